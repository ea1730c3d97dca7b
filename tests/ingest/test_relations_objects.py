"""The object of a strike or an arrest as wire copy writes it: a name modifying a plural noun
("struck Hamas targets", "strikes on Houthi positions") is the target, not a subject with a
verb of its own; "killed at least 30" counts the victims, it is no passive; an attack named
"in a raid" is the main subject's. Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_name_before_a_plural_noun_is_the_struck_object() -> None:
    assert _typed("Egypt bombed Hamas targets on Sunday.") == {("Egypt", "ASSAULT", "Hamas")}


def test_strikes_on_a_groups_positions_hit_the_group_not_where_they_are() -> None:
    found = _typed("French jets carried out strikes on Hezbollah targets in Lebanon overnight.")
    assert ("France", "ASSAULT", "Hezbollah") in found
    assert ("France", "ASSAULT", "Lebanon") not in found


def test_a_count_after_the_verb_is_no_passive() -> None:
    found = _typed("Ugandan soldiers arrested at least 12 Hamas members near the border.")
    assert {(s, t) for s, _, t in found} == {("Ugandan soldiers", "Hamas")}


def test_an_attack_named_in_a_raid_is_the_main_subjects() -> None:
    found = _typed("Egyptian forces killed 20 Hamas fighters in a raid on an Islamic State camp.")
    assert not {(s, t) for s, _, t in found} & {("Hamas", "Islamic State")}
    assert ("Egyptian forces", "ASSAULT", "Hamas") in found
