"""A state's combining form before a hyphen and another state's name or adjective ("a
Franco-German brigade", "the Sino-Soviet split") names that state; no actor "Franco" or
"Sino" is made of it, and a form before no state's name ("Indo-Pacific") names none."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_combining_form_names_its_state_beside_the_other() -> None:
    found = stored_in(
        "Moscow and Beijing ended the Sino-Soviet split at a summit in Beijing on Tuesday, "
        "and the two signed a border accord.",
        "1989-05-16",
    )
    names = set(entities_in("The Russo-Japanese talks opened in Tokyo.", "1990-01-01"))
    assert {"Russia", "Japan"} <= names
    assert not {"Russo", "Sino"} & names
    assert not [row for row in found if "Sino" in row[0] or "Sino" in row[2]]


def test_a_combining_form_before_no_state_names_none() -> None:
    # a guard: read so before
    names = set(
        entities_in("Japan and Australia held talks on Indo-Pacific security.", "2020-01-01")
    )
    assert "India" not in names
