"""The docs' command examples and links stay true (issue 16, item 4).

Every `python -m desktop ...`, `python -m sync ...`, `python -m sync.hub ...` and packaged
`meja-aduan[-sync] ...` command in the docs is read against the real argument parsers (built,
never run): each `--flag` must be an option of the command or subcommand it is written with,
and each command word a real subcommand. A `--flag` named on its own must exist in one of the
parsers; any other `python -m MODULE` must name an importable module. Every link to a local
file must point at one that exists (and at a heading that exists, for `file.md#heading`).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.app.cli import build_parser as desktop_parser
from desktop.app.office_server_cli import build_parser as office_server_parser
from desktop.app.sync_cli import build_parser as sync_parser
from sync.hub.__main__ import build_parser as hub_parser

ROOT = Path(__file__).resolve().parents[1]


def documents() -> list[Path]:
    found = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", ROOT / "installer" / "README.md"]
    found += sorted((ROOT / "docs").glob("*.md"))
    return [path for path in found if path.exists()]


# ------------------------------------------------------------------------------ reading markdown


@dataclass(frozen=True)
class Snippet:
    """A piece of code in a document: an inline code span or a line of a code block."""

    line: int
    text: str


_FENCE = re.compile(r"^\s*(```|~~~)")
_SPAN = re.compile(r"(`+)(.+?)\1")


def split_markdown(text: str) -> tuple[list[Snippet], list[tuple[int, str]]]:
    """The code snippets, and the prose lines with their code spans taken out."""
    snippets: list[Snippet] = []
    prose: list[tuple[int, str]] = []
    in_fence = in_block = False
    continued = ""
    previous = ""
    for number, line in enumerate(text.splitlines(), start=1):
        # An indented code block starts after a blank line and runs while lines stay indented.
        in_block = line.startswith("    ") and (in_block or not previous.strip())
        previous = line
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or in_block:
            # A command continued with a backslash is one command.
            if line.rstrip().endswith("\\"):
                continued += line.rstrip()[:-1] + " "
                continue
            snippets.append(Snippet(number, continued + line.strip()))
            continued = ""
            continue
        for match in _SPAN.finditer(line):
            snippets.append(Snippet(number, match.group(2).strip()))
        prose.append((number, _SPAN.sub(" ", line)))
    return snippets, prose


# ------------------------------------------------------------------------------- the parsers


@dataclass(frozen=True)
class Command:
    name: str
    parser: argparse.ArgumentParser


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {name: action for action in parser._actions for name in action.option_strings}


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0


OUR_COMMANDS = {
    "desktop": Command("python -m desktop", desktop_parser()),
    "sync": Command("python -m sync", sync_parser()),
    "sync.hub": Command("python -m sync.hub", hub_parser()),
    "sync.office": Command("python -m sync.office", office_server_parser()),
}
# The packaged programs are the same commands under other names (installer/entry.py).
PACKAGED = {"meja-aduan": "desktop", "meja-aduan-sync": "sync", "meja-aduan-office": "sync.office"}
# ... and `office-server` as the first argument is the office server (Windows' form).
OFFICE_SERVER_ARGUMENT = "office-server"


def every_option() -> set[str]:
    names: set[str] = set()
    parsers = [command.parser for command in OUR_COMMANDS.values()]
    while parsers:
        parser = parsers.pop()
        names |= set(_options(parser))
        parsers += _subcommands(parser).values()
    return names


# Words in a usage line that stand for something else: not subcommands.
_PLACEHOLDER_WORDS = {"command", "...", "…"}
_COMMAND_WORD = re.compile(r"[a-z][a-z-]*")


def check_command(command: Command, words: list[str]) -> list[str]:
    """What is wrong with `words` as the arguments of `command` (nothing: an empty list)."""
    problems: list[str] = []
    parser, where = command.parser, command.name
    subcommands = _subcommands(parser)
    chosen = False
    positional_seen = 0
    skip_value = False
    for raw in words:
        word = raw.strip("[](),.;:")
        if raw.endswith(("...", "…")) and not word:
            continue
        if skip_value:
            skip_value = False
            continue
        if not word:
            continue
        if word.startswith("-") and len(word) > 1 and not word[1:].isdigit():
            name = word.split("=", 1)[0]
            action = _options(parser).get(name)
            if action is None:
                problems.append(f"{where}: no option {name}")
            elif _takes_value(action) and "=" not in word:
                skip_value = True
            continue
        if not _COMMAND_WORD.fullmatch(word) or word in _PLACEHOLDER_WORDS:
            continue  # FILE, DIR, 1000, a path: a value
        if subcommands and not chosen:
            if word not in subcommands:
                problems.append(f"{where}: no command {word!r}")
                return problems
            # A subcommand may have subcommands of its own (`sync.office accounts list`).
            parser, where = subcommands[word], f"{where} {word}"
            subcommands = _subcommands(parser)
            chosen = not subcommands
            continue
        positionals = [a for a in parser._actions if not a.option_strings]
        if positional_seen < len(positionals):
            choices = positionals[positional_seen].choices
            if choices is not None and not isinstance(choices, dict) and word not in choices:
                problems.append(f"{where}: {word!r} is not one of {sorted(choices)}")
        positional_seen += 1
    return problems


_PROGRAM = re.compile(
    r"(?:^|[\s(])(?:python3?|[\w.\\/-]*[\\/]python(?:\.exe)?)\s+-m\s+(?P<module>[\w.]+)"
    r"|(?:^|[\s(\\/])(?P<packaged>meja-aduan(?:-sync|-office)?)(?:\.exe)?(?=\s|$)"
)
_SHELL_END = re.compile(r"\s(?:\||;|&&|#|>|2>)\s")


def commands_in(snippet: str) -> Iterator[tuple[str | None, str, list[str]]]:
    """(our command key or None, module, argument words) for each command in a snippet."""
    snippet = re.split(r"(?:^|\s)#\s", snippet, maxsplit=1)[0]  # a shell comment is prose
    matches = list(_PROGRAM.finditer(snippet))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(snippet)
        rest = snippet[match.end() : end]
        rest = _SHELL_END.split(" " + rest, maxsplit=1)[0]
        if match.group("packaged"):
            key: str | None = PACKAGED[match.group("packaged")]
            module = key or ""
        else:
            module = match.group("module")
            key = module if module in OUR_COMMANDS else None
        words = rest.split()
        if match.group("packaged") and words[:1] == [OFFICE_SERVER_ARGUMENT]:
            key, module, words = "sync.office", "sync.office", words[1:]
        yield key, module, words


def problems_in(text: str) -> list[str]:
    """Every command, flag or module the document names that the code does not have."""
    snippets, prose = split_markdown(text)
    known = every_option()
    problems: list[str] = []
    for snippet in snippets:
        found = list(commands_in(snippet.text))
        for key, module, words in found:
            if key is not None:
                problems += [
                    f"line {snippet.line}: {p}" for p in check_command(OUR_COMMANDS[key], words)
                ]
            elif importlib.util.find_spec(module.split(".")[0]) is None or (
                module.startswith(("desktop", "sync", "tests")) and not _module_exists(module)
            ):
                problems.append(f"line {snippet.line}: no module {module}")
        if found:
            continue
        words = snippet.text.split()
        if not words:
            continue
        first = words[0].strip("[")
        # `backup --list`, `run --once`: a subcommand written without its program.
        owners = [c for c in OUR_COMMANDS.values() if first in _subcommands(c.parser)]
        if owners:
            if all(check_command(c, words) for c in owners):
                problems += [f"line {snippet.line}: {p}" for p in check_command(owners[0], words)]
            continue
        if first.startswith("--"):  # an option named on its own: `--recovery-key-file FILE`
            problems += _unknown_flags(snippet.line, snippet.text, known)
        # Anything else is another program's command line (pytest, pip, make...): not ours.
    for number, line in prose:
        problems += _unknown_flags(number, line, known)
    return problems


_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def _unknown_flags(number: int, text: str, known: set[str]) -> list[str]:
    return [
        f"line {number}: no option {flag} in any command"
        for flag in _FLAG.findall(text)
        if flag not in known
    ]


def _module_exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# ------------------------------------------------------------------------------------- links

_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def github_anchor(heading: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text only
    text = text.replace("`", "").replace("*", "").strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors_of(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors: set[str] = set()
    in_fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        heading = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if in_fence or not heading:
            continue
        anchor = github_anchor(heading.group(1))
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        anchors.add(anchor if count == 0 else f"{anchor}-{count}")
    return anchors


def broken_links(doc: Path) -> list[str]:
    _snippets, prose = split_markdown(doc.read_text(encoding="utf-8"))
    broken: list[str] = []
    for number, line in prose:
        for target in _LINK.findall(line):
            if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
                continue
            path_part, _, anchor = target.partition("#")
            linked = (doc.parent / path_part).resolve() if path_part else doc
            if not linked.exists():
                broken.append(f"line {number}: {target}: no such file")
            elif anchor and linked.suffix == ".md" and anchor not in anchors_of(linked):
                broken.append(f"line {number}: {target}: no such heading")
    return broken


# ------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("doc", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_command_and_flag_in_the_docs_exists(doc: Path) -> None:
    assert problems_in(doc.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("doc", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_local_link_in_the_docs_leads_somewhere(doc: Path) -> None:
    assert broken_links(doc) == []


def test_the_docs_this_issue_promised_exist() -> None:
    for name in (
        "CONTRIBUTING.md",
        "docs/panduan-petugas.md",
        "docs/it-guide.md",
        "docs/security.md",
        "docs/benchmarks.md",
    ):
        assert (ROOT / name).is_file(), name


def test_a_flag_that_does_not_exist_is_caught() -> None:
    """The check itself: a doc naming a wrong flag, command or module fails."""
    wrong = (
        "Run `python -m desktop --data-dir D seed --count 5 --colour red`.\n"
        "\n"
        "    python -m sync run --once --fast\n"
        "    meja-aduan provision --for-everyone desk.toml\n"
        "\n"
        "Then `python -m desktop backups` and `python -m desktop audit check`, give "
        "`--recovery-key` or --no-such-flag, and `python -m sync.nothing`.\n"
        "Options of the app go before its command: `python -m desktop seed --data-dir D`.\n"
        "At the server: `python -m sync.office accounts list --nope` and "
        "`python -m sync.office accounts lst`.\n"
    )
    problems = "\n".join(problems_in(wrong))
    for expected in (
        "python -m desktop seed: no option --colour",
        "python -m sync run: no option --fast",
        "python -m desktop provision: no option --for-everyone",
        "python -m desktop: no command 'backups'",
        "python -m desktop audit: 'check' is not one of ['verify']",
        "no option --recovery-key in any command",
        "no option --no-such-flag in any command",
        "no module sync.nothing",
        "line 7: python -m desktop seed: no option --data-dir",
        "python -m sync.office accounts list: no option --nope",
        "python -m sync.office accounts: no command 'lst'",
    ):
        assert expected in problems
    right = (
        "`python -m desktop --data-dir D seed --count 5 --random-seed 1`, "
        "`python -m sync --data-dir D run --once --quiet`, "
        "`python -m sync run --once --data-dir D`, `backup --list`, "
        "`meja-aduan provision --for-all-users desk.toml`, `--recovery-key-file FILE`, "
        "`python -m sync.hub --port 8765 --db hub.sqlite --speed 3600`.\n"
    )
    assert problems_in(right) == []


def test_a_link_to_a_missing_file_or_heading_is_caught(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Backups and restore\n", encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text(
        "[ok](other.md#backups-and-restore) [gone](missing.md) [bad](other.md#upgrades)\n"
        "`[not a link](missing-too.md)`\n",
        encoding="utf-8",
    )
    assert broken_links(doc) == [
        "line 1: missing.md: no such file",
        "line 1: other.md#upgrades: no such heading",
    ]
