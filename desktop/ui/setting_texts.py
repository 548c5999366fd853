"""The words of the desk's settings (desktop.domain.desk_settings) in the interface language,
and what to say when a value is refused.

The declaration keeps its labels, help, units and "zero means" words in English; CATALOGUE only
shows them to pyside6-lupdate (tests/ui/test_setting_texts.py keeps it equal to the
declaration), and the functions below translate them at run time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.desk_settings import BY_STORAGE_KEY, DeskSetting, Kind, Rule

CONTEXT = "DeskSetting"
CATALOGUE = (
    QT_TRANSLATE_NOOP("DeskSetting", "Office &code"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "The office code starts every complaint number (for example 3201-2026-000123). "
        "Use the Kemendagri code of the office's region without dots.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Office &name"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "The office's full name, printed at the top of every receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Office &address"),
    QT_TRANSLATE_NOOP("DeskSetting", "The office's address, printed on every receipt."),
    QT_TRANSLATE_NOOP("DeskSetting", "Office &phone"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "The office's phone number as people write it, printed on every receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "&WhatsApp"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "A WhatsApp number for questions about complaints, printed on every receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Office &e-mail"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "The office's e-mail address for complaints, printed on every receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Office web&site"),
    QT_TRANSLATE_NOOP("DeskSetting", "The office's website, printed on every receipt."),
    QT_TRANSLATE_NOOP("DeskSetting", "&Head of unit"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "The name of the head of the complaint unit, with titles, who signs the reports.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Head's &NIP"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "The head of unit's civil servant number (NIP), printed under the signature.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Head's &position"),
    QT_TRANSLATE_NOOP("DeskSetting", "The position printed above the head of unit's signature."),
    QT_TRANSLATE_NOOP("DeskSetting", "Place of si&gning"),
    QT_TRANSLATE_NOOP("DeskSetting", "The town written before the date of a signed report."),
    QT_TRANSLATE_NOOP("DeskSetting", "Largest &attachment"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "The largest file that may be attached to a complaint, in megabytes."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "MB"),
    QT_TRANSLATE_NOOP("DeskSetting", "&Lock the screen after"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "The screen locks after this many minutes without a key press or mouse use."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "minutes"),
    QT_TRANSLATE_NOOP("DeskSetting", "never"),
    QT_TRANSLATE_NOOP("DeskSetting", "&Verification"),
    QT_TRANSLATE_NOOP("DeskSetting", "Working days to verify a complaint, from its receipt."),
    QT_TRANSLATE_NOOP("DeskSetting", "working days"),
    QT_TRANSLATE_NOOP("DeskSetting", "&First follow-up after disposition"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "Working days from a complaint's disposition to its first follow-up."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Completion: complaint (&berkadar pengawasan)"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "Working days to complete a complaint implying wrongdoing by an official, from its "
        "receipt.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Completion: com&plaint"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "Working days to complete any other complaint, from its receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Completion: request for i&nformation"),
    QT_TRANSLATE_NOOP(
        "DeskSetting", "Working days to complete a request for information, from its receipt."
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Completion: &aspiration"),
    QT_TRANSLATE_NOOP("DeskSetting", "Working days to complete an aspiration, from its receipt."),
    QT_TRANSLATE_NOOP("DeskSetting", "&Cuti bersama stops the working-day clock"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "Whether joint leave days (cuti bersama) count as days off for every time limit.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Desk's own &days off"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "Days off the national list lacks: a regional holiday, or a year's joint-leave decree "
        "the holidays package does not know yet.",
    ),
    QT_TRANSLATE_NOOP("DeskSetting", "Holidays the office &works"),
    QT_TRANSLATE_NOOP(
        "DeskSetting",
        "Holidays on the national list on which the office works, because a decree moved "
        "them. A day cannot be both a day off and a day worked.",
    ),
)


def label(setting: DeskSetting[Any]) -> str:
    """The dialog's label, with its "&" Alt-key letter."""
    return QCoreApplication.translate(CONTEXT, setting.label)


def plain_label(setting: DeskSetting[Any]) -> str:
    """The label to read in running text (the audit trail): without the Alt-key mark."""
    return label(setting).replace("&", "")


def help_text(setting: DeskSetting[Any]) -> str:
    return QCoreApplication.translate(CONTEXT, setting.help)


def unit(setting: DeskSetting[Any]) -> str:
    return QCoreApplication.translate(CONTEXT, setting.unit) if setting.unit else ""


def zero_means(setting: DeskSetting[Any]) -> str:
    return QCoreApplication.translate(CONTEXT, setting.zero_means) if setting.zero_means else ""


def example_hint(setting: DeskSetting[Any]) -> str:
    """ "e.g. (0251) 8765432": a field's placeholder; empty for a setting without an example."""
    if not setting.example:
        return ""
    return QCoreApplication.translate("SettingTexts", "e.g. %1").replace("%1", setting.example)


def storage_key_label(key: str) -> str:
    """A settings row's key ("office.name") as its setting's label; another row's key as it is."""
    setting = BY_STORAGE_KEY.get(key)
    return plain_label(setting) if setting is not None else key


def refusal(setting: DeskSetting[Any]) -> str:
    """What to say beside a field the settings store refused, from the setting's rules."""
    if setting.kind is Kind.WHOLE_NUMBER:
        low, high = str(setting.minimum), str(setting.maximum)
        if setting.zero_means and setting.minimum == 0:
            return (
                QCoreApplication.translate("SettingTexts", "Between %1 (%2) and %3 %4.")
                .replace("%1", low)
                .replace("%2", zero_means(setting))
                .replace("%3", high)
                .replace("%4", unit(setting))
            )
        return (
            QCoreApplication.translate("SettingTexts", "Between %1 and %2 %3.")
            .replace("%1", low)
            .replace("%2", high)
            .replace("%3", unit(setting))
        )
    if setting.rule is not None:
        return _rule_words(setting.rule).replace("%1", setting.example)
    if setting.required:
        return QCoreApplication.translate(
            "SettingTexts", "Required, at most %1 characters."
        ).replace("%1", str(setting.max_length))
    return QCoreApplication.translate("SettingTexts", "At most %1 characters.").replace(
        "%1", str(setting.max_length)
    )


def _rule_words(rule: Rule) -> str:
    return {
        Rule.OFFICE_CODE: QCoreApplication.translate(
            "SettingTexts", "2 to 12 letters or digits, e.g. %1."
        ),
        Rule.PHONE: QCoreApplication.translate("SettingTexts", "Not a phone number. Example: %1."),
        Rule.EMAIL: QCoreApplication.translate(
            "SettingTexts", "Not an e-mail address. Example: %1."
        ),
        Rule.WEBSITE: QCoreApplication.translate(
            "SettingTexts", "Not a website address. Example: %1."
        ),
    }[rule]
