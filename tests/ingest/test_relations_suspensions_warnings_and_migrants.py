"""Ties cut back, warnings of consequences and what is done at a border: cooperation
suspended however many words describe it, talks postponed, a part in a treaty suspended or a
signature withdrawn reduce relations; an act a demand waits for ("until Belgrade hands
over") has not happened; a warning that another's acts "could bring consequences" threatens
their author; migrants "from" a state are not that state; an advance "meeting resistance"
meets no one; an election's defeat is no attack; a pledge joined by "and" after a visit is
an event of its own; a refusal to hand someone over, given as an act's cause, rejects the
act's author, and one "to Egypt or Ethiopia" rejects both; a firefight "with a small
garrison of British Royal Marines" is fought by each side."""

from __future__ import annotations

from relation_support import coded_in


def test_cooperation_suspended_is_a_sanction_however_it_is_described() -> None:
    text = (
        "BRUSSELS (Reuters) - The European Union suspended all practical economic and political "
        "cooperation with Belarus on Monday."
    )
    assert coded_in(text, "2021-06-21") == {("european union", "belarus", "SANCTION")}


def test_talks_postponed_are_a_sanction_not_a_meeting() -> None:
    text = "TOKYO (Reuters) - Japan postponed talks with China on a fisheries agreement on Friday."
    assert coded_in(text, "2012-09-14") == {("japan", "china", "SANCTION")}


def test_what_a_postponement_waits_for_has_not_happened() -> None:
    text = (
        "BRUSSELS (AP) - The European Union postponed talks with Serbia on Monday until Belgrade "
        "hands over the fugitive general."
    )
    assert coded_in(text, "2006-05-03") == {("european union", "serbia", "SANCTION")}


def test_a_states_part_in_a_treaty_suspended_by_its_leader() -> None:
    text = (
        "MOSCOW (Reuters) - President Vladimir Putin suspended Russia's participation in a "
        "conventional forces treaty with NATO on Saturday."
    )
    assert coded_in(text, "2007-07-14") == {("russia", "nato", "SANCTION")}


def test_a_signature_withdrawn_from_a_treaty_is_no_agreement_or_pullback() -> None:
    text = (
        "MOSCOW (Reuters) - Moscow withdrew its signature from the border treaty with Latvia on "
        "Friday, accusing Riga of adding conditions."
    )
    assert coded_in(text, "2005-06-24") == {
        ("russia", "latvia", "SANCTION"),
        ("russia", "latvia", "ACCUSE"),
    }


def test_migrants_coming_from_a_state_are_not_that_state() -> None:
    text = (
        "BUDAPEST (Reuters) - Hungarian police fired tear gas at hundreds of migrants trying to "
        "cross the border from Serbia on Wednesday, and Budapest accused Belgrade of failing to "
        "stop them."
    )
    assert coded_in(text, "2015-09-16") == {("hungary", "serbia", "ACCUSE")}


def test_forcing_ones_way_across_a_border_coerces_no_one() -> None:
    text = (
        "MADRID (Reuters) - Spanish border guards fired rubber bullets at migrants trying to "
        "force their way across the fence from Morocco, and Madrid summoned Morocco's ambassador."
    )
    assert coded_in(text, "2021-05-18") == {("spain", "morocco", "ACCUSE")}


def test_meeting_resistance_is_no_meeting() -> None:
    text = (
        "ADDIS ABABA (Reuters) - Ethiopian troops advanced on the town of Badme on Sunday, "
        "meeting fierce resistance from Eritrean forces."
    )
    assert ("ethiopia", "eritrea", "CONSULT") not in coded_in(text, "1999-02-07")
    assert ("ethiopia", "eritrea") in {pair[:2] for pair in coded_in(text, "1999-02-07")}


def test_defeating_a_challenger_at_the_polls_is_no_attack() -> None:
    text = (
        "BRASILIA (Reuters) - Luiz Inacio Lula da Silva won a third term as Brazil's president "
        "on Sunday, defeating his challenger Jair Bolsonaro by a narrow margin."
    )
    assert coded_in(text, "2022-10-30") == {("brazil", "jair bolsonaro", "MENTION")}


