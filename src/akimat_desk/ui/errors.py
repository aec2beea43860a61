"""Errors in words a clerk understands, in the interface language, with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from akimat_desk.domain.errors import DomainError
from akimat_desk.services.filings.attachments import AttachmentCorrupted
from akimat_desk.services.kernel.messages import error_message


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
    if type(exc).__module__.startswith("sqlalchemy"):  # the database, not the input
        return (
            QCoreApplication.translate(
                "Errors",
                "The register could not be reached or is busy. Nothing was saved; what you typed is kept. "
                "Check the network or the disk and try again.",
            )
            + f"\n\n({str(getattr(exc, 'orig', None) or exc)[:200]})"
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: %1. Check the path and the permissions."
        ).replace("%1", exc.strerror or str(exc))
    return QCoreApplication.translate(
        "Errors", "Something went wrong and nothing was saved; what you typed is kept. Details: %1"
    ).replace("%1", f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, language: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not done"), error_text(exc, language))
