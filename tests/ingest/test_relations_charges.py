"""An accusation of attacking the accuser is told as the attack too, hedged and in the
accuser's words; a charge of arming or backing someone, or of an attack on a third side,
stays the accusation alone. Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.ingest.relations import Link
from personae.store.model import COMENTION


def _links(text: str) -> dict[tuple[str, str, str], Link]:
    return {(x.source, x.type, x.target): x for x in links_in(text) if x.type != COMENTION}


def test_a_charge_of_shelling_the_accuser_is_the_attack_in_the_accuser_s_words() -> None:
    found = _links(
        "Kyrgyzstan accused Tajikistan on Monday of shelling villages in its Batken region."
    )
    attack = found[("Tajikistan", "ASSAULT", "Kyrgyzstan")]
    assert attack.hedge == "accused of" and attack.attribution == "Kyrgyzstan"
    assert ("Kyrgyzstan", "ACCUSE", "Tajikistan") in found


def test_a_charge_both_sides_make_is_told_both_ways() -> None:
    found = _links("Sudan and South Sudan accused each other of violating the ceasefire on Sunday.")
    assert {("Sudan", "ASSAULT", "South Sudan"), ("South Sudan", "ASSAULT", "Sudan")} <= set(found)


def test_a_charge_of_arming_a_third_side_is_no_act() -> None:
    found = _links("Burundi accused Rwanda of arming rebels on Friday.")
    assert set(found) == {("Burundi", "ACCUSE", "Rwanda")}


def test_a_charge_of_attacking_a_third_side_is_no_attack_on_the_accuser() -> None:
    found = _links("Iran accused Israel of killing Hezbollah commanders in Beirut.")
    assert ("Israel", "ASSAULT", "Iran") not in found


def test_a_charge_named_by_a_noun_is_no_attack_on_the_accuser() -> None:
    found = _links("Vanuatu accused Indonesia of human rights abuses in West Papua on Wednesday.")
    assert ("Indonesia", "ASSAULT", "Vanuatu") not in found


def test_a_refusal_does_not_reach_a_past_verb_after_and() -> None:
    found = _links(
        "Georgia's opposition refused to recognise the result and accused Russia of interference."
    )
    assert not found[("Georgian opposition", "ACCUSE", "Russia")].negated


def test_each_other_is_the_object_whatever_the_charge_names() -> None:
    found = _links(
        "Sudan's army and the Rapid Support Forces accused each other of breaking a ceasefire"
        " brokered by Saudi Arabia and the United States."
    )
    assert {
        ("Sudan", "ACCUSE", "Rapid Support Forces"),
        ("Rapid Support Forces", "ACCUSE", "Sudan"),
    } <= set(found)
    assert not any(target == "United States" and kind == "ACCUSE" for _, kind, target in found)


def test_a_charge_the_accused_called_baseless_is_the_charge_alone() -> None:
    found = _links("Burundi accused Rwanda of arming rebels, a charge Kigali called baseless.")
    assert set(found) == {("Burundi", "ACCUSE", "Rwanda")}
