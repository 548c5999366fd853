"""The settings tab "Sinkronisasi": how this desk reaches SP4N-LAPOR! (IT staff only).

The API key and token are never shown back: their boxes start empty, and left empty they keep
the stored ones; the tab says only where those are kept (the system's credential store or the
encrypted file). A refused setting is worded beside its field and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.field import FieldWithMessage, add_form_row

if TYPE_CHECKING:
    from desktop.services.sync_config import ConfigProblem, SyncConfig
    from desktop.services.sync_credentials import ApiCredentials, CredentialPlace
    from sync.desk import NationalSync

# Wider than the allowed 5..1440 on purpose, as on the time limits tab: a mistyped interval
# stays in its box with a message beside it.
_INTERVAL_SPIN = (0, 9999)
TRAINING_URL_HINT = "http://127.0.0.1:8765"


def problem_text(problem: ConfigProblem) -> str:
    """What is wrong with a setting and how to put it right."""
    from desktop.services.sync_config import ConfigProblemCode as Code

    if problem.code is Code.OUT_OF_RANGE:
        low, high = f"{problem.minimum:g}", f"{problem.maximum:g}"
        text = (
            QCoreApplication.translate("SyncSettingsTab", "Between %1 and %2 minutes.")
            if problem.field == "interval_minutes"
            else QCoreApplication.translate("SyncSettingsTab", "Between %1 and %2 seconds.")
        )
        return text.replace("%1", low).replace("%2", high)
    return {
        Code.MISSING: QCoreApplication.translate(
            "SyncSettingsTab",
            "Write the address of the LAPOR! API, e.g. https://api.lapor.go.id/v3.",
        ),
        Code.NOT_HTTP_URL: QCoreApplication.translate(
            "SyncSettingsTab",
            "Not an address: write it as https://host/path, without a user name or query.",
        ),
        Code.HTTPS_REQUIRED: QCoreApplication.translate(
            "SyncSettingsTab",
            "Only https:// is allowed: plain http:// would send the complaints unencrypted. "
            "http:// is accepted only for the training hub on this computer (127.0.0.1).",
        ),
        Code.RELATIVE_PATH: QCoreApplication.translate(
            "SyncSettingsTab", "Give the file's full path (choose it with Browse)."
        ),
        Code.FILE_NOT_FOUND: QCoreApplication.translate(
            "SyncSettingsTab", "The file cannot be found or read."
        ),
        Code.NOT_PEM_CERTIFICATE: QCoreApplication.translate(
            "SyncSettingsTab", "The file holds no PEM certificate (-----BEGIN CERTIFICATE-----)."
        ),
        Code.MALFORMED_URL: QCoreApplication.translate(
            "SyncSettingsTab",
            "Write the proxy as http://host:port (user:password@ may come before the host).",
        ),
    }.get(problem.code, problem.code.value)


def place_text(place: CredentialPlace | None) -> str:
    if place is None:
        return QCoreApplication.translate(
            "SyncSettingsTab", "No API key and token are stored on this computer yet."
        )
    if place.value == "keyring":
        return QCoreApplication.translate(
            "SyncSettingsTab", "The API key and token are kept in the system's credential store."
        )
    return QCoreApplication.translate(
        "SyncSettingsTab", "The API key and token are kept in an encrypted file in the data folder."
    )


class SyncSettingsTab(QWidget):
    """Signals:
    loaded(): the current settings are in the fields (read in the background).
    """

    loaded = Signal()

    def __init__(self, national_sync: NationalSync, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._sync = national_sync
        self._config: SyncConfig | None = None
        self._has_credentials = False
        self._shown_proxy = ""
        self.enabled = QCheckBox(
            QCoreApplication.translate("SyncSettingsTab", "&Send complaints to SP4N-LAPOR!"), self
        )
        self.training = QCheckBox(
            QCoreApplication.translate(
                "SyncSettingsTab", "T&raining mode (a sandbox hub, not the real LAPOR!)"
            ),
            self,
        )
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText("https://…/api/v3")
        self.ca_bundle = QLineEdit(self)
        self.ca_bundle.setPlaceholderText(
            QCoreApplication.translate("SyncSettingsTab", "empty: the system's certificates")
        )
        browse = QPushButton(QCoreApplication.translate("SyncSettingsTab", "&Browse…"), self)
        browse.clicked.connect(self._choose_ca_bundle)
        ca_row = QWidget(self)
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_bundle, 1)
        ca_layout.addWidget(browse)
        ca_row.setFocusProxy(self.ca_bundle)
        self.proxy = QLineEdit(self)
        self.proxy.setPlaceholderText(
            QCoreApplication.translate(
                "SyncSettingsTab", "empty: no proxy; e.g. http://proxy.kantor:3128"
            )
        )
        self.interval = QSpinBox(self)
        self.interval.setRange(*_INTERVAL_SPIN)
        self.interval.setSuffix(QCoreApplication.translate("SyncSettingsTab", " min"))
        self.interval.setMaximumWidth(self.interval.sizeHint().width() + 40)
        self.api_key = QLineEdit(self)
        self.api_token = QLineEdit(self)
        for secret in (self.api_key, self.api_token):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(
                QCoreApplication.translate("SyncSettingsTab", "empty: keep the stored one")
            )
        self.credentials_place = QLabel(self)
        self.credentials_place.setWordWrap(True)
        self.fields = {
            "base_url": FieldWithMessage(self.base_url, self),
            "ca_bundle": FieldWithMessage(ca_row, self),
            "proxy": FieldWithMessage(self.proxy, self),
            "interval_minutes": FieldWithMessage(self.interval, self),
            "api_key": FieldWithMessage(self.api_key, self),
            "api_token": FieldWithMessage(self.api_token, self),
        }
        self.other_problems = QLabel(self)
        self.other_problems.setStyleSheet("color: #b71c1c;")
        self.other_problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow("", self.enabled)
        add_form_row(
            form,
            QCoreApplication.translate("SyncSettingsTab", "LAPOR! API &address"),
            self.fields["base_url"],
        )
        form.addRow("", self.training)
        add_form_row(
            form,
            QCoreApplication.translate("SyncSettingsTab", "&CA certificates (PEM)"),
            self.fields["ca_bundle"],
        )
        add_form_row(
            form, QCoreApplication.translate("SyncSettingsTab", "Pro&xy"), self.fields["proxy"]
        )
        add_form_row(
            form,
            QCoreApplication.translate("SyncSettingsTab", "Send &every"),
            self.fields["interval_minutes"],
        )
        add_form_row(
            form, QCoreApplication.translate("SyncSettingsTab", "API &key"), self.fields["api_key"]
        )
        add_form_row(
            form,
            QCoreApplication.translate("SyncSettingsTab", "API &token"),
            self.fields["api_token"],
        )
        form.addRow("", self.credentials_place)
        note = QLabel(
            QCoreApplication.translate(
                "SyncSettingsTab",
                "The key and token come from LAPOR!'s administrator for this office. In "
                "training mode the desk talks to a sandbox hub (python -m sync.hub) at an "
                "address such as %1: nothing reaches the real LAPOR!.",
            ).replace("%1", TRAINING_URL_HINT),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.other_problems)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setEnabled(False)  # until the settings are read
        runner.submit(self._read, self._show, owner=self)

    def _read(self) -> tuple[SyncConfig, CredentialPlace | None]:
        return self._sync.config(), self._sync.status().credentials

    def _show(self, read: tuple[SyncConfig, CredentialPlace | None]) -> None:
        from desktop.services.sync_config import mask_proxy

        config, place = read
        self._config = config
        self._has_credentials = place is not None
        self.enabled.setChecked(config.enabled)
        self.training.setChecked(config.training)
        self.base_url.setText(config.base_url)
        self.ca_bundle.setText(str(config.ca_bundle) if config.ca_bundle else "")
        # A proxy password is not shown back either; unchanged, the stored proxy is kept.
        self._shown_proxy = mask_proxy(config.proxy) or ""
        self.proxy.setText(self._shown_proxy)
        self.interval.setValue(config.interval_minutes)
        self.credentials_place.setText(place_text(place))
        self.setEnabled(True)
        self.loaded.emit()

    @property
    def is_loaded(self) -> bool:
        return self._config is not None

    def _choose_ca_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncSettingsTab", "CA certificates"),
            self.ca_bundle.text(),
            QCoreApplication.translate(
                "SyncSettingsTab", "Certificates (*.pem *.crt *.cer);;All files (*)"
            ),
        )
        if chosen:
            self.ca_bundle.setText(chosen)

    def clear_messages(self) -> None:
        for wrapped in self.fields.values():
            wrapped.clear_message()
        self.other_problems.clear()

    def values(self) -> tuple[SyncConfig, ApiCredentials | None] | None:
        """The settings and new credentials as typed; None (with a message beside the field)
        when the key and token cannot go together."""
        from desktop.services.sync_credentials import ApiCredentials

        assert self._config is not None
        proxy = self.proxy.text().strip()
        if proxy == self._shown_proxy:
            proxy = self._config.proxy or ""
        ca_bundle = self.ca_bundle.text().strip()
        config = dataclasses.replace(
            self._config,
            enabled=self.enabled.isChecked(),
            training=self.training.isChecked(),
            base_url=self.base_url.text().strip(),
            ca_bundle=Path(ca_bundle) if ca_bundle else None,
            proxy=proxy or None,
            interval_minutes=self.interval.value(),
        )
        key, token = self.api_key.text().strip(), self.api_token.text().strip()
        if bool(key) != bool(token):
            empty = "api_token" if key else "api_key"
            self.fields[empty].show_message(
                QCoreApplication.translate(
                    "SyncSettingsTab", "Enter the API key and the token together."
                )
            )
            self.fields[empty].input.setFocus()
            return None
        if config.enabled and not key and not self._has_credentials:
            self.fields["api_key"].show_message(
                QCoreApplication.translate(
                    "SyncSettingsTab",
                    "Synchronisation needs the API key and token that LAPOR! issued.",
                )
            )
            self.api_key.setFocus()
            return None
        return config, (ApiCredentials(key, token) if key else None)

    def show_problems(self, problems: list[ConfigProblem]) -> None:
        """Each problem beside its field; the first field gets the focus."""
        others = []
        for problem in problems:
            wrapped = self.fields.get(problem.field)
            if wrapped is None:  # a timeout set from the command line
                others.append(f"{problem.field}: {problem_text(problem)}")
            else:
                wrapped.show_message(problem_text(problem))
        self.other_problems.setText("\n".join(others))
        first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
        if first is not None:
            first.input.setFocus()

    def saved(self) -> None:
        """The credentials typed are stored now: forget them here."""
        self.api_key.clear()
        self.api_token.clear()
