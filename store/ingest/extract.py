"""From a RawArticle to the records personae stores: the extraction entry point.

Pure: no store access.  Entities already in the store (``known``) lend their ids to actors
with the same name or alias, so one actor is one entity across articles.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass

from personae.store.ingest.actors import Actor, Actors, Hit, find_actors
from personae.store.ingest.dates import DateMention, find_dates, parse_iso
from personae.store.ingest.read import DATELINE, RawArticle
from personae.store.ingest.relations import relations_in, sentence_hits
from personae.store.model import COMENTION, Article, Entity, Event, Mention, Relation, Span
from personae.store.text import passages_of, sentences_of

#: Bumped whenever a rule change alters what is extracted from the same text.
EXTRACTOR_VERSION = "2"

#: A past-tense report: a sentence with an actor and one of these (and no date) happened on
#: or just before the publication date.
_REPORTED = re.compile(
    r"^(?:['’]s)?,?\s+(?:\w+ly\s+)?(?:has\s+|have\s+)?(?:\w{3,}ed|said|told|made|took|gave|won|lost|met"
    r"|began|left|held|showed|shown|sold|bought|spoke|wrote|sent|brought|struck|fought|led|ran)\b"
)
_REPORTING = re.compile(
    r"\b(?:announced|unveiled|launched|introduced|released|confirmed|revealed|signed|resigned"
    r"|died|filed|sued|acquired|invaded|attacked|imposed|approved|rejected|denied|declared"
    r"|reported|said|told)\b"
)
_FUTURE = re.compile(r"\b(?:will|would|could|may|might|plans? to|expected to)\b")
_CLAUSE = re.compile(r"[^,;:—–()]+")


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, every record marked extracted and versioned."""

    article: Article
    entities: list[Entity]
    mentions: list[Mention]
    relations: list[Relation]
    events: list[Event]


