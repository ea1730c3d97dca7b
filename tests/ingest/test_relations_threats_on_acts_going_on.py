"""A threat whose condition is that the act told before go on ("threatened to call in NATO
air strikes if the attacks did not stop") is aimed at whoever did that act; a force called
in ("call in NATO air strikes") is whose help is called, not whom it would hit; and an act
whose object names no actor ("killing nine people") takes no object from the clause that
", and" opens after it ("..., and the U.N. commander in Bosnia threatened")."""

from __future__ import annotations

from relation_support import coded_in

_SARAJEVO = (
    "SARAJEVO, May 7 (AP) - Bosnian Serb gunners shelled a Sarajevo suburb on Sunday, killing "
    "nine people, and the U.N. commander in Bosnia threatened to call in NATO air strikes if "
    "the attacks did not stop."
)


def test_a_threat_on_the_act_going_on_aims_at_its_doer() -> None:
    found = coded_in(_SARAJEVO, "1995-05-07")
    assert ("united nations", "republika srpska", "THREATEN") in found
    assert ("united nations", "nato", "THREATEN") not in found


def test_an_act_on_no_actor_takes_no_object_from_the_next_clause() -> None:
    found = coded_in(_SARAJEVO, "1995-05-07")
    assert ("republika srpska", "united nations", "ASSAULT") not in found
    assert ("republika srpska", "bosnia and herzegovina", "ASSAULT") in found


def test_a_threat_on_a_named_condition_still_aims_at_who_is_named() -> None:
    text = "Turkey threatened to send troops into Iraq if PKK guerrillas kept up their attacks."
    assert ("turkey", "kurdistan workers' party", "THREATEN") in coded_in(text, "2007-10-17")
