"""A verb whose object decides what it does: easing sanctions is a retreat, dismissing an
offer rejects it, approving a loan aids, troops do what their verb says, a company put on a
blacklist is coerced (CAMEO 163, as the PLOVER table types it). Sentences written for these
tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_easing_or_lifting_sanctions_is_a_retreat_and_sanctions_no_one() -> None:
    # CAMEO 085 (ease economic sanctions, boycott, embargo): RETREAT in the PLOVER table.
    for text in (
        "Canada lifted sanctions on Belarus on Monday.",
        "Japan eased export restrictions on South Korea.",
        "The European Union removed tariffs on Ukrainian grain.",
        "The Security Council suspended sanctions against Libya on Monday.",
    ):
        found = _typed(text)
        assert {kind for _, kind, _ in found} == {"RETREAT"}, text


def test_dismissing_an_offer_or_ruling_out_concessions_rejects_the_other_side() -> None:
    assert _typed("Hanoi dismissed the latest Chinese proposal as unacceptable.") == {
        ("Vietnam", "REJECT", "China")
    }
    assert _typed("Serbia ruled out any concessions to Kosovo on Friday.") == {
        ("Serbia", "REJECT", "Kosovo")
    }
    # A rejected accusation was still made: the accuser keeps its accusation.
    found = _typed("Chile rejected Bolivian accusations that it had spied on La Paz.")
    assert ("Bolivia", "ACCUSE", "Chile") in found


def test_approving_an_act_is_the_act_and_approving_a_bid_supports_it() -> None:
    assert _typed("The World Bank approved a 500 million dollar loan for Kenya.") == {
        ("World Bank", "AID", "Kenya")
    }
    assert ("Hungary", "SUPPORT", "Finland") in _typed(
        "Hungary's parliament approved Finland's bid to join NATO."
    )


def test_troops_do_what_their_verb_says() -> None:
    assert _typed("Peru said its troops had killed six Chilean smugglers.") == {
        ("Peru", "ASSAULT", "Chile")
    }
    found = _typed("Ethiopia ordered its troops to withdraw from Somalia on Sunday.")
    assert {kind for _, kind, _ in found} == {"RETREAT"}


def test_putting_a_company_on_a_blacklist_coerces_it() -> None:
    assert _typed("Washington put Kaspersky on an entity list on Tuesday.") == {
        ("United States", "COERCE", "Kaspersky")
    }


def test_a_company_described_by_its_states_adjective_is_the_object_not_the_state() -> None:
    assert _typed("Beijing imposed sanctions on US defence firms Boeing and Honeywell.") == {
        ("China", "COERCE", "Boeing"),
        ("China", "COERCE", "Honeywell"),
    }
    # An adjective of officials or people is their state's.
    assert _typed("Chile accused Peruvian officials of fraud.") == {("Chile", "ACCUSE", "Peru")}


def test_a_pattern_written_for_another_verb_lends_no_other_type() -> None:
    # The dictionary files "convict of war crimes" beside "accuse": accusing still accuses.
    assert _typed("Peru accused Chilean officers of war crimes.") == {("Peru", "ACCUSE", "Chile")}


def test_a_supply_boat_is_a_boat_and_a_visit_meets_no_one_in_the_clause() -> None:
    found = _typed("Chinese ships fired water cannon at a Philippine supply boat on Sunday.")
    assert not any(kind == "AID" for _, kind, _ in found)
    assert _typed("Seoul condemned the Japanese premier's visit to the shrine.") == {
        ("South Korea", "ACCUSE", "Japanese premier")
    }


def test_a_verbs_ing_form_before_a_companys_noun_is_no_act() -> None:
    assert _typed("Chile imposed sanctions on Peruvian mining giant Minsur on Tuesday.") == {
        ("Chile", "COERCE", "Minsur")
    }


def test_a_pledge_of_support_or_aid_is_the_intent_to_give_it() -> None:
    # CAMEO 032/033, AGREE in the PLOVER table, from the one who pledges
    for text in (
        "Saudi Arabia promised continued support for Pakistan.",
        "Japan pledged 2 billion dollars in aid to Pakistan.",
    ):
        source = text.split(" p")[0]
        assert _typed(text) == {(source, "AGREE", "Pakistan")}, text


def test_the_first_object_of_a_verb_of_giving_receives() -> None:
    assert _typed("China gave Cambodia loans for a new airport.") == {("China", "AID", "Cambodia")}
    assert _typed("Russia gave Iran support at the UN.") == {("Russia", "SUPPORT", "Iran")}
    assert _typed("The United States sent Ukraine more weapons.") == {
        ("United States", "AID", "Ukraine")
    }


def test_signing_with_another_is_done_by_both() -> None:
    assert _typed("Mozambique signed an agreement with TotalEnergies on Tuesday.") == {
        ("Mozambique", "SUPPORT", "TotalEnergies"),
        ("TotalEnergies", "SUPPORT", "Mozambique"),
    }


def test_talks_between_two_sides_meet_them_and_the_host_meets_each() -> None:
    found = _typed("Oman hosted indirect talks between Iranian and US negotiators in Muscat.")
    assert found == {
        ("Oman", "CONSULT", "Iran"),
        ("Oman", "CONSULT", "United States"),
        ("Iran", "CONSULT", "United States"),
        ("United States", "CONSULT", "Iran"),
    }


def test_what_is_received_from_someone_is_their_aid_and_a_request_is_the_askers() -> None:
    assert _typed("Ukraine received weapons from Germany.") == {("Germany", "AID", "Ukraine")}
    assert _typed("The United States struck al-Shabaab at the request of Somalia.") == {
        ("United States", "ASSAULT", "al-Shabaab"),
        ("Somalia", "REQUEST", "United States"),
    }


def test_an_offer_rejected_is_no_aid_whatever_the_name_before_it() -> None:
    found = _typed("Tunisia rejected a proposed International Monetary Fund bailout.")
    assert found == {("Tunisia", "REJECT", "International Monetary Fund")}


def test_relations_established_or_restored_and_accords_initialled_are_support() -> None:
    # CAMEO 054 (grant diplomatic recognition) and 057 (sign formal agreement): SUPPORT
    assert _typed("Honduras established diplomatic ties with China.") == {
        ("Honduras", "SUPPORT", "China"),
        ("China", "SUPPORT", "Honduras"),  # each established them (coded both ways)
    }
    assert _typed("Saudi Arabia and Iran restored diplomatic relations on Friday.") == {
        ("Saudi Arabia", "SUPPORT", "Iran"),
        ("Iran", "SUPPORT", "Saudi Arabia"),
    }
    found = _typed("Armenia and Azerbaijan initialled a peace agreement in Washington.")
    assert {("Armenia", "SUPPORT", "Azerbaijan"), ("Azerbaijan", "SUPPORT", "Armenia")} <= found


def test_refusing_to_hand_someone_over_to_a_state_rejects_that_state() -> None:
    found = _typed("Kabul refused on Monday to hand over two Uzbek militants to Pakistan.")
    assert ("Afghanistan", "REJECT", "Pakistan") in found
    assert ("Afghanistan", "REJECT", "Uzbek militants") not in found
