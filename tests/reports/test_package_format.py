"""The package's form on its own: every byte is covered (one flipped byte anywhere is refused), hostile
archives are refused with a reason, periods are whole months."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.reports.statistics_package import (
    HMAC_METHOD,
    SCHEMA,
    SCHEMA_VERSION,
    CubeRow,
    build_package,
    check_whole_months,
    cube_csv,
    hmac_signing,
    read_package,
    signature_matches,
)

KEY = "ab" * 32
ROWS = (
    CubeRow("2021-01", "picket", "notification", "paper", "informed", "", 1, 3),
    CubeRow("2021-02", "rally", "notification", "e_document", "refused", "A14-5+A11-3", 0, 1),
)


def package(rows: tuple[CubeRow, ...] = ROWS, changes: dict[str, object] | None = None) -> bytes:
    cube = cube_csv("751110000", rows)
    manifest = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "office": {"kato": "751110000"},
        "period": {"from": "2021-01-01", "to": "2021-03-31"},
        "rows": len(rows),
        "cube_sha256": hashlib.sha256(cube).hexdigest(),
        "exported_at": "2021-04-02T05:00:00+00:00",
        "signature": {"method": HMAC_METHOD},
        **(changes or {}),
    }
    return build_package(manifest, cube, hmac_signing(KEY))


def accepted(data: bytes) -> bool:
    try:
        found = read_package(data, "p.akstat")
    except InvalidInput:
        return False
    return signature_matches(KEY, found.signed_bytes, found.signature)


def test_a_good_package_reads_back() -> None:
    found = read_package(package(), "p.akstat")
    assert found.rows == ROWS and found.kato == "751110000" and found.first == date(2021, 1, 1)
    assert signature_matches(KEY, found.signed_bytes, found.signature)
    assert not signature_matches("cd" * 32, found.signed_bytes, found.signature)


def test_one_flipped_byte_anywhere_is_refused() -> None:
    data = package()
    assert accepted(data)
    for i in range(len(data)):
        altered = bytearray(data)
        altered[i] ^= 0x01
        assert not accepted(bytes(altered)), f"byte {i} of {len(data)} changed unnoticed"


def _zip(members: dict[str, bytes], comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.comment = comment
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "package_unreadable"),
        (b"PK\x03\x04 not really", "package_unreadable"),
        (_zip({"cube.csv": b"", "manifest.json": b"{}", "../../evil": b"x"}), "package_members"),
        (_zip({"cube.csv": b"", "manifest.json": b"[1, 2"}), "package_manifest_invalid"),
        (_zip({"cube.csv": b"", "manifest.json": b'{"schema": "other"}'}), "package_manifest_invalid"),
        (
            _zip(
                {"cube.csv": b"", "manifest.json": b'{"schema": "akimat-desk/statistics-package", "schema_version": 9}'}
            ),
            "package_schema_version",
        ),
    ],
)
def test_hostile_archives_are_refused_with_a_reason(data: bytes, code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_package(data, "p.akstat")
    assert refused.value.code == code and refused.value.field == "package"


@pytest.mark.parametrize(
    ("row", "detail"),
    [
        (CubeRow("2021-04", "picket", "notification", "paper", "informed", "", 0, 1), "outside the period"),
        (CubeRow("2021-01", "flashmob", "notification", "paper", "informed", "", 0, 1), "form"),
        (CubeRow("2021-01", "picket", "notification", "paper", "won", "", 0, 1), "outcome"),
        (CubeRow("2021-01", "picket", "notification", "paper", "refused", "Иванов", 0, 1), "ground"),
        (CubeRow("2021-01", "picket", "notification", "paper", "informed", "", 0, 0), "count"),
    ],
)
def test_every_value_of_the_cube_is_checked(row: CubeRow, detail: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_package(package((row,)), "p.akstat")
    assert refused.value.code == "package_cube_invalid" and detail in str(refused.value.params["detail"])


def test_the_manifest_must_state_the_right_row_count() -> None:
    with pytest.raises(InvalidInput) as refused:
        read_package(package(ROWS, {"rows": 5}), "p.akstat")
    assert refused.value.code == "package_rows_mismatch"


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [
        (date(2021, 1, 2), date(2021, 1, 31), "--from"),
        (date(2021, 1, 1), date(2021, 2, 27), "--to"),
        (date(2021, 3, 1), date(2021, 2, 28), "--to"),
    ],
)
def test_periods_are_whole_months(first: date, last: date, field: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_whole_months(first, last)
    assert refused.value.field == field
    check_whole_months(date(2020, 2, 1), date(2020, 2, 29))
