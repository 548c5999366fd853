"""Words for synchronisation: round outcomes, item kinds and states, problems and settings
refusals, in the user's language (English source strings, Indonesian in the .ts file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.outbox import OutboxKind, OutboxState, SyncProblem, WhoActs, who_acts
from desktop.ui.personal_data_texts import found_in_words


def outcome_message(outcome: str) -> str:
    """What the last round's outcome (a RoundOutcome name in lower case) means for the desk,
    and what to do about it. Empty before the first round."""
    return {
        "done": QCoreApplication.translate(
            "SyncTexts", "Everything recorded here has been sent to SP4N-LAPOR!."
        ),
        "waiting": QCoreApplication.translate(
            "SyncTexts",
            "The round went through, but some items still wait: see the list below. They are "
            "sent again on their own, or wait for a verifier's decision.",
        ),
        "offline": QCoreApplication.translate(
            "SyncTexts",
            "Not connected to SP4N-LAPOR!. Complaints stay saved here and are sent "
            "automatically once the connection is back.",
        ),
        "credentials_refused": QCoreApplication.translate(
            "SyncTexts",
            "SP4N-LAPOR! refused this desk's API key or token. Nothing is sent until it is "
            "fixed. IT staff: check the key and token in Settings › SP4N-LAPOR! "
            "synchronisation.",
        ),
        "busy": QCoreApplication.translate(
            "SyncTexts",
            "Another synchronisation (a scheduled one) was running on this computer; this desk "
            "tries again at the next round.",
        ),
        "not_configured": QCoreApplication.translate(
            "SyncTexts",
            "Synchronisation with SP4N-LAPOR! is not set up: IT staff turn it on, with the "
            "address, API key and token, in Settings › SP4N-LAPOR! synchronisation. Complaints "
            "are kept here meanwhile.",
        ),
    }.get(outcome, "")


def kind_label(kind: OutboxKind) -> str:
    return {
        OutboxKind.ATTACHMENT: QCoreApplication.translate("SyncTexts", "Attachment"),
        OutboxKind.CREATE: QCoreApplication.translate("SyncTexts", "Complaint"),
        OutboxKind.FOLLOW_UP: QCoreApplication.translate("SyncTexts", "Follow-up"),
        OutboxKind.FORWARD: QCoreApplication.translate("SyncTexts", "Forward"),
    }[kind]


def state_label(state: OutboxState) -> str:
    return {
        OutboxState.PENDING: QCoreApplication.translate("SyncTexts", "Waiting to be sent"),
        OutboxState.SENDING: QCoreApplication.translate("SyncTexts", "Being sent"),
        OutboxState.ACKNOWLEDGED: QCoreApplication.translate("SyncTexts", "Sent"),
        OutboxState.UNKNOWN: QCoreApplication.translate("SyncTexts", "Outcome unknown"),
        OutboxState.QUARANTINED: QCoreApplication.translate("SyncTexts", "Held back"),
    }[state]


def problem_label(problem: SyncProblem | None) -> str:
    """Why an item waits, in words a verifier can act on."""
    if problem is None:
        return ""
    return {
        SyncProblem.OFFLINE: QCoreApplication.translate(
            "SyncTexts", "No connection to SP4N-LAPOR!."
        ),
        SyncProblem.SERVER_ERROR: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR! had a server error."
        ),
        SyncProblem.RATE_LIMITED: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR! asked to slow down."
        ),
        SyncProblem.NOT_JSON: QCoreApplication.translate(
            "SyncTexts",
            "Another page answered instead of SP4N-LAPOR! (a hotspot login or a proxy?).",
        ),
        SyncProblem.MALFORMED: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR!'s answer could not be read."
        ),
        SyncProblem.NO_ANSWER: QCoreApplication.translate(
            "SyncTexts", "No answer after sending: it may have arrived."
        ),
        SyncProblem.NOT_SENT: QCoreApplication.translate(
            "SyncTexts", "The connection broke before it was sent: it did not arrive."
        ),
        SyncProblem.CHECK_ON_LAPOR: QCoreApplication.translate(
            "SyncTexts",
            "It may have arrived, and the desk cannot tell: look for it on the LAPOR! site "
            "(by its title, date and attachments). Found: enter its number. Not there: send "
            "it again.",
        ),
        SyncProblem.PERSONAL_DATA: QCoreApplication.translate(
            "SyncTexts",
            "An anonymous report that seems to hold personal data: edit the complaint, or "
            "send it anyway.",
        ),
        SyncProblem.REFUSED: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR! refused it. Its reason:"
        ),
        SyncProblem.MAPPING_MISSING: QCoreApplication.translate(
            "SyncTexts",
            "A local value has no national id: IT staff add it in "
            "Synchronisation › LAPOR! mapping.",
        ),
        SyncProblem.ATTACHMENT_TOO_LARGE: QCoreApplication.translate(
            "SyncTexts", "The attachment is too large for SP4N-LAPOR!."
        ),
        SyncProblem.ATTACHMENT_UNREADABLE: QCoreApplication.translate(
            "SyncTexts", "The attachment file cannot be read."
        ),
        SyncProblem.AUTH: QCoreApplication.translate(
            "SyncTexts", "The API key or token was refused."
        ),
        SyncProblem.INTERRUPTED: QCoreApplication.translate(
            "SyncTexts", "Sending was cut off (the program stopped)."
        ),
        SyncProblem.RESTORED: QCoreApplication.translate(
            "SyncTexts", "The register was restored from a backup: it may have been sent since."
        ),
        SyncProblem.BY_OFFICER: QCoreApplication.translate("SyncTexts", "Held back by a verifier."),
        SyncProblem.ERASED: QCoreApplication.translate(
            "SyncTexts", "The complainant's data was erased before it was sent."
        ),
    }[problem]


def who_acts_text(state: OutboxState, problem: SyncProblem | None) -> str:
    """Whether the desk moves the item on by itself or a person must, in words that never
    promise a retry the desk will not make."""
    if who_acts(state, problem) is WhoActs.PERSON:
        return QCoreApplication.translate("SyncTexts", "Waits for a person.")
    if state is OutboxState.UNKNOWN:
        return QCoreApplication.translate(
            "SyncTexts", "The desk looks for it on LAPOR! by itself at the next round."
        )
    return QCoreApplication.translate("SyncTexts", "The desk sends it again by itself.")


def reason_text(problem: SyncProblem | None, detail: str, state: OutboxState | None = None) -> str:
    """The worded problem, then the server's (or the program's) own words when there are, then
    (given the item's state) who moves it on."""
    words = problem_label(problem)
    if problem is SyncProblem.PERSONAL_DATA:
        detail = found_in_words(detail)
    if detail and detail not in words:
        words = f"{words} {detail}".strip()
    if state is not None:
        words = f"{words} {who_acts_text(state, problem)}".strip()
    return words
