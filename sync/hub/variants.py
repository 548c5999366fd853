"""Switches that make the hub answer like other deployments of the same v3 contract.

Public integrations show one contract answered several ways; a desk proven only against the
hub's own shapes would share the hub's assumptions. Each switch is a way a real deployment was
seen to differ (docs/lapor-api.md, "Answer shapes"):

- `shapes`: "envelope" (`{"results": {"data": ...}}`, the hub's own), "lapor" (top-level
  answers: `{"complaint_id": 1, "tracking_id": "1", "message": "OK"}`, uploads under
  `results.docs`, ids as strings, follow-up times in ISO without a zone), or "mixed" (either,
  drawn per answer);
- `search`: whether `GET /complaints/search` exists (off: 404);
- `categories`: whether `GET /masters/categories` exists (off: 404);
- `followup_author`: whether follow-ups carry `author` (off: only `from_desk`, true for any
  integration's entry);
- `status_codes`: "hub" (0 Belum Terverifikasi ... 5 Diarsipkan) or "lapor" (1 Belum
  Terverifikasi, 2 Belum Ditindaklanjuti, 3 Sedang Diproses, 4 Selesai, 5 Ditolak,
  6 Diarsipkan);
- `history`: where a complaint's status history sits: "data.logs", "data_logs" (beside
  `data`) or "logs" (at the top level).

Set at start (`python -m sync.hub --shapes lapor --no-search ...`) or at run time
(`POST /_hub/variants`). They change only how answers are written, never what the hub holds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any

from sync.hub.clock import LAPOR_TIME_FORMAT

SHAPES = ("envelope", "lapor", "mixed")
STATUS_CODES = ("hub", "lapor")
HISTORY = ("data.logs", "data_logs", "logs")

# The hub's own status code -> the "lapor" numbering and its name.
LAPOR_STATUSES: dict[str, tuple[str, str]] = {
    "0": ("1", "Belum Terverifikasi"),
    "1": ("2", "Belum Ditindaklanjuti"),
    "2": ("3", "Sedang Diproses"),
    "3": ("4", "Selesai"),
    "4": ("5", "Ditolak"),
    "5": ("6", "Diarsipkan"),
}


@dataclass
class Variants:
    shapes: str = "envelope"
    search: bool = True
    categories: bool = True
    followup_author: bool = True
    status_codes: str = "hub"
    history: str = "data.logs"

    def __post_init__(self) -> None:
        self.check()
        self._rng = random.Random(0)
        self._lock = threading.Lock()

    def check(self) -> None:
        for name, allowed in (
            ("shapes", SHAPES),
            ("status_codes", STATUS_CODES),
            ("history", HISTORY),
        ):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")

    def update(self, changes: dict[str, object]) -> None:
        """Set the switches named in `changes` (a control's JSON body); ValueError on a bad one."""
        known = {f.name: f.type for f in fields(self)}
        unknown = set(changes) - set(known)
        if unknown:
            raise ValueError(f"unknown variants: {', '.join(sorted(unknown))}")
        before = self.as_dict()
        for name, value in changes.items():
            is_switch = isinstance(getattr(self, name), bool)
            if is_switch != isinstance(value, bool) or not isinstance(value, bool | str):
                raise ValueError(f"{name} must be {'true or false' if is_switch else 'a word'}")
            setattr(self, name, value)
        try:
            self.check()
        except ValueError:
            for name, value in before.items():
                setattr(self, name, value)
            raise

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if not k.startswith("_")}

    def _lapor_shape(self) -> bool:
        if self.shapes == "mixed":
            with self._lock:
                return self._rng.random() < 0.5
        return self.shapes == "lapor"

    # --- writing answers ----------------------------------------------------------------

    def body(self, call: str, data: Any, message: str = "OK") -> bytes:
        """The JSON body of a successful answer to `call` carrying the hub's `data`."""
        data = self._statuses(call, data)
        if call == "followups":
            data = [self._follow_up(entry) for entry in data]
        lapor = self._lapor_shape()
        if call == "detail":
            shaped = self._detail(data, message, lapor)
        elif not lapor:
            shaped = {"results": {"data": data}, "message": message}
        elif call == "upload":
            docs = [{"id": f["id"], "name": f["filename"]} for f in data]
            shaped = {"message": message, "results": {"docs": docs}}
        elif call == "create":
            shaped = {
                "complaint_id": data["complaint_id"],
                "tracking_id": str(data["complaint_id"]),
                "message": message,
            }
        elif call == "followup_add":
            shaped = {"message": message, "data": {"followup_id": str(data["followup_id"])}}
        elif call == "reject":
            shaped = {"message": message}
        elif call == "followups":
            shaped = {"message": message, "data": [_iso_times(entry) for entry in data]}
        else:
            shaped = {"message": message, "data": data}
        return json.dumps(shaped, ensure_ascii=False).encode()

    def _detail(self, data: dict[str, Any], message: str, lapor: bool) -> dict[str, Any]:
        logs = data.pop("logs")
        holder: dict[str, Any] = {"data": data}
        if self.history == "data.logs":
            data["logs"] = logs
        shaped: dict[str, Any] = holder if lapor else {"results": holder}
        if self.history == "data_logs":
            holder["data_logs"] = logs
        elif self.history == "logs":
            shaped["logs"] = logs
        shaped["message"] = message
        return shaped

    def _statuses(self, call: str, data: Any) -> Any:
        if self.status_codes != "lapor" or call not in ("detail", "reject"):
            return data
        data = dict(data)
        code = str(data.get("status_code"))
        if code in LAPOR_STATUSES:
            data["status_code"], name = LAPOR_STATUSES[code]
            if "status_name" in data:
                data["status_name"] = name
        if "logs" in data:
            data["logs"] = [
                {
                    **entry,
                    "status_code": LAPOR_STATUSES[str(entry["status_code"])][0],
                    "status_name": LAPOR_STATUSES[str(entry["status_code"])][1],
                }
                for entry in data["logs"]
            ]
        return data

    def _follow_up(self, entry: dict[str, Any]) -> dict[str, Any]:
        return entry if self.followup_author else without_author(entry, str(entry["author"]))


def without_author(entry: dict[str, Any], author: str) -> dict[str, Any]:
    """An entry as a deployment without `author` lists it."""
    return {**{k: v for k, v in entry.items() if k != "author"}, "from_desk": author == "admin"}


def _iso_times(entry: dict[str, Any]) -> dict[str, Any]:
    """Ids as strings and times in ISO 8601 without a zone (WIB implied), as one deployment
    writes them."""
    moment = dt.datetime.strptime(entry["created_at"], LAPOR_TIME_FORMAT)
    return {**entry, "id": str(entry["id"]), "created_at": moment.isoformat()}
