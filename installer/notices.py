"""Licence notices for the bundle, gathered at build time by meja-aduan.spec.

The folder `licences/` of the bundle holds:
- THIRD-PARTY-NOTICES.txt: one line per shipped Python distribution (name, version, licence as
  its metadata states it) and the notices that are not Python packages;
- python/<distribution>/: the licence files each distribution ships in its metadata;
- the texts kept in installer/licences/ (Qt/PySide6 under the LGPL, SQLCipher, the full LGPL,
  GPL and Apache texts they refer to), Python's own licence and the region data's (MIT).

The list of distributions is the run-time closure of meja-aduan's requirements (no extras), i.e.
what the spec can bundle; nothing is looked up on the network.
"""

from __future__ import annotations

import re
import shutil
import sysconfig
from importlib import metadata
from pathlib import Path

_LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def _name(requirement: str) -> str | None:
    """The distribution a requirement line names, or None for an extra-only or foreign one."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        from packaging.markers import Marker

        if not Marker(marker).evaluate():
            return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def runtime_distributions(root: str = "meja-aduan") -> list[metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        todo.extend(n for r in dist.requires or [] if (n := _name(r)) is not None)
    seen.pop("meja-aduan", None)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License")
    ]
    return ", ".join(classifiers) or "see its licence files"


def build(out: Path, repo: Path) -> Path:
    """Write the licence folder into `out` (emptied first); returns it."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = [
        "Meja Aduan ships the following third-party software and data.",
        "",
        "Not Python packages:",
        "  Qt 6 (Qt for Python)         LGPL-3.0-only      Qt-PySide6.txt, LGPL-3.0.txt",
        "  SQLCipher (in sqlcipher3)    BSD-3-Clause       SQLCipher.txt",
        "  OpenSSL libcrypto (in sqlcipher3, cryptography)  Apache-2.0  Apache-2.0.txt",
        "  Python 3 interpreter         PSF-2.0            Python-LICENSE.txt",
        "  Region list (wilayah.csv, Cahya DSN)  MIT       regions-LICENSE.txt",
        "",
        "Python packages (licence files in python/<name>/):",
    ]
    for text in (repo / "installer" / "licences").glob("*.txt"):
        shutil.copy2(text, out / text.name)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        shutil.copy2(python_licence, out / "Python-LICENSE.txt")
    shutil.copy2(repo / "resources" / "regions" / "LICENSE", out / "regions-LICENSE.txt")
    for dist in runtime_distributions():
        name, version = dist.metadata["Name"], dist.version
        target = out / "python" / name
        copied = 0
        for file in dist.files or []:
            if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, target / file.name)
                    copied += 1
        where = f"python/{name}/" if copied else "(no licence file in its metadata)"
        lines.append(f"  {name:<28} {version:<14} {_licence_of(dist):<40} {where}")
    (out / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
