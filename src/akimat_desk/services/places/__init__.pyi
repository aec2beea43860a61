"""The public names of ``akimat_desk.services.places``: what other areas may use (read at run time too)."""

from .catalogue import list_places as list_places
from .catalogue import place_fields as place_fields
from .checks import check_json as check_json
from .checks import check_message as check_message
from .checks import run_checks as run_checks
from .occupancy import board_csv as board_csv
from .occupancy import board_html as board_html
from .occupancy import build_board as build_board
