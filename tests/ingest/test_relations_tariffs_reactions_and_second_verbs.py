"""Trade measures, reactions in the passive and second verbs: an event that dates the news
("since the Russian invasion") is no act and its state no party; hitting back with tariffs
is the tariffs; tariffs dropped are eased, objections dropped are not; a tariff on imports
of "Chinese-made" goods is aimed at China, while "Iranian-made drones" shot down are no
Iran's; calling a deal "the largest foreign direct investment" is no charge; the state that
condemned an attack is no target of it, while those who planned a banned march are; a
second verb with the first one's object ("and flew them to Guatemala") is no part of it;
a named jail jails no one. Deliveries withheld cut ties back; a bomb "planted by" a group is
its attack; a truce still sought is no act; a complaint lodged "with" a body over an act
accuses the act's author; a reprisal vowed with no one named threatens the attacker."""

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


def test_deliveries_withheld_cut_ties_back() -> None:
    text = (
        "WASHINGTON, Oct 9 (Reuters) - The United States said on Wednesday it was withholding "
        "deliveries of tanks, fighter jets and $260 million in cash aid to Egypt until the "
        "army-backed government makes progress toward democracy."
    )
    assert coded_in(text, "2013-10-09") == {("united states", "egypt", "SANCTION")}


def test_a_bomb_planted_by_a_group_is_its_attack_not_one_on_it() -> None:
    text = (
        "KIRKUK, Iraq (Reuters) - Nine Iraqi federal police officers were killed on Sunday by a "
        "roadside bomb planted by Islamic State militants south of Kirkuk, security sources said."
    )
    assert coded_in(text, "2022-12-18") == {("islamic state", "iraq", "ASSAULT")}


def test_a_truce_and_a_release_still_sought_are_no_acts() -> None:
    text = (
        "CAIRO (Reuters) - Egyptian mediators held separate meetings with Israeli and Hamas "
        "delegations in Cairo on Tuesday in an effort to broker a six-week truce in Gaza and a "
        "release of hostages, two Egyptian security sources said."
    )
    assert coded_in(text, "2024-02-13") == {
        ("egypt", "israel", "CONSULT"),
        ("egypt", "hamas", "CONSULT"),
    }


def test_a_complaint_lodged_with_a_body_accuses_the_acts_author() -> None:
    text = (
        "DAMASCUS (Reuters) - Israeli missiles struck Damascus international airport early on "
        "Friday, and Syria's foreign ministry lodged a formal complaint with the U.N. Security "
        "Council over the attack."
    )
    assert coded_in(text, "2022-06-10") == {
        ("israel", "syria", "ASSAULT"),
        ("syria", "israel", "ACCUSE"),
    }
    duties = (
        "CANBERRA (Reuters) - Australia lodged a formal complaint with the World Trade "
        "Organization on Saturday over anti-dumping duties imposed by China on Australian wine."
    )
    assert coded_in(duties, "2021-06-19") == {("australia", "china", "ACCUSE")}


def test_a_complaint_with_a_body_over_no_ones_act_stays_with_the_body() -> None:
    text = "KYIV (Reuters) - Ukraine filed a complaint with the United Nations over Crimea."
    assert coded_in(text, "2014-03-20") == {("ukraine", "united nations", "ACCUSE")}


def test_a_reprisal_vowed_with_no_one_named_threatens_the_attacker() -> None:
    text = (
        "DAMASCUS, April 1 (Reuters) - The consular building next to Iran's embassy in Damascus "
        "was destroyed by Israeli warplanes on Monday, killing seven members of the "
        "Revolutionary Guards, and Tehran vowed to retaliate."
    )
    assert coded_in(text, "2024-04-01") == {
        ("israel", "iran", "ASSAULT"),
        ("iran", "israel", "THREATEN"),
    }
