"""Actors in one-sentence wire news: states with "the", demonyms of every state, titled people
and a state's agents ("Filipino peacekeepers") belonging to their state."""

from __future__ import annotations

from personae.store.ingest.actors import Actors, find_actors
from personae.store.text import sentences_of


def _find(text: str, date: str | None = None) -> Actors:
    return find_actors(text, sentences_of(text), date=date)


def test_a_state_opening_a_sentence_with_the_is_the_state() -> None:
    for text in (
        "The US will send wheat to Kenya.",
        "The United States and Chile signed a treaty.",
        "The UK recalled its envoy from Peru.",
    ):
        found = _find(text)
        assert not any(name.startswith("The ") for name in found.by_name), text
        assert [a.kind for a in found.by_name.values()] == ["state", "state"], text


def test_every_state_has_its_demonym_even_spelled_unlike_the_state() -> None:
    text = "Filipino nurses met Georgian doctors and Cypriot bankers in Oslo."
    names = set(_find(text).by_name)
    assert {"Philippines", "Georgia", "Cyprus"} <= names
    assert not {"Filipino", "Georgian", "Cypriot"} & names


def test_the_before_a_known_body_is_no_other_body_and_the_plus_a_word_no_name() -> None:
    found = _find("The United Nations sent inspectors. The Foundation said it would help.")
    assert found.by_name["United Nations"].kind == "organisation"
    assert "The United Nations" not in found.by_name and "The Foundation" not in found.by_name
    assert all(a.kind != "armed_group" for a in found.by_name.values())


def test_a_titled_surname_belongs_to_the_state_its_bearers_served_that_day() -> None:
    text = "Officials said President Bush would meet General Petraeus in Kuwait."
    found = _find(text, "2007-03-02")
    assert found.by_name["Bush"].affiliation == "United States"
    assert found.by_name["Petraeus"].affiliation == "United States"
    assert found.by_name["Bush"].kind == found.by_name["Petraeus"].kind == "person"


def test_a_surname_with_a_courtesy_title_or_several_states_stays_unaffiliated() -> None:
    found = _find("Mr Bush, a dentist, met Prime Minister Brown.", "2008-08-06")
    assert found.by_name["Bush"].affiliation is None  # "Mr" is anyone's title
    assert found.by_name["Brown"].affiliation is None  # two Browns led states that year


def test_a_demonym_before_a_state_agent_names_that_agent_affiliated_with_the_state() -> None:
    text = (
        "Cypriot peacekeepers and Iraqi police met Turkish troops Monday; an Iranian diplomat left."
    )
    found = _find(text)
    for name, state in (
        ("Cypriot peacekeepers", "Cyprus"),
        ("Iraqi police", "Iraq"),
        ("Turkish troops", "Turkey"),
        ("Iranian diplomat", "Iran"),
    ):
        assert found.by_name[name].affiliation == state, name
    kinds = {name: actor.kind for name, actor in found.by_name.items()}
    assert kinds["Iraqi police"] == kinds["Turkish troops"] == "government"
    assert kinds["Iranian diplomat"] == "person"
    assert "Monday" not in kinds  # a weekday after the agents is no person they name


def test_the_state_acting_through_officials_or_its_possessive_stays_the_state() -> None:
    found = _find("Gunmen attacked Peru's police, Chilean officials said.")
    assert {"Peru", "Chile"} <= set(found.by_name)
    assert not any("police" in name or "officials" in name for name in found.by_name)


def test_a_titles_portfolio_is_no_part_of_its_holders_name() -> None:
    text = (
        "Chile's Minister of Mining Laurence Golborne met the Commissioner for "
        "Trade Anna Berglund; the Secretary of State did not attend."
    )
    names = set(_find(text).by_name)
    assert {"Laurence Golborne", "Anna Berglund"} <= names
    assert not any(n.startswith(("Mining", "Trade", "State")) for n in names)


def test_an_adjective_opening_a_name_stays_in_it_and_dates_or_plural_titles_are_no_names() -> None:
    text = (
        "Members of the Catholic Church and of the Socialist Party met in Lima on Sept 14, "
        "before Arab Defence Ministers arrived; Christian Socialists stayed home."
    )
    kinds = {name: actor.kind for name, actor in _find(text).by_name.items()}
    assert {"Catholic Church", "Socialist Party", "Christian Socialists"} <= kinds.keys()
    assert not {"Church", "Party", "Sept", "Ministers", "Socialists"} & kinds.keys()
    assert kinds["Christian Socialists"] != "person"  # "Christian" here is no given name


