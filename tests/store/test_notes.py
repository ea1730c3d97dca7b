"""The reader's notes and bookmarks: kept in the reader's layer file beside the corrections,
seen by a second store, kept through a re-ingest, and kept (orphaned) when their target is
gone."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.export import from_store, write_json
from personae.store.notes import (
    BOOKMARK,
    actor_key,
    add_note,
    bookmark_of,
    delete_note,
    passage_key,
)
from personae.store.reviewed import commit_correction, undo_correction
from personae.store.storage import StoreError

ARTICLE = "iran-russia-alliance"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open_or_create(tmp_path / "personae.json")


def _first_sentence(corpus: Corpus) -> str:
    article = corpus.article(ARTICLE)
    span = article.sentences[0]
    return article.text[span.start : span.end]


def _relation_key(corpus: Corpus) -> dict[str, str]:
    relation = next(r for r in corpus.relations_in(ARTICLE) if r.type == "PARTNER")
    key = corpus.relation_target(relation.id, ARTICLE)
    assert key is not None
    return key


def test_a_bookmark_and_notes_are_kept_beside_the_corrections_and_deleted(store: Store) -> None:
    corpus = Corpus.open(store)
    sentence = _first_sentence(corpus)
    add_note(store, BOOKMARK, passage_key(ARTICLE, sentence), "")
    add_note(store, "note.actor", actor_key(ARTICLE, "iran", "Iran"), "Check the\nsanctions.  ")
    note = add_note(store, "note.relation", _relation_key(corpus), "A treaty?").correction
    assert note is not None
    corpus = Corpus.open(store)
    assert corpus.layer.corrections == ()  # the History is the corrections' alone
    kinds = [(n.kind, n.value) for n in corpus.layer.notes]
    assert kinds == [
        (BOOKMARK, ""),
        ("note.actor", "Check the\nsanctions."),
        ("note.relation", "A treaty?"),
    ]
    assert bookmark_of(corpus.layer.notes, ARTICLE, sentence) is not None
    assert not any(corpus.orphaned(n) for n in corpus.layer.notes)
    assert store.path is not None
    layers = store.path.with_name("personae.json.pieces").glob("reviewed-*.json")
    layer = max(layers, key=lambda p: int(p.stem.split("-")[1]))  # the newest
    tables = orjson.loads(layer.read_bytes())
    assert tables["corrections"] == {} and len(tables["notes"]) == 3
    delete_note(store, note.id)
    assert [n.kind for n in Corpus.open(store).layer.notes] == [BOOKMARK, "note.actor"]
    layers = store.path.with_name("personae.json.pieces").glob("reviewed-*.json")
    newest = max(layers, key=lambda p: int(p.stem.split("-")[1]))
    assert b"A treaty?" not in newest.read_bytes()  # a deleted note leaves the store whole


def test_a_note_on_an_actor_merged_into_another_is_shown_on_that_one(store: Store) -> None:
    add_note(store, "note.actor", actor_key(ARTICLE, "hamas", "Hamas"), "check the sources")
    commit_correction(store, "actor.merge", {"entity": "hamas", "name": "Hamas"}, "iran", None)
    corpus = Corpus.open(store)
    assert corpus.actor_noted("iran")  # the actor Hamas is now part of
    assert not corpus.actor_noted("russia")
    undo_correction(store, corpus.layer.corrections[-1].id)
    corpus = Corpus.open(store)
    assert corpus.actor_noted("hamas") and not corpus.actor_noted("iran")


def test_a_second_store_on_the_same_file_sees_the_note(store: Store) -> None:
    assert store.path is not None
    other = Store.open(store.path)
    Corpus.open(other)
    add_note(store, "note.actor", actor_key(ARTICLE, "iran", "Iran"), "Seen?")
    assert [n.value for n in Corpus.open(other).layer.notes] == ["Seen?"]


def test_notes_survive_a_new_extraction_of_the_article(store: Store) -> None:
    corpus = Corpus.open(store)
    add_note(store, "note.relation", _relation_key(corpus), "Kept")
    add_note(store, BOOKMARK, passage_key(ARTICLE, _first_sentence(corpus)), "")
    records = bundled_records()
    store.put(
        replace(records, relations=tuple(replace(r, id=f"{r.id}-again") for r in records.relations))
    )
    corpus = Corpus.open(store)
    assert [n.value for n in corpus.layer.notes] == ["Kept", ""]
    assert not any(corpus.orphaned(n) for n in corpus.layer.notes)


def test_a_note_whose_target_is_gone_is_kept_and_orphaned(store: Store) -> None:
    corpus = Corpus.open(store)
    key = _relation_key(corpus)
    add_note(store, "note.relation", key, "Gone later")
    add_note(store, BOOKMARK, passage_key(ARTICLE, "A sentence the article never had."), "")
    records = bundled_records()
    kept = tuple(r for r in records.relations if r.type != "PARTNER")
    store.put(replace(records, relations=kept))
    corpus = Corpus.open(store)
    assert [corpus.orphaned(n) for n in corpus.layer.notes] == [True, True]
    exported = io.BytesIO()
    from_store(store, write_json, exported)
    document = orjson.loads(exported.getvalue())
    assert [(n["value"], n["orphaned"]) for n in document["notes"]] == [
        ("Gone later", True),
        ("", True),
    ]
    assert document["corrections"] == []


def test_a_damaged_notes_table_is_named_in_one_line(store: Store) -> None:
    add_note(store, "note.actor", actor_key(ARTICLE, "iran", "Iran"), "x")  # the first layer
    assert store.path is not None
    [layer] = store.path.with_name("personae.json.pieces").glob("reviewed-*.json")
    layer.write_bytes(b'{"corrections": {}, "notes": {"1": {"id": 3}}}')
    with pytest.raises(StoreError, match=f"{layer.name} .*corrupt"):
        Corpus.open(Store.open(store.path))


def test_the_brief_shows_the_readers_notes_in_the_actors_section_as_text(
    store: Store, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from markdown_it import MarkdownIt

    from personae.tui.cli import main

    corpus = Corpus.open(store)
    add_note(store, "note.actor", actor_key(ARTICLE, "iran", "Iran"), "**Ask** <b>\n# not a head")
    add_note(store, "note.relation", _relation_key(corpus), "Signed in 2025?")
    assert store.path is not None
    args = ["--db", str(store.path), "export", "--format", "markdown", "--select", "Iran"]
    assert main(args) == 0
    brief = capsysbinary.readouterr().out.decode("utf-8")
    section = brief[brief.index("### Your notes (2)") :]
    assert "- \\*\\*Ask\\*\\* \\<b\\>" in section and "  \\# not a head" in section
    assert "- on Iran → Russia PARTNER: Signed in 2025?" in section
    html = MarkdownIt("commonmark").render(brief)
    assert "<b>" not in html and "<strong>" not in html and "<h1>not" not in html
