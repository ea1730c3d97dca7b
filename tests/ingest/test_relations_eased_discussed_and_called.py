"""Sanctions lifted whatever words describe them are a retreat, not the sanctions again; a
fight the talks are about is no fight of the talkers; a name the lexicon's verb calls
someone ("called Uribe a liar") is a charge; an offensive against someone attacks them.  Sentences written for these tests, in the
shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_sanctions_lifted_with_their_owner_or_several_words_are_eased() -> None:
    found = typed_in("The European Union lifted EU arms and travel sanctions on Belarus.")
    assert found == {("European Union", "RETREAT", "Belarus")}
    found = typed_in("Japan lifted its sweeping economic and financial sanctions on India.")
    assert found == {("Japan", "RETREAT", "India")}


def test_a_fight_talked_about_is_no_fight_of_the_talkers() -> None:
    found = typed_in("Egypt and Qatar discussed the fighting in Gaza on Monday.")
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    assert ("Egypt", "CONSULT", "Qatar") in found
    found = typed_in("Kenya and Uganda held talks on the war in South Sudan.")
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    # a fight told beside talks is still a fight
    assert ("Israel", "ASSAULT", "Hamas") in typed_in(
        "Israel struck Hamas positions as Egypt and Qatar discussed a truce."
    )


def test_calling_someone_a_liar_or_a_dictator_is_a_charge() -> None:
    assert typed_in("Maduro called Duque a liar on Monday.") == {
        ("Nicolas Maduro", "ACCUSE", "Duque")
    }
    assert ("Recep Tayyip Erdoğan", "ACCUSE", "Bashar al-Assad") in typed_in(
        "Erdogan called Assad a dictator."
    )
    # no name the lexicon knows for a charge: a word, no phone call
    assert typed_in("Peru called Chile a neighbour.") == set()


def test_an_offensive_against_someone_is_an_attack_on_them() -> None:
    assert ("Turkey", "ASSAULT", "YPG") in typed_in(
        "Germany criticised Turkey over its military offensive against the YPG militia."
    )
    assert ("Nigeria", "ASSAULT", "Boko Haram") in typed_in(
        "Nigeria's offensive on Boko Haram entered its third week."
    )
    assert typed_in("Iran called the cartoons offensive on Monday.") == set()
