"""Police and troops no name in their sentence gives a state, "the government" or "the army"
where no state is named (nor its people or places), and officers titled by a state's office
in a sentence naming no state, are (or serve) the state of the place the article was filed
from ("KHARTOUM (AP) - Police fired tear gas"), as the reader takes them; "Troops" opening a
sentence are read as "troops" are."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_police_with_no_state_named_are_the_datelines_states() -> None:
    found = stored_in(
        "HARARE (AP) - Police arrested 40 members of the Movement for Democratic Change on Sunday.",
        "2007-03-11",
    )
    assert ("Zimbabwe", "COERCE", "Movement for Democratic Change") in found


def test_a_dateline_of_a_town_the_towns_list_knows_gives_its_state() -> None:
    found = entities_in(
        "BENI, Congo (Reuters) - Soldiers fought Allied Democratic Forces rebels on Monday.",
        "2019-11-25",
    )
    assert "Democratic Republic of the Congo" in found


def test_troops_opening_a_sentence_are_of_the_place_they_act_in() -> None:
    found = stored_in(
        "Troops clashed with Seleka rebels near Bambari on Monday, officials said.", "2014-06-23"
    )
    assert ("Central African Republic", "ASSAULT", "Seleka rebels") in found


def test_no_dateline_and_no_state_named_gives_police_no_state() -> None:
    found = entities_in("Police arrested 40 protesters on Sunday.", "2007-03-11")
    assert not [e for e in found.values() if e.kind == "state"]


def test_the_government_or_army_with_no_body_named_is_the_datelines_state() -> None:
    found = stored_in(
        "BAMAKO (Reuters) - The army accused Tuareg separatists of attacking a convoy on Sunday.",
        "2012-02-05",
    )
    assert [row for row in found if row[0] == "Mali" and row[1] == "ACCUSE"]
    undated = stored_in("The army accused Tuareg separatists of attacking a convoy.", "2012-02-05")
    assert not [row for row in undated if row[0] == "Mali"]


def test_an_officer_titled_by_a_state_office_serves_the_datelines_state() -> None:
    found = entities_in(
        "ACCRA (Reuters) - Foreign Minister Kwame Asante Mensah denounced the coup on Saturday.",
        "1981-12-31",
    )
    assert found["Kwame Asante Mensah"].affiliation == "ghana"
    bare = entities_in(
        "Foreign Minister Kwame Asante Mensah denounced the coup on Saturday.", "1981-12-31"
    )
    assert bare["Kwame Asante Mensah"].affiliation is None


def test_a_dateline_of_an_unknown_town_gives_the_state_it_names() -> None:
    found = stored_in(
        "PUERTO ASIS, Colombia (AP) - Police arrested 12 members of the Gulf Clan on Sunday.",
        "2019-03-10",
    )
    assert ("Colombia", "COERCE", "Gulf Clan") in found
    # a province named after the town tells the state, not a namesake town abroad
    found = stored_in(
        "PARIS, Texas (AP) - Police arrested two members of the Sinaloa Cartel on Sunday.",
        "2019-03-10",
    )
    assert ("United States", "COERCE", "Sinaloa Cartel") in found


def test_the_datelines_town_named_again_is_a_place_of_its_state() -> None:
    entities = entities_in(
        "VUKOVAR, Croatia, Nov 4 (Reuters) - Serbia's president apologised on Thursday, "
        "during the first visit to Vukovar by a Serbian head of state.",
        "2010-11-04",
    )
    assert entities["Vukovar"].kind == "place"
    assert entities["Vukovar"].affiliation == "croatia"


def test_a_killing_apologised_for_is_no_killing_by_the_one_who_apologises() -> None:
    found = stored_in(
        "Japan's prime minister apologised on Monday for the 1937 killing of Chinese civilians "
        "in Nanjing.",
        "1995-08-15",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_the_government_after_a_body_of_no_state_is_the_datelines_state() -> None:
    found = stored_in(
        "ABUJA (Reuters) - The Trade Union Congress began a nationwide strike on Monday, after"
        " the government refused to raise the minimum wage.",
        "2024-06-03",
    )
    assert ("Trade Union Congress", "PROTEST", "Nigeria") in found


def test_guard_the_government_after_a_place_abroad_is_not_the_datelines() -> None:
    found = entities_in(
        "NAIROBI (Reuters) - Rebels seized two villages near Goma on Monday, and the government"
        " sent troops to the area.",
        "2012-11-19",
    )
    assert "Kenya" not in found
