"""Who is signed in at this desk, and the permission check every use case starts with.

Services call `require(...)` before they touch anything, so a role's limits hold whatever the
interface shows; the interface asks `allows(...)` only to hide what would be refused anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.access import Permission, Role, allows
from desktop.domain.audit_actions import AuditAction

if TYPE_CHECKING:
    # The interface imports this module before the database opens: SQLAlchemy comes later.
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Actor:
    """The signed-in person, as services see them."""

    account_id: int
    username: str
    full_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)


class AccessDeniedError(Exception):
    """A use case refused for who is (or is not) signed in. Not an OSError on purpose: storage
    fault handling turns OSError into "check the disk" messages."""


class NotSignedInError(AccessDeniedError):
    """A use case was called while nobody is signed in (or after the idle lock)."""


class PermissionDeniedError(AccessDeniedError):
    def __init__(self, permission: Permission, role: Role) -> None:
        super().__init__(f"role {role} may not {permission}")
        self.permission = permission
        self.role = role


class AccessControl:
    """Holds the signed-in actor for one open desk, and writes the audit entries of its acts."""

    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        self._current: Actor | None = None
        self._clock = clock

    @property
    def current(self) -> Actor | None:
        return self._current

    def sign_in(self, actor: Actor) -> None:
        self._current = actor

    def sign_out(self) -> None:
        self._current = None

    def allows(self, permission: Permission) -> bool:
        return self._current is not None and self._current.may(permission)

    def require(self, permission: Permission) -> Actor:
        actor = self._current
        if actor is None:
            raise NotSignedInError(permission)
        if not actor.may(permission):
            raise PermissionDeniedError(permission, actor.role)
        return actor

    def signed_in(self) -> Actor:
        if self._current is None:
            raise NotSignedInError("signed_in")
        return self._current

    def record(
        self,
        session: Session,
        action: AuditAction,
        target: str = "",
        details: Mapping[str, Any] | None = None,
        *,
        actor: Actor | None = None,
        register: Iterable[int] = (),
    ) -> None:
        """Append an audit entry in `session`'s transaction, by `actor` or the signed-in one;
        `register` names the complaints the write changed (the entry seals them)."""
        from desktop.store import audit

        who = actor or self._current
        audit.append(
            session,
            at=self._clock(),
            actor=who.username if who else "",
            action=action,
            target=target,
            details=details,
            register=register,
        )
