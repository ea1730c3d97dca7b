"""A leader named by a possessive before the group he leads ("Charles Taylor's National
Patriotic Front") belongs to that group, whatever words name its members before him; a
government named "of" a state ("the Sandinista government of Nicaragua") and "its army chief,
General X" after a state serve it; "al-Bashir" is the lexicon's "al Bashir"; Belgrade and
Prague stood for the federations they were seats of; a surname alone decades from the
lexicon's person of that name is someone else."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "1995-03-14")


def test_a_leaders_possessive_before_a_group_makes_him_its_member() -> None:
    found = _entities(
        "Militiamen of Colonel Ibrahim Waziri's Northern Liberation Army stormed a police"
        " post in Kano on Monday."
    )
    assert found["Ibrahim Waziri"].affiliation == "northern-liberation-army"


def test_the_members_named_before_a_leader_are_no_part_of_his_name() -> None:
    found = _entities(
        "Fighters of Foday Sankoh's Revolutionary United Front attacked a convoy near Kenema,"
        " and the Security Council condemned the attack."
    )
    assert "Fighters of Foday Sankoh" not in found
    sankoh = found["Foday Sankoh"]
    assert sankoh.kind == "person" and sankoh.affiliation == "revolutionary-united-front"


def test_a_leaders_possessive_before_a_state_or_a_thing_joins_nothing() -> None:
    found = _entities("Vladimir Putin's Russia annexed Crimea, and Boris Yeltsin's plan failed.")
    assert found["Vladimir Putin"].affiliation == "russia"
    assert found["Boris Yeltsin"].affiliation != "russia's plan"


def test_a_government_of_a_state_serves_that_state() -> None:
    found = _entities(
        "The Sandinista government of Nicaragua expelled three American diplomats on Monday."
    )
    assert found["Sandinista government"].affiliation == "nicaragua"


def test_a_name_with_a_hyphenated_article_is_the_lexicons_person() -> None:
    found = entities_in(
        "The International Criminal Court issued an arrest warrant for Omar al-Bashir.",
        "2009-03-04",
    )
    person = next(e for e in found.values() if "Omar al-Bashir" in (e.name, *e.aliases))
    assert person.kind == "person" and person.affiliation == "sudan"


def test_a_seat_of_government_stands_for_the_federation_it_was_the_seat_of() -> None:
    assert "Yugoslavia" in _entities("The European Community threatened Belgrade with sanctions.")
    assert "Czechoslovakia" in entities_in("Moscow sent tanks to Prague.", "1968-08-21")
    later = entities_in("The European Union urged Belgrade to recognise Kosovo.", "2012-05-01")
    assert "Serbia" in later and "Yugoslavia" not in later


def test_its_chief_named_after_a_state_serves_it() -> None:
    found = entities_in(
        "Britain suspended aid to Guinea-Bissau and urged its army chief, General Antonio"
        " Indjai, to free the prime minister.",
        "2012-04-14",
    )
    assert found["Antonio Indjai"].affiliation == "guinea-bissau"
    commodore = entities_in("Australia urged Commodore Voreqe Tuilagi to step down.", "2006-12-06")
    assert "Voreqe Tuilagi" in commodore  # a rank, no word of the name


def test_a_surname_decades_from_the_lexicons_person_is_someone_else() -> None:
    later = entities_in("Prime Minister Johnson met President Macron in Paris.", "2020-06-23")
    assert "Lyndon B. Johnson" not in later and "Johnson" in later
    then = entities_in("President Johnson met Premier Kosygin in Glassboro.", "1967-06-23")
    assert then["Lyndon B. Johnson"].affiliation == "united-states"
