"""Packages signed with the akimat's EDS (the signer of the signing issue, here its PKCS#12 training signer):
counted when the CMS is valid against the region's trust store and carries the office's BIN, refused when
the root is not trusted or the BIN is another akimat's."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from akimat_desk.signatures.training_pki import make_root, make_signatory, write_p12
from tests.reports.conftest import YEAR, district, run

BIN, OTHER_BIN, PASSWORD = "123456789021", "990340000111", "Train-2026"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root_dir = tmp_path_factory.mktemp("pki")
    root = make_root()
    found = {"root": root_dir / "root.cer"}
    found["root"].write_bytes(root.certificate.dump())
    for name, bin_ in (("akimat", BIN), ("other", OTHER_BIN)):
        pair = make_signatory(
            root,
            surname="АХМЕТОВ",
            given_name="АСАН",
            patronymic="БОЛАТҰЛЫ",
            iin="880101300123",
            bin_=bin_,
            organization='ГУ "АППАРАТ АКИМА"',
        )
        found[name] = root_dir / f"{name}.p12"
        found[name].write_bytes(write_p12(pair, PASSWORD, (root.certificate,)))
    return found


def signed_package(capsys: pytest.CaptureFixture[str], home: Path, key: Path, out: Path) -> Path:
    code, _, err = run(capsys, "--home", str(home), "report-up", *YEAR, "--eds-p12", str(key), "--out", str(out))
    assert code == 0, err
    return out


def test_an_eds_signed_package_is_checked_against_the_trust_store_and_the_bin(
    capsys: pytest.CaptureFixture[str], pki: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AKIMAT_DESK_P12_PASSWORD", PASSWORD)
    office = tmp_path / "office"
    district(capsys, office, "351010000", "Абай", {"picket": 4, "rally": 1})
    good = signed_package(capsys, office, pki["akimat"], tmp_path / "good.akstat")
    foreign = signed_package(capsys, office, pki["other"], tmp_path / "foreign.akstat")
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    assert (
        manifest["signature"]["method"] == "eds-cms" and "electronic digital signature" in manifest["signature"]["note"]
    )
    assert zipfile.ZipFile(good).comment.startswith(b"akimat-desk-signature eds-cms ")
    region = str(tmp_path / "region")
    offices = tmp_path / "offices.csv"
    offices.write_text(
        "kato,name_kk,name_ru,name_en,parent,status,hmac_key,bin\n"
        "350000000,Қарағанды облысы,Карагандинская область,Karaganda region,,region,,\n"
        f"351010000,Абай ауданы,Абайский район,Abay district,350000000,district,,{BIN}\n",
        encoding="utf-8",
    )
    assert run(capsys, "--home", region, "consolidate", "offices", str(offices))[0] == 0
    # the region does not trust the training root yet
    code, _, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "import", str(good))
    assert code == 2 and "electronic digital signature is not valid here (chain_untrusted)" in err, err
    assert run(capsys, "--home", region, "trust", "import", str(pki["root"]))[0] == 0
    assert run(capsys, "--home", region, "trust", "test-roots", "on")[0] == 0
    code, _, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "import", str(foreign))
    assert code == 2 and f"BIN {OTHER_BIN}" in err, err
    code, out, err = run(capsys, "--home", region, "consolidate", "import", str(good), "--json")
    assert code == 0, err
    assert json.loads(out)[0]["total"] == 5
    code, out, _ = run(capsys, "--home", region, "consolidate", "packages")
    assert [p["signature"] for p in json.loads(out)] == ["eds-cms"]
    # one flipped byte of the signed part breaks the EDS too
    data = bytearray(good.read_bytes())
    data[40] ^= 0x01
    (tmp_path / "flipped.akstat").write_bytes(bytes(data))
    assert run(capsys, "--home", region, "consolidate", "import", str(tmp_path / "flipped.akstat"))[0] == 2


def test_a_wrong_key_password_refuses_to_sign_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], pki: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AKIMAT_DESK_P12_PASSWORD", "wrong")
    office = tmp_path / "office"
    district(capsys, office, "351010000", "Абай", {"picket": 1})
    out = tmp_path / "p.akstat"
    code, _, err = run(
        capsys,
        "--home",
        str(office),
        "--lang",
        "en",
        "report-up",
        *YEAR,
        "--eds-p12",
        str(pki["akimat"]),
        "--out",
        str(out),
    )
    assert code == 2 and "--eds-p12" in err and "wrong_password" in err
    assert not out.exists()
