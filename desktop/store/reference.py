"""The desk's editable reference lists (categories, institutions) and its settings table."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.aliases import aliases_from_stored, stored_aliases
from desktop.domain.records import CategoryOption, InstitutionOption
from desktop.store.schema import Category, Institution, Setting

PATH_SEPARATOR = " › "


def categories(session: Session) -> list[CategoryOption]:
    """All categories, each with its full path, parents before their children, by path."""
    rows = session.execute(
        select(Category.id, Category.parent_id, Category.name, Category.active, Category.aliases)
    )
    by_id = {r.id: r for r in rows}

    def path(category_id: int) -> str:
        parts: list[str] = []
        current: int | None = category_id
        while current is not None and len(parts) < 16:  # bound guards against a cycle
            row = by_id[current]
            parts.append(row.name)
            current = row.parent_id
        return PATH_SEPARATOR.join(reversed(parts))

    options = [
        CategoryOption(
            r.id, r.parent_id, r.name, path(r.id), bool(r.active), aliases_from_stored(r.aliases)
        )
        for r in by_id.values()
    ]
    return sorted(options, key=lambda o: o.path.casefold())


def category_path(session: Session, category_id: int | None) -> str:
    """ "Parent › Child" for one category, walking up its parents."""
    parts: list[str] = []
    current = category_id
    while current is not None and len(parts) < 16:  # bound guards against a cycle
        row = session.execute(
            select(Category.name, Category.parent_id).where(Category.id == current)
        ).first()
        if row is None:
            break
        parts.append(row.name)
        current = row.parent_id
    return PATH_SEPARATOR.join(reversed(parts))


def add_category(session: Session, name: str, parent_id: int | None) -> int:
    row = Category(name=name, parent_id=parent_id, active=True)
    session.add(row)
    session.flush()
    return row.id


def update_category(session: Session, category_id: int, name: str, active: bool) -> None:
    session.execute(
        update(Category).where(Category.id == category_id).values(name=name, active=active)
    )


def institutions(session: Session) -> list[InstitutionOption]:
    rows = session.execute(
        select(Institution.id, Institution.name, Institution.active, Institution.aliases).order_by(
            Institution.name
        )
    )
    return [
        InstitutionOption(r.id, r.name, bool(r.active), aliases_from_stored(r.aliases))
        for r in rows
    ]


def institution_name(session: Session, institution_id: int | None) -> str:
    if institution_id is None:
        return ""
    return session.scalar(select(Institution.name).where(Institution.id == institution_id)) or ""


def add_institution(session: Session, name: str) -> int:
    row = Institution(name=name, active=True)
    session.add(row)
    session.flush()
    return row.id


def update_institution(session: Session, institution_id: int, name: str, active: bool) -> None:
    session.execute(
        update(Institution).where(Institution.id == institution_id).values(name=name, active=active)
    )


def set_category_aliases(session: Session, category_id: int, aliases: Sequence[str]) -> None:
    session.execute(
        update(Category).where(Category.id == category_id).values(aliases=stored_aliases(aliases))
    )


def set_institution_aliases(session: Session, institution_id: int, aliases: Sequence[str]) -> None:
    session.execute(
        update(Institution)
        .where(Institution.id == institution_id)
        .values(aliases=stored_aliases(aliases))
    )


def settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(Setting.key, Setting.value))}


def save_settings(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))
