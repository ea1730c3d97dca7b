"""A group named by its members' word in the singular ("Kashmiri separatist leaders", "Chechen
rebel fighters") is the group, named as readers and coders name it ("Kashmiri separatists",
"Chechen rebels"), not a people's adjective left as an actor of no kind, and "Chechen
separatist leader X" is that group's leader (not when "of the CNDP" names his own); and the
town a "safe area of" names is a place; two republics named with one plural noun ("Donetsk
and Luhansk people's republics") are each its own actor."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_separatist_leaders_are_the_separatists() -> None:
    text = (
        "SRINAGAR (Reuters) - Indian police arrested four Kashmiri separatist leaders on Friday "
        "ahead of a planned protest march."
    )
    assert coded_in(text, "2016-07-15") == {("india", "kashmiri separatists", "COERCE")}
    assert entities_in(text, "2016-07-15")["Kashmiri separatists"].kind == "armed_group"


def test_rebel_fighters_are_the_rebels() -> None:
    text = (
        "GROZNY (Reuters) - Russian troops killed dozens of Chechen rebel fighters in the "
        "mountains south of the capital on Tuesday."
    )
    assert coded_in(text, "2000-02-29") == {("russia", "chechen rebels", "ASSAULT")}


def test_a_states_own_rebel_fighters_keep_their_state() -> None:
    found = entities_in("Mali's Tuareg rebel fighters attacked an army post on Sunday.", None)
    assert found["Tuareg rebels"].affiliation == "mali"


def test_a_safe_area_of_a_town_names_a_place() -> None:
    found = entities_in(
        "Bosnian Serb forces overran the U.N.-declared safe area of Zepa on Tuesday.",
        "1995-07-25",
    )
    assert found["Zepa"].kind == "place"


def test_a_separatist_leader_leads_the_separatists() -> None:
    text = (
        "GROZNY (AP) - Chechen separatist leader Dzhokhar Dudayev vowed on Sunday to fight "
        "Russia to the last man."
    )
    found = entities_in(text, "1994-12-11")
    assert found["Dzhokhar Dudayev"].affiliation == "chechen-separatists"
    assert coded_in(text, "1994-12-11") == {("chechen separatists", "russia", "THREATEN")}


def test_a_rebel_leader_of_a_named_group_stays_that_groups() -> None:
    found = entities_in(
        "Tutsi rebel leader Laurent Nkunda of the CNDP declared a ceasefire on Wednesday.",
        "2008-10-29",
    )
    assert found["Laurent Nkunda"].affiliation == "cndp"
    assert "Tutsi rebels" not in found


def test_two_republics_named_with_one_noun_are_each_their_own() -> None:
    text = (
        "MOSCOW (Reuters) - Russia recognised the self-proclaimed Kherson and Zaporizhzhia "
        "people's republics on Friday."
    )
    assert coded_in(text, "2022-09-30") == {
        ("russia", "kherson people's republic", "SUPPORT"),
        ("russia", "zaporizhzhia people's republic", "SUPPORT"),
    }
