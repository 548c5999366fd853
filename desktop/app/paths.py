"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "MejaAduan"
APPLICATION = "meja-aduan"


def set_application_names() -> None:
    """Names Qt uses for the data folder and settings; needed before any path is asked for."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_data_dir() -> Path:
    """The per-user data folder: AppData\\Local on Windows, ~/.local/share on Linux.

    The local (not roaming) location: a desk database must not travel with a Windows profile.
    """
    set_application_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


def resource_root() -> Path:
    """The `resources` folder: beside the package in a source tree, inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def regions_csv() -> Path:
    return resource_root() / "regions" / "wilayah.csv"


def translations_dir() -> Path:
    return resource_root() / "translations"