def test_a_pledge_after_a_visit_is_an_event_of_its_own() -> None:
    text = (
        "KYIV (Reuters) - British Prime Minister Rishi Sunak made a surprise visit to Kyiv on "
        "Saturday and pledged 125 million pounds in air defence aid to Ukraine."
    )
    assert coded_in(text, "2022-11-19") == {
        ("united kingdom", "ukraine", "CONSULT"),
        ("united kingdom", "ukraine", "AGREE"),
    }


def test_a_demand_that_a_government_explain_what_happened_asks_it() -> None:
    text = (
        "PARIS (Reuters) - France said on Tuesday that the journalist had been killed by a drone, "
        "and demanded that the Malian government explain what happened."
    )
    assert coded_in(text, "2021-03-02") == {("france", "mali", "REQUEST")}


def test_weapons_approved_for_a_state_are_aid() -> None:
    text = (
        "WASHINGTON (Reuters) - President Joe Biden approved another $300 million in weapons for "
        "Ukraine on Friday."
    )
    assert coded_in(text, "2022-05-06") == {("united states", "ukraine", "AID")}


def test_a_warning_that_anothers_acts_bring_consequences_threatens_their_author() -> None:
    text = (
        "BEIJING (Reuters) - China warned in a diplomatic note on Monday that U.S. troop "
        "deployments near its coast could bring unpredictable consequences."
    )
    assert coded_in(text, "2023-02-06") == {("china", "united states", "THREATEN")}


def test_a_warning_of_a_blocs_growth_threatens_the_bloc() -> None:
    text = (
        "MOSCOW (Reuters) - Russia warned on Friday that NATO's expansion to its borders would "
        "have serious consequences."
    )
    assert coded_in(text, "2023-02-06") == {("russia", "nato", "THREATEN")}


def test_what_the_accused_is_said_to_seek_is_the_charge_only() -> None:
    text = (
        "MOSCOW (Reuters) - Foreign Minister Sergei Lavrov accused Washington on Monday of "
        "seeking to inflict a strategic defeat on Russia."
    )
    assert coded_in(text, "2024-05-02") == {("russia", "united states", "ACCUSE")}


def test_a_refusal_to_hand_someone_over_rejects_the_one_who_acted_on_it() -> None:
    text = (
        "THE HAGUE (Reuters) - The Netherlands recalled its ambassador from Belgrade on Friday "
        "over Serbia's refusal to hand over former general Ratko Mladic."
    )
    assert coded_in(text, "2006-06-02") == {
        ("netherlands", "serbia", "SANCTION"),
        ("serbia", "netherlands", "REJECT"),
    }


def test_a_refusal_to_extradite_rejects_the_asker_not_the_wanted_man() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed sanctions on Afghanistan on Tuesday "
        "after the Taliban refused to extradite Osama bin Laden."
    )
    assert coded_in(text, "1999-07-06") == {
        ("united states", "afghanistan", "COERCE"),
        ("taliban", "united states", "REJECT"),
    }


def test_a_refusal_to_hand_over_to_either_of_two_rejects_both() -> None:
    text = (
        "KHARTOUM (Reuters) - Sudan refused on Monday to hand over the suspects to Egypt or "
        "Ethiopia."
    )
    assert coded_in(text, "1995-09-11") == {
        ("sudan", "egypt", "REJECT"),
        ("sudan", "ethiopia", "REJECT"),
    }


def test_a_firefight_with_a_garrison_of_a_states_marines_is_fought_by_each_side() -> None:
    text = (
        "STANLEY (Reuters) - Argentine commandos seized Government House on Friday after a brief "
        "firefight with a small garrison of British Royal Marines."
    )
    assert {
        ("argentina", "united kingdom", "ASSAULT"),
        ("united kingdom", "argentina", "ASSAULT"),
    } <= coded_in(text, "1982-04-02")


def test_guard_a_refusal_to_cooperate_given_as_a_cause_still_rejects_whom_it_names() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed sanctions on Iran on Monday after "
        "Tehran refused to cooperate with the IAEA."
    )
    assert coded_in(text, "2007-07-16") == {
        ("united states", "iran", "COERCE"),
        ("iran", "international atomic energy agency", "REJECT"),
    }
