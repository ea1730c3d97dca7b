"""Power seized in a coup ("after armed forces chief X seized power in a bloodless coup") is
no act on anyone the sentence names, as event coders code it: the states that answer it
with sanctions keep their own act."""

from __future__ import annotations

from relation_support import stored_in


def test_a_coup_leader_seizing_power_attacks_no_one_named() -> None:
    found = stored_in(
        "The European Union froze aid to Niger on Friday after General Abdourahamane Tiani "
        "seized power in a coup.",
        "2023-07-29",
    )
    assert ("European Union", "SANCTION", "Niger") in found
    assert not [row for row in found if row[0] == "Abdourahamane Tiani"]
