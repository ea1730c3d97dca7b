"""Police no name gives a state act for the dateline's state as the agent of a passive
whatever adjective they carry ("was captured by anti-terrorist police"), and as the subject
of what a speaker says ("Fujimori said that police had captured Guzman"); "the heaviest
blow yet dealt to the guerrillas" is a figure for the arrest, no help given."""

from __future__ import annotations

import pytest
from relation_support import coded_in


@pytest.mark.parametrize(
    "text",
    [
        "LIMA (Reuters) - Abimael Guzman, founder of the Shining Path, was captured by "
        "anti-terrorist police in a raid on Saturday.",
        "LIMA (Reuters) - President Alberto Fujimori said on Sunday that police had captured "
        "Shining Path founder Abimael Guzman, calling the arrest the heaviest blow yet dealt "
        "to the guerrillas.",
    ],
)
def test_police_unnamed_are_the_datelines_state(text: str) -> None:
    found = coded_in(text, "1992-09-13")
    assert ("peru", "shining path", "COERCE") in found
    assert not any(kind == "SUPPORT" for _, _, kind in found)
