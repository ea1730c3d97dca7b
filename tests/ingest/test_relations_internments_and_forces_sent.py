"""Internment is an arrest; a party that calls off its strike concedes, no ties cut; a
Korean name's family name alone is that person; "the opposition leader" who accuses is a
subject named again; a ruling "the party's exiled deputy leader called" a death is the
party's charge; a union that "pressed its strike" protests; troops "from" a body that
arrive to help are that body's aid, and aid when their host asked for help."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_interning_activists_coerces_their_movement() -> None:
    text = (
        "WARSAW (Reuters) - Polish authorities interned hundreds of Solidarity members on Sunday."
    )
    assert coded_in(text, "1981-12-13") == {("poland", "solidarity", "COERCE")}


def test_a_strike_called_off_is_conceded() -> None:
    text = (
        "DHAKA (Reuters) - The Awami League called off its general strike on Tuesday after the "
        "government agreed to hold new elections."
    )
    found = coded_in(text, "1996-03-26")
    assert ("awami league", "bangladesh", "CONCEDE") in found
    assert not any(kind == "SANCTION" for _, _, kind in found)


def test_a_korean_family_name_alone_is_the_person() -> None:
    text = (
        "SEOUL (Reuters) - A Seoul court jailed Park Geun-hye for 24 years on Friday, and "
        "prosecutors said Park would appeal."
    )
    assert "Park" not in entities_in(text, "2018-04-06")
    assert coded_in(text, "2018-04-06") == {("south korea", "park geun hye", "COERCE")}


def test_the_opposition_leader_accusing_is_named_again() -> None:
    text = (
        "KIEV (Reuters) - Thousands rallied in Kiev on Monday after the opposition leader "
        "accused the authorities of rigging the vote."
    )
    assert ("ukraine opposition", "ukraine", "ACCUSE") in coded_in(text, "2004-11-22")


def test_a_ruling_a_partys_exiled_leader_called_a_death_is_its_charge() -> None:
    text = (
        "PHNOM PENH (Reuters) - Cambodia's Supreme Court dissolved the Cambodia National Rescue "
        "Party on Thursday, a ruling the party's exiled deputy leader called the death of "
        "democracy."
    )
    assert ("cambodia national rescue party", "cambodia", "ACCUSE") in coded_in(text, "2017-11-16")


def test_a_union_pressing_its_strike_protests() -> None:
    text = (
        "LONDON (Reuters) - Police arrested 40 pickets in Yorkshire on Monday as the National "
        "Union of Mineworkers pressed its strike against pit closures."
    )
    assert ("national union of mineworkers", "united kingdom", "PROTEST") in coded_in(
        text, "1984-05-14"
    )


def test_troops_from_a_body_arriving_to_help_are_its_aid() -> None:
    text = (
        "BAMAKO (Reuters) - Troops from the Economic Community of West African States arrived "
        "in Mali on Friday to help restore order."
    )
    assert coded_in(text, "2013-01-18") == {("ecowas", "mali", "AID")}


def test_troops_arriving_after_their_host_asked_for_help_are_aid() -> None:
    text = (
        "ALMATY (Reuters) - Russian troops began arriving in Kazakhstan on Thursday after "
        "President Kassym-Jomart Tokayev asked Moscow for help in quelling the unrest."
    )
    assert ("russia", "kazakhstan", "AID") in coded_in(text, "2022-01-06")


def test_bundling_someone_into_a_truck_coerces() -> None:
    text = (
        "KAMPALA (Reuters) - Ugandan police bundled opposition leader Kizza Besigye into a "
        "pick-up truck on Thursday."
    )
    assert ("uganda", "uganda opposition", "COERCE") in coded_in(text, "2011-04-28")


def test_masked_security_agents_who_arrest_are_the_states() -> None:
    text = (
        "MOSCOW (Reuters) - Mikhail Khodorkovsky, head of the Yukos oil company, was arrested by "
        "masked security agents at a Siberian airport on Saturday."
    )
    assert coded_in(text, "2003-10-25") == {("russia", "mikhail khodorkovsky", "COERCE")}
