"""Relations read straight from text, before entity ids, and the entities ingest extracts:
what the relation and actor tests look at."""

from __future__ import annotations

from personae.store.ingest.actors import find_actors
from personae.store.ingest.evaluate import StateNames, read_case
from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.ingest.relations import Link, relations_in
from personae.store.ingest.sentence_pieces import sentence_hits
from personae.store.model import COMENTION, Entity
from personae.store.text import sentences_of


def links_in(text: str) -> list[Link]:
    sentences = sentences_of(text)
    found = find_actors(text, sentences)
    kinds = {a.name: a.kind for a in found.by_name.values()}
    owners = {a.name: a.affiliation for a in found.by_name.values() if a.affiliation}
    links = []
    for sentence, hits in zip(sentences, sentence_hits(found.hits, sentences), strict=True):
        links.extend(relations_in(text, sentence, hits, kinds, owners))
    return links


def typed_in(text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of each typed relation the text states (no co-mentions)."""
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def entities_in(text: str, date: str | None) -> dict[str, Entity]:
    """The entities ingest extracts from ``text`` (an article dated ``date``), by name."""
    return {e.name: e for e in extract(RawArticle("", text, date=date), "a").entities}


def stored_in(text: str, date: str, *, denied: bool = True) -> set[tuple[str, str, str]]:
    """(source, type, target) of each typed relation ingest stores for ``text`` (an article
    dated ``date``), by the entities' names; ``denied=False`` leaves out those told as denied
    or not done."""
    found = extract(RawArticle("", text, date=date), "a")
    names = {e.id: e.name for e in found.entities}
    return {
        (names[r.source], r.type, names[r.target])
        for r in found.relations
        if r.type != COMENTION and (denied or not r.negated)
    }


def coded_in(text: str, date: str) -> set[tuple[str, str, str]]:
    """(source, target, PLOVER type) as the held-out scorer reads ingest's relations: each
    party as the state or body an event coder would name, in lower case."""
    return set(read_case({"text": text, "date": date, "events": []}, StateNames())[2])
