"""Who speaks, charges and holds: a state's officer titled "Secretary of State" is the
state's; "charged that X's troops were" charges X; a verb joined by "and" to a speaker's
"said" is the speaker's; "attacks claimed by a group" is no one speaking; those a group
holds are no subject of its act; an armed group of a state fights it, serves it not."""

from __future__ import annotations

from relation_support import coded_in, entities_in, stored_in


def test_a_secretary_of_state_is_the_states() -> None:
    text = "WASHINGTON (Reuters) - U.S. Secretary of State Jane Doerr blamed Iran on Monday."
    assert entities_in(text, "2019-06-14")["Jane Doerr"].affiliation == "united-states"
    assert coded_in(text, "2019-06-14") == {("united states", "iran", "ACCUSE")}


def test_a_charge_that_names_the_subject_of_what_is_charged() -> None:
    text = (
        "SEOUL (Reuters) - Seoul charged on Monday that North Korean troops had crossed the line."
    )
    assert coded_in(text, "2015-08-10") == {("south korea", "north korea", "ACCUSE")}


def test_a_plain_statement_charges_no_one() -> None:
    text = "SEOUL (Reuters) - Seoul said on Monday that North Korean troops had crossed the line."
    # both sides are read, and no charge between them
    assert entities_in(text, "2015-08-10")["North Korean troops"].affiliation == "north-korea"
    assert coded_in(text, "2015-08-10") == set()


def test_a_verb_joined_to_a_speakers_said_is_the_speakers() -> None:
    text = (
        "CAIRO (Reuters) - Houthi rebels fired missiles at the port on Monday, but Egyptian "
        "Foreign Minister Sameh Shoukry said the missiles came from Eritrea and blamed Iran."
    )
    assert coded_in(text, "2017-05-02") == {("egypt", "iran", "ACCUSE")}


def test_attacks_claimed_by_a_group_are_no_one_speaking() -> None:
    text = (
        "NAIROBI (Reuters) - Bombings claimed by al Shabaab killed 20 people in Mogadishu, and "
        "Kenya said there was no proof the bombers came from Somalia."
    )
    # Kenya charges no one: what was "claimed" was the group's own claim
    assert coded_in(text, "2017-05-02") == {("al shabaab", "somalia", "ASSAULT")}


def test_those_a_group_holds_are_no_subject_of_its_act() -> None:
    text = (
        "JOLO (Reuters) - Abu Sayyaf gunmen holding six Indonesian sailors attacked a "
        "Philippine army patrol on Sunday."
    )
    assert coded_in(text, "2016-07-10") == {("abu sayyaf", "philippines", "ASSAULT")}


def test_an_armed_group_of_a_state_acts_on_its_government() -> None:
    text = (
        "KATHMANDU (Reuters) - Nepal's Maoist rebels urged the king's government to halt its "
        "offensive on Saturday."
    )
    assert stored_in(text, "2005-09-03") == {("Maoist rebels", "REQUEST", "Nepal")}


def test_a_speakers_participle_after_its_medium_is_the_speakers() -> None:
    text = (
        "NICOSIA (Reuters) - Syria rejected the plan on Thursday, Turkish television said, "
        "accusing Damascus of stalling the talks."
    )
    assert ("turkey", "syria", "ACCUSE") in coded_in(text, "2012-06-24")
