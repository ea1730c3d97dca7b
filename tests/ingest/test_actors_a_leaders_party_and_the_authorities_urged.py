"""A party named after its leader's possessive, once the leader was named ("Diallo's Union
of Democratic Forces of Guinea"), is the party, not a name with "Diallo's" in it; and "the
authorities" a foreign state urges, in a story filed from another state, are that state's
("CONAKRY - ... France urged the authorities to respect the right to protest")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_party_after_its_leaders_possessive_is_the_party() -> None:
    found = entities_in(
        "Police in Dakar detained opposition leader Ousmane Sonko on Friday. Sonko's Party of"
        " African Patriots said the arrest was illegal.",
        "2023-07-28",
    )
    assert "Party of African Patriots" in found
    assert not any(name.startswith("Sonko's") for name in found)


def test_the_authorities_urged_by_a_foreign_state_are_the_datelines() -> None:
    found = stored_in(
        "BAMAKO, 3 May 2024 - Soldiers detained two opposition politicians on Friday.\n\n"
        "Germany urged the authorities to release them.",
        "2024-05-03",
    )
    assert ("Germany", "REQUEST", "Mali") in found


def test_the_authorities_of_a_state_named_as_an_object_stay_that_states() -> None:
    found = stored_in(
        "ABUJA, 3 May 2024 - ECOWAS lifted its sanctions on Niger on Saturday and called on"
        " the military rulers in Niamey to set a timetable for elections.",
        "2024-05-03",
    )
    assert ("ECOWAS", "REQUEST", "Niger") in found
