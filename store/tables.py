"""Replacing articles in TinyDB's raw tables, one pass per commit.

TinyDB's ``insert``/``update``/``remove`` each rebuild their whole table (twice), so
storing an article costs the size of the store and a batch ingest grows quadratically.
Here one commit edits the ``{table: {doc_id: record}}`` dict in place, with the same id
rules as TinyDB (the highest id left, plus one), and the caller writes it once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from personae.store.model import Entity

Doc = dict[str, Any]

#: Tables whose records belong to one article, and the field that says which.
ARTICLE_FIELD = {
    "articles": "id",
    "mentions": "article",
    "relations": "article",
    "events": "article",
}


class TableEditor:
    def __init__(self, tables: dict[str, dict[str, Doc]]) -> None:
        self.tables = tables
        for name in (*ARTICLE_FIELD, "entities"):
            tables.setdefault(name, {})
        self._next_id: dict[str, int] = {}
        self._by_article: dict[str, dict[str, list[str]]] = {}
        self._entity_keys = {doc.get("id"): key for key, doc in tables["entities"].items()}
        self.removed = False

    def insert(self, table: str, doc: Doc) -> str:
        if table not in self._next_id:
            self._next_id[table] = max(map(int, self.tables[table]), default=0) + 1
        key = str(self._next_id[table])
        self._next_id[table] += 1
        self.tables[table][key] = doc
        return key

    def has_article(self, article_id: str) -> bool:
        return bool(self._keys_of("articles", article_id))

    def remove_article(self, article_id: str) -> bool:
        """Drop the article and every record that belongs to it."""
        found = self.has_article(article_id)
        if not found:  # a new article: nothing to drop, no need to index the big tables
            return False
        for name in ARTICLE_FIELD:
            table = self.tables[name]
            for key in self._by_article_index(name).pop(article_id, ()):
                table.pop(key, None)
        self.removed = True
        return True

    def add_article_records(self, table: str, article_id: str, docs: Iterable[Doc]) -> None:
        keys = [self.insert(table, doc) for doc in docs]
        if table in self._by_article:
            self._by_article[table].setdefault(article_id, []).extend(keys)

    def upsert_entity(self, entity: Entity) -> None:
        """New actors are added; known ones gain names; a curated one is never overwritten."""
        key = self._entity_keys.get(entity.id)
        if key is None:
            self._entity_keys[entity.id] = self.insert("entities", entity.to_doc())
            return
        old = self.tables["entities"][key]
        if old.get("provenance") != "curated" or entity.provenance == "curated":
            self.tables["entities"][key] = merge_entity(old, entity)

    def drop_orphans(self) -> None:
        """Extracted actors no record refers to any more go with their last article.

        Only a removal can orphan one: an added article's actors are its own mentions'.
        """
        if not self.removed:
            return
        used = {doc.get("entity") for doc in self.tables["mentions"].values()}
        for name in ("relations", "events"):
            for doc in self.tables[name].values():
                used.update(doc.get("actors", ()))
                used.update((doc.get("source"), doc.get("target")))
        entities = self.tables["entities"]
        for key in [
            k
            for k, d in entities.items()
            if d.get("provenance") == "extracted" and d.get("id") not in used
        ]:
            del entities[key]
        self._entity_keys = {doc.get("id"): key for key, doc in entities.items()}

    def _by_article_index(self, table: str) -> dict[str, list[str]]:
        if table not in self._by_article:
            index: dict[str, list[str]] = defaultdict(list)
            field = ARTICLE_FIELD[table]
            for key, doc in self.tables[table].items():
                index[str(doc.get(field))].append(key)
            self._by_article[table] = index
        return self._by_article[table]

    def _keys_of(self, table: str, article_id: str) -> list[str]:
        return self._by_article_index(table).get(article_id, [])


def merge_entity(old: Doc, new: Entity) -> Doc:
    if new.provenance == "curated":
        return new.to_doc()
    aliases = list(old.get("aliases", []))
    for alias in new.names:
        if alias != old.get("name") and alias not in aliases:
            aliases.append(alias)
    return {**old, "aliases": aliases}
