"""The public names of ``akimat_desk.services.office``: what other areas may use (read at run time too)."""

from .anchors import heads_in as heads_in
from .anchors import record_seal as record_seal
from .anchors import seal_of as seal_of
from .audit_replay import decision_digest_of as decision_digest_of
from .audit_replay import registration_snapshot as registration_snapshot
from .selftest import run_self_test as run_self_test
from .settings import OfficeSettings as OfficeSettings
from .settings import format_number as format_number
