"""The public names of ``akimat_desk.ui.places``: what other areas may use (read at run time too)."""

from .checks_panel import install_checks_panel as install_checks_panel
from .models import RefusedRowsModel as RefusedRowsModel
from .models import StatsModel as StatsModel
from .models import UsersModel as UsersModel
