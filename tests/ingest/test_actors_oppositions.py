"""A state's opposition is an actor of its own, apart from the state it opposes (CAMEO's OPP
agent): police acting on opposition protesters act on the opposition, not on their state; its
people named after it ("opposition leader X", "opposition politicians X and Y") belong to it,
the state before it or the one state their sentence names."""

from __future__ import annotations

from relation_support import entities_in, typed_in

from personae.store.ingest.evaluate import StateNames


def test_an_opposition_named_by_its_states_adjective_or_possessive_is_one_actor() -> None:
    found = typed_in("Thousands of Georgian opposition supporters marched on the Kremlin.")
    assert ("Georgian opposition", "PROTEST", "Russia") in found
    entities = entities_in(
        "Belarus's opposition called on the European Union to act on Minsk.", "2020-05-01"
    )
    assert entities["Belarusian opposition"].kind == "organisation"
    assert entities["Belarusian opposition"].affiliation is None  # it serves no state
    assert ("Belarusian opposition", "REQUEST", "European Union") in typed_in(
        "Belarus's opposition called on the European Union to act on Minsk."
    )


def test_an_opposition_with_no_state_named_belongs_to_its_sentences_one_state() -> None:
    assert ("Azerbaijani police", "COERCE", "Azerbaijani opposition") in typed_in(
        "Azerbaijani police detained dozens of opposition activists in central Baku on Saturday."
    )
    assert ("Serbia", "COERCE", "Serbian opposition") in typed_in(
        "Police in Serbia detained hundreds of opposition supporters in Belgrade."
    )
    # two states in the sentence: whose opposition it is, it does not say
    entities = entities_in(
        "Russian police detained opposition protesters, Ukraine said.", "2020-05-01"
    )
    assert not any(name.endswith("opposition") for name in entities)


def test_an_objection_or_a_partys_description_is_no_opposition() -> None:
    for text in (
        "Germany voiced its opposition to the Turkish plan.",
        "France faced opposition from Italy over the budget.",
        "Kenya's opposition ODM accused the government of fraud.",
    ):
        assert not any(name.endswith("opposition") for name in entities_in(text, "2020-05-01")), (
            text
        )


def test_a_person_named_after_the_opposition_belongs_to_it() -> None:
    entities = entities_in(
        "Venezuelan opposition leader Juan Guaido met Norway's foreign minister.", "2020-05-01"
    )
    assert entities["Juan Guaido"].affiliation == entities["Venezuelan opposition"].id
    # no state before it: the opposition of the one state the sentence names, as coders code
    entities = entities_in(
        "Police in Harare arrested opposition leader Nelson Chamisa.", "2020-05-01"
    )
    assert entities["Nelson Chamisa"].affiliation == "zimbabwean-opposition"
    two = entities_in(
        "Police in Harare arrested opposition leader Nelson Chamisa, and Britain protested.",
        "2020-05-01",
    )
    assert two["Nelson Chamisa"].affiliation is None  # whose opposition, the text does not say


def test_placing_someone_under_house_arrest_is_the_placers_act_on_them() -> None:
    found = typed_in("Ugandan police placed Kizza Besigye under house arrest on Thursday.")
    assert found == {("Ugandan police", "COERCE", "Kizza Besigye")}
    assert ("Egyptian military", "COERCE", "Mohamed Morsi") in typed_in(
        "The Egyptian military put Mohamed Morsi under arrest in July."
    )


def test_the_scorer_reads_an_opposition_by_its_states_name_or_adjective() -> None:
    names = StateNames()
    assert names.canonical("Kyrgyz opposition") == names.canonical("Kyrgyzstan opposition")
    assert names.canonical("Kyrgyz opposition") != names.canonical("Kyrgyzstan")


def test_members_named_after_the_opposition_belong_to_it() -> None:
    entities = entities_in(
        "Togolese police detained opposition leaders Jean-Pierre Fabre, Brigitte Adjamagbo and"
        " Eric Dupuy in Lome on Friday.",
        "2018-06-01",
    )
    for person in ("Jean-Pierre Fabre", "Brigitte Adjamagbo", "Eric Dupuy"):
        assert entities[person].affiliation == "togolese-opposition", person
    assert ("Togolese police", "COERCE", "Togolese opposition") in typed_in(
        "Togolese police detained opposition leaders Jean-Pierre Fabre and Brigitte Adjamagbo"
        " in Lome on Friday."
    )


def test_a_hopeful_after_the_opposition_is_its_person_acted_on() -> None:
    entities = entities_in(
        "Belarusian police placed opposition presidential hopeful Viktor Babariko under arrest"
        " on Thursday.",
        "2020-06-18",
    )
    person = entities["Viktor Babariko"]
    assert person.kind == "person" and person.affiliation == "belarusian-opposition"
    assert ("Belarusian police", "COERCE", "Viktor Babariko") in typed_in(
        "Belarusian police placed opposition presidential hopeful Viktor Babariko under arrest."
    )
