"""Fixtures of the settings tests (issue 22 item 5): the CLI helpers of the hardening suite and the window's."""

from tests.hardening.conftest import home, run, run_json, snapshot  # noqa: F401
from tests.ui.conftest import state, switcher  # noqa: F401  (window fixtures)
