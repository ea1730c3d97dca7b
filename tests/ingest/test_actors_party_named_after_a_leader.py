"""A person named after "opposition leader" with a party named right after him ("Raila Odinga
of the Orange Democratic Movement") belongs to that party, not to the opposition at large; a
panel's leader after "mediated by an African Union panel led by" mediates with it, and is no
party the talks were held with."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_the_party_named_after_an_opposition_leader_is_his() -> None:
    found = entities_in(
        "Zambian President Levy Mwanawasa and opposition leader Michael Sata of the Patriotic"
        " Front met in Lusaka on Monday.",
        "2007-03-05",
    )
    assert found["Michael Sata"].affiliation == "patriotic-front"
    bare = entities_in("Zambian opposition leader Michael Sata met donors.", "2007-03-05")
    assert bare["Michael Sata"].affiliation != "patriotic-front"


def test_a_mediating_panel_and_its_leader_are_no_parties_to_the_deal() -> None:
    found = stored_in(
        "Kenya and the rebels signed a truce mediated by an African Union panel led by Kofi Annan.",
        "2008-02-01",
    )
    assert ("Kenya", "SUPPORT", "African Union") not in found
    # the panel's leader only mediates: he meets Kenya, and signs or is signed with nothing
    annan = {row for row in found if "Kofi Annan" in (row[0], row[2])}
    assert annan <= {("Kofi Annan", "CONSULT", "Kenya")}
