"""Words for synchronisation: round outcomes, item kinds and states, problems and settings
refusals, in the user's language (English source strings, Indonesian in the .ts file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.outbox import OutboxKind, OutboxState, SyncProblem


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
        OutboxState.UNKNOWN: QCoreApplication.translate(
            "SyncTexts", "Outcome unknown: check on LAPOR!"
        ),
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
            "SyncTexts", "SP4N-LAPOR! had a server error; it is tried again."
        ),
        SyncProblem.RATE_LIMITED: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR! asked to slow down; it is tried again."
        ),
        SyncProblem.NOT_JSON: QCoreApplication.translate(
            "SyncTexts",
            "Another page answered instead of SP4N-LAPOR! (a hotspot login or a proxy?).",
        ),
        SyncProblem.MALFORMED: QCoreApplication.translate(
            "SyncTexts", "SP4N-LAPOR!'s answer could not be read."
        ),
        SyncProblem.NO_ANSWER: QCoreApplication.translate(
            "SyncTexts",
            "No answer after sending: it may have arrived. Check on LAPOR! before sending "
            "it again.",
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
        SyncProblem.BY_OFFICER: QCoreApplication.translate("SyncTexts", "Held back by a verifier."),
        SyncProblem.ERASED: QCoreApplication.translate(
            "SyncTexts", "The complainant's data was erased before it was sent."
        ),
    }[problem]


def reason_text(problem: SyncProblem | None, detail: str) -> str:
    """The worded problem, then the server's (or the program's) own words when there are."""
    words = problem_label(problem)
    if detail and detail not in words:
        return f"{words} {detail}".strip()
    return words
