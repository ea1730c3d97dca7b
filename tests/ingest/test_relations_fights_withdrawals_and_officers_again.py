"""Fighting, withdrawals and a body's officers named again: heavy fighting "with" a side is
fought by each on the other, though not fighting "with mortars" nor an attack fought off
(the attacker's only); forces that withdraw from villages in a state retreat from that state;
"as its foreign policy chief accused" is the body's own accusation, and the body opening a
sentence after its dateline is the one "its" stands for; a "jailed" leader visited is who
he is, no jailing; "Rival Palestinian movements Fatah and Hamas" names the two movements."""

from __future__ import annotations

from relation_support import coded_in


def test_fighting_with_a_side_is_fought_by_each_on_the_other() -> None:
    text = (
        "MOGADISHU (Reuters) - Al Shabaab militants seized the port town of Merca on Tuesday "
        "after a night of fierce fighting with African Union troops, residents said."
    )
    assert coded_in(text, "2011-03-08") == {
        ("al shabaab", "somalia", "COERCE"),
        ("al shabaab", "african union", "ASSAULT"),
        ("african union", "al shabaab", "ASSAULT"),
    }


def test_pitched_battles_with_a_rival_party_are_fought_both_ways() -> None:
    text = (
        "KATHMANDU (AP) - Supporters of the Nepali Congress fought pitched battles with "
        "supporters of the Rastriya Prajatantra Party in the town of Birgunj on Sunday."
    )
    assert coded_in(text, "2008-04-06") == {
        ("nepali congress", "rastriya prajatantra party", "ASSAULT"),
        ("rastriya prajatantra party", "nepali congress", "ASSAULT"),
    }


def test_fighting_with_weapons_names_no_side_it_is_fought_with() -> None:
    text = "Kurdish fighters fought with heavy machineguns against Turkish troops on Friday."
    assert coded_in(text, "2016-08-26") == {("kurdish fighters", "turkey", "ASSAULT")}


def test_withdrawing_from_villages_in_a_state_retreats_from_it() -> None:
    text = (
        "BEIRUT (Reuters) - Syrian troops withdrew from a string of villages in eastern "
        "Lebanon on Tuesday, the Lebanese army said."
    )
    assert coded_in(text, "2005-04-12") == {("syria", "lebanon", "RETREAT")}


def test_pulling_troops_out_of_bases_in_a_state_retreats_from_it() -> None:
    text = "Russia pulled its troops out of two bases in Georgia on Monday, officials said."
    assert coded_in(text, "2007-11-12") == {("russia", "georgia", "RETREAT")}


def test_its_officer_after_as_speaks_for_the_body_opening_the_sentence() -> None:
    text = (
        "BRUSSELS (Reuters) - The European Union froze development aid to Niger on Friday, as "
        "its foreign policy chief accused Russia of fuelling the crisis."
    )
    assert coded_in(text, "2023-08-04") == {
        ("european union", "niger", "SANCTION"),
        ("european union", "russia", "ACCUSE"),
    }


def test_a_visit_to_a_jailed_leader_is_a_meeting_not_a_jailing() -> None:
    text = (
        "ANKARA (Reuters) - A delegation of the pro-Kurdish HDP visited jailed PKK leader "
        "Abdullah Ocalan on Imrali island on Monday, the party said."
    )
    assert coded_in(text, "2013-02-25") == {
        ("peoples' democratic party", "kurdistan workers' party", "CONSULT")
    }


def test_rival_movements_named_by_their_people_sign_with_each_other() -> None:
    text = (
        "CAIRO (AP) - Rival Palestinian movements Fatah and Hamas signed a deal on Wednesday to "
        "form a unity government."
    )
    assert coded_in(text, "2011-05-04") == {
        ("fatah", "hamas", "SUPPORT"),
        ("hamas", "fatah", "SUPPORT"),
    }
