"""The reader's layer: corrections kept beside the machine's records, applied when read.

A correction names its target by what survives a new extraction of the article, never by
a record id: a relation by its article, its two actors, its type and its evidence sentence
(as the machine wrote them); an event by its article, label and sentence; a mention by
its article, actor, words, sentence and place in the sentence; an actor by its id.  Re-ingesting an article rebuilds the machine layer, and the same corrections apply to
it again.  A correction whose target is gone is kept (orphaned), never dropped.

Each correction sets a value (a type, a direction, a name), so any one can be undone by
no longer applying it: what the others set stays, and the latest of a kind wins.  An
undone correction stays in the layer, marked with when it was undone, so the history
stays whole.  The layer is one
small file in the pieces folder (store/layer_file.py); applying it is
store/correction_layer.py's.
"""

from __future__ import annotations

import bisect
import getpass
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from personae.store.model import (
    Article,
    Event,
    Mention,
    Relation,
    Span,
)
from personae.store.text import clean_text

#: The corrections there are, and what each sets on its target.
RELATION_KINDS = (
    "relation.accept",
    "relation.reject",
    "relation.type",
    "relation.reverse",
    "relation.negated",
    "relation.hedge",
    "relation.add",
)
ACTOR_KINDS = ("actor.merge", "actor.rename", "actor.kind", "actor.not_actor", "actor.split")
EVENT_KINDS = ("event.date", "event.label")
#: "Not this actor" (the mention is dropped) and "a mention of another actor".
MENTION_KINDS = ("mention.not", "mention.of")
#: Words the extractor never tagged, marked a mention of an actor: named by the article,
#: the sentence, the words and their offset in the sentence.
ADDED_MENTION = "mention.add"
KINDS = (*RELATION_KINDS, *ACTOR_KINDS, *EVENT_KINDS, *MENTION_KINDS, ADDED_MENTION)
#: The hedge a reader's "hedged" sets on a relation the text states plainly.
READER_HEDGE = "uncertain"
#: Dates a reader may type, and the precision each says.
DATE_SHAPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}0s"), "decade"),
    (re.compile(r"\d{4}/\d{4}"), "range"),
)


@dataclass(frozen=True, slots=True)
class Correction:
    """One change the reader made: what to (``target``), the value set and the one before,
    who and when; ``undone``, when it was undone (kept, no longer applied).  ``id`` is
    unique in the store's history."""

    id: str
    kind: str
    target: dict[str, Any]
    value: Any
    before: Any
    who: str
    when: str
    undone: str | None = None

    def to_doc(self) -> dict[str, Any]:
        doc = {
            "id": self.id,
            "kind": self.kind,
            "target": self.target,
            "value": self.value,
            "before": self.before,
            "who": self.who,
            "when": self.when,
        }
        return doc if self.undone is None else {**doc, "undone": self.undone}

    def undone_now(self) -> Correction:
        """This correction, undone now: kept in the history, no longer applied."""
        return replace(self, undone=datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def article(self) -> str | None:
        article = self.target.get("article")
        return article if isinstance(article, str) else None


def actors_named(corrections: Iterable[Correction]) -> frozenset[str]:
    """Every actor id the reader's corrections and notes may name, undone ones too: the
    registry keeps these actors when no article names them any more (a word that is no
    actor's id, a type or a date, keeps nothing)."""
    found: set[str] = set()
    for correction in corrections:
        target = correction.target
        for value in (target.get("entity"), target.get("source"), target.get("target")):
            if isinstance(value, str):
                found.add(value)
        if isinstance(correction.value, str):
            found.add(correction.value)
    return frozenset(found)


def reader_name() -> str:
    """Who corrects: ``PERSONAE_USER`` if set, else the OS user name."""
    configured = os.environ.get("PERSONAE_USER", "").strip()
    if configured:
        return one_line(configured)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def one_line(text: str) -> str:
    """What a reader typed, as stored: controls dropped, on one line."""
    return " ".join(clean_text(text).split())


def date_precision(text: str) -> str | None:
    """The precision of a date as a reader types it ("2023-10" is a month), else None."""
    return next((p for shape, p in DATE_SHAPES if shape.fullmatch(text.strip())), None)


def new_correction(
    kind: str, target: dict[str, Any], value: Any, before: Any, number: int
) -> Correction:
    """A correction made now, by this reader; ``number`` (the commit that stores it: no
    other used it) makes its id unique in the store's history, undone ones included."""
    when = datetime.now(UTC).isoformat(timespec="seconds")
    return Correction(f"c{number}", kind, target, value, before, reader_name(), when)


# -- the keys that survive re-extraction ---------------------------------------------------


def relation_key(relation: Relation, text: str) -> dict[str, str]:
    """A machine relation as a correction names it."""
    return {
        "article": relation.article,
        "source": relation.source,
        "target": relation.target,
        "type": relation.type,
        "sentence": text[relation.evidence.start : relation.evidence.end],
    }


def event_key(event: Event, text: str) -> dict[str, str]:
    """A machine event as a correction names it."""
    return {
        "article": event.article,
        "label": event.label,
        "sentence": text[event.evidence.start : event.evidence.end],
    }


def mention_key(mention: Mention, article: Article) -> dict[str, str]:
    """A machine mention as a correction names it: its words in their sentence."""
    starts = [s.start for s in article.sentences]
    found = bisect.bisect_right(starts, mention.start) - 1
    sentence = article.sentences[found] if found >= 0 else Span(0, 0)
    if not sentence.contains(mention.start):
        sentence = Span(mention.start, mention.start)
    return {
        "article": mention.article,
        "entity": mention.entity,
        "text": mention.text,
        "sentence": article.text[sentence.start : sentence.end],
        "at": str(mention.start - sentence.start),
    }
