"""The public names of ``akimat_desk.storage.esign``: what other areas may use (read at run time too)."""

from .letter_signatures import EmailAttempt as EmailAttempt
from .letter_signatures import LetterSignatureRepository as LetterSignatureRepository
from .orm import SignatureVerificationRow as SignatureVerificationRow
from .repositories import StoredCertificate as StoredCertificate
from .repositories import StoredCrl as StoredCrl
from .repositories import StoredVerification as StoredVerification
