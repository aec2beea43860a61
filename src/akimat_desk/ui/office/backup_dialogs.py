"""Backups from the window (issue 9): "Back up now", "Restore from a backup", the backup policy in settings
(folder, how many copies to keep, daily and on exit), the automatic copy when the window closes (with a progress
indicator), and the history-chain check run at start and after a restore.

Every copy is verified by the service (integrity and the history chains); a restore verifies the copy first,
keeps what it replaces in ``<home>/backups`` and then the window re-opens the register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.kernel.opening import OpenRegister, open_register
from akimat_desk.services.office.audit import AuditReport, break_message, verify_history
from akimat_desk.services.office.backup import (
    BackupPolicy,
    BackupResult,
    RestoreResult,
    automatic_backup,
    backup_register,
    load_policy,
    restore_register,
    save_policy,
)
from akimat_desk.services.office.chain_key import default_source
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import progress_dialog, task_text

translate = QCoreApplication.translate


def database_path(state: AppState) -> Path | None:
    """The SQLite file of the open register; None for a server register (backed up with pg_dump)."""
    url = state.ctx.uow.engine.url
    return Path(url.database) if url.drivername.startswith("sqlite") and url.database else None


def default_folder(state: AppState) -> Path:
    db = database_path(state)
    return (db.parent if db else Path.home()) / "backups"


def audit_warning(report: AuditReport, language: str) -> str:
    """The warning the window shows when a history chain is broken ('' when every chain is intact)."""
    if report.intact:
        return ""
    details = " ".join(break_message(c.first_break, language) for c in report.chains if c.first_break)
    return "⚠ " + translate(
        "Backup",
        "The history of this register was changed outside the application: %1 Work can go on; tell the "
        "administrator, who compares it with the last good backup.",
    ).replace("%1", details)


def history_check_failed(exc: BaseException, language: str) -> str:
    """The warning the window shows when the history check itself could not run."""
    return "⚠ " + translate(
        "Backup",
        "The history of this register could not be checked, so a change made outside the application would go "
        "unnoticed: %1",
    ).replace("%1", error_text(exc, language))


def check_history(state: AppState, done: Callable[[str], None]) -> None:
    """Check every history chain off the GUI thread; ``done`` gets the warning ('' when intact), also when
    the check itself failed."""
    ctx, lang = state.ctx, state.language
    state.maintenance.run(
        lambda: audit_warning(verify_history(ctx), lang),
        done,
        lambda exc: done(history_check_failed(exc, lang)),
        what=task_text("history"),
    )


def _progress(parent: QWidget | None, text: str) -> QProgressDialog:
    # no Cancel: a copy is atomic, it finishes (verified) or leaves nothing; shown if it lasts over 0.5 s
    return progress_dialog(parent, text, title=translate("Backup", "Backup"))


def backup_now(
    state: AppState,
    parent: QWidget | None,
    folder: Path | None = None,
    done: Callable[[BackupResult], None] | None = None,
) -> None:
    """A manual, verified copy into the policy's folder (or ``folder``)."""
    ctx = state.ctx
    target = folder or Path(load_policy(ctx).folder or default_folder(state))
    progress = _progress(parent, translate("Backup", "Copying and verifying the register…"))

    def finished(result: BackupResult) -> None:
        progress.close()
        if done is not None:
            done(result)

    def failed(exc: BaseException) -> None:
        progress.close()
        QMessageBox.warning(parent, translate("Backup", "Backup failed"), error_text(exc, state.language))

    state.runner.run(lambda: backup_register(ctx, target), finished, failed, what=task_text("backup"))


def backup_message(result: BackupResult) -> str:
    text = translate("Backup", "Backup saved and verified (integrity ok, history intact): %1").replace(
        "%1", str(result.path)
    )
    if result.removed:
        text += "\n" + translate("Backup", "Older copies removed by the retention rule: %1").replace(
            "%1", str(len(result.removed))
        )
    return text


@dataclass(frozen=True)
class Restored:
    """A restore that was done: the re-opened register (the caller closes it at exit) and what was kept."""

    register: OpenRegister
    result: RestoreResult


