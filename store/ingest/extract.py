"""From a RawArticle to the records personae stores: the extraction entry point.

Pure: no store access.  Entities already in the store (``known``) lend their ids to actors
with the same name or alias, so one actor is one entity across articles.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from personae.store.ingest import offices, places
from personae.store.ingest.actors import Actor, Actors, Hit, find_actors
from personae.store.ingest.answers_before import ANSWERED_AGAIN, answers_to_before
from personae.store.ingest.cameo import load_verbs
from personae.store.ingest.gazetteer import load_gazetteer, phoenix_words
from personae.store.ingest.kinds import named_event, used_as_product
from personae.store.ingest.links import Link
from personae.store.ingest.reactions_before import REACTED_AGAIN, reactions_to_before
from personae.store.ingest.read import RawArticle, match_dateline
from personae.store.ingest.relations import relations_in
from personae.store.ingest.sentence_pieces import sentence_hits
from personae.store.ingest.sides_before import SIDES, side_links
from personae.store.ingest.timeline import events_of
from personae.store.ingest.wrongs_said import WRONG_WORDS, wrongs_said
from personae.store.model import COMENTION, Article, Entity, Event, Mention, Relation, Span
from personae.store.text import passages_of, sentences_of

#: Bumped whenever a rule change alters what is extracted from the same text.
EXTRACTOR_VERSION = "47"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, every record marked extracted and versioned."""

    article: Article
    entities: list[Entity]
    mentions: list[Mention]
    relations: list[Relation]
    events: list[Event]


_NOT_IN_SLUGS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 15)
def slug(name: str) -> str:
    """Entity id from a canonical name: "Bashar al-Assad" -> "bashar-al-assad".  Cached:
    the same names come back article after article."""
    return _NOT_IN_SLUGS.sub("-", name.lower().replace("'s", "s").replace("’s", "s")).strip("-")


#: The stages ``extract`` reports CPU seconds for, when asked (the benchmark asks).
STAGES = ("segment", "actors", "records", "relations", "dates")


def extract(
    raw: RawArticle,
    article_id: str,
    *,
    known: Sequence[Entity] | KnownEntities = (),
    timings: MutableMapping[str, float] | None = None,
) -> Extraction:
    """Segment, find actors, relate them and date what happened.

    ``timings``, if given, gains the CPU seconds spent in each of STAGES.
    """
    clock = time.process_time if timings is not None else _no_clock
    version = EXTRACTOR_VERSION
    t0 = clock()
    text = raw.text
    passages = passages_of(text)
    sentences = sentences_of(text, passages)
    t1 = clock()
    dateline = match_dateline(text)  # also in text given whole, as a wire item is
    skip = dateline.end() if dateline else 0
    actors = find_actors(text, sentences, skip=skip, date=raw.date)
    t2 = clock()
    ids, entities = _entities(actors, known)
    article = Article(
        id=article_id,
        title=raw.title,
        text=text,
        passages=passages,
        sentences=sentences,
        date=raw.date,
        dateline=raw.dateline,
        source=raw.source,
        url=raw.url,
        path=raw.path,
        extractor_version=EXTRACTOR_VERSION,
    )
    mentions = [  # positional: tens of thousands in a batch
        Mention(
            ids[h.actor], article_id, h.start, h.end, text[h.start : h.end], "extracted", version
        )
        for h in actors.hits
    ]
    t3 = clock()
    per_sentence = sentence_hits(actors.relating(), sentences)
    kinds = {a.name: a.kind for a in actors.by_name.values()}
    owners = {a.name: a.affiliation for a in actors.by_name.values() if a.affiliation}

    def read(sentence: Span, hits: list[Hit]) -> list[Link]:
        if len(hits) < 2:  # most sentences: no pair, no need to read them for relations
            return []
        links = relations_in(text, sentence, hits, kinds, owners)
        # two names of one entity: never related to itself
        return [link for link in links if ids[link.source] != ids[link.target]]

    per_link = [read(s, hits) for s, hits in zip(sentences, per_sentence, strict=True)]
    typed_parties = {
        name
        for links in per_link
        for link in links
        if link.type != COMENTION
        for name in (link.source, link.target)
    }
    products = _products(text, actors, typed_parties)
    # A product took a role ("fired Katyusha rockets at towns in Israel"): its sentence is
    # read again without it, for the act's parties.
    for n, hits in enumerate(per_sentence if products else ()):
        if not products.isdisjoint(h.actor for h in hits):
            kept = [h for h in hits if h.actor not in products]
            typed = [link for link in read(sentences[n], kept) if link.type != COMENTION]
            per_link[n] = typed + [link for link in per_link[n] if link.type == COMENTION]
    if ANSWERED_AGAIN.search(text):  # "Washington dismissed the accusations": made before
        for n, hits in enumerate(per_sentence):
            per_link[n] += answers_to_before(text, sentences[n], hits, per_link, n, owners)
    if REACTED_AGAIN.search(text):  # "The United States condemned the attack": told before
        for n, hits in enumerate(per_sentence):
            per_link[n] += reactions_to_before(text, sentences[n], hits, per_link, n)
    if WRONG_WORDS.search(text):  # "The Commission said Google had breached the rules"
        for n, hits in enumerate(per_sentence):
            per_link[n] += wrongs_said(text, sentences[n], hits, per_link[n])
    if SIDES.search(text):  # "called on both sides": the sides of a sentence before
        for n, hits in enumerate(per_sentence):
            per_link[n] += side_links(text, sentences[n], hits, per_link, n, kinds, read)
    links = [link for links in per_link for link in links]
    links.sort(key=lambda link: link.type == COMENTION)  # typed first, co-mentions after
    relations = [  # positional, in the fields' order: keywords cost twice as much
        Relation(
            f"{article_id}:r{n}",  # id
            article_id,
            ids[link.source],
            ids[link.target],
            link.type,
            link.evidence,
            link.summary,
            link.negated,
            link.hedge,
            ids.get(link.attribution or "", link.attribution),  # attribution
            "extracted",  # provenance
            version,
            link.confidence,
        )
        for n, link in enumerate(links, start=1)
    ]
    t4 = clock()
    events = events_of(
        text, article_id, sentences, per_sentence, ids, raw, dateline, EXTRACTOR_VERSION
    )
    t5 = clock()
    if timings is not None:
        for stage, spent in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            timings[stage] = timings.get(stage, 0.0) + spent
    return Extraction(article, entities, mentions, relations, events)


