"""The desk's HTTP client for its office server: TLS verified against the pinned certificate.

The certificate is fetched once, when the desk joins, and kept only if its SHA-256 matches the
join code's: from then on every request verifies the server against that file alone (never
`verify=False`). The certificate is trusted as an anchor even when it is a leaf IT staff's CA
issued (partial chain), so a pinned certificate works whoever made it.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from desktop import __version__
from desktop.domain.office import PROTOCOL, PULL_PAGE
from sync.office import protocol

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0


class OfficeUnreachableError(Exception):
    """The server did not answer (down, the LAN cut, a timeout): nothing was lost."""


class OfficeRefusedError(Exception):
    """The server answered with a refusal; its message says what IT staff should do."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error


def fetch_certificate(address: str, timeout_s: float = CONNECT_TIMEOUT_S) -> bytes:
    """The certificate the server at `address` presents (PEM), before trusting it: the caller
    compares its fingerprint with the join code's."""
    parts = urlsplit(address)
    try:
        pem = ssl.get_server_certificate(
            (parts.hostname or "", parts.port or 443), timeout=timeout_s
        )
    except (OSError, ssl.SSLError) as error:
        raise OfficeUnreachableError(f"{address}: {error}") from error
    return pem.encode("ascii")


class _PinnedAdapter(HTTPAdapter):
    def __init__(self, certificate: Path) -> None:
        self._context = ssl.create_default_context(cafile=str(certificate))
        self._context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)


class OfficeClient:
    def __init__(
        self,
        address: str,
        certificate: Path,
        *,
        desk_id: str = "",
        secret: str = "",
        schema: str = "",
        desk_protocol: int = PROTOCOL,
    ) -> None:
        self._address = address.rstrip("/")
        self._session = requests.Session()
        self._session.verify = str(certificate)
        self._session.mount("https://", _PinnedAdapter(certificate))
        self._session.headers.update(
            {
                protocol.PROTOCOL_HEADER: str(desk_protocol),
                protocol.APP_VERSION_HEADER: __version__,
                protocol.SCHEMA_HEADER: schema,
            }
        )
        if desk_id:
            self._session.headers[protocol.AUTHORIZATION] = (
                f"{protocol.DESK_SCHEME} {desk_id}:{secret}"
            )
        self._epoch = ""  # the register's epoch `hello` stated ("": a server that states none)
        self._made_with = (address, certificate, desk_id, secret, schema, desk_protocol)

    def close(self) -> None:
        self._session.close()

    def twin(self) -> OfficeClient:
        """Another client of the same desk to the same register (the epoch `hello` met), for
        a request on another thread: a requests session is for one thread at a time."""
        address, certificate, desk_id, secret, schema, desk_protocol = self._made_with
        twin = OfficeClient(
            address,
            certificate,
            desk_id=desk_id,
            secret=secret,
            schema=schema,
            desk_protocol=desk_protocol,
        )
        twin._epoch = self._epoch
        return twin

    def hello(self) -> dict[str, Any]:
        answer = self._call("POST", protocol.HELLO, json={})
        self._epoch = _epoch_of(answer)
        return answer

    def join(self, token: str) -> dict[str, Any]:
        return self._call("POST", protocol.JOIN, json={"token": token})

    def push(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        answer = self._same_register(self._call("POST", protocol.PUSH, json={"events": events}))
        return list(answer["results"])

    def give_back(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The server's own events this desk holds, to a register restored without them."""
        body = {"events": events}
        answer = self._same_register(self._call("POST", protocol.GIVE_BACK, json=body))
        return list(answer["results"])

    def audit(self, count: int, head: str, anchor: str | None) -> str:
        answer = self._call(
            "POST", protocol.AUDIT, json={"count": count, "head": head, "anchor": anchor}
        )
        return str(answer["audit"])

    def put_file(self, sha256: str, data: bytes) -> None:
        self._call("PUT", protocol.FILES.format(sha256=sha256), data=data)

    def get_file(self, sha256: str) -> bytes | None:
        """The file's bytes, or None when the server does not have it (its desk has not sent
        it: a later exchange brings it)."""
        try:
            answer = self._session.get(
                self._address + protocol.FILES.format(sha256=sha256),
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
            )
        except requests.RequestException as error:
            raise OfficeUnreachableError(str(error)) from error
        if answer.status_code == 200:
            return answer.content
        if answer.status_code == 404:
            return None
        if answer.status_code >= 500:
            raise OfficeUnreachableError(f"the server answered {answer.status_code}")
        raise OfficeRefusedError(answer.status_code, "file", answer.reason)

    def pull(self, after: int, committed: int | None = None) -> dict[str, Any]:
        """The office's events after `after`. `committed`: how far this desk has committed
        what it pulled, when that is short of `after` (a page asked for ahead, while the one
        before it is still being applied); by default `after` itself."""
        params = {"after": after, "limit": PULL_PAGE}  # the server hands at most that many
        if committed is not None:
            params["committed"] = committed
        return self._same_register(self._call("GET", protocol.PULL, params=params))

    def _same_register(self, answer: dict[str, Any]) -> dict[str, Any]:
        """The answer, from the register `hello` met: one restored since (the server stopped
        and started again) gives other positions, so this exchange ends and the next one
        catches up from its `hello`."""
        if self._epoch and _epoch_of(answer) != self._epoch:
            raise OfficeUnreachableError("the office register was restored during this exchange")
        return answer

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            answer = self._session.request(
                method,
                self._address + path,
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                **kwargs,
            )
        except requests.exceptions.SSLError as error:
            if not _certificate_rejected(error):
                # A connection reset or cut during the TLS handshake: the LAN, not the pin.
                raise OfficeUnreachableError(str(error)) from error
            # Not a network fault: the server's certificate is no longer the one pinned.
            raise OfficeRefusedError(
                0,
                "certificate",
                "the office server's certificate is not the one this desk joined with: "
                "ask IT staff (a new certificate needs a new join)",
            ) from error
        except requests.RequestException as error:
            raise OfficeUnreachableError(str(error)) from error
        if answer.status_code >= 500:
            raise OfficeUnreachableError(f"the server answered {answer.status_code}")
        try:
            body = answer.json()
        except ValueError as error:
            raise OfficeUnreachableError("the server's answer was not JSON") from error
        if answer.status_code >= 400:
            error_name = str(body.get("error", "")) if isinstance(body, dict) else ""
            message = str(body.get("message", "")) if isinstance(body, dict) else ""
            raise OfficeRefusedError(answer.status_code, error_name, message or answer.reason)
        if not isinstance(body, dict):
            raise OfficeUnreachableError("the server's answer was not an object")
        return body


def _epoch_of(answer: dict[str, Any]) -> str:
    register = answer.get("register")
    return str(register.get("epoch", "")) if isinstance(register, dict) else ""


def _certificate_rejected(error: BaseException) -> bool:
    """Whether TLS failed because the server's certificate did not verify against the pinned
    one, rather than the connection dropping mid-handshake (which requests also calls an
    SSLError): looked for through the chain of wrapped errors (requests, urllib3, ssl)."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        each = pending.pop()
        if not isinstance(each, BaseException) or id(each) in seen:
            continue
        seen.add(id(each))
        if isinstance(each, ssl.SSLCertVerificationError):
            return True
        pending.extend((each.__cause__, each.__context__, getattr(each, "reason", None)))
        pending.extend(each.args)
    return False
