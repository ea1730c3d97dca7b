"""An extracted article built by hand: relations with confidences, co-mentions, and people
who belong to a state.  Built from records, not by running the extractor, so the tests and
snapshots that use it do not move when extraction improves.

Run it by hand with ``python tests/tui/extracted_app.py`` to see what they show.
"""

from __future__ import annotations

from collections.abc import Sequence

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Relation, Span
from personae.tui.app import PersonaeApp

ARTICLE = "ministers"
PASSAGES = (
    "Israel accused Iran of hiding drones. Russia agreed to supply Iran with air defence systems.",
    "Iran's foreign minister Abbas Araghchi met Sergei Lavrov in Moscow.",
    "Abbas Araghchi urged the European Union to lift its sanctions.",
    "Iran, Russia and China were all named in the report.",
)
TEXT = "\n\n".join(PASSAGES)

ENTITIES = (
    Entity(id="iran", name="Iran", kind="state"),
    Entity(id="russia", name="Russia", kind="state"),
    Entity(id="israel", name="Israel", kind="state"),
    Entity(id="china", name="China", kind="state"),
    Entity(id="european-union", name="European Union", kind="organisation"),
    Entity(id="abbas-araghchi", name="Abbas Araghchi", kind="person", affiliation="iran"),
    Entity(id="sergei-lavrov", name="Sergei Lavrov", kind="person", affiliation="russia"),
)

LOW = f"{ARTICLE}:r1"
"""Israel ACCUSE Iran, low confidence (0.45): first in the text."""
HIGH = f"{ARTICLE}:r2"
"""Russia AID Iran, high confidence (0.85)."""
MINISTERS = f"{ARTICLE}:r3"
"""Abbas Araghchi (Iran's) CONSULT Sergei Lavrov (Russia's), high (0.75)."""
MEDIUM = f"{ARTICLE}:r4"
"""Abbas Araghchi (Iran's) REQUEST European Union, medium (0.55)."""
COMENTIONS = tuple(f"{ARTICLE}:r{n}" for n in (5, 6, 7))
"""Iran-Russia, Iran-China, Russia-China: named together in the last passage."""


SUMMARIES = {"ACCUSE": "accused", "AID": "agreed to supply", "CONSULT": "met", "REQUEST": "urged"}


def _spans(text: str, pieces: Sequence[str]) -> tuple[Span, ...]:
    spans, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        at = start + len(piece)
        spans.append(Span(start, at))
    return tuple(spans)


def extracted_records() -> ArticleRecords:
    passages = _spans(TEXT, PASSAGES)
    first, second = PASSAGES[0].split(". ", 1)
    sentences = _spans(TEXT, (first + ".", second, *PASSAGES[1:]))
    article = Article(
        id=ARTICLE,
        title="Ministers meet as pressure mounts",
        text=TEXT,
        passages=passages,
        sentences=sentences,
        date="2024-11-14",
        dateline="Tehran",
        extractor_version="test",
    )
    names = {e.name: e.id for e in ENTITIES}
    mentions = []
    for name, entity_id in names.items():
        at = TEXT.find(name)
        while at >= 0:
            mentions.append(Mention(entity_id, ARTICLE, at, at + len(name), name))
            at = TEXT.find(name, at + len(name))

    def relation(
        n: int, source: str, target: str, kind: str, sentence: int, confidence: float
    ) -> Relation:
        summary = SUMMARIES.get(kind, "mentioned with")
        return Relation(
            f"{ARTICLE}:r{n}",
            ARTICLE,
            source,
            target,
            kind,
            sentences[sentence],
            summary=summary,
            confidence=confidence,
        )

    relations = (
        relation(1, "israel", "iran", "ACCUSE", 0, 0.45),
        relation(2, "russia", "iran", "AID", 1, 0.85),
        relation(3, "abbas-araghchi", "sergei-lavrov", "CONSULT", 2, 0.75),
        relation(4, "abbas-araghchi", "european-union", "REQUEST", 3, 0.55),
        relation(5, "iran", "russia", "MENTION", 4, 0.2),
        relation(6, "iran", "china", "MENTION", 4, 0.2),
        relation(7, "russia", "china", "MENTION", 4, 0.2),
    )
    return ArticleRecords(article, ENTITIES, tuple(mentions), relations, ())


def extracted_corpus() -> Corpus:
    store = Store()
    store.put(extracted_records())
    return Corpus(store.snapshot())


def make_app(select: Sequence[str] = ()) -> PersonaeApp:
    return PersonaeApp(extracted_corpus(), select=select)


if __name__ == "__main__":
    make_app(select=["Iran"]).run()
