"""A count that opens a sentence ("Eleven suspected members of ...", "Twenty Kurdish rebels")
is no name: the people counted are named after it, or not at all."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_count_word_opening_a_sentence_is_no_actor() -> None:
    text = (
        "Eleven suspected members of Algeria's Armed Islamic Group were arrested by French"
        " police in raids in Paris on Wednesday."
    )
    assert "Eleven" not in entities_in(text, "1995-11-08")
    assert ("French police", "COERCE", "Armed Islamic Group") in stored_in(text, "1995-11-08")


def test_a_group_counted_at_the_start_is_named_without_the_count() -> None:
    found = entities_in(
        "Twenty Kurdish rebels were killed by Turkish troops near the Iraqi border.", "1995-11-08"
    )
    assert "Kurdish rebels" in found
    assert not [name for name in found if name.startswith("Twenty")]
    counted = entities_in("Two Karen rebels were captured by Burmese troops.", "1995-11-08")
    assert "Karen rebels" in counted


def test_a_count_of_a_group_leaves_the_group_named_without_it() -> None:
    found = entities_in("Hundreds of Karen rebels surrendered to Burmese troops.", "1995-01-27")
    assert found["Karen rebels"].kind == "armed_group"
    assert not [name for name in found if "of" in name.split()]


def test_separatists_named_by_a_people_are_a_group() -> None:
    found = entities_in(
        "DHAKA (Reuters) - The army accused Chittagong separatists of attacking a convoy.",
        "1995-01-27",
    )
    assert found["Chittagong separatists"].kind == "armed_group"
