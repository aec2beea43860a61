"""The public names of ``akimat_desk.ui.decisions``: what other areas may use (read at run time too)."""

from .decisions_panel import install_decision_tabs as install_decision_tabs
from .letter_preview import RECEIPT as RECEIPT
from .letter_preview import LetterPreviewDialog as LetterPreviewDialog
from .models import CertificatesModel as CertificatesModel
from .models import CrlsModel as CrlsModel
from .models import VerificationsModel as VerificationsModel
from .texts import verdict_style as verdict_style
