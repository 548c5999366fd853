"""Words for office mode: what an exchange's outcome means and what to do about it, and why a
join did not happen, in the user's language (English source strings, Indonesian in the .ts)."""

from __future__ import annotations

from desktop.ui.translation_context import TranslationContext

# Read by pyside6-lupdate as the context named before `.tr` (see translation_context).
OfficeTexts = TranslationContext("OfficeTexts")


def exchange_message(outcome: str) -> str:
    """What the last exchange's outcome (an ExchangeOutcome name in lower case) means, with
    what to do; empty when all went well or before the first."""
    return {
        "waiting": OfficeTexts.tr(
            "The office server refused some of this desk's changes; they stay here. IT staff: "
            "see the desk's log (logs/meja-aduan.log) and the server's."
        ),
        "offline": OfficeTexts.tr(
            "The office server cannot be reached. Work goes on here and nothing is lost: the "
            "changes go once the server is back. If it lasts, check that the server PC is on "
            "and this PC is on the office network."
        ),
        "refused": OfficeTexts.tr(
            "The office server no longer accepts this desk (its secret or the server's "
            "certificate changed). Changes stay here. IT staff: make a new join code and join "
            "this desk again."
        ),
        "version_refused": OfficeTexts.tr(
            "The office server does not accept this version of Meja Aduan. Changes stay here. "
            "IT staff: update the office server first, then this desk."
        ),
    }.get(outcome, "")


def join_refusal_message(reason: str, address: str, detail: str) -> str:
    """Why joining did not happen (a JoinRefusal value, or "unreachable"/"code")."""
    if reason == "code":
        return OfficeTexts.tr(
            "This is not a whole join code: copy it again from the server's administrator "
            "(it starts with MA1-)."
        )
    if reason == "unreachable":
        return OfficeTexts.tr(
            "The office server at %1 cannot be reached. Check that it is running and that "
            "this PC is on the office network, then try again."
        ).replace("%1", address)
    known = {
        "already_joined": OfficeTexts.tr("This desk has joined an office already."),
        "fingerprint": OfficeTexts.tr(
            "The server at %1 does not show the certificate this code names. Do not join: "
            "another computer may be answering at that address. Tell IT staff."
        ),
        "join_used": OfficeTexts.tr(
            "This join code has been used already. Ask the server's administrator for a new one."
        ),
        "join_expired": OfficeTexts.tr(
            "This join code has expired. Ask the server's administrator for a new one."
        ),
        "join_unknown": OfficeTexts.tr(
            "The server at %1 did not issue this join code. Check that the code is for this office."
        ),
        "version": OfficeTexts.tr(
            "The office server does not accept this version of Meja Aduan: update the server "
            "first, then the desks."
        ),
        "round_running": OfficeTexts.tr(
            "This desk is sending to SP4N-LAPOR! right now. Try joining again in a minute."
        ),
    }
    text = known.get(reason)
    if text is None:
        refused = OfficeTexts.tr("The office server refused to join this desk: %1")
        return refused.replace("%1", detail)
    return text.replace("%1", address)
