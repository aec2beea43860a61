"""Users (issue 9): the administrator adds accounts with a role, resets a forgotten password, unlocks a locked
account, changes roles, disables and enables; everyone logged in changes their own password. In single-clerk
mode the page says so plainly and offers to create the first administrator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from akimat_desk.security.roles import Permission, Role
from akimat_desk.services.office import users as svc
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.places import UsersModel
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.fields_dialog import Field, FieldsDialog
from akimat_desk.ui.widgets.layouts import button_row
from akimat_desk.ui.widgets.retranslated import Retranslated


def _same(values: dict[str, Any], first: str, second: str) -> str:
    return str(values[first])


def _then(fn: Any, *args: Any) -> bool:
    """Run a service that returns nothing; True tells the dialog it was accepted."""
    fn(*args)
    return True


def _twice(dialog: FieldsDialog) -> FieldsDialog:
    """The new password must be typed the same twice (checked before the service is called)."""

    def check(values: dict[str, Any]) -> str | None:
        if values["password"] != values["again"]:
            return QCoreApplication.translate("UsersView", "The two new passwords differ; type them again.")
        return None

    dialog.validate = check
    return dialog


class UsersView(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = UsersModel(self)
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.add_button, self.reset_button, self.unlock_button = (QPushButton(self) for _ in range(3))
        self.roles_button, self.disable_button, self.passwd_button = (QPushButton(self) for _ in range(3))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.roles_button.clicked.connect(self.change_roles)
        self.disable_button.clicked.connect(self.toggle_active)
        self.passwd_button.clicked.connect(self.change_own_password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = button_row(
            self.add_button,
            self.reset_button,
            self.unlock_button,
            self.roles_button,
            self.disable_button,
            self.passwd_button,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    # ------------------------------------------------------------ state
    def single_clerk(self) -> bool:
        return self.state.ctx.principal is None or self.state.ctx.user.single_clerk

    def apply_permissions(self) -> None:
        admin = self.state.ctx.user.may(Permission.MANAGE_USERS)
        for b in (self.reset_button, self.unlock_button, self.roles_button, self.disable_button):
            b.setVisible(admin and not self.single_clerk())
        self.add_button.setVisible(admin)
        self.passwd_button.setVisible(not self.single_clerk())
        self.table.setVisible(admin and not self.single_clerk())

    def reload(self) -> None:
        self.apply_permissions()
        if self.single_clerk() or not self.state.ctx.user.may(Permission.MANAGE_USERS):
            self.model.set_items([])
            return
        ctx = self.state.ctx
        self.state.runner.run(lambda: svc.list_users(ctx), self._loaded, self._failed)

    def _loaded(self, users: list[Any]) -> None:
        self.model.now = self.state.ctx.clock
        self.model.set_items(users)
        self.table.resizeColumnsToContents()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #c62828")
        self.message.setText(error_text(exc, self.state.language))

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(text)
        self.reload()

    def selected(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).name if index.isValid() else None

    # ------------------------------------------------------------ actions
    def _roles(self) -> list[tuple[str, str]]:
        names = {
            Role.REGISTRAR: self.tr("registrar"),
            Role.EXECUTOR: self.tr("executor"),
            Role.SIGNATORY: self.tr("signatory"),
            Role.ADMINISTRATOR: self.tr("administrator"),
            Role.VIEWER: self.tr("viewer (read only)"),
        }
        return [(r.value, names[r]) for r in Role]

    def add_user_dialog(self) -> FieldsDialog:
        ctx = self.state.ctx
        first = self.single_clerk()
        fields = [
            Field("name", self.tr("User name (latin or Cyrillic letters):")),
            Field("full_name", self.tr("Full name:")),
            Field("role", self.tr("Role:"), "choice", "administrator" if first else "registrar", self._roles()),
            Field("password", self.tr("Password (at least 8 characters):"), "password"),
            Field("again", self.tr("Password again:"), "password"),
        ]

        def submit(v: dict[str, Any]) -> Any:
            return svc.add_user(ctx, v["name"], [v["role"]], _same(v, "password", "again"), v["full_name"])

        title = self.tr("Create the first administrator") if first else self.tr("Add a user")
        return _twice(FieldsDialog(self.state, title, fields, submit, self))

    def add_user(self) -> None:
        dialog = self.add_user_dialog()
        if dialog.exec() and dialog.result_value is not None:
            text = self.tr("User %1 added.").replace("%1", dialog.result_value.name)
            if self.single_clerk():
                text += " " + self.tr("From the next start everyone logs in; single-clerk mode has ended.")
            self._done(text)

    def reset_password(self) -> None:
        name = self.selected()
        if name is None:
            return
        ctx = self.state.ctx
        fields = [
            Field("password", self.tr("New password:"), "password"),
            Field("again", self.tr("New password again:"), "password"),
        ]
        dialog = _twice(
            FieldsDialog(
                self.state,
                self.tr("Reset the password of %1").replace("%1", name),
                fields,
                lambda v: _then(svc.reset_password, ctx, name, _same(v, "password", "again")),
                self,
            )
        )
        if dialog.exec():
            self._done(self.tr("Password of %1 reset; the account is unlocked.").replace("%1", name))

    def unlock(self) -> None:
        name, ctx = self.selected(), self.state.ctx
        if name is not None:
            self.state.runner.run(
                lambda: svc.unlock_user(ctx, name),
                lambda _r: self._done(self.tr("%1 unlocked.").replace("%1", name)),
                self._failed,
            )

    def change_roles(self) -> None:
        name, ctx = self.selected(), self.state.ctx
        if name is None:
            return
        fields = [Field("role", self.tr("Role:"), "choice", "registrar", self._roles())]
        dialog = FieldsDialog(
            self.state,
            self.tr("Role of %1").replace("%1", name),
            fields,
            lambda v: svc.set_roles(ctx, name, [v["role"]]),
            self,
        )
        if dialog.exec():
            self._done(self.tr("Role of %1 changed.").replace("%1", name))

    def toggle_active(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        user, ctx = self.model.item(index.row()), self.state.ctx
        self.state.runner.run(
            lambda: svc.set_active(ctx, user.name, not user.active),
            lambda _r: self._done(self.tr("Saved.")),
            self._failed,
        )

    def change_own_password(self) -> None:
        ctx = self.state.ctx
        fields = [
            Field("old", self.tr("Current password:"), "password"),
            Field("password", self.tr("New password:"), "password"),
            Field("again", self.tr("New password again:"), "password"),
        ]
        dialog = _twice(
            FieldsDialog(
                self.state,
                self.tr("Change my password"),
                fields,
                lambda v: _then(svc.change_password, ctx, v["old"], _same(v, "password", "again")),
                self,
            )
        )
        if dialog.exec():
            self._done(self.tr("Your password was changed."))

    # ------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        self.retranslate_ui()
        self.model.set_language(language)

    def retranslate_ui(self) -> None:
        if self.single_clerk():
            self.mode_label.setText(
                self.tr(
                    "Single-clerk mode: this register has no user accounts, so the computer's account (%1) is the clerk "  # noqa: E501 (a translated source string)
                    "and may do everything. Create the first administrator to require a login."
                ).replace("%1", self.state.ctx.actor)
            )
            self.add_button.setText(self.tr("Create the first &administrator…"))
        else:
            self.mode_label.setText(
                self.tr("Logged in as %1 (%2).")
                .replace("%1", self.state.ctx.user.name)
                .replace("%2", ", ".join(sorted(r.value for r in self.state.ctx.user.roles)))
            )
            self.add_button.setText(self.tr("&Add user…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.roles_button.setText(self.tr("Change &role…"))
        self.disable_button.setText(self.tr("Disable / enable"))
        self.passwd_button.setText(self.tr("Change &my password…"))
        self.apply_permissions()
