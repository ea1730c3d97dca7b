"""A region the lexicon places in no state (a continent, "Latin America") lies in no state
of its sentence and fights no one; a bloc named after its region's possessive ("West
Africa's regional bloc ECOWAS") is the subject of the sentence's later verbs, not the region;
a party named as many states' parties are ("Communist Party") is the dateline state's.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_continent_is_in_no_state_its_sentence_names() -> None:
    entities = entities_in(
        "Soviet leader Leonid Brezhnev pledged to respect Europe's postwar borders.", "1975-08-01"
    )
    assert entities["Europe"].affiliation is None


def test_guard_a_region_fights_no_one() -> None:
    found = stored_in(
        "Both countries claim Kashmir in full, and they have fought two wars over the "
        "territory since independence from Britain in 1947.",
        "2018-01-19",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_bloc_after_its_regions_possessive_acts_in_the_later_verbs() -> None:
    found = stored_in(
        "Southern Africa's regional bloc SADC lifted its suspension of Madagascar on Friday, "
        "citing progress, and called on the transitional authorities to hold elections.",
        "2014-01-31",
    )
    assert ("Southern African Development Community", "REQUEST", "Madagascar") in found
    assert not any(source == "Southern Africa" for source, _, _ in found)


def test_a_party_named_as_many_states_parties_are_is_the_datelines_states() -> None:
    entities = entities_in(
        "HAVANA, April 19 (Reuters) - Communist Party chief Raul Castro welcomed the Chinese "
        "delegation on Monday.",
        "2016-04-19",
    )
    assert entities["Communist Party"].affiliation == "cuba"
    # an opposition party is coded apart from the state it opposes
    entities = entities_in(
        "TIRANA (AP) - President Sali Berisha rejected demands by the opposition Socialist "
        "Party that he step down.",
        "1997-03-10",
    )
    assert entities["Socialist Party"].affiliation is None