def test_palestinian_territories_belong_to_palestine_and_continents_are_places() -> None:
    found = _find("Shells fell on the West Bank and Gaza as Asian envoys toured Africa.")
    assert found.by_name["Gaza"].affiliation == found.by_name["West Bank"].affiliation
    assert found.by_name["Gaza"].affiliation == "Palestine"
    assert found.by_name["Asia"].kind == found.by_name["Africa"].kind == "place"


def test_a_government_named_after_a_state_or_leader_belongs_to_it_an_armed_groups_is_it() -> None:
    text = "The Peruvian government and the Obama administration argued with the Hezbollah regime."
    found = _find(text, "2012-05-01")
    assert found.by_name["Peruvian government"].affiliation == "Peru"
    assert found.by_name["Obama administration"].affiliation == "United States"
    assert "Hezbollah regime" in found.by_name["Hezbollah"].aliases  # the group that rules


def test_rebels_for_or_against_a_state_are_their_own_group_not_the_state() -> None:
    found = _find("Pro-Moscow rebels fought anti-Kiev militias near Donetsk.")
    assert found.by_name["Pro-Moscow rebels"].kind == "armed_group"
    assert found.by_name["anti-Kiev militias"].kind == "armed_group"
    assert "Russia" not in found.by_name and "Ukraine" not in found.by_name


def test_business_news_companies_with_suffixes_short_forms_and_people_of_firms() -> None:
    text = (
        "Lockheed Martin beat Raytheon for the order; Lockheed shares rose. Honda Motor and "
        "Toyota Motor Corp. cut prices. The Federal Reserve held rates. Carl Icahn of "
        "Icahn Enterprises sold stock while Barclays Capital bought."
    )
    found = _find(text)
    kinds = {name: actor.kind for name, actor in found.by_name.items()}
    assert "Lockheed" in found.by_name["Lockheed Martin"].aliases and "Lockheed" not in kinds
    assert kinds["Honda"] == "company" and "Motor" not in kinds
    assert "Toyota Motor Corp." in found.by_name["Toyota"].aliases
    assert kinds["U.S. Federal Reserve"] == "government"  # a state's body, never a person
    assert found.by_name["U.S. Federal Reserve"].affiliation == "United States"
    assert {"Carl Icahn", "Icahn Enterprises"} <= kinds.keys()  # two names, not one
    assert "Barclays Capital" in kinds  # a company of its own, not Barclays


def test_a_us_state_belongs_to_the_united_states_but_georgia_stays_a_country() -> None:
    found = _find("Troops from Texas flew to Georgia.")
    assert found.by_name["Texas"].affiliation == "United States"
    assert found.by_name["Georgia"].kind == "state"


def test_new_inside_a_sentence_opens_the_name_it_stands_in() -> None:
    text = (
        "Shares slid on the New York Stock Exchange, the New York Post reported. He left New York."
    )
    found = _find(text)
    assert {"New York Stock Exchange", "New York Post", "New York"} <= set(found.by_name)
    assert not any(name.startswith("York") for name in found.by_name)


def test_a_people_counted_in_the_plural_is_its_state() -> None:
    for text, state in (
        ("Thousands of Armenians marched through the capital.", "Armenia"),
        ("Dozens of Syrians crossed the border on foot.", "Syria"),
        ("Kenyans voted on Tuesday.", "Kenya"),
    ):
        found = _find(text)
        assert list(found.by_name) == [state], text  # no "Thousands of Armenians", no "Kenyans"


def test_what_a_state_does_to_a_group_is_no_part_of_the_group_s_name() -> None:
    found = _find("Brazil attacked rebels near the border.")
    assert list(found.by_name) == ["Brazil"]
    kept = _find("Kurdish armed groups clashed with soldiers.")
    assert "Kurdish armed groups" in kept.by_name  # what the group is stays in its name


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    found = _find("Speaking for Apple Corps, Neil Aspinall said the ruling was wrong.")
    assert set(found.by_name) == {"Apple Corps", "Neil Aspinall"}
    assert "Bank of America" in _find("Bank of America agreed to buy a broker.").by_name
