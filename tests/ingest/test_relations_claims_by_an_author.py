"""A claim answered with its author named after it ("rejected claims by Somalia that",
"dismissed claims from India that") is the author's charge against the one who answers, and
what it claims is denied, however many words name the author; an attack charged in an
accusation its maker denies ("denied accusing Ethiopia of shelling") is no fact either."""

from __future__ import annotations

from relation_support import stored_in


def test_claims_by_a_named_author_accuse_the_one_who_rejects_them() -> None:
    found = stored_in(
        "Rwanda rejected claims by Burundi that Rwandan troops had crossed the border.",
        "2015-07-10",
    )
    assert ("Burundi", "ACCUSE", "Rwanda") in found
    found = stored_in(
        "Pakistan dismissed claims from India that it had sheltered the attackers.", "2016-09-20"
    )
    assert ("India", "ACCUSE", "Pakistan") in found


def test_what_a_denied_accusation_by_a_long_name_claims_is_no_fact() -> None:
    found = stored_in(
        "Myanmar denied accusations by the London-based Amnesty International that its soldiers"
        " had burned villages in Rakhine.",
        "2017-09-14",
        denied=False,
    )
    assert ("Amnesty International", "ACCUSE", "Myanmar") in found
    assert not [row for row in found if row[1] == "ASSAULT"]


def test_an_attack_charged_in_a_denied_accusation_is_no_fact() -> None:
    found = stored_in(
        "Eritrea denied accusing Ethiopia of shelling villages near the border town of Zalambessa.",
        "1999-02-10",
        denied=False,
    )
    assert not [row for row in found if row[1] == "ASSAULT"]
    charged = stored_in(
        "Eritrea accused Ethiopia of shelling villages near the border town of Zalambessa.",
        "1999-02-10",
    )
    assert ("Ethiopia", "ASSAULT", "Eritrea") in charged


def test_the_one_who_rejects_a_charge_rejects_its_author() -> None:
    found = stored_in(
        "Rwanda on Wednesday denied accusations by the Democratic Republic of Congo that Rwandan"
        " troops had crossed the border, calling the claims baseless.",
        "2022-06-15",
    )
    assert ("Rwanda", "REJECT", "Democratic Republic of the Congo") in found
    assert ("Democratic Republic of the Congo", "ACCUSE", "Rwanda") in found
    found = stored_in(
        "Pakistan on Tuesday denied Indian allegations that it was arming militants in Punjab.",
        "1988-05-10",
    )
    assert ("Pakistan", "REJECT", "India") in found
