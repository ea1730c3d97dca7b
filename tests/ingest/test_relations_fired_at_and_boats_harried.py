"""Shots, boats and complaints: troops that "fired at" others attack them ("fired" is no
passive before "at"); a boat blasted with a water cannon or rammed is coerced by the vessel's
state (CAMEO 17, as event coders code it), while a convoy rammed by a bomber is attacked;
"representations" lodged with a state are a formal complaint against it."""

from __future__ import annotations

from relation_support import coded_in


def test_troops_that_fired_at_others_attack_them() -> None:
    text = "SRINAGAR (Reuters) - Pakistani troops fired at Indian soldiers along the border."
    assert coded_in(text, "2019-03-02") == {("pakistan", "india", "ASSAULT")}


def test_a_boat_blasted_with_a_water_cannon_is_coerced() -> None:
    text = (
        "HANOI (Reuters) - A Chinese coast guard vessel blasted a Vietnamese fishing boat with "
        "a water cannon near the Paracel Islands on Sunday, Vietnam's foreign ministry said."
    )
    assert ("china", "vietnam", "COERCE") in coded_in(text, "2024-09-29")


def test_a_water_cannon_fired_at_a_boat_is_coercion() -> None:
    text = (
        "MANILA (Reuters) - A Chinese coast guard ship fired a water cannon at a Philippine "
        "research vessel near Scarborough Shoal on Monday."
    )
    assert coded_in(text, "2024-04-29") == {("china", "philippines", "COERCE")}


def test_a_boat_rammed_is_coerced() -> None:
    text = (
        "TOKYO (Reuters) - A Chinese coast guard ship rammed a Japanese fishing boat near the "
        "Senkaku Islands on Tuesday."
    )
    assert coded_in(text, "2024-06-11") == {("china", "japan", "COERCE")}


def test_a_convoy_rammed_by_a_bomber_is_attacked() -> None:
    text = "KABUL (Reuters) - A Taliban suicide bomber rammed a NATO convoy in Kabul on Tuesday."
    assert coded_in(text, "2010-05-18") == {("taliban", "nato", "ASSAULT")}


def test_stern_representations_lodged_are_a_complaint() -> None:
    text = (
        'BEIJING (Reuters) - China said on Tuesday it had lodged "solemn representations" '
        "with South Korea after its defence minister visited a disputed reef."
    )
    assert ("china", "south korea", "ACCUSE") in coded_in(text, "2024-03-12")
