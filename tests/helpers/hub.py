"""Handles on a running sandbox hub for tests: the API with credentials, and the controls.

`InProcessHub` serves in a thread of the test process (fast, fresh per test); `HubProcess` runs
`python -m sync.hub` as a child process, for tests that kill or restart it. Both talk to the hub
only over HTTP on 127.0.0.1, as the desk does.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from sync.hub.server import RunningHub, start_hub
from tests.helpers import ROOT

HUB_KEY = "kunci-uji-sandbox"
HUB_TOKEN = "3f0c2a8e-7d4b-4c1e-9a55-1b2c3d4e5f60"
TIMEOUT = 10

# Master ids of a new hub (sync/hub/masters.py): Dinas Pekerjaan Umum dan Penataan Ruang and
# Infrastruktur > Jalan dan Jembatan.
PUBLIC_WORKS_ID = 1005
ROADS_CATEGORY_ID = 2017


def complaint_body(**changes: Any) -> dict[str, Any]:
    """A create body the hub accepts; `changes` replace or add fields."""
    body: dict[str, Any] = {
        "title": "Jalan berlubang di depan SDN 2",
        "content": "Sejak bulan lalu jalan di depan SDN 2 berlubang besar.",
        "channel": 1,
        "classification_id": 1,
        "disposition_id": PUBLIC_WORKS_ID,
        "category_id": ROADS_CATEGORY_ID,
        "location_id": "32.01.01.1001",
        "date_of_incident": "2026-11-20",
        "tags_raw": f"jalan,meja-aduan:{uuid.uuid4()}",
        "is_anonymous": False,
        "is_secret": False,
        "attachments": [],
    }
    body.update(changes)
    return body


@dataclass
class HubHandle:
    """A running hub's address and credentials, with helpers for the API and `/_hub/`."""

    url: str
    key: str
    token: str
    db_path: Path

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}", "token": self.token}

    def session(self) -> requests.Session:
        """A kept-alive session with the credentials set; close it (use `with`)."""
        session = requests.Session()
        session.headers.update(self.headers)
        return session

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One API request with the credentials (`path` like "/complaints/search")."""
        headers = {**self.headers, **kwargs.pop("headers", {})}
        kwargs.setdefault("timeout", TIMEOUT)
        return requests.request(method, self.url + path, headers=headers, **kwargs)

    def upload(self, *files: tuple[str, bytes]) -> list[int]:
        sent = [("attachments[]", (name, data)) for name, data in files]
        answer = self.call("POST", "/complaints/complaint/file", files=sent)
        answer.raise_for_status()
        return [item["id"] for item in answer.json()["results"]["data"]]

    def create(self, **changes: Any) -> int:
        answer = self.call("POST", "/complaints/complaint", json=complaint_body(**changes))
        answer.raise_for_status()
        return int(answer.json()["results"]["data"]["complaint_id"])

    # The hub's controls ------------------------------------------------------------------

    def control(self, method: str, path: str, body: Any = None) -> Any:
        answer = requests.request(method, self.url + path, json=body, timeout=TIMEOUT)
        answer.raise_for_status()
        return answer.json()

    def set_faults(
        self,
        rate: float,
        kinds: list[str] | tuple[str, ...] = (),
        seed: int | None = 1,
        retry_after: int | None = None,
        delay_scale: float | None = None,
    ) -> None:
        """From now on a share `rate` of API requests gets one of `kinds` (all when empty);
        429 and 503 answers carry `Retry-After: retry_after` (the hub's default: 1), and the
        delays of `latency` and `slow_body` are multiplied by `delay_scale` (default 1). A
        `seed` of None goes on with the faults' random sequence where it was."""
        body: dict[str, object] = {"rate": rate, "kinds": list(kinds)}
        if seed is not None:
            body["seed"] = seed
        if retry_after is not None:
            body["retry_after"] = retry_after
        if delay_scale is not None:
            body["delay_scale"] = delay_scale
        self.control("POST", "/_hub/faults", body)

    def set_variants(self, **switches: object) -> dict[str, Any]:
        """Answer like another deployment (sync/hub/variants.py): `shapes="lapor"`,
        `search=False`, `categories=False`, `followup_author=False`, `status_codes="lapor"`,
        `history="data_logs"`; returns every switch as now set."""
        return dict(self.control("POST", "/_hub/variants", switches))

    def clear_faults(self) -> None:
        self.control("POST", "/_hub/faults", {"rate": 0})

    def next_faults(self, *kinds: str) -> None:
        """The next API requests get these faults, one each, in order."""
        self.control("POST", "/_hub/faults/next", {"kinds": list(kinds)})

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0) -> str:
        """Moves the national side's clock forward; returns its new time (d-m-Y H:i:s)."""
        body = {"days": days, "hours": hours, "minutes": minutes}
        return str(self.control("POST", "/_hub/advance", body)["now"])

    def clock(self) -> dict[str, Any]:
        return dict(self.control("GET", "/_hub/clock"))

    def complaints(self) -> list[dict[str, Any]]:
        """Every complaint with its status and follow-ups (`/_hub/complaints`)."""
        return list(self.control("GET", "/_hub/complaints"))

    def stats(self) -> dict[str, Any]:
        return dict(self.control("GET", "/_hub/stats"))


