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


# IT staff's desk configuration offered to every user of the PC at a new desk's set-up.
PROVISIONING_FILE_NAME = "desk.toml"


def machine_config_dir() -> Path | None:
    """The configuration folder every user of this PC reads, where `provision --for-all-users`
    puts the desk file: C:\\ProgramData\\MejaAduan\\meja-aduan on Windows, the first of
    $XDG_CONFIG_DIRS (/etc/xdg/MejaAduan/meja-aduan) on Linux. Qt lists the user's own folder
    first, then the machine's."""
    set_application_names()
    locations = QStandardPaths.standardLocations(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(locations[1]) if len(locations) > 1 else None


def offered_provisioning_file() -> Path | None:
    folder = machine_config_dir()
    if folder is None or not (folder / PROVISIONING_FILE_NAME).is_file():
        return None
    return folder / PROVISIONING_FILE_NAME


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
