"""Leaving talks halts negotiations with the other side (CAMEO 164, SANCTION), and the talks
left are no meeting; troops pulled out of a land still retreat from it.  Talks ended after
days of them were held (CONSULT)."""

from __future__ import annotations

from relation_support import typed_in


def test_pulling_out_of_talks_halts_them_with_the_other_side() -> None:
    found = typed_in("Armenia pulled out of Russian-brokered talks with Azerbaijan on Monday.")
    assert ("Armenia", "SANCTION", "Azerbaijan") in found
    assert not [row for row in found if row[1] in ("CONSULT", "RETREAT")]


def test_withdrawing_from_negotiations_is_no_retreat() -> None:
    found = typed_in("Colombia withdrew from the peace negotiations with the ELN on Friday.")
    assert [row for row in found if row[0] == "Colombia" and row[1] == "SANCTION"]
    assert not [row for row in found if row[1] == "RETREAT"]


def test_guard_troops_pulled_out_of_a_land_retreat() -> None:
    assert ("Israel", "RETREAT", "Lebanon") in typed_in(
        "Israel pulled its last troops out of southern Lebanon on Wednesday."
    )


def test_talks_ended_after_days_of_them_were_held() -> None:
    found = typed_in("Serbia and Kosovo ended three days of talks in Brussels on Thursday.")
    assert {("Serbia", "CONSULT", "Kosovo"), ("Kosovo", "CONSULT", "Serbia")} <= found
    assert not [row for row in found if row[1] == "SANCTION"]


def test_guard_talks_ended_by_one_side_are_halted() -> None:
    assert ("Serbia", "SANCTION", "Kosovo") in typed_in(
        "Serbia ended talks with Kosovo on Thursday."
    )
