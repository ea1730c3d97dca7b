"""The actor registry in buckets (schema 4), packed a commit's buckets to a file.

A real archive brings some ten new actors an article (its long tail of people and bodies),
so the registry grows ten times faster than the catalog: kept in the root, every commit
rewrote it whole and every reader parsed it whole (18 MB at 10,000 articles).  Now each
actor lives in one of 4,096 buckets, chosen by the first twelve bits of sha256(entity id).
A commit writes the buckets of the actors it adds or changes, all of them in one file of
its own (a *pack*, ``actors-17.json``: ``{bucket: {record id: actor}}``, a TinyDB file
whose tables are the buckets), never rewritten; the root says where each bucket's current
version is (``actors``: bucket -> [pack, offset, length]), so a reader reads an actor's
bucket alone (``Registry.get``), and goes through them all only when it needs every actor
(``Registry.every``).  A pack whose buckets later commits mostly rewrote has its few live
ones rewritten into the next pack, so that it can go.  Why, and how actors no article
names any more are left out, is in docs/schema.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import orjson

from personae.store.folder import ACTORS_NAME, StoreFolder
from personae.store.model import Entity
from personae.store.records import build_records
from personae.store.storage import StoreError, Tables

#: A pack whose live buckets fill less than this share of it has them rewritten into the
#: next pack, and goes: the packs on disk hold at most about three times the registry.
LIVE_SHARE = 1 / 3

Doc = dict[str, Any]
#: Where a bucket's current version is: its pack, and its bytes' offset and length there.
Slot = tuple[str, int, int]


def actor_bucket_of(entity_id: str) -> str:
    """The bucket of an actor, one of 4,096 (docs/schema.md says why): the first twelve
    bits of sha256(its id), as three hex digits."""
    return hashlib.sha256(entity_id.encode()).hexdigest()[:3]


def pack_name(commit: int) -> str:
    """A name no earlier commit used: the commit that writes it."""
    return f"actors-{commit}.json"


class ActorBucketGone(Exception):
    """A pack the root names is not there: a writer may have replaced it meanwhile."""


def actor_files(root: Tables, where: str) -> dict[str, Slot]:
    """The root's ``actors`` record (bucket -> slot), refused if malformed."""
    layout = root.get("actors", {}).get("1", {})
    if not isinstance(layout, dict) or not all(
        len(bucket) == 3
        and isinstance(slot, list)
        and len(slot) == 3
        and isinstance(slot[0], str)
        and ACTORS_NAME.fullmatch(slot[0])
        and all(type(n) is int and n >= 0 for n in slot[1:])
        for bucket, slot in layout.items()
    ):
        raise StoreError(f"{where} has a malformed schema record; move it aside.")
    return {bucket: (slot[0], slot[1], slot[2]) for bucket, slot in layout.items()}


def parse_bucket(
    files: StoreFolder, bucket: str, slot: Slot, data: bytes, store: str, *, trusted: bool = False
) -> dict[str, Doc]:
    """One bucket's actor records from its bytes, refused (naming the pack and the bucket)
    unless each is a record of that bucket's (``trusted``: a pack this writer wrote)."""
    try:
        docs = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise corrupt_bucket(files, bucket, slot, store, f"not valid JSON: {exc.msg}") from exc
    if trusted and isinstance(docs, dict):
        return docs
    if not isinstance(docs, dict) or not all(
        key.isdigit() and isinstance(doc, dict) and actor_bucket_of(str(doc.get("id"))) == bucket
        for key, doc in docs.items()
    ):
        raise corrupt_bucket(files, bucket, slot, store, "not TinyDB records of its actors")
    return docs


def read_bucket(
    files: StoreFolder,
    bucket: str,
    slot: Slot,
    store: str,
    opened: dict[str, int] | None = None,
    *,
    trusted: bool = False,
) -> dict[str, Doc]:
    """The actor records of one bucket, read from its slot: ActorBucketGone if its pack is
    not there (the caller tells a writer's replace from damage), a StoreError naming the
    pack in one line if it cannot be read.  ``opened``: see StoreFolder.read_slice."""
    try:
        data = files.read_slice(*slot, opened)
    except FileNotFoundError:
        raise ActorBucketGone(slot[0]) from None
    except StoreError as exc:
        raise StoreError(f"{exc} It holds {store}'s actors; {files.advice()}.") from exc
    return parse_bucket(files, bucket, slot, data, store, trusted=trusted)


