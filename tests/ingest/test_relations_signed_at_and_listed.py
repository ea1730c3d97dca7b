"""Where a deal is signed ("at United Nations headquarters") is no party to it, and what it
provides for ("providing for Namibia's independence") is its terms, no aid given; names
listed each with its article ("the ANC, the PAC and the SACP") are one list, not a name and
its apposition.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_three_states_signing_at_a_bodys_seat_sign_with_each_other_only() -> None:
    found = typed_in(
        "Angola, Cuba and South Africa signed agreements at United Nations headquarters in "
        "New York on Thursday providing for Namibia's independence."
    )
    assert {("Angola", "SUPPORT", "Cuba"), ("Cuba", "SUPPORT", "South Africa")} <= found
    assert not {t for t in found if "United Nations" in t or "Namibia" in t}, found


def test_what_a_deal_provides_for_is_no_act() -> None:
    found = typed_in(
        "Ethiopia and Eritrea signed a treaty in Algiers providing for aid to Somalia."
    )
    assert ("Ethiopia", "SUPPORT", "Eritrea") in found
    assert not {t for t in found if t[1] == "AID"}, found


def test_guard_an_attack_at_a_bodys_seat_is_on_the_body() -> None:
    found = typed_in(
        "A truck bomb exploded at United Nations headquarters in Baghdad, and al-Qaeda "
        "claimed the attack."
    )
    assert ("al-Qaeda", "ASSAULT", "United Nations") in found


def test_names_listed_each_with_its_article_are_all_objects() -> None:
    found = typed_in(
        "President F.W. de Klerk on Friday lifted the bans on the African National Congress, "
        "the Pan Africanist Congress and the South African Communist Party."
    )
    assert {t[2] for t in found if t[1] == "CONCEDE"} == {
        "African National Congress",
        "Pan Africanist Congress",
        "South African Communist Party",
    }
    found = typed_in("Washington imposed sanctions on the Taliban, the Houthis and Hezbollah.")
    assert {t[2] for t in found if t[1] == "COERCE"} == {"Taliban", "Houthis", "Hezbollah"}


def test_guard_a_name_and_its_description_are_no_list() -> None:
    found = typed_in("Israel struck Hamas, the group that rules Gaza.")
    assert ("Israel", "ASSAULT", "Hamas") in found
    assert ("Israel", "ASSAULT", "Gaza") not in found
