"""Applying the reader's layer: the corrections of one version (store/corrections.py),
indexed by their targets and applied over the machine's records as they are read, with
merges, splits and hidden actors followed through relations, events and mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from personae.store.corrections import (
    ACTOR_KINDS,
    ADDED_MENTION,
    KINDS,
    MENTION_KINDS,
    RELATION_KINDS,
    Correction,
    date_precision,
    event_key,
    mention_key,
    relation_key,
)
from personae.store.model import (
    ENTITY_KINDS,
    RELATION_TYPES,
    Article,
    Entity,
    Event,
    Mention,
    Relation,
    Span,
)


def _frozen(key: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(key.items()))


class Layer:
    """The corrections of one version, indexed to apply on top of the machine's records."""

    def __init__(self, corrections: Iterable[Correction] = ()) -> None:
        kept = tuple(corrections)
        self.corrections = tuple(c for c in kept if c.kind in KINDS)
        """Every correction, undone ones included (the history lists them all)."""
        self.applied = tuple(c for c in self.corrections if c.undone is None)
        self.notes = tuple(c for c in kept if c.kind not in KINDS)
        """The reader's notes and bookmarks (store/notes.py): they change no record."""
        self._actor: dict[str, dict[str, Correction]] = defaultdict(dict)
        self._by_article: dict[str, dict[tuple[Any, ...], list[Correction]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._split: dict[str, dict[str, str]] = defaultdict(dict)
        """Actor -> each name split off it (``actor.split``) -> the actor that name is now."""
        self._names_kept: dict[str, tuple[str, ...]] = {}
        """Actor split -> the names it keeps (set by ``entities``)."""
        for c in self.applied:  # oldest first: the latest of a kind wins
            if c.kind in ACTOR_KINDS:
                entity = c.target.get("entity")
                if isinstance(entity, str) and c.kind == "actor.split":
                    if isinstance(c.value, str) and c.value:
                        self._split[entity][c.value] = split_id(c.value, entity)
                elif isinstance(entity, str):
                    self._actor[entity][c.kind] = c
            elif c.article is not None:
                self._by_article[c.article][_frozen(c.target)].append(c)
        self._split_made: dict[str, tuple[str, str]] = {}
        """An actor made by splitting a name off another -> that other, and the name."""
        for original, names in self._split.items():
            for name, new_id in names.items():
                self._split_made.setdefault(new_id, (original, name))

    def __bool__(self) -> bool:
        return bool(self.applied)

    def touches(self, article_id: str) -> bool:
        return article_id in self._by_article

    def latest(self, kind: str, target: dict[str, Any]) -> Correction | None:
        """The correction of this kind the target has now (the latest), if any."""
        if kind in ACTOR_KINDS:
            return self._actor.get(str(target.get("entity")), {}).get(kind)
        article = target.get("article")
        found = self._by_article.get(article, {}) if isinstance(article, str) else {}
        return next((c for c in reversed(found.get(_frozen(target), [])) if c.kind == kind), None)

    # -- actors ---------------------------------------------------------------------------

    def changes_actors(self) -> bool:
        """Whether a correction merges, splits, renames, re-kinds or hides an actor: the
        actors as corrected are then worked out over all of them (``entities``)."""
        return bool(self._actor or self._split)

    def hidden(self, entity_id: str) -> bool:
        """Marked "not an actor"."""
        found = self._actor.get(entity_id, {}).get("actor.not_actor")
        return found is not None and found.value is True

    def owner(
        self, entity_id: str, entities: Mapping[str, Entity], merged: Mapping[str, str]
    ) -> str | None:
        """The actor a record's actor now is, given what ``entities`` gave: itself, the one
        it was merged into, or None when the reader said it is not an actor."""
        found = merged.get(entity_id, entity_id)
        return None if found not in entities and self.hidden(found) else found

    def entities(self, machine: Iterable[Entity]) -> tuple[dict[str, Entity], dict[str, str]]:
        """The actors as corrected, by id (hidden and merged ones left out), and where each
        merged actor went (merged id -> the actor it is now part of)."""
        entities = {e.id: e for e in machine}
        if not self.applied:
            return entities, {}
        merged = self.merges(entities.__contains__)
        found: dict[str, Entity] = {}
        for entity in entities.values():
            if entity.id in merged:
                continue
            kinds = self._actor.get(entity.id, {})
            if kinds:
                entity = _corrected_actor(entity, kinds)
            found[entity.id] = entity
        for member, owner in merged.items():
            target = found[owner]
            names = [n for n in entities[member].names if n not in target.names]
            found[owner] = replace(target, aliases=(*target.aliases, *names), provenance="reviewed")
        self._split_off(found)
        for entity_id in [e for e in found if self.hidden(e)]:
            del found[entity_id]
        return found, merged

    def merges(self, exists: Callable[[str], bool]) -> dict[str, str]:
        """Where each merged actor went (merged id -> the actor it is now part of), of the
        actors ``exists`` says there are: only the actors the corrections name are asked."""
        merged: dict[str, str] = {}
        for entity_id, kinds in self._actor.items():
            into = kinds.get("actor.merge")
            if into is not None and isinstance(into.value, str) and exists(entity_id):
                merged[entity_id] = into.value
        merged = {a: _final(a, merged) for a in merged}
        return {a: b for a, b in merged.items() if b != a and exists(b)}

    def actor(
        self,
        entity_id: str,
        machine: Callable[[str], Entity | None],
        merged: Mapping[str, str],
        members: Mapping[str, Sequence[str]],
    ) -> Entity | None:
        """One actor as ``entities`` gives it, from the machine's actors of the ids it needs
        (``machine``): its own, those merged into it (``members``, in order), the one it
        was split off.  None when it was merged into another, hidden, or is no actor."""
        entity = self._unhidden(entity_id, machine, merged, members, set())
        return None if entity is None or self.hidden(entity_id) else entity

    def _unhidden(
        self,
        entity_id: str,
        machine: Callable[[str], Entity | None],
        merged: Mapping[str, str],
        members: Mapping[str, Sequence[str]],
        seen: set[str],
    ) -> Entity | None:
        if entity_id in merged or entity_id in seen:
            return None
        seen.add(entity_id)
        entity = machine(entity_id)
        if entity is None:
            made = self._split_made.get(entity_id)
            original = (
                None if made is None else self._unhidden(made[0], machine, merged, members, seen)
            )
            if made is None or original is None:
                return None
            new = Entity(entity_id, made[1], original.kind, provenance="reviewed")
            return _corrected_actor(new, self._actor.get(entity_id, {}))
        kinds = self._actor.get(entity_id)
        if kinds:
            entity = _corrected_actor(entity, kinds)
        for member in members.get(entity_id, ()):
            other = machine(member)
            if other is not None:
                names = [n for n in other.names if n not in entity.names]
                entity = replace(entity, aliases=(*entity.aliases, *names), provenance="reviewed")
        split = self._split.get(entity_id)
        if split:
            aliases = tuple(a for a in entity.aliases if a not in split)
            entity = replace(entity, aliases=aliases, provenance="reviewed")
            self._names_kept[entity_id] = (entity.name, *aliases)
        return entity

    def _split_off(self, found: dict[str, Entity]) -> None:
        """Each name split off an actor made an actor of its own (of the same kind, its
        own corrections applied); the original keeps its other names."""
        for entity_id, names in self._split.items():
            entity = found.get(entity_id)
            if entity is None:
                continue
            aliases = tuple(a for a in entity.aliases if a not in names)
            found[entity_id] = replace(entity, aliases=aliases, provenance="reviewed")
            self._names_kept[entity_id] = (entity.name, *aliases)
            for name, new_id in names.items():
                if new_id not in found:
                    new = Entity(new_id, name, entity.kind, provenance="reviewed")
                    found[new_id] = _corrected_actor(new, self._actor.get(new_id, {}))

    def split_names(self) -> dict[str, str]:
        """Every actor made by splitting a name off another -> the actor it came from."""
        return {new: old for old, names in self._split.items() for new in names.values()}

    def _named(self, entity_id: str, text: str) -> str:
        """The actor a record's end is, when its sentence (``text``) names ``entity_id``
        only by a name split off it: the actor that name is now; else ``entity_id``."""
        names = self._split.get(entity_id)
        if not names or not text:
            return entity_id
        for name, new_id in names.items():
            if name in text:
                rest = text.replace(name, "")
                kept = self._names_kept.get(entity_id, ())
                if not any(n in rest for n in kept if n):
                    return new_id
        return entity_id

    # -- an article's records -------------------------------------------------------------

    def added(self, article: str, text: str) -> list[Relation]:
        """The relations the reader added to the article (``relation.add``), where their
        sentence still is; corrections apply to them as to the machine's."""
        found: list[Relation] = []
        for corrections in self._by_article.get(article, {}).values():
            for c in corrections:
                span = _sentence(c, text) if c.kind == "relation.add" else None
                if span is None or c.value not in RELATION_TYPES:
                    continue
                source, target = c.target.get("source"), c.target.get("target")
                found.append(
                    Relation(
                        id=f"{article}:{c.id}",
                        article=article,
                        source=str(source),
                        target=str(target),
                        type=c.value,
                        evidence=span,
                        provenance="reviewed",
                    )
                )
        return sorted(found, key=lambda r: r.evidence.start)

    def relations(
        self, machine: Iterable[Relation], text: str, owner: Callable[[str], str | None]
    ) -> list[Relation]:
        """The article's relations as corrected: rejected ones and those of a hidden actor
        left out, merged actors replaced by their owner (``owner``: None when hidden)."""
        found: list[Relation] = []
        for relation in machine:
            corrections = self._of(relation.article, relation_key, relation, text)
            if corrections:
                corrected = _corrected_relation(relation, corrections)
                if corrected is None:
                    continue
                relation = corrected
            source, target = owner(relation.source), owner(relation.target)
            if source is None or target is None:
                continue
            if self._split:
                sentence = text[relation.evidence.start : relation.evidence.end]
                source, target = self._named(source, sentence), self._named(target, sentence)
            if (source, target) != (relation.source, relation.target):
                if source == target and relation.source != relation.target:
                    continue  # two names of one actor now: not a relation between two
                relation = replace(relation, source=source, target=target)
            found.append(relation)
        return found

    def events(
        self, machine: Iterable[Event], text: str, owner: Callable[[str], str | None]
    ) -> list[Event]:
        """The article's events as corrected: an event whose date was removed left off the
        timeline, actors merged or hidden followed."""
        found: list[Event] = []
        for event in machine:
            corrections = self._of(event.article, event_key, event, text)
            if corrections:
                corrected = _corrected_event(event, corrections)
                if corrected is None:
                    continue
                event = corrected
            sentence = text[event.evidence.start : event.evidence.end] if self._split else ""
            actors = tuple(
                dict.fromkeys(
                    self._named(a, sentence) for a in map(owner, event.actors) if a is not None
                )
            )
            if actors != event.actors:
                event = replace(event, actors=actors)
            found.append(event)
        return found

    def mentions(
        self,
        machine: Iterable[Mention],
        owner: Callable[[str], str | None],
        article: Article | None = None,
    ) -> list[Mention]:
        """The article's mentions as corrected: those "not this actor" left out, those of
        another actor given to it, the words the reader marked a mention added, merged and
        hidden actors followed."""
        corrections = self._by_article.get(article.id) if article is not None else None
        found: list[Mention] = []
        machine = tuple(machine)
        added = self._added_mentions(article) if corrections and article is not None else []
        if added:  # words already a mention of that actor are not counted twice
            had = {(m.entity, m.start, m.end) for m in machine}
            added = [m for m in added if (m.entity, m.start, m.end) not in had]
        for mention in (*machine, *added):
            if corrections and article is not None:
                latest = corrections.get(_frozen(mention_key(mention, article)))
                if latest:
                    if latest[-1].kind == "mention.not":
                        continue
                    if isinstance(latest[-1].value, str):
                        mention = replace(mention, entity=latest[-1].value)
            entity = owner(mention.entity)
            if entity is None:
                continue
            entity = self._split.get(entity, {}).get(mention.text, entity)
            found.append(mention if entity == mention.entity else replace(mention, entity=entity))
        return sorted(found, key=lambda m: m.start) if added else found

    def _added_mentions(self, article: Article) -> list[Mention]:
        """The words the reader marked a mention of an actor (``mention.add``), where
        their sentence still is."""
        found: list[Mention] = []
        for corrections in self._by_article.get(article.id, {}).values():
            latest = corrections[-1]
            span = _added_span(latest, article.text)
            if latest.kind == ADDED_MENTION and span is not None and isinstance(latest.value, str):
                found.append(
                    Mention(
                        latest.value,
                        article.id,
                        span.start,
                        span.end,
                        article.text[span.start : span.end],
                        provenance="reviewed",
                    )
                )
        return found

    def _of(
        self, article: str, key: Callable[[Any, str], dict[str, Any]], record: Any, text: str
    ) -> list[Correction]:
        corrections = self._by_article.get(article)
        if not corrections:
            return []
        return corrections.get(_frozen(key(record, text)), [])

    def orphaned(
        self, correction: Correction, entity_ids: Collection[str], records: RecordsOf
    ) -> bool:
        """Whether the correction's target is gone from the machine layer (kept, shown so).

        ``records(article)``: the article's machine relations, events and mentions, and
        the article, or None when the store has no such article.  A note's target (store/
        notes.py): its actor, its relation, or its sentence in the article's text."""
        if correction.kind in ACTOR_KINDS:
            into = correction.value if correction.kind == "actor.merge" else None
            if correction.kind == "actor.split":
                return correction.target.get("entity") not in entity_ids
            ids = [correction.target.get("entity"), *([into] if into else [])]
            return not all(i in entity_ids for i in ids)
        article = correction.article
        read = records(article) if article is not None else None
        if read is None:
            return True
        relations, events, mentions, article_read = read
        text = article_read.text
        wanted = _frozen(correction.target)
        if correction.kind == "note.actor":
            return correction.target.get("entity") not in entity_ids
        if correction.kind not in KINDS and correction.kind != "note.relation":
            return _sentence(correction, text) is None
        if correction.kind == "relation.add":
            return _sentence(correction, text) is None
        if correction.kind == ADDED_MENTION:
            return _added_span(correction, text) is None
        if correction.kind in MENTION_KINDS:
            return all(_frozen(mention_key(m, article_read)) != wanted for m in mentions)
        if correction.kind in RELATION_KINDS or correction.kind == "note.relation":
            return all(_frozen(relation_key(r, text)) != wanted for r in relations)
        return all(_frozen(event_key(e, text)) != wanted for e in events)


def _sentence(correction: Correction, text: str) -> Span | None:
    """Where the sentence a correction names is in the article's text, if it still is."""
    sentence = correction.target.get("sentence")
    if not isinstance(sentence, str) or not sentence:
        return None
    start = text.find(sentence)
    return None if start < 0 else Span(start, start + len(sentence))


def _added_span(correction: Correction, text: str) -> Span | None:
    """Where the words a ``mention.add`` names are, if their sentence still has them."""
    words, at = correction.target.get("words"), correction.target.get("at")
    found = _sentence(correction, text)
    if found is None or not isinstance(words, str) or not words or not str(at).isdigit():
        return None
    start = found.start + int(str(at))
    if text[start : start + len(words)] != words:
        return None
    return Span(start, start + len(words))


RecordsOf = Callable[
    [str], "tuple[Sequence[Relation], Sequence[Event], Sequence[Mention], Article] | None"
]


def split_id(name: str, original: str) -> str:
    """The id of the actor a name split off ``original`` becomes: derived from the name
    (as the extractor derives ids), never the original's own."""
    found = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"
    return f"{found}-split" if found == original else found


def _final(entity_id: str, merged: dict[str, str]) -> str:
    """Where a chain of merges ends (a merged into b merged into c: c); a cycle stops."""
    seen = {entity_id}
    while entity_id in merged and merged[entity_id] not in seen:
        entity_id = merged[entity_id]
        seen.add(entity_id)
    return entity_id


def _corrected_actor(entity: Entity, kinds: dict[str, Correction]) -> Entity:
    changed = entity
    rename = kinds.get("actor.rename")
    if rename is not None and isinstance(rename.value, str) and rename.value:
        aliases = tuple(a for a in entity.names if a != rename.value)
        changed = replace(changed, name=rename.value, aliases=aliases)
    kind = kinds.get("actor.kind")
    if kind is not None and kind.value in ENTITY_KINDS:
        changed = replace(changed, kind=kind.value)
    if changed is entity:
        return entity
    return replace(changed, provenance="reviewed")


def _corrected_relation(relation: Relation, corrections: list[Correction]) -> Relation | None:
    """The relation with each correction's value set (latest wins); None: rejected."""
    latest = {c.kind: c for c in corrections}
    status = max(
        (c for c in corrections if c.kind in ("relation.accept", "relation.reject")),
        key=corrections.index,
        default=None,
    )
    if status is not None and status.kind == "relation.reject":
        return None
    changes: dict[str, Any] = {"provenance": "reviewed"}
    kind = latest.get("relation.type")
    if kind is not None and kind.value in RELATION_TYPES:
        changes["type"] = kind.value
    reverse = latest.get("relation.reverse")
    if reverse is not None and reverse.value is True:
        changes["source"], changes["target"] = relation.target, relation.source
    negated = latest.get("relation.negated")
    if negated is not None and isinstance(negated.value, bool):
        changes["negated"] = negated.value
    hedge = latest.get("relation.hedge")
    if hedge is not None and (hedge.value is None or isinstance(hedge.value, str)):
        changes["hedge"] = hedge.value
    return replace(relation, **changes)


def _corrected_event(event: Event, corrections: list[Correction]) -> Event | None:
    """The event with the reader's date and label; None: its date was removed."""
    latest = {c.kind: c for c in corrections}
    changes: dict[str, Any] = {"provenance": "reviewed"}
    date = latest.get("event.date")
    if date is not None:
        if date.value is None:
            return None
        value = date.value if isinstance(date.value, str) else ""
        precision = date_precision(value)
        if precision is not None:
            changes["date"], changes["precision"] = value, precision
    label = latest.get("event.label")
    if label is not None and isinstance(label.value, str) and label.value:
        changes["label"] = label.value
    return replace(event, **changes)
