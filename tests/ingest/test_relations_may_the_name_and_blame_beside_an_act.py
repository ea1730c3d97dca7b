""" "May" capitalised inside a sentence is a name or a month, never the modal ("Prime Minister
Theresa May gave Moscow until Tuesday" is told as fact); and a speaker who says another was
behind a harm blames it even when the sentence tells another act between the two ("May
said Russia was behind the attack, and gave Moscow until Tuesday to explain itself")."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle

_MAY = (
    "Prime Minister Theresa May said on Monday that Russia was behind the nerve agent attack, "
    "and gave Moscow until the end of Tuesday to explain itself."
)


def _relations(text: str) -> list[tuple[str, str, str, str | None]]:
    found = extract(RawArticle("", text, date="2018-03-12"), "a")
    names = {e.id: e.name for e in found.entities}
    return [(names[r.source], r.type, names[r.target], r.hedge) for r in found.relations]


def test_may_the_name_hedges_nothing() -> None:
    assert ("Theresa May", "THREATEN", "Russia", None) in _relations(_MAY)
    modal = _relations("May Russia attack Ukraine? Analysts said Russia may attack Ukraine.")
    assert {hedge for _, _, _, hedge in modal} == {"May", "may"}


def test_a_blame_said_stands_beside_another_act_on_the_pair() -> None:
    kinds = {kind for source, kind, target, _ in _relations(_MAY) if target == "Russia"}
    assert kinds == {"THREATEN", "ACCUSE"}
