"""An armed group named with a descriptor noun after it ("Boko Haram fighters") is that
group, under the lexicon's name, not a new actor; its spellings and short names ("EZLN",
"M-19", "Zapatista rebels") are one actor; "Suspected" or "Roman Catholic" before it is no
word of its name, and a region's word before its description ("the Corsican separatist
group") no party; "the main Hutu rebel group, the FDD," is the FDD, one side with whoever
is listed before it."""

from __future__ import annotations

from relation_support import entities_in, stored_in, typed_in

from personae.store.ingest.extract import extract
from personae.store.ingest.gazetteer import load_gazetteer
from personae.store.ingest.read import RawArticle
from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2021-06-02")


def _named(text: str) -> set[str]:
    """The actors the text names (a place's state is stored too, but not named)."""
    extraction = extract(RawArticle("", text, date="2021-06-02"), "a")
    mentioned = {m.entity for m in extraction.mentions}
    return {e.name for e in extraction.entities if e.id in mentioned}


def test_a_known_group_with_a_descriptor_noun_is_the_group() -> None:
    entities = _entities(
        "Boko Haram militants raided a village in Borno state. "
        "Taliban fighters later seized two district centres in Helmand."
    )
    assert entities["Boko Haram"].kind == "armed_group"
    assert entities["Taliban"].kind == "armed_group"
    assert "Boko Haram militants" not in entities
    assert "Taliban fighters" not in entities


def test_a_group_name_ending_in_an_institution_word_keeps_it() -> None:
    entities = _entities("Wagner Group fighters withdrew from the town, Syrian rebels said.")
    assert entities["Wagner Group"].kind == "armed_group"
    assert "Wagner Group fighters" not in entities
    assert "Syrian rebels" in entities  # a state's rebels are their own group, of that state


def test_a_state_possessive_before_a_group_in_lower_case_is_no_actor() -> None:
    named = _named("Somalia's al-Shabaab insurgents ambushed a convoy on Monday.")
    assert "al-Shabaab" in named
    assert "Somalia" not in named


def test_the_state_a_group_fights_in_is_no_actor_before_it() -> None:
    named = _named("Nigeria's Boko Haram fighters attacked a market in Cameroon.")
    assert "Boko Haram" in named
    assert "Nigeria" not in named
    assert not any(name.startswith("Nigeria's") for name in named)


def test_the_group_relates_under_its_own_name() -> None:
    extraction = extract(
        RawArticle("", "Boko Haram fighters attacked Cameroon on Sunday.", date="2021-06-02"),
        "a",
    )
    names = {e.id: e.name for e in extraction.entities}
    assert ("Boko Haram", "Cameroon") in {
        (names[r.source], names[r.target]) for r in extraction.relations
    }


def test_spellings_of_one_group_are_one_actor_under_the_lexicon_name() -> None:
    entities = _entities(
        "The Huthis seized a cargo ship off the coast. Houthi officials said the crew was safe."
    )
    houthis = entities["Houthis"]
    assert houthis.kind == "armed_group"
    assert "Huthis" in houthis.names
    assert "Huthis" not in entities


def test_a_state_possessive_before_a_group_spelt_otherwise_is_the_group() -> None:
    named = _named("Yemen's Huthi rebels launched drones at a Saudi oil terminal.")
    assert "Houthis" in named
    assert "Yemen" not in named


def test_a_demonym_before_a_known_group_is_the_group_not_the_state() -> None:
    entities = _entities("Afghan Taliban fighters took over the border crossing on Friday.")
    assert entities["Taliban"].kind == "armed_group"
    assert not any(name.startswith("Afghan") for name in entities)


def test_a_states_own_force_after_its_possessive_keeps_the_state() -> None:
    text = "Iran's Revolutionary Guards seized a Greek tanker in the Gulf of Oman."
    assert "Iran" in _named(text)
    assert _entities(text)["Islamic Revolutionary Guard Corps"].affiliation == "iran"


def test_an_unknown_group_after_a_states_possessive_is_the_states_group() -> None:
    text = "Niger's Fulani rebels ambushed a patrol near the border."
    assert "Niger" in _named(text)
    group = _entities(text)["Fulani rebels"]
    assert group.kind == "armed_group" and group.affiliation == "niger"


def test_groups_the_news_names_often_are_known_whole() -> None:
    for text, group in (
        (
            "Syria and the Kurdish-led Syrian Democratic Forces signed a deal.",
            "Syrian Democratic Forces",
        ),
        (
            "Ethiopia and the Tigray People's Liberation Front signed a truce.",
            "Tigray People's Liberation Front",
        ),
        (
            "A drone attack claimed by the Islamic Resistance in Iraq struck a base.",
            "Islamic Resistance in Iraq",
        ),
    ):
        assert group in _named(text), text
    entities = extract(
        RawArticle("", "The UN Human Rights Council condemned Iran.", date=None), "a"
    )
    council = next(e for e in entities.entities if e.name == "UN Human Rights Council")
    assert council.affiliation == "united-nations"


