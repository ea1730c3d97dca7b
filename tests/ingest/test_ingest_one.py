"""One file's ingest resolves its path once, for its id and the path its article records:
the id stays the one ``article_id_for`` gives, through a link and through a link loop."""

from __future__ import annotations

from pathlib import Path

from personae.store.ingest.batch import article_id_for, ingest_one
from personae.store.ingest.extract import KnownEntities


def test_a_linked_file_keeps_its_id_and_records_where_it_lives(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("Talks\n\nChina met Japan in Beijing on Monday.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result, records = ingest_one(link, KnownEntities(), {}, dry_run=False)
    assert result.status == "added"
    assert result.article_id == article_id_for(link)
    assert records is not None and records.article.path == str(target.resolve())


def test_a_link_loop_fails_under_the_id_it_always_had(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    result, records = ingest_one(first, KnownEntities(), {}, dry_run=False)
    assert records is None
    assert result.status == "failed" and result.reason
    assert result.article_id == article_id_for(first)
