"""An answer that refuses a demand or a warning holds two events, each side's: the author
asked (warned) the one who answers, who rejects the author.  One that refuses a charge named
with its author holds two as well: the charge, and its rejection (CAMEO 120).  What
follows a denied claim in a clause of its own ("..., after X accused") is told, not denied.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_rejecting_criticism_from_two_states_rejects_each_of_its_authors() -> None:
    found = _typed("Serbia on Friday rejected criticism from Germany and France over the arrests.")
    assert found == {
        ("Germany", "ACCUSE", "Serbia"),
        ("France", "ACCUSE", "Serbia"),
        ("Serbia", "REJECT", "Germany"),
        ("Serbia", "REJECT", "France"),
    }


def test_dismissing_a_states_allegations_named_by_its_adjective() -> None:
    found = _typed(
        "Minsk dismissed as 'absurd' Lithuanian allegations that it staged the crossings."
    )
    assert found == {("Lithuania", "ACCUSE", "Belarus"), ("Belarus", "REJECT", "Lithuania")}


def test_a_demand_by_a_bloc_rejected_is_the_blocs_request() -> None:
    found = _typed("Mali's junta rejected a demand by ECOWAS to hold elections within a year.")
    assert {("Mali", "REJECT", "ECOWAS"), ("ECOWAS", "REQUEST", "Mali")} <= found


def test_a_report_accusing_the_one_who_rejects_it_is_its_authors_accusation() -> None:
    found = _typed("Uganda rejected an EU report accusing Kampala of rigging the vote.")
    assert found == {("European Union", "ACCUSE", "Uganda"), ("Uganda", "REJECT", "European Union")}


def test_a_warning_brushed_aside_is_its_authors_threat() -> None:
    found = _typed("Azerbaijan brushed aside a Russian warning over the pipeline on Monday.")
    assert {("Azerbaijan", "REJECT", "Russia"), ("Russia", "THREATEN", "Azerbaijan")} <= found


def test_a_denial_leaves_the_accusation_told_after_it_told() -> None:
    links = links_in(
        "Syria denied on Tuesday that it had shelled the camp, after Jordan and Iraq accused"
        " Damascus of the attack."
    )
    found = {(x.source, x.type, x.target) for x in links if x.type != COMENTION}
    assert {("Jordan", "ACCUSE", "Syria"), ("Iraq", "ACCUSE", "Syria")} <= found
    assert not any(kind == "REJECT" for _, kind, _ in found)
    assert not any(x.negated for x in links if x.type == "ACCUSE")


def test_accusations_of_a_states_meddling_name_no_author() -> None:
    """ "accusations of Peruvian meddling": Peru is accused, not the accuser."""
    found = _typed("Bolivia rejected accusations of Peruvian meddling in its election.")
    assert ("Bolivia", "REJECT", "Peru") not in found


def test_rejecting_a_plan_is_no_answer_to_an_accusation() -> None:
    found = _typed("Egypt rejected an Ethiopian plan to fill the dam this summer.")
    assert ("Ethiopia", "ACCUSE", "Egypt") not in found


def test_demands_defied_are_rejected_and_the_demand_is_its_authors() -> None:
    found = _typed("Qatar defied demands by Saudi Arabia to cut ties with Iran.")
    assert {("Qatar", "REJECT", "Saudi Arabia"), ("Saudi Arabia", "REQUEST", "Qatar")} <= found
