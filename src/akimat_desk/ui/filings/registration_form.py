"""The content items of a filing as input widgets, in the order they stand on paper, numbered as the law
numbers them for the chosen form; only the fields that apply to that form are shown."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.assemblies import FilingKind, Form, kind_of
from akimat_desk.domain.content import items_for
from akimat_desk.domain.people import IdProblem, id_number_problem
from akimat_desk.ui.filings.items import field_caption, item_label
from akimat_desk.ui.widgets.date_fields import DateField, FieldState, TimeField

_W = TypeVar("_W", bound=QWidget)


def id_check_text(value: str, is_bin: bool) -> tuple[str, bool]:
    """The live verdict shown beside an IIN or BIN field and whether it is acceptable."""
    problem = id_number_problem(value)
    if problem is None:
        return "✓ " + QCoreApplication.translate("FilingForm", "valid check digit"), True
    texts = {
        IdProblem.MISSING: QCoreApplication.translate("FilingForm", "12 digits expected"),
        IdProblem.NOT_DIGITS: QCoreApplication.translate("FilingForm", "digits only"),
        IdProblem.LENGTH: QCoreApplication.translate("FilingForm", "%1 of 12 digits").replace(
            "%1", str(len(value.replace(" ", "")))
        ),
        IdProblem.CHECKSUM: QCoreApplication.translate("FilingForm", "wrong check digit: mistyped?"),
    }
    return "✗ " + texts[problem], False


class Intent(QWidget):
    """A yes / no / not stated choice with a description (structures, sound equipment, visual materials)."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.description = QLineEdit(self)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QVBoxLayout()
        row.addWidget(self.choice)
        row.addWidget(self.description)
        layout.addRow(row)
        self.choice.currentIndexChanged.connect(self._update)
        self.description.textChanged.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        current = max(self.choice.currentIndex(), 0)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems([self.tr("— not stated —"), self.tr("No"), self.tr("Yes")])
        self.choice.setCurrentIndex(current)
        self.choice.blockSignals(False)
        self.description.setPlaceholderText(self.tr("what exactly (optional)"))
        self._update()

    def _update(self) -> None:
        self.description.setEnabled(self.choice.currentIndex() == 2)
        self.changed.emit()

    def value(self) -> Any:
        index = self.choice.currentIndex()
        if index == 0:
            return None
        if index == 1:
            return False
        text = self.description.text().strip()
        return {"used": True, "description": text} if text else True


