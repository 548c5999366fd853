"""Words for follow-up events and their refusals, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.complaint import Status
from desktop.domain.follow_up import ContactMethod, EventKind, Refusal
from desktop.domain.sla import SlaState, Step, StepDeadline
from desktop.ui.texts import format_date, status_label
from desktop.ui.translation_context import TranslationContext

# For plurals (see translation_context): lupdate takes the context from this name.
FollowUpTexts = TranslationContext("FollowUpTexts")


def event_label(kind: EventKind) -> str:
    """The name of an event, as a timeline line and as the button that adds it."""
    return {
        EventKind.VERIFIED: QCoreApplication.translate("FollowUpTexts", "Verify"),
        EventKind.HELD: QCoreApplication.translate("FollowUpTexts", "Ask the complainant"),
        EventKind.RESUMED: QCoreApplication.translate("FollowUpTexts", "Complainant answered"),
        EventKind.FORWARDED: QCoreApplication.translate("FollowUpTexts", "Not our authority"),
        EventKind.ARCHIVED: QCoreApplication.translate("FollowUpTexts", "Archive"),
        EventKind.DISPOSED: QCoreApplication.translate("FollowUpTexts", "Pass to a unit"),
        EventKind.PROCESS_STARTED: QCoreApplication.translate("FollowUpTexts", "Work started"),
        EventKind.ANSWERED: QCoreApplication.translate("FollowUpTexts", "Answer"),
        EventKind.CLOSED: QCoreApplication.translate("FollowUpTexts", "Close"),
        EventKind.REOPENED: QCoreApplication.translate("FollowUpTexts", "Reopen"),
        EventKind.NOTE: QCoreApplication.translate("FollowUpTexts", "Internal note"),
        EventKind.CONTACT: QCoreApplication.translate("FollowUpTexts", "Contact with complainant"),
        EventKind.LINKED: QCoreApplication.translate("FollowUpTexts", "Linked to a duplicate"),
        EventKind.MERGED: QCoreApplication.translate("FollowUpTexts", "Merged into a duplicate"),
        EventKind.CORRECTION: QCoreApplication.translate("FollowUpTexts", "Correction"),
        EventKind.NATIONAL: "SP4N-LAPOR!",  # the national system's own name
    }[kind]


def national_line(text: str, status: Status | None) -> str:
    """A NATIONAL event as the timeline shows it, in LAPOR!'s own words, e.g.
    "SP4N-LAPOR!: Dalam Proses · Dinas Kesehatan", and when its status moved the complaint
    here, which status that is ("status here: In progress")."""
    head, _, rest = text.partition("\n")
    line = QCoreApplication.translate("FollowUpTexts", "SP4N-LAPOR!: %1").replace("%1", head)
    if status is not None:
        here = QCoreApplication.translate("FollowUpTexts", "status here: %1")
        line += f"  ({here.replace('%1', status_label(status))})"
    return f"{line}\n{rest}" if rest else line


def contact_method_label(method: ContactMethod) -> str:
    return {
        ContactMethod.CALL: QCoreApplication.translate("FollowUpTexts", "Phone call"),
        ContactMethod.VISIT: QCoreApplication.translate("FollowUpTexts", "Visit"),
        ContactMethod.LETTER: QCoreApplication.translate("FollowUpTexts", "Letter"),
        ContactMethod.MESSAGE: QCoreApplication.translate("FollowUpTexts", "Message"),
    }[method]


def refusal_message(refusal: Refusal) -> str:
    return {
        Refusal.NOT_NOW: QCoreApplication.translate(
            "FollowUpTexts", "This step does not fit the complaint's status any more."
        ),
        Refusal.TEXT_REQUIRED: QCoreApplication.translate("FollowUpTexts", "Write the text."),
        Refusal.UNIT_REQUIRED: QCoreApplication.translate("FollowUpTexts", "Choose the unit."),
        Refusal.INSTITUTION_REQUIRED: QCoreApplication.translate(
            "FollowUpTexts", "Choose the institution it goes to."
        ),
        Refusal.REASON_REQUIRED: QCoreApplication.translate("FollowUpTexts", "Give the reason."),
        Refusal.NO_ANSWER_YET: QCoreApplication.translate(
            "FollowUpTexts", "A complaint is closed only after it has been answered."
        ),
        Refusal.RATING_OUT_OF_RANGE: QCoreApplication.translate(
            "FollowUpTexts", "A rating is from 1 to 5."
        ),
        Refusal.CONTACT_METHOD_REQUIRED: QCoreApplication.translate(
            "FollowUpTexts", "Choose how the complainant was contacted."
        ),
        Refusal.LINK_REQUIRED: QCoreApplication.translate(
            "FollowUpTexts", "Choose the other complaint."
        ),
        Refusal.CORRECTED_EVENT_REQUIRED: QCoreApplication.translate(
            "FollowUpTexts", "Choose the entry to correct."
        ),
        Refusal.NO_SUCH_COMPLAINT: QCoreApplication.translate(
            "FollowUpTexts", "No complaint has this number. Check it on the receipt."
        ),
        Refusal.SAME_COMPLAINT: QCoreApplication.translate(
            "FollowUpTexts", "This is the complaint itself. Give the other complaint's number."
        ),
        Refusal.TARGET_MERGED_AWAY: QCoreApplication.translate(
            "FollowUpTexts",
            "That complaint was itself merged into another one. Merge into that one instead.",
        ),
    }[refusal]


def incoming_link_label(kind: EventKind, number: str) -> str:
    """Another complaint's link or merge as the timeline of the complaint it points at shows
    it, e.g. "Linked from 3201-2026-000123"."""
    if kind is EventKind.MERGED:
        text = QCoreApplication.translate("FollowUpTexts", "Merged from %1")
    else:
        text = QCoreApplication.translate("FollowUpTexts", "Linked from %1")
    return text.replace("%1", number)


def step_label(step: Step) -> str:
    return {
        Step.VERIFY: QCoreApplication.translate("FollowUpTexts", "Verification"),
        Step.FIRST_FOLLOW_UP: QCoreApplication.translate("FollowUpTexts", "First follow-up"),
        Step.COMPLETE: QCoreApplication.translate("FollowUpTexts", "Completion"),
    }[step]


def sla_state_label(state: SlaState) -> str:
    return {
        SlaState.ON_TIME: QCoreApplication.translate("FollowUpTexts", "on time"),
        SlaState.DUE_SOON: QCoreApplication.translate("FollowUpTexts", "due soon"),
        SlaState.OVERDUE: QCoreApplication.translate("FollowUpTexts", "OVERDUE"),
        SlaState.PAUSED: QCoreApplication.translate(
            "FollowUpTexts", "paused: waiting for the complainant"
        ),
        SlaState.MET: QCoreApplication.translate("FollowUpTexts", "done in time"),
        SlaState.MISSED: QCoreApplication.translate("FollowUpTexts", "done late"),
    }[state]


def deadline_line(deadline: StepDeadline) -> str:
    """E.g. "Verification: by 2 December 2026, 1 working day(s) left (due soon)"."""
    step = step_label(deadline.step)
    state = sla_state_label(deadline.state)
    if deadline.deadline is None:
        return f"{step}: {state}"
    left = deadline.working_days_left
    if deadline.state is SlaState.OVERDUE or left is None or left < 0:
        text = QCoreApplication.translate("FollowUpTexts", "%1: by %2 (%3)")
    else:
        text = FollowUpTexts.tr("%1: by %2, %n working day(s) left (%3)", "", left)
    return (
        text.replace("%1", step).replace("%2", format_date(deadline.deadline)).replace("%3", state)
    )
