"""Where something happens names no party to it: a site named after one place and said to lie
in another ("the Santa Cruz cemetery in Dili" is no Bolivian city), a name after a kind of
place and "of" ("in the Swiss resort of Davos"), a ship or plane something is done aboard
("signed an accord aboard a New Zealand navy ship"). And a leader named by a possessive
title ("Jordan's King Hussein") or as a guest ("and visiting Fijian Prime Minister X") is
one of a list of subjects, as "Jordanian King Hussein" is, and an accord they sign is the
signing alone (CAMEO 057, SUPPORT), no agreement of its noun beside it; victims of a passive
attack that names no one were where it happened ("were ambushed by Shining Path guerrillas
in the Peruvian province of Huanta" attacks Peru)."""

from __future__ import annotations

from relation_support import stored_in


def test_a_site_named_after_a_city_elsewhere_is_no_party() -> None:
    found = stored_in(
        "Israeli troops opened fire on worshippers at the Santa Cruz church in Bethlehem on "
        "Tuesday, killing six.",
        "2001-07-15",
    )
    assert ("Israeli troops", "ASSAULT", "Bethlehem") in found
    assert not any({"Santa Cruz", "Bolivia"} & {source, target} for source, _, target in found)


def test_a_city_named_before_its_own_site_still_counts() -> None:
    found = stored_in(
        "Russian missiles struck the Kharkiv market on Tuesday.",
        "2022-03-01",
    )
    assert ("Russia", "ASSAULT", "Kharkiv") in found


def test_a_resort_named_after_its_kind_is_where_leaders_met() -> None:
    found = stored_in(
        "Israeli Prime Minister Yitzhak Rabin and Jordan's King Hussein met in the Red Sea "
        "resort of Aqaba on Tuesday.",
        "1994-07-19",
    )
    assert ("Israel", "CONSULT", "Jordan") in found
    assert not any(target == "Aqaba" for _, _, target in found)


def test_a_ship_an_accord_is_signed_aboard_is_no_party() -> None:
    found = stored_in(
        "Indonesia and the Free Aceh Movement signed a truce aboard a Finnish navy ship "
        "off Sumatra on Monday.",
        "2005-08-15",
    )
    assert ("Indonesia", "SUPPORT", "Free Aceh Movement") in found
    assert not any("Finland" in (source, target) for source, _, target in found)
    assert not any("Finnish navy" in (source, target) for source, _, target in found)


def test_a_leader_named_by_a_possessive_title_is_one_of_a_list() -> None:
    found = stored_in(
        "Pakistani Prime Minister Nawaz Sharif and India's Prime Minister Atal Bihari "
        "Vajpayee met in Lahore on Sunday.",
        "1999-02-21",
    )
    assert ("India", "CONSULT", "Pakistan") in found
    assert ("Pakistan", "CONSULT", "India") in found


def test_victims_of_a_passive_attack_named_by_none_were_where_it_happened() -> None:
    found = stored_in(
        "Nine soldiers were killed when their convoy was ambushed by Shining Path "
        "guerrillas in the Peruvian province of Huanta on Friday.",
        "1989-06-09",
    )
    assert ("Shining Path", "ASSAULT", "Peru") in found


def test_victims_killed_by_a_crash_were_attacked_by_no_one() -> None:
    found = stored_in(
        "Interpol said it will send a team to help identify victims killed by the Malaysia "
        "Airlines flight MH17 crash in east Ukraine.",
        "2014-07-18",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_host_and_a_visiting_leader_sign_together() -> None:
    found = stored_in(
        "New Zealand Prime Minister John Key and visiting Fijian Prime Minister Frank "
        "Bainimarama signed a trade agreement in Wellington on Friday.",
        "2016-06-10",
    )
    assert ("New Zealand", "SUPPORT", "Frank Bainimarama") in found  # Fiji's premier
    assert ("Frank Bainimarama", "SUPPORT", "New Zealand") in found


def test_an_accord_signed_is_the_signing_alone() -> None:
    found = stored_in(
        "Colombia and the ELN signed a peace agreement in Havana on Tuesday.", "2023-06-13"
    )
    assert ("Colombia", "SUPPORT", "National Liberation Army") in found  # CAMEO 057
    assert not any(kind == "AGREE" for _, kind, _ in found)  # the accord's noun: no second
