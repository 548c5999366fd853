"""The main window's menu bar: its actions, which role sees which, and the two small dialogs
(language, about) that need nothing else.

The words keep the translation context "MainWindow", where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop import __version__
from desktop.domain.access import Permission


@dataclass
class DeskMenus:
    today: QAction
    new_complaint: QAction
    complaints: QAction
    reports: QAction  # shown to the roles that see the "Laporan" tab (the window decides)
    lock: QAction
    switch_user: QAction
    change_password: QAction
    quit: QAction
    office: QAction
    lists: QAction
    accounts: QAction
    audit: QAction
    privacy: QAction
    issued_reports: QAction
    evidence: QAction
    # Each admin action, and the permission without which it is hidden.
    guarded: dict[QAction, Permission] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.guarded = {
            self.office: Permission.MANAGE_SETTINGS,
            self.lists: Permission.MANAGE_REFERENCE,
            self.accounts: Permission.MANAGE_ACCOUNTS,
            self.audit: Permission.VIEW_AUDIT,
            self.privacy: Permission.DATA_SUBJECT_REQUESTS,
            self.issued_reports: Permission.VIEW_REPORTS,
            self.evidence: Permission.VIEW_REPORTS,
        }

    @property
    def for_signed_in(self) -> list[QAction]:
        """Actions anyone signed in may use; none while the screen is locked."""
        return [
            self.today,
            self.new_complaint,
            self.complaints,
            self.lock,
            self.switch_user,
            self.change_password,
        ]


def build_menus(
    window: QMainWindow, language: str, choose_language: Callable[[str], None]
) -> DeskMenus:
    bar = window.menuBar()
    desk_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Desk"))
    today = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&Today"))
    # Ctrl+1 and Ctrl+2 kept the form and the list they have always opened.
    today.setShortcut(QKeySequence("Ctrl+3"))
    new_complaint = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&New complaint"))
    # Ctrl+N from every tab, as the officers' guide and the form's "New form" say; Ctrl+1 as ever.
    new_complaint.setShortcuts([QKeySequence(QKeySequence.StandardKey.New), QKeySequence("Ctrl+1")])
    complaints = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&Complaints list"))
    complaints.setShortcut(QKeySequence("Ctrl+2"))
    reports = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&Reports"))
    reports.setShortcut(QKeySequence("Ctrl+4"))
    desk_menu.addSeparator()
    lock = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&Lock screen"))
    lock.setShortcut(QKeySequence("Ctrl+L"))
    switch_user = desk_menu.addAction(QCoreApplication.translate("MainWindow", "S&witch user"))
    switch_user.setShortcut(QKeySequence("Ctrl+Shift+L"))
    change_password = desk_menu.addAction(
        QCoreApplication.translate("MainWindow", "Change my &password…")
    )
    desk_menu.addSeparator()
    quit_action = desk_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    reports_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
    issued_reports = reports_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Issued reports…")
    )
    evidence = reports_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Evidence documents…")
    )

    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    office = settings_menu.addAction(QCoreApplication.translate("MainWindow", "&Office…"))
    lists = settings_menu.addAction(
        QCoreApplication.translate("MainWindow", "Categories and &institutions…")
    )
    accounts = settings_menu.addAction(QCoreApplication.translate("MainWindow", "&Accounts…"))
    audit = settings_menu.addAction(QCoreApplication.translate("MainWindow", "Audit &trail…"))
    privacy = settings_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Personal data protection…")
    )
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
        action = QAction(name, window, checkable=True, checked=code == language)
        action.triggered.connect(
            lambda _=False, c=code: _language_chosen(window, choose_language, c)
        )
        group.addAction(action)
        language_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&About Meja Aduan"), lambda: _about(window)
    )
    return DeskMenus(
        today,
        new_complaint,
        complaints,
        reports,
        lock,
        switch_user,
        change_password,
        quit_action,
        office,
        lists,
        accounts,
        audit,
        privacy,
        issued_reports,
        evidence,
    )


def _language_chosen(
    window: QMainWindow, choose_language: Callable[[str], None], code: str
) -> None:
    choose_language(code)
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language is used the next time Meja Aduan starts."
        ),
    )


def _about(window: QMainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Meja Aduan"),
        QCoreApplication.translate(
            "MainWindow",
            "Meja Aduan %1\nComplaint desk for public services, working offline and "
            "synchronising with SP4N-LAPOR!.",
        ).replace("%1", __version__),
    )
