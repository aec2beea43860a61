"""The public names of ``akimat_desk.services.esign``: what other areas may use (read at run time too)."""

from .letter_copies import check_letter as check_letter
from .letter_copies import letter_copy as letter_copy
from .letter_signing import import_signature as import_signature
from .letter_signing import letter_of as letter_of
from .letter_signing import ncalayer_signer as ncalayer_signer
from .letter_signing import sign_letter as sign_letter
from .letter_signing import signature_json as signature_json
from .letter_signing import stored_pdf as stored_pdf
from .trust_store import LoadedTrust as LoadedTrust
from .trust_store import load_trust as load_trust
from .verification import register_e_filing as register_e_filing
