"""A reaction to an act of several, a demand that names no one, an act demanded or prevented
(asked or kept from happening, not done), a toll left behind, a condition opened by "once",
and onlookers at a signing."""

from __future__ import annotations

from relation_support import typed_in


def test_condemning_the_strikes_of_three_accuses_each_striker() -> None:
    found = typed_in(
        "The United States, Britain and France launched air strikes on Syria early on "
        "Saturday, and Russia condemned the strikes as an act of aggression."
    )
    assert {("Russia", "ACCUSE", s) for s in ("United States", "United Kingdom", "France")} <= found


def test_a_demand_naming_no_one_is_made_of_the_other_side() -> None:
    held = typed_in(
        "Chinese authorities detained a Japanese national in Beijing on suspicion of "
        "espionage, Japan said on Monday, demanding his early release."
    )
    assert ("Japan", "REQUEST", "China") in held
    relative = typed_in(
        "Myanmar's junta sentenced Aung San Suu Kyi to four years in prison on Monday, "
        "drawing condemnation from the United Nations, which called for her release."
    )
    assert ("United Nations", "REQUEST", "Myanmar") in relative
    joined = typed_in(
        "The African Union suspended Mali's membership on Friday, and demanded that the "
        "junta restore constitutional order."
    )
    assert ("African Union", "REQUEST", "Mali") in joined


def test_a_demand_naming_its_addressee_is_made_of_it_alone() -> None:
    found = typed_in(
        "Chinese authorities detained a Japanese national on Monday, and Japan urged the "
        "United States to help win his release."
    )
    assert ("Japan", "REQUEST", "United States") in found
    assert ("Japan", "REQUEST", "China") not in found


def test_leaving_soldiers_dead_is_a_toll_not_a_departure() -> None:
    found = typed_in(
        "Chinese troops clashed with India's army on Monday night, leaving 20 Indian soldiers dead."
    )
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_once_again_is_no_condition_but_once_they_withdraw_is() -> None:
    assert ("Israel", "ASSAULT", "Hamas") in typed_in(
        "Israel once again struck Hamas positions in Gaza."
    )
    found = typed_in(
        "Russia and Turkey agreed to patrol northern Syria once Kurdish YPG fighters "
        "withdraw from the border zone."
    )
    assert not any(source == "YPG" for source, _, _ in found)


def test_onlookers_at_a_signing_are_no_party_to_what_it_ends() -> None:
    found = typed_in(
        "Eritrea and Ethiopia signed a peace agreement in Algiers on Tuesday formally "
        "ending their border war, with U.N. Secretary-General Kofi Annan and Algerian "
        "President Abdelaziz Bouteflika attending the ceremony."
    )
    assert ("Eritrea", "SUPPORT", "Ethiopia") in found  # the signing (CAMEO 057)
    assert not any("United Nations" in (s, t) or "Algeria" in (s, t) for s, _, t in found)


def test_a_place_no_state_owns_is_no_target_of_a_signing_or_a_protest() -> None:
    signed = typed_in(
        "Nicaragua's government and the Contra rebels signed a 60-day ceasefire in the "
        "border town of Sapoa on Wednesday."
    )
    assert not any("Sapoa" in (s, t) for s, _, t in signed)
    protest = typed_in(
        "Members of the Nigeria Labour Congress began a general strike on Monday to protest "
        "against fuel price rises, shutting banks across Africa's most populous country."
    )
    assert not any(t == "Africa" for _, _, t in protest)


def test_a_region_may_still_act() -> None:
    assert ("Europe", "COERCE", "Russia") in typed_in(
        "Moscow would dangle arms sales in front of Iran but then relent under U.S. and "
        "European pressure."
    )


def test_a_sentence_opening_with_its_condition_threatens_the_conditions_subject() -> None:
    found = typed_in(
        "If Pyongyang conducts another nuclear test, Seoul will suspend all economic "
        "cooperation, the South Korean unification minister warned on Monday."
    )
    assert found == {("South Korea", "THREATEN", "North Korea")}
    assert typed_in(
        "Unless Hamas frees the hostages, Israel will expand its offensive, Netanyahu said."
    ) == {("Israel", "THREATEN", "Hamas")}


def test_where_people_flee_or_are_bound_is_no_party() -> None:
    assert typed_in(
        "Iraqi troops invaded Kuwait on Thursday, forcing the emir to flee to Saudi Arabia."
    ) == {("Iraqi troops", "ASSAULT", "Kuwait")}
    assert not typed_in("Mauritania detained 300 migrants bound for Spain's Canary Islands.")


def test_gangs_and_cartels_in_the_plural_are_armed_groups() -> None:
    found = typed_in("Haitian gangs kidnapped 17 American missionaries near Port-au-Prince.")
    assert found == {("Haitian gangs", "ASSAULT", "United States")}


def test_a_person_handed_over_by_pronoun_is_cooperation() -> None:
    found = typed_in(
        "Thai police arrested a Cambodian activist in Bangkok and handed him over to Phnom Penh."
    )
    assert ("Thai police", "COOPERATE", "Cambodia") in found
    assert ("Thai police", "AID", "Cambodia") not in found


def test_a_nationality_before_a_named_journalist_is_no_party() -> None:
    assert typed_in("Russia detained American journalist Evan Gershkovich on spying charges.") == {
        ("Russia", "COERCE", "Evan Gershkovich")
    }


def test_a_warning_in_a_participle_is_the_main_subjects_threat() -> None:
    found = typed_in(
        "Islamic State militants beheaded a journalist, the group said in a video on Tuesday, "
        "warning that a second hostage would be killed unless President Barack Obama halted "
        "air strikes in Iraq."
    )
    assert ("Islamic State", "THREATEN", "Barack Obama") in found


def test_a_vow_that_another_will_pay_a_price_threatens_it() -> None:
    found = typed_in(
        "Hamas gunmen stormed into southern Israel on Saturday, killing hundreds of people, "
        "and Prime Minister Benjamin Netanyahu vowed that the group would pay an "
        "unprecedented price."
    )
    assert ("Benjamin Netanyahu", "THREATEN", "Hamas") in found
    assert typed_in("Iran warned that Israel would pay a heavy price for the strike.") == {
        ("Iran", "THREATEN", "Israel")
    }
    assert not typed_in("Iran and Israel said the price of oil would rise.")


def test_an_act_demanded_on_a_day_is_asked_not_done() -> None:
    found = typed_in(
        "Indonesia demanded on Tuesday that Myanmar's military release Aung San Suu Kyi and "
        "other detained politicians."
    )
    assert ("Indonesia", "REQUEST", "Myanmar") in found
    assert not [row for row in found if row[2] == "Aung San Suu Kyi"]


def test_an_act_prevented_is_a_restriction_and_not_done() -> None:
    found = typed_in(
        "Dutch authorities prevented two Turkish ministers from addressing rallies in "
        "Rotterdam on Saturday."
    )
    assert found == {("Netherlands", "COERCE", "Turkey")}  # no rally held
