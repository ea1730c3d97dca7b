"""A takeover or a merger blocked is rejected (CAMEO 12), as a statement or a membership
blocked is; a road or a boat blocked is still coerced.  Allegations or evidence "linking" X
to a killing or an attack charge X, where the dictionary's "link" is a tie made."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_takeover_blocked_is_rejected() -> None:
    found = typed_in("The European Commission blocked Siemens' planned merger with Alstom.")
    assert ("European Commission", "REJECT", "Siemens") in found
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_guard_boats_blocked_are_coerced() -> None:
    found = typed_in("Chinese coast guard ships blocked two Philippine supply boats on Tuesday.")
    assert ("Chinese coast guard", "COERCE", "Philippines") in found


def test_allegations_linking_a_state_to_a_killing_charge_it() -> None:
    found = typed_in(
        "Britain said it had evidence linking two officers of Russia's military intelligence "
        "to the poisoning of a former spy in Salisbury."
    )
    assert any(
        source == "United Kingdom" and kind == "ACCUSE" and "Russia" in target
        for source, kind, target in found
    ), found
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_a_disciplinary_procedure_launched_against_a_state_charges_it() -> None:
    found = typed_in("The European Commission opened a disciplinary procedure against Hungary.")
    assert ("European Commission", "ACCUSE", "Hungary") in found


def test_a_show_of_force_charged_against_the_accuser_is_coded_too() -> None:
    found = stored_in(
        "President Alexander Lukashenko accused Poland on Monday of massing troops on "
        "Belarus's western border.",
        "2021-11-15",
    )
    assert ("Poland", "MOBILIZE", "Alexander Lukashenko") in found
    found = typed_in("Serbia accused Croatia of sending troops across the border.")
    assert ("Croatia", "MOBILIZE", "Serbia") in found


def test_guard_a_plot_charged_is_no_attack() -> None:
    found = typed_in("Kenya accused Somalia of plotting attacks on Kenyan police.")
    assert ("Somalia", "ASSAULT", "Kenya") not in found


def test_striking_workers_fired_are_dismissed_not_attacked() -> None:
    found = typed_in(
        "The Zambian government began firing 3,000 striking members of the Mineworkers "
        "Union of Zambia on Monday."
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    assert any(kind == "COERCE" for _, kind, _ in found)


def test_guard_shots_fired_at_striking_workers_attack_them() -> None:
    found = typed_in(
        "Kenyan police fired tear gas at striking members of the Kenya National Union of "
        "Teachers in Nairobi."
    )
    assert any(kind == "ASSAULT" for _, kind, _ in found)


def test_goods_shipped_are_aid_and_to_be_shipped_promised() -> None:
    assert ("China", "AID", "Myanmar") in typed_in(
        "China shipped 5,000 tonnes of rice to Myanmar on Monday."
    )
    found = typed_in("Japan will ship 20,000 tonnes of wheat to Ethiopia, its ministry said.")
    assert ("Japan", "AGREE", "Ethiopia") in found
