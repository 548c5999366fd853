"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import os
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
SHARED_CONFIG_ENV = "MEJA_ADUAN_SHARED_CONFIG_DIR"


def shared_config_dir() -> Path | None:
    """Where `provision --for-all-users` puts the desk file that every user's new desk is
    offered: the installation folder of a packaged build (C:\\Program Files\\Meja Aduan,
    /opt/meja-aduan). Only administrators may write there, so no user can plant a file that the
    next user's set-up would offer (and whose address would receive the key typed beside it),
    as they could in C:\\ProgramData. Run from source there is none, unless
    MEJA_ADUAN_SHARED_CONFIG_DIR names a folder (development, tests)."""
    override = os.environ.get(SHARED_CONFIG_ENV)
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def offered_provisioning_file() -> Path | None:
    folder = shared_config_dir()
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
    """The region list: compressed in a packaged build (installer/meja-aduan.spec), as text in
    the source tree."""
    folder = resource_root() / "regions"
    compressed = folder / "wilayah.csv.gz"
    return compressed if compressed.exists() else folder / "wilayah.csv"


def translations_dir() -> Path:
    return resource_root() / "translations"