def restore(state: AppState, parent: QWidget | None, source: Path, ask: bool = True) -> Restored | None:
    """Confirm, restore ``source`` over the open register (keeping a copy of it), re-open the register and point
    ``state`` at it (every part of the register changed). None when not done."""
    if ask:
        answer = QMessageBox.question(
            parent,
            translate("Backup", "Restore from a backup"),
            translate(
                "Backup",
                "Replace the whole register with the copy %1? What it holds now is kept as a "
                "'before-restore' copy in the backups folder.",
            ).replace("%1", source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    ctx, db = state.ctx, database_path(state)
    if db is None:
        return None
    progress = _progress(parent, translate("Backup", "Verifying the copy and restoring…"))
    key = ctx.uow.engine.url.password
    outcome: dict[str, Any] = {}

    def work() -> tuple[RestoreResult, OpenRegister]:
        result = restore_register(ctx, source, db.parent / "backups")
        principal = ctx.principal if ctx.principal is not None and not ctx.principal.single_clerk else None
        reopened = open_register(
            db, db.parent / "backups", ctx.actor, key=key, principal=principal, chain_keys=default_source(db)
        )
        return result, reopened

    state.runner.run(
        work, lambda r: outcome.update(done=r), lambda e: outcome.update(error=e), what=task_text("restore")
    )
    state.runner.wait_idle()
    progress.close()
    if "error" in outcome:
        QMessageBox.warning(parent, translate("Backup", "Restore failed"), error_text(outcome["error"], state.language))
        return None
    result, reopened = outcome["done"]
    assert isinstance(reopened, OpenRegister)
    state.ctx = replace(reopened.context, clock=ctx.clock)
    # Not a use case's report, on purpose: the window now shows another register (the restored copy), so every
    # filing, the list, the settings and the calendar the pages show may differ; each page must reload all it has.
    state.apply(Changes.FILING | Changes.REGISTER | Changes.SETTINGS | Changes.CALENDAR)
    return Restored(reopened, result)


def exit_backup(state: AppState, parent: QWidget | None) -> BackupResult | None:
    """The automatic copy when the window closes (policy "on exit"), with a progress indicator; a failure is
    reported and does not keep the window open."""
    if database_path(state) is None:
        return None
    ctx, folder = state.ctx, default_folder(state)
    progress = _progress(parent, translate("Backup", "Making the automatic backup before closing…"))
    outcome: dict[str, Any] = {}
    state.runner.run(
        lambda: automatic_backup(ctx, folder, "exit"),
        lambda r: outcome.update(done=r),
        lambda e: outcome.update(error=e),
        what=task_text("backup"),
    )
    state.runner.wait_idle()
    progress.close()
    if "error" in outcome:
        QMessageBox.warning(parent, translate("Backup", "Backup failed"), error_text(outcome["error"], state.language))
        return None
    result: BackupResult | None = outcome.get("done")
    return result


def daily_backup_failed(exc: BaseException, language: str) -> str:
    """The warning the window shows when the automatic daily copy could not be made."""
    return "⚠ " + translate(
        "Backup", "Today's automatic backup was not made: %1 Make a copy with File > Back up now."
    ).replace("%1", error_text(exc, language))


def daily_backup(state: AppState, failed: Callable[[str], None]) -> None:
    """At start: a copy when the last one is a day old (policy "daily"), in the background; ``failed`` gets
    the warning when the copy could not be made."""
    if database_path(state) is None:
        return
    ctx, folder, lang = state.ctx, default_folder(state), state.language
    state.maintenance.run(
        lambda: automatic_backup(ctx, folder, "daily"),
        None,
        lambda exc: failed(daily_backup_failed(exc, lang)),
        what=task_text("backup"),
    )


class BackupPolicyBox(QGroupBox):
    """The backup policy in the settings page (administrator): folder, copies kept, daily, on exit."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.folder = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 1000)
        self.daily, self.on_exit = QCheckBox(self), QCheckBox(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.folder_label, self.keep_label = QLabel(self), QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.folder_label, row)
        form.addRow(self.keep_label, self.keep)
        form.addRow(self.daily)
        form.addRow(self.on_exit)
        form.addRow(self.save_button, self.message)
        self.retranslate_ui()
        self.setVisible(state.ctx.user.may(Permission.BACKUP) and database_path(state) is not None)
        self.load()

    def load(self) -> None:
        ctx = self.state.ctx
        self.state.runner.run(lambda: load_policy(ctx), self._show, lambda _e: None)

    def _show(self, policy: BackupPolicy) -> None:
        self.folder.setText(policy.folder)
        self.folder.setPlaceholderText(str(default_folder(self.state)))
        self.keep.setValue(policy.keep)
        self.daily.setChecked(policy.daily)
        self.on_exit.setChecked(policy.on_exit)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        ctx = self.state.ctx
        policy = BackupPolicy(
            self.folder.text().strip(), self.keep.value(), self.daily.isChecked(), self.on_exit.isChecked()
        )

        def saved(_p: BackupPolicy) -> None:
            self.message.setStyleSheet("color: #2e7d32")
            self.message.setText(self.tr("Saved."))

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color: #c62828")
            self.message.setText(error_text(exc, self.state.language))

        self.state.runner.run(lambda: save_policy(ctx, policy), saved, failed)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups (verified copies of the register)"))
        self.folder_label.setText(self.tr("Backup &folder (a USB disk or a network share):"))
        self.folder_label.setBuddy(self.folder)
        self.keep_label.setText(self.tr("Copies to &keep:"))
        self.keep_label.setBuddy(self.keep)
        self.browse.setText(self.tr("Browse…"))
        self.daily.setText(self.tr("A copy every day (at start, when the last one is a day old)"))
        self.on_exit.setText(self.tr("A copy when the window closes"))
        self.save_button.setText(self.tr("Save backup settings"))

    def changeEvent(self, event: Any) -> None:  # the group follows a language switch like the rest (issue 22)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
