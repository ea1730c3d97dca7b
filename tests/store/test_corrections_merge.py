"""Corrections across articles: a merge follows the actor into every article (its list of
articles, its relations there), and an article whose text changed keeps its corrections."""

from __future__ import annotations

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Relation, Span
from personae.store.reviewed import commit_correction


def _article(
    article_id: str, sentence: str, source: str, target: str, before: str = ""
) -> ArticleRecords:
    """One article: ``before`` then one sentence where ``source`` consults ``target``."""
    text = f"{before}{sentence}"
    span = Span(len(before), len(text))
    article = Article(
        id=article_id, title=article_id, text=text, passages=(span,), sentences=(span,)
    )
    names = {source: source.capitalize(), target: target.capitalize()}
    entities = tuple(Entity(id=i, name=n, kind="state") for i, n in names.items())
    mentions = tuple(
        Mention(
            entity=i, article=article_id, start=text.index(n), end=text.index(n) + len(n), text=n
        )
        for i, n in names.items()
    )
    relation = Relation(
        id=f"{article_id}:r{len(before)}",
        article=article_id,
        source=source,
        target=target,
        type="CONSULT",
        evidence=span,
    )
    return ArticleRecords(article, entities, mentions, (relation,), ())


def test_a_merged_actors_articles_and_relations_are_the_others() -> None:
    store = Store()
    store.put(_article("one", "Kenyan met Tanzania.", "kenyan", "tanzania"))
    store.put(_article("two", "Kenya met Uganda.", "kenya", "uganda"))
    commit_correction(store, "actor.merge", {"entity": "kenyan", "name": "Kenyan"}, "kenya", None)
    corpus = Corpus.open(store)
    assert set(corpus.articles_of("kenya")) == {"one", "two"}
    assert corpus.count_articles_naming("kenya") == 2
    across = {(r.article, r.source, r.target) for r in corpus.relations_of("kenya")}
    assert across == {("one", "kenya", "tanzania"), ("two", "kenya", "uganda")}
    assert [m.entity for m in corpus.mentions_in("one")].count("kenya") == 1
    assert corpus.resolve("Kenyan") == corpus.entity("kenya")


def test_an_article_changed_on_disk_keeps_its_corrections() -> None:
    store = Store()
    store.put(_article("one", "Kenya met Uganda.", "kenya", "uganda"))
    corpus = Corpus.open(store)
    target = corpus.relation_target("one:r0", "one")
    assert target is not None
    commit_correction(store, "relation.type", target, "AGREE", "CONSULT")
    # Re-ingested with a new first sentence: offsets and ids move, the sentence stays.
    store.put(_article("one", "Kenya met Uganda.", "kenya", "uganda", before="A new lead. "))
    corpus = Corpus.open(store)
    [relation] = corpus.relations_in("one")
    assert (relation.id, relation.type, relation.provenance) == ("one:r12", "AGREE", "reviewed")
    assert not corpus.orphaned(corpus.layer.corrections[0])
