"""Small stores for the export tests, written as given (no ingest cleaning)."""

from __future__ import annotations

from pathlib import Path

from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Event, Mention, Relation, Span

TALKS_TEXT = (
    "Northland accused Southland of shelling the border on 2 March 2024. "
    "Southland reportedly rejected the claim. "
    "Northland and Eastland met in Geneva."
)


def sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences, cut after each ". "."""
    spans, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        spans.append(Span(start, end))
        start = end + 1
    return tuple(spans)


def article(article_id: str, title: str, text: str, **fields: str | None) -> Article:
    return Article(article_id, title, text, (Span(0, len(text)),), sentences(text), **fields)  # type: ignore[arg-type]


def mentions(article_id: str, text: str, names: dict[str, str]) -> tuple[Mention, ...]:
    """Every place ``text`` writes one of ``names`` (name -> entity id)."""
    found = []
    for name, entity in names.items():
        start = text.find(name)
        while start >= 0:
            found.append(Mention(entity, article_id, start, start + len(name), name))
            start = text.find(name, start + 1)
    return tuple(found)


def relation(
    article_id: str, n: int, pair: tuple[str, str], kind: str, span: Span, **fields: object
) -> Relation:
    return Relation(f"{article_id}:r{n}", article_id, *pair, kind, span, **fields)  # type: ignore[arg-type]


NORTHLAND = Entity("northland", "Northland", "state", ("Northern Republic",), "curated")
SOUTHLAND = Entity("southland", "Southland", "state", (), "curated")
EASTLAND = Entity("eastland", "Eastland", "state")
WESTLAND = Entity("westland", "Westland", "state")


def talks_records() -> list[ArticleRecords]:
    """Two articles: talks in Northland (dated, linked) and aid for Eastland (neither)."""
    s1, s2, s3 = sentences(TALKS_TEXT)
    talks = article(
        "north-talks",
        "Talks in Northland",
        TALKS_TEXT,
        date="2024-03-01",
        source="Wire",
        url="https://news.example/talks?id=1&part=(2)",
    )
    names = {"Northland": "northland", "Southland": "southland", "Eastland": "eastland"}
    first = ArticleRecords(
        talks,
        (NORTHLAND, SOUTHLAND, EASTLAND),
        mentions("north-talks", TALKS_TEXT, names),
        (
            relation(
                "north-talks",
                1,
                ("northland", "southland"),
                "ACCUSE",
                s1,
                summary="accused of shelling",
                provenance="curated",
            ),
            relation(
                "north-talks",
                2,
                ("southland", "northland"),
                "REJECT",
                s2,
                summary="rejected the claim of",
                hedge="reportedly",
                provenance="curated",
            ),
            relation("north-talks", 3, ("northland", "eastland"), "MENTION", s3, confidence=0.3),
            relation(
                "north-talks",
                4,
                ("northland", "eastland"),
                "CONSULT",
                s3,
                summary="met",
                confidence=0.8,
            ),
        ),
        (
            Event(
                "north-talks:e1",
                "north-talks",
                "2024-03-02",
                "day",
                True,
                "Shelling of the border",
                s1,
                ("northland", "southland"),
            ),
        ),
    )
    aid_text = "Westland did not send aid to Eastland."
    aid = article("east-aid", "Aid for Eastland", aid_text)
    second = ArticleRecords(
        aid,
        (WESTLAND, EASTLAND),
        mentions("east-aid", aid_text, {"Westland": "westland", "Eastland": "eastland"}),
        (
            relation(
                "east-aid",
                1,
                ("westland", "eastland"),
                "AID",
                Span(0, len(aid_text)),
                summary="did not send aid to",
                negated=True,
                confidence=0.9,
            ),
        ),
        (),
    )
    return [first, second]


def store_of(path: Path, records: list[ArticleRecords]) -> Path:
    """A store at ``path`` holding exactly ``records`` (not the bundled article)."""
    store = Store(path)
    for one in records:
        store.put(one)
    store.close()
    return path


HOSTILE_TITLE = (
    '=HYPERLINK("http://evil") [x](javascript:alert(1)) <script>alert(1)</script> '
    "a | b \x1b]52;c;cm0K\x07 \u202eflip\u202c &amp; *bold* _it_ `code` ~~gone~~"
)
HOSTILE_TEXT = "@Crew\x1b[31m blamed <b>Acme</b> & Co | Ltd. -Crew met Acme. Crew\ufffe talked."


def hostile_records() -> list[ArticleRecords]:
    """An article whose every text is hostile: formulas, Markdown, HTML, controls, bidi."""
    s1, s2, s3 = sentences(HOSTILE_TEXT)
    crew = Entity("crew\x07", "@Crew\x1b[31m\u202e", "person", ("+Crew", "-Crew", "1. Crew"))
    acme = Entity("acme", "<b>Acme</b> & Co | Ltd", "company", ("[Acme](javascript:alert(1))",))
    odd = Entity("odd\ufffe", 'Crew\ufffe\x01 "Q" \\N', "other")
    hostile = article(
        "hostile",
        HOSTILE_TITLE,
        HOSTILE_TEXT,
        date="2024-01-01",
        source="=cmd|' /C calc'!A0",
        url="javascript:alert(1)",
    )
    return [
        ArticleRecords(
            hostile,
            (crew, acme, odd),
            (Mention("crew\x07", "hostile", 0, 10, "@Crew\x1b[31m"),),
            (
                relation(
                    "hostile",
                    1,
                    ("crew\x07", "acme"),
                    "ACCUSE",
                    s1,
                    summary="-blamed [x](javascript:alert(1))",
                    hedge="=1+1",
                    attribution="@SUM(A1)",
                ),
                relation("hostile", 2, ("crew\x07", "acme"), "CONSULT", s2, summary="# met"),
                relation("hostile", 3, ("odd\ufffe", "acme"), "COOPERATE", s3),
            ),
            (
                Event(
                    "hostile:e1",
                    "hostile",
                    "2024-01-01",
                    "day",
                    False,
                    "- [ ] <img src=x onerror=alert(1)>",
                    s2,
                    ("crew\x07", "acme"),
                ),
            ),
        )
    ]
