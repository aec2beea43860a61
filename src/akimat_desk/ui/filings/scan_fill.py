"""Putting what OCR read into the registration form: each filled box marked as read by the machine with its
confidence in the tooltip, low ones highlighted, so the clerk checks them before pressing Register."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from akimat_desk.domain.assemblies import Form
from akimat_desk.services.filings.scan_fields import ReadField, Reading
from akimat_desk.services.filings.scan_intake import LOW_CONFIDENCE
from akimat_desk.ui.filings.registration_form import FilingForm, Intent

READ_STYLE = "background: #e8f5e9;"  # green: read well, still the clerk's to confirm
LOW_STYLE = "background: #ffe0b2; border: 1px solid #e65100;"  # orange: read with low confidence


def _text_boxes(form: FilingForm) -> dict[str, QLineEdit]:
    return {
        "purpose": form.purpose,
        "organizer.surname": form.surname,
        "organizer.given_name": form.given_name,
        "organizer.patronymic": form.patronymic,
        "organizer.iin": form.iin,
        "organizer.name": form.entity_name,
        "organizer.bin": form.bin,
        "organizer.address": form.address,
        "representative.surname": form.rep_surname,
        "representative.given_name": form.rep_given,
        "representative.iin": form.rep_iin,
        "representative.email": form.rep_email,
        "representative.phone": form.rep_phone,
        "place": form.place,
        "route": form.route,
        "order_measures": form.order_measures,
        "regulations": form.regulations,
        "contacts.email": form.email,
        "contacts.phone": form.phone,
        "funding_sources": form.funding,
    }


def fill_form(form: FilingForm, form_choice: QComboBox, reading: Reading) -> dict[QWidget, ReadField]:
    """Fill the form from ``reading`` and mark every filled widget; returns widget -> field (for highlighting
    the words on the scan when the widget gets focus)."""
    marked: dict[QWidget, ReadField] = {}
    fields = reading.fields
    if "form" in fields:
        form_choice.setCurrentIndex(max(form_choice.findData(Form(fields["form"].value).value), 0))
        marked[form_choice] = fields["form"]
    entity = reading.value("organizer.type") == "entity"
    form.org_type.setCurrentIndex(1 if entity else 0)
    if any(p.startswith("representative.") for p in fields):
        form.has_rep.setChecked(True)
    for path, box in _text_boxes(form).items():
        if path in fields:
            box.setText(str(fields[path].value))
            marked[box] = fields[path]
    _fill_times(form, fields, marked)
    _fill_flags(form, fields, marked)
    for widget, read in marked.items():
        mark(widget, read)
    return marked


def _fill_times(form: FilingForm, fields: dict[str, ReadField], marked: dict[QWidget, ReadField]) -> None:
    for path, edit in (("starts_at", form.starts), ("ends_at", form.ends)):
        if path in fields:
            moment = datetime.fromisoformat(str(fields[path].value))
            form.event_date.set_value(moment.date())
            edit.set_value(moment.time().replace(second=0, microsecond=0))
            marked[edit] = fields[path]
            marked[form.event_date] = fields[path]
    if "filed_on" in fields:
        day = date.fromisoformat(str(fields["filed_on"].value))
        form.filed_on.set_value(day)
        marked[form.filed_on] = fields["filed_on"]
    if "participants" in fields:
        form.participants.setValue(int(fields["participants"].value))
        marked[form.participants] = fields["participants"]


def _fill_flags(form: FilingForm, fields: dict[str, ReadField], marked: dict[QWidget, ReadField]) -> None:
    for path, intent in (
        ("structures", form.structures),
        ("sound_equipment", form.sound),
        ("visual_materials", form.visual),
    ):
        if path in fields:
            _set_intent(intent, fields[path].value)
            marked[intent.choice] = fields[path]
    for path, box in (("pd_consent", form.pd_consent), ("signed", form.signed)):
        if path in fields:
            box.setChecked(fields[path].value is True)
            marked[box] = fields[path]
    if "vehicles" in fields:
        _set_vehicles(form, fields["vehicles"].value)
        marked[form.vehicles_used] = fields["vehicles"]


def _set_intent(intent: Intent, value: Any) -> None:
    if value is False:
        intent.choice.setCurrentIndex(1)
        return
    intent.choice.setCurrentIndex(2)
    if isinstance(value, dict) and value.get("description"):
        intent.description.setText(str(value["description"]))


def _set_vehicles(form: FilingForm, value: Any) -> None:
    form.vehicles_used.setCurrentIndex(1 if value is False else 2)
    if not isinstance(value, dict):
        return
    for key, widget in (("count", form.v_count), ("route_length_km", form.v_length)):
        if key in value:
            widget.setValue(value[key])
    for key, box in (("categories", form.v_categories), ("start_point", form.v_start), ("end_point", form.v_end)):
        if key in value:
            box.setText(str(value[key]))


def mark(widget: QWidget, read: ReadField) -> None:
    """The machine's mark on a filled widget: colour by confidence, tooltip with the confidence."""
    low = read.conf < LOW_CONFIDENCE
    kind = type(widget).__name__
    widget.setStyleSheet(f"{kind} {{ {LOW_STYLE if low else READ_STYLE} }}")
    text = QCoreApplication.translate("ScanFill", "Read by the machine from the scan, confidence %1%: please check.")
    if low:
        text = QCoreApplication.translate(
            "ScanFill", "Read by the machine with LOW confidence (%1%): check it on the scan."
        )
    widget.setToolTip(text.replace("%1", f"{read.conf:.0f}"))
    widget.setProperty("ocr_confidence", read.conf)


def clear_marks(widgets: dict[QWidget, ReadField]) -> None:
    for widget in widgets:
        widget.setStyleSheet("")
        widget.setToolTip("")
        widget.setProperty("ocr_confidence", None)
