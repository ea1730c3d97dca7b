"""The reader's notes and bookmarks: kept in the reader's layer file beside the corrections
(its table ``notes``), written by the same locked commit, keyed as corrections are so that
they survive re-ingest.

A note or bookmark is a Correction (store/corrections.py) of one of the kinds below: its
``value`` is the note's text (a bookmark's is empty), ``before`` is None.  Its target:

- a passage (``bookmark``, ``note.passage``): ``{article, sentence}``;
- an actor (``note.actor``): ``{article, entity, name}`` (the article it was written in);
- a relation (``note.relation``): a relation's key (``relation_key``).

Deleting one removes it (as undoing a correction does).  One whose target is gone is kept,
and said orphaned (``Layer.orphaned``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from personae.store.corrections import Correction
from personae.store.db import Store
from personae.store.reviewed import Committed, commit_correction, undo_correction

BOOKMARK = "bookmark"
NOTE_KINDS = ("note.passage", "note.actor", "note.relation")
KINDS = (BOOKMARK, *NOTE_KINDS)


def is_note(correction: Correction) -> bool:
    """A note or a bookmark, not a correction."""
    return correction.kind in KINDS


def note_text(text: str) -> str:
    """What the reader typed, as kept: lines kept, trailing blanks trimmed (shown with
    controls escaped, never as markup)."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def passage_key(article: str, sentence: str) -> dict[str, str]:
    return {"article": article, "sentence": sentence}


def actor_key(article: str, entity: str, name: str) -> dict[str, str]:
    return {"article": article, "entity": entity, "name": name}


def notes_of(layer: Iterable[Correction]) -> tuple[Correction, ...]:
    """The notes and bookmarks of a layer, oldest first."""
    return tuple(c for c in layer if is_note(c))


def bookmark_of(layer: Iterable[Correction], article: str, sentence: str) -> Correction | None:
    wanted = passage_key(article, sentence)
    return next((c for c in layer if c.kind == BOOKMARK and c.target == wanted), None)


def add_note(
    store: Store,
    kind: str,
    target: dict[str, Any],
    text: str,
    on_wait: Callable[[str], None] | None = None,
) -> Committed:
    """Keep a note (or, with ``BOOKMARK`` and no text, a bookmark), as one commit."""
    if kind not in KINDS:
        raise ValueError(f"not a kind of note: {kind}")
    return commit_correction(store, kind, target, note_text(text), None, on_wait)


def delete_note(
    store: Store, note_id: str, on_wait: Callable[[str], None] | None = None
) -> Committed:
    """Remove one note or bookmark, as one commit (``correction`` None: already gone)."""
    return undo_correction(store, note_id, on_wait)
