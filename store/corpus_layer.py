"""What the explorer asks of the reader's layer in a corpus: how a correction names a
relation or an event (by its machine record), and whether a correction's target is gone.
A part of Corpus (store/corpus.py), kept apart so that each module stays short."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from personae.store.catalog import Catalog
from personae.store.correction_layer import Layer
from personae.store.corrections import Correction, event_key, mention_key, relation_key
from personae.store.model import Article, Event, Mention, Relation

if TYPE_CHECKING:
    from personae.store.article_index import ArticleIndex


class ReaderLayer:
    """Corpus's questions about corrections (Corpus provides the reading)."""

    catalog: Catalog
    layer: Layer

    if TYPE_CHECKING:

        def _index(self, article_id: str) -> ArticleIndex | None: ...

        def passing(self, article_id: str) -> ArticleIndex | None: ...

        def owner(self, entity_id: str) -> str | None: ...

    @cached_property
    def _machine_ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.catalog.entities)

    def relation_target(self, relation_id: str, article_id: str) -> dict[str, str] | None:
        """How a correction names this relation: by what its machine record says that
        survives re-extraction (None: no such relation)."""
        index = self._index(article_id)
        machine = None if index is None else index.machine_by_id[0].get(relation_id)
        return None if index is None or machine is None else relation_key(machine, index.text)

    def event_target(self, event_id: str, article_id: str) -> dict[str, str] | None:
        index = self._index(article_id)
        machine = None if index is None else index.machine_by_id[1].get(event_id)
        return None if index is None or machine is None else event_key(machine, index.text)

    def mention_target(self, mention: Mention) -> dict[str, str] | None:
        """How a correction names this mention (as the machine wrote it)."""
        index = self._index(mention.article)
        if index is None:
            return None
        machine = index.piece.mentions if index.piece is not None else index.mentions
        found = next((m for m in machine if (m.start, m.end) == (mention.start, mention.end)), None)
        return None if found is None else mention_key(found, index.article)

    # -- the reader's notes and bookmarks (store/notes.py) --------------------------------

    @cached_property
    def _notes_by_article(self) -> dict[str, tuple[Correction, ...]]:
        found: dict[str, list[Correction]] = defaultdict(list)
        for note in self.layer.notes:
            if note.article is not None:
                found[note.article].append(note)
        return {article: tuple(notes) for article, notes in found.items()}

    @cached_property
    def _noted_actors(self) -> frozenset[str]:
        """The actors noted, as they are now: a note on an actor merged into another is on
        the one it is part of."""
        noted = (str(n.target.get("entity")) for n in self.layer.notes if n.kind == "note.actor")
        return frozenset(owner for entity in noted if (owner := self.owner(entity)) is not None)

    def notes_in(self, article_id: str) -> tuple[Correction, ...]:
        """The notes and bookmarks written in an article, oldest first."""
        return self._notes_by_article.get(article_id, ())

    def actor_noted(self, entity_id: str) -> bool:
        """Whether the reader wrote a note on this actor (in any article)."""
        return entity_id in self._noted_actors

    def relation_noted(self, relation: Relation) -> bool:
        """Whether the reader wrote a note on this relation."""
        keys = [n.target for n in self.notes_in(relation.article) if n.kind == "note.relation"]
        return bool(keys) and self.relation_target(relation.id, relation.article) in keys

    def marked_sentences(self, article_id: str) -> dict[str, str]:
        """The article's sentences with a note (``"note"``) or else a bookmark (``"bookmark"``)."""
        marks: dict[str, str] = {}
        for note in self.notes_in(article_id):
            sentence = note.target.get("sentence")
            if note.kind in ("bookmark", "note.passage") and isinstance(sentence, str):
                marks[sentence] = (
                    "note" if note.kind == "note.passage" else marks.get(sentence, "bookmark")
                )
        return marks

    def orphaned(self, correction: Correction) -> bool:
        """Whether a correction's target is no longer in the store (it is kept)."""

        def records(
            article_id: str,
        ) -> tuple[Sequence[Relation], Sequence[Event], Sequence[Mention], Article] | None:
            index = self.passing(article_id)
            if index is None:
                return None
            relations, events = index.machine
            mentions = index.piece.mentions if index.piece is not None else index.mentions
            return relations, events, mentions, index.article

        return self.layer.orphaned(correction, self._machine_ids, records)
