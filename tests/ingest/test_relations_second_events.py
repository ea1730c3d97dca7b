"""A sentence may tell more than one event between the same actors, or a second event in a
clause of its own; each is coded, as event coders code wire copy.  What an accusation
charges and what a demand asks for are not done.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_second_type_in_a_clause_of_its_own_is_kept() -> None:
    found = _typed("Canada expelled two Indian diplomats on Monday, accusing India of espionage.")
    assert {("Canada", "ACCUSE", "India")} <= found
    assert len({kind for source, kind, _ in found if source == "Canada"}) == 2


def test_a_relative_clause_with_a_pronoun_subject_is_the_main_subjects_act() -> None:
    found = _typed("Britain imposed sanctions on five Iranian officials it accused of torture.")
    assert found == {("United Kingdom", "COERCE", "Iran"), ("United Kingdom", "ACCUSE", "Iran")}


def test_an_object_gap_names_the_one_whose_act_is_judged() -> None:
    found = _typed(
        "Peru asked Chile on Monday to extradite the smugglers, a demand Santiago "
        "flatly rejected as absurd."
    )
    assert {("Peru", "REQUEST", "Chile"), ("Chile", "REJECT", "Peru")} <= found
    charged = _typed(
        "Peru accused Chile on Monday of arming smugglers, an allegation Santiago "
        "flatly rejected as absurd."
    )
    assert charged == {("Peru", "ACCUSE", "Chile")}  # the answer to a charge is no event


def test_a_capital_right_before_its_verb_is_its_government_acting() -> None:
    found = _typed("Russia massed troops near Georgia in military drills that Tbilisi condemned.")
    assert ("Georgia", "ACCUSE", "Russia") in found


def test_what_an_accusation_charges_is_no_act_of_its_own() -> None:
    """A charge of arming a third side is no act; a charge of attacking the accuser's own
    people is, in the accuser's words (test_relations_charges.py)."""
    assert _typed("Serbia accused Croatia of arming Bosniak militias in Vukovar.") == {
        ("Serbia", "ACCUSE", "Croatia")
    }
    assert ("Croatia", "ASSAULT", "Serbia") in _typed(
        "Serbia accused Croatia of attacking ethnic Serbs in Vukovar."
    )


def test_leaders_named_with_their_states_sign_and_meet_as_two_parties() -> None:
    found = _typed(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a "
        "joint declaration after talks in Nairobi."
    )
    assert ("Kenya", "SUPPORT", "Ethiopia") in found
    assert ("Ethiopia", "SUPPORT", "Kenya") in found
    assert ("Kenya", "CONSULT", "Ethiopia") in found
    assert not any(
        {source, target} in ({"Kenya", "William Ruto"}, {"Ethiopia", "Abiy Ahmed"})
        for source, _, target in found
    )


def test_an_act_demanded_in_a_that_clause_is_not_done() -> None:
    assert _typed("Chile demanded that Peru release the fishermen.") == {
        ("Chile", "REQUEST", "Peru")
    }


def test_a_verb_phrase_after_comma_and_is_the_sentences_subjects_second_act() -> None:
    """ ", and threatened to impose": the African Union's, not Sudan's (named just before)."""
    found = _typed(
        "The African Union suspended Sudan's membership, and threatened to impose sanctions"
        " on Khartoum."
    )
    assert {("African Union", "SANCTION", "Sudan"), ("African Union", "THREATEN", "Sudan")} <= found
    assert not any(source == "Sudan" for source, _, _ in found)


def test_the_one_who_said_it_makes_the_appeal_after_comma_and() -> None:
    found = _typed(
        "NATO said Serbian police were holding three of its officers, and called on Belgrade"
        " to free them."
    )
    assert ("NATO", "REQUEST", "Serbia") in found


def test_a_new_subject_after_comma_and_keeps_its_own_act() -> None:
    found = _typed("Israel struck Gaza on Monday, and Hamas fired rockets at Tel Aviv.")
    assert ("Hamas", "ASSAULT", "Israel") in found


def test_the_speakers_own_forces_after_said_on_a_day_that_are_the_speaker() -> None:
    found = _typed(
        "Nigeria's army said on Friday that its troops had killed Boko Haram commander"
        " Abu Musa near Maiduguri."
    )
    assert ("Nigeria", "ASSAULT", "Boko Haram") in found


def test_a_clause_opened_by_after_holds_no_object_of_the_verb_before_it() -> None:
    found = _typed("Chad shelled the camp on Monday, after Sudanese troops crossed the border.")
    assert ("Chad", "ASSAULT", "Sudanese troops") not in found


def test_a_threat_after_comma_and_past_a_noun_of_coercion_is_the_subjects() -> None:
    """The crackdown in between asks for nothing: what follows ", and threatened" is the
    League's own threat."""
    found = _typed(
        "The African Union suspended Mali's membership over its crackdown on protesters, and"
        " threatened to impose economic and travel sanctions on Bamako."
    )
    assert ("African Union", "THREATEN", "Mali") in found


def test_responding_by_an_act_is_that_act_and_a_new_subject_after_comma_and_tells_another() -> None:
    found = _typed(
        "Armenia detained three Iranian truck drivers on Monday, and Tehran responded by"
        " recalling its ambassador from Yerevan."
    )
    assert ("Armenia", "COERCE", "Iran") in found
    assert ("Iran", "SANCTION", "Armenia") in found


def test_an_act_asked_for_ends_where_a_new_subject_opens_a_clause() -> None:
    """ "forced their way in to arrest X, and Mexico responded by breaking off relations":
    the breaking off is Mexico's own act, not part of what the raid was for."""
    found = _typed(
        "Bolivian police forced their way into Peru's embassy to arrest an opposition leader,"
        " and Peru responded by breaking off diplomatic relations with Bolivia."
    )
    assert ("Peru", "SANCTION", "Bolivia") in found
