"""The records the actor passes build: an actor found in an article, a mention of it, what
one article holds, and the store the passes fill as they go (split from actors.py)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter


@dataclass(slots=True)
class Actor:
    """An actor found in one article; ``name`` is its canonical (longest, first met) name."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    #: The canonical name of the state or body the actor belongs to, when the lexicon says so.
    affiliation: str | None = None

    def add_alias(self, alias: str) -> None:
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention: a span of the article text naming an actor (by canonical name)."""

    start: int
    end: int
    actor: str


@dataclass(slots=True)
class Actors:
    by_name: dict[str, Actor]
    hits: list[Hit]
    #: Pronouns that stand for an actor without doubt ("He said"): they relate it, but are
    #: no mention of its name.
    pronouns: list[Hit] = field(default_factory=list)

    def relating(self) -> list[Hit]:
        """The mentions and the pronouns, in text order: what relations are read from."""
        if not self.pronouns:
            return self.hits
        merged = list(self.hits)
        for pronoun in self.pronouns:  # a few: each put in its place
            bisect.insort(merged, pronoun, key=attrgetter("start"))
        return merged


class Found:
    """The actors and mentions the passes have found so far, in the order found."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.hits: list[Hit] = []

    def add(self, name: str, kind: str, start: int, end: int) -> Actor:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = Actor(name, kind)
        self.hits.append(Hit(start, end, name))
        return actor

    def kind_of(self, name: str) -> str:
        return self.actors[name].kind
