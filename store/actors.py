"""The actor registry in buckets (schema 4): immutable files, read an actor's bucket at a time.

A real archive brings some ten new actors an article (its long tail of people and bodies),
so the registry grows ten times faster than the catalog: kept in the root, every commit
rewrote it whole and every reader parsed it whole (18 MB at 10,000 articles).  Now each
actor lives in one of 4,096 buckets, chosen by the first twelve bits of sha256(entity id),
each a TinyDB file in the pieces folder named for its bucket and the commit that wrote it
(``actors-3f0-17.json``, one table, ``entities``), never rewritten.  The root lists them
(``actors``: bucket -> file).  A commit rewrites only the buckets of the actors it adds or
changes; a reader reads the buckets of the actors it is asked about (``Registry.get``), and
goes through them one at a time only when it needs every actor (``Registry.every``).
Why 4,096, and how actors no article names any more are left out, is in docs/schema.md.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import orjson

from personae.store.model import Entity
from personae.store.pieces import ACTORS_NAME, Pieces
from personae.store.records import build_records
from personae.store.storage import StoreError, Tables

#: How many buckets: the first twelve bits of sha256(entity id) choose one (docs/schema.md).
ACTOR_BUCKETS = 4096

Doc = dict[str, Any]


def actor_bucket_of(entity_id: str) -> str:
    """The bucket of an actor: three hex digits of the hash of its id."""
    return hashlib.sha256(entity_id.encode()).hexdigest()[:3]


def actor_bucket_name(bucket: str, commit: int) -> str:
    """A name no earlier commit used: the bucket and the commit that writes it."""
    return f"actors-{bucket}-{commit}.json"


class ActorBucketGone(Exception):
    """An actor bucket the root names is not there: a writer may have replaced it meanwhile."""


def actor_files(root: Tables, where: str) -> dict[str, str]:
    """The root's ``actors`` record (bucket -> file), refused if malformed."""
    layout = root.get("actors", {}).get("1", {})
    if not isinstance(layout, dict) or not all(
        isinstance(name, str) and (m := ACTORS_NAME.fullmatch(name)) and m[1] == bucket
        for bucket, name in layout.items()
    ):
        raise StoreError(f"{where} has a malformed schema record; move it aside.")
    return layout


def read_actor_bucket(files: Pieces, name: str, store_name: str) -> dict[str, Doc]:
    """The ``entities`` table of actor bucket file ``name``: ActorBucketGone if it is not
    there (the caller tells a writer's replace from damage), a StoreError naming it in one
    line if it cannot be read."""
    try:
        data = files.read_bytes(name)
    except FileNotFoundError:
        raise ActorBucketGone(name) from None
    except StoreError as exc:
        raise StoreError(
            f"{exc} It is a bucket of {store_name}'s actors; {files.advice()}."
        ) from exc
    try:
        part = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise corrupt_bucket(files, name, store_name, f"not valid JSON: {exc.msg}") from exc
    docs = part.get("entities") if isinstance(part, dict) else None
    if not isinstance(docs, dict) or not all(
        key.isdigit() and isinstance(doc, dict) and actor_bucket_of(str(doc.get("id"))) == bucket
        for key, doc in docs.items()
        for bucket in [name.split("-")[1]]
    ):
        raise corrupt_bucket(files, name, store_name, "not TinyDB records of its actors")
    return docs


def corrupt_bucket(files: Pieces, name: str, store_name: str, why: str) -> StoreError:
    return StoreError(
        f"{files.path_of(name)} (a bucket of {store_name}'s actors) is corrupt ({why}); "
        f"{files.advice()}."
    )


def missing_bucket(files: Pieces, name: str, store_name: str) -> StoreError:
    return StoreError(
        f"{files.path_of(name)} is missing: {store_name} keeps some of its actors in it; "
        f"{files.advice()}."
    )


class Registry:
    """The actors of one version of the store, read a bucket at a time as they are asked
    for (``of_buckets``), or all in memory (an older layout, a snapshot: ``of``).

    Each bucket read is kept (as built records): a reader asks about the actors of the
    articles it shows, a few buckets each.  ``every`` keeps nothing of the buckets it goes
    through."""

    def __init__(
        self,
        where: str,
        layout: Mapping[str, str],
        read: Callable[[str], Mapping[str, Doc]],
        held: dict[str, Entity] | None = None,
    ) -> None:
        self._where = where
        self._layout = layout
        self._read = read
        self._held = held
        self._buckets: dict[str, dict[str, Entity]] = {}
        self._lock = threading.Lock()

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> Registry:
        """Actors already in memory."""
        return cls("", {}, lambda name: {}, {e.id: e for e in entities})

    @classmethod
    def of_buckets(
        cls, where: str, layout: Mapping[str, str], read: Callable[[str], Mapping[str, Doc]]
    ) -> Registry:
        """The actors of the buckets ``layout`` names, each file read by ``read``."""
        return cls(where, layout, read)

    @property
    def in_memory(self) -> bool:
        return self._held is not None

    def get(self, entity_id: str) -> Entity | None:
        """The actor of this id (its bucket read on first use), or None."""
        if self._held is not None:
            return self._held.get(entity_id)
        bucket = actor_bucket_of(entity_id)
        with self._lock:
            found = self._buckets.get(bucket)
            if found is None:
                name = self._layout.get(bucket)
                docs = {} if name is None else self._read(name)
                built = build_records(self._name_of(name), "entities", Entity, docs.values())
                found = self._buckets[bucket] = {e.id: e for e in built}
        return found.get(entity_id)

    def every(self) -> Iterator[Entity]:
        """Every actor, in the order they were added (record id), a bucket at a time."""
        if self._held is not None:
            yield from self._held.values()
            return
        keyed: list[tuple[int, Entity]] = []
        for _, name in sorted(self._layout.items()):
            docs = self._read(name)
            built = build_records(self._name_of(name), "entities", Entity, docs.values())
            keyed.extend(zip(map(int, docs), built, strict=True))
        keyed.sort(key=lambda pair: pair[0])
        yield from (entity for _, entity in keyed)

    def _name_of(self, name: str | None) -> str:
        return f"{self._where} ({name})" if name else self._where


def shown(entities: Iterable[Entity], named: Iterable[str]) -> tuple[Entity, ...]:
    """The actors a reader shows: those some article involves (``named``: an ``index``
    record names them), every curated one, and what those belong to (a leader's unnamed
    state).  An extracted actor whose last article went stays in its bucket until the
    bucket is rewritten without it, and is not shown."""
    every = list(entities)
    named = set(named)
    kept = {e.id for e in every if e.id in named or e.provenance == "curated"}
    owners = {e.affiliation for e in every if e.id in kept and e.affiliation}
    return tuple(e for e in every if e.id in kept or e.id in owners)
