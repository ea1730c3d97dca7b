"""Leaving a bloc reduces relations with it (CAMEO 16), where withdrawing from a place
retreats; every state of a list after "of" leaves ("the rulers of Mali, Chad and Niger"), and a
speaker announcing "their" act is its subject; a participle after a denial is the denier's own
act, no claim denied. Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.ingest.relations import Link
from personae.store.model import COMENTION


def _links(text: str) -> dict[tuple[str, str, str], Link]:
    return {(x.source, x.type, x.target): x for x in links_in(text) if x.type != COMENTION}


def test_leaving_a_bloc_is_a_sanction_of_each_listed_state() -> None:
    found = set(
        _links(
            "The juntas of Guinea, Sudan and Chad announced their withdrawal from the"
            " African Union on Monday."
        )
    )
    assert found == {
        ("Guinea", "SANCTION", "African Union"),
        ("Sudan", "SANCTION", "African Union"),
        ("Chad", "SANCTION", "African Union"),
    }
    # withdrawing from a place is still a retreat
    assert set(_links("Russia withdrew its troops from Georgia.")) == {
        ("Russia", "RETREAT", "Georgia")
    }


def test_a_participle_after_a_denial_is_the_deniers_own_rejection() -> None:
    found = _links(
        "Uganda denied that its soldiers had crossed into South Sudan, rejecting an"
        " African Union demand for an inquiry."
    )
    rejection = found[("Uganda", "REJECT", "African Union")]
    assert not rejection.negated
