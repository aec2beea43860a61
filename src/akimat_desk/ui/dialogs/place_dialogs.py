"""The administrator's dialogs of the places page: a specialized place or route (every field of the maslikhat
decision), another booking of a place, a no-picket zone, and the choice of a place for a filing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from akimat_desk.domain.places import BookingKind, Place, ZoneCategory
from akimat_desk.services import places as svc
from akimat_desk.services.messages import message
from akimat_desk.ui.dialogs.fields_dialog import Field, FieldsDialog
from akimat_desk.ui.models.places_models import zone_category_text
from akimat_desk.ui.state import AppState


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaceDialogs", text)


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


def place_dialog(state: AppState, place: Place | None, parent: QWidget | None = None) -> FieldsDialog:
    """Add a place (``place`` None) or edit one; the service validates and names the wrong field."""
    lang = state.language
    p = place
    fields = [
        Field("kind", _tr("Kind:"), "choice", p.kind.value if p else "place",
              [(k, message(f"place.kind.{k}", lang)) for k in ("place", "route")]),
        Field("name_kk", _tr("Name in Kazakh:"), value=p.names.kk if p else ""),
        Field("name_ru", _tr("Name in Russian:"), value=p.names.ru if p else ""),
        Field("name_en", _tr("Name in English:"), value=p.names.en if p else ""),
        Field("district", _tr("District:"), value=p.district if p else ""),
        Field("address", _tr("Address, or the route from start to end:"), value=p.address if p else ""),
        Field("route_length_km", _tr("Route length, km:"), value=p.route_length_km or "" if p else ""),
        Field("max_occupancy", _tr("Maximum occupancy (people):"), value=p.max_occupancy or "" if p else ""),
        Field("rules", _tr("Rules of use:"), "multiline", p.rules if p else ""),
        Field("decision_number", _tr("Maslikhat decision No.:"), value=p.decision_number if p else ""),
        Field("decision_date", _tr("Decision date:"), value=_iso(p.decision_date) if p else "",
              placeholder="YYYY-MM-DD"),
        Field("valid_from", _tr("Valid from:"), value=_iso(p.valid_from) if p else "", placeholder="YYYY-MM-DD"),
        Field("valid_to", _tr("Valid to:"), value=_iso(p.valid_to) if p else "", placeholder="YYYY-MM-DD"),
    ]  # fmt: skip
    ctx = state.ctx
    if p is None:
        return FieldsDialog(state, _tr("Add a specialized place or route"), fields,
                            lambda v: svc.add_place(ctx, v), parent)  # fmt: skip
    return FieldsDialog(state, _tr("Edit a specialized place or route"), fields,
                        lambda v: svc.update_place(ctx, p.id, v), parent)  # fmt: skip


def booking_dialog(state: AppState, place: Place, parent: QWidget | None = None) -> FieldsDialog:
    lang = state.language
    start = datetime.combine(state.ctx.clock().astimezone(state.ctx.settings.tz).date() + timedelta(days=1),
                             datetime.min.time()).replace(hour=10)  # fmt: skip
    fields = [
        Field("kind", _tr("Kind of event or works:"), "choice", "official",
              [(k.value, message(f"booking.{k.value}", lang)) for k in BookingKind]),
        Field("title", _tr("Title:")),
        Field("starts_at", _tr("From:"), "datetime", start),
        Field("ends_at", _tr("To:"), "datetime", start + timedelta(hours=4)),
        Field("expected_participants", _tr("Expected participants:")),
        Field("note", _tr("Note:")),
    ]  # fmt: skip
    ctx = state.ctx
    title = _tr("Book %1 for another event or works").replace("%1", place.names.get(lang))
    return FieldsDialog(state, title, fields, lambda v: svc.book_place(ctx, place.id, v), parent)


def zone_dialog(state: AppState, parent: QWidget | None = None) -> FieldsDialog:
    fields = [
        Field("category", _tr("Category (art. 9 p.5):"), "choice", "transport",
              [(c.value, zone_category_text(c.value)) for c in ZoneCategory]),
        Field("name_kk", _tr("Name in Kazakh:")),
        Field("name_ru", _tr("Name in Russian:")),
        Field("name_en", _tr("Name in English:")),
        Field("district", _tr("District:")),
        Field("description", _tr("Description:"), "multiline"),
        Field("keywords", _tr("Words that name it in a filing's place (separated by ;):"), placeholder="вокзал; вокзалы"),  # noqa: E501
        Field("decision_number", _tr("Maslikhat decision No.:")),
        Field("valid_from", _tr("Valid from:"), placeholder="YYYY-MM-DD"),
        Field("valid_to", _tr("Valid to:"), placeholder="YYYY-MM-DD"),
    ]  # fmt: skip
    ctx = state.ctx
    return FieldsDialog(state, _tr("Add a no-picket zone"), fields, lambda v: svc.add_zone(ctx, v), parent)


def link_dialog(
    state: AppState, filing_id: int, places: Sequence[Place], parent: QWidget | None = None
) -> FieldsDialog:
    """Choose the specialized place of a filing; the reason goes into the filing's history."""
    lang = state.language
    options = [(str(p.id), f"{p.names.get(lang)} — {p.address}") for p in places]
    fields = [
        Field("place", _tr("Specialized place or route:"), "choice", options[0][0] if options else "", options),
        Field("reason", _tr("Reason (kept in the history):"), value=_tr("the organizer named this place")),
    ]
    ctx = state.ctx
    return FieldsDialog(state, _tr("Link the filing to a place"), fields,
                        lambda v: svc.link_place(ctx, filing_id, int(v["place"]), v["reason"] or None), parent)  # fmt: skip  # noqa: E501
