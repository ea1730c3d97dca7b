"""Arms sold are aid and a sale agreed a promise of it, arms sales halted a sanction, an
answer vowed or said to come ("said it would respond in kind") to an act just told is a
threat to whoever did it, and a state's police or court named by its capital is the state."""

from __future__ import annotations

from relation_support import typed_in


def test_weapons_sold_are_aid_and_a_sale_agreed_promises_it() -> None:
    assert typed_in("Sweden sold fighter jets to Thailand.") == {("Sweden", "AID", "Thailand")}
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert ("Russia", "AGREE", "Turkey") in typed_in(
        "Russia agreed to sell S-400 missiles to Turkey on Monday."
    )
    assert ("United States", "AID", "Taiwan") in typed_in(
        "Washington approved the sale of 66 F-16 jets to Taiwan."
    )


def test_shares_sold_are_no_aid() -> None:
    assert not typed_in("Germany sold its shares in the bank to Italy.")


def test_arms_sales_halted_are_a_sanction_not_aid() -> None:
    for text in (
        "Germany halted arms sales to Saudi Arabia.",
        "Germany stopped selling weapons to Saudi Arabia.",
    ):
        assert typed_in(text) == {("Germany", "SANCTION", "Saudi Arabia")}, text


def test_a_vow_to_retaliate_threatens_the_one_who_acted() -> None:
    found = typed_in(
        "Lithuania banned the transit of Russian goods to Kaliningrad, and Moscow "
        "threatened to retaliate."
    )
    assert ("Russia", "THREATEN", "Lithuania") in found


def test_a_threat_dropped_threatens_no_one() -> None:
    found = typed_in(
        "European Union governments agreed on Tuesday to extend sanctions against Russia, "
        "after Hungary's Viktor Orban dropped his threat to veto the rollover."
    )
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_a_second_verb_phrase_is_the_first_subjects_not_a_name_in_its_object() -> None:
    found = typed_in("Belarus forced down a Ryanair flight and arrested a dissident journalist.")
    assert ("Ryanair", "COERCE", "Belarus") not in found
    assert ("Belarus", "COERCE", "Ryanair") in found


def test_police_or_a_court_in_a_capital_act_for_its_state() -> None:
    assert ("Zimbabwe", "COERCE", "Nelson Chamisa") in typed_in(
        "Police in Harare arrested opposition leader Nelson Chamisa on Monday."
    )
    assert ("Bangladesh", "COERCE", "Khaleda Zia") in typed_in(
        "A court in Dhaka sentenced opposition leader Khaleda Zia to five years in prison."
    )


def test_a_court_ordering_a_company_to_pay_coerces_it_and_finds_it_liable() -> None:
    found = typed_in(
        "A Nigerian court ordered Shell to pay $15 million to farmers in the Niger Delta "
        "over oil spills."
    )  # the order (CAMEO 172) and the finding of liability (116) it holds
    assert found == {("Nigerian court", "COERCE", "Shell"), ("Nigerian court", "ACCUSE", "Shell")}


def test_a_war_ended_and_a_prize_won_are_no_attack() -> None:
    found = typed_in(
        "Ethiopian Prime Minister Abiy Ahmed won the Nobel Peace Prize for ending the war "
        "with Eritrea."
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_governments_protest_is_a_complaint_a_crowds_a_protest() -> None:
    assert typed_in("The Philippines filed a diplomatic protest against China on Tuesday.") == {
        ("Philippines", "ACCUSE", "China")
    }
    assert ("Iraq", "ACCUSE", "Turkey") in typed_in(
        "Turkish warplanes bombed Kurdish positions in northern Iraq, drawing a protest from "
        "Baghdad."
    )
    assert ("Kenya", "PROTEST", "Uganda") in typed_in(
        "Thousands of Kenyans protested against Uganda's border closure."
    )


def test_a_rebuke_drawn_and_a_decision_slammed_are_charges() -> None:
    assert ("United States", "ACCUSE", "Brazil") in typed_in(
        "Brazil criticised the United States on Monday, drawing a rebuke from Washington."
    )
    assert typed_in("China slammed Japan's decision to release water from Fukushima.") == {
        ("China", "ACCUSE", "Japan")
    }


def test_a_lawsuit_filed_in_a_court_is_a_charge() -> None:
    found = typed_in("Apple sued Samsung in a California court on Friday.")
    assert found == {("Apple", "ACCUSE", "Samsung")}


def test_a_party_ruling_a_state_and_a_rival_beaten_at_the_polls_are_no_events() -> None:
    found = typed_in(
        "India's ruling Bharatiya Janata Party won a landslide in Uttar Pradesh, defeating "
        "the Samajwadi Party."
    )
    assert not found


def test_a_court_disqualifying_a_candidate_coerces_her() -> None:
    found = typed_in(
        "Guatemala's electoral court disqualified opposition candidate Thelma Cabrera."
    )
    assert found == {("Guatemala", "COERCE", "Thelma Cabrera")}


def test_a_trial_ordered_charges_and_an_authorisation_endorses() -> None:
    assert typed_in(
        "A South African court on Friday ordered former President Jacob Zuma to stand trial "
        "on corruption charges."
    ) == {("South African court", "ACCUSE", "Jacob Zuma")}
    found = typed_in(
        "The U.N. Security Council authorised French and African Union forces to use force."
    )
    assert ("UN Security Council", "SUPPORT", "France") in found


def test_a_place_held_by_a_group_is_the_groups_when_attacked() -> None:
    found = typed_in(
        "Forces loyal to Muammar Gaddafi shelled the port city of Misrata, held by fighters of "
        "the rebel National Transitional Council, on Sunday."
    )
    assert ("Muammar Gaddafi", "ASSAULT", "National Transitional Council") in found


def test_ties_switched_break_with_one_state_and_recognise_the_other() -> None:
    found = typed_in("Honduras switched diplomatic recognition from Taiwan to China on Sunday.")
    assert found == {("Honduras", "SANCTION", "Taiwan"), ("Honduras", "SUPPORT", "China")}
    assert ("Nicaragua", "SUPPORT", "China") in typed_in(
        "Nicaragua severed ties with Taiwan and recognised China."
    )


def test_an_answer_said_to_come_threatens_the_one_who_acted() -> None:
    in_kind = typed_in(
        "Germany expelled two Russian diplomats on Wednesday over the killing of a Georgian "
        "man in a Berlin park, saying Moscow had failed to cooperate with the investigation, "
        "and Russia said it would respond in kind."
    )
    assert ("Russia", "THREATEN", "Germany") in in_kind
    assert not [row for row in in_kind if row[2] == "Georgian"]  # whose killing: not said
    described = typed_in(
        "Britain said it would expel 23 Russian diplomats over the nerve agent attack in "
        "Salisbury, and Moscow, which denies any involvement, said it would retaliate."
    )
    assert ("Russia", "THREATEN", "United Kingdom") in described


def test_countermeasures_or_a_firm_answer_said_to_come_threaten_the_one_who_acted() -> None:
    measures = typed_in(
        "The United States raised tariffs on $200 billion of Chinese goods on Friday, and"
        " China's commerce ministry said it would have to take countermeasures."
    )
    assert ("China's commerce ministry", "THREATEN", "United States") in measures
    firmly = typed_in(
        "Azerbaijan shelled Armenian positions overnight, and Armenia said it would respond firmly."
    )
    assert ("Armenia", "THREATEN", "Azerbaijan") in firmly
