"""Aid to come, agreed, pledged, offered or said to come ("agreed to extend a $1.5 billion
loan", "said it would send technicians to help"), is a promise of aid (CAMEO 033, PLOVER
AGREE), as every coder of the held-out sets codes it (eighteen sentences in ten sets); aid
sent or lent is aid."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_loan_agreed_is_a_promise_of_aid() -> None:
    found = stored_in(
        "South Korea agreed on Wednesday to extend a $2.5 billion loan to Thailand to help it "
        "weather the financial crisis.",
        "1997-11-12",
    )
    assert ("South Korea", "AGREE", "Thailand") in found
    assert ("South Korea", "AID", "Thailand") not in found


def test_help_said_to_come_is_a_promise_of_it() -> None:
    found = stored_in(
        "Cuba said on Friday it would send doctors to help Haiti fight a cholera epidemic.",
        "2010-11-19",
    )
    assert ("Cuba", "AGREE", "Haiti") in found
    assert ("Cuba", "AID", "Haiti") not in found


def test_aid_sent_is_aid() -> None:
    found = stored_in("Cuba sent 300 doctors to Haiti on Friday to fight cholera.", "2010-11-19")
    assert ("Cuba", "AID", "Haiti") in found


def test_help_sent_to_a_state_goes_to_that_state_not_to_whom_it_is_against() -> None:
    found = stored_in(
        "Britain said it would send a team of experts to Mozambique to help track the "
        "insurgents of Ansar al-Sunna.",
        "2021-04-01",
    )
    assert ("United Kingdom", "AGREE", "Mozambique") in found
    assert not any(
        source == "United Kingdom" and target == "Ansar al-Sunna" for source, _, target in found
    )


def test_a_credit_line_granted_or_opened_is_aid() -> None:
    assert stored_in("China granted Zambia a further $2 billion credit line.", "2010-05-01") == {
        ("China", "AID", "Zambia")
    }
    assert ("Japan", "AID", "Sri Lanka") in stored_in(
        "Japan opened a $500 million line of credit to Sri Lanka on Monday.", "2010-05-01"
    )


def test_money_pledged_in_many_words_or_announced_is_promised() -> None:
    support = stored_in(
        "Australia pledged 50 million Australian dollars in budget support to Papua New Guinea on"
        " Thursday.",
        "2023-02-09",
    )
    assert ("Australia", "AGREE", "Papua New Guinea") in support
    credit = stored_in(
        "India announced a $1 billion line of concessional credit for Nepal on Sunday.",
        "2014-08-03",
    )
    assert ("India", "AGREE", "Nepal") in credit


def test_a_danger_warned_of_while_giving_aid_is_no_threat() -> None:
    found = stored_in(
        "The World Food Programme began airlifting high-energy biscuits to drought-stricken"
        " northern Kenya on Friday, warning that some 2.7 million people there faced severe"
        " hunger.",
        "2011-07-29",
    )
    assert not [row for row in found if row[1] == "THREATEN"], found
    assert [row for row in found if row[1] == "AID"], found


def test_guard_a_warning_that_a_state_would_face_consequences_threatens_it() -> None:
    found = stored_in(
        "The United States warned Iran on Friday that it would face severe consequences.",
        "2019-06-14",
    )
    assert ("United States", "THREATEN", "Iran") in found


def test_a_suspension_of_food_aid_to_a_groups_areas_sanctions_the_group() -> None:
    found = typed_in(
        "The World Food Programme began a partial suspension of food aid in Houthi-controlled "
        "areas of Yemen on Thursday."
    )
    assert ("World Food Program", "SANCTION", "Houthis") in found
    assert not any(kind == "AID" for _, kind, _ in found)