@dataclass
class InProcessHub(HubHandle):
    """A hub serving in a thread of the test process."""

    running: RunningHub | None = None

    @classmethod
    def start(cls, db_path: Path, **options: Any) -> InProcessHub:
        options.setdefault("key", HUB_KEY)
        options.setdefault("token", HUB_TOKEN)
        options.setdefault("seed", 1)
        running = start_hub(db_path, **options)
        return cls(running.url, running.key, running.token, db_path, running)

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None


@dataclass
class HubProcess(HubHandle):
    """`python -m sync.hub` in a child process; `first_lines` is what it printed at start."""

    process: subprocess.Popen[str] | None = None
    args: list[str] = field(default_factory=list)
    first_lines: list[str] = field(default_factory=list)
    log_path: Path | None = None

    @classmethod
    def start(
        cls, db_path: Path, *extra: str, port: int = 0, credentials: bool = True
    ) -> HubProcess:
        args = ["--db", str(db_path), "--seed", "1", *extra]
        if credentials:
            args += ["--key", HUB_KEY, "--token", HUB_TOKEN]
        hub = cls("", HUB_KEY, HUB_TOKEN, db_path, args=args)
        hub._launch(port)
        return hub

    def _launch(self, port: int) -> None:
        # Only a new database without --key/--token makes up credentials and prints them.
        prints_credentials = "--key" not in self.args and not self.db_path.exists()
        self.log_path = self.db_path.with_suffix(".log")
        with open(self.log_path, "a", encoding="utf-8") as log:
            # stderr to a file: a pipe nobody reads could fill and block the hub.
            self.process = subprocess.Popen(
                [sys.executable, "-m", "sync.hub", "--port", str(port), *self.args],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().strip()
        prefix = "hub listening on "
        if not first.startswith(prefix):
            self.stop()
            raise RuntimeError(f"the hub did not start: {first!r}, log: {self.log_text()}")
        self.url = first[len(prefix) :]
        self.first_lines = [first]
        if prints_credentials:
            for _ in range(2):
                line = self.process.stdout.readline().strip()
                self.first_lines.append(line)
                name, _, value = line.partition(": ")
                if name == "key":
                    self.key = value
                elif name == "token":
                    self.token = value

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8") if self.log_path else ""

    def terminate(self) -> int:
        """SIGTERM (Windows: TerminateProcess) and the exit code."""
        assert self.process is not None
        self.process.terminate()
        return self._reap()

    def kill(self) -> int:
        """Kills the hub at once: no clean stop, whatever was committed stays."""
        assert self.process is not None
        self.process.kill()
        return self._reap()

    def restart(self, same_port: bool = True) -> None:
        """Starts the hub again on the same database (and by default the same port)."""
        if self.process is not None:
            self.terminate()
        self._launch(self.port if same_port else 0)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.terminate()
        elif self.process is not None:
            self._reap()

    def _reap(self) -> int:
        assert self.process is not None
        try:
            code = self.process.wait(timeout=TIMEOUT)
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()
        return code
