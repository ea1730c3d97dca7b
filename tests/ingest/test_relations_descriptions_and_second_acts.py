"""Who acts where a sentence does not name them again: a body named once, then by a
description ("the group", "the bank", "the government", for a state named only by its forces
too; "the kingdom", and "the neighbouring country" for the state that is not the subject); a
second act with no object of its own; a counterpart after "his"; a host who greets; a chairman
after his body; a denier who goes on to accuse; a speaker named again who says it will strike
threatens; "its commanders" opening a clause are the sentence subject's; "X and other leaders of
Y" name Y too; "an army patrol" is the forces of the one state named.  And a weapon's name
takes no role; an aircraft downed is attacked."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def told(text: str) -> set[tuple[str, str, str]]:
    """What ingest stores for ``text`` as told (not denied)."""
    return stored_in(text, "2020-05-01", denied=False)


def test_a_description_after_a_body_stands_for_it() -> None:
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert ("World Bank", "AGREE", "Lebanon") in told(
        "Lebanon asked the World Bank for emergency funding, and the bank said it would"
        " lend $150 million to Beirut."
    )
    assert ("Morocco", "ACCUSE", "Organization of African Unity") in told(
        "Morocco walked out of a summit of the Organization of African Unity and accused the"
        " organisation of bias."
    )
    assert ("Collective Security Treaty Organization", "AID", "Kazakhstan") in told(
        "Kazakhstan asked the Collective Security Treaty Organization for help; the alliance"
        " sent troops to Kazakhstan."
    )


def test_a_group_named_by_its_noun_acts_in_the_next_sentence() -> None:
    assert ("Boko Haram", "ASSAULT", "Nigerian army") in told(
        "Nigerian troops raided camps of Boko Haram on Monday. The group ambushed a Nigerian"
        " army convoy on Tuesday."
    )


def test_a_description_two_bodies_fit_stands_for_neither() -> None:
    found = told("Hamas met Islamic Jihad in Cairo. Egypt praised the group on Sunday.")
    assert not any(source == "Egypt" for source, _, _ in found), found


def test_a_weapons_name_takes_no_role_from_the_act() -> None:
    found = told("Hezbollah fired dozens of Katyusha rockets at towns in northern Israel.")
    assert ("Hezbollah", "ASSAULT", "Israel") in found
    assert not any("Katyusha" in (source, target) for source, _, target in found)


def test_a_second_act_with_no_object_of_its_own_is_on_the_same_side() -> None:
    assert ("Australia", "COERCE", "Fiji") in told(
        "Australia suspended military aid to Fiji and imposed travel bans on members of the"
        " military regime."
    )
    assert ("Arab League", "THREATEN", "Syria") in told(
        "The Arab League suspended Syria's membership and threatened to impose sanctions."
    )


def test_a_second_act_after_a_mutual_one_or_a_relative_clause_is_not_guessed() -> None:
    found = told(
        "Brazil's president spoke by telephone with Argentina's president and invited investors"
        " to Brasilia."
    )
    assert not any(kind == "REQUEST" for _, kind, _ in found)
    found = told(
        "Japan's prime minister met North Korea's leader, who admitted that his agents had"
        " kidnapped Japanese citizens, and apologised."
    )
    assert ("Japan", "SUPPORT", "North Korea") not in found


def test_the_government_is_the_one_state_named_before_it() -> None:
    assert ("Argentina", "SUPPORT", "International Monetary Fund") in told(
        "Argentina's economy minister said the government and the International Monetary Fund"
        " had reached a deal to refinance its debt."
    )
    # two states before it: whose government, it does not say
    assert ("Kenya", "REQUEST", "Tanzania") in told(
        "Kenya sent troops to the border on Monday. The government asked Tanzania for help."
    )
    found = told(
        "Kenya and Uganda sent troops to the border on Monday. The government asked Tanzania"
        " for help."
    )
    assert not any(kind == "REQUEST" for _, kind, _ in found), found
    # a government named by where it sits is that place's state, not the one before
    found = told("Ukrainian troops shelled Donetsk, and the government in Moscow protested.")
    assert not any(s == "Ukraine" and kind == "PROTEST" for s, kind, _ in found)


def test_a_counterpart_after_his_is_listed_with_the_first() -> None:
    found = told(
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun"
        " Bayramov opened talks on a peace treaty on Monday."
    )
    assert {("Armenia", "CONSULT", "Azerbaijan"), ("Azerbaijan", "CONSULT", "Armenia")} <= found


def test_a_guest_then_greeted_by_a_host_met_the_host_both_ways() -> None:
    found = told(
        "South Korean President Kim Dae-jung flew to Pyongyang for a summit and was greeted at"
        " the airport by North Korean leader Kim Jong Il."
    )
    assert ("North Korea", "CONSULT", "South Korea") in found


def test_a_bodys_chairman_named_after_it_is_the_bodys() -> None:
    entities = entities_in(
        "PLO chairman Yasser Arafat met Egypt's president in Cairo.", "1985-02-11"
    )
    arafat = next(e for n, e in entities.items() if n in ("Yasser Arafat", "Yasir Arafat"))
    assert arafat.affiliation == "palestine-liberation-organization"


def test_a_denier_going_on_with_it_accused_makes_the_charge() -> None:
    found = told(
        "Zambia denied that it was letting rebels cross its territory, and it accused Luanda of"
        " trying to drag Lusaka into the war."
    )
    assert ("Zambia", "ACCUSE", "Angola") in found


def test_a_reaction_to_an_accord_is_aimed_at_its_signers_and_signs_nothing() -> None:
    found = told("Jordan and the PLO signed an agreement in Amman, and Syria denounced the accord.")
    assert {
        ("Syria", "ACCUSE", "Jordan"),
        ("Syria", "ACCUSE", "Palestine Liberation Organization"),
    } <= found
    assert not any(source == "Syria" and kind == "AGREE" for source, kind, _ in found)
    found = told(
        "Colombia and the FARC signed a peace agreement, and the UN Security Council welcomed"
        " the accord."
    )
    assert ("UN Security Council", "SUPPORT", "Colombia") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)  # praised, not met


def test_a_description_looks_in_its_own_sentence_before_the_one_before() -> None:
    found = told(
        "The European Union condemned the arrests. Kazakhstan asked the Collective Security"
        " Treaty Organization for help; the alliance sent troops to Kazakhstan."
    )
    assert ("Collective Security Treaty Organization", "AID", "Kazakhstan") in found


def test_the_word_after_a_dateline_opens_a_sentence() -> None:
    entities = entities_in(
        "Minsk, 12 March 2023 - Riot police in Belarus detained dozens of opposition"
        " supporters in central Minsk on Sunday.",
        "2023-03-12",
    )
    assert "Riot" not in entities


def test_an_accord_between_two_sides_is_theirs_not_the_one_who_welcomes_it() -> None:
    found = told("Russia welcomed the agreement between Armenia and Azerbaijan.")
    assert {("Armenia", "AGREE", "Azerbaijan"), ("Russia", "SUPPORT", "Armenia")} <= found
    assert not any(source == "Russia" and kind == "AGREE" for source, kind, _ in found)
    # an offer to host talks between two sides is still the host's intent towards each
    found = told("Ghana offered to host peace talks between Liberia and the LURD rebels.")
    assert ("Ghana", "AGREE", "Liberia") in found


def test_a_states_adjective_naming_a_cause_is_no_party() -> None:
    found = told(
        "Jordan and the PLO signed an agreement, and Syria denounced the accord as a betrayal"
        " of the Palestinian cause."
    )
    assert not any(target == "Palestine" for _, _, target in found), found
    assert ("Syria", "ACCUSE", "Jordan") in found


def test_the_government_of_a_state_named_only_by_its_forces_stands_for_them() -> None:
    found = told(
        "Ethiopian troops shelled positions of the Oromo Liberation Army on Monday, and the"
        " guerrilla group said its fighters had shot down one of the government's helicopters."
    )
    assert ("Oromo Liberation Army", "ASSAULT", "Ethiopian troops") in found
    assert ("Ethiopian troops", "ASSAULT", "Oromo Liberation Army") in found


def test_an_aircraft_downed_is_an_attack_on_its_state_but_tools_downed_are_not() -> None:
    assert ("Turkey", "ASSAULT", "Russia") in told("Turkey downed a Russian warplane on Tuesday.")
    assert not any(
        kind == "ASSAULT"
        for _, kind, _ in told("Dockers in Durban downed tools, defying Pretoria.")
    )


def test_the_country_or_the_kingdom_stands_for_the_one_state_named() -> None:
    found = told(
        "Thailand's constitutional court dissolved the main opposition party on Thursday, and"
        " the European Union said it would suspend the kingdom's trade privileges."
    )
    assert any(s == "European Union" and t.startswith("Thailand") for s, _, t in found), found
    assert not any(
        "state" in (source + target).lower()
        for source, _, target in told("Iranian state media said Israel had attacked Syria.")
    )


def test_a_state_described_apart_from_the_subject_is_the_other_state_named() -> None:
    found = told(
        "Japan lodged a protest with China on Tuesday after the neighbouring country's warships"
        " fired on a Japanese trawler."
    )
    assert ("China", "ASSAULT", "Japan") in found
    assert ("Japan", "ASSAULT", "China") not in found


def test_a_speaker_saying_it_will_strike_threatens_however_it_is_named_again() -> None:
    found = told(
        "Iranian state media said on Sunday that the country would retaliate against Israel."
    )
    assert ("Iran", "THREATEN", "Israel") in found
    assert ("Iran", "ASSAULT", "Israel") not in found
    assert ("Iran", "THREATEN", "Israel") in told(
        "Iran said Tehran would retaliate against Israel."
    )


def test_its_leaders_opening_a_clause_are_the_sentence_subjects() -> None:
    found = told(
        "The Taliban captured Kabul on Sunday, and its commanders called on American"
        " troops to leave the country."
    )
    assert ("Taliban", "REQUEST", "American troops") in found
    assert not any(s == "Afghanistan" and k == "REQUEST" for s, k, _ in found)


def test_leaders_of_a_body_listed_with_a_name_stand_for_the_body() -> None:
    assert ("Turkish police", "COERCE", "Peoples' Democratic Party") in told(
        "Turkish police detained Selahattin Demirtas and other leaders of the Peoples'"
        " Democratic Party in overnight raids."
    )
    signed = told(
        "Senegal's government and leaders of the Movement of Democratic Forces of Casamance"
        " signed a peace accord in Ziguinchor on Friday."
    )
    assert ("Movement of Democratic Forces of Casamance", "SUPPORT", "Senegal") in {
        (s, k, t.removesuffix("'s government")) for s, k, t in signed
    }, signed


def test_an_army_patrol_is_the_forces_of_the_one_state_named() -> None:
    found = told(
        "Peruvian troops killed five Shining Path guerrillas in the Apurimac valley, a week after"
        " the rebels ambushed an army patrol there."
    )
    assert ("Shining Path", "ASSAULT", "Peruvian troops") in found


def test_the_tribunal_after_a_court_named_is_that_court() -> None:
    found = stored_in(
        "Sudanese President Omar Hassan al-Bashir said on Thursday that the International "
        "Criminal Court's warrant was worthless, denouncing the tribunal as a tool of "
        "neo-colonialism.",
        "2009-03-05",
    )
    assert any(
        kind == "ACCUSE" and target == "International Criminal Court" for _, kind, target in found
    )
