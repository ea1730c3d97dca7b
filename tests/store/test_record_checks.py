"""Records read from a piece are refused for a wrong type whether or not records of the same
shape were read before: the quick check of known shapes refuses what the full check does,
in the same words, and a piece read for `g` alone is named as a whole read names it, and
gives its own tables however its file is laid out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store.model import Event, Record, Relation
from personae.store.pieces import Pieces
from personae.store.records import _refuse_wrong_types, build_records
from personae.store.storage import StoreError

RELATION = {
    "id": "a:r1",
    "article": "a",
    "source": "iran",
    "target": "russia",
    "type": "COOPERATE",
    "evidence": [0, 10],
    "summary": "works with",
    "confidence": 0.8,
}
EVENT = {
    "id": "a:e1",
    "article": "a",
    "date": "2023-10-07",
    "precision": "day",
    "stated": True,
    "label": "talks",
    "evidence": [0, 10],
    "actors": ["iran"],
}
WRONG: list[tuple[type[Record], dict[str, Any]]] = [
    (Relation, {**RELATION, "confidence": "high"}),
    (Relation, {**RELATION, "confidence": 1}),
    (Relation, {**RELATION, "summary": 3}),
    (Relation, {**RELATION, "negated": "no"}),
    (Relation, {**RELATION, "hedge": ["maybe"]}),
    (Event, {**EVENT, "stated": 1}),
    (Event, {**EVENT, "actors": ["iran", 7]}),
    (Event, {**EVENT, "label": None}),
]


def _full_check(kind: type[Record], docs: list[dict[str, Any]]) -> str | None:
    try:
        _refuse_wrong_types(kind, [kind.from_doc(d) for d in docs])
    except TypeError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize(("kind", "wrong"), WRONG)
def test_a_wrong_type_is_refused_after_good_records_of_its_kind(
    kind: type[Record], wrong: dict[str, Any]
) -> None:
    good = RELATION if kind is Relation else EVENT
    build_records("piece.json", "t", kind, [good, dict(good, id="a:2")])  # shapes now known
    docs = [good, wrong]
    with pytest.raises(StoreError) as refused:
        build_records("piece.json", "t", kind, docs)
    said = _full_check(kind, docs)
    assert said is not None
    assert (
        str(refused.value) == f"piece.json holds a malformed record (in t: {said}); move it aside."
    )


def test_good_records_pass_both_checks() -> None:
    for kind, good in ((Relation, RELATION), (Event, EVENT)):
        variants = [good, {**good, "id": "a:3"}, {k: v for k, v in good.items() if k != "summary"}]
        assert len(build_records("p", "t", kind, variants)) == 3
        assert _full_check(kind, variants) is None


def test_a_piece_read_for_its_links_names_itself_when_a_record_is_malformed(
    tmp_path: Path,
) -> None:
    name = "0123456789abcdef-1.json"
    tables = {
        "article": {"1": {"id": "a", "text": "", "passages": [], "sentences": []}},
        "relations": {"1": RELATION, "2": {**RELATION, "id": "a:r2", "confidence": "high"}},
        "events": {"1": EVENT},
    }
    (tmp_path / name).write_bytes(orjson.dumps(tables))
    with pytest.raises(StoreError) as refused:
        Pieces(tmp_path, "store.json").parse_links(name, {"id": "a"}, "iran")
    said = str(refused.value)
    assert said.startswith(f"{tmp_path / name} (the piece of article 'a') holds a malformed")
    assert "Relation.confidence is str, not float" in said
    assert "restore the store" in said and "\n" not in said


def _piece_links(tmp_path: Path, data: bytes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    name = "0123456789abcdef-1.json"
    (tmp_path / name).write_bytes(data)
    links = Pieces(tmp_path, "store.json").parse_links(name, {"id": "a"}, "iran")
    return tuple(r.id for r in links.relations), tuple(e.id for e in links.events)


QUOTING = {"id": "a", "text": 'It reads ,"relations":{"1":{}}}', "passages": [], "sentences": []}
LAYOUTS = {
    "as a commit writes it": {"article": {"1": QUOTING}, "mentions": {}},
    "events first": {"article": {"1": QUOTING}, "events": {"1": EVENT}},
    "a newer body's own relations": {"article": {"1": {**QUOTING, "relations": {"1": {}}}}},
    "another table last": {"article": {"1": QUOTING}, "notes": {}},
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_piece_read_for_its_links_gives_its_own_tables_however_it_is_laid_out(
    tmp_path: Path, layout: str
) -> None:
    tables = {**LAYOUTS[layout], "relations": {"1": RELATION}, "events": {"1": EVENT}}
    for data in (orjson.dumps(tables), orjson.dumps(tables, option=orjson.OPT_INDENT_2)):
        assert _piece_links(tmp_path, data) == (("a:r1",), ("a:e1",))


def test_a_piece_read_for_its_links_is_refused_when_it_holds_another_article(
    tmp_path: Path,
) -> None:
    tables = {
        "article": {"1": {**QUOTING, "id": "b"}},
        "relations": {"1": RELATION},
        "events": {"1": EVENT},
    }
    with pytest.raises(StoreError, match="does not hold that article"):
        _piece_links(tmp_path, orjson.dumps(tables))
    with pytest.raises(StoreError, match="not valid JSON"):
        _piece_links(tmp_path, orjson.dumps({**tables, "article": {"1": QUOTING}})[:-3])
