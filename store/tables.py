"""Editing the catalog's raw TinyDB tables, one pass per commit.

TinyDB's ``insert``/``update``/``remove`` each rebuild their whole table (twice), so
storing an article would cost the size of the catalog, and a batch ingest would grow
quadratically.  Here one commit edits the ``{table: {doc_id: record}}`` dict in place,
with the same id rules as TinyDB (the highest id left, plus one), and the caller writes
it once.  An article's records themselves live in its piece (store/pieces.py): the
catalog holds its row, the actors it names (``index``) and the shared actor registry.
The edit notes which articles and actors it touched and which records it added, so that
only the buckets holding them are written (store/buckets.py, store/actors.py).  It reads
an actor's bucket before it adds or changes that actor (``load_actors``), and no other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from personae.store.model import Entity
from personae.store.pieces import FiledArticle
from personae.store.summary import Summary

Doc = dict[str, Any]

#: Catalog tables whose records belong to one article, and the field that says which.
ARTICLE_FIELD = {"articles": "id", "index": "article"}


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
        for entity in article.entities:
            self.upsert_entity(entity)

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
            table.pop(key, None)
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

    def upsert_entity(self, entity: Entity) -> None:
        """New actors are added; known ones gain names; a curated one is never overwritten.
        Only an actor added or changed makes its bucket be written."""
        if self.load_actors is not None:
            for key, doc in self.load_actors(entity.id).items():
                self._entity_keys[doc.get("id")] = key
        known = self._entity_keys.get(entity.id)
        if known is None:
            self._entity_keys[entity.id] = self.insert("entities", entity.to_doc())
        else:
            old = self.tables["entities"][known]
            if old.get("provenance") == "curated" and entity.provenance != "curated":
                return
            new = merge_entity(old, entity)
            if new == old:
                return
            self.tables["entities"][known] = new
        if self.touched_actors is not None:
            self.touched_actors.add(entity.id)

    def _by_article_index(self, table: str) -> dict[str, list[str]]:
        if table not in self._by_article:
            index: dict[str, list[str]] = defaultdict(list)
            field = ARTICLE_FIELD[table]
            for key, doc in self.tables[table].items():
                index[str(doc.get(field))].append(key)
            self._by_article[table] = index
        return self._by_article[table]


def merge_entity(old: Doc, new: Entity) -> Doc:
    if new.provenance == "curated":
        return new.to_doc()
    aliases = list(old.get("aliases", []))
    for alias in new.names:
        if alias != old.get("name") and alias not in aliases:
            aliases.append(alias)
    return {**old, "aliases": aliases}
