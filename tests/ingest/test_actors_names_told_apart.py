"""Names told apart from what stands next to them: a title, one name and "of" a state
("King Hussein of Jordan") name a person of that state, not one actor "Hussein of Jordan";
a bracketed word after a party's name ("Communist Party of Nepal (Maoist)") names another
party than the name alone; a wire story's credit line ("Writing by ...; Editing by ...")
names no actor of its own, nor is a police rank ("Detective Chief Superintendent") a name;
"Morales" alone is "Andrés Morales Rincón", named by the first of his two family names."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_titled_name_of_a_state_is_that_states_person() -> None:
    entities = entities_in("King Hussein of Jordan met Yasser Arafat in Amman.", "1985-02-11")
    assert "Hussein of Jordan" not in entities
    assert entities["Hussein"].kind == "person"
    assert entities["Hussein"].affiliation == "jordan"
    entities = entities_in("Sultan Qaboos of Oman received the Iranian envoy.", "1990-02-02")
    assert entities["Qaboos"].affiliation == "oman"


def test_a_name_of_a_company_stays_the_companys_man() -> None:
    entities = entities_in("Warren Buffett of Berkshire Hathaway met Tim Cook.", "2019-05-01")
    assert entities["Warren Buffett"].affiliation in (None, "berkshire-hathaway")
    assert entities["Berkshire Hathaway"].kind == "company"


def test_a_bracketed_word_after_a_partys_name_names_a_party_of_its_own() -> None:
    assert ("India", "COERCE", "Communist Party of India (Maoist)") in typed_in(
        "Police in India arrested five members of the Communist Party of India (Maoist)."
    )
    entities = entities_in(
        "The Communist Party of India (Maoist) attacked a police post, and the Communist"
        " Party of India condemned the attack.",
        "2010-04-07",
    )
    assert {"Communist Party of India (Maoist)", "Communist Party of India"} <= set(entities)


def test_an_acronym_in_brackets_is_the_same_name_again() -> None:
    entities = entities_in(
        "The Kurdistan Workers' Party (PKK) attacked a Turkish post.", "2016-01-01"
    )
    assert not any(name.endswith(")") for name in entities)


def test_a_states_adjective_opening_a_partys_generic_name_is_the_partys() -> None:
    entities = entities_in(
        "Yemeni troops fought secessionists of the Yemeni Socialist Party near Aden.", "1994-07-07"
    )
    assert entities["Yemeni Socialist Party"].kind == "organisation"
    assert "Socialist Party" not in entities
    assert "Cambodian People's Party" in entities_in(
        "Hun Sen's Cambodian People's Party routed the royalist FUNCINPEC.", "1997-07-07"
    )


def test_a_creed_before_a_partys_name_is_no_word_of_it() -> None:
    entities = entities_in(
        "Police captured the leader of the Marxist People's Liberation Front, and the Islamist"
        " Ennahda party protested.",
        "1989-11-13",
    )
    assert {"People's Liberation Front", "Ennahda"} <= set(entities)
    assert not any(name.startswith(("Marxist", "Islamist")) for name in entities)


def test_a_description_of_a_named_groups_members_is_that_group() -> None:
    entities = entities_in(
        "Separatist rebels of the West Papua National Liberation Army shot dead four soldiers.",
        "2018-12-03",
    )
    assert "West Papua National Liberation Army" in entities
    assert "Separatist rebels" not in entities
    assert "Syrian rebels" in entities_in("Syrian rebels of Aleppo shelled the city.", "2014-01-01")


def test_a_square_or_the_city_of_a_name_is_a_place_of_its_sentences_state() -> None:
    entities = entities_in(
        "Chinese troops opened fire on crowds around Tiananmen Square on Sunday.", "1989-06-05"
    )
    assert entities["Tiananmen Square"].kind == "place"
    assert entities["Tiananmen Square"].affiliation == "china"
    entities = entities_in(
        "Syrian troops shelled the city of Hama to crush an uprising by the Muslim Brotherhood.",
        "1982-02-12",
    )
    assert (entities["Hama"].kind, entities["Hama"].affiliation) == ("place", "syria")
    # two states in the sentence: where it lies, it does not say
    entities = entities_in(
        "Turkish jets bombed the town of Sidakan, Iraq said, and Iran protested.", "2019-01-01"
    )
    assert entities["Sidakan"].affiliation is None


def test_the_liberation_movements_of_the_cold_war_are_known_groups() -> None:
    entities = entities_in(
        "UNITA rebels and RENAMO fighters met FRELIMO and SWAPO leaders in Lusaka.", "1986-03-01"
    )
    assert entities["UNITA"].kind == "armed_group"
    assert entities["RENAMO"].kind == "armed_group"
    assert {"FRELIMO", "SWAPO"} <= set(entities)


def test_a_known_persons_one_word_name_opening_a_longer_one_is_someone_else() -> None:
    entities = entities_in(
        "Turkish commandos captured Abdullah Ocalan, leader of the Kurdistan Workers' Party,"
        " in Kenya.",
        "1999-02-16",
    )
    assert "Abdullah Ocalan" in entities
    assert not any(e.affiliation == "jordan" for e in entities.values())  # no King Abdullah
    assert entities["Abdullah Ocalan"].affiliation == "kurdistan-workers-party"


def test_a_leader_of_a_party_described_by_its_creed_belongs_to_it() -> None:
    entities = entities_in(
        "Police captured Rohana Wijeweera, leader of the Marxist People's Liberation Front.",
        "1989-11-13",
    )
    assert entities["Rohana Wijeweera"].affiliation == "peoples-liberation-front"


def test_a_credit_lines_trades_are_no_actors() -> None:
    entities = entities_in(
        "ECOWAS condemned the coup attempt in Liberia on Sunday.\n\n(Reporting by Monrovia "
        "bureau; Writing by Dakar newsroom; Editing by Aaron Ross)",
        "2026-01-18",
    )
    assert "Writing" not in entities
    assert "Editing" not in entities


def test_a_police_officers_rank_is_no_part_of_the_name() -> None:
    entities = entities_in(
        "The tanker dragged its anchor, Detective Chief Superintendent Mikko Laaksonen told "
        "reporters in Helsinki.",
        "2026-02-11",
    )
    assert "Mikko Laaksonen" in entities
    assert not {"Detective", "Superintendent Mikko Laaksonen"} & set(entities)


def test_a_first_family_name_alone_is_the_person_of_two_family_names() -> None:
    entities = entities_in(
        "Former senator Andrés Morales Rincón won the runoff. Morales declared victory on "
        "Sunday, and electoral council president Álvaro Hernández Guzmán said Hernández would "
        "not comment.",
        "2026-06-24",
    )
    assert "Morales" in entities["Andrés Morales Rincón"].names
    assert "Morales" not in entities
    assert "Hernández" not in entities
