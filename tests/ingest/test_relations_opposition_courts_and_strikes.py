"""Domestic news as coders read it: a sacked officer is no longer the state's; the police a
passive names after "hundreds of armed" are the state's, and an apposition that describes
the subject ("the businessman who won ...") leaves it the subject; "the government" charged
"of a cover-up" is the state named before; strikes called by two parties are both parties'
protest, and the ruler who bows to them concedes to each; a court that orders someone to
serve years coerces; a ruling denounced "by his" foundation is the foundation's charge; an
alliance that breaks off all contact sanctions, its own noun allies no one; sanctions
prepared are a threat; a march banned after police do so is the planners'; two people "of
the Demosisto party" are both its members."""

from __future__ import annotations

from relation_support import coded_in, entities_in, stored_in


def test_a_sacked_officer_is_no_longer_the_states() -> None:
    text = (
        "JAKARTA (Reuters) - Indonesian police arrested sacked deputy prime minister Hadi "
        "Sutanto at his home on Monday."
    )
    assert entities_in(text, "1999-09-20")["Hadi Sutanto"].affiliation is None
    assert coded_in(text, "1999-09-20") == {("indonesia", "hadi sutanto", "COERCE")}


def test_police_counted_and_armed_are_a_passives_agent() -> None:
    text = "ACCRA (Reuters) - Kwame Asante was arrested by hundreds of armed police on Thursday."
    assert coded_in(text, "1994-06-23") == {("ghana", "kwame asante", "COERCE")}


def test_a_describing_apposition_leaves_the_subject_before_it() -> None:
    text = (
        "ACCRA (Reuters) - Kwame Asante, the businessman who won Ghana's annulled election, was "
        "arrested by police on Thursday."
    )
    assert coded_in(text, "1994-06-23") == {("ghana", "kwame asante", "COERCE")}


def test_the_government_charged_with_a_cover_up_is_the_state_named_before() -> None:
    text = (
        "DHAKA (Reuters) - The Bangladeshi Interior Ministry blamed militants for the bombing, "
        "but the Bangladesh Nationalist Party accused the government of a cover-up."
    )
    assert ("bangladesh nationalist party", "bangladesh", "ACCUSE") in coded_in(text, "2005-08-18")


def test_strikes_called_by_two_parties_are_both_parties_protest() -> None:
    text = (
        "KATHMANDU (Reuters) - King Gyanendra agreed to reinstate parliament, bowing to weeks of "
        "general strikes called by the Nepali Congress and the Communist Party of Nepal."
    )
    assert coded_in(text, "2006-04-24") == {
        ("nepal", "nepali congress", "CONCEDE"),
        ("nepal", "communist party of nepal", "CONCEDE"),
        ("nepali congress", "nepal", "PROTEST"),
        ("communist party of nepal", "nepal", "PROTEST"),
    }


def test_an_opposition_candidate_is_no_member_of_a_union_of_states() -> None:
    text = (
        "BANJUL (AFP) - Gambian President Yahya Jammeh rejected the result of the election won "
        "by opposition candidate Adama Barrow, a move condemned by the African Union."
    )
    assert entities_in(text, "2016-12-10")["Adama Barrow"].affiliation == "gambian-opposition"
    assert coded_in(text, "2016-12-10") == {
        ("african union", "gambia", "ACCUSE"),
        ("gambia", "gambia opposition", "REJECT"),
    }


def test_a_court_that_orders_years_served_coerces() -> None:
    text = (
        "MINSK (Reuters) - A Minsk court ordered opposition leader Maria Kolesnikova on Monday "
        "to serve 11 years in prison."
    )
    assert stored_in(text, "2021-09-06") == {("Minsk court", "COERCE", "Maria Kolesnikova")}


def test_a_ruling_denounced_by_his_foundation_is_its_charge() -> None:
    text = (
        "MOSCOW (Reuters) - A Moscow court jailed Alexei Navalny on Tuesday, a ruling denounced "
        "as political revenge by his Anti-Corruption Foundation."
    )
    assert ("anti corruption foundation", "russia", "ACCUSE") in coded_in(text, "2021-02-02")


def test_an_alliance_that_breaks_off_contact_sanctions() -> None:
    text = (
        "KHARTOUM (Reuters) - The opposition Forces of Freedom and Change alliance broke off all "
        "contact with Sudan's military rulers on Monday."
    )
    assert coded_in(text, "2019-06-03") == {("forces of freedom and change", "sudan", "SANCTION")}


def test_an_alliance_between_two_states_is_still_one() -> None:
    # a guard: read so before
    text = "The Iran-Russia alliance is a dangerous development, the minister said."
    assert stored_in(text, "2023-10-28") == {("Russia", "ALLY", "Iran")}


def test_sanctions_prepared_are_a_threat() -> None:
    text = (
        "BRUSSELS (Reuters) - European Union ministers agreed on Friday to prepare sanctions "
        "against Belarusian officials."
    )
    assert coded_in(text, "2020-08-14") == {("european union", "belarus", "THREATEN")}


def test_a_march_banned_by_police_is_its_planners() -> None:
    text = (
        "HONG KONG (Reuters) - Police arrested two activists on Friday, a day after police "
        "banned a march planned for the weekend by the Civil Human Rights Front."
    )
    assert coded_in(text, "2019-08-30") == {("hong kong", "civil human rights front", "COERCE")}


def test_two_people_of_a_party_are_both_its_members() -> None:
    text = (
        "HONG KONG (Reuters) - Hong Kong police arrested Joshua Wong and Agnes Chow of the "
        "Demosisto party on Friday."
    )
    entities = entities_in(text, "2019-08-30")
    assert entities["Joshua Wong"].affiliation == entities["Agnes Chow"].affiliation == "demosisto"


def test_a_former_leader_who_leads_the_opposition_is_its() -> None:
    text = (
        "DHAKA (Reuters) - Bangladeshi police arrested Khaleda Zia, the former prime minister and "
        "leader of the opposition Bangladesh Nationalist Party, at her home on Monday."
    )
    assert entities_in(text, "2007-09-03")["Khaleda Zia"].affiliation == (
        "bangladesh-nationalist-party"
    )
    assert coded_in(text, "2007-09-03") == {
        ("bangladesh", "bangladesh nationalist party", "COERCE")
    }


def test_arms_sales_suspended_are_sanctioned_not_given() -> None:
    text = "WASHINGTON (Reuters) - President George Bush suspended all U.S. arms sales to China."
    assert coded_in(text, "1989-06-05") == {("united states", "china", "SANCTION")}
