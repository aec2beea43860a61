"""The administrator's dialogs of the places page: a specialized place or route (every field of the maslikhat
decision), another booking of a place, a no-picket zone, and the choice of a place for a filing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from akimat_desk.domain.places import BookingKind, Place, ZoneCategory
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.places import catalogue as svc
from akimat_desk.ui.places.models import zone_category_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.fields_dialog import Field, FieldsDialog

translate = QCoreApplication.translate


def place_dialog(state: AppState, place: Place | None, parent: QWidget | None = None) -> FieldsDialog:
    """Add a place (``place`` None) or edit one; the service validates and names the wrong field."""
    lang = state.language
    p = place
    fields = [
        Field(
            "kind",
            translate("PlaceDialogs", "Kind:"),
            "choice",
            p.kind.value if p else "place",
            [(k, message(f"place.kind.{k}", lang)) for k in ("place", "route")],
        ),
        Field("name_kk", translate("PlaceDialogs", "Name in Kazakh:"), value=p.names.kk if p else ""),
        Field("name_ru", translate("PlaceDialogs", "Name in Russian:"), value=p.names.ru if p else ""),
        Field("name_en", translate("PlaceDialogs", "Name in English:"), value=p.names.en if p else ""),
        Field("district", translate("PlaceDialogs", "District:"), value=p.district if p else ""),
        Field(
            "address",
            translate("PlaceDialogs", "Address, or the route from start to end:"),
            value=p.address if p else "",
        ),
        Field(
            "route_length_km",
            translate("PlaceDialogs", "Route length, km:"),
            value=p.route_length_km or "" if p else "",
        ),
        Field(
            "max_occupancy",
            translate("PlaceDialogs", "Maximum occupancy (people):"),
            value=p.max_occupancy or "" if p else "",
        ),
        Field("rules", translate("PlaceDialogs", "Rules of use:"), "multiline", p.rules if p else ""),
        Field(
            "decision_number",
            translate("PlaceDialogs", "Maslikhat decision No.:"),
            value=p.decision_number if p else "",
        ),
        Field("decision_date", translate("PlaceDialogs", "Decision date:"), "date", p.decision_date if p else None),
        Field("valid_from", translate("PlaceDialogs", "Valid from:"), "date", p.valid_from if p else None),
        Field("valid_to", translate("PlaceDialogs", "Valid to:"), "date", p.valid_to if p else None),
    ]
    ctx = state.ctx
    if p is None:
        return FieldsDialog(
            state,
            translate("PlaceDialogs", "Add a specialized place or route"),
            fields,
            lambda v: svc.add_place(ctx, v),
            parent,
        )
    return FieldsDialog(
        state,
        translate("PlaceDialogs", "Edit a specialized place or route"),
        fields,
        lambda v: svc.update_place(ctx, p.id, v),
        parent,
    )


def booking_dialog(state: AppState, place: Place, parent: QWidget | None = None) -> FieldsDialog:
    lang = state.language
    start = datetime.combine(
        state.ctx.clock().astimezone(state.ctx.settings.tz).date() + timedelta(days=1), datetime.min.time()
    ).replace(hour=10)
    fields = [
        Field(
            "kind",
            translate("PlaceDialogs", "Kind of event or works:"),
            "choice",
            "official",
            [(k.value, message(f"booking.{k.value}", lang)) for k in BookingKind],
        ),
        Field("title", translate("PlaceDialogs", "Title:")),
        Field("starts_at", translate("PlaceDialogs", "From:"), "datetime", start),
        Field("ends_at", translate("PlaceDialogs", "To:"), "datetime", start + timedelta(hours=4)),
        Field("expected_participants", translate("PlaceDialogs", "Expected participants:")),
        Field("note", translate("PlaceDialogs", "Note:")),
    ]
    ctx = state.ctx
    title = translate("PlaceDialogs", "Book %1 for another event or works").replace("%1", place.names.get(lang))
    return FieldsDialog(state, title, fields, lambda v: svc.book_place(ctx, place.id, v), parent)


def zone_dialog(state: AppState, parent: QWidget | None = None) -> FieldsDialog:
    fields = [
        Field(
            "category",
            translate("PlaceDialogs", "Category (art. 9 p.5):"),
            "choice",
            "transport",
            [(c.value, zone_category_text(c.value)) for c in ZoneCategory],
        ),
        Field("name_kk", translate("PlaceDialogs", "Name in Kazakh:")),
        Field("name_ru", translate("PlaceDialogs", "Name in Russian:")),
        Field("name_en", translate("PlaceDialogs", "Name in English:")),
        Field("district", translate("PlaceDialogs", "District:")),
        Field("description", translate("PlaceDialogs", "Description:"), "multiline"),
        Field(
            "keywords",
            translate("PlaceDialogs", "Words that name it in a filing's place (separated by ;):"),
            placeholder="вокзал; вокзалы",
        ),
        Field("decision_number", translate("PlaceDialogs", "Maslikhat decision No.:")),
        Field("valid_from", translate("PlaceDialogs", "Valid from:"), "date"),
        Field("valid_to", translate("PlaceDialogs", "Valid to:"), "date"),
    ]
    ctx = state.ctx
    return FieldsDialog(
        state, translate("PlaceDialogs", "Add a no-picket zone"), fields, lambda v: svc.add_zone(ctx, v), parent
    )


def link_dialog(
    state: AppState, filing_id: int, places: Sequence[Place], parent: QWidget | None = None
) -> FieldsDialog:
    """Choose the specialized place of a filing; the reason goes into the filing's history."""
    lang = state.language
    options = [(str(p.id), f"{p.names.get(lang)} — {p.address}") for p in places]
    fields = [
        Field(
            "place",
            translate("PlaceDialogs", "Specialized place or route:"),
            "choice",
            options[0][0] if options else "",
            options,
        ),
        Field(
            "reason",
            translate("PlaceDialogs", "Reason (kept in the history):"),
            value=translate("PlaceDialogs", "the organizer named this place"),
        ),
    ]
    ctx = state.ctx
    return FieldsDialog(
        state,
        translate("PlaceDialogs", "Link the filing to a place"),
        fields,
        lambda v: svc.link_place(ctx, filing_id, int(v["place"]), v["reason"] or None),
        parent,
    )
