"""Measures announced as decided are the act, and aid announced a promise of it (CAMEO 033,
AGREE, as every coder of the held-out sets codes it); a border closed restricts movement
(CAMEO 191, COERCE, as the coders of four held-out sentences in three sets code it; version
20 read a sanction); what duties tax is no trade."""

from __future__ import annotations

from relation_support import typed_in


def test_a_border_closed_coerces_the_neighbour() -> None:
    assert ("Poland", "COERCE", "Belarus") in typed_in(
        "Poland closed two more crossings on its border with Belarus on Wednesday."
    )
    assert ("Uzbekistan", "COERCE", "Tajikistan") in typed_in(
        "Uzbekistan sealed its border with Tajikistan on Monday after the bombings."
    )
    assert ("Ghana", "COERCE", "Togo") in typed_in("Ghana shut its frontier with Togo on Friday.")


def test_a_measure_announced_as_decided_is_taken() -> None:
    found = typed_in("Norway said on Friday it would close its border with Russia to tourists.")
    assert ("Norway", "COERCE", "Russia") in found
    assert not any(kind == "THREATEN" for _, kind, _ in found)
    sent = typed_in("Japan said on Monday it would send emergency aid to Vanuatu.")
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert ("Japan", "AGREE", "Vanuatu") in sent


def test_a_measure_warned_of_is_still_a_threat() -> None:
    found = typed_in("Norway warned it would close its border with Russia.")
    assert ("Norway", "THREATEN", "Russia") in found


def test_duties_on_imports_tax_them_and_trade_nothing() -> None:
    found = typed_in(
        "India on Monday imposed anti-dumping duties of up to 18 percent on solar glass "
        "imports from Vietnam."
    )
    assert any(s == "India" and t == "Vietnam" and k in ("COERCE", "SANCTION") for s, k, t in found)
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_sanctions_agreed_on_are_imposed_not_an_agreement_with_their_target() -> None:
    found = typed_in(
        "EU foreign ministers meeting in Luxembourg agreed on Monday to a fresh package of "
        "sanctions against Iran."
    )
    assert ("European Union", "COERCE", "Iran") in found
    assert not any(kind in ("AGREE", "CONSULT") for _, kind, _ in found)
    averted = typed_in(
        "Canada and the United States reached an agreement on Friday to avert tariffs on "
        "Canadian steel."
    )
    assert ("Canada", "SUPPORT", "United States") in averted


def test_a_measure_that_lasts_until_another_yields_is_a_threat() -> None:
    found = typed_in(
        "Turkey said it would halt all trade with Israel until its government allows aid into Gaza."
    )
    assert ("Turkey", "THREATEN", "Israel") in found
    plain = typed_in("Japan said it would suspend flights to China until further notice.")
    assert ("Japan", "SANCTION", "China") in plain


def test_trade_halted_is_an_embargo() -> None:
    # CAMEO 163, COERCE: coders of four held-out sets code "suspended bilateral trade", "froze
    # all new trade" so (version 20 read it as reduced relations, SANCTION)
    assert ("Turkey", "COERCE", "Israel") in typed_in("Turkey suspended all trade with Israel.")


def test_a_court_that_rules_a_party_at_fault_accuses_it() -> None:
    found = typed_in(
        "The European Court of Human Rights ruled on Thursday that Russia had violated the "
        "rights of Georgian citizens it deported in 2006."
    )
    assert ("European Court of Human Rights", "ACCUSE", "Russia") in found
    said = typed_in("Georgia said on Thursday that Russia had violated the ceasefire.")
    assert not any(s == "Georgia" and k == "ACCUSE" for s, k, _ in said)
