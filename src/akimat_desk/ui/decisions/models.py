"""Table models of decisions and letters, signature verdicts, and the trust store (certificates, CRLs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.esign import StoredCertificate, StoredCrl, StoredVerification
from akimat_desk.ui.decisions.texts import LANGUAGE_NAMES, channel_label, kind_label, verdict_style
from akimat_desk.ui.widgets.list_model import ListModel

_Index = QModelIndex | QPersistentModelIndex


def _local(value: Any, tz: Any) -> str:
    from datetime import datetime

    if not value:
        return "—"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return f"{moment.astimezone(tz) if tz else moment:%d.%m.%Y %H:%M}"


def _day(value: Any) -> str:
    from datetime import date

    if not value:
        return "—"
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return f"{day:%d.%m.%Y}"


class LettersModel(ListModel):
    """Outgoing letters of a filing (dicts of ``answers_json``'s ``letters``) with their dispatches."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("LettersModel", "Outgoing No."),
            QCoreApplication.translate("LettersModel", "Date"),
            QCoreApplication.translate("LettersModel", "Language"),
            QCoreApplication.translate("LettersModel", "Decision"),
            QCoreApplication.translate("LettersModel", "Dispatch"),
        ]

    def cell(self, item: Mapping[str, Any], column: int) -> str:
        if column == 4:
            return self.dispatch_text(item)
        cells = [
            str(item["outgoing_number"]),
            _day(item["outgoing_date"]),
            LANGUAGE_NAMES.get(item["language"], ""),
            kind_label(item["kind"]),
        ]
        return cells[column]

    def dispatch_text(self, item: Mapping[str, Any]) -> str:
        parts = []
        for d in item.get("dispatches") or ():
            text = f"{channel_label(d['channel'], self.language)} {_local(d['sent_at'], self.tz)}"
            if d.get("bounced_at"):
                text += " · " + QCoreApplication.translate("LettersModel", "BOUNCED, not sent: %1").replace(
                    "%1", str(d.get("bounce_reason") or "—")
                )
            if d.get("tracking_number"):
                text += " · " + QCoreApplication.translate("LettersModel", "tracking %1").replace(
                    "%1", d["tracking_number"]
                )
            if d.get("delivered_on"):
                text += " · " + QCoreApplication.translate("LettersModel", "delivered %1").replace(
                    "%1", _day(d["delivered_on"])
                )
            elif d["channel"] == "registered_mail":
                text += " · " + QCoreApplication.translate("LettersModel", "delivery not yet confirmed")
            parts.append(text)
        return "; ".join(parts) or QCoreApplication.translate("LettersModel", "not sent yet")


class VerificationsModel(ListModel):
    """Every verdict on a filing's signed e-document, oldest first (the first is the one at registration)."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("VerificationsModel", "Checked"),
            QCoreApplication.translate("VerificationsModel", "Why"),
            QCoreApplication.translate("VerificationsModel", "Verdict"),
            QCoreApplication.translate("VerificationsModel", "Signer"),
            QCoreApplication.translate("VerificationsModel", "IIN / BIN"),
            QCoreApplication.translate("VerificationsModel", "By"),
        ]

    def cell(self, item: StoredVerification, column: int) -> str:
        from akimat_desk.signatures import message as verdict_message  # the signatures package loads when a
        # verification is shown, not with the window (the trust page's models are built at its start)

        icon, _fg, _bg = verdict_style(item.verdict)
        ids = " / ".join(x for x in (item.signer_iin, item.signer_bin) if x) or "—"
        return [
            _local(item.checked_at, self.tz),
            message(f"esign.trigger.{item.trigger}", self.language),
            f"{icon} {verdict_message(item.verdict, self.language)}",
            item.signer_name or "—",
            ids,
            item.checked_by,
        ][column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 2 and 0 <= index.row() < self.rowCount():
            _icon, fg, bg = verdict_style(self.item(index.row()).verdict)
            if role == Qt.ItemDataRole.ForegroundRole:
                return fg
            if role == Qt.ItemDataRole.BackgroundRole:
                return bg
        return super().data(index, role)


class CertificatesModel(ListModel):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CertificatesModel", "Subject"),
            QCoreApplication.translate("CertificatesModel", "Role"),
            QCoreApplication.translate("CertificatesModel", "Valid from"),
            QCoreApplication.translate("CertificatesModel", "Valid to"),
            QCoreApplication.translate("CertificatesModel", "Kind"),
            "SHA-256",
        ]

    def cell(self, item: StoredCertificate, column: int) -> str:
        role = message(f"esign.trust.{item.role}", self.language)
        kind = (
            "⚠ " + QCoreApplication.translate("CertificatesModel", "TEST")
            if item.is_test
            else QCoreApplication.translate("CertificatesModel", "production")
        )
        return [item.subject, role, _day(item.valid_from), _day(item.valid_to), kind, item.sha256][column]


class CrlsModel(ListModel):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CrlsModel", "Issuer"),
            QCoreApplication.translate("CrlsModel", "Full / delta"),
            QCoreApplication.translate("CrlsModel", "Number"),
            QCoreApplication.translate("CrlsModel", "Entries"),
            QCoreApplication.translate("CrlsModel", "Issued"),
            QCoreApplication.translate("CrlsModel", "Next update"),
            "SHA-256",
        ]

    def cell(self, item: StoredCrl, column: int) -> str:
        kind = (
            QCoreApplication.translate("CrlsModel", "delta")
            if item.is_delta
            else QCoreApplication.translate("CrlsModel", "full")
        )
        return [
            item.issuer,
            kind,
            item.number or "—",
            str(item.entries),
            _day(item.this_update),
            _day(item.next_update),
            item.sha256,
        ][column]