class Group(QWidget):
    """One numbered item: a bold title and a form of fields."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.form)

    def add(self, label: str, widget: _W) -> _W:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        return widget

    def show_row(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)


class FilingForm(QWidget):
    """Input widgets of the 13 items; ``document()`` builds the filing JSON of docs/filing-schema.md."""

    changed = Signal()

    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        self.language = language
        self.layout_ = QVBoxLayout(self)
        self.groups: dict[str, Group] = {}
        self._build()
        self._connect()
        self.set_form(Form.PICKET)

    def _group(self, key: str) -> Group:
        group = Group(self)
        self.groups[key] = group
        self.layout_.addWidget(group)
        return group

    def _build(self) -> None:
        def caption(path: str) -> str:  # the one table of field labels: the correction dialog and the errors too
            return field_caption(path, self.language)

        g = self._group("purpose")
        self.purpose = g.add(caption("purpose"), QLineEdit(self))
        g = self._group("form")
        self.form_note = QLabel(self)
        g.form.addRow(self.form_note)
        g = self._group("organizer")
        self.org_type = g.add(caption("organizer.type"), QComboBox(self))
        self.surname = g.add(caption("organizer.surname"), QLineEdit(self))
        self.given_name = g.add(caption("organizer.given_name"), QLineEdit(self))
        self.patronymic = g.add(caption("organizer.patronymic"), QLineEdit(self))
        self.iin = g.add(caption("organizer.iin"), QLineEdit(self))
        self.iin_check = QLabel(self)
        g.form.addRow("", self.iin_check)
        self.entity_name = g.add(caption("organizer.name"), QLineEdit(self))
        self.bin = g.add(caption("organizer.bin"), QLineEdit(self))
        self.bin_check = QLabel(self)
        g.form.addRow("", self.bin_check)
        self.address = g.add(caption("organizer.address"), QLineEdit(self))
        self.has_rep = g.add(caption("representative"), QCheckBox(self.tr("acts through a representative"), self))
        self.rep_surname = g.add(caption("representative.surname"), QLineEdit(self))
        self.rep_given = g.add(caption("representative.given_name"), QLineEdit(self))
        self.rep_iin = g.add(caption("representative.iin"), QLineEdit(self))
        self.rep_email = g.add(caption("representative.email"), QLineEdit(self))
        self.rep_phone = g.add(caption("representative.phone"), QLineEdit(self))
        g = self._group("place")
        self.place = g.add(caption("place"), QLineEdit(self))
        self.route = g.add(caption("route"), QLineEdit(self))
        g = self._group("date_time")
        self.event_date = g.add(self.tr("Date:"), DateField(self))  # empty until typed: nothing is invented
        self.starts = g.add(self.tr("Starts at:"), TimeField(self))
        self.ends = g.add(self.tr("Ends at:"), TimeField(self))
        g = self._group("participants")
        self.participants = g.add(caption("participants"), QSpinBox(self))
        g = self._group("seven")
        self.structures = g.add(caption("structures"), Intent(self))
        self.order_measures = g.add(caption("order_measures"), QLineEdit(self))
        g = self._group("means")
        self.sound = g.add(caption("sound_equipment"), Intent(self))
        self.visual = g.add(caption("visual_materials"), Intent(self))
        self.vehicles_used = g.add(self.tr("Vehicles will be used:"), QComboBox(self))
        g = self._group("vehicles")
        self.v_count = g.add(self.tr("Number of vehicles:"), QSpinBox(self))
        self.v_categories = g.add(self.tr("Categories:"), QLineEdit(self))
        self.v_length = g.add(self.tr("Route length, km:"), QDoubleSpinBox(self))
        self.v_start = g.add(self.tr("Start point:"), QLineEdit(self))
        self.v_end = g.add(self.tr("End point:"), QLineEdit(self))
        g = self._group("regulations")
        self.regulations = g.add(caption("regulations"), QLineEdit(self))
        g = self._group("contacts")
        self.email = g.add(caption("contacts.email"), QLineEdit(self))
        self.phone = g.add(caption("contacts.phone"), QLineEdit(self))
        g = self._group("pd_consent")
        self.pd_consent = g.add(caption("pd_consent"), QCheckBox(self.tr("given"), self))
        g = self._group("funding_sources")
        self.funding = g.add(caption("funding_sources"), QLineEdit(self))
        g = self._group("filed_and_signed")
        self.filed_on = g.add(caption("filed_on"), DateField(self))
        self.signed = g.add(caption("signed"), QCheckBox(self.tr("signed by the organizer or representative"), self))
        self.layout_.addStretch(1)
        self.org_type.addItems([self.tr("a citizen"), self.tr("a legal entity")])
        self.vehicles_used.addItems([self.tr("— not stated —"), self.tr("No"), self.tr("Yes")])
        self.participants.setRange(0, 1_000_000)
        self.participants.setSpecialValueText(self.tr("— not stated —"))
        self.v_count.setRange(0, 10_000)
        self.v_count.setSpecialValueText(self.tr("— not stated —"))
        self.v_length.setRange(0, 1000)
        self.v_length.setSpecialValueText(self.tr("— not stated —"))
        self.iin.setInputMask("")
        self.iin.setMaxLength(14)
        self.bin.setMaxLength(14)
        self.rep_iin.setMaxLength(14)

    def _connect(self) -> None:
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._visibility_changed)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._visibility_changed)
        for spin in (self.participants, self.v_count):
            spin.valueChanged.connect(self.changed)
        self.v_length.valueChanged.connect(self.changed)
        for intent in (self.structures, self.sound, self.visual):
            intent.changed.connect(self.changed)
        self.iin.textChanged.connect(lambda t: self._show_check(self.iin_check, t, False))
        self.bin.textChanged.connect(lambda t: self._show_check(self.bin_check, t, True))

    def _show_check(self, label: QLabel, text: str, is_bin: bool) -> None:
        message, ok = id_check_text(text, is_bin)
        label.setText(message if text else "")
        label.setStyleSheet(f"color: {'#2e7d32' if ok else '#c62828'}")

    def place_form_choice(self, caption: QLabel, choice: QComboBox) -> None:
        """Item 2 (the form) is chosen where the paper states it: after the purpose."""
        self.groups["form"].form.insertRow(0, caption, choice)
        self._form_choice = choice

    def tab_chain(self) -> list[QWidget]:
        """The input widgets in the order of the paper filing (hidden or disabled ones are skipped by Qt)."""
        chain: list[QWidget] = [self.purpose]
        if hasattr(self, "_form_choice"):
            chain.append(self._form_choice)
        chain += [self.org_type, self.surname, self.given_name, self.patronymic, self.iin, self.entity_name]
        chain += [self.bin, self.address, self.has_rep, self.rep_surname, self.rep_given, self.rep_iin]
        chain += [self.rep_email, self.rep_phone, self.place, self.route, self.event_date, self.starts, self.ends]
        chain += [self.participants, self.structures.choice, self.structures.description, self.order_measures]
        chain += [self.sound.choice, self.sound.description, self.visual.choice, self.visual.description]
        chain += [self.vehicles_used, self.v_count, self.v_categories, self.v_length, self.v_start, self.v_end]
        chain += [self.regulations, self.email, self.phone, self.pd_consent, self.funding, self.filed_on]
        return [*chain, self.signed]

    # ------------------------------------------------------------ which fields apply
    def set_form(self, form: Form) -> None:
        self.form_code = form
        self._visibility_changed()

    def _visibility_changed(self) -> None:
        form = self.form_code
        kind = kind_of(form)
        application = kind is FilingKind.APPLICATION
        numbers = {item.key: item.number for item in items_for(kind)}
        titles = {
            "purpose": "purpose",
            "form": "form",
            "organizer": "organizer",
            "place": "place_or_route" if application else "place",
            "date_time": "date_time",
            "participants": "participants",
            "seven": "measures_and_means" if application else "structures",
            "means": "means",
            "vehicles": "vehicles",
            "regulations": "regulations",
            "contacts": "contacts",
            "pd_consent": "pd_consent",
            "funding_sources": "funding_sources",
            "filed_and_signed": "filed_and_signed",
        }
        for group_key, item_key in titles.items():
            number = numbers.get(item_key)
            group = self.groups[group_key]
            group.title.setVisible(number is not None)
            if number is not None:
                group.title.setText(item_label(number, item_key))
        person = self.org_type.currentIndex() == 0
        org = self.groups["organizer"]
        for w in (self.surname, self.given_name, self.patronymic, self.iin, self.iin_check):
            org.show_row(w, person)
        for w in (self.entity_name, self.bin, self.bin_check):
            org.show_row(w, not person)
        for w in (self.rep_surname, self.rep_given, self.rep_iin, self.rep_email, self.rep_phone):
            org.show_row(w, self.has_rep.isChecked())
        self.groups["place"].show_row(self.route, application)
        seven = self.groups["seven"]
        seven.show_row(self.structures, not application)
        seven.show_row(self.order_measures, application)
        self.groups["means"].show_row(self.vehicles_used, form is Form.MARCH)
        needs_vehicles = form is Form.DEMONSTRATION or (form is Form.MARCH and self.vehicles_used.currentIndex() == 2)
        self.groups["vehicles"].setVisible(needs_vehicles)
        self.groups["regulations"].setVisible(form is not Form.PICKET)
        self.form_note.setText(self.tr("the form decides which items apply"))
        self.changed.emit()

    # ------------------------------------------------------------ the document
    def document(self) -> dict[str, Any]:
        """The filing JSON of what is typed and applies to the form; empty fields are left out."""
        form, application = self.form_code, kind_of(self.form_code) is FilingKind.APPLICATION
        doc: dict[str, Any] = {}

        def put(key: str, value: Any) -> None:
            if value not in (None, "", {}):
                doc[key] = value

        put("purpose", self.purpose.text().strip())
        if self.org_type.currentIndex() == 0:
            org = {
                "type": "person",
                "surname": self.surname.text().strip(),
                "given_name": self.given_name.text().strip(),
                "patronymic": self.patronymic.text().strip(),
                "iin": self.iin.text().strip(),
                "address": self.address.text().strip(),
            }
        else:
            org = {
                "type": "entity",
                "name": self.entity_name.text().strip(),
                "bin": self.bin.text().strip(),
                "address": self.address.text().strip(),
            }
        org = {k: v for k, v in org.items() if v}
        if set(org) - {"type"}:
            doc["organizer"] = org
        if self.has_rep.isChecked():
            rep = {
                "surname": self.rep_surname.text().strip(),
                "given_name": self.rep_given.text().strip(),
                "iin": self.rep_iin.text().strip(),
                "email": self.rep_email.text().strip(),
                "phone": self.rep_phone.text().strip(),
            }
            put("representative", {k: v for k, v in rep.items() if v})
        put("place", self.place.text().strip())
        if application:
            put("route", self.route.text().strip())
        put("starts_at", self._moment(self.starts))
        put("ends_at", self._moment(self.ends))
        put("participants", self.participants.value() or None)
        if application:
            put("order_measures", self.order_measures.text().strip())
        else:
            put("structures", self.structures.value())
        put("sound_equipment", self.sound.value())
        put("visual_materials", self.visual.value())
        self._vehicles(doc, form)
        if form is not Form.PICKET:
            put("regulations", self.regulations.text().strip())
        contacts = {"email": self.email.text().strip(), "phone": self.phone.text().strip()}
        put("contacts", {k: v for k, v in contacts.items() if v})
        if self.pd_consent.isChecked():
            doc["pd_consent"] = True
        put("funding_sources", self.funding.text().strip())
        filed = self.filed_on.value()
        put("filed_on", filed.isoformat() if filed else self.filed_on.text().strip())
        doc["signed"] = self.signed.isChecked()
        return doc

    def _moment(self, clock: TimeField) -> str:
        """The event's start or end as the organizer wrote it: day and time, empty when either is not stated
        (an unstated item 5 is a defect), the typed text when it is no real day or time (an invalid item 5)."""
        day, at = self.event_date, clock
        if day.state() is FieldState.EMPTY or at.state() is FieldState.EMPTY:
            return ""
        if (d := day.value()) is not None and (t := at.value()) is not None:
            return datetime.combine(d, t).isoformat()
        return f"{day.text().strip()} {at.text().strip()}"

    def _vehicles(self, doc: dict[str, Any], form: Form) -> None:
        used = self.vehicles_used.currentIndex()
        if form is Form.MARCH and used == 1:
            doc["vehicles"] = False
        elif form is Form.DEMONSTRATION or (form is Form.MARCH and used == 2):
            details = {
                "count": self.v_count.value() or None,
                "categories": self.v_categories.text().strip(),
                "route_length_km": self.v_length.value() or None,
                "start_point": self.v_start.text().strip(),
                "end_point": self.v_end.text().strip(),
            }
            doc["vehicles"] = {k: v for k, v in details.items() if v} or True
