"""A defence attache expelled is a diplomat sent home (SANCTION); a state taken off a list
of sanctioned states eases a sanction (CONCEDE); a cessation of hostilities agreed is a
truce each side keeps (RETREAT); a neighbour accused in a participle is the main object."""

from __future__ import annotations

from relation_support import stored_in


def test_an_expelled_attache_is_an_envoy_sent_home() -> None:
    found = stored_in("China said it would expel Japan's defence attache.", "2012-05-07")
    assert ("China", "SANCTION", "Japan") in found


def test_a_state_taken_off_a_list_is_a_sanction_eased() -> None:
    found = stored_in(
        "Washington removed North Korea from its terrorism blacklist on Saturday.", "2008-10-11"
    )
    assert [row for row in found if row[1] == "CONCEDE" and row[2] == "North Korea"]
    assert not [row for row in found if row[1] == "COERCE"]


def test_a_cessation_of_hostilities_signed_is_signed_by_both() -> None:
    found = stored_in(
        "South Sudan and the SPLM-IO rebels signed a cessation of hostilities in Addis Ababa.",
        "2014-01-23",
    )
    assert {row[1] for row in found if row[0] == "South Sudan"} == {"SUPPORT"}


def test_a_neighbour_accused_in_a_participle_is_the_main_object() -> None:
    found = stored_in(
        "Chad shut its border with Sudan, accusing its neighbour of arming rebels of the UFDD.",
        "2006-04-14",
    )
    assert ("Chad", "ACCUSE", "Sudan") in found
