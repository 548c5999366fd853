"""Words for synchronisation: round outcomes, item kinds and states, problems and settings
refusals, in the user's language (English source strings, Indonesian in the .ts file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.outbox import OutboxKind, OutboxState, SyncProblem

NATIONAL_NAME = "SP4N-LAPOR!"  # the system's own name: never translated


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncTexts", text)


def outcome_message(outcome: str) -> str:
    """What the last round's outcome (a RoundOutcome name in lower case) means for the desk,
    and what to do about it. Empty before the first round."""
    return {
        "done": _t("Everything recorded here has been sent to SP4N-LAPOR!."),
        "waiting": _t(
            "The round went through, but some items still wait: see the list below. They are "
            "sent again on their own, or wait for a verifier's decision."
        ),
        "offline": _t(
            "Not connected to SP4N-LAPOR!. Complaints stay saved here and are sent "
            "automatically once the connection is back."
        ),
        "credentials_refused": _t(
            "SP4N-LAPOR! refused this desk's API key or token. Nothing is sent until it is "
            "fixed. IT staff: check the key and token in Settings › Synchronisation."
        ),
        "busy": _t(
            "Another synchronisation (a scheduled one) was running on this computer; this desk "
            "tries again at the next round."
        ),
        "not_configured": _t(
            "Synchronisation is not set up: IT staff turn it on, with the address, API key "
            "and token, in Settings › Synchronisation. Complaints are kept here meanwhile."
        ),
    }.get(outcome, "")


def kind_label(kind: OutboxKind) -> str:
    return {
        OutboxKind.ATTACHMENT: _t("Attachment"),
        OutboxKind.CREATE: _t("Complaint"),
        OutboxKind.FOLLOW_UP: _t("Follow-up"),
        OutboxKind.FORWARD: _t("Forward"),
    }[kind]


def state_label(state: OutboxState) -> str:
    return {
        OutboxState.PENDING: _t("Waiting to be sent"),
        OutboxState.SENDING: _t("Being sent"),
        OutboxState.ACKNOWLEDGED: _t("Sent"),
        OutboxState.UNKNOWN: _t("Outcome unknown: check on LAPOR!"),
        OutboxState.QUARANTINED: _t("Held back"),
    }[state]


def problem_label(problem: SyncProblem | None) -> str:
    """Why an item waits, in words a verifier can act on."""
    if problem is None:
        return ""
    return {
        SyncProblem.OFFLINE: _t("No connection to SP4N-LAPOR!."),
        SyncProblem.SERVER_ERROR: _t("SP4N-LAPOR! had a server error; it is tried again."),
        SyncProblem.RATE_LIMITED: _t("SP4N-LAPOR! asked to slow down; it is tried again."),
        SyncProblem.NOT_JSON: _t(
            "Another page answered instead of SP4N-LAPOR! (a hotspot login or a proxy?)."
        ),
        SyncProblem.MALFORMED: _t("SP4N-LAPOR!'s answer could not be read."),
        SyncProblem.NO_ANSWER: _t(
            "No answer after sending: it may have arrived. Check on LAPOR! before sending it again."
        ),
        SyncProblem.REFUSED: _t("SP4N-LAPOR! refused it. Its reason:"),
        SyncProblem.MAPPING_MISSING: _t(
            "A local value has no national id: IT staff add it in Settings › LAPOR! mapping."
        ),
        SyncProblem.ATTACHMENT_TOO_LARGE: _t("The attachment is too large for SP4N-LAPOR!."),
        SyncProblem.ATTACHMENT_UNREADABLE: _t("The attachment file cannot be read."),
        SyncProblem.AUTH: _t("The API key or token was refused."),
        SyncProblem.INTERRUPTED: _t("Sending was cut off (the program stopped)."),
        SyncProblem.BY_OFFICER: _t("Held back by a verifier."),
        SyncProblem.ERASED: _t("The complainant's data was erased before it was sent."),
    }[problem]


def reason_text(problem: SyncProblem | None, detail: str) -> str:
    """The worded problem, then the server's (or the program's) own words when there are."""
    words = problem_label(problem)
    if detail and detail not in words:
        return f"{words} {detail}".strip()
    return words
