"""An armed group the event coders' dictionaries list with its acronym in brackets
("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)") is also found by that acronym, as wire copy
names it; an acronym that news uses for another body ("ANA") or that is a word is not."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_an_armed_groups_acronym_names_the_group() -> None:
    found = stored_in(
        "Sri Lankan troops overran the last LTTE positions near Mullaitivu on Sunday.",
        "2009-05-17",
    )
    assert ("Sri Lankan troops", "ASSAULT", "Liberation Tigers of Tamil Eelam") in found
    names = entities_in(
        "The INLA and the LVF both said on Monday they would hand over their weapons.",
        "2009-10-12",
    )
    assert {"Irish National Liberation Army", "Loyalist Volunteer Force"} <= set(names)


def test_an_acronym_news_gives_another_body_names_no_armed_group() -> None:
    names = entities_in("ANA soldiers cleared the road to Kandahar on Monday.", "2010-06-07")
    assert "Albanian National Army" not in names
