"""The command line once users exist: the first administrator, --user with the password from the environment,
roles refused, the PostgreSQL password taken from the keyring for --db."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from akimat_desk.security.secrets import MemorySecretStore, database_password_name
from akimat_desk.services.kernel.opening import with_stored_password
from tests.conftest import EXAMPLES


def test_users_on_the_command_line(tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    home = ["--home", str(tmp_path / "home"), "--lang", "en"]
    assert main(["users", "status", *home]) == 0
    assert "Single-clerk mode" in capsys.readouterr().out
    monkeypatch.setenv("AKIMAT_DESK_NEW_PASSWORD", "boss-password-1")
    assert main(["users", "add", "boss", "--role", "administrator", *home]) == 0
    assert main(["list", *home]) == 2
    assert "give --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("AKIMAT_DESK_PASSWORD", "boss-password-1")
    monkeypatch.setenv("AKIMAT_DESK_NEW_PASSWORD", "viewer-password-1")
    assert main(["users", "add", "vera", "--role", "viewer", "--user", "boss", *home]) == 0
    monkeypatch.setenv("AKIMAT_DESK_PASSWORD", "viewer-password-1")
    assert main(["list", "--user", "vera", *home]) == 0
    capsys.readouterr()
    assert main(["register", str(EXAMPLES / "picket.json"), "--user", "vera", *home]) == 2
    assert "vera may not do this (register)" in capsys.readouterr().err
    monkeypatch.setenv("AKIMAT_DESK_PASSWORD", "boss-password-1")
    assert main(["register", str(EXAMPLES / "picket.json"), "--user", "boss", *home]) == 0
    assert main(["show", "01-2026/0001", "--json", "--user", "boss", *home]) == 0
    assert '"actor": "boss"' in capsys.readouterr().out
    monkeypatch.setenv("AKIMAT_DESK_PASSWORD", "nope-nope-nope")
    assert main(["list", "--user", "boss", *home]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err


def test_the_server_password_comes_from_the_keyring() -> None:
    store = MemorySecretStore()
    url = "postgresql+psycopg://akimat@db.akimat.local:5432/register"
    assert with_stored_password(url, store) == url
    store.set(database_password_name("akimat", "db.akimat.local", 5432, "register"), "s3cret")
    assert with_stored_password(url, store) == "postgresql+psycopg://akimat:s3cret@db.akimat.local:5432/register"
    explicit = "postgresql+psycopg://akimat:given@db.akimat.local/register"
    assert with_stored_password(explicit, store) == explicit
