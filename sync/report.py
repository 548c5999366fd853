"""What a sync round reports: its outcome (also the headless command's exit code) and figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum


class RoundOutcome(IntEnum):
    """How a round ended; the value is `python -m sync run --once`'s exit code."""

    DONE = 0  # everything owed was acknowledged
    WAITING = 3  # some items still wait: a back-off, a quarantine, an unknown outcome
    OFFLINE = 4  # the national system could not be reached; nothing was lost
    CREDENTIALS_REFUSED = 5  # the key or token was refused: IT staff must fix them
    BUSY = 6  # another round (the app's, or a scheduled one) is running on this desk
    NOT_CONFIGURED = 7  # synchronisation is off, or has no address or credentials


@dataclass(frozen=True)
class RoundProgress:
    phase: str  # "reconcile", "send", "receive"
    done: int
    total: int


@dataclass
class RoundReport:
    outcome: RoundOutcome
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    acknowledged: int = 0
    retry_later: int = 0
    unknown: int = 0
    quarantined: int = 0
    reconciled: int = 0
    polled: int = 0
    national_events: int = 0
    detail: str = ""  # the reason behind OFFLINE or CREDENTIALS_REFUSED (the server's words)
    waiting: dict[str, int] = field(default_factory=dict)  # owed items by state after the round

    def summary(self) -> str:
        """One line for logs and the command line (figures only: no personal data)."""
        parts = [
            f"outcome={self.outcome.name.lower()}",
            f"acknowledged={self.acknowledged}",
            f"reconciled={self.reconciled}",
            f"retry_later={self.retry_later}",
            f"unknown={self.unknown}",
            f"quarantined={self.quarantined}",
            f"polled={self.polled}",
            f"national_events={self.national_events}",
        ]
        parts += [f"waiting_{state}={n}" for state, n in sorted(self.waiting.items()) if n]
        if self.detail:
            parts.append(f"detail={self.detail!r}")
        return " ".join(parts)
