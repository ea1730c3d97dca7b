"""A group known by a code or an acronym ("M23 rebels", "FARC fighters") is that group,
named by its code, whatever noun describes its members; a people's adjective before a
group noun ("Tuareg rebels") still names a group of its own."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2022-11-08")


def test_a_code_before_a_group_noun_names_the_group() -> None:
    entities = _entities("Q17 rebels seized the border post of Vesk on Monday.")
    assert entities["Q17"].kind == "armed_group"
    assert "Q17 rebels" not in entities


def test_the_group_named_by_its_code_and_with_its_members_is_one_actor() -> None:
    entities = _entities(
        "ZLF militants attacked a convoy on Monday. The ZLF offensive began in May."
    )
    assert entities["ZLF"].kind == "armed_group"
    assert [name for name in entities if "ZLF" in name] == ["ZLF"]


def test_a_peoples_adjective_before_a_group_noun_keeps_the_noun() -> None:
    entities = _entities("Vesker rebels seized the border post on Monday.")
    assert "Vesker rebels" in entities
