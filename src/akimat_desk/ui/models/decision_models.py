"""Table models of decisions and letters, signature verdicts, and the trust store (certificates, CRLs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from akimat_desk.services.messages import message
from akimat_desk.signatures import message as verdict_message
from akimat_desk.storage.repos_signatures import StoredCertificate, StoredCrl, StoredVerification
from akimat_desk.ui.decision_texts import LANGUAGE_NAMES, channel_label, kind_label, verdict_style
from akimat_desk.ui.models.card_models import _ListModel

_Index = QModelIndex | QPersistentModelIndex


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


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


class LettersModel(_ListModel):
    """Outgoing letters of a filing (dicts of ``answers_json``'s ``letters``) with their dispatches."""

    def headers(self) -> list[str]:
        c = "LettersModel"
        return [_t(c, "Outgoing No."), _t(c, "Date"), _t(c, "Language"), _t(c, "Decision"), _t(c, "Dispatch")]

    def cell(self, item: Mapping[str, Any], column: int) -> str:
        if column == 4:
            return self.dispatch_text(item)
        return [item["outgoing_number"], _day(item["outgoing_date"]), LANGUAGE_NAMES.get(item["language"], ""),
                kind_label(item["kind"])][column]  # fmt: skip

    def dispatch_text(self, item: Mapping[str, Any]) -> str:
        parts = []
        for d in item.get("dispatches") or ():
            text = f"{channel_label(d['channel'])} {_local(d['sent_at'], self.tz)}"
            if d.get("tracking_number"):
                text += " · " + _t("LettersModel", "tracking %1").replace("%1", d["tracking_number"])
            if d.get("delivered_on"):
                text += " · " + _t("LettersModel", "delivered %1").replace("%1", _day(d["delivered_on"]))
            elif d["channel"] == "registered_mail":
                text += " · " + _t("LettersModel", "delivery not yet confirmed")
            parts.append(text)
        return "; ".join(parts) or _t("LettersModel", "not sent yet")


class VerificationsModel(_ListModel):
    """Every verdict on a filing's signed e-document, oldest first (the first is the one at registration)."""

    def headers(self) -> list[str]:
        c = "VerificationsModel"
        return [_t(c, "Checked"), _t(c, "Why"), _t(c, "Verdict"), _t(c, "Signer"), _t(c, "IIN / BIN"), _t(c, "By")]

    def cell(self, item: StoredVerification, column: int) -> str:
        icon, _fg, _bg = verdict_style(item.verdict)
        ids = " / ".join(x for x in (item.signer_iin, item.signer_bin) if x) or "—"
        return [_local(item.checked_at, self.tz), message(f"esign.trigger.{item.trigger}", self.language),
                f"{icon} {verdict_message(item.verdict, self.language)}", item.signer_name or "—", ids,
                item.checked_by][column]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 2 and 0 <= index.row() < self.rowCount():
            _icon, fg, bg = verdict_style(self.item(index.row()).verdict)
            if role == Qt.ItemDataRole.ForegroundRole:
                return fg
            if role == Qt.ItemDataRole.BackgroundRole:
                return bg
        return super().data(index, role)


class CertificatesModel(_ListModel):
    def headers(self) -> list[str]:
        c = "CertificatesModel"
        return [_t(c, "Subject"), _t(c, "Role"), _t(c, "Valid from"), _t(c, "Valid to"), _t(c, "Kind"), "SHA-256"]

    def cell(self, item: StoredCertificate, column: int) -> str:
        role = message(f"esign.trust.{item.role}", self.language)
        kind = "⚠ " + _t("CertificatesModel", "TEST") if item.is_test else _t("CertificatesModel", "production")
        return [item.subject, role, _day(item.valid_from), _day(item.valid_to), kind, item.sha256][column]


class CrlsModel(_ListModel):
    def headers(self) -> list[str]:
        c = "CrlsModel"
        return [_t(c, "Issuer"), _t(c, "Full / delta"), _t(c, "Number"), _t(c, "Entries"), _t(c, "Issued"),
                _t(c, "Next update"), "SHA-256"]  # fmt: skip

    def cell(self, item: StoredCrl, column: int) -> str:
        kind = _t("CrlsModel", "delta") if item.is_delta else _t("CrlsModel", "full")
        return [item.issuer, kind, item.number or "—", str(item.entries), _day(item.this_update),
                _day(item.next_update), item.sha256][column]  # fmt: skip
