"""A state's adjective before a settlement's noun and "of" says where a place lies ("the
northern Iraqi city of Mosul"): the state is what is attacked there, never the one who acts
in what follows ("after a coordinated dawn assault" is the attackers' own).  A verb phrase
with no object of its own goes on to the last pair only when it does not turn from conflict
to cooperation: who stormed a port and released detainees released nothing to the port's
state, and who is accused of sheltering and funding militants is not funding the accuser."""

from __future__ import annotations

from relation_support import stored_in


def test_a_state_named_as_where_a_city_lies_does_not_act_after_it() -> None:
    found = stored_in(
        "Islamic State fighters overran the northern Iraqi city of Mosul on Tuesday after a "
        "coordinated dawn assault.",
        "2014-06-10",
    )
    # a city overrun is occupied (CAMEO 192), as coders of six sets code a town overrun
    assert ("Islamic State", "COERCE", "Iraq") in found
    assert ("Iraq", "ASSAULT", "Islamic State") not in found


def test_a_release_after_an_attack_is_no_act_toward_the_attacked() -> None:
    found = stored_in(
        "Houthi fighters stormed the Yemeni port of Mokha on Friday, seizing the harbour and "
        "releasing hundreds of detainees.",
        "2018-06-15",
    )
    assert ("Houthis", "ASSAULT", "Yemen") in found
    assert not [row for row in found if row[1] == "RETREAT"]


def test_acts_of_one_kind_still_go_on_to_the_same_side() -> None:
    found = stored_in(
        "Britain suspended military aid to Fiji on Friday and imposed travel bans on its leaders.",
        "2006-12-08",
    )
    assert ("United Kingdom", "SANCTION", "Fiji") in found
    assert ("United Kingdom", "COERCE", "Fiji") in found
