"""Writing a desk's settings back as a provisioning file another desk can take.

The output is read back by `check_text`; secrets (the LAPOR! key and token, a proxy password)
and personal data are never in it: the settings hold none but the proxy's password, which is
left out here.
"""

from __future__ import annotations

import tomli_w

from desktop.domain.provisioning import SCHEMA, DeskProfile

HEADER = """\
# Meja Aduan desk provisioning file (see installer/desk.example.toml for every key).
# Written by `provision --export`. It holds no secrets: give the LAPOR! key and token in a
# separate file named by [lapor] credentials_file, or type them when asked.
# [desk] id is left out on purpose: each desk PC gets its own label.
"""


def render_profile(profile: DeskProfile) -> str:
    """The profile as TOML text, sections and keys in the order of the schema."""
    document: dict[str, object] = {}
    for section, specs in SCHEMA.items():
        values = {key: profile.get(section, key) for key in specs if profile.has(section, key)}
        if values:
            document[section] = {
                key: list(value) if isinstance(value, tuple) else value
                for key, value in values.items()
            }
    mapping = {kind: dict(sorted(entries.items())) for kind, entries in profile.mapping.items()}
    if any(mapping.values()):
        document["mapping"] = {kind: entries for kind, entries in mapping.items() if entries}
    lists = {
        kind: {name: list(names) for name, names in e.items()} for kind, e in profile.lists.items()
    }
    if any(lists.values()):
        document["lists"] = {kind: entries for kind, entries in lists.items() if entries}
    return HEADER + "\n" + tomli_w.dumps(document)
