"""The card's "Signature" panel: every verdict on the filing's signed e-document (the first, at registration,
stays), the details of the chosen one (signer, IIN/BIN, organisation, role, time basis, chain, revocation)
and "Re-verify" with today's trust store and CRLs (off the GUI thread). ``verdict_html`` is shared with the
registration dialog's e-document tab."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.esign.verification import Reverified, reverify_filing, verification_history
from akimat_desk.services.kernel.messages import message
from akimat_desk.signatures import message as verdict_message
from akimat_desk.storage.esign.repositories import StoredVerification
from akimat_desk.ui.decisions import VerificationsModel, verdict_style
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.layouts import split_vertically
from akimat_desk.ui.widgets.retranslated import Retranslated


def _when(value: Any, tz: tzinfo) -> str:
    if not value:
        return "—"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return f"{moment.astimezone(tz):%d.%m.%Y %H:%M:%S}"


def verdict_line_html(code: str, lang: str) -> str:
    """The verdict in one line: an icon, a colour and the words (never colour alone)."""
    icon, fg, bg = verdict_style(code)
    return (
        f'<p style="background:{bg.name()}; color:{fg.name()}; font-weight:bold; font-size:large; padding:6px">'
        f"{icon} {html.escape(verdict_message(code, lang))}</p>"
    )


def verdict_html(data: Mapping[str, Any], lang: str, tz: tzinfo) -> str:
    """The verdict line and the details of a result dict (``VerificationResult.to_dict()`` or a stored one)."""
    signer = data.get("signer") or {}
    role = signer.get("role")
    rows = [
        (QCoreApplication.translate("SignatureDetails", "Signer"), signer.get("name")),
        (QCoreApplication.translate("SignatureDetails", "IIN"), signer.get("iin")),
        (QCoreApplication.translate("SignatureDetails", "BIN"), signer.get("bin")),
        (QCoreApplication.translate("SignatureDetails", "Organisation"), signer.get("organization")),
        (QCoreApplication.translate("SignatureDetails", "Role"), message(f"esign.role.{role}", lang) if role else None),
        (QCoreApplication.translate("SignatureDetails", "Algorithm"), data.get("algorithm")),
        (
            QCoreApplication.translate("SignatureDetails", "Signing time stated by the signer"),
            _when(data.get("signed_at"), tz),
        ),
    ]
    stamp = data.get("timestamp")
    if stamp:
        trusted = (
            QCoreApplication.translate("SignatureDetails", "trusted")
            if stamp.get("trusted")
            else QCoreApplication.translate("SignatureDetails", "NOT trusted: not used as the time")
        )
        rows.append(
            (
                QCoreApplication.translate("SignatureDetails", "Timestamp"),
                f"{_when(stamp.get('time'), tz)} ({trusted}; {stamp.get('tsa') or '—'})",
            )
        )
    basis = data.get("time_basis")
    if basis:
        rows.append(
            (
                QCoreApplication.translate("SignatureDetails", "Certificates checked"),
                f"{_when(data.get('checked_at'), tz)}, {message(f'esign.time_basis.{basis}', lang)}",
            )
        )
    rows.append((QCoreApplication.translate("SignatureDetails", "Chain"), " → ".join(data.get("chain") or []) or None))
    revocation = str(data.get("revocation") or "not_checked")
    rows.append(
        (QCoreApplication.translate("SignatureDetails", "Revocation"), message(f"esign.revocation.{revocation}", lang))
    )
    details = list(data.get("details") or ())
    if details:
        rows.append((QCoreApplication.translate("SignatureDetails", "Technical notes"), "; ".join(map(str, details))))
    body = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v) if v else '—')}</td></tr>" for k, v in rows
    )
    return verdict_line_html(str(data.get("verdict")), lang) + f"<table cellpadding='3'>{body}</table>"


class SignaturePanel(Retranslated, QWidget):
    """Verdict history of one filing; ``show_filing(id)`` loads it in the background."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filing_id: int | None = None
        self.model = VerificationsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_details(cur.row()))
        self.details = QTextBrowser(self)
        self.reverify_button = QPushButton(self)
        self.reverify_button.clicked.connect(self.reverify)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reverify_button)
        row.addWidget(self.status, 1)
        splitter = split_vertically(self, self.table, self.details, (160, 340))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def show_filing(self, filing_id: int) -> None:
        self.filing_id = filing_id
        ctx = self.state.ctx
        self.state.runner.run(lambda: verification_history(ctx, filing_id), self._loaded, self._failed)

    def _loaded(self, items: list[StoredVerification]) -> None:
        if items and items[0].filing_id != self.filing_id:
            return
        self.model.language, self.model.tz = self.state.language, self.state.ctx.settings.tz
        self.model.set_items(items)
        self.table.resizeColumnsToContents()
        self.reverify_button.setEnabled(bool(items))
        if items:
            self.table.selectRow(len(items) - 1)
            self._show_details(len(items) - 1)
        else:
            self.details.setHtml("<p>" + html.escape(self.tr("No signed e-document is stored with this filing.")))

    def _show_details(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            item: StoredVerification = self.model.item(row)
            self.details.setHtml(verdict_html(item.result, self.state.language, self.state.ctx.settings.tz))

    def reverify(self) -> None:
        if self.filing_id is None:
            return
        ctx, fid = self.state.ctx, self.filing_id
        self.reverify_button.setEnabled(False)
        self.status.setText(self.tr("Checking the signature again…"))
        self.state.runner.run(
            lambda: reverify_filing(ctx, fid), self._reverified, self._failed, what=task_text("verification")
        )

    def _reverified(self, done: Reverified) -> None:
        lang = self.state.language
        before = verdict_message(done.previous_verdict, lang) if done.previous_verdict else "—"
        now = verdict_message(done.verification.verdict, lang)
        text = self.tr("Checked again: %1 (before: %2). The earlier verdicts are kept.")
        self.status.setText(text.replace("%1", now).replace("%2", before))
        self.state.apply(done.changes)
        if self.filing_id is not None:
            self.show_filing(self.filing_id)

    def _failed(self, exc: BaseException) -> None:
        self.reverify_button.setEnabled(self.model.rowCount() > 0)
        self.status.setText(error_text(exc, self.state.language))

    def retranslate_ui(self) -> None:
        self.reverify_button.setText(self.tr("&Re-verify now"))
        self.reverify_button.setToolTip(
            self.tr(
                "Check the stored original again with the roots and CRLs imported "
                "today; the new verdict is added to the history."
            )
        )
        self.model.language = self.state.language
        self.model.refresh_texts()
        self._show_details(self.table.currentIndex().row())