def test_people_in_a_capital_are_its_state_acting() -> None:
    from relation_support import links_in

    found = {
        (x.source, x.type, x.target)
        for x in links_in("Protesters in Kinshasa attacked the French embassy.")
    }
    assert ("Democratic Republic of the Congo", "ASSAULT", "French embassy") in found


def test_a_peoples_word_before_a_known_group_is_no_part_of_its_name() -> None:
    """ "Kurdish YPG fighters", "Pashtun Taliban militants": the group, no new actor."""
    assert _named("Turkish jets struck Kurdish YPG fighters near Kobani.") >= {"YPG"}
    assert "Kurdish YPG fighters" not in _named("Turkish jets struck Kurdish YPG fighters.")
    assert "Taliban" in _named("Pashtun Taliban militants seized the border post.")


def test_a_plural_groups_name_in_the_singular_before_a_noun_is_the_group() -> None:
    """ "a Tamil Tiger commander", "a Red Brigade cell": the group, as its plural name."""
    assert "Liberation Tigers of Tamil Eelam" in _named(
        "Troops captured a Tamil Tiger commander near Jaffna on Monday."
    )


def test_an_unknown_front_named_with_its_fighters_noun_is_the_front() -> None:
    """ "Zemblan Patriotic Front rebels": the front is the actor, the rebels its fighters."""
    entities = _entities("Zemblan Patriotic Front rebels captured the airport on Sunday.")
    assert entities["Zemblan Patriotic Front"].kind == "armed_group"
    assert "Zemblan Patriotic Front rebels" in entities["Zemblan Patriotic Front"].aliases


def test_a_suspected_group_is_the_group_with_the_doubt_kept_as_a_hedge() -> None:
    found = _entities("Suspected Boko Haram gunmen abducted 300 schoolgirls in Kankara.")
    assert "Boko Haram" in found and not any("Suspected" in name for name in found)
    extracted = extract(
        RawArticle("", "Suspected Boko Haram gunmen attacked Nigerian troops.", date="2021-06-02"),
        "a",
    )
    assert {r.hedge for r in extracted.relations if r.type == "ASSAULT"} == {"Suspected"}


def test_guerrilla_movements_and_bodies_known_by_their_short_names() -> None:
    gazetteer = load_gazetteer()
    for short, name in (
        ("EZLN", "Zapatista National Liberation Army"),
        ("Zapatistas", "Zapatista National Liberation Army"),
        ("M-19", "April 19 Movement"),
        ("MRTA", "Tupac Amaru Revolutionary Movement"),
        ("Community of Sant'Egidio", "Sant'Egidio"),
    ):
        entry = gazetteer.lookup(short)
        assert entry is not None and entry.name == name, short
    found = _entities("Talks were mediated by the Roman Catholic Sant'Egidio community.")
    assert "Sant'Egidio" in found and not any(name.startswith("Roman") for name in found)


def test_a_regions_word_before_a_groups_description_is_no_party() -> None:
    found = typed_in(
        "French police arrested three suspected members of the Corsican separatist group FLNC."
    )
    assert found == {("French police", "COERCE", "Fronte di Liberazione Naziunale di A Corsica")}
    rebels = typed_in("The Mexican government and Zapatista rebels signed an accord.")
    assert ("Mexican government", "SUPPORT", "Zapatista National Liberation Army") in rebels


def test_a_group_described_then_named_in_apposition_is_one_side() -> None:
    found = typed_in(
        "Uganda's government and the main Acholi rebel group, the Lord's Resistance Army,"
        " signed a truce in Juba on Friday."
    )
    assert ("Uganda's government", "SUPPORT", "Lord's Resistance Army") in found
    assert not any("Acholi" in (source, target) for source, _, target in found)


def test_the_islamists_after_an_islamist_body_is_that_body() -> None:
    text = (
        "Somalia's government fought the Islamic Courts Union for weeks, and on Monday "
        "Ethiopia accused the Islamists of threatening its sovereignty."
    )
    assert "Islamists" not in {e.name for e in _entities(text).values()}
    assert ("Ethiopia", "ACCUSE", "Islamic Courts Union") in stored_in(text, "2006-12-25")


def test_a_peoples_forces_are_a_group_of_their_own() -> None:
    entities = entities_in(
        "Kurdish forces attacked Islamic State positions near Raqqa on Monday.", "2017-06-05"
    )
    assert entities["Kurdish forces"].kind == "armed_group"
    # a state's forces stay the state's; sentence-opening words are no people
    entities = entities_in("Syrian forces and Government forces shelled Idlib.", "2019-05-05")
    assert "Syrian forces" not in entities or entities["Syrian forces"].kind == "government"
    assert "Government forces" not in entities
