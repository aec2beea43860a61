"""The public names of ``akimat_desk.services.filings``: what other areas may use (read at run time too)."""

from .attachments import AttachmentCorrupted as AttachmentCorrupted
from .attachments import attach_bytes as attach_bytes
from .attachments import read_attachment as read_attachment
from .attachments import read_file as read_file
from .card_view import FilingCard as FilingCard
from .demo import create_demo_register as create_demo_register
from .demo import sample_filing as sample_filing
from .presenting import filing_json as filing_json
from .presenting import filing_lines as filing_lines
from .projection import filing_values as filing_values
from .projection import refuse_future_receipt as refuse_future_receipt
from .projection import same_day as same_day
from .registered import Changed as Changed
from .registered import apply_status as apply_status
from .registered import correct_filing as correct_filing
from .registered import get_filing as get_filing
from .registered import list_filings as list_filings
from .registered import load_filing as load_filing
from .registration import register_filing as register_filing
from .scan_selftest import ocr_step as ocr_step
