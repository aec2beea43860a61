"""One background executor for database work (Anki's taskman, Picard's thread helper).

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn()`` on a single worker thread, so the register is used
by one thread at a time off the GUI thread, and delivers the result (or the exception) to the callbacks on
the GUI thread through a queued signal. Workers never touch widgets. Tests use ``InlineRunner``, which runs
everything at once on the calling thread with the same interface.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(QObject):
    """Interface shared by the threaded and the inline runner."""

    busy_changed = Signal(bool)

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None, what: str = ""
    ) -> int:
        """Run ``fn``; ``what`` says in the clerk's language what it does, for the busy indicator (long work)."""
        raise NotImplementedError

    def current_task(self) -> str:
        """What the oldest running task that said so is doing ('' if none said)."""
        return ""

    def wait_idle(self) -> None:
        """Block until queued work has finished and its callbacks ran (tests, shutdown)."""

    def shutdown(self) -> None:
        """Stop accepting work; running work finishes."""


class InlineRunner(Runner):
    """Runs each task immediately on the caller's thread (tests, scripts)."""

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None, what: str = ""
    ) -> int:
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return 0
        if on_done is not None:
            on_done(result)
        return 0


class TaskRunner(Runner):
    """A single-worker executor for database work; callbacks run on the GUI thread."""

    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, name: str = "akimat-db") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._labels: dict[int, str] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None, what: str = ""
    ) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, on_error)
        if what:
            self._labels[task_id] = what
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(fn)
        future.add_done_callback(functools.partial(self._emit, task_id))
        return task_id

    def _emit(self, task_id: int, future: Future[Any]) -> None:
        if future.cancelled():  # the executor was shut down before the task ran (window closing)
            return
        exc = future.exception()
        self._finished.emit(task_id, None if exc else future.result(), exc)

    def _deliver(self, task_id: int, result: Any, exc: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        self._labels.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if exc is not None:
            if on_error is None:
                raise exc
            on_error(exc)
        elif on_done is not None:
            on_done(result)

    def current_task(self) -> str:
        return self._labels[min(self._labels)] if self._labels else ""

    def wait_idle(self) -> None:
        from PySide6.QtCore import QCoreApplication

        while self._pending:
            self._pool.submit(lambda: None).result()
            QCoreApplication.processEvents()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
