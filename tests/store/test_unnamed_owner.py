"""A leader or office whose state the article never names still leads to that state."""

from __future__ import annotations

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle

TEXT = "Mahmoud Ahmadinejad met Hugo Chavez in Caracas on Monday."


def test_the_state_of_a_leader_is_an_actor_of_the_article_though_never_named() -> None:
    extraction = extract(RawArticle("Visit", TEXT, date="2008-05-01"), "visit")
    by_id = {e.id: e for e in extraction.entities}
    leader = next(e for e in extraction.entities if e.name == "Mahmoud Ahmadinejad")
    assert leader.affiliation is not None
    state = by_id[leader.affiliation]  # stored, not a dangling id
    assert (state.name, state.kind) == ("Iran", "state")
    assert not [m for m in extraction.mentions if m.entity == state.id]

    store = Store()
    store.put(
        ArticleRecords(
            extraction.article,
            tuple(extraction.entities),
            tuple(extraction.mentions),
            tuple(extraction.relations),
            tuple(extraction.events),
        )
    )
    corpus = Corpus(store.snapshot())
    listed = {entity.name: count for entity, count in corpus.entities_in("visit")}
    assert listed["Iran"] == 0 and listed["Mahmoud Ahmadinejad"] == 1
    assert [e.name for e in corpus.affiliates_of(state.id, "visit")] == ["Mahmoud Ahmadinejad"]
