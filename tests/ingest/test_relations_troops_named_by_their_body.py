"""Troops named by their body or state after a verb ("attacked U.N. troops") are its object:
the name is what the act is done to, not the subject of a deployment the noun tells."""

from __future__ import annotations

from relation_support import stored_in


def test_an_attack_on_a_bodys_troops_is_an_attack_on_the_body() -> None:
    found = stored_in("Bosnian Serb gunners shelled UN troops near Sarajevo.", "1995-05-26")
    assert [row for row in found if row[1] == "ASSAULT" and row[2] == "United Nations"]
    found = stored_in(
        "Gunmen loyal to Mohamed Farah Aidid ambushed U.N. troops in Mogadishu.", "1993-06-05"
    )
    assert [row for row in found if row[1] == "ASSAULT" and row[2] == "United Nations"]


def test_troops_sent_are_still_what_is_sent() -> None:
    found = stored_in("Russia sent troops to Georgia on Friday.", "2008-08-08")
    assert not [row for row in found if row[2] == "Russia"]
    assert [row for row in found if row[0] == "Russia" and row[2] == "Georgia"]
