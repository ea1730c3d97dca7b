"""A commission, council or committee named for its topic after "on" or "against" is one
body ("the Inter-American Commission on Human Rights", "the Council on Foreign Relations"),
not a short name and a stray "Human Rights"; a day, a state or a place after "on" is no
part of a body's name ("the Security Council on Monday", "the Security Council on Iran")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_commission_on_a_topic_is_one_body() -> None:
    found = stored_in(
        "The Inter-American Commission on Human Rights accused Nicaragua of torturing prisoners.",
        "2019-06-04",
    )
    assert ("Inter-American Commission on Human Rights", "ACCUSE", "Nicaragua") in found


def test_a_title_word_inside_a_topic_does_not_cut_the_name() -> None:
    found = entities_in(
        "The Council on Foreign Relations hosted Iran's foreign minister in New York.",
        "2019-04-24",
    )
    assert "Council on Foreign Relations" in found
    assert "Relations" not in found


def test_a_commission_against_a_wrong_is_one_body() -> None:
    found = entities_in(
        "Guatemala expelled the head of the International Commission against Impunity in"
        " Guatemala on Sunday.",
        "2018-08-31",
    )
    assert "International Commission against Impunity" in found


def test_guard_a_day_or_a_state_after_on_is_no_part_of_the_name() -> None:
    dated = stored_in("The UN Security Council on Monday condemned Iran.", "2019-06-04")
    assert ("UN Security Council", "ACCUSE", "Iran") in dated
    topic = entities_in("The Security Council on Iran voted to impose sanctions.", "2019-06-04")
    assert "Iran" in topic and not [name for name in topic if name.endswith("on Iran")]


def test_a_commission_between_states_is_no_government() -> None:
    found = entities_in(
        "The Inter-American Commission on Human Rights and the International Commission"
        " against Impunity in Guatemala criticised the ruling on Monday.",
        "2019-01-07",
    )
    assert found["Inter-American Commission on Human Rights"].kind == "organisation"
    assert found["International Commission against Impunity"].kind == "organisation"
    assert entities_in("The Interior Ministry banned the march.", "2019-01-07")[
        "Interior Ministry"
    ].kind == ("government")
