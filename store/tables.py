"""Editing the catalog's raw TinyDB tables, one pass per commit.

TinyDB's ``insert``/``update``/``remove`` each rebuild their whole table (twice), so
storing an article would cost the size of the catalog, and a batch ingest would grow
quadratically.  Here one commit edits the ``{table: {doc_id: record}}`` dict in place,
with the same id rules as TinyDB (the highest id left, plus one), and the caller writes
it once.  An article's records themselves live in its piece (store/pieces.py): the
catalog holds its row, the actors it names (``index``) and the shared actor registry.
The edit notes which articles and actors it touched and which records it added, so that
only the buckets holding them are written (store/catalog_writer.py, store/actors.py).  It
reads an actor's bucket before it adds, changes or drops that actor (``load_actors``), and
no other.

An actor named by one article only says which (``named_by``): when that article goes, or
its new version no longer names it, the commit drops the actor (``drop_orphans``), unless
it is curated or the reader's corrections name it.  An actor more than one article has
named, or that an article's actor belongs to, keeps no such field: tracking every article
would rewrite the buckets of the frequent actors at every commit (docs/schema.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from personae.store.model import Entity
from personae.store.pieces import FiledArticle
from personae.store.summary import Summary

Doc = dict[str, Any]

#: Catalog tables whose records belong to one article, and the field that says which.
ARTICLE_FIELD = {"articles": "id", "index": "article"}
#: The field of an actor's record naming the one article that names it (absent: more than
#: one has, or an article's actor belongs to it, or it is not known).
NAMED_BY = "named_by"


class CatalogEditor:
    def __init__(
        self, tables: dict[str, dict[str, Doc]], last_ids: Mapping[str, int] | None = None
    ) -> None:
        self.tables = tables
        self._last_ids = dict(last_ids or {})
        """Table -> the highest id it has used, where ``tables`` may hold only some records."""
        self.load_bucket: Callable[[str], None] | None = None
        """Adds the records of an article's bucket to ``tables`` before it is edited; None:
        ``tables`` holds every record."""
        for name in (*ARTICLE_FIELD, "entities"):
            tables.setdefault(name, {})
        self._next_id: dict[str, int] = {}
        self._by_article: dict[str, dict[str, list[str]]] = {}
        self._entity_keys = {doc.get("id"): key for key, doc in tables["entities"].items()}
        self.load_actors: Callable[[str], Mapping[str, Doc]] | None = None
        """Adds the records of an actor's bucket to ``tables`` (once) and gives them; None:
        ``tables`` holds every actor."""
        self.touched_actors: set[str] | None = set()
        """Ids of the actors this edit added or changed; None: rewrite every actor bucket."""
        self.touched: set[str] | None = set()
        """Ids of the articles this edit put or removed; None: rewrite every bucket."""
        self.inserted: dict[str, list[str]] = defaultdict(list)
        """Table -> keys of the records this edit added."""
        self.article_keys: Callable[[str, str], Iterable[str]] | None = None
        """(table, article id) -> keys that may hold the article's records (its bucket's, as
        read); None: look through the whole table."""
        self._added: dict[tuple[str, str], list[str]] = {}
        self.dropped_pieces: list[str] = []
        """Pieces the edited catalog no longer names."""
        self.retired_before: set[str] = set()
        """Pieces the catalog being edited had retired: deleted once this edit is committed."""
        self.summary: Summary | None = None
        """The count and newest rows of the root edited (``Summary.of_root``), kept up to
        date; None: made again from every row at the commit."""
        self._released: list[tuple[str, str]] = []
        """(article, actor) for each actor an article's removed version named."""
        self._naming: dict[str, Collection[str]] = {}
        """Article -> the actors its version put by this edit names."""

    def insert(self, table: str, doc: Doc) -> str:
        if table not in self._next_id:
            highest = max(map(int, self.tables[table]), default=0)
            self._next_id[table] = max(highest, self._last_ids.get(table, 0)) + 1
        key = str(self._next_id[table])
        self._next_id[table] += 1
        self.tables[table][key] = doc
        self.inserted[table].append(key)
        return key

    def highest_ids(self) -> dict[str, int]:
        """The highest id each article table has used, kept for the next edit."""
        return {
            table: max(
                self._last_ids.get(table, 0),
                self._next_id.get(table, 1) - 1,
                max(map(int, self.tables[table]), default=0),
            )
            for table in (*ARTICLE_FIELD, "entities")
        }

    def put_article(self, article: FiledArticle, piece: str) -> None:
        """List the article (replacing any earlier version) with its piece and its actors."""
        article_id = article.article_id
        self.remove_article(article_id)
        row = {**article.row, "piece": piece}
        key = self._add("articles", article_id, row)
        if self.summary is not None:
            self.summary.add(key, row)
        self._add("index", article_id, dict(article.index))
        if self.touched is not None:
            self.touched.add(article_id)
        named = article.index.get("actors", {})
        self._naming[article_id] = named
        owners = {e.affiliation for e in article.entities if e.affiliation}
        for entity in article.entities:
            only = article_id if entity.id in named and entity.id not in owners else None
            self.upsert_entity(entity, only)
        filed = {e.id for e in article.entities}
        for entity_id in [*named, *owners]:
            if entity_id not in filed:  # an actor of the registry it points at by id
                self._named_again(entity_id, article_id if entity_id not in owners else None)

    def remove_article(self, article_id: str) -> bool:
        """Drop the article's row and index rows; its piece goes once this is committed."""
        if self.load_bucket is not None:
            self.load_bucket(article_id)
        keys = self._keys_of("articles", article_id)
        if not keys:
            return False
        for key in keys:
            if self.summary is not None:
                self.summary.remove(key)
            piece = self.tables["articles"].pop(key, {}).get("piece")
            if isinstance(piece, str):
                self.dropped_pieces.append(piece)
        table = self.tables["index"]
        for key in self._keys_of("index", article_id):
            actors = table.pop(key, {}).get("actors")
            if isinstance(actors, dict):
                self._released.extend((article_id, actor) for actor in actors)
        self._naming.pop(article_id, None)
        if self.touched is not None:
            self.touched.add(article_id)
        return True

    def _add(self, table: str, article_id: str, doc: Doc) -> str:
        key = self.insert(table, doc)
        if table in self._by_article:
            self._by_article[table].setdefault(article_id, []).append(key)
        self._added.setdefault((table, article_id), []).append(key)
        return key

    def _keys_of(self, table: str, article_id: str) -> list[str]:
        """The keys of the article's records in ``table``, forgotten as they go.

        With ``article_keys`` only those candidates are looked at (its bucket's), else an
        index of the whole table is built once for the edit."""
        added = self._added.pop((table, article_id), [])
        if self.article_keys is None:
            return self._by_article_index(table).pop(article_id, [])
        docs, field = self.tables[table], ARTICLE_FIELD[table]
        found = [k for k in self.article_keys(table, article_id) if k in docs]
        found = [k for k in found if docs[k].get(field) == article_id]
        return list(dict.fromkeys([*found, *added]))

    def upsert_entity(self, entity: Entity, named_by: str | None = None) -> None:
        """New actors are added; known ones gain names; a curated one is never overwritten.
        ``named_by``: the article filing it, if that article names it and none of its
        actors belongs to it.  Only an actor added or changed makes its bucket be written."""
        known = self._entity_key(entity.id)
        if known is None:
            doc = entity.to_doc()
            if named_by is not None and entity.provenance != "curated":  # one always stays
                doc[NAMED_BY] = named_by
            self._entity_keys[entity.id] = self.insert("entities", doc)
        else:
            old = self.tables["entities"][known]
            if old.get("provenance") == "curated" and entity.provenance != "curated":
                return
            new = _named(merge_entity(old, entity), named_by)
            if new == old:
                return
            self.tables["entities"][known] = new
        if self.touched_actors is not None:
            self.touched_actors.add(entity.id)

    def _named_again(self, entity_id: str, named_by: str | None) -> None:
        """A known actor an article points at without filing it: named by one more."""
        known = self._entity_key(entity_id)
        if known is None:
            return
        old = self.tables["entities"][known]
        new = _named(old, named_by)
        if new is not old:
            self.tables["entities"][known] = new
            if self.touched_actors is not None:
                self.touched_actors.add(entity_id)

    def drop_orphans(self, kept: Callable[[], Collection[str]]) -> None:
        """Drop each actor whose one naming article this edit removed, or put again no
        longer naming it: no article names it now.  A curated one stays, and so does one
        in ``kept()`` (the actors the reader's corrections name, asked only if needed)."""
        keeping: Collection[str] | None = None
        for article_id, entity_id in dict.fromkeys(self._released):
            if entity_id in self._naming.get(article_id, ()):
                continue  # its new version names it still
            known = self._entity_key(entity_id)
            doc = None if known is None else self.tables["entities"][known]
            if doc is None or doc.get(NAMED_BY) != article_id or doc.get("provenance") == "curated":
                continue
            if keeping is None:
                keeping = kept()
            if entity_id in keeping:
                continue
            del self.tables["entities"][str(known)], self._entity_keys[entity_id]
            if self.touched_actors is not None:
                self.touched_actors.add(entity_id)
        self._released = []

    def _entity_key(self, entity_id: str) -> str | None:
        """The key of the actor's record, its bucket read first if need be (an actor known
        to this edit already was read with its bucket, or added: an article's actors are
        mostly the same few, and finding the bucket costs a hash)."""
        known = self._entity_keys.get(entity_id)
        if known is not None:
            return known
        if self.load_actors is not None:
            for key, doc in self.load_actors(entity_id).items():
                self._entity_keys[doc.get("id")] = key
        return self._entity_keys.get(entity_id)

    def _by_article_index(self, table: str) -> dict[str, list[str]]:
        if table not in self._by_article:
            index: dict[str, list[str]] = defaultdict(list)
            field = ARTICLE_FIELD[table]
            for key, doc in self.tables[table].items():
                index[str(doc.get(field))].append(key)
            self._by_article[table] = index
        return self._by_article[table]


def _named(doc: Doc, named_by: str | None) -> Doc:
    """The actor's record named by one more article (``named_by``; None: one whose actor
    belongs to it): the one it knew, or no longer one article."""
    held = doc.get(NAMED_BY)
    if held is None or held == named_by:
        return doc
    return {key: value for key, value in doc.items() if key != NAMED_BY}


def merge_entity(old: Doc, new: Entity) -> Doc:
    if new.provenance == "curated":
        return new.to_doc()
    aliases = list(old.get("aliases", []))
    for alias in new.names:
        if alias != old.get("name") and alias not in aliases:
            aliases.append(alias)
    return {**old, "aliases": aliases}
