"""A nickname quoted between a given name and a surname is part of one person's name, as wire
copy writes gang leaders, drug lords and warlords: the person is one actor, not three."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_quoted_nickname_inside_a_name_is_one_person() -> None:
    found = entities_in(
        'Mexican marines captured drug lord Joaquin "El Chapo" Guzman in Mazatlan on Saturday.',
        "2014-02-22",
    )
    assert found['Joaquin "El Chapo" Guzman'].kind == "person"
    assert not {"Joaquin", "El Chapo", "Guzman"} & set(found)


def test_single_and_typographic_quotes_mark_a_nickname_too() -> None:
    assert ("Haiti", "COERCE", "Jimmy 'Barbecue' Cherizier") in stored_in(
        "Police in Haiti arrested gang leader Jimmy 'Barbecue' Cherizier on Monday.", "2024-03-11"
    )
    found = entities_in("Liberian warlord Charles “Chuckie” Taylor fled to Ghana.", "2003-08-11")
    assert "Charles “Chuckie” Taylor" in found


def test_a_quoted_word_that_ends_no_name_stays_apart() -> None:
    found = entities_in(
        "Putin called the 'Wagner' mutiny a betrayal, and Russia said it was over.", "2023-06-24"
    )
    assert not any("'" in name for name in found)
