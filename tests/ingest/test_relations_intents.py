"""What is asked, wished and done by each: an act asked for is not done, a wish to act is an
intent, an act of a group ("X and Y met") is done by each of them, and a closing speaker's
description is no party.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_an_act_asked_for_forced_or_refused_is_not_done() -> None:
    assert _typed(
        "The European Union urged Serbia to free the detained journalists of Kosovo."
    ) == {("European Union", "REQUEST", "Serbia")}
    assert _typed("Peru is asking Chile to help Bolivia.") == {("Peru", "REQUEST", "Chile")}
    assert ("Canada", "ASSAULT", "Cuba") not in _typed(
        "Canada faces pressure from Mexico to attack Cuba."
    )
    assert _typed("Sweden said it would not give permission to Norway to supply Finland.") == {
        ("Sweden", "REJECT", "Norway")
    }


def test_an_act_not_asked_for_after_a_request_is_still_done() -> None:
    # The infinitive of a purpose, far from any request, is read as before.
    assert ("Chile", "AID", "Peru") in _typed("Chile sent doctors to help Peru after the quake.")


def test_a_wish_or_plan_to_act_is_an_intent() -> None:
    found = links_in("Vietnam hopes to strengthen its cooperation with Australia.")
    assert [(x.source, x.type, x.target, x.summary) for x in found] == [
        ("Vietnam", "AGREE", "Australia", "hopes to strengthen its cooperation")
    ]
    assert _typed("Kenya plans to attack Somalia.") == {("Kenya", "THREATEN", "Somalia")}
    # A commitment keeps the act committed to: "agreed to lift" is the lifting.
    assert _typed("Canada has agreed to lift the sanctions on Cuba.") == {
        ("Canada", "RETREAT", "Cuba")
    }


def test_a_group_that_meets_or_agrees_does_it_each_with_the_other() -> None:
    assert _typed("Chile and Argentina met on Monday.") == {
        ("Chile", "CONSULT", "Argentina"),
        ("Argentina", "CONSULT", "Chile"),
    }
    assert _typed("Japan and India are seeking to expand their cooperation.") == {
        ("Japan", "AGREE", "India"),
        ("India", "AGREE", "Japan"),
    }
    # One subject and one object: a meeting is still had by both, as event coders code it.
    assert _typed("Chile met Argentina on Monday.") == {
        ("Chile", "CONSULT", "Argentina"),
        ("Argentina", "CONSULT", "Chile"),
    }
    assert _typed("Chile accused Argentina on Monday.") == {("Chile", "ACCUSE", "Argentina")}
    # A stance holds both ways already: stored once.
    assert len(_typed("Iran and Russia are rivals.")) == 1


def test_a_closing_speakers_description_is_no_party() -> None:
    found = _typed(
        "Ghana and Togo signed a trade pact, US Deputy Secretary of State John Smith said on"
        " Tuesday."
    )
    assert ("Ghana", "SUPPORT", "Togo") in found  # signing a formal agreement: CAMEO 057
    assert all("United States" not in (source, target) for source, _, target in found)


def test_a_verbs_own_object_pattern_wins_over_a_nearer_borrowed_one() -> None:
    # "expand ... cooperation" is written for "expand"; "military" alone for "increase".
    assert _typed("Russia wants to expand its military cooperation with Serbia.") == {
        ("Russia", "AGREE", "Serbia")
    }


def test_refusing_to_restore_ties_rejects_them() -> None:
    found = links_in("Saudi Arabia refused to restore diplomatic ties with Iran.")
    assert [(x.source, x.type, x.target, x.negated) for x in found] == [
        ("Saudi Arabia", "REJECT", "Iran", False)
    ]


def test_a_speaker_named_again_in_what_is_said_is_its_object_there() -> None:
    assert _typed("Officials in Kabul said Pakistan had shelled Afghan border villages.") == {
        ("Pakistan", "ASSAULT", "Afghanistan")
    }


def test_a_threat_to_act_is_a_threat_whatever_the_act() -> None:
    assert _typed("Serbia threatened to cut off gas supplies to Kosovo.") == {
        ("Serbia", "THREATEN", "Kosovo")
    }


def test_a_group_that_clashes_fights_each_other() -> None:
    assert _typed("Indian troops and Chinese soldiers clashed along the disputed border.") == {
        ("Indian troops", "ASSAULT", "Chinese soldiers"),
        ("Chinese soldiers", "ASSAULT", "Indian troops"),
    }


def test_a_threat_is_aimed_at_whoever_its_condition_names() -> None:
    assert _typed("Peru warned that it would use force if Chile attacked it.") == {
        ("Peru", "THREATEN", "Chile")
    }
    found = _typed(
        "Iran's president threatened on Sunday to close the strait unless Britain and France"
        " released the tanker."
    )
    assert {
        ("Iran's president", "THREATEN", "United Kingdom"),
        ("Iran's president", "THREATEN", "France"),
    } <= found
    # A condition without a threat threatens no one.
    found = _typed("Peru will sign the treaty if Chile agrees.")
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_a_warning_that_ones_forces_could_strike_is_a_threat_not_an_attack() -> None:
    found = _typed(
        "Indian Prime Minister Narendra Modi warned on Friday that New Delhi could strike"
        " Pakistan 'at a time of its choosing'."
    )
    assert ("India", "THREATEN", "Pakistan") in found
    assert ("India", "ASSAULT", "Pakistan") not in found


def test_a_cooperative_act_to_come_is_an_intent_whoever_tells_it() -> None:
    """No speaker named ("its foreign ministry said"), the act still is yet to happen."""
    assert _typed(
        "Eritrea will free 40 Ethiopian prisoners of war next week, its information ministry "
        "said on Monday."
    ) == {("Eritrea", "AGREE", "Ethiopia")}
    assert ("Japan", "AGREE", "Iran") in _typed(
        "Japan will lift its freeze on loans to Iran once the deal takes effect."
    )
    # a meeting to come is told as the meeting, and a hostile measure as taken
    assert ("Chile", "CONSULT", "Peru") in _typed("Chile will hold talks with Peru in Lima.")
    assert ("Russia", "SANCTION", "Estonia's ambassador") in _typed(
        "Russia will expel Estonia's ambassador, the foreign ministry said."
    )


def test_help_accepted_is_agreed_with_its_giver() -> None:
    assert _typed("Indonesia accepted Australian aid after the tsunami.") == {
        ("Indonesia", "AGREE", "Australia")
    }
    found = _typed(
        "Both the Philippine government and the Moro Islamic Liberation Front accepted "
        "Malaysian help."
    )
    assert ("Moro Islamic Liberation Front", "AGREE", "Malaysia") in found
    assert not any(kind == "AID" for _, kind, _ in found)
