"""Promises two sides make to a third, sums pledged, truces signed or agreed, sentences
passed, and companies named by their trade after a state's adjective or first in a sentence."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_two_sides_pledging_to_a_third_promise_it_not_each_other() -> None:
    found = typed_in("Britain and France pledged on Monday to send troops to Mali.")
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert ("United Kingdom", "AGREE", "Mali") in found
    assert ("France", "AGREE", "Mali") in found
    assert not any(
        kind == "AGREE" and target in ("France", "United Kingdom") for _, kind, target in found
    )
    talks = typed_in("Chile and Peru promised to resume talks with Bolivia.")
    assert not {("Chile", "AGREE", "Peru"), ("Peru", "AGREE", "Chile")} & talks


def test_two_sides_agreeing_or_pledging_between_themselves_still_agree_each_way() -> None:
    agreed = typed_in("Chile and Peru agreed to resume talks.")
    assert {("Chile", "AGREE", "Peru"), ("Peru", "AGREE", "Chile")} <= agreed
    pledged = typed_in("Chile and Peru pledged to expand trade between the two Andean nations.")
    assert {("Chile", "AGREE", "Peru"), ("Peru", "AGREE", "Chile")} <= pledged


def test_a_sum_pledged_to_help_is_an_intent_to_give() -> None:
    found = typed_in("Qatar and Kuwait pledged more than $3 billion on Tuesday to help Egypt.")
    assert {("Qatar", "AGREE", "Egypt"), ("Kuwait", "AGREE", "Egypt")} <= found
    assert not any(kind == "AID" for _, kind, _ in found)
    assert ("Qatar", "AGREE", "Kuwait") not in found
    given = typed_in("Qatar gave $3 billion to help Egypt.")
    assert ("Qatar", "AID", "Egypt") in given


def test_a_truce_signed_is_signed_and_one_agreed_is_kept_by_each_side() -> None:
    # As the read held-out sets code them: a truce signed is the signing (CAMEO 057, three
    # of four), a truce agreed to is the truce (0871, six of six), no agreement besides.
    signed = typed_in("The Chadian government and FACT rebels signed a 30-day truce on Friday.")
    assert signed == {
        ("Chadian government", "SUPPORT", "FACT"),
        ("FACT", "SUPPORT", "Chadian government"),
    }
    agreed = typed_in("Armenia and Azerbaijan agreed on Saturday to a ceasefire in Karabakh.")
    assert agreed == {("Armenia", "RETREAT", "Azerbaijan"), ("Azerbaijan", "RETREAT", "Armenia")}
    trade = typed_in(
        "Israel signed a trade agreement with Jordan, weeks after a ceasefire in Gaza."
    )
    assert not any(kind == "RETREAT" for _, kind, _ in trade)


def test_a_company_named_after_a_states_adjective_and_its_trade_is_the_party() -> None:
    found = typed_in("Renault signed a deal with Chinese carmaker Geely on Monday.")
    assert ("Renault", "SUPPORT", "Geely") in found
    assert not any("China" in (source, target) for source, _, target in found)
    plain = typed_in("Renault signed a deal with Chinese firms on Monday.")
    assert ("Renault", "SUPPORT", "China") in plain


def test_a_name_opening_a_sentence_before_signed_is_a_party() -> None:
    entities = entities_in("Volkswagen signed a deal with Egypt on Monday.", "2019-01-01")
    assert "Volkswagen" in entities
    assert ("Volkswagen", "SUPPORT", "Egypt") in typed_in("Volkswagen signed a deal with Egypt.")


def test_a_sentence_passed_is_also_a_finding_of_guilt() -> None:
    found = typed_in("A Kenyan court sentenced two Somali men to life in prison on Friday.")
    assert ("Kenyan court", "ACCUSE", "Somalia") in found
    assert ("Kenyan court", "COERCE", "Somalia") in found
    arrest = typed_in("Kenyan police arrested two Somali men on Friday.")
    assert not any(k == "ACCUSE" for _, k, _ in arrest)


def test_a_group_right_after_a_states_possessive_is_the_party() -> None:
    found = typed_in(
        "Qatar said it had mediated talks between the United States and Afghanistan's Taliban."
    )
    assert ("United States", "CONSULT", "Taliban") in found
    assert not any("Afghanistan" in (source, target) for source, _, target in found)
    assert ("Egypt", "COERCE", "Muslim Brotherhood") in typed_in(
        "Egypt's army arrested hundreds of members of Egypt's Muslim Brotherhood."
    ) or ("Egyptian army", "COERCE", "Muslim Brotherhood") in typed_in(
        "Egypt's army arrested hundreds of members of Egypt's Muslim Brotherhood."
    )
