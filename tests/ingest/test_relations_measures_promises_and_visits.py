"""Measures and answers as event coders read them: a raid on a body's offices named by their
city is a raid on the body; aid postponed, withheld or lending halted is aid reduced
(SANCTION), not aid given; a promised "response" is a threat; a storm is no actor; pressing
someone to act is an appeal, and one made on a visit is an event of its own beside the
visit; a priced contract is signed by both sides, a priced loan approved is still aid; a
participle accusing "the emirate" or "the pair" accuses the object it names again; control
of a thing taken "from" its owner coerces the owner."""

from __future__ import annotations

from relation_support import stored_in


def test_a_raid_on_offices_named_by_their_city_is_a_raid_on_their_owner() -> None:
    found = stored_in(
        "Egyptian police raided the Cairo offices of the Muslim Brotherhood on Friday.",
        "2013-07-05",
    )
    assert ("Egyptian police", "COERCE", "Muslim Brotherhood") in found or (
        "Egypt",
        "COERCE",
        "Muslim Brotherhood",
    ) in found


def test_a_loan_postponed_is_aid_reduced_not_given() -> None:
    found = stored_in(
        "The International Monetary Fund postponed a $1.2 billion loan to Pakistan on Tuesday.",
        "2008-11-04",
    )
    assert ("International Monetary Fund", "SANCTION", "Pakistan") in found
    assert not any(kind == "AID" for _, kind, _ in found)


def test_lending_halted_is_aid_reduced_and_lending_resumed_is_aid() -> None:
    halted = stored_in(
        "The World Bank halted new lending to Uganda on Tuesday over a law on gay people.",
        "2014-02-25",
    )
    assert ("World Bank", "SANCTION", "Uganda") in halted
    assert not any(kind == "AID" for _, kind, _ in halted)
    resumed = stored_in("The World Bank resumed lending to Uganda on Tuesday.", "2015-02-25")
    assert ("World Bank", "AID", "Uganda") in resumed


def test_a_loan_approved_is_still_aid() -> None:
    found = stored_in(
        "The International Monetary Fund approved a $1.2 billion loan to Pakistan.",
        "2008-11-04",
    )
    assert ("International Monetary Fund", "AID", "Pakistan") in found


def test_a_promised_response_to_an_expulsion_threatens() -> None:
    found = stored_in(
        "Latvia expelled a Russian diplomat on Friday, and Moscow vowed a tough response.",
        "2019-03-01",
    )
    assert ("Russia", "THREATEN", "Latvia") in found
    assert ("Russia", "AGREE", "Latvia") not in found


def test_a_storm_is_no_actor() -> None:
    found = stored_in(
        "Japan pledged $10 million in emergency aid for victims of Typhoon Haiyan on Monday.",
        "2013-11-11",
    )
    assert not any("Typhoon Haiyan" in (source, target) for source, _, target in found)


def test_a_visit_to_press_a_government_is_a_visit_and_an_appeal() -> None:
    found = stored_in(
        "South African President Thabo Mbeki flew to Abidjan on Sunday to press Ivory "
        "Coast to disarm the militias.",
        "2005-04-03",
    )
    assert ("South Africa", "CONSULT", "Côte d'Ivoire") in found
    assert ("South Africa", "REQUEST", "Côte d'Ivoire") in found


def test_a_priced_contract_signed_with_another_is_signed_by_both() -> None:
    found = stored_in(
        "Siemens signed a $4.5 billion contract with Egypt on Wednesday to build a "
        "high-speed railway.",
        "2021-09-01",
    )
    assert ("Siemens", "SUPPORT", "Egypt") in found
    assert ("Egypt", "SUPPORT", "Siemens") in found


def test_a_priced_loan_approved_stays_aid() -> None:
    found = stored_in(
        "The World Bank approved a $3 billion loan for Ghana on Wednesday.", "2023-05-17"
    )
    assert ("World Bank", "AID", "Ghana") in found


def test_a_participle_accusing_the_object_named_again_by_description() -> None:
    found = stored_in(
        "Bahrain cut diplomatic ties with Qatar on Monday, accusing the emirate of "
        "backing militant groups.",
        "2017-06-05",
    )
    assert ("Bahrain", "SANCTION", "Qatar") in found
    assert ("Bahrain", "ACCUSE", "Qatar") in found


def test_a_participle_accusing_the_people_named_again_by_their_number() -> None:
    found = stored_in(
        "Ethiopian security forces detained two Swedish journalists on Monday, the government "
        "said, accusing the pair of supporting terrorism.",
        "2011-07-04",
    )
    assert ("Ethiopian security forces", "ACCUSE", "Swedish journalists") in found


def test_control_taken_of_a_mine_from_its_owner_coerces_the_owner() -> None:
    found = stored_in(
        "Zambia's government took control of Konkola Copper Mines from Vedanta Resources "
        "on Tuesday.",
        "2019-05-21",
    )
    assert any(kind == "COERCE" and target == "Vedanta Resources" for _, kind, target in found)
    assert not any(target == "Konkola Copper Mines" for _, _, target in found)


def test_control_taken_with_no_one_it_was_taken_from_coerces_no_one() -> None:
    found = stored_in("Elon Musk took control of Twitter on Friday.", "2022-10-28")
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_an_order_to_leave_reaches_a_long_list_of_those_ordered() -> None:
    found = stored_in(
        "Niger ordered 12 foreign aid groups including CARE and Save the Children to leave "
        "the country on Friday.",
        "2024-01-12",
    )
    assert any(kind in ("COERCE", "SANCTION") and target == "CARE" for _, kind, target in found)
    assert not any(kind == "AID" for _, kind, _ in found)
