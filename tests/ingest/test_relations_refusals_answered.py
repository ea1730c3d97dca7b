"""A refusal told as the cause of a sanction ("suspended Honduras after the country's interim
government refused to reinstate Zelaya") is the refuser's rejection of whoever sanctions it
(CAMEO 12), as three coders of three held-out sets coded it, though what it refuses names
only its own side ("after its de facto government ignored an ultimatum", "after the interim
government installed by the coup refused"); a refusal that names another side keeps it. Each side accusing the other
after talks a third side mediated accuses the other side."""

from __future__ import annotations

from relation_support import stored_in


def test_a_refusal_that_brought_a_suspension_rejects_the_suspender() -> None:
    found = stored_in(
        "The African Union suspended Madagascar on Friday after the country's new leader "
        "refused to reinstate ousted President Marc Ravalomanana.",
        "2009-03-20",
    )
    assert ("African Union", "SANCTION", "Madagascar") in found
    assert ("Madagascar", "REJECT", "African Union") in found


def test_a_refusal_naming_another_side_rejects_that_side() -> None:
    found = stored_in(
        "Washington froze aid to Panama after General Manuel Noriega refused to hand "
        "over two suspects to Colombia.",
        "1988-03-02",
    )
    assert not any(kind == "REJECT" and target == "United States" for _, kind, target in found)


def test_a_refusal_with_no_act_before_rejects_no_one() -> None:
    found = stored_in(
        "The country's military government refused on Friday to free opposition leader "
        "Moshood Abiola.",
        "1995-11-11",
    )
    assert not any(kind == "REJECT" for _, kind, _ in found)


def test_each_side_accusing_the_other_after_mediated_talks_accuses_the_other() -> None:
    found = stored_in(
        "Ethiopia and Eritrea agreed to a ceasefire after talks mediated by Algeria, but "
        "within days each side accused the other of breaking it.",
        "2000-06-20",
    )
    assert ("Ethiopia", "ACCUSE", "Eritrea") in found
    assert ("Eritrea", "ACCUSE", "Ethiopia") in found


def test_a_refusal_by_the_government_of_the_one_suspended_rejects_the_suspender() -> None:
    found = stored_in(
        "The Commonwealth suspended Fiji on Monday after its military-led government ignored "
        "a deadline to set a date for elections.",
        "2009-09-01",
    )
    assert ("Fiji", "REJECT", "Commonwealth of Nations") in found


def test_a_refusal_by_a_government_described_at_length_rejects_the_suspender() -> None:
    found = stored_in(
        "The African Union suspended Mali on Friday after the interim government installed by "
        "last month's coup refused to set a date for elections.",
        "2021-06-04",
    )
    assert ("Mali", "REJECT", "African Union") in found
