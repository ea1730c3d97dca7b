"""What an export for readers' tools covers, and store text made fit to put in front of one.

The CSV table, the network (GraphML, DOT) and the Markdown brief all answer the same
questions: which articles (one, or all), which relations (those of the chosen actors, with
or without co-mentions), how often each actor is named, which date a relation has. They are
answered once here, so that the formats cannot disagree about what they hold.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from personae.store.catalog import Catalog
from personae.store.corpus import Corpus, one_line
from personae.store.corrections import Correction
from personae.store.export import Load, in_scope, reviewed_pieces
from personae.store.model import COMENTION, Article, Entity, Event, Relation
from personae.store.notes import NOTE_KINDS
from personae.store.records import Snapshot
from personae.store.reviewed import Review

#: How many close names an unknown actor's message offers.
CLOSE_NAMES = 3


class UnknownActor(ValueError):
    """A name given to ``--select`` that no actor has; the message offers the closest."""


def plain(text: str | None) -> str:
    """Store text on one line, as ``personae list`` shows it: terminal controls, bidi and
    zero-width marks dropped, line breaks and runs of spaces made one space."""
    return one_line(text) if text else ""


def choose_actors(corpus: Corpus, names: Sequence[str]) -> tuple[str, ...]:
    """The ids of the actors ``names`` give (id, name or alias, any case, as the explorer's
    ``--select`` reads them), each once, in the order given."""
    chosen: list[str] = []
    for name in names:
        entity = corpus.resolve(name)
        if entity is None:
            raise UnknownActor(_unknown_actor(name, corpus.entities))
        chosen.append(entity.id)
    return tuple(dict.fromkeys(chosen))


def _unknown_actor(name: str, entities: Sequence[Entity]) -> str:
    shown: dict[str, str] = {}
    for entity in entities:
        for known in entity.names:
            shown.setdefault(known.casefold(), plain(known))
    wanted = " ".join(name.split()).casefold()
    close = [k for k in shown if wanted and wanted in k][:CLOSE_NAMES] if len(wanted) > 2 else []
    for k in difflib.get_close_matches(wanted, list(shown), n=CLOSE_NAMES):
        if k not in close and len(close) < CLOSE_NAMES:
            close.append(k)
    if not close:
        return f"no actor is called {name!r} in the store, nor any name close to it."
    return f"no actor is called {name!r} in the store; the closest: {', '.join(shown[k] for k in close)}."


class ExportView:
    """The store as one export sees it: the articles in scope, the relations kept, in the
    order of the articles' dates and of the text, and each actor's counts in scope."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        article_id: str | None = None,
        actors: Sequence[str] = (),
        co_mentions: bool = False,
        entities: Mapping[str, Entity] | None = None,
    ) -> None:
        """``entities``: the actors by id, when the caller has them so (else read from
        ``snapshot``): a view of one article at a time then does not index every actor."""
        self.article_id = article_id
        self.actors = tuple(actors)
        """The actors chosen with ``--select`` (ids); none: every actor."""
        self.co_mentions = co_mentions
        self.articles: dict[str, Article] = {
            a.id: a for a in snapshot.articles if article_id in (None, a.id)
        }
        self.in_scope = len(self.articles)
        """How many articles the export covers (a brief holds only those it cites)."""
        self.entities: Mapping[str, Entity] = (
            {e.id: e for e in snapshot.entities} if entities is None else entities
        )
        self.mentions: Counter[str] = Counter()
        """entity id -> how often the articles in scope name it."""
        named_in: dict[str, set[str]] = defaultdict(set)
        for mention in snapshot.mentions:
            if mention.article in self.articles:
                self.mentions[mention.entity] += 1
                named_in[mention.entity].add(mention.article)
        self.named_in: dict[str, int] = {e: len(a) for e, a in named_in.items()}
        """entity id -> how many articles in scope name it."""
        self.events: tuple[Event, ...] = tuple(
            sorted(
                (e for e in snapshot.events if e.article in self.articles),
                key=lambda e: (e.date, self._article_key(e.article), e.evidence.start),
            )
        )
        self._events_by_article: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            self._events_by_article[event.article].append(event)
        wanted = set(self.actors)
        kept = [
            r
            for r in snapshot.relations
            if r.article in self.articles
            and (co_mentions or r.type != COMENTION)
            and (not wanted or r.source in wanted or r.target in wanted)
        ]
        self.relations: tuple[Relation, ...] = tuple(
            sorted(kept, key=lambda r: (self._article_key(r.article), r.evidence.start))
        )
        self.notes: tuple[Correction, ...] = tuple(
            n for n in snapshot.corrections if n.kind in NOTE_KINDS and n.article in self.articles
        )
        """The reader's notes (store/notes.py) on the articles in scope, oldest first."""

    def _article_key(self, article_id: str) -> tuple[bool, str, str]:
        """Articles by publication date, those without one last, then by id."""
        article = self.articles.get(article_id)
        date = article.date if article else None
        return (not date, date or "", article_id)

    def name(self, entity_id: str) -> str:
        """The actor's name as shown; its id for a relation pointing at no stored actor."""
        entity = self.entities.get(entity_id)
        return (plain(entity.name) if entity else "") or plain(entity_id) or "?"

    def speaker(self, relation: Relation) -> str:
        """Who says so: the actor's name when the attribution is an actor's id (as the
        extractor writes it), else the words as stored."""
        said_by = relation.attribution or ""
        return self.name(said_by) if said_by in self.entities else plain(said_by)

    def kind(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return plain(entity.kind) if entity else ""

    def event_of(self, relation: Relation) -> Event | None:
        """The dated event of the relation's sentence that names both its actors, if any:
        when there are several, the one whose clause holds the relation's word ("captured
        Shusha on Sunday, and on Monday Azerbaijan shot down": the shooting is Monday's),
        none when the word comes before every dated clause ("released X, who was sentenced in
        2021"), else the first in the text (then the earliest)."""
        pair = {relation.source, relation.target}
        found = [
            e
            for e in self._events_by_article.get(relation.article, ())
            if e.evidence.start < relation.evidence.end
            and relation.evidence.start < e.evidence.end
            and pair <= set(e.actors)
        ]
        if found and relation.summary:
            word = re.compile(rf"\b{re.escape(relation.summary)}\b", re.IGNORECASE)
            holding = [e for e in found if word.search(e.label)]
            if not holding and _before_every_clause(word, self.evidence(relation), found):
                return None  # "released X, who was sentenced in 2021": not the release's date
            found = holding or found
        return min(found, key=lambda e: (e.evidence.start, e.date)) if found else None

    def date_of(self, relation: Relation) -> tuple[str, str]:
        """The relation's date and where it comes from: ``event`` (the event of its sentence
        naming both actors), ``article`` (the publication date), or nothing known."""
        event = self.event_of(relation)
        if event is not None:
            return plain(event.date), "event"
        article = self.articles.get(relation.article)
        if article is not None and article.date:
            return plain(article.date), "article"
        return "", ""

    def evidence(self, relation: Relation) -> str:
        """The evidence sentence on one line."""
        article = self.articles.get(relation.article)
        return (
            plain(article.text[relation.evidence.start : relation.evidence.end]) if article else ""
        )


@dataclass(frozen=True, slots=True)
class Scope:
    """What an export covers: one article (its id) or all, the actors chosen with
    ``--select`` (ids; none: every actor), and whether co-mentions count."""

    article_id: str | None = None
    actors: tuple[str, ...] = ()
    co_mentions: bool = False


#: Every article and every actor, co-mentions left out: an export with no option.
EVERYTHING = Scope()


def article_views(
    catalog: Catalog, load: Load, scope: Scope, *, in_order: bool = False
) -> tuple[Iterator[ExportView], ExportView]:
    """A view of each article in scope, read one at a time, with the reader's corrections
    applied; and a view of none, for the actors' names and kinds.  ``in_order``: by date,
    those without one last, then by id, as the table's rows go."""
    review = Review(catalog.corrections, catalog.entities)
    entries = in_scope(catalog, scope.article_id)
    if in_order:
        entries.sort(key=lambda a: (not a.date, a.date or "", a.id))

    def view(one: Snapshot) -> ExportView:
        return ExportView(
            one, actors=scope.actors, co_mentions=scope.co_mentions, entities=review.entities
        )

    views = (
        view(Snapshot((article,), (), (*r.mentions,), (*r.relations,), (*r.events,)))
        for article, r in reviewed_pieces(review, load, (a.id for a in entries))
    )
    return views, view(Snapshot((), (), (), (), ()))


def _before_every_clause(word: re.Pattern[str], sentence: str, events: list[Event]) -> bool:
    """Whether the relation's word comes before the clause of every dated event of its
    sentence (each label found in the sentence, up to a shortened label's "…"): its own
    clause then names no date."""
    said = word.search(sentence)
    if said is None:
        return False
    lowered = sentence.lower()
    for event in events:
        at = lowered.find(event.label.rstrip("…").lower())
        if at < said.end():
            return False  # not found (a label is not always the sentence's words), or after
    return True
