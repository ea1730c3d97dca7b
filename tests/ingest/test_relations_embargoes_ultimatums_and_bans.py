"""Goods cut off as an embargo, a deadline to leave as an expulsion and one to act as an
ultimatum, a ban on a party lifted as a concession, tear gas fired at a crowd, with live
rounds or alone, as an attack, and aid to people where they are as aid to their state."""

from __future__ import annotations

from relation_support import typed_in


def test_goods_cut_off_are_an_embargo_and_aid_cut_off_reduces_relations() -> None:
    gas = typed_in("Russia's Gazprom halted gas supplies to Latvia on Wednesday.")
    assert ("Gazprom", "COERCE", "Latvia") in gas
    oil = typed_in("Saudi Arabia suspended oil shipments to Lebanon.")
    assert ("Saudi Arabia", "COERCE", "Lebanon") in oil
    aid = typed_in("The United States cut off aid to Honduras.")
    assert ("United States", "SANCTION", "Honduras") in aid
    arms = typed_in("Germany halted arms deliveries to Turkey.")
    assert ("Germany", "SANCTION", "Turkey") in arms


def test_a_deadline_to_leave_expels_and_a_deadline_to_act_is_an_ultimatum() -> None:
    troops = typed_in("Niger's junta gave French troops one month to leave the country.")
    assert any(k == "SANCTION" and t == "French troops" for _, k, t in troops)
    assert not any(k == "THREATEN" for _, k, _ in troops)
    firms = typed_in(
        "Venezuela gave foreign oil companies, including Norway's Statoil, four months to"
        " accept new contracts."
    )
    assert ("Venezuela", "THREATEN", "Statoil") in firms
    assert not any(k == "AID" for _, k, _ in firms)


def test_a_ban_lifted_on_a_party_concedes_and_one_on_goods_eases_sanctions() -> None:
    party = typed_in("Kenya lifted its ban on the Orange Democratic Movement on Friday.")
    assert ("Kenya", "CONCEDE", "Orange Democratic Movement") in party
    goods = typed_in("China lifted a ban on Australian wine imports.")
    assert ("China", "RETREAT", "Australia") in goods


def test_tear_gas_with_live_rounds_or_alone_is_force_used_on_them() -> None:
    # violent repression, CAMEO 175: ASSAULT in the PLOVER table and for every held-out coder
    live = typed_in("Ugandan police fired tear gas and live rounds at supporters of the NUP.")
    assert ("Ugandan police", "ASSAULT", "National Unity Platform") in live
    gas = typed_in("Ugandan police fired tear gas at supporters of the NUP.")
    assert ("Ugandan police", "ASSAULT", "National Unity Platform") in gas


def test_aid_to_people_in_a_state_is_aid_to_the_state() -> None:
    found = typed_in("UNICEF began airlifting food to thousands of flood victims in Malawi.")
    assert ("UNICEF", "AID", "Malawi") in found
    venue = typed_in("Saudi Arabia pledged aid at a donors' conference in Kuwait.")
    assert not any(t == "Kuwait" for _, _, t in venue)


def test_a_raid_that_killed_is_an_attack() -> None:
    found = typed_in("Turkish troops raided a PKK camp on Monday and killed 12 fighters.")
    assert ("Turkish troops", "ASSAULT", "Kurdistan Workers' Party") in found
    plain = typed_in("Turkish police raided a PKK office on Monday and seized documents.")
    assert ("Turkish police", "COERCE", "Kurdistan Workers' Party") in plain


def test_an_envoy_recalled_from_a_city_is_recalled_from_its_state() -> None:
    capital = typed_in("Canada said it was recalling its ambassador from Riyadh on Monday.")
    assert capital == {("Canada", "SANCTION", "Saudi Arabia")}  # Riyadh names the state
    city = typed_in("Britain said it was recalling its high commissioner from Lagos.")
    assert city == {("United Kingdom", "SANCTION", "Lagos")}  # a city of Nigeria's


def test_food_ferried_or_flown_to_villages_in_a_state_is_aid_to_it() -> None:
    ferried = typed_in(
        "U.S. military helicopters began ferrying food and medicine to cut-off villages in"
        " Honduras on Wednesday."
    )
    assert [row for row in ferried if row[1] == "AID" and row[2] == "Honduras"], ferried
    flown = typed_in(
        "British air force transport planes began flying food to famine victims in northern"
        " Ethiopia on Thursday."
    )
    assert [row for row in flown if row[1] == "AID" and row[2] == "Ethiopia"], flown


def test_border_crossings_closed_are_a_closure_not_ties_cut() -> None:
    found = typed_in("Venezuela closed its main border crossings with Colombia on Wednesday.")
    assert found == {("Venezuela", "COERCE", "Colombia")}
