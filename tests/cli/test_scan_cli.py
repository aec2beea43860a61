"""``read-scan`` and ``register --from-scan``: what OCR read, with confidences; scripted intake only with
--confirm and only when every required field was read well; the scan kept with its SHA-256."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from akimat_desk.app import main
from tests.scan_samples import NOISES, handwritten_page, make_filing, render_pdf, save_scan, scan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def typed_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    sample = make_filing(1919, "ru", "numbered", form="rally")
    path = tmp_path_factory.mktemp("scan") / "notification.jpg"
    return save_scan(scan(render_pdf([sample.lines]), NOISES[1]), path), sample.expected


def registered(capsys: pytest.CaptureFixture[str], home: Path) -> list[dict[str, object]]:
    code, out, err = run(capsys, "--home", str(home), "list", "--json")
    assert code == 0, err
    result: list[dict[str, object]] = json.loads(out)
    return result


def test_read_scan_prints_fields_with_confidences_and_registers_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, typed_scan: tuple[Path, dict[str, object]]
) -> None:
    path, expected = typed_scan
    code, out, err = run(capsys, "--home", str(tmp_path), "read-scan", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    (filing,) = data["filings"]
    fields = filing["fields"]
    assert fields["organizer.iin"]["value"] == expected["organizer.iin"]
    assert fields["purpose"]["value"] == expected["purpose"]
    assert all(0 <= f["confidence"] <= 100 for f in fields.values())
    assert filing["missing_required"] == [] and "received_at" not in filing["document"]
    code, out, _ = run(capsys, "--home", str(tmp_path), "--lang", "kk", "read-scan", str(path))
    assert code == 0 and "ұйымдастырушының ЖСН: " + str(expected["organizer.iin"]) in out
    assert registered(capsys, tmp_path) == []


def test_register_from_scan_needs_confirm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, typed_scan: tuple[Path, dict[str, object]]
) -> None:
    code, _, err = run(capsys, "--home", str(tmp_path), "--lang", "en", "register", "--from-scan", str(typed_scan[0]))
    assert code == 2 and "--confirm" in err
    assert registered(capsys, tmp_path) == []


def test_register_from_scan_registers_with_the_scan_attached(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, typed_scan: tuple[Path, dict[str, object]]
) -> None:
    path, expected = typed_scan
    code, out, err = run(capsys, "--home", str(tmp_path), "register", "--from-scan", str(path), "--confirm", "--json")
    assert code == 0, err
    (filing,) = json.loads(out)
    assert filing["form"] == "rally" and filing["status"] == "registered"
    code, out, err = run(capsys, "--home", str(tmp_path), "show", str(filing["id"]), "--json")
    shown = json.loads(out)
    assert shown["document"]["organizer"]["iin"] == expected["organizer.iin"]
    assert shown["document"]["purpose"] == expected["purpose"] and shown["document"]["channel"] == "paper"
    code, out, err = run(capsys, "--home", str(tmp_path), "attachments", str(filing["id"]), "--json")
    (attachment,) = json.loads(out)
    assert attachment["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and attachment["kind"] == "scan"


def test_a_hand_written_scan_is_refused_for_scripted_intake(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "hand.png"
    handwritten_page(5).save(path)
    code, _, err = run(
        capsys, "--home", str(tmp_path), "--lang", "ru", "register", "--from-scan", str(path), "--confirm"
    )
    assert code == 2 and "от руки" in err
    assert registered(capsys, tmp_path) == []


def test_a_missing_file_is_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--home", str(tmp_path), "--lang", "en", "read-scan", str(tmp_path / "none.pdf"))
    assert code == 2 and "none.pdf" in err
