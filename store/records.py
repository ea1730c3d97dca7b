"""Plain records read from the store's files, and the checks that turn bad ones into words.

A store file comes from disk, so any of its records may be of the wrong shape (hand-edited,
written by another program, damaged).  Each is built here or refused with a StoreError that
names the file and the fault, never a constructor's complaint.
"""

from __future__ import annotations

import dataclasses
import gc
import operator
import typing
from collections.abc import Callable, Iterable, Sequence
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


#: Where a record was read, or how to say it: a pass over thousands of pieces (`g`) builds
#: the words only for the one that turns out malformed.
Words = str | Callable[[], str]


def build_records(
    where: Words, table: str, kind: type[R], docs: Iterable[Any], advice: Words = "move it aside"
) -> tuple[R, ...]:
    """``docs`` as records of ``kind``, or a StoreError saying what is wrong in ``where``."""
    docs = list(docs)
    try:
        records = tuple(map(kind.from_doc, docs))
        check_types(kind, records)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        wrong = what_is_wrong(table, kind, docs, exc)
        raise StoreError(
            f"{_said(where)} holds a malformed record ({wrong}); {_said(advice)}."
        ) from exc
    return records


def _said(words: Words) -> str:
    return words if isinstance(words, str) else words()


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


#: Of each record type, how to read all its values at once, which of them are tuples of
#: strings, and the combinations of value types already found allowed: a store's records
#: come in a handful of these, so most records are checked by one set lookup.
_SHAPES: dict[type[Record], tuple[Callable[[Any], Any], tuple[int, ...], set[tuple[type, ...]]]]
_SHAPES = {}


def check_types(kind: type[Record], records: Sequence[Record]) -> None:
    """A record of the right shape but wrong types (a name that is a number, say) would
    break every reader of the store later; refuse it here, as a malformed record."""
    shape = _SHAPES.get(kind)
    if shape is None:
        checks = _field_types(kind)
        values_of: Callable[[Any], Any] = operator.attrgetter(*(n for n, _, _ in checks))
        strings = tuple(n for n, (_, _, of_strings) in enumerate(checks) if of_strings)
        shape = _SHAPES[kind] = (values_of, strings, set())
    values_of, strings, allowed = shape
    for record in records:
        values = values_of(record)
        types = tuple(map(type, values))
        if types not in allowed:
            if not _allowed(kind, types):
                break
            allowed.add(types)
        if strings and any(type(v) is not str for n in strings for v in values[n]):
            break
    else:
        return
    _refuse_wrong_types(kind, records)


def _allowed(kind: type[Record], types: tuple[type, ...]) -> bool:
    return all(t in allowed for t, (_, allowed, _) in zip(types, _field_types(kind), strict=True))


def _refuse_wrong_types(kind: type[Record], records: Sequence[Record]) -> None:
    """The TypeError naming the first field of ``records`` of a type it may not have."""
    for name, allowed, of_strings in _field_types(kind):
        values = list(map(operator.attrgetter(name), records))
        wrong = set(map(type, values)).difference(allowed)
        if of_strings and not wrong:
            wrong = {type(v) for items in values for v in items} - {str}
        if wrong:
            got = sorted(t.__name__ for t in wrong)[0]
            raise TypeError(f"{kind.__name__}.{name} is {got}, not {allowed[0].__name__}")


class collector_paused:  # named as what it is used for: ``with collector_paused():``
    """No cyclic garbage collection while a snapshot is built: its hundreds of thousands of
    new records hold no cycles, yet each collection walks them all (a third of the time
    of opening a store of 10,000 articles).  A class, not a generator: `g` enters it once
    per article, thousands of times."""

    __slots__ = ("_was_enabled",)

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was_enabled:
            gc.enable()
