"""Read-only table models of places, no-picket zones, other bookings, statistics rows, user accounts and the
refused rows of an import. Each is a list of frozen records with translated headers (context ``PlacesModels``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from akimat_desk.domain.places import Booking, NoPicketZone, Place
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.widgets.list_model import RecordsModel

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _d(value: date | datetime | None, fmt: str = "%d.%m.%Y") -> str:
    return "" if value is None else value.strftime(fmt)


class PlacesModel(RecordsModel):
    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        lang = self.language

        def validity(p: Place) -> str:
            return f"{_d(p.valid_from) or '…'} – {_d(p.valid_to) or '…'}"

        def size(p: Place) -> Any:
            if p.route_length_km:
                return translate("PlacesModels", "%1 km").replace("%1", f"{p.route_length_km:g}")
            return p.max_occupancy

        return [
            (translate("PlacesModels", "Name"), lambda p: p.names.get(lang)),
            (translate("PlacesModels", "Kind"), lambda p: message(f"place.kind.{p.kind.value}", lang)),
            (translate("PlacesModels", "District"), lambda p: p.district),
            (translate("PlacesModels", "Address or route"), lambda p: p.address),
            (translate("PlacesModels", "Capacity / length"), size),
            (
                translate("PlacesModels", "Maslikhat decision"),
                lambda p: " ".join(x for x in (p.decision_number, _d(p.decision_date)) if x),
            ),
            (translate("PlacesModels", "In force"), validity),
        ]


class ZonesModel(RecordsModel):
    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        lang = self.language
        return [
            (translate("PlacesModels", "No-picket zone"), lambda z: z.names.get(lang)),
            (translate("PlacesModels", "Category"), lambda z: zone_category_text(z.category.value)),
            (translate("PlacesModels", "Article"), lambda z: z.article),
            (translate("PlacesModels", "Words matched"), lambda z: "; ".join(z.keywords)),
            (translate("PlacesModels", "District"), lambda z: z.district),
            (translate("PlacesModels", "Maslikhat decision"), lambda z: z.decision_number),
        ]


class BookingsModel(RecordsModel):
    places: dict[int, Place]

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        lang = self.language
        names = getattr(self, "places", {})

        def place(b: Booking) -> str:
            return names[b.place_id].names.get(lang) if b.place_id in names else str(b.place_id)

        return [
            (translate("PlacesModels", "Place"), place),
            (translate("PlacesModels", "Kind"), lambda b: message(f"booking.{b.kind.value}", lang)),
            (translate("PlacesModels", "Title"), lambda b: b.title),
            (translate("PlacesModels", "From"), lambda b: _d(b.starts_at, "%d.%m.%Y %H:%M")),
            (translate("PlacesModels", "To"), lambda b: _d(b.ends_at, "%d.%m.%Y %H:%M")),
            (translate("PlacesModels", "Participants"), lambda b: b.expected_participants),
        ]


class StatsModel(RecordsModel):
    """Rows of a ``StatsTable``: one column per grouping key, then the count; ``label`` names the values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.keys: tuple[str, ...] = ()
        self.label: Callable[[str, str], str] = lambda _k, v: v

    def set_table(self, keys: Sequence[str], rows: Sequence[dict[str, Any]], label: Callable[[str, str], str]) -> None:
        self.beginResetModel()
        self.keys, self.label, self._items = tuple(keys), label, list(rows)
        self.endResetModel()

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        def cell(key: str) -> Callable[[Any], Any]:
            return lambda r: self.label(key, r[key])

        cols: list[tuple[str, Callable[[Any], Any]]] = [
            (message(f"stats.key.{k}", self.language), cell(k)) for k in self.keys
        ]
        cols.append((message("stats.count", self.language), lambda r: int(r["count"])))
        return cols


class UsersModel(RecordsModel):
    """Accounts; ``now`` is the service context's clock (a lock is shown while it lasts)."""

    now: Callable[[], datetime] | None = None

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        def state(u: Any) -> str:
            if not u.active:
                return translate("PlacesModels", "disabled")
            now = (
                self.now() if self.now is not None else datetime.now(u.locked_until.tzinfo if u.locked_until else None)
            )
            if u.locked_until is not None and u.locked_until > now:
                return translate("PlacesModels", "LOCKED until %1").replace(
                    "%1", u.locked_until.astimezone().strftime("%H:%M")
                )
            return translate("PlacesModels", "active")

        return [
            (translate("PlacesModels", "User"), lambda u: u.name),
            (translate("PlacesModels", "Full name"), lambda u: u.full_name),
            (translate("PlacesModels", "Roles"), lambda u: ", ".join(u.roles)),
            (translate("PlacesModels", "State"), state),
            (translate("PlacesModels", "Failed logins"), lambda u: u.failed_logins),
        ]


class RefusedRowsModel(RecordsModel):
    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        return [
            (translate("PlacesModels", "Row"), lambda r: r.row),
            (translate("PlacesModels", "Field"), lambda r: r.field or ""),
            (translate("PlacesModels", "Why refused"), lambda r: r.message),
        ]


def zone_category_text(code: str) -> str:
    """The art. 9 p.5 category of a no-picket zone in words."""
    texts = {
        "burial": translate("PlacesModels", "places of mass burial (art. 9 p.5(1))"),
        "transport": translate("PlacesModels", "railway, water, air or road transport facilities (art. 9 p.5(2))"),
        "defence_security": translate(
            "PlacesModels", "defence, state security or life-support facilities (art. 9 p.5(3))"
        ),
        "residence": translate("PlacesModels", "residences of the President (art. 9 p.5(4))"),
        "hazardous": translate("PlacesModels", "hazardous industrial facilities (art. 9 p.5(5))"),
        "trunk_networks": translate(
            "PlacesModels", "trunk railways, pipelines, power or communication lines (art. 9 p.5(6))"
        ),
        "maslikhat": translate("PlacesModels", "territory set by the maslikhat (art. 8 p.2(2))"),
    }
    return texts.get(code, code)


def zone_sample(zones: Sequence[NoPicketZone]) -> list[str]:
    return [z.names.ru for z in zones]
