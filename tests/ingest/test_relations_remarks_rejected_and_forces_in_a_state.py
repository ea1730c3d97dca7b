"""Reactions and forces: an act named again by a bare plural noun ("..., remarks the
government swiftly rejected as biased") is rejected by the one named before the verb, as
"a decision X rejected" is; "Security forces in Bangladesh" are Bangladesh's own, as "police
in Kenya" are (a capitalised word opening the sentence is no owner of theirs); "..., in an
assault that was swiftly condemned by Turkey" is Turkey's charge against the assault's author,
and "a meeting that Washington condemned" its charge against both who met."""

from __future__ import annotations

from relation_support import coded_in


def test_remarks_rejected_are_the_rejecters_reaction() -> None:
    text = (
        "MANILA (Reuters) - The U.N. human rights office said on Friday that the Philippines "
        "had failed to stop extrajudicial killings, remarks Manila swiftly rejected as biased."
    )
    assert ("philippines", "united nations", "REJECT") in coded_in(text, "2020-06-05")


def test_security_forces_in_a_state_are_its_own() -> None:
    text = (
        "HARARE (AP) - Security forces in Zimbabwe arrested opposition leader Nelson Chamisa's "
        "spokesman on Monday, and the MDC Alliance demanded his release."
    )
    coded = coded_in(text, "2019-08-19")
    assert ("zimbabwe", "mdc alliance", "COERCE") in coded
    assert ("mdc alliance", "zimbabwe", "REQUEST") in coded


def test_forces_of_another_state_in_a_place_stay_theirs() -> None:
    text = "KABUL (Reuters) - British forces in Afghanistan killed a Taliban commander on Monday."
    assert coded_in(text, "2009-06-08") == {("united kingdom", "taliban", "ASSAULT")}


def test_an_assault_condemned_in_the_passive_is_the_condemners_charge() -> None:
    text = (
        "DHAKA (Reuters) - Bangladeshi police stormed a camp of Jamaat-e-Islami supporters on "
        "Monday, killing dozens of people, in an assault that was swiftly condemned by Turkey."
    )
    assert ("turkey", "bangladesh", "ACCUSE") in coded_in(text, "2013-05-06")


def test_a_meeting_condemned_is_a_charge_against_both_who_met() -> None:
    text = (
        "MOSCOW (Reuters) - Russia's president received Iran's president at the Kremlin on "
        "Tuesday, a meeting that Washington condemned as a threat to regional security."
    )
    coded = coded_in(text, "2024-01-16")
    assert ("united states", "russia", "ACCUSE") in coded
    assert ("united states", "iran", "ACCUSE") in coded
