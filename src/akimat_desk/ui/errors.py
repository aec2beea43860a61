"""Errors in words a clerk understands, in the interface language, with what to do next.

What the system said (an OS or database message, a traceback) goes to the error log only
(``services/kernel/bug_report``); the clerk reads what could not be done, on which file, and why in their own
language. An exception nobody expected is reported as a fault of the program with the log's path, never as a
verdict on the clerk's input.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from akimat_desk.domain.errors import DomainError
from akimat_desk.services.filings.attachments import AttachmentCorrupted
from akimat_desk.services.kernel.messages import error_message, message, os_reason

_LOG = logging.getLogger(__name__)


def error_text(exc: BaseException, language: str) -> str:
    """A sentence for ``exc``: the core's message for domain errors, otherwise what happened and what to do."""
    if isinstance(exc, DomainError):
        return error_message(exc, language)
    if isinstance(exc, AttachmentCorrupted):
        return QCoreApplication.translate(
            "Errors",
            "The stored file no longer matches its SHA-256 checksum: the register file is damaged. "
            "Restore the register from the latest backup and tell the administrator.",
        )
    if isinstance(exc, OSError):
        _LOG.warning("file operation failed: %r", exc)
        return file_error_text(exc, language)
    log = _logged(exc)
    if type(exc).__module__.startswith("sqlalchemy"):  # the database, not the input
        return QCoreApplication.translate(
            "Errors",
            "The register could not be reached or is busy. Nothing was saved; what you typed is kept. "
            "Check the network or the disk and try again. The details are in %1.",
        ).replace("%1", log)
    return QCoreApplication.translate(
        "Errors",
        "An internal error of akimat_desk stopped this action: it is not a fault of your input or of the register. "
        "Nothing was saved; what you typed is kept. The details are in %1; send that file to your administrator.",
    ).replace("%1", log)


def file_error_text(exc: OSError, language: str) -> str:
    """ "The file could not be read or written: /path (permission denied)." in ``language``."""
    reason = os_reason(exc, language)
    if exc.filename:
        return message("error.os_file", language, path=str(exc.filename), reason=reason)
    return message("error.os_no_file", language, reason=reason)


def _logged(exc: BaseException) -> str:
    """Append ``exc`` with its traceback to the error log; the log file's path."""
    from akimat_desk.services.kernel.bug_report import write_bug_report

    return str(write_bug_report(exc, ["akimat-desk", "gui"], None))


def show_error(parent: QWidget | None, exc: BaseException, language: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not done"), error_text(exc, language))
