"""Plain records read from the store's files, and the checks that turn bad ones into words.

A store file comes from disk, so any of its records may be of the wrong shape (hand-edited,
written by another program, damaged).  Each is built here or refused with a StoreError that
names the file and the fault, never a constructor's complaint.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import operator
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from personae.store.model import Article, Entity, Event, Mention, Record, Relation
from personae.store.storage import StoreError

if TYPE_CHECKING:
    from personae.store.corrections import Correction

R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything in the store at one moment, as immutable records."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]
    corrections: tuple[Correction, ...] = ()
    """The reader's layer (store/corrections.py): applied by whoever reads the records."""


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """One article with all the records that belong to it: the unit ingest replaces."""

    article: Article
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]


def build_records(
    where: str, table: str, kind: type[R], docs: Iterable[Any], advice: str = "move it aside"
) -> tuple[R, ...]:
    """``docs`` as records of ``kind``, or a StoreError saying what is wrong in ``where``."""
    docs = list(docs)
    try:
        records = tuple(map(kind.from_doc, docs))
        check_types(kind, records)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(
            f"{where} holds a malformed record ({what_is_wrong(table, kind, docs, exc)}); {advice}."
        ) from exc
    return records


_FIELD_TYPES: dict[type[Record], tuple[tuple[str, tuple[type, ...], bool], ...]] = {}


def _field_types(kind: type[Record]) -> tuple[tuple[str, tuple[type, ...], bool], ...]:
    """Each field's allowed runtime types, and whether it is a tuple of strings."""
    if kind in _FIELD_TYPES:
        return _FIELD_TYPES[kind]
    hints = typing.get_type_hints(kind)
    checks = []
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]
        args = typing.get_args(hints[f.name])
        if typing.get_origin(hints[f.name]) is typing.Literal:
            allowed: tuple[type, ...] = tuple({type(a) for a in args})
        elif typing.get_origin(hints[f.name]) is tuple:
            allowed = (tuple,)
        elif args:  # X | None
            allowed = tuple(typing.get_origin(a) or a for a in args)
        else:
            allowed = (hints[f.name],)
        checks.append((f.name, allowed, args[:1] == (str,) and tuple in allowed))
    _FIELD_TYPES[kind] = tuple(checks)
    return _FIELD_TYPES[kind]


def what_is_wrong(table: str, kind: type, docs: Sequence[Any], error: Exception) -> str:
    """The fault in words a reader can act on, not a constructor's complaint."""
    required = [
        f.name
        for f in dataclasses.fields(kind)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    for doc in docs:
        if not isinstance(doc, dict):
            return f"a record in {table} is not an object"
        missing = [name for name in required if name not in doc]
        if missing:
            return f"a record in {table} lacks {', '.join(missing)}"
    return f"in {table}: {error}"


def check_types(kind: type[Record], records: Sequence[Record]) -> None:
    """A record of the right shape but wrong types (a name that is a number, say) would
    break every reader of the store later; refuse it here, as a malformed record."""
    for name, allowed, of_strings in _field_types(kind):
        values = list(map(operator.attrgetter(name), records))
        wrong = set(map(type, values)).difference(allowed)
        if of_strings and not wrong:
            wrong = {type(v) for items in values for v in items} - {str}
        if wrong:
            got = sorted(t.__name__ for t in wrong)[0]
            raise TypeError(f"{kind.__name__}.{name} is {got}, not {allowed[0].__name__}")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a snapshot is built: its hundreds of thousands of
    new records hold no cycles, yet each collection walks them all (a third of the time
    of opening a store of 10,000 articles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
