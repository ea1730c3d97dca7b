"""Taking a port or an enclave is an attack, and so is a raid that kills; crowd weapons fired
at a party's members are force used on the party (CAMEO 175, ASSAULT); an act a speaker
warns it would do is threatened, not done, and a promise to retaliate threatens whoever
acted first; "head of state", "economic targets" and "government forces" are nouns, and
attacking government forces is no verbal attack on a government. Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_recapturing_a_port_from_a_group_attacks_the_group() -> None:
    assert typed_in("Kenyan troops recaptured the port of Kismayo from al Shabaab on Friday.") == {
        ("Kenyan troops", "COERCE", "al-Shabaab")
    }


def test_a_raid_that_kills_is_an_attack_and_one_that_detains_coerces() -> None:
    assert ("Israel", "ASSAULT", "Hamas") in typed_in(
        "Israeli commandos raided a house used by Hamas in the city of Jenin, killing three gunmen."
    )
    assert ("Turkish police", "COERCE", "Koza Ipek") in typed_in(
        "Turkish police raided the offices of the Koza Ipek group in Ankara, detaining 20 people."
    )


def test_tear_gas_fired_at_a_party_s_members_is_force_used_on_the_party() -> None:
    assert ("Indian police", "ASSAULT", "Awami League") in typed_in(
        "Indian police fired tear gas at members of the Awami League in Kolkata."
    )


def test_what_a_speaker_warns_it_would_do_is_a_threat() -> None:
    assert typed_in(
        "Iran warned that it would retaliate by striking economic targets inside Iraq if the"
        " raids continued."
    ) == {("Iran", "THREATEN", "Iraq")}
    assert typed_in("Tehran warned it would hit American bases if Washington attacked.") == {
        ("Iran", "THREATEN", "United States")
    }


def test_a_head_of_state_leads_no_one() -> None:
    found = typed_in(
        "Juan Guaido was recognised as interim president by the United States and Canada,"
        " hours after he declared himself head of state."
    )
    assert found == {
        ("United States", "SUPPORT", "Juan Guaido"),
        ("Canada", "SUPPORT", "Juan Guaido"),
    }


def test_a_promise_to_retaliate_threatens_whoever_acted_first() -> None:
    found = typed_in(
        "Norway expelled three Russian diplomats for espionage on Tuesday, and Moscow promised"
        " to retaliate."
    )
    assert ("Russia", "THREATEN", "Norway") in found


def test_attacking_government_forces_is_an_attack_on_the_forces() -> None:
    assert typed_in("The Taliban attacked Afghan government forces in Kunduz.") == {
        ("Taliban", "ASSAULT", "Afghan government")
    }
