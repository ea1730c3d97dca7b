"""A place is no subject of a participle after its clause ("A car bomb tore through a
district on the Indonesian island of Bali, killing ...": no one named did it); a government
named by who props it up ("the Hanoi-installed government in Phnom Penh", "a Vietnamese-backed
government") is the government of where it sits, and the glued participle is no verb that
ends the object before it; letting a force into a state aims at the force's, not at where."""

from __future__ import annotations

from relation_support import stored_in


def told(text: str) -> set[tuple[str, str, str]]:
    return stored_in(text, "1989-09-26", denied=False)


def test_a_place_before_a_participle_did_not_do_it() -> None:
    found = told(
        "A car bomb tore through a nightclub district on the Indonesian island of Bali late on"
        " Saturday, killing more than 180 people, many of them Australian tourists."
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_propped_government_is_the_one_where_it_sits() -> None:
    assert ("Khmer Rouge", "THREATEN", "Cambodia") in told(
        "The Khmer Rouge vowed to keep fighting the Hanoi-installed government in Phnom Penh."
    )
    assert ("Khmer Rouge", "THREATEN", "Cambodia") in told(
        "The Khmer Rouge vowed to keep fighting the Vietnamese-backed government in Phnom Penh."
    )


def test_letting_a_force_in_aims_at_no_place() -> None:
    found = told(
        "Indonesia agreed to allow a United Nations-backed peacekeeping force into East Timor."
    )
    assert not any(target == "Timor-Leste" for _, _, target in found)
