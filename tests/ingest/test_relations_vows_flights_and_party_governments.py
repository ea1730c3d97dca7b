"""Acts that go on, journeys to come, clauses after a condition, governments named by their
party and goods sent in the passive: "keep targeting" is the targeting itself, so a vow to
keep at it threatens; a minister who "would fly to Washington for talks" intends to meet;
", and Mexico's foreign minister said" after an "unless" clause is a clause of its own, no
part of the condition; "the Socialist government" in a story filed from Lisbon is Portugal's;
rice "shipped to Cuba by China" is China's aid to Cuba, while migrants sent somewhere are
no aid; meeting a body's leaders is a meeting of both sides; a visit by an envoy meets the
leader of the clause, who hosts it; a union's strike with no target named, introduced as a
state's ("South Korea's largest umbrella union, the KCTU"), is against that state; talks a
visitor came "for" are the visitor's, not the place's it visited; what "the two leaders"
demand of a third party is aimed at it, while what they sign is each with the other."""

from __future__ import annotations

from relation_support import coded_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def test_a_vow_to_keep_targeting_ships_linked_to_a_state_threatens_it() -> None:
    text = (
        "SANAA (Reuters) - Yemen's Houthi movement said on Monday it had fired missiles at a "
        "Greek-owned bulk carrier in the Red Sea, and vowed to keep targeting ships linked to "
        "Israel until the war in Gaza ends."
    )
    assert coded_in(text, "2024-06-10") == {
        ("houthis", "greece", "ASSAULT"),
        ("houthis", "israel", "THREATEN"),
    }


def test_shelling_resumed_is_shelling() -> None:
    text = "KYIV (Reuters) - Russian forces resumed shelling Kharkiv on Monday, officials said."
    assert coded_in(text, "2022-05-02") == {("russia", "ukraine", "ASSAULT")}


def test_a_minister_who_would_fly_somewhere_for_talks_intends_to_meet() -> None:
    text = (
        "WASHINGTON, May 30 (Reuters) - President Donald Trump threatened on Thursday to slap a "
        "5 percent tariff on all goods from Mexico unless it stems the flow of illegal "
        "immigrants, and Mexico's foreign minister said he would fly to Washington for talks."
    )
    assert coded_in(text, "2019-05-30") == {
        ("united states", "mexico", "THREATEN"),
        ("mexico", "united states", "AGREE"),
    }


def test_flying_in_from_somewhere_meets_no_one_there() -> None:
    text = (
        "SANTIAGO (AP) - Former Peruvian President Alberto Fujimori was arrested by Chilean "
        "police on Monday hours after flying in from Japan, at the request of Peru."
    )
    assert coded_in(text, "2005-11-07") == {("chile", "peru", "COERCE")}


def test_a_government_named_by_its_party_is_the_state_filed_from() -> None:
    text = (
        "LISBON (Reuters) - Portugal's far-right Chega party on Wednesday accused the Socialist "
        "government of covering up mismanagement at state airline TAP."
    )
    assert coded_in(text, "2023-04-19") == {("chega", "portugal", "ACCUSE")}
    found = extract(RawArticle("", text, date="2023-04-19"), "lisbon")
    government = next(e for e in found.entities if e.name == "Socialist government")
    assert government.affiliation == "portugal"


def test_goods_shipped_in_the_passive_are_the_senders_aid() -> None:
    text = (
        "HAVANA (Reuters) - More than 1,000 tonnes of rice were shipped to Cuba by China on "
        "Thursday as a donation to ease food shortages, state media said."
    )
    assert coded_in(text, "2024-03-14") == {("china", "cuba", "AID")}


def test_migrants_sent_somewhere_are_no_aid() -> None:
    text = "LONDON (Reuters) - The first migrants were sent to Rwanda by Britain on Tuesday."
    assert coded_in(text, "2024-07-02") == {("rwanda", "united kingdom", "MENTION")}