def corrupt_bucket(files: StoreFolder, bucket: str, slot: Slot, store: str, why: str) -> StoreError:
    return StoreError(
        f"{files.path_of(slot[0])} (bucket {bucket} of {store}'s actors) is corrupt ({why}); "
        f"{files.advice()}."
    )


def missing_pack(files: StoreFolder, name: str, store: str) -> StoreError:
    return StoreError(
        f"{files.path_of(name)} is missing: {store} keeps some of its actors in it; "
        f"{files.advice()}."
    )


def every_bucket(
    files: StoreFolder, layout: Mapping[str, Slot], store: str
) -> Iterator[tuple[str, dict[str, Doc]]]:
    """Each bucket's records, a pack read at a time (ActorBucketGone if one is gone)."""
    by_pack: dict[str, list[tuple[str, Slot]]] = defaultdict(list)
    for bucket, slot in layout.items():
        by_pack[slot[0]].append((bucket, slot))
    for name, slots in sorted(by_pack.items()):
        try:
            data = files.read_bytes(name)
        except FileNotFoundError:
            raise ActorBucketGone(name) from None
        except StoreError as exc:
            raise StoreError(f"{exc} It holds {store}'s actors; {files.advice()}.") from exc
        for bucket, slot in slots:
            piece = data[slot[1] : slot[1] + slot[2]]
            if len(piece) != slot[2]:
                raise corrupt_bucket(files, bucket, slot, store, "shorter than the root says")
            yield bucket, parse_bucket(files, bucket, slot, piece, store)


class Registry:
    """The actors of one version of the store, read a bucket at a time as they are asked
    for (``of_buckets``), or all in memory (an older layout, a snapshot: ``of``).

    Each bucket read is kept (as built records): a reader asks about the actors of the
    articles it shows, a few buckets each.  ``every`` keeps nothing of what it reads."""

    def __init__(
        self,
        where: str,
        read: Callable[[str], Mapping[str, Doc]],
        read_every: Callable[[], Iterator[tuple[str, Mapping[str, Doc]]]],
        held: dict[str, Entity] | None = None,
    ) -> None:
        self._where = where
        self._read = read
        self._read_every = read_every
        self._held = held
        self._buckets: dict[str, dict[str, Entity]] = {}
        self._lock = threading.Lock()

    @classmethod
    def of(cls, entities: Iterator[Entity] | tuple[Entity, ...]) -> Registry:
        """Actors already in memory."""
        return cls("", lambda bucket: {}, lambda: iter(()), {e.id: e for e in entities})

    def get(self, entity_id: str) -> Entity | None:
        """The actor of this id (its bucket read on first use), or None."""
        if self._held is not None:
            return self._held.get(entity_id)
        bucket = actor_bucket_of(entity_id)
        with self._lock:
            found = self._buckets.get(bucket)
            if found is None:
                docs = self._read(bucket)
                built = build_records(self._where, "entities", Entity, docs.values())
                found = self._buckets[bucket] = {e.id: e for e in built}
        return found.get(entity_id)

    def every(self) -> Iterator[Entity]:
        """Every actor, in the order they were added (record id), a pack at a time."""
        if self._held is not None:
            yield from self._held.values()
            return
        keyed: list[tuple[int, Entity]] = []
        for _, docs in self._read_every():
            built = build_records(self._where, "entities", Entity, docs.values())
            keyed.extend(zip(map(int, docs), built, strict=True))
        keyed.sort(key=lambda pair: pair[0])
        yield from (entity for _, entity in keyed)


