"""The field's dictionaries list some offices as if they were people ("German Chancellor",
"US Defense Secretary"); named before a holder, the office says whose the holder is and is
no actor of its own, as "Kenyan Trade Minister Moses Wetangula" is Kenya's.  An
international body's organ ("the African Union Commission") is the body's, and the officer
its title names serves the body, whatever state the dictionaries' dates give them."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_an_office_the_dictionaries_list_names_its_holders_state() -> None:
    entities = entities_in(
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Berlin on Tuesday.",
        "2024-07-02",
    )
    assert entities["Olaf Scholz"].affiliation == "germany"
    assert "Federal Chancellor of Germany" not in entities
    entities = entities_in(
        "US Defense Secretary Lloyd Austin arrived in Manila on Monday.", "2023-01-30"
    )
    assert entities["Lloyd Austin"].affiliation == "united-states"
    assert "US Secretary of Defense" not in entities


def test_guard_an_office_named_with_no_holder_stays_its_states() -> None:
    found = stored_in("The German Chancellor met Polish leaders in Warsaw.", "2024-07-02")
    assert ("Federal Chancellor of Germany", "CONSULT", "Poland") in found


def test_a_bodys_organ_and_the_officer_its_title_names_serve_the_body() -> None:
    text = (
        "ADDIS ABABA, Feb 10 (Reuters) - French Foreign Minister Jean-Yves Le Drian and "
        "African Union Commission chairman Moussa Faki Mahamat criticised Rwanda over its "
        "support for the M23 rebels on Monday."
    )
    entities = entities_in(text, "2022-02-10")
    assert entities["African Union Commission"].affiliation == "african-union"
    assert entities["Moussa Faki Mahamat"].affiliation == "african-union-commission"
    assert "Chad" not in entities  # his state of the dictionaries' earlier offices
    found = stored_in(text, "2022-02-10")
    assert ("Jean-Yves Le Drian", "ACCUSE", "Rwanda") in found  # both who condemned
    assert ("Moussa Faki Mahamat", "ACCUSE", "Rwanda") in found
