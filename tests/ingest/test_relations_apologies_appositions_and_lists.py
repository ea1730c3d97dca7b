"""Apologies and solidarity, a place naming where a company is listed, lists of subjects after ", and", a
speaker who spoke "hours later", and appositions that only describe an actor or tell the
means it acts with (", using intelligence shared by the United States,")."""

from __future__ import annotations

from relation_support import typed_in


def test_an_apology_or_regret_expressed_to_another_supports_it() -> None:
    assert ("Japan", "SUPPORT", "South Korea") in typed_in(
        "Japan apologised to South Korea on Monday for its colonial rule."
    )
    regrets = typed_in(
        "The Netherlands expressed its deepest regrets to Indonesia for the violence of the 1940s."
    )
    assert ("Netherlands", "SUPPORT", "Indonesia") in regrets
    assert not any(kind == "ACCUSE" for _, kind, _ in regrets)


def test_standing_in_solidarity_with_another_supports_it() -> None:
    assert ("ECOWAS", "SUPPORT", "Liberia") in typed_in(
        'ECOWAS said it stood "in full solidarity" with Liberia after the coup attempt.'
    )


def test_where_a_company_is_listed_is_no_party() -> None:
    found = typed_in("Mongolia accused the London-listed miner Rio Tinto of hiding costs.")
    assert ("Mongolia", "ACCUSE", "Rio Tinto") in found
    assert not any("United Kingdom" in (source, target) for source, _, target in found)


def test_two_subjects_joined_after_a_comma_and_both_act() -> None:
    found = typed_in(
        "France carried out a nuclear test on Tuesday, and New Zealand and Chile recalled their "
        "ambassadors from Paris in protest."
    )
    assert {("New Zealand", "SANCTION", "France"), ("Chile", "SANCTION", "France")} <= found


def test_a_speaker_who_spoke_later_is_the_subject_of_its_own_pronoun() -> None:
    found = typed_in(
        "Iraqi troops invaded Kuwait on Thursday, and the Soviet Union announced hours later "
        "that it had suspended arms deliveries to Iraq."
    )
    assert ("Soviet Union", "SANCTION", "Iraq") in found


def test_an_apposition_describing_the_speaker_tells_no_act() -> None:
    found = typed_in(
        "Syria shelled Beirut on Monday, and Iran, Damascus's closest regional partner, said "
        "weeks later that it had suspended oil shipments to Syria."
    )
    assert ("Iran", "COERCE", "Syria") in found  # oil cut off: an embargo (CAMEO 163)
    assert not any(kind in ("AID", "COOPERATE") for _, kind, _ in found)
    supplier = typed_in(
        "India tested a missile, and Russia, New Delhi's main arms supplier, said it had "
        "halted talks with Pakistan."
    )
    assert not any(kind == "COOPERATE" for _, kind, _ in supplier)


def test_an_officer_named_with_the_state_adjective_after_a_comma_and_is_one_subject() -> None:
    found = typed_in(
        "North Korea fired a missile over Japan on Friday, and Japanese Prime Minister Fumio "
        "Kishida condemned the launch as an outrage."
    )
    assert ("Fumio Kishida", "ACCUSE", "North Korea") in found


def test_a_leader_who_flies_to_another_capital_visits_its_state() -> None:
    assert ("Pope Francis", "CONSULT", "Iraq") in typed_in(
        "Pope Francis flew to Baghdad on Friday."
    )
    assert ("Kim Dae Jung", "CONSULT", "North Korea") in typed_in(  # the lexicon's spelling
        "South Korean President Kim Dae-jung flew to Pyongyang on Tuesday for the first summit "
        "between the two Koreas."
    )
    troops = typed_in("Kenyan troops flew to Haiti on Monday.")
    assert not any(kind == "CONSULT" for _, kind, _ in troops)


