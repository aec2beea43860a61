"""The statistics package an office sends upward, as bytes: a ZIP holding ``cube.csv`` (counts only) and a JSON
``manifest.json`` describing it, with a detached signature in the ZIP's comment.

Signature: the comment is ``akimat-desk-signature <method> <value>`` and signs every byte of the file before
the comment's two-byte length (which must equal the comment's real length), so that no byte of the package can
change unnoticed, not even a ZIP header's. Methods: ``eds-cms``, the akimat's electronic digital signature as a
detached CMS (base64) made by the signer of ``signatures.signing``; ``hmac-sha256``, the HMAC-SHA256 (hex)
with the office's key, when the office signs without EDS. The manifest states the method in plain words and
names an HMAC key by the first 16 hex digits of its SHA-256, never the key itself; it also carries the SHA-256
of the cube, checked on its own.

``read_package`` checks everything that needs no register (the ZIP's members and sizes, the schema, the cube's
hash and row count, every value of every row) and raises ``InvalidInput`` naming the field and the rule; the
signature and the office are checked by the consolidation against the region's list of offices.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import hmac
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from akimat_desk.domain.assemblies import Channel, FilingKind, Form
from akimat_desk.domain.errors import InvalidInput

SCHEMA = "akimat-desk/statistics-package"
SCHEMA_VERSION = 1
CUBE, MANIFEST = "cube.csv", "manifest.json"
SIGNATURE_PREFIX = b"akimat-desk-signature "
COLUMNS = ("kato", "month", "form", "kind", "channel", "outcome", "ground", "specialized", "count")
OUTCOMES = (
    "informed",
    "approved",
    "refused",
    "proposal_accepted",
    "withdrawn",
    "held",
    "not_held",
    "suspended",
    "terminated",
    "out_of_scope",
    "pending",
)
HMAC_METHOD = "hmac-sha256"
EDS_METHOD = "eds-cms"
METHODS = (EDS_METHOD, HMAC_METHOD)
EDS_NOTE = "the akimat's electronic digital signature (EDS): a detached CMS over every byte before it"
HMAC_NOTE = (
    "HMAC-SHA256 with the office's key: proves the package came from a holder of that key and was not "
    "altered; it is not an electronic digital signature (EDS)"
)
MAX_MEMBER_BYTES = 64 * 1024 * 1024
_KATO = re.compile(r"^\d{9}$")
_GROUND = re.compile(r"^[A-Za-z0-9.\-]{1,40}$")


@dataclass(frozen=True, slots=True)
class CubeRow:
    month: str
    form: str
    kind: str
    channel: str
    outcome: str
    ground: str  # the refusal's ground codes joined by "+", "" when not refused
    specialized: int
    count: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "form": self.form,
            "kind": self.kind,
            "channel": self.channel,
            "outcome": self.outcome,
            "ground": self.ground,
            "specialized": self.specialized,
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class Package:
    """A package read and checked for form; ``signed_bytes`` is what the signature covers, ``method`` says
    how (``METHODS``) and ``signature`` is its value (hex for an HMAC, the CMS's DER for EDS)."""

    manifest: Mapping[str, Any]
    rows: tuple[CubeRow, ...]
    method: str
    signature: bytes
    signed_bytes: bytes
    sha256: str  # of the whole file

    @property
    def kato(self) -> str:
        return str(self.manifest["office"]["kato"])

    @property
    def first(self) -> date:
        return date.fromisoformat(self.manifest["period"]["from"])

    @property
    def last(self) -> date:
        return date.fromisoformat(self.manifest["period"]["to"])

    @property
    def exported_at(self) -> datetime:
        return datetime.fromisoformat(self.manifest["exported_at"])


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def hmac_signature(key: str, data: bytes) -> str:
    return hmac.new(key.encode("utf-8"), data, hashlib.sha256).hexdigest()


def signature_matches(key: str, data: bytes, signature: bytes) -> bool:
    return hmac.compare_digest(hmac_signature(key, data).encode("ascii"), signature.strip())


def hmac_signing(key: str) -> Callable[[bytes], tuple[str, bytes]]:
    """The signing step of ``build_package`` with the office's HMAC key."""
    return lambda body: (HMAC_METHOD, hmac_signature(key, body).encode("ascii"))


def eds_signing(sign_cms: Callable[[bytes], bytes]) -> Callable[[bytes], tuple[str, bytes]]:
    """The signing step of ``build_package`` with a signer returning a detached CMS (DER) over its input."""
    return lambda body: (EDS_METHOD, base64.b64encode(sign_cms(body)))


def cube_csv(kato: str, rows: Sequence[CubeRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([kato, r.month, r.form, r.kind, r.channel, r.outcome, r.ground, r.specialized, r.count])
    return out.getvalue().encode("utf-8")


def build_package(manifest: Mapping[str, Any], cube: bytes, sign: Callable[[bytes], tuple[str, bytes]]) -> bytes:
    """The bytes of a package; ``manifest`` must already name the cube's hash and the signing method, and
    ``sign`` (``hmac_signing`` / ``eds_signing``) returns the method and value over the bytes it is given."""
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in ((CUBE, cube), (MANIFEST, text)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    body = out.getvalue()[:-2]  # without the (empty) comment's length
    method, value = sign(body)
    comment = SIGNATURE_PREFIX + method.encode("ascii") + b" " + value
    if len(comment) > 65535:
        raise ValueError("signature too long for a ZIP comment")
    return body + len(comment).to_bytes(2, "little") + comment


def month_span(first: date, last: date) -> list[str]:
    """Every month from ``first`` to ``last`` as YYYY-MM."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1) - timedelta(days=1)


def check_whole_months(first: date, last: date) -> None:
    """A package counts whole calendar months: ``first`` a 1st, ``last`` a month's last day, not reversed."""
    if last < first:
        raise InvalidInput("period_reversed", field="--to")
    if first.day != 1:
        raise InvalidInput("period_not_whole_months", field="--from", value=first.isoformat())
    following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    if (following - last).days != 1:
        raise InvalidInput("period_not_whole_months", field="--to", value=last.isoformat())


# ---- reading ----------------------------------------------------------------------------------------------
def read_package(data: bytes, name: str) -> Package:
    """Open and check a package's form; refuses with ``InvalidInput`` (field ``package``) saying which rule."""
    members = _members(data, name)
    try:
        manifest = json.loads(members[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput("package_manifest_invalid", field="package", file=name, detail="not JSON") from None
    _check_manifest(manifest, name)
    cube = members[CUBE]
    if hashlib.sha256(cube).hexdigest() != manifest["cube_sha256"]:
        raise InvalidInput("package_hash_mismatch", field="package", file=name)
    rows = _read_cube(cube, manifest, name)
    if len(rows) != manifest["rows"]:
        raise InvalidInput("package_rows_mismatch", field="package", file=name, rows=len(rows), stated=manifest["rows"])
    method, value, signed = _signature(data, members["comment"], name)
    if method != manifest["signature"]["method"]:
        raise InvalidInput("package_signature_invalid", field="package", file=name)
    return Package(manifest, tuple(rows), method, value, signed, hashlib.sha256(data).hexdigest())


def _signature(data: bytes, comment: bytes, name: str) -> tuple[str, bytes, bytes]:
    """(method, value, signed bytes) from the ZIP comment, whose stated length must be its real one."""
    size = len(comment)
    stated = int.from_bytes(data[len(data) - size - 2 : len(data) - size], "little") if len(data) >= size + 2 else -1
    if not (comment.startswith(SIGNATURE_PREFIX) and data.endswith(comment) and stated == size):
        raise InvalidInput("package_signature_missing", field="package", file=name)
    method, _, value = comment[len(SIGNATURE_PREFIX) :].partition(b" ")
    if method.decode("ascii", "replace") not in METHODS or not value:
        raise InvalidInput("package_signature_missing", field="package", file=name)
    if method == EDS_METHOD.encode():
        try:
            value = base64.b64decode(value, validate=True)
        except (ValueError, binascii.Error):
            raise InvalidInput("package_signature_invalid", field="package", file=name) from None
    return method.decode("ascii"), value, data[: len(data) - size - 2]


_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    RuntimeError,
    EOFError,
    ValueError,
    NotImplementedError,
    OSError,
)


def _members(data: bytes, name: str) -> dict[str, bytes]:
    """The two members and the comment (under "comment"), refusing anything else in the archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        names = sorted(i.filename for i in infos)
        if names != sorted((CUBE, MANIFEST)):
            raise InvalidInput("package_members", field="package", file=name, found=", ".join(names) or "-")
        if any(i.file_size > MAX_MEMBER_BYTES for i in infos):
            raise InvalidInput("package_too_large", field="package", file=name)
        return {**{i.filename: archive.read(i) for i in infos}, "comment": archive.comment}
    except _UNREADABLE as exc:
        raise InvalidInput("package_unreadable", field="package", file=name, detail=str(exc)) from None


def _check_manifest(m: Any, name: str) -> None:
    def bad(detail: str) -> InvalidInput:
        return InvalidInput("package_manifest_invalid", field="package", file=name, detail=detail)

    if not isinstance(m, dict) or m.get("schema") != SCHEMA:
        raise bad(f"schema is not {SCHEMA}")
    if m.get("schema_version") != SCHEMA_VERSION:
        raise InvalidInput(
            "package_schema_version", field="package", file=name, version=m.get("schema_version"), known=SCHEMA_VERSION
        )
    office, period = m.get("office"), m.get("period")
    if not isinstance(office, dict) or not _KATO.match(str(office.get("kato", ""))):
        raise bad("office.kato is not a 9-digit KATO code")
    if not isinstance(period, dict):
        raise bad("period is missing")
    try:
        first, last = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
        exported = datetime.fromisoformat(m["exported_at"])
    except (KeyError, TypeError, ValueError):
        raise bad("period.from, period.to or exported_at is not a date") from None
    if exported.tzinfo is None:
        raise bad("exported_at has no time zone")
    check_whole_months(first, last)
    if not isinstance(m.get("rows"), int) or not isinstance(m.get("cube_sha256"), str):
        raise bad("rows or cube_sha256 is missing")
    signature = m.get("signature")
    if not isinstance(signature, dict) or signature.get("method") not in METHODS:
        raise bad("signature.method is not one of " + ", ".join(METHODS))


def _read_cube(cube: bytes, manifest: Mapping[str, Any], name: str) -> list[CubeRow]:
    try:
        text = cube.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("package_cube_invalid", field="package", file=name, line=0, detail="not UTF-8") from None
    reader = csv.reader(io.StringIO(text))
    if next(reader, None) != list(COLUMNS):
        raise InvalidInput(
            "package_cube_invalid", field="package", file=name, line=1, detail="the header is not " + ",".join(COLUMNS)
        )
    months = set(
        month_span(date.fromisoformat(manifest["period"]["from"]), date.fromisoformat(manifest["period"]["to"]))
    )
    rows, seen = [], set()
    for line, values in enumerate(reader, start=2):
        row = _cube_row(values, str(manifest["office"]["kato"]), months)
        if isinstance(row, str):
            raise InvalidInput("package_cube_invalid", field="package", file=name, line=line, detail=row)
        key = (row.month, row.form, row.kind, row.channel, row.outcome, row.ground, row.specialized)
        if key in seen:
            raise InvalidInput("package_cube_invalid", field="package", file=name, line=line, detail="repeated row")
        seen.add(key)
        rows.append(row)
    return rows


def _cube_row(values: list[str], kato: str, months: set[str]) -> CubeRow | str:
    """The row, or what is wrong with it."""
    if len(values) != len(COLUMNS):
        return f"{len(values)} columns instead of {len(COLUMNS)}"
    office, month, form, kind, channel, outcome, ground, specialized, count = values
    checks = (
        (office == kato, "kato differs from the manifest's office"),
        (month in months, f"month {month!r} is outside the period"),
        (form in set(Form), f"form {form!r} is unknown"),
        (kind in set(FilingKind), f"kind {kind!r} is unknown"),
        (channel in set(Channel), f"channel {channel!r} is unknown"),
        (outcome in OUTCOMES, f"outcome {outcome!r} is unknown"),
        (ground == "" or all(_GROUND.match(g) for g in ground.split("+")), f"ground {ground!r} is not ground codes"),
        (specialized in ("0", "1"), "specialized is not 0 or 1"),
        (count.isdigit() and 0 < int(count) < 10**9, f"count {count!r} is not a positive whole number"),
    )
    for ok, problem in checks:
        if not ok:
            return problem
    return CubeRow(month, form, kind, channel, outcome, ground, int(specialized), int(count))
