"""The JSON, CSV and network exports read the store an article at a time, from one version
of it.

A reader exports an archive of any size on a laptop: before, the whole store was built in
memory first (1.2 GB for 6,750 articles), so a larger one could not be exported at all.
And a writer may commit while a long export reads: what comes out is one version whole.
"""

from __future__ import annotations

import csv
import functools
import io
import tempfile
import tracemalloc
from pathlib import Path

import orjson
import pytest

from personae.store.db import Store
from personae.store.export import Writer, from_store, write_json
from personae.store.export_brief import write_brief
from personae.store.export_graph import write_network
from personae.store.export_scope import Scope
from personae.store.export_table import write_csv
from personae.store.ingest.batch import ingest_paths
from personae.store.pieces import Piece
from tests.tools.bench_ingest import write_batch

WRITERS: dict[str, Writer] = {
    "json": write_json,
    "csv": functools.partial(write_csv, scope=Scope(co_mentions=True)),
    "dot": functools.partial(write_network, scope=Scope(co_mentions=True), dot=True),
}


def _store(folder: Path, articles: int) -> Store:
    files = folder / "articles"
    files.mkdir(parents=True)
    write_batch(files, articles)
    store = Store.open_or_create(folder / "personae.json")
    ingest_paths(store, [files])
    return Store.open(folder / "personae.json")


def _peak_and_size(store: Store, write: Writer) -> tuple[int, int]:
    """The most memory the export held at once, and how many bytes it wrote."""
    tracemalloc.start()
    try:
        with tempfile.TemporaryFile() as out:
            from_store(store, write, out)
            size = out.tell()
        return tracemalloc.get_traced_memory()[1], size
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("form", WRITERS)
def test_an_export_holds_one_article_at_a_time(tmp_path: Path, form: str) -> None:
    small = _peak_and_size(_store(tmp_path / "small", 40), WRITERS[form])
    large = _peak_and_size(_store(tmp_path / "large", 160), WRITERS[form])
    assert large[1] > small[1]
    # Four times the articles, and the memory held stays about flat (built whole, it grew
    # with the articles).
    assert large[0] < 1.5 * small[0], (small, large)


def _article(version: str, n: int) -> str:
    return f"Talks {n}\n\nIran signed a deal with Russia, in Version {version} {n}.\n"


@pytest.mark.parametrize("form", ["json", "csv"])
def test_an_export_read_while_a_writer_commits_twice_gives_one_version(
    tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "articles"
    files.mkdir()
    for n in range(3):
        (files / f"a{n}.txt").write_text(_article("one", n))
    store = Store.open_or_create(tmp_path / "personae.json")
    ingest_paths(store, [files])
    reading = Store.open(tmp_path / "personae.json")
    load = reading.load
    committed: list[int] = []

    def load_while_a_writer_commits(catalog: object, article_id: str) -> Piece:
        if not committed:  # the export has read its catalog: two commits replace every piece
            for version in ("two", "three"):
                for n in range(3):
                    (files / f"a{n}.txt").write_text(_article(version, n))
                ingest_paths(store, [files])
                committed.append(1)
        return load(catalog, article_id)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "load", load_while_a_writer_commits)
    out = io.BytesIO()
    from_store(reading, WRITERS[form], out)
    exported = out.getvalue().decode("utf-8")
    assert "Version three" in exported
    assert "Version one" not in exported and "Version two" not in exported
    if form == "json":
        document = orjson.loads(exported)
        texts = [a["text"] for a in document["articles"] if "Version" in a["text"]]
        assert sorted(t.split("Version ")[1].strip() for t in texts) == [
            "three 0.",
            "three 1.",
            "three 2.",
        ]
    else:
        rows = [r for r in csv.DictReader(io.StringIO(exported)) if "Version" in r["evidence"]]
        assert {row["evidence"].split("Version ")[1] for row in rows} == {
            f"three {n}." for n in range(3)
        }


def _padded_store(folder: Path, padding: int) -> Store:
    """40 articles, each with one relation and ``padding`` sentences that name no one."""
    files = folder / "articles"
    files.mkdir(parents=True)
    filler = " ".join(f"The weather stayed mild on day {n}." for n in range(padding))
    for n in range(40):
        text = f"Talks {n}\n\n{filler}\n\nIran signed a deal with Russia on day {n}.\n"
        (files / f"talks-{n}.txt").write_text(text, encoding="utf-8")
    store = Store.open_or_create(folder / "personae.json")
    ingest_paths(store, [files])
    return Store.open(folder / "personae.json")


def test_a_brief_holds_the_sentences_it_quotes_not_the_articles_texts(tmp_path: Path) -> None:
    short = _peak_and_size(_padded_store(tmp_path / "short", 2), write_brief)
    long = _peak_and_size(_padded_store(tmp_path / "long", 400), write_brief)
    assert long[1] == short[1]  # the same brief: the same quotes and sources
    # A hundred times the text, and the memory held stays about flat (holding each cited
    # article whole, it grew with the text).
    assert long[0] < 1.5 * short[0], (short, long)
