"""A denial's claim ends where the denier goes on to accuse, a group named after its
description is one party, and a reaction to an act told just before is aimed at its author."""

from __future__ import annotations

from relation_support import entities_in, links_in, stored_in, typed_in


def test_the_denier_who_goes_on_to_accuse_accuses_in_earnest() -> None:
    found = typed_in(
        "Uganda denied on Monday that its troops had entered South Sudan, and accused Khartoum"
        " of arming the rebels."
    )
    assert ("Uganda", "ACCUSE", "Sudan") in found
    plain = typed_in(
        "Malawi on Friday denied reports that Zambian soldiers were training rebels on its soil"
        " and accused Mozambique of spreading lies."
    )
    assert ("Malawi", "ACCUSE", "Mozambique") in plain
    assert not any(source == "Zambia" or "Zambian" in source for source, _, _ in plain)


def test_what_the_denied_claim_tells_stays_denied() -> None:
    found = links_in("Uganda denied that its troops had attacked South Sudan and killed civilians.")
    attacks = [link for link in found if link.type == "ASSAULT"]
    assert attacks
    assert all(link.negated for link in attacks)


def test_a_group_named_after_its_description_is_one_party() -> None:
    found = typed_in("Iraq accused the Iranian Kurdish militia PJAK of smuggling weapons.")
    assert ("Iraq", "ACCUSE", "PJAK") in found
    assert not any("Iran" in target for _, _, target in found)


def test_a_reaction_to_an_act_that_related_no_one_is_aimed_at_its_author() -> None:
    found = typed_in(
        "India carried out a nuclear test on Monday, and New Zealand Prime Minister Jim Bolger"
        " condemned the blast."
    )
    assert ("Jim Bolger", "ACCUSE", "India") in found
    alone = typed_in("Japan condemned the blast.")
    assert alone == set()


def test_a_plan_rejected_is_rejected_of_whoever_drew_it_up() -> None:
    found = typed_in("Hamas rejected a Qatar truce plan drawn up by Egypt on Tuesday.")
    assert ("Hamas", "REJECT", "Egypt") in found
    assert not any(t == "Qatar" for _, _, t in found)


def test_an_officer_a_speaker_acts_on_serves_the_other_state_named() -> None:
    found = typed_in(
        "Bolivia broke off relations with Chile on Monday, accusing President Gabriel Boric of"
        " meddling."
    )
    assert ("Bolivia", "ACCUSE", "Gabriel Boric") in found
    entities = entities_in(
        "Bolivia broke off relations with Chile on Monday, accusing President Gabriel Boric of"
        " meddling.",
        "2023-05-01",
    )
    assert entities["Gabriel Boric"].affiliation == "chile"


def test_a_warning_joined_by_and_to_a_demand_threatens_the_conditions_subject() -> None:
    found = typed_in(
        "Beijing summoned Ottawa's envoy, demanding the release of Meng Wanzhou and warning of"
        " grave consequences if Canada did not free her."
    )
    assert ("China", "THREATEN", "Canada") in found


def test_a_charge_after_a_comma_is_not_negated_by_the_clause_before() -> None:
    found = stored_in(
        "Mali's transitional government demanded on Friday that France pull its troops out of"
        " the country without delay, accusing Paris of violating defence agreements.",
        "2022-02-18",
        denied=False,
    )
    assert ("Mali", "ACCUSE", "France") in found
