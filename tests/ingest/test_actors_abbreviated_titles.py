"""A title written short with its full stop ("Gen.", "Col.", "Dr.", "Sen.") titles the name
after it: that name is a person's, as "General X" is.  Sentences written for these tests,
in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gen. Abdourahamane Tchiani accused Paris of plotting to free Bazoum.",
            "Abdourahamane Tchiani",
        ),
        ("Col. Assimi Goita accused France of spying on Mali.", "Assimi Goita"),
        ("Dr. Tedros Adhanom Ghebreyesus praised China on Tuesday.", "Tedros Adhanom Ghebreyesus"),
        ("Maj. Gen. Sitiveni Rabuka seized power in Suva.", "Sitiveni Rabuka"),
    ],
)
def test_a_name_after_a_short_title_is_a_persons(text: str, name: str) -> None:
    found = entities_in(text, "2023-08-04")
    assert found[name].kind == "person", found


def test_guard_a_sentence_ending_before_a_name_titles_nothing() -> None:
    found = entities_in("The troops withdrew to the capital. Lusaka said nothing.", "2023-08-04")
    assert not [name for name in found if name.startswith(("capital", "Lusaka "))], found
