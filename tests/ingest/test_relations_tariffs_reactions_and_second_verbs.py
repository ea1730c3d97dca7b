"""Trade measures, reactions in the passive and second verbs: an event that dates the news
("since the Russian invasion") is no act and its state no party; hitting back with tariffs
is the tariffs; tariffs dropped are eased, objections dropped are not; a tariff on imports
of "Chinese-made" goods is aimed at China, while "Iranian-made drones" shot down are no
Iran's; calling a deal "the largest foreign direct investment" is no charge; the state that
condemned an attack is no target of it, while those who planned a banned march are; a
second verb with the first one's object ("and flew them to Guatemala") is no part of it;
a named jail jails no one."""

from __future__ import annotations

from relation_support import coded_in


def test_an_event_that_dates_the_news_is_no_act_and_its_state_no_party() -> None:
    text = (
        "KYIV (AP) - Japan's prime minister made an unannounced visit to Kyiv on Tuesday and "
        "pledged $470 million in additional economic aid to Ukraine, becoming the last Group of "
        "Seven leader to travel to the country since the Russian invasion."
    )
    assert coded_in(text, "2023-03-21") == {
        ("japan", "ukraine", "CONSULT"),
        ("japan", "ukraine", "AGREE"),
    }


def test_hitting_back_with_tariffs_is_coercion_not_an_attack() -> None:
    text = (
        "BEIJING (AP) - China hit back on Monday with higher tariffs on $60 billion of American "
        "goods."
    )
    assert coded_in(text, "2019-05-13") == {("china", "united states", "COERCE")}


def test_tariffs_dropped_are_eased_but_objections_dropped_are_not() -> None:
    text = "MEXICO CITY (Reuters) - Washington dropped its planned tariffs on Mexican goods."
    assert coded_in(text, "2019-06-07") == {("united states", "mexico", "RETREAT")}
    objections = "BERLIN (Reuters) - Germany dropped its objections to sanctions on Russia."
    assert coded_in(objections, "2022-02-26") == {("germany", "russia", "COERCE")}


def test_a_tariff_on_imports_made_in_a_state_is_aimed_at_it() -> None:
    text = (
        "OTTAWA, Aug 26 (Reuters) - Canada slapped a 100 percent tariff on imports of "
        "Chinese-made electric vehicles on Monday."
    )
    assert coded_in(text, "2024-08-26") == {("canada", "china", "COERCE")}
    drones = "KYIV (Reuters) - Ukraine shot down dozens of Iranian-made drones overnight."
    assert coded_in(drones, "2022-10-17") == set()


def test_calling_a_deal_the_largest_investment_is_praise_not_a_charge() -> None:
    text = (
        "CAIRO, Feb 23 (Reuters) - The United Arab Emirates and Egypt signed a $35 billion deal "
        "on Friday to develop the Ras El-Hekma peninsula on Egypt's Mediterranean coast, which "
        "the Egyptian prime minister called the largest foreign direct investment in the "
        "country's history."
    )
    assert coded_in(text, "2024-02-23") == {
        ("egypt", "united arab emirates", "SUPPORT"),
        ("united arab emirates", "egypt", "SUPPORT"),
    }


def test_the_state_that_condemned_an_attack_is_no_target_of_it() -> None:
    text = (
        "BRASILIA, Jan 9 (Reuters) - Police detained some 1,500 rioters on Monday, a day after "
        "they stormed Congress, the Supreme Court and the presidential palace in an attack "
        "condemned by the United States."
    )
    typed = {found for found in coded_in(text, "2023-01-09") if found[2] != "MENTION"}
    assert typed == set()
    assert ("brazil", "united states", "MENTION") in coded_in(text, "2023-01-09")


def test_those_who_planned_a_banned_march_are_its_target() -> None:
    text = (
        "HONG KONG, Aug 30 (Reuters) - Police banned a mass march planned for the weekend by the "
        "Civil Human Rights Front."
    )
    assert coded_in(text, "2019-08-30") == {("hong kong", "civil human rights front", "COERCE")}


def test_a_second_verb_with_the_first_ones_object_is_no_part_of_it() -> None:
    text = (
        "GUATEMALA CITY, Sept 5 (AP) - Nicaragua released 135 political prisoners on Thursday "
        "and flew them to Guatemala, which granted them temporary refuge."
    )
    assert coded_in(text, "2024-09-05") == {("nicaragua", "guatemala", "MENTION")}


def test_a_named_jail_jails_no_one() -> None:
    text = (
        "SANTIAGO (Reuters) - Four Mapuche prisoners held in Chile's Angol jail have been on "
        "hunger strike for 40 days, their lawyer said on Friday."
    )
    assert coded_in(text, "2022-05-20") == set()
