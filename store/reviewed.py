"""The reader's layer in use: committing a correction, undoing one, and a whole snapshot
as the reader corrected it (for export).  The layer itself is store/corrections.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from personae.store.correction_layer import Layer
from personae.store.corrections import KINDS, Correction, new_correction
from personae.store.db import Store
from personae.store.model import Article, Event, Mention, Relation
from personae.store.records import Snapshot


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


def reviewed_snapshot(snapshot: Snapshot) -> tuple[Snapshot, dict[str, bool]]:
    """The snapshot with the reader's layer applied, as the explorer shows it, and which
    corrections are orphaned (their target gone from the machine's records)."""
    layer = Layer(snapshot.corrections)
    if not snapshot.corrections:
        return snapshot, {}
    entities, merged = layer.entities(snapshot.entities)

    def owner(entity_id: str) -> str | None:
        found = merged.get(entity_id, entity_id)
        return None if found not in entities and layer.hidden(found) else found

    texts = {a.id: a.text for a in snapshot.articles}
    relations: dict[str, list[Relation]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    for relation in snapshot.relations:
        relations[relation.article].append(relation)
    for entry in snapshot.articles:
        relations[entry.id] += layer.added(entry.id, entry.text)
    for event in snapshot.events:
        events[event.article].append(event)
    ids = {e.id for e in snapshot.entities}

    mentions: dict[str, list[Mention]] = defaultdict(list)
    for mention in snapshot.mentions:
        mentions[mention.article].append(mention)
    articles = {a.id: a for a in snapshot.articles}

    def records(
        article: str,
    ) -> tuple[list[Relation], list[Event], list[Mention], Article] | None:
        if article not in articles:
            return None
        return relations[article], events[article], mentions[article], articles[article]

    orphaned = {c.id: layer.orphaned(c, ids, records) for c in snapshot.corrections}
    corrected_relations: list[Relation] = []
    corrected_events: list[Event] = []
    for article, text in texts.items():
        corrected_relations += layer.relations(relations[article], text, owner)
        corrected_events += layer.events(events[article], text, owner)
    corrected_mentions = [
        m for a in snapshot.articles for m in layer.mentions(mentions[a.id], owner, a)
    ]
    corrected = replace(
        snapshot,
        entities=tuple(entities.values()),
        mentions=tuple(corrected_mentions),
        relations=tuple(corrected_relations),
        events=tuple(corrected_events),
    )
    return corrected, orphaned
