"""The administrator's page of the register's trust store: root and intermediate certificates (subject,
validity, SHA-256, TEST or production), revocation lists, importing both, and the TEST-roots setting.
Shown only to users with MANAGE_TRUST; the services refuse anyone else anyway."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.decisions import CertificatesModel, CrlsModel
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.router import PageSpec, PlugPoints
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated

if TYPE_CHECKING:  # the trust store's service (and the signatures package under it) loads when first used,
    # not with the window: the page is built at start for an administrator, its data only when opened
    from akimat_desk.services.esign.trust_store import EsignSettings, ImportedCertificate, ImportedCrl
    from akimat_desk.storage.esign.repositories import StoredCertificate, StoredCrl


@dataclass(frozen=True)
class TrustState:
    certificates: tuple[StoredCertificate, ...]
    crls: tuple[StoredCrl, ...]
    settings: EsignSettings


def _table(parent: QWidget, model: Any) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def may_manage_trust(state: AppState) -> bool:
    return state.ctx.user.may(Permission.MANAGE_TRUST)


class TrustView(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.certificates_model, self.crls_model = CertificatesModel(self), CrlsModel(self)
        self.intro, self.certificates_title, self.crls_title = QLabel(self), QLabel(self), QLabel(self)
        self.intro.setWordWrap(True)
        self.certificates = _table(self, self.certificates_model)
        self.crls = _table(self, self.crls_model)
        self.import_cert_button, self.import_crl_button = QPushButton(self), QPushButton(self)
        self.import_cert_button.clicked.connect(self._choose_certificate)
        self.import_crl_button.clicked.connect(self._choose_crl)
        self.test_roots = QCheckBox(self)
        self.test_roots.clicked.connect(self._test_roots_clicked)
        self.test_warning = QLabel(self)
        self.test_warning.setWordWrap(True)
        self.test_warning.setStyleSheet("QLabel { background: #ffebee; color: #b71c1c; padding: 6px; }")
        self.status = QLabel(self)
        self.status.setObjectName("trust_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.certificates_title, 1)
        row.addWidget(self.import_cert_button)
        layout.addLayout(row)
        layout.addWidget(self.certificates, 2)
        row = QHBoxLayout()
        row.addWidget(self.crls_title, 1)
        row.addWidget(self.import_crl_button)
        layout.addLayout(row)
        layout.addWidget(self.crls, 1)
        layout.addWidget(self.test_roots)
        layout.addWidget(self.test_warning)
        layout.addWidget(self.status)
        self.retranslate_ui()
        allowed = may_manage_trust(state)
        for w in (self.import_cert_button, self.import_crl_button, self.test_roots):
            w.setEnabled(allowed)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        from akimat_desk.services.esign.trust_store import esign_settings, list_certificates, list_crls

        ctx = self.state.ctx

        def work() -> TrustState:
            return TrustState(tuple(list_certificates(ctx)), tuple(list_crls(ctx)), esign_settings(ctx))

        self.state.runner.run(work, self._loaded, self._failed)

    def _loaded(self, trust: TrustState) -> None:
        for model in (self.certificates_model, self.crls_model):
            model.language, model.tz = self.state.language, self.state.ctx.settings.tz
        self.certificates_model.set_items(trust.certificates)
        self.crls_model.set_items(trust.crls)
        self.certificates.resizeColumnsToContents()
        self.crls.resizeColumnsToContents()
        self.test_roots.setChecked(trust.settings.trust_test_roots)
        self.test_warning.setVisible(trust.settings.trust_test_roots)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("✖ " + error_text(exc, self.state.language))

    # ------------------------------------------------------------ import
    def _choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a root or intermediate certificate"),
            "",
            self.tr("Certificates (*.cer *.crt *.der *.pem);;All files (*)"),
        )
        if not path:
            return
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Expected SHA-256"),
            self.tr("The SHA-256 published by NCA RK (64 hex digits; leave empty to import without a pin):"),
        )
        if ok:
            self.import_certificate_file(Path(path), pin.strip() or None)

    def import_certificate_file(self, path: Path, pin: str | None = None) -> None:
        from akimat_desk.services.esign.trust_store import import_certificate

        ctx = self.state.ctx
        self.state.runner.run(
            lambda: import_certificate(ctx, path.read_bytes(), path.name, pin), self._certificate_imported, self._failed
        )

    def _certificate_imported(self, done: ImportedCertificate) -> None:
        c = done.certificate
        text = f"✔ {c.subject} · {message(f'esign.trust.{c.role}', self.state.language)} · SHA-256 {c.sha256}"
        if done.already_present:
            text += " · " + message("esign.trust.already_present", self.state.language)
        self.status.setText(text)
        self.state.apply_result(done)
        self.reload()

    def _choose_crl(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a revocation list (CRL)"), "", self.tr("Revocation lists (*.crl);;All files (*)")
        )
        if path:
            self.import_crl_file(Path(path))

    def import_crl_file(self, path: Path) -> None:
        from akimat_desk.services.esign.trust_store import import_crl

        ctx = self.state.ctx
        self.state.runner.run(lambda: import_crl(ctx, path.read_bytes(), path.name), self._crl_imported, self._failed)

    def _crl_imported(self, done: ImportedCrl) -> None:
        text = f"✔ {done.crl.issuer} · {done.crl.entries} · SHA-256 {done.crl.sha256}"
        if done.already_present:
            text += " · " + message("esign.trust.already_present", self.state.language)
        self.status.setText(text)
        self.reload()

    # ------------------------------------------------------------ TEST roots
    def _test_roots_clicked(self, on: bool) -> None:
        if on:
            answer = QMessageBox.warning(
                self,
                self.tr("Trust TEST roots?"),
                self.test_warning_text(),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.test_roots.setChecked(False)
                return
        self.set_test_roots(on)

    def set_test_roots(self, on: bool) -> None:
        from akimat_desk.services.esign.trust_store import set_trust_test_roots

        ctx = self.state.ctx

        def done(settings: EsignSettings) -> None:
            key = "esign.trust.test_roots_on" if settings.trust_test_roots else "esign.trust.test_roots_off"
            self.status.setText(message(key, self.state.language))
            self.reload()

        self.state.runner.run(lambda: set_trust_test_roots(ctx, on), done, self._failed)

    def test_warning_text(self) -> str:
        return self.tr(
            "TEST roots are for training registers only. While this is on, signatures made with NCA RK "
            "test keys count as trusted (each verdict notes it). NEVER turn it on in production."
        )

    # ------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Signatures are checked offline against these certificates and revocation lists "
                "only. Download them from the official NCA RK sites, compare the SHA-256 with "
                "the published value, then import."
            )
        )
        self.certificates_title.setText("<b>" + self.tr("Root and intermediate certificates") + "</b>")
        self.crls_title.setText("<b>" + self.tr("Revocation lists (CRL)") + "</b>")
        self.import_cert_button.setText(self.tr("Import a &certificate…"))
        self.import_crl_button.setText(self.tr("Import a C&RL…"))
        self.test_roots.setText(self.tr("Trust NCA RK &TEST roots (training only)"))
        self.test_warning.setText("⚠ " + self.test_warning_text())
        if not may_manage_trust(self.state):
            self.status.setText(self.tr("You may view the trust store; importing needs the administrator's role."))
        for model in (self.certificates_model, self.crls_model):
            model.language = self.state.language
            model.refresh_texts()


def install_trust_page(window: PlugPoints) -> TrustView | None:
    """Plug the trust page into ``window`` for users who may manage trust; None otherwise."""
    if not may_manage_trust(window.state):
        return None
    state = window.state
    return window.router.add(
        PageSpec(
            key="trust",
            title=lambda: QCoreApplication.translate("TrustView", "Trust: roots and CRLs"),
            factory=lambda: TrustView(state),
            on_shown=TrustView.reload,
        )
    )
