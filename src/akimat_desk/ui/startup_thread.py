"""``plan_start`` (``ui.startup_plan``) on a thread, started before Qt is imported: the thread imports what the
plan needs and reads the register's first page while the main thread loads Qt. Only ``threading`` is imported
here, so starting it costs nothing."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akimat_desk.ui.startup_plan import StartPlan


class PlanInBackground:
    """Started at once; ``result()`` waits for the plan. Should the thread fail, the plan is made again in the
    caller's thread without a preview (the window still opens, and the full start reports what is wrong)."""

    def __init__(self, home: str | None) -> None:
        self._home = home
        self._plan: StartPlan | None = None
        self._thread = threading.Thread(target=self._run, name="akimat-start-plan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from akimat_desk.ui.startup_plan import plan_start

            self._plan = plan_start(self._home)
        except Exception:  # e.g. an unreadable home folder: the retry below, then the full start, report it
            self._plan = None

    def result(self) -> StartPlan:
        self._thread.join()
        if self._plan is None:
            from akimat_desk.ui.startup_plan import plan_start

            self._plan = plan_start(self._home, with_preview=False)
        return self._plan