def slug(name: str) -> str:
    """Entity id from a canonical name: "Bashar al-Assad" -> "bashar-al-assad"."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'s", "s").replace("’s", "s")).strip("-")


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
    t0 = clock()
    text = raw.text
    passages = passages_of(text)
    sentences = sentences_of(text, passages)
    t1 = clock()
    dateline = DATELINE.match(text) if raw.dateline else None
    skip = dateline.end() if dateline else 0
    actors = find_actors(text, sentences, skip=skip)
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
    mentions = [
        Mention(
            ids[h.actor],
            article_id,
            h.start,
            h.end,
            text[h.start : h.end],
            extractor_version=EXTRACTOR_VERSION,
        )
        for h in actors.hits
    ]
    t3 = clock()
    per_sentence = sentence_hits(actors.hits, sentences)
    kinds = {a.name: a.kind for a in actors.by_name.values()}
    links = [
        link
        for sentence, hits in zip(sentences, per_sentence, strict=True)
        if len(hits) >= 2  # most sentences: no pair, no need to read them for relations
        for link in relations_in(text, sentence, hits, kinds)
        if ids[link.source] != ids[link.target]  # two names of one entity: never self-related
    ]
    links.sort(key=lambda link: link.type == COMENTION)  # typed first, co-mentions after
    relations = [
        Relation(
            id=f"{article_id}:r{n}",
            article=article_id,
            source=ids[link.source],
            target=ids[link.target],
            type=link.type,
            evidence=link.evidence,
            summary=link.summary,
            negated=link.negated,
            hedge=link.hedge,
            attribution=ids.get(link.attribution or "", link.attribution),
            extractor_version=EXTRACTOR_VERSION,
            confidence=link.confidence,
        )
        for n, link in enumerate(links, start=1)
    ]
    t4 = clock()
    events = _events(text, article_id, sentences, per_sentence, ids, raw, skip)
    t5 = clock()
    if timings is not None:
        for stage, spent in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            timings[stage] = timings.get(stage, 0.0) + spent
    return Extraction(article, entities, mentions, relations, events)


def _no_clock() -> float:
    return 0.0


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
    return ids, list(entities.values())


def _known(actor: Actor, by_name: dict[str, Entity]) -> Entity | None:
    for name in (actor.name, *actor.aliases):
        entity = by_name.get(name.lower())
        if entity is not None:
            return entity
    return None


def _events(
    text: str,
    article_id: str,
    sentences: tuple[Span, ...],
    per_sentence: list[list[Hit]],
    ids: dict[str, str],
    raw: RawArticle,
    skip: int,
) -> list[Event]:
    published = parse_iso(raw.date)
    events: list[Event] = []
    for sentence, hits in zip(sentences, per_sentence, strict=True):
        actor_ids = tuple(dict.fromkeys(ids[h.actor] for h in hits))
        found = find_dates(text, sentence.start, sentence.end, published)
        clauses: list[tuple[int, int]] | None = None
        for when in found:
            if when.end <= skip and raw.dateline:
                label = f"Published ({raw.dateline})"
            else:
                if clauses is None:  # once per sentence: a sentence may hold a thousand dates
                    clauses = [
                        m.span() for m in _CLAUSE.finditer(text, sentence.start, sentence.end)
                    ]
                label = _label(text, sentence, when, clauses)
            events.append(_event(article_id, len(events), when, label, sentence, actor_ids))
        if (
            not found
            and published
            and actor_ids
            and sentence.end > sentence.start
            and _reports_event(text, sentence, hits)
        ):
            when = DateMention(sentence.start, sentence.start, published.isoformat(), "day", False)
            label = _trim(_head(text, sentence.start, sentence.end))
            events.append(_event(article_id, len(events), when, label, sentence, actor_ids))
    return events


def _reports_event(text: str, sentence: Span, hits: list[Hit]) -> bool:
    """A reporting verb, or an actor followed by a past-tense verb in a sentence not about the
    future: the publication date is then the best date we have (marked inferred)."""
    if _REPORTING.search(text, sentence.start, sentence.end):
        return True
    if _FUTURE.search(text, sentence.start, sentence.end):
        return False
    return any(_REPORTED.match(text[h.end : min(h.end + 40, sentence.end)]) for h in hits)


def _event(
    article_id: str, n: int, when: DateMention, label: str, sentence: Span, actors: tuple[str, ...]
) -> Event:
    return Event(
        id=f"{article_id}:e{n + 1}",
        article=article_id,
        date=when.date,
        precision=when.precision,
        stated=when.stated,
        label=label,
        evidence=sentence,
        actors=actors,
        extractor_version=EXTRACTOR_VERSION,
    )


#: How much of a clause (or sentence) a label is read from: a label keeps about 60 characters,
#: so the first thousand always hold it, and a sentence of 100,000 characters and as many
#: dates costs no more per date than a short one.
_LABEL_READ = 1_000


def _head(text: str, start: int, end: int) -> str:
    return text[start : min(end, start + _LABEL_READ)]


def _label(text: str, sentence: Span, when: DateMention, clauses: list[tuple[int, int]]) -> str:
    """The clause holding the date, without the date words, trimmed to about 60 characters.

    ``clauses`` are the sentence's _CLAUSE spans.  Only the first _LABEL_READ characters of
    the clause (or the sentence) are read: the label is the same as from all of it unless
    they shrink to under 66 characters once runs of spaces and dots are squeezed.
    """
    index = bisect.bisect_right(clauses, (when.start, len(text))) - 1
    if index >= 0 and when.start < clauses[index][1]:
        start, end = clauses[index]
        before = _head(text, start, when.start)
        words = before + _head(text, max(when.end, start), end)[: _LABEL_READ - len(before)]
        if len(words.split(maxsplit=3)) >= 3:
            return _trim(words)
    return _trim(_head(text, sentence.start, sentence.end))


def _trim(phrase: str, limit: int = 60) -> str:
    phrase = " ".join(phrase.split()).strip(" .,;:")
    phrase = re.sub(r"\s+(?:in|on|at|since|by|of|from)$", "", phrase)
    if len(phrase) <= limit:
        return phrase
    cut = phrase[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
