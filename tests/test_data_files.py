"""tests/data/ holds every file the suite needs, byte for byte as SHA256SUMS lists, and nothing unlisted."""

from __future__ import annotations

import hashlib

import pytest

from tests.datafiles import DATA, EDS, MissingTestData, data_path, eds_files, eds_path


def _listed() -> dict[str, str]:
    rows = (line.split(maxsplit=1) for line in (DATA / "SHA256SUMS").read_text("utf-8").splitlines() if line)
    return {name.strip(): digest for digest, name in rows}


def _sha256(name: str) -> str:
    return hashlib.sha256((DATA / name).read_bytes()).hexdigest()


def test_every_listed_file_is_there_with_its_digest() -> None:
    listed = _listed()
    assert len(listed) >= 60
    wrong = {name for name, digest in listed.items() if _sha256(name) != digest}
    assert wrong == set()


def test_no_data_file_is_unlisted() -> None:
    present = {p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file()}
    assert present - {"README.md", "SHA256SUMS"} == set(_listed())


def test_a_missing_file_fails_with_its_path_instead_of_skipping() -> None:
    with pytest.raises(MissingTestData, match=r"no-such-file\.cer"):
        eds_path("no-such-file.cer")
    with pytest.raises(MissingTestData, match="nothing-here"):
        eds_files("nothing-here", "*.p12")
    with pytest.raises(MissingTestData, match=r"tests/data/README\.md"):
        data_path(EDS, "ca-test-2018/missing.crt")
