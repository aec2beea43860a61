"""The public names of ``akimat_desk.ui.esign``: what other areas may use (read at run time too)."""

from .registration_esign import EDocumentPanel as EDocumentPanel
from .registration_esign import fill_form as fill_form
from .registration_esign import read_signed as read_signed
from .registration_esign import register_signed as register_signed
from .sign_letter_dialog import SignLetterDialog as SignLetterDialog
from .sign_letter_dialog import email_letter as email_letter
from .sign_letter_dialog import import_signature_file as import_signature_file
from .sign_letter_dialog import record_bounce_file as record_bounce_file
from .signature_panel import SignaturePanel as SignaturePanel