def _products(text: str, actors: Actors, parties: set[str]) -> set[str]:
    """Those of ``parties`` (the actors of typed relations) of no known kind that the text
    speaks of as products ("discontinued the MacBook Air", "the new iPod"), or that name an
    event, a treaty or a plan ("the Cold War", "the Belt and Road Initiative"): no party to a
    typed relation (a company withdrawing its own product is no act of one actor towards
    another).  Only they are read: other names are in no relation a product would undo."""
    by_name = actors.by_name
    unknown: dict[str, list[tuple[int, int]]] = {
        name: [] for name in parties if name in by_name and by_name[name].kind == "other"
    }
    if not unknown:
        return set()
    for hit in actors.hits:
        if hit.actor in unknown:
            unknown[hit.actor].append((hit.start, hit.end))
    return {
        name for name, spans in unknown.items() if named_event(name) or used_as_product(text, spans)
    }


def _no_clock() -> float:
    return 0.0


def load_lexicons() -> None:
    """Load every table extraction reads on first use (once a process): the first
    article would otherwise take some 0.1 s longer than the next ones."""
    load_gazetteer()
    phoenix_words()
    load_verbs()
    offices._office_patterns()
    places._subdivisions()


class KnownEntities:
    """Entities already stored, by lower-cased name or alias: built once for a whole batch,
    not once per article (a store holds thousands)."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self.by_name: dict[str, Entity] = {}
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        for name in entity.names:
            self.by_name.setdefault(name.lower(), entity)


def _entities(
    actors: Actors, known: Sequence[Entity] | KnownEntities
) -> tuple[dict[str, str], list[Entity]]:
    """Entity ids per actor name: a known entity's id when a name matches, else a fresh slug."""
    if not isinstance(known, KnownEntities):
        known = KnownEntities(known)
    by_name = known.by_name
    ids: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    for actor in actors.by_name.values():
        match = _known(actor, by_name)
        if match is not None:
            entity_id, name, kind = match.id, match.name, match.kind
            aliases = tuple(a for a in (actor.name, *actor.aliases) if a not in match.names)
        else:
            entity_id, name, kind = slug(actor.name) or "actor", actor.name, actor.kind
            aliases = tuple(actor.aliases)
            while entity_id in entities and entities[entity_id].name != name:
                entity_id += "-2"
        ids[actor.name] = entity_id
        if entity_id in entities:  # two actors met one known entity: pool their names
            old = entities[entity_id]
            aliases = tuple(dict.fromkeys((*old.aliases, *aliases)))
        entities[entity_id] = Entity(
            entity_id, name, kind, aliases, extractor_version=EXTRACTOR_VERSION
        )
    for actor in actors.by_name.values():  # the state or body an actor belongs to, by id
        if actor.affiliation:
            entity_id = ids[actor.name]
            owner = ids.get(actor.affiliation) or _known_id(actor.affiliation, by_name)
            if owner != entity_id:
                entities[entity_id] = replace(entities[entity_id], affiliation=owner)
                if owner not in entities and actor.affiliation.lower() not in by_name:
                    entities[owner] = _unnamed_owner(owner, actor.affiliation)
    return ids, list(entities.values())


def _unnamed_owner(entity_id: str, name: str) -> Entity:
    """The state or body of a leader or office the article never names itself ("Mahmoud
    Ahmadinejad" without "Iran"): stored all the same, so that the affiliation leads to an
    actor of the store, with the lexicon's kind and names."""
    entry = load_gazetteer().lookup(name)
    kind = entry.kind if entry is not None else "other"
    aliases = entry.aliases if entry is not None else ()
    return Entity(entity_id, name, kind, aliases, extractor_version=EXTRACTOR_VERSION)


def _known_id(name: str, by_name: dict[str, Entity]) -> str:
    known = by_name.get(name.lower())
    return known.id if known is not None else slug(name)


def _known(actor: Actor, by_name: dict[str, Entity]) -> Entity | None:
    """The stored entity an actor is: by its name, else by another name of its own, but not
    by one the lexicon gives another actor ("Belgium", named "Brussels" in a story on
    Belgium, is not the European Commission the store knows as "Brussels")."""
    entity = by_name.get(actor.name.lower())
    if entity is not None:
        return entity
    lexicon = load_gazetteer()
    for name in actor.aliases:
        entity = by_name.get(name.lower())
        if entity is not None and getattr(lexicon.lookup(name), "name", actor.name) == actor.name:
            return entity
    return None
