"""Fire returned at whoever fired, a second verb phrase after an appeal, and the subject a
possessive names behind its owner."""

from __future__ import annotations

from relation_support import typed_in


def test_fire_returned_is_aimed_at_who_fired() -> None:
    found = typed_in(
        "Azerbaijani forces shelled Armenian villages on Sunday, and Yerevan returned fire."
    )
    assert ("Armenia", "ASSAULT", "Azerbaijani forces") in found
    answered = typed_in("Israel struck Hezbollah positions on Friday, and Hezbollah retaliated.")
    assert ("Hezbollah", "ASSAULT", "Israel") in answered


def test_a_second_verb_after_an_appeal_is_an_act_of_its_own() -> None:
    found = typed_in(
        "The World Food Program appealed on Monday for funds to help Yemen avoid famine and "
        "called on the Houthis to let convoys through."
    )
    assert ("World Food Program", "REQUEST", "Houthis") in found


def test_a_participles_subject_is_what_the_possessive_owns() -> None:
    found = typed_in(
        "Kenya's opposition Orange Democratic Movement boycotted the vote on Thursday, "
        "accusing Uhuru Kenyatta of rigging it."
    )
    assert any(s == "Orange Democratic Movement" and k == "ACCUSE" for s, k, _ in found)
    assert not any(s == "Kenya" and k == "ACCUSE" for s, k, _ in found)


def test_a_show_of_force_faces_the_state_it_borders_or_stands_off_with() -> None:
    border = typed_in(
        "Latvia declared an emergency along its border with Belarus on Monday and sent extra "
        "troops to the frontier."
    )
    assert ("Latvia", "MOBILIZE", "Belarus") in border
    standoff = typed_in(
        "Tajikistan moved troops and armoured vehicles to its Isfara district on Friday as "
        "tensions rose with neighbouring Kyrgyzstan."
    )
    assert ("Tajikistan", "MOBILIZE", "Kyrgyzstan") in standoff


def test_a_pronoun_after_and_is_the_sentences_subject_acting_again() -> None:
    found = typed_in(
        "Armenia accused Azerbaijan on Tuesday of shelling villages near the border, and it "
        "demanded that Baku pull back its troops."
    )
    assert ("Armenia", "REQUEST", "Azerbaijan") in found


def test_a_participle_after_while_is_the_main_subjects() -> None:
    found = typed_in(
        "The World Bank approved a $500 million loan to Ghana on Thursday, while urging Accra "
        "to cut its budget deficit."
    )
    assert ("World Bank", "REQUEST", "Ghana") in found


def test_a_threat_by_a_states_officer_named_by_office_alone_is_the_states() -> None:
    found = typed_in(
        "Egypt's top diplomat warned on Sunday that Cairo would respond if Ethiopia filled the "
        "dam without a deal."
    )
    assert ("Egypt", "THREATEN", "Ethiopia") in found


def test_responsibility_claimed_for_a_bomb_that_killed_names_who_was_struck() -> None:
    found = typed_in(
        "The Kurdistan Workers Party claimed responsibility on Friday for a car bomb that "
        "killed four Turkish soldiers in Hakkari."
    )
    assert ("Kurdistan Workers' Party", "ASSAULT", "Turkish soldiers") in found
    assert not any(t == "Hakkari" for _, _, t in found)


def test_acting_with_another_is_cooperating_with_it_not_acting_on_it() -> None:
    found = typed_in(
        "Ghanaian police, working with Interpol, arrested four suspected smugglers in Accra."
    )
    assert {
        ("Ghanaian police", "COOPERATE", "Interpol"),
        ("Interpol", "COOPERATE", "Ghanaian police"),
    } <= found
    partnered = typed_in("Peru seized the cocaine shipment in coordination with the DEA.")
    assert not any(k == "COERCE" for _, k, _ in partnered)


def test_operations_scaled_back_back_no_one() -> None:
    found = typed_in("Russia said it would scale back military operations around Kyiv.")
    assert not any(k == "SUPPORT" for _, k, _ in found)
