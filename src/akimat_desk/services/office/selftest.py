"""``akimat-desk self-test`` / ``--self-test``: prove on this installation (also a frozen build) that every
part works end to end: a scratch register migrated, a filing registered and read back, its deadlines, a
correction kept as history, a letter in kk, ru and en with intact Kazakh glyphs, a bundled e-signature
verified, and a secret round-tripped through the OS keyring (or a clear report that none exists)."""

from __future__ import annotations

import base64
import re
import tempfile
import traceback
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable
from akimat_desk.services.deadlines import filing_clock
from akimat_desk.services.decisions import decide, issue_letter
from akimat_desk.services.filings import correct_filing, get_filing, list_filings, register_filing, sample_filing
from akimat_desk.services.kernel.opening import OpenRegister, open_register
from akimat_desk.services.office.settings import update_settings
from akimat_desk.signatures import TrustStore, load_certificate, verify
from akimat_desk.storage.filings import FilingQuery

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
SELFTEST_OFFICE = {
    "name_kk": "Self-test әкімдігі: ә ғ қ ң ө ұ ү һ і",
    "name_ru": "Акимат самопроверки",
    "name_en": "Self-test akimat",
    "signatory_position_kk": "Әкім",
    "signatory_position_ru": "Аким",
    "signatory_position_en": "Akim",
    "signatory_name": "Self-test",
    "executor_name": "Self-test",
}


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    ok: bool
    detail: str


@dataclass
class SelfTestReport:
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "steps": [{"name": s.name, "ok": s.ok, "detail": s.detail} for s in self.steps]}


def _step(report: SelfTestReport, name: str, action: Callable[[], str]) -> bool:
    try:
        report.steps.append(Step(name, True, action()))
        return True
    except Exception as exc:
        last = traceback.format_exception_only(exc)[-1].strip()
        report.steps.append(Step(name, False, last))
        return False


def run_self_test(full: bool = False) -> SelfTestReport:
    """The register steps; with ``full`` also deadlines, letters, the signature and the keyring."""
    report = SelfTestReport()
    with tempfile.TemporaryDirectory(prefix="akimat-selftest-") as tmp:
        state: dict[str, Any] = {}
        steps = _register_steps(Path(tmp), state) + (_full_steps(state) if full else [])
        for name, action in steps:
            if not _step(report, name, action) and name in ("open", "register"):
                break
        reg: OpenRegister | None = state.get("reg")
        if reg is not None:
            reg.close()
    return report


def _register_steps(tmp: Path, state: dict[str, Any]) -> list[tuple[str, Callable[[], str]]]:
    def open_step() -> str:
        state["reg"] = open_register(tmp / "register.db", tmp / "backups", actor="self-test")
        ctx = state["reg"].context
        state["ctx"] = replace(ctx, settings=update_settings(ctx.uow, **SELFTEST_OFFICE))
        return f"schema at revision {state['reg'].migration.to_revision}"

    def register_step() -> str:
        ctx = state["ctx"]
        filing = register_filing(ctx, sample_filing(0)).filing
        state["filing"] = filing
        expected = ctx.settings.number_format.format(
            akimat=ctx.settings.akimat_code, year=filing.registered_on.year, seq=1
        )
        if filing.incoming_number != expected:
            raise AssertionError(f"unexpected first number {filing.incoming_number}")
        return f"registered {filing.incoming_number}"

    def read_step() -> str:
        ctx = state["ctx"]
        back = get_filing(ctx, state["filing"].incoming_number)
        if back.document != state["filing"].document or len(list_filings(ctx, FilingQuery())) != 1:
            raise AssertionError("the filing read back differs from the one registered")
        return f"read back {back.incoming_number} with {len(back.history)} history entry"

    def correct_step() -> str:
        after = correct_filing(state["ctx"], state["filing"].id, {"participants": 2}, "self-test correction").filing
        if len(after.history) != 2 or after.document.get("participants") != 2:
            raise AssertionError("the correction was not recorded as a new history event")
        return "correction kept as a second history event"

    return [("open", open_step), ("register", register_step), ("read", read_step), ("correct", correct_step)]


def _full_steps(state: dict[str, Any]) -> list[tuple[str, Callable[[], str]]]:
    def deadlines_step() -> str:
        clock = filing_clock(state["ctx"], get_filing(state["ctx"], state["filing"].id))
        review = clock.deadlines[0]
        if review.due_on <= state["filing"].registered_on:
            raise AssertionError("the review deadline is not after the registration day")
        return f"review deadline {review.due_on} ({clock.calendar_version})"

    def letters_step() -> str:
        ctx = state["ctx"]
        decide(ctx, state["filing"].id, DecisionRequest(DecisionKind.INFORM_WITH_CONDITIONS))
        sizes = []
        for lang in ("kk", "ru", "en"):
            pdf = issue_letter(ctx, state["filing"].id, lang).pdf
            missing = missing_glyphs(pdf, SELFTEST_OFFICE["name_kk"])
            if missing or b"Helvetica" in pdf:
                raise AssertionError(f"{lang} letter lacks glyphs {missing!r} or uses an unembedded font")
            sizes.append(f"{lang} {len(pdf) // 1024} KB")
        return "letters with intact Kazakh glyphs: " + ", ".join(sizes)

    from akimat_desk.services.filings import ocr_step  # issue 19: libtesseract and its data

    return [
        ("deadlines", deadlines_step),
        ("letters", letters_step),
        ("signature", signature_step),
        ("ocr", ocr_step),
        ("keyring", keyring_step),
    ]


def _resource(name: str) -> bytes:
    return resources.files("akimat_desk").joinpath("resources", "selftest", name).read_bytes()


def signature_step() -> str:
    """Verify the bundled TEST-signed notification against the bundled TEST chain."""
    trust = TrustStore(
        anchors=[load_certificate(_resource("root_test_gost_2022.cer"))],
        intermediates=[load_certificate(_resource("nca_gost2022_test.cer"))],
    )
    result = verify(_resource("notification_signed.cms"), trust=trust, allow_test=True)
    if not result.is_valid:
        raise AssertionError(f"bundled signature verdict {result.verdict}")
    signer = result.signer.name if result.signer else "?"
    return f"{result.algorithm} signature of {signer} valid ({result.time_basis})"


def keyring_step() -> str:
    store = KeyringSecretStore(service="akimat_desk-selftest")
    name, secret = "self-test", f"probe-{datetime.now(UTC).timestamp()}"
    try:
        store.set(name, secret)
        back = store.get(name)
        store.delete(name)
    except SecretStoreUnavailable as exc:
        return f"no keyring backend ({exc.detail}): secrets fall back to a passphrase at start"
    if back != secret:
        raise AssertionError("the keyring returned another secret")
    return "secret stored, read back and deleted"


def _streams(pdf: bytes) -> Iterator[bytes]:
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = match.group(1)
        for decode in (zlib.decompress, lambda d: zlib.decompress(base64.a85decode(d.strip().removesuffix(b"~>")))):
            try:
                yield decode(data)
                break
            except (zlib.error, ValueError):
                continue


def missing_glyphs(pdf: bytes, text: str) -> str:
    """The Kazakh letters of ``text`` that the PDF's embedded fonts do not map back to Unicode."""
    maps = b"".join(s for s in _streams(pdf) if b"beginbfchar" in s or b"beginbfrange" in s).lower()
    return "".join(c for c in dict.fromkeys(text) if c in KAZAKH_LETTERS and f"{ord(c):04x}".encode() not in maps)
