"""`make update-translations` must reach every string, plurals as plurals (issue 15, item 1).

pyside6-lupdate's Python parser drops or flattens some call shapes (see
desktop/ui/translation_context.py); these tests run it as the Makefile does and compare with
what the code really asks for.
"""

from __future__ import annotations

import ast

import pytest

from tests.helpers import ROOT
from tests.helpers.translations import extracted, interface_sources


@pytest.fixture(scope="module")
def extracted_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether lupdate made it a plural message."""
    return {
        (context, source): message.get("numerus") == "yes"
        for context, source, message in extracted(tmp_path_factory.mktemp("lupdate"))
    }


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translation_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level `Name = TranslationContext("Context")`: name -> context."""
    found = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign) else None
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "TranslationContext"
            and isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
        ):
            found[node.targets[0].id] = _string(value.args[0]) or ""
    return found


def literal_translate_calls() -> list[tuple[str, str, str]]:
    """Every `translate("Context", "text", ...)` and `Context.tr("text", ...)` (a
    TranslationContext) with literal strings: (where, context, text)."""
    found = []
    for name in interface_sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        contexts = _translation_contexts(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            where, called, args = f"{name}:{node.lineno}", node.func.attr, node.args
            if called == "translate" and len(args) >= 2:
                context, text = _string(args[0]), _string(args[1])
            elif called == "tr" and isinstance(node.func.value, ast.Name) and args:
                context, text = contexts.get(node.func.value.id), _string(args[0])
            else:
                continue
            if context is not None and text is not None:
                found.append((where, context, text))
    return found


def test_each_translation_context_is_named_as_lupdate_reads_it() -> None:
    for name in interface_sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        assert all(variable == context for variable, context in _translation_contexts(tree).items())


def test_every_translate_call_reaches_the_catalogue(
    extracted_messages: dict[tuple[str, str], bool],
) -> None:
    missing = [
        f"{where} {context}: {text}"
        for where, context, text in literal_translate_calls()
        if (context, text) not in extracted_messages
    ]
    assert missing == []


def test_every_message_with_a_count_is_extracted_as_a_plural(
    extracted_messages: dict[tuple[str, str], bool],
) -> None:
    flat = [
        f"{context}: {source}"
        for (context, source), plural in extracted_messages.items()
        if ("%n" in source or "%Ln" in source) and not plural
    ]
    assert flat == []
