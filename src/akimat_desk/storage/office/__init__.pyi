"""The public names of ``akimat_desk.storage.office``: what other areas may use (read at run time too)."""

from .office_chain import OFFICE_RECORDS as OFFICE_RECORDS
from .office_chain import append_office_entry as append_office_entry
from .repositories import CHAINS as CHAINS
from .repositories import AuditRepository as AuditRepository
from .repositories import UserRepository as UserRepository
from .repositories import append_link as append_link
from .repositories import append_links as append_links
