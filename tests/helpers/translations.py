"""Running pyside6-lupdate as `make update-translations` does, and reading .ts catalogues."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.helpers import ROOT


def interface_sources() -> list[str]:
    """The files `make update-translations` reads."""
    return subprocess.run(
        ["git", "ls-files", "desktop/ui/*.py", "desktop/app/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every message of a catalogue."""
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def extracted(folder: Path, *options: str) -> list[tuple[str, str, ET.Element]]:
    """The messages lupdate finds in the code (a fresh catalogue written in `folder`)."""
    fresh = folder / "fresh.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            *interface_sources(),
            *options,
            "-ts",
            str(fresh),
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )
    return messages(fresh)
