"""Plural demonyms of two words ("South Koreans") are the state's; an armed group's member
the dictionaries date ("Sheikh Ahmed Yassin") is a person of that group; "Gaza City" is a
place, no government; an officer "a deputy chief executive of" or "the head of" a company is
the company's; a state's "national carrier" is no national of it; a month opening a
sentence ("On Jan. 1, 2006,") is no actor.  Sentences written for these tests, in the shapes
of wire copy."""

from __future__ import annotations

from relation_support import entities_in


def test_a_two_word_plural_demonym_is_the_state() -> None:
    found = entities_in("Thousands of South Africans marched on Friday.", "2020-01-01")
    assert set(found) == {"South Africa"}


def test_a_dated_member_of_an_armed_group_is_a_person_of_it() -> None:
    found = entities_in("Sheikh Ahmed Yassin addressed supporters in Gaza City.", "2001-05-01")
    yassin = found["Sheikh Ahmed Yassin"]
    assert (yassin.kind, yassin.affiliation) == ("person", "hamas")
    assert found["Gaza City"].kind != "government"


def test_a_companys_deputy_officer_and_head_are_its() -> None:
    found = entities_in(
        "Ivan Petrov, a deputy chief executive of Gazprom, said Naftogaz had stolen gas. Oleh "
        "Bondar, the head of Naftogaz, denied it.",
        "2009-01-07",
    )
    assert found["Ivan Petrov"].affiliation == "gazprom"
    assert found["Oleh Bondar"].affiliation == "naftogaz"


def test_a_national_carrier_is_no_national() -> None:
    found = entities_in(
        "Kenya suspended flights by Ugandan national carrier Uganda Airlines.", "2020-01-01"
    )
    assert not {e.name for e in found.values() if e.kind == "person"}


def test_guard_a_states_national_is_a_person_of_it() -> None:
    found = entities_in("Iran arrested a French national on Monday.", "2020-01-01")
    assert found["French national"].affiliation == "france"


def test_a_month_opening_a_sentence_is_no_actor() -> None:
    found = entities_in("On Jan. 1, 2006, Gazprom cut supplies to Ukraine.", "2009-01-07")
    assert "Jan" not in found


def test_an_office_before_a_name_the_lexicon_knows_is_no_actor() -> None:
    found = entities_in("External Affairs Minister Jaswant Singh flew to Kandahar.", "1999-12-31")
    assert "External Affairs Minister" not in found
    assert found["Jaswant Singh"].affiliation == "india"


def test_a_name_described_as_an_official_or_a_passenger_is_a_persons() -> None:
    found = entities_in(
        "Ravi Menon, a senior official in the Indian delegation, spoke. The body of Arun "
        "Katyal, a 25-year-old passenger, was released.",
        "1999-12-31",
    )
    assert found["Ravi Menon"].kind == found["Arun Katyal"].kind == "person"


def test_a_family_name_and_a_hyphened_given_name_are_a_person() -> None:
    found = entities_in("Kim Dae-ho told reporters that Seoul would respond.", "2019-07-04")
    assert found["Kim Dae-ho"].kind == "person"


def test_an_official_opening_a_clause_where_something_happens_serves_that_state() -> None:
    found = entities_in(
        "Russian troops arrived in Kyrgyzstan after President Almaz Baktybekov asked for help.",
        "2022-01-06",
    )
    assert found["Almaz Baktybekov"].affiliation == "kyrgyzstan"
