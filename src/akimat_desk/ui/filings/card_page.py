"""The filing card: all data, legal checks with citations, deadlines with countdown and the days counted,
attachments (open, save as, add), history, and the actions allowed in the current status."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.statuses import Status
from akimat_desk.services.deadlines import acknowledge_deadline_changes
from akimat_desk.services.filings.attachments import attach_file, read_attachment
from akimat_desk.services.filings.card_view import FilingCard, filing_card
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.filings.card_html import checks_html, content_html, deadlines_html
from akimat_desk.ui.filings.card_models import AttachmentsModel, ExplainModel, HistoryModel
from akimat_desk.ui.router import CardTabSpec, W
from akimat_desk.ui.state import AppState, ChangeReport
from akimat_desk.ui.widgets.countdown import countdown_icon, countdown_text
from akimat_desk.ui.widgets.layouts import button_row
from akimat_desk.ui.widgets.retranslated import Retranslated
from akimat_desk.ui.widgets.tables import record_table


@dataclass
class _PluggedTab:
    widget: QWidget
    title: Callable[[], str]
    show_card: Callable[[FilingCard], None]


class CardView(Retranslated, QWidget):
    """Shows one filing; ``show_filing(id)`` loads it in the background."""

    changed = Signal(int)  # filing id after an action

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.card: FilingCard | None = None
        self.filing_id: int | None = None
        self.history_model, self.attachments_model, self.explain_model = (
            HistoryModel(self),
            AttachmentsModel(self),
            ExplainModel(self),
        )
        self._plugged_tabs: list[_PluggedTab] = []
        self._card_listeners: list[Callable[[FilingCard], None]] = []
        self._build()
        from akimat_desk.ui.places import install_checks_panel  # issue 8: checks with articles

        self.checks_panel = install_checks_panel(self)
        from akimat_desk.ui.decisions import install_decision_tabs  # issues 6, 7

        self.decision_tabs = install_decision_tabs(self)
        from akimat_desk.ui.deadlines import install_timeline  # issue 22: the legal clock

        self.timeline = install_timeline(self)
        self.retranslate_ui()
        state.changes_applied.connect(self._on_changes)

    def _build(self) -> None:
        self.number = QLabel(self)
        self.number.setObjectName("card_number")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.number.setFont(big)
        self.summary, self.countdown_icon, self.countdown_label = QLabel(self), QLabel(self), QLabel(self)
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.summary, 1)
        head.addWidget(self.countdown_icon)
        head.addWidget(self.countdown_label)
        self.correct_button, self.status_button, self.withdraw_button = (QPushButton(self) for _ in range(3))
        self.ack_button, self.attach_button, self.print_button = (QPushButton(self) for _ in range(3))
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.correct_button.clicked.connect(self.correct)
        self.withdraw_button.clicked.connect(lambda: self.change_status(Status.WITHDRAWN))
        self.ack_button.clicked.connect(self.acknowledge)
        self.attach_button.clicked.connect(self.add_attachment)
        self.print_button.clicked.connect(self.print_card)
        actions = button_row(
            self.correct_button,
            self.status_button,
            self.withdraw_button,
            self.ack_button,
            self.attach_button,
            self.print_button,
        )
        self.tabs = QTabWidget(self)
        self.content, self.checks, self.deadlines = QTextBrowser(self), QTextBrowser(self), QTextBrowser(self)
        self.explain_table = record_table(self, self.explain_model, wrap=True)
        self.explain_label = QLabel(self)
        deadline_page = QWidget(self)
        dl = QVBoxLayout(deadline_page)
        self._deadlines_layout = dl
        dl.addWidget(self.deadlines, 1)
        dl.addWidget(self.explain_label)
        dl.addWidget(self.explain_table, 2)
        self.attachments_table = record_table(self, self.attachments_model, wrap=True)
        self.attachments_table.activated.connect(lambda _i: self.open_attachment())
        self.open_button, self.save_button = QPushButton(self), QPushButton(self)
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button.clicked.connect(self.save_attachment)
        attach_page = QWidget(self)
        al = QVBoxLayout(attach_page)
        al.addWidget(self.attachments_table)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        al.addLayout(row)
        self.history_table = record_table(self, self.history_model, wrap=True)
        checks_page = QWidget(self)
        self._checks_layout = QVBoxLayout(checks_page)
        self._checks_layout.setContentsMargins(0, 0, 0, 0)
        self._checks_layout.addWidget(self.checks, 1)
        for page in (self.content, checks_page, deadline_page, attach_page, self.history_table):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------ plug points (CardPlugPoints)
    def add_tab(self, spec: CardTabSpec[W]) -> W:
        """Add a tab after the card's own tabs (see ``ui/router.py``); returns its widget."""
        widget = spec.factory()
        self.tabs.addTab(widget, spec.title())
        tabs = self.tabs

        def show_card(card: FilingCard) -> None:
            shown = spec.visible(card) if spec.visible is not None else True
            tabs.setTabVisible(tabs.indexOf(widget), shown)
            if shown and spec.on_card is not None:
                spec.on_card(widget, card)

        self._plugged_tabs.append(_PluggedTab(widget, spec.title, show_card))
        if spec.visible is not None:
            tabs.setTabVisible(tabs.indexOf(widget), False)  # until a card says otherwise
        return widget

    def add_checks_section(self, widget: W, on_card: Callable[[W, FilingCard], None]) -> W:
        """Put ``widget`` under the checks text of the Checks tab; ``on_card`` runs for each loaded card."""
        self._checks_layout.addWidget(widget, 2)
        self._card_listeners.append(lambda card: on_card(widget, card))
        return widget

    def add_deadlines_section(self, widget: W, on_card: Callable[[W, FilingCard], None]) -> W:
        """Put ``widget`` at the top of the Deadlines tab; ``on_card`` runs for each loaded card."""
        self._deadlines_layout.insertWidget(0, widget)
        self._card_listeners.append(lambda card: on_card(widget, card))
        return widget

    def retitle_tabs(self) -> None:
        """The plugged tabs' titles in the current language."""
        for tab in self._plugged_tabs:
            self.tabs.setTabText(self.tabs.indexOf(tab.widget), tab.title())

    # ------------------------------------------------------------ loading
    def show_filing(self, filing_id: int) -> None:
        self.filing_id = filing_id
        ctx, lang = self.state.ctx, self.state.language
        self.state.runner.run(lambda: filing_card(ctx, filing_id, lang), self._loaded, self._failed)

    def reload(self) -> None:
        if self.filing_id is not None:
            self.show_filing(self.filing_id)

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.ui.errors import show_error

        show_error(self, exc, self.state.language)

    def _loaded(self, card: FilingCard) -> None:
        if card.filing.id != self.filing_id:
            return
        self.card = card
        tz = self.state.ctx.settings.tz
        for model in (self.history_model, self.attachments_model, self.explain_model):
            model.language, model.tz = self.state.language, tz
        self.history_model.set_items(card.filing.history)
        self.attachments_model.set_items(card.attachments)
        self.explain_model.set_items(card.review_explain)
        for listener in self._card_listeners:
            listener(card)
        for tab in self._plugged_tabs:
            tab.show_card(card)
        self.history_table.resizeColumnsToContents()
        self.explain_table.resizeColumnsToContents()
        self._render()

    def _render(self) -> None:
        card, lang = self.card, self.state.language
        if card is None:
            return
        f = card.filing
        self.number.setText(f.incoming_number)
        status = message(f"status.{f.status}", lang)
        if f.outcome:
            status += f" ({message(f'outcome.{f.outcome}', lang)})"
        received = f.received_at.astimezone(self.state.ctx.settings.tz).strftime("%d.%m.%Y %H:%M")
        self.summary.setText(
            f"<b>{message(f'form.{f.form}', lang)}</b> · {message(f'kind.{f.kind}', lang)} · "
            f"{message(f'channel.{f.channel}', lang)} · {f.organizer_name}<br>"
            + self.tr("Received %1, registered %2 · status: %3")
            .replace("%1", received)
            .replace("%2", f"{f.registered_on:%d.%m.%Y}")
            .replace("%3", status)
        )
        self.refresh_countdown()
        self.content.setHtml(content_html(card, lang))
        self.checks.setHtml(checks_html(card, lang))
        self.deadlines.setHtml(deadlines_html(card, lang))
        self._update_actions()

    def refresh_countdown(self) -> None:
        """Recompute the countdown line from the stored deadline (timer tick, no database work)."""
        card = self.card
        if card is None:
            return
        from akimat_desk.services.deadlines import clock_for

        clock = clock_for(self.state.ctx, card.filing, card.clock.deadlines, card.calendar)
        c = clock.countdown
        self.countdown_icon.setPixmap(countdown_icon(c.state if c else None).pixmap(16, 16))
        self.countdown_label.setText(countdown_text(c))

    def _update_actions(self) -> None:
        card, lang = self.card, self.state.language
        self.status_menu.clear()
        allowed = [s for s in card.allowed if s is not Status.WITHDRAWN] if card else []
        for status in allowed:
            action = self.status_menu.addAction(message(f"status.{status}", lang))
            action.triggered.connect(lambda _c=False, s=status: self.change_status(s))
        self.status_button.setEnabled(bool(allowed))
        self.withdraw_button.setEnabled(bool(card and Status.WITHDRAWN in card.allowed))
        moved = bool(card and any(d.needs_acknowledgement for d in card.clock.deadlines))
        self.ack_button.setVisible(moved)
        for b in (self.correct_button, self.attach_button, self.print_button):
            b.setEnabled(card is not None)

    # ------------------------------------------------------------ actions
    def correct(self) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.filings.correction_dialog import CorrectionDialog

        CorrectionDialog(self.state, self.card.filing, self).exec()

    def change_status(self, status: Status) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.filings.status_dialog import StatusDialog

        StatusDialog(self.state, self.card.filing, status, self).exec()

    def acknowledge(self) -> None:
        if self.card is None:
            return
        ctx, fid = self.state.ctx, self.card.filing.id
        self.state.runner.run(lambda: acknowledge_deadline_changes(ctx, fid), self._after_change, self._failed)

    def add_attachment(self) -> None:
        if self.card is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr(
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)"  # noqa: E501 (a translated source string)
            ),
        )
        ctx, fid = self.state.ctx, self.card.filing.id
        for path in paths:
            work = functools.partial(attach_file, ctx, fid, Path(path))
            self.state.runner.run(work, self._after_change, self._failed)

    def _selected_attachment(self) -> Any:
        rows = self.attachments_table.selectionModel().selectedRows()
        if not rows and self.attachments_model.rowCount() == 1:
            return self.attachments_model.item(0)
        return self.attachments_model.item(rows[0].row()) if rows else None

    def open_attachment(self) -> None:
        info = self._selected_attachment()
        if info is None:
            return
        ctx = self.state.ctx

        def opened(result: Any) -> None:
            target = Path(tempfile.mkdtemp(prefix="akimat-")) / result[0].name
            target.write_bytes(result[1])
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        self.state.runner.run(lambda: read_attachment(ctx, info.id), opened, self._failed)

    def save_attachment(self) -> None:
        info = self._selected_attachment()
        if info is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), info.name)
        if not path:
            return
        ctx = self.state.ctx

        def write(result: Any) -> None:
            try:
                Path(path).write_bytes(result[1])
            except OSError as exc:
                self._failed(exc)

        self.state.runner.run(lambda: read_attachment(ctx, info.id), write, self._failed)

    def card_document(self) -> QTextDocument:
        """The card as a printable document (header, content items, checks, deadlines)."""
        doc = QTextDocument(self)
        card, lang = self.card, self.state.language
        if card is not None:
            head = f"<h2>{card.filing.incoming_number}</h2><p>{self.summary.text()}</p>"
            doc.setHtml(head + content_html(card, lang) + checks_html(card, lang) + deadlines_html(card, lang))
        return doc

    def print_letter_or_card(self) -> None:
        """Ctrl+P: the letter selected in "Decisions and letters" (the newest unless the clerk chose another)
        if the filing has one, else the card."""
        if self.decision_tabs.decisions.has_letter():
            self.decision_tabs.decisions.print_selected_letter()
        else:
            self.print_card()

    def print_card(self) -> None:
        if self.card is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.card_document().print_(printer)

    def _after_change(self, result: ChangeReport) -> None:
        self.state.apply_result(result)

    def _on_changes(self, changes: Changes) -> None:
        if changes & (Changes.FILING | Changes.CALENDAR | Changes.SETTINGS):
            self.reload()

    # ------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.correct_button.setText(self.tr("&Correct…"))
        self.status_button.setText(self.tr("Change &status"))
        self.withdraw_button.setText(self.tr("&Withdrawn by organizer…"))
        self.ack_button.setText(self.tr("&Acknowledge moved deadline"))
        self.attach_button.setText(self.tr("Attac&h file…"))
        self.print_button.setText(self.tr("&Print card…"))
        self.open_button.setText(self.tr("&Open"))
        self.save_button.setText(self.tr("Save &as…"))
        self.explain_label.setText(self.tr("Days counted for the review period (explain):"))
        titles = (
            self.tr("Content"),
            self.tr("Checks"),
            self.tr("Deadlines"),
            self.tr("Attachments"),
            self.tr("History"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.retitle_tabs()
        if self.card is None:
            self.number.setText(self.tr("No filing open"))
            self.summary.setText(self.tr("Open a filing from Today or the register (Enter or double-click)."))
        self._render()