def shown(
    entities: Iterator[Entity] | tuple[Entity, ...], named: Iterable[str]
) -> tuple[Entity, ...]:
    """The actors a reader shows: those some article involves (``named``: an ``index``
    record names them), every curated one, and what those belong to (a leader's unnamed
    state).  An extracted actor whose last article went stays in its bucket, unshown: no
    count of articles is kept to tell the writer (docs/schema.md)."""
    every = list(entities)
    involved = set(named)
    kept = {e.id for e in every if e.id in involved or e.provenance == "curated"}
    owners = {e.affiliation for e in every if e.id in kept and e.affiliation}
    return tuple(e for e in every if e.id in kept or e.id in owners)


class ActorPacks:
    """The writer's side: which buckets a commit read, and the pack it writes.

    Only under the store's writer lock.  An actor new to a bucket that this writer wrote
    (so checked, and as orjson writes it) is added by splicing its record after the
    bucket's own, the bucket unparsed: a long ingest adds ten actors an article, nearly all
    new, to buckets that grow with the registry (see ``_holds``)."""

    def __init__(self, files: StoreFolder, store: str, trusted: Callable[[str], bool]) -> None:
        self._files = files
        self._store = store
        self._trusted = trusted
        """Whether a pack is one this writer wrote (so checked) and is as it left it."""
        self._opened: dict[str, int] = {}
        self._trusted_packs: dict[str, bool] = {}
        self.layout: dict[str, Slot] = {}
        self._keys: dict[str, list[str]] = {}
        """Bucket -> the record keys its current version holds, for those parsed this edit."""
        self._raw: dict[str, bytes] = {}
        """Bucket -> its current bytes, for those this edit only adds actors to."""
        self._record: object = None
        """The root's ``actors`` record this writer last wrote: ``layout`` is what it says."""

    def begin(self, root: Tables) -> None:
        """A new edit of the version ``root`` is."""
        record = root.get("actors", {}).get("1")
        if record is None or record is not self._record:
            self.layout = actor_files(root, self._store)
        self._keys, self._raw, self._trusted_packs = {}, {}, {}
        self._close()

    def record(self) -> dict[str, list[Any]]:
        """The root's ``actors`` record for the layout as it is now."""
        self._record = {bucket: list(slot) for bucket, slot in sorted(self.layout.items())}
        return self._record

    def load(self, entity_id: str, held: dict[str, Doc]) -> dict[str, Doc]:
        """Add the records of the actor's bucket to ``held`` and give them, if the bucket
        may hold the actor (nothing if they were added before, or if the bucket's bytes
        show the actor is new to it).  Each is checked as read: a commit must not carry on
        an actor no reader could build."""
        bucket = actor_bucket_of(entity_id)
        if bucket in self._keys:
            return {}
        slot = self.layout.get(bucket)
        if slot is not None and self._is_trusted(slot[0]):
            raw = self._raw.get(bucket)
            if raw is None:
                raw = self._raw[bucket] = self._slice(bucket, slot)
            if not _holds(raw, entity_id):
                return {}
        return self.load_bucket(bucket, held)

    def load_bucket(self, bucket: str, held: dict[str, Doc]) -> dict[str, Doc]:
        """``load`` for a bucket itself, parsed whatever it holds."""
        if bucket in self._keys:
            return {}
        slot = self.layout.get(bucket)
        docs: dict[str, Doc] = {}
        if slot is not None:
            raw = self._raw.pop(bucket, None)
            if raw is None:
                raw = self._slice(bucket, slot)
            trusted = self._is_trusted(slot[0])
            docs = parse_bucket(self._files, bucket, slot, raw, self._store, trusted=trusted)
            if not trusted:
                where = (
                    f"{self._files.path_of(slot[0])} (bucket {bucket} of {self._store}'s actors)"
                )
                build_records(where, "entities", Entity, docs.values(), self._files.advice())
            if not held.keys().isdisjoint(docs):
                raise corrupt_bucket(
                    self._files, bucket, slot, self._store, "its ids are another's"
                )
        held.update(docs)
        self._keys[bucket] = list(docs)
        return docs

    def _slice(self, bucket: str, slot: Slot) -> bytes:
        try:
            return self._files.read_slice(*slot, self._opened)
        except FileNotFoundError:  # we hold the lock: no writer replaced it
            raise missing_pack(self._files, slot[0], self._store) from None
        except StoreError as exc:
            raise StoreError(
                f"{exc} It holds {self._store}'s actors; {self._files.advice()}."
            ) from exc

    def _is_trusted(self, name: str) -> bool:
        trusted = self._trusted_packs.get(name)
        if trusted is None:
            trusted = self._trusted_packs[name] = self._trusted(name)
        return trusted

    def parts(
        self, docs: dict[str, Doc], touched: set[str] | None, inserted: list[str]
    ) -> dict[str, bytes]:
        """The new bytes of each bucket the edit touched (``touched`` None: every bucket,
        from every record of ``docs``, those of the layout begun with included; empty: no
        actor left), and of those moved so that a sparse pack goes."""
        added: dict[str, dict[str, Doc]] = defaultdict(dict)
        if touched is None:
            for key, doc in docs.items():
                added[actor_bucket_of(str(doc.get("id")))][key] = doc
            return {bucket: orjson.dumps(added[bucket]) for bucket in {*self.layout, *added}}
        for key in inserted:
            added[actor_bucket_of(str(docs[key].get("id")))][key] = docs[key]
        buckets = {actor_bucket_of(entity_id) for entity_id in touched}
        parts: dict[str, bytes] = {}
        for bucket in buckets:
            raw = self._raw.get(bucket)
            if raw is not None:  # only new actors: after the bucket's own
                parts[bucket] = _spliced(raw, added[bucket])
            else:
                kept = {k: docs[k] for k in self._keys.get(bucket, ()) if k in docs}
                parts[bucket] = orjson.dumps({**kept, **added[bucket]})
        for bucket in self._from_sparse_packs(buckets):
            slot = self.layout[bucket]
            raw = self._slice(bucket, slot)
            if not self._is_trusted(slot[0]):  # checked before it is carried on
                self.load_bucket(bucket, {})
            parts[bucket] = raw
        return parts

    def _from_sparse_packs(self, rewritten: set[str]) -> set[str]:
        """The buckets of the packs whose live buckets would fill less than ``LIVE_SHARE``
        of them once ``rewritten`` are rewritten: moved to the new pack, theirs can go."""
        live: dict[str, int] = defaultdict(int)
        for bucket, (name, _, length) in self.layout.items():
            if bucket not in rewritten:
                live[name] += length
        sparse = set()
        for name, size in live.items():
            total = self._files.size(name)
            if total is not None and size < total * LIVE_SHARE:
                sparse.add(name)
        return {b for b, slot in self.layout.items() if slot[0] in sparse} - rewritten

    def pack(self, parts: Mapping[str, bytes], commit: int) -> tuple[bytes, list[str]]:
        """The pack of this commit (empty: none), the layout updated to name it; and the
        packs no bucket is in any more (retired by this commit)."""
        name = pack_name(commit)
        before = {slot[0] for slot in self.layout.values()}
        chunks, at = [b"{"], 1
        for bucket, data in sorted(parts.items()):
            if data == b"{}":
                self.layout.pop(bucket, None)
                continue
            head = (b"," if at > 1 else b"") + orjson.dumps(bucket) + b":"
            chunks += [head, data]
            self.layout[bucket] = (name, at + len(head), len(data))
            at += len(head) + len(data)
        after = {slot[0] for slot in self.layout.values()}
        return (b"".join([*chunks, b"}"]) if at > 1 else b""), sorted(before - after)

    def forget(self) -> None:
        self._record = None
        self._close()

    def _close(self) -> None:
        for fd in self._opened.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._opened.clear()


def _holds(raw: bytes, entity_id: str) -> bool:
    """Whether bucket bytes as orjson writes them hold a record of this actor.  A quote
    inside a string is escaped, so ``"id":"<id>"`` is found only where a record's ``id``
    is that id."""
    return b'"id":' + orjson.dumps(entity_id) in raw


def _spliced(raw: bytes, added: Mapping[str, Doc]) -> bytes:
    """Bucket bytes ``raw`` with the records of ``added`` after its own: what orjson writes
    for the merged records."""
    extra = orjson.dumps(added)[1:-1]
    if not extra:
        return raw
    return raw[:-1] + (b"," if raw != b"{}" else b"") + extra + b"}"
