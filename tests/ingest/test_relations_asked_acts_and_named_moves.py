"""Who an asked-for act's request is made of, who names a move, and whose protest a note is
(set 41a, read):

- "at the request of a Spanish judge" asks the doer of the clause it belongs to ("after London
  police arrested Pinochet at the request of"), not the sentence's first name;
- "a deployment the main opposition group Al Wefaq denounced", "a move a Chinese government
  official denounced": the one who names the act charges its doer;
- a state's "formal protest" is its complaint, no crowd's protest against police;
- "its Gulf allies" names no actor "Gulf".
"""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_request_asks_the_doer_of_its_own_clause() -> None:
    found = stored_in(
        "Argentina lodged a formal protest with Spain on Friday after Madrid police arrested"
        " former navy officer Adolfo Scilingo at the request of a French judge.",
        "1997-10-10",
    )
    requests = {(row[0], row[2]) for row in found if row[1] == "REQUEST"}
    assert requests == {("French judge", "Madrid police")}, found


def test_a_formal_protest_is_no_crowds_protest() -> None:
    found = stored_in(
        "Argentina lodged a formal protest with Spain on Friday after Madrid police arrested"
        " former navy officer Adolfo Scilingo.",
        "1997-10-10",
    )
    assert not [row for row in found if row[1] == "PROTEST"], found


def test_a_deployment_a_group_denounced_is_its_charge() -> None:
    found = stored_in(
        "Russian troops crossed into Kazakhstan on Thursday, a deployment the main opposition"
        " party Ak Zhol denounced as an occupation.",
        "2022-01-06",
    )
    assert [row for row in found if row[0] == "Ak Zhol" and row[1] == "ACCUSE"], found


def test_a_move_an_official_denounced_is_the_officials_states_charge() -> None:
    found = stored_in(
        "Facebook blocked news pages in Australia on Thursday, a move an Australian government"
        " official denounced as arrogant.",
        "2021-02-18",
    )
    assert [row for row in found if row[1] == "ACCUSE" and row[2] == "Facebook"], found


def test_gulf_allies_are_no_actor() -> None:
    found = entities_in(
        "Saudi Arabia and its Gulf allies began air strikes against Houthi fighters on Thursday.",
        "2015-03-26",
    )
    assert "Gulf" not in found


def test_a_ceasefire_appealed_for_with_two_modifiers_is_asked_of_both_sides() -> None:
    found = stored_in(
        "U.N. Secretary-General Antonio Guterres appealed for an immediate humanitarian "
        "ceasefire between Israel and Hamas.",
        "2023-12-06",
    )
    assert {
        ("United Nations", "REQUEST", "Israel"),
        ("United Nations", "REQUEST", "Hamas"),
    } <= found
    assert not any(kind == "RETREAT" for _, kind, _ in found)


def test_a_protest_note_handed_to_an_envoy_is_a_states_complaint() -> None:
    found = stored_in("Kuwait handed Iraq's ambassador a protest note on Sunday.", "2023-09-10")
    assert ("Kuwait", "ACCUSE", "Iraq's ambassador") in found  # an office of Iraq
    assert not any(kind == "PROTEST" for _, kind, _ in found)
