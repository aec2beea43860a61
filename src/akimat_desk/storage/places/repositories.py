"""Repository of places, no-picket zones, bookings and filing-to-place links, plus read-only views of filings
for the checks, the occupancy board, the statistics and the journal. Returns frozen records only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from akimat_desk.domain.places import Booking, BookingKind, Names, NoPicketZone, Place, PlaceKind, ZoneCategory
from akimat_desk.domain.records import record_from
from akimat_desk.storage.filings import FilingRow
from akimat_desk.storage.office import OFFICE_RECORDS, append_office_entry
from akimat_desk.storage.places.orm import FilingPlaceRow, LegacyImportRow, NoPicketZoneRow, PlaceBookingRow, PlaceRow

_AUTHORSHIP = ("created_at", "created_by")


def _content_fields(kind: str) -> tuple[str, ...]:
    """The columns of an office record the clerk edits: what the office chain determines, less who made it when."""
    return tuple(name for name in OFFICE_RECORDS[kind][1] if name not in _AUTHORSHIP)


PLACE_FIELDS = _content_fields("place")
ZONE_FIELDS = _content_fields("zone")


@dataclass(frozen=True, slots=True)
class FilingSlot:
    """A filing as the place-related features read it (no history)."""

    id: int
    incoming_number: str
    year: int
    seq: int
    received_at: datetime
    registered_on: date
    form: str
    kind: str
    status: str
    outcome: str | None
    organizer_name: str
    place_text: str
    starts_at: datetime | None
    ends_at: datetime | None
    participants: int | None
    linked_place_id: int | None
    document: Mapping[str, Any]
    defects: Sequence[Mapping[str, Any]]

    @property
    def place_id(self) -> int | None:
        """The linked specialized place, else a ``place_id`` the filing document carried."""
        if self.linked_place_id is not None:
            return self.linked_place_id
        raw = self.document.get("place_id")
        return int(raw) if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()) else None


def _place(row: PlaceRow) -> Place:
    return Place(
        id=row.id,
        names=Names(row.name_kk, row.name_ru, row.name_en),
        kind=PlaceKind(row.kind),
        district=row.district,
        address=row.address,
        max_occupancy=row.max_occupancy,
        decision_number=row.decision_number,
        decision_date=row.decision_date,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        route_length_km=row.route_length_km,
        rules=row.rules,
    )


def _zone(row: NoPicketZoneRow) -> NoPicketZone:
    return NoPicketZone(
        id=row.id,
        names=Names(row.name_kk, row.name_ru, row.name_en),
        category=ZoneCategory(row.category),
        district=row.district,
        description=row.description,
        keywords=tuple(row.keywords or ()),
        decision_number=row.decision_number,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
    )


def _booking(row: PlaceBookingRow) -> Booking:
    return record_from(Booking, row, kind=BookingKind(row.kind))


_SLOT_COLUMNS = (
    FilingRow.id,
    FilingRow.incoming_number,
    FilingRow.year,
    FilingRow.seq,
    FilingRow.received_at,
    FilingRow.registered_on,
    FilingRow.form,
    FilingRow.kind,
    FilingRow.status,
    FilingRow.outcome,
    FilingRow.organizer_name,
    FilingRow.place,
    FilingRow.starts_at,
    FilingRow.ends_at,
    FilingRow.participants,
    FilingPlaceRow.place_id,
    FilingRow.document,
    FilingRow.defects,
)


def _slot(row: Any) -> FilingSlot:
    values = list(row)
    values[11] = values[11] or ""
    return FilingSlot(*values)


class PlaceRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # places -------------------------------------------------------------------------------------------------
    def add_place(self, values: Mapping[str, Any], at: datetime, by: str) -> int:
        row = PlaceRow(created_at=at, created_by=by, **{k: values[k] for k in PLACE_FIELDS})
        self._s.add(row)
        self._s.flush()
        fields = {k: values[k] for k in PLACE_FIELDS} | {"created_at": at, "created_by": by}
        append_office_entry(self._s, "place", row.id, "created", fields, by)
        return row.id

    def update_place(self, place_id: int, values: Mapping[str, Any]) -> None:
        row = self._s.get(PlaceRow, place_id)
        assert row is not None
        changed = {key: values[key] for key in PLACE_FIELDS if key in values and getattr(row, key) != values[key]}
        for key, value in changed.items():
            setattr(row, key, value)
        self._s.flush()
        if changed:
            append_office_entry(self._s, "place", place_id, "updated", changed)

    def place(self, place_id: int) -> Place | None:
        row = self._s.get(PlaceRow, place_id)
        return None if row is None else _place(row)

    def places(self) -> list[Place]:
        return [_place(r) for r in self._s.scalars(select(PlaceRow).order_by(PlaceRow.district, PlaceRow.id))]

    # no-picket zones ----------------------------------------------------------------------------------------
    def add_zone(self, values: Mapping[str, Any], at: datetime, by: str) -> int:
        row = NoPicketZoneRow(created_at=at, created_by=by, **{k: values[k] for k in ZONE_FIELDS})
        self._s.add(row)
        self._s.flush()
        fields = {k: values[k] for k in ZONE_FIELDS} | {"created_at": at, "created_by": by}
        append_office_entry(self._s, "zone", row.id, "created", fields, by)
        return row.id

    def zones(self) -> list[NoPicketZone]:
        return [_zone(r) for r in self._s.scalars(select(NoPicketZoneRow).order_by(NoPicketZoneRow.id))]

    # bookings -----------------------------------------------------------------------------------------------
    def add_booking(self, booking: Booking, at: datetime, by: str) -> int:
        row = PlaceBookingRow(
            place_id=booking.place_id,
            kind=booking.kind.value,
            title=booking.title,
            starts_at=booking.starts_at,
            ends_at=booking.ends_at,
            expected_participants=booking.expected_participants,
            note=booking.note,
            created_at=at,
            created_by=by,
        )
        self._s.add(row)
        self._s.flush()
        fields = {
            "place_id": row.place_id,
            "kind": row.kind,
            "title": row.title,
            "starts_at": row.starts_at,
            "ends_at": row.ends_at,
            "expected_participants": row.expected_participants,
            "note": row.note,
            "cancelled_at": None,
            "created_at": at,
            "created_by": by,
        }
        append_office_entry(self._s, "booking", row.id, "created", fields, by)
        return row.id

    def cancel_booking(self, booking_id: int, at: datetime) -> Booking | None:
        row = self._s.get(PlaceBookingRow, booking_id)
        if row is None or row.cancelled_at is not None:
            return None
        row.cancelled_at = at
        self._s.flush()
        append_office_entry(self._s, "booking", booking_id, "cancelled", {"cancelled_at": at})
        return _booking(row)

    def bookings(self, start: datetime, end: datetime, place_id: int | None = None) -> list[Booking]:
        """Bookings (not cancelled) overlapping [start, end)."""
        stmt = select(PlaceBookingRow).where(
            PlaceBookingRow.cancelled_at.is_(None), PlaceBookingRow.starts_at < end, PlaceBookingRow.ends_at > start
        )
        if place_id is not None:
            stmt = stmt.where(PlaceBookingRow.place_id == place_id)
        return [_booking(r) for r in self._s.scalars(stmt.order_by(PlaceBookingRow.starts_at, PlaceBookingRow.id))]

    # links --------------------------------------------------------------------------------------------------
    def link(self, filing_id: int, place_id: int, at: datetime, by: str) -> int | None:
        """Link the filing to ``place_id``; returns the place it was linked to before (or None)."""
        row = self._s.get(FilingPlaceRow, filing_id)
        previous = None if row is None else row.place_id
        if row is None:
            self._s.add(FilingPlaceRow(filing_id=filing_id, place_id=place_id, linked_at=at, linked_by=by))
        else:
            row.place_id, row.linked_at, row.linked_by = place_id, at, by
        self._s.flush()
        return previous

    # read-only views of filings -----------------------------------------------------------------------------
    def _slots(self) -> Select[Any]:
        return select(*_SLOT_COLUMNS).outerjoin(FilingPlaceRow, FilingPlaceRow.filing_id == FilingRow.id)

    def slot(self, filing_id: int) -> FilingSlot | None:
        row = self._s.execute(self._slots().where(FilingRow.id == filing_id)).first()
        return None if row is None else _slot(row)

    def slots_on_days(self, first: date, last: date) -> list[FilingSlot]:
        """Filings whose event starts on a day from ``first`` to ``last`` (both included)."""
        start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
        stmt = self._slots().where(FilingRow.starts_at >= start, FilingRow.starts_at < end)
        return [_slot(r) for r in self._s.execute(stmt.order_by(FilingRow.starts_at, FilingRow.id))]

    def slots_registered(self, first: date, last: date) -> list[FilingSlot]:
        """Filings registered from ``first`` to ``last`` (both included), in journal order."""
        stmt = self._slots().where(FilingRow.registered_on >= first, FilingRow.registered_on <= last)
        order = (FilingRow.registered_on, FilingRow.year, FilingRow.seq)
        return [_slot(r) for r in self._s.execute(stmt.order_by(*order))]


class ImportRepository:
    """The record of confirmed legacy-journal imports."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def already_imported(self, sha256: str) -> bool:
        return self._s.scalar(select(LegacyImportRow.id).where(LegacyImportRow.sha256 == sha256)) is not None

    def record(
        self, name: str, sha256: str, imported: int, refused: int, mapping: Mapping[str, str], at: datetime, by: str
    ) -> None:
        self._s.add(
            LegacyImportRow(
                file_name=name,
                sha256=sha256,
                rows_imported=imported,
                rows_refused=refused,
                mapping=dict(mapping),
                imported_at=at,
                imported_by=by,
            )
        )
        self._s.flush()
