"""Login at start: a wrong password is refused, repeated failures lock the account (said plainly), the right
password opens the window acting as that user; single-clerk mode is stated; the Users page adds users and the
window hides what a role cannot do."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from akimat_desk.domain.errors import PermissionDenied
from akimat_desk.security.roles import Principal, Role
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.users import add_user, list_users, login
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.office.login_dialog import LoginDialog, open_and_log_in
from akimat_desk.ui.office.users_page import UsersView
from akimat_desk.ui.state import AppState
from tests.conftest import FIXED_NOW


def _login(qtbot: Any, ctx: Any, name: str, password: str) -> LoginDialog:
    dialog = LoginDialog(ctx, "en")
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    dialog.password.setText(password)
    dialog.try_login()
    return dialog


def test_login_refuses_a_wrong_password_locks_after_failures_and_opens_with_the_right_one(
    qtbot: Any, state: AppState
) -> None:
    ctx = state.ctx
    add_user(ctx, "boss", ["administrator"], "correct horse 1", "Әлия Сапарова")
    dialog = _login(qtbot, ctx, "boss", "wrong password")
    assert dialog.context is None and "Wrong user name or password" in dialog.message.text()
    assert dialog.password.text() == ""  # typed again, the name stays
    for _ in range(4):
        dialog.password.setText("wrong again")
        dialog.try_login()
    assert dialog.context is None and "locked" in dialog.message.text()
    dialog.password.setText("correct horse 1")  # locked: even the right password waits (or an administrator)
    dialog.try_login()
    assert dialog.context is None and "locked" in dialog.message.text()
    add_user(
        replace(ctx, principal=Principal("boss", frozenset({Role.ADMINISTRATOR}))),
        "anna",
        ["registrar"],
        "anna's password",
    )
    ok = _login(qtbot, ctx, "anna", "anna's password")
    assert ok.result() == 1 and ok.context is not None
    assert ok.context.user.name == "anna" and ok.context.user.roles == frozenset({Role.REGISTRAR})


def test_the_window_opens_with_the_logged_in_principal(qtbot: Any, tmp_path: Path, switcher: Any) -> None:
    home = tmp_path / "home"
    home.mkdir()
    reg = open_register(home / "register.db", home / "backups", actor="tester")
    add_user(reg.context, "boss", ["administrator"], "correct horse 1")
    add_user(
        replace(reg.context, principal=Principal("boss", frozenset({Role.ADMINISTRATOR}))),
        "anna",
        ["viewer"],
        "anna's password",
    )
    reg.close()
    asked: list[str] = []

    def ask_login(ctx: Any) -> Any:
        asked.append("login")
        return login(ctx, "anna", "anna's password")

    opened = open_and_log_in(None, home / "register.db", home / "backups", "en", ask_login=ask_login)
    assert opened is not None and asked == ["login"]
    assert opened.context.user.name == "anna" and opened.context.actor == "anna"
    from akimat_desk.ui.tasks import InlineRunner

    state = AppState(replace(opened.context, clock=lambda: FIXED_NOW), InlineRunner(), "en")
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.start()
    assert "logged in: anna (viewer)" in window.admin.status_mode.text()
    assert window.admin.places.add_button.isHidden() and not window.admin.backup_action.isVisible()
    assert not window.admin.import_action.isVisible()  # a viewer registers nothing
    window.admin.exit_backup_done = True  # no exit copy from this test
    opened.close()


def test_cancelled_login_opens_nothing(tmp_path: Path) -> None:
    reg = open_register(tmp_path / "register.db", tmp_path / "backups", actor="tester")
    add_user(reg.context, "boss", ["administrator"], "correct horse 1")
    reg.close()
    assert open_and_log_in(None, tmp_path / "register.db", tmp_path / "backups", "en", ask_login=lambda c: None) is None


def test_single_clerk_mode_is_said_plainly_and_the_first_administrator_is_created(
    qtbot: Any, state: AppState, switcher: Any
) -> None:
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.start()
    window.admin.exit_backup_done = True
    assert "single-clerk mode" in window.admin.status_mode.text()
    users = window.admin.users
    assert "Single-clerk mode" in users.mode_label.text()
    dialog = users.add_user_dialog()
    qtbot.addWidget(dialog)
    for key, value in {"name": "boss", "full_name": "Әлия", "password": "correct horse 1", "again": "typo"}.items():
        dialog.set_value(key, value)
    dialog.submit()
    assert "differ" in dialog.message.text() and dialog.result_value is None
    dialog.set_value("again", "correct horse 1")
    dialog.submit()
    assert dialog.result_value is not None and dialog.result_value.roles == ("administrator",)
    admin = replace(state.ctx, principal=Principal("boss", frozenset({Role.ADMINISTRATOR})))
    assert [u.name for u in list_users(admin)] == ["boss"]


def test_users_page_for_an_administrator_lists_and_unlocks(qtbot: Any, state: AppState) -> None:
    add_user(state.ctx, "boss", ["administrator"], "correct horse 1")
    state.ctx = replace(state.ctx, principal=Principal("boss", frozenset({Role.ADMINISTRATOR})))
    add_user(state.ctx, "anna", ["registrar"], "anna's password")
    for _ in range(5):
        with contextlib.suppress(PermissionDenied):
            login(state.ctx, "anna", "nope")
    page = UsersView(state)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 2
    row = [page.model.index(r, 0).data() for r in range(2)].index("anna")
    assert "LOCKED" in page.model.index(row, 3).data()
    page.table.selectRow(row)
    page.unlock()
    assert "unlocked" in page.message.text()
    assert page.model.index(row, 3).data() == "active"
