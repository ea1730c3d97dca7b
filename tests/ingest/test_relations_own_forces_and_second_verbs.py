"""What a leader does with their own state's forces ("threatened to withdraw French troops")
is no act on those forces; what follows "and said" is a second verb's ("condemned the air
strikes and said it would raise the matter at the Security Council": no charge against the
Council); a person described as a state's leader in apposition ("Radovan Karadzic, the
Bosnian Serb leader,") belongs to it; an international body's officer named in apposition
("The UN commander in Bosnia, Lieutenant General Rupert Smith,") is the body's; who declared
or made a thing ("the UN-declared safe areas") is no party to an attack on it.  Sentences
written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_threat_to_withdraw_ones_own_troops_is_no_threat_to_them() -> None:
    found = typed_in(
        "French President Jacques Chirac threatened to withdraw French troops unless the "
        "hostages are freed."
    )
    assert not {t for t in found if t[2] == "French troops"}, found


def test_guard_a_government_threatening_its_own_dissidents_still_threatens_them() -> None:
    assert ("Chinese government", "THREATEN", "Chinese dissidents") in typed_in(
        "The Chinese government threatened Chinese dissidents."
    )


def test_the_names_after_and_said_are_no_object_of_the_verb_before() -> None:
    found = typed_in(
        "Russia condemned the air strikes and said it would raise the matter at the Security "
        "Council next week."
    )
    assert not {t for t in found if t[1] == "ACCUSE"}, found


def test_guard_names_before_and_said_stay_objects() -> None:
    assert ("Iran", "ACCUSE", "France") in typed_in(
        "Iran accused Britain and France and said it would respond."
    )


def test_a_person_described_as_a_states_leader_belongs_to_it() -> None:
    found = entities_in(
        "Radovan Karadzic, the Bosnian Serb leader, said the peacekeepers would be used as "
        "human shields.",
        "1995-05-26",
    )
    assert found["Radovan Karadzic"].affiliation == "republika-srpska"


def test_an_international_bodys_officer_in_apposition_is_the_bodys() -> None:
    found = entities_in(
        "The UN commander in Bosnia, Lieutenant General Rupert Smith, had called in the air "
        "strikes.",
        "1995-05-26",
    )
    assert found["Rupert Smith"].affiliation == "united-nations"
    found = entities_in(
        "The UN envoy for Yemen, Martin Griffiths, met Houthi leaders.", "2019-01-01"
    )
    assert found["Martin Griffiths"].affiliation == "united-nations"


def test_who_declared_or_made_a_thing_is_no_party_to_what_is_done_with_it() -> None:
    found = typed_in(
        "NATO warplanes bombed a depot, and the Serbs retaliated by shelling the UN-declared "
        '"safe areas" of Tuzla and Sarajevo.'
    )
    assert not {t for t in found if t[2] == "United Nations"}, found
    assert ("Serbia", "ASSAULT", "Tuzla") in found
