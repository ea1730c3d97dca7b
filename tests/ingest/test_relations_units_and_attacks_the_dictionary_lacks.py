"""A state's unit named without its state ("a day after the rebels attacked a naval
detachment") is that state's, the state itself when the one force named is another service
("Sri Lankan air force jets bombed ..."); and attacks the verb dictionary lacks in their past
forms ("strafed", "mortared", "torpedoed") attack, as "shelled" does."""

from __future__ import annotations

import pytest
from relation_support import coded_in, stored_in


def test_a_unit_of_another_service_is_the_states() -> None:
    text = (
        "COLOMBO (Reuters) - Sri Lankan air force jets bombed a base of the Liberation Tigers "
        "of Tamil Eelam on Tuesday, a day after the rebels attacked a naval detachment in the "
        "northwest."
    )
    found = stored_in(text, "2007-04-24")
    assert ("Liberation Tigers of Tamil Eelam", "ASSAULT", "Sri Lanka") in found
    assert ("Liberation Tigers of Tamil Eelam", "ASSAULT", "Sri Lankan air force") not in found


@pytest.mark.parametrize("verb", ["strafed", "mortared", "torpedoed"])
def test_attacks_the_dictionary_lacks_attack(verb: str) -> None:
    text = f"Philippine army helicopters {verb} New People's Army positions on Thursday."
    assert ("philippines", "new people's army", "ASSAULT") in coded_in(text, "1999-10-14")


def test_a_noun_of_those_weapons_is_no_act() -> None:
    text = "Philippine troops seized mortars and torpedoes from New People's Army rebels."
    # the seizure is read, no attack by the weapons' nouns
    assert coded_in(text, "1999-10-14") == {("philippines", "new people's army", "COERCE")}