def test_meeting_a_bodys_leaders_is_a_meeting_of_both() -> None:
    text = (
        "BELGRADE, March 15 (Reuters) - Serbia's president met leaders of the opposition "
        "Alliance for Serbia on Friday for the first time in two years, the presidency said."
    )
    assert coded_in(text, "2019-03-15") == {
        ("serbia", "alliance for serbia", "CONSULT"),
        ("alliance for serbia", "serbia", "CONSULT"),
    }


def test_meeting_dissidents_from_a_state_is_no_meeting_with_it() -> None:
    text = "LIMA (Reuters) - Peru's president met dissidents from Cuba on Friday."
    assert coded_in(text, "2019-03-15") == {("peru", "cuba", "CONSULT")}


def test_a_visit_by_an_envoy_meets_the_leader_who_hosts_it() -> None:
    text = (
        "COLOMBO (Reuters) - Sri Lanka's president asked China on Sunday to restructure the "
        "island's debt repayments during a visit by the Chinese foreign minister."
    )
    assert coded_in(text, "2022-01-09") == {
        ("sri lanka", "china", "REQUEST"),
        ("china", "sri lanka", "CONSULT"),
    }


def test_a_visit_during_an_attack_meets_no_one_the_attacker_named() -> None:
    text = "GAZA (Reuters) - Israel shelled Gaza during a visit by the Egyptian foreign minister."
    assert coded_in(text, "2022-01-09") == {("israel", "palestine", "ASSAULT")}


def test_a_unions_strike_with_no_target_named_is_against_its_own_state() -> None:
    text = (
        "SEOUL, Dec 4 (Reuters) - South Korea's largest umbrella union, the Korean Confederation "
        "of Trade Unions, launched an indefinite general strike on Wednesday to demand the "
        "resignation of the president."
    )
    assert coded_in(text, "2024-12-04") == {
        ("korean confederation of trade unions", "south korea", "PROTEST")
    }


def test_a_protest_told_by_a_foreign_envoy_is_not_against_the_envoys_state() -> None:
    text = "WARSAW (Reuters) - Ukraine's ambassador said Polish farmers staged a protest."
    assert {found for found in coded_in(text, "2024-02-09") if found[2] != "MENTION"} == set()


def test_talks_a_visitor_came_for_are_the_visitors() -> None:
    text = (
        "BAGHDAD (Reuters) - Turkey's foreign minister visited Baghdad on Thursday for talks "
        "with Iraqi Prime Minister Mohammed Shia al-Sudani, and the two governments agreed to "
        "work together against Kurdish PKK militants."
    )
    assert coded_in(text, "2024-03-14") == {
        ("turkey", "iraq", "CONSULT"),
        ("iraq", "turkey", "CONSULT"),
        ("turkey", "iraq", "AGREE"),
        ("iraq", "turkey", "AGREE"),
    }


def test_what_the_two_sides_demand_of_a_third_is_aimed_at_it() -> None:
    text = (
        "AQABA, Jordan, Jan 10 (Reuters) - Jordan's King Abdullah hosted Egyptian President "
        "Abdel Fattah al-Sisi on Wednesday, and the two leaders demanded that Israel immediately "
        "halt its offensive in Gaza."
    )
    assert coded_in(text, "2024-01-10") == {
        ("jordan", "egypt", "CONSULT"),
        ("jordan", "israel", "REQUEST"),
        ("egypt", "israel", "REQUEST"),
    }


def test_what_the_two_sides_sign_is_still_each_with_the_other() -> None:
    text = "MOSCOW (Reuters) - Xi met Putin in Moscow, and the two leaders signed 14 agreements."
    assert coded_in(text, "2023-03-21") == {
        ("china", "russia", "CONSULT"),
        ("russia", "china", "CONSULT"),
        ("china", "russia", "SUPPORT"),
        ("russia", "china", "SUPPORT"),
    }