def test_a_city_naming_a_pact_or_talks_is_no_party_to_them() -> None:
    signed = typed_in("Russia and Ukraine signed the Minsk agreements in 2015.")
    assert ("Russia", "SUPPORT", "Ukraine") in signed
    assert not any("Belarus" in (source, target) for source, _, target in signed)
    oslo = typed_in("Israel and the PLO signed the Oslo accords.")
    assert not any("Norway" in (source, target) for source, _, target in oslo)
    hosted = typed_in("Russia hosted the Astana format talks with Turkey and Iran.")
    assert not any("Kazakhstan" in (source, target) for source, _, target in hosted)


def test_signing_any_formal_agreement_is_signing_it() -> None:
    trade = typed_in("Japan and Australia signed a landmark free trade agreement in Tokyo.")
    assert {("Japan", "SUPPORT", "Australia"), ("Australia", "SUPPORT", "Japan")} == trade
    communique = typed_in("Morocco and Israel signed a joint communique in Rabat on Tuesday.")
    assert ("Morocco", "SUPPORT", "Israel") in communique


def test_sealing_or_concluding_an_agreement_is_signing_it_with_each_other() -> None:
    sealed = typed_in("Chile and Peru sealed a long-awaited maritime agreement in Lima on Friday.")
    assert {("Chile", "SUPPORT", "Peru"), ("Peru", "SUPPORT", "Chile")} == sealed
    concluded = typed_in("Canada and South Korea concluded a free trade pact on Tuesday.")
    assert {("Canada", "SUPPORT", "South Korea"), ("South Korea", "SUPPORT", "Canada")} == concluded
    assert not typed_in("Canada and South Korea concluded three days of talks on Tuesday.") - {
        ("Canada", "CONSULT", "South Korea"),
        ("South Korea", "CONSULT", "Canada"),
    }


def test_a_company_name_at_the_end_of_a_sentence_keeps_no_full_stop() -> None:
    found = typed_in("Rosneft signed a supply deal with China National Petroleum Corporation.")
    assert any(target == "China National Petroleum Corporation" for _, _, target in found)


def test_a_demand_rejected_in_an_apposition_rejects_who_made_it() -> None:
    found = typed_in(
        "The Arab League demanded that Damascus free all political prisoners, a demand Syrian "
        "leader Bashar al-Assad has so far rejected."
    )
    assert ("Bashar al-Assad", "REJECT", "Arab League") in found


def test_a_town_naming_a_bombing_is_no_attacker() -> None:
    found = typed_in(
        "Washington demanded that Tripoli hand over two suspects in the Lockerbie bombing, a "
        "demand the Libyan government rejected."
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    assert ("Libyan government", "REJECT", "United States") in found


def test_letting_inspectors_in_allows_international_involvement() -> None:
    found = typed_in("Iran agreed on Monday to let IAEA inspectors visit the Fordow site.")
    assert ("Iran", "RETREAT", "International Atomic Energy Agency") in found
    assert not any(kind == "AGREE" for _, kind, _ in found)


def test_a_kalenjin_particle_joins_a_name() -> None:
    found = typed_in("Kenyan President Daniel arap Moi accused Uganda of sheltering rebels.")
    assert ("Daniel arap Moi", "ACCUSE", "Uganda") in found


def test_an_act_refused_with_rather_than_is_rejected() -> None:
    found = typed_in(
        "Iran said it would leave the treaty rather than let IAEA inspectors visit the sites."
    )
    assert ("Iran", "REJECT", "International Atomic Energy Agency") in found
    assert not any(kind == "RETREAT" for _, kind, _ in found)


def test_who_helped_between_commas_is_not_the_subject() -> None:
    found = typed_in(
        "Nigerian troops, using intelligence shared by the United States, stormed Boko Haram "
        "camps in the Sambisa Forest on Tuesday."
    )
    assert ("Nigerian troops", "ASSAULT", "Boko Haram") in found
    assert not [row for row in found if row[0] == "United States" and row[2] == "Boko Haram"]
