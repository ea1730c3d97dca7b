"""The reader's layer in use: committing a correction, undoing one, and an article's records
as the reader corrected them (for export).  The layer itself is store/corrections.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from personae.store.correction_layer import Layer
from personae.store.corrections import KINDS, Correction, new_correction
from personae.store.db import Store
from personae.store.model import Article, Entity, Event, Mention, Relation


@dataclass(frozen=True, slots=True)
class Committed:
    """A change of the reader's layer as committed: the correction added or taken out
    (None: it was not there any more), the layer now, and the number of the commit."""

    correction: Correction | None
    layer: tuple[Correction, ...]
    commit: int


def commit_correction(
    store: Store,
    kind: str,
    target: dict[str, Any],
    value: Any,
    before: Any,
    on_wait: Callable[[str], None] | None = None,
) -> Committed:
    """Add one correction to the store's layer, as one commit (``on_wait``: Store.correct)."""
    made: list[Correction] = []
    number: list[int] = []

    def add(layer: tuple[Correction, ...], commit: int) -> tuple[Correction, ...]:
        made[:], number[:] = [new_correction(kind, target, value, before, commit)], [commit]
        return (*layer, *made)

    layer = store.correct(add, on_wait=on_wait)
    return Committed(made[0], layer, number[0])


def undo_correction(
    store: Store, correction_id: str, on_wait: Callable[[str], None] | None = None
) -> Committed:
    """Undo one correction, as one commit: it stays in the layer, marked undone, and no
    longer applies (the correction is None if it was undone already).  A note or a
    bookmark is taken out whole: what the reader deletes leaves the store."""
    undone: list[Correction] = []
    number: list[int] = []

    def remove(layer: tuple[Correction, ...], commit: int) -> tuple[Correction, ...]:
        undone[:] = [c.undone_now() for c in layer if c.id == correction_id and not c.undone]
        number[:] = [commit]
        if undone and undone[0].kind not in KINDS:
            return tuple(c for c in layer if c.id != correction_id)
        return tuple(undone[0] if undone and c.id == correction_id else c for c in layer)

    layer = store.correct(remove, on_wait=on_wait)
    return Committed(undone[0] if undone else None, layer, number[0])


@dataclass(frozen=True, slots=True)
class ReviewedArticle:
    """One article's records as the reader corrected them, and whether each correction
    on the article is orphaned (its target gone from the machine's records)."""

    mentions: list[Mention]
    relations: list[Relation]
    events: list[Event]
    orphaned: dict[str, bool]


class Review:
    """The reader's layer applied one article at a time, as the explorer applies it: an
    export of a large store then holds one article's records, never all of them."""

    def __init__(self, corrections: tuple[Correction, ...], entities: tuple[Entity, ...]) -> None:
        self.corrections = corrections
        self._layer = Layer(corrections)
        self._ids = {e.id for e in entities}
        self.entities, self._merged = self._layer.entities(entities)
        """The actors as corrected, by id."""
        self._on_article: dict[str | None, list[Correction]] = defaultdict(list)
        for correction in corrections:
            self._on_article[correction.article].append(correction)

    def owner(self, entity_id: str) -> str | None:
        """The actor ``entity_id`` now is (merged into another), None when hidden."""
        return self._layer.owner(entity_id, self.entities, self._merged)

    def article(
        self,
        article: Article,
        mentions: Sequence[Mention],
        relations: Sequence[Relation],
        events: Sequence[Event],
    ) -> ReviewedArticle:
        if not self.corrections:
            return ReviewedArticle(list(mentions), list(relations), list(events), {})
        text = article.text
        machine = [*relations, *self._layer.added(article.id, text)]

        def records(
            wanted: str,
        ) -> tuple[list[Relation], Sequence[Event], Sequence[Mention], Article] | None:
            return (machine, events, mentions, article) if wanted == article.id else None

        orphaned = {
            c.id: self._layer.orphaned(c, self._ids, records)
            for c in self._on_article.get(article.id, ())
        }
        return ReviewedArticle(
            self._layer.mentions(mentions, self.owner, article),
            self._layer.relations(machine, text, self.owner),
            self._layer.events(events, text, self.owner),
            orphaned,
        )

    def orphaned_elsewhere(self, seen: Collection[str]) -> dict[str, bool]:
        """Whether each correction on no article of ``seen`` (the articles reviewed) is
        orphaned: an actor's, or one whose article has left the store."""
        return {
            c.id: self._layer.orphaned(c, self._ids, lambda _: None)
            for c in self.corrections
            if c.article not in seen
        }
