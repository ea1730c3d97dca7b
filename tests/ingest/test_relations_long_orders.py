"""An act ordered after a long object ("ordered American, Canadian, European and Russian
members of the U.N. mission on its border with Ethiopia to leave") is asked for, not done:
the members' leaving was read as a visit to Ethiopia (set 40a, read).  Members of a mission
ordered out, however many nationalities list them, are the mission's body, expelled (CAMEO
166, SANCTION)."""

from __future__ import annotations

from relation_support import stored_in


def test_leaving_ordered_after_a_long_object_is_no_visit() -> None:
    found = stored_in(
        "Sudan on Monday ordered Kenyan, Ugandan and Nigerian members of the African Union"
        " monitoring mission on its border with Chad to leave the country within a week.",
        "2008-03-03",
    )
    assert ("Sudan", "SANCTION", "African Union") in found
    assert not [row for row in found if row[0] == "Sudan" and row[1] != "SANCTION"], found
    assert not [row for row in found if row[1] == "CONSULT"], found
