"""An act or an actor named again by its noun: "welcomed the decision" answers whoever decided
(one "greeted with caution" is no welcome); "called the move blackmail" accuses whoever
moved, and "condemned the raids on Libya" the raider, as "prompting X to call the penalty
unfair" accuses whoever fined; ground seized "from" a state is taken from it; an envoy's
brief is no party; an officer the lexicon does not know who answers an act serves the state
it was done to; "both allies" are the two acted on just before; "its neighbour" the state
acted on; "the U.S. company" is the company, not its state, nor is the owner in "China's
Sinopec"; "Huawei sued" is Huawei acting, where "Police arrested" names no one; a charge in
a relative clause is the main subject's; an officer never acts on the state it serves; a
coast guard guards no one; a reaction prompted in "Beijing's embassy in London" is China's.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_welcoming_the_decision_supports_whoever_decided() -> None:
    found = typed_in(
        "The African Union voted on Friday to lift Mali's suspension, and Malian Foreign"
        " Minister Abdoulaye Diop welcomed the decision."
    )
    assert ("Abdoulaye Diop", "SUPPORT", "African Union") in found


def test_calling_the_move_names_its_author_praised_or_accused() -> None:
    assert ("Krisjanis Karins", "ACCUSE", "Gazprom") in typed_in(
        "Russia's Gazprom halted gas supplies to Latvia on Saturday, and Latvian Prime"
        " Minister Krisjanis Karins called the move blackmail."
    )
    assert ("China", "SUPPORT", "Japan") in typed_in(
        "Japan lifted its ban on Chinese seafood, and Beijing called the decision a positive step."
    )


def test_both_allies_are_the_two_just_acted_on_not_the_speaker_s_state() -> None:
    found = typed_in(
        "France recalled its ambassadors to the United States and Australia on Friday, with"
        " Foreign Minister Jean-Yves Le Drian accusing both allies of duplicity."
    )
    assert {
        ("Jean-Yves Le Drian", "ACCUSE", "United States"),
        ("Jean-Yves Le Drian", "ACCUSE", "Australia"),
    } <= found
    assert not any(kind == "ALLY" or target == "France" for _, kind, target in found)


def test_the_two_allies_are_the_two_sides_of_the_joint_act() -> None:
    found = typed_in(
        "Japan and the United States held joint naval drills on Monday, and China accused the"
        " two allies of raising tensions."
    )
    assert {("China", "ACCUSE", "Japan"), ("China", "ACCUSE", "United States")} <= found


def test_the_two_sides_a_speaker_reports_are_the_two_that_met() -> None:
    found = typed_in(
        "Peruvian and Chilean defence ministers met in Lima on Monday, and Peru's Walter Martos"
        " said the two sides had agreed to hold joint patrols."
    )
    assert {
        ("Peru", "AGREE", "Chilean defence ministers"),
        ("Chilean defence ministers", "AGREE", "Peru"),
    } <= found


def test_the_company_named_again_by_its_state_s_adjective_is_the_company() -> None:
    assert typed_in(
        "South Korea's antitrust regulator fined Qualcomm on Thursday, accusing the American"
        " chipmaker of abusing its dominance."
    ) == {("South Korea", "COERCE", "Qualcomm"), ("South Korea", "ACCUSE", "Qualcomm")}
    found = typed_in(
        "The European Commission fined Microsoft on Wednesday and ordered the U.S. company to"
        " offer a version of Windows without its media player."
    )
    assert ("European Commission", "REQUEST", "Microsoft") in found
    assert not any(target == "United States" for _, _, target in found)


def test_a_company_opening_a_sentence_before_its_verb_acts() -> None:
    assert typed_in("Huawei sued the U.S. government in a Texas court on Thursday.") == {
        ("Huawei", "ACCUSE", "United States")
    }
    found = typed_in("Police arrested three members of the Awami League in Dhaka.")
    assert not any("Police" in (source, target) for source, _, target in found)


def test_an_officer_never_acts_on_the_state_it_serves() -> None:
    found = typed_in(
        "Ukraine accused Russia on Monday of attacking its power grid, and President Volodymyr"
        " Zelenskiy called on allies to send more air defence systems."
    )
    assert ("Ukraine", "ACCUSE", "Russia") in found
    assert not any({s, t} == {"Volodymyr Zelensky", "Ukraine"} for s, _, t in found)
    allies = typed_in("Israel's allies have urged Israel to open more crossings into Gaza.")
    assert ("Israel's allies", "REQUEST", "Israel") in allies  # no officer: other states


def test_a_charge_in_a_relative_clause_is_the_main_subject_s_on_the_main_object() -> None:
    assert typed_in(
        "The United States imposed sanctions on three Iranian companies it accused of supplying"
        " drones to Russia."
    ) == {("United States", "COERCE", "Iran"), ("United States", "ACCUSE", "Iran")}


def test_a_subject_named_by_a_lower_case_title_opens_its_own_clause() -> None:
    found = typed_in(
        "Police in Nairobi fired tear gas at thousands of protesters on Tuesday, and opposition"
        " leader Raila Odinga accused the government of President William Ruto of brutality."
    )
    assert ("Raila Odinga", "ACCUSE", "William Ruto") in found
    assert not any(target == "Raila Odinga" for _, _, target in found)


def test_a_state_s_neighbour_is_the_state_it_acted_on() -> None:
    assert typed_in(
        "Algeria cut diplomatic ties with Morocco on Tuesday, accusing its neighbour of hostile"
        " actions."
    ) == {("Algeria", "SANCTION", "Morocco"), ("Algeria", "ACCUSE", "Morocco")}


def test_a_coast_guard_guards_no_one() -> None:
    found = typed_in("China's coast guard boarded a Philippine navy boat near Second Thomas Shoal.")
    assert not any(kind == "AID" for _, kind, _ in found)


def test_a_company_a_state_owns_is_the_party_and_its_holdings_name_no_state() -> None:
    assert typed_in(
        "Shell agreed to sell its Nigerian onshore assets to China's Sinopec on Tuesday."
    ) == {("Shell", "AGREE", "Sinopec")}
    assert ("North Korea", "ASSAULT", "South Korea") in typed_in(
        "North Korean artillery shelled South Korea's Baengnyeong island on Tuesday."
    )


def test_condemning_the_attacks_on_a_state_accuses_the_attacker_not_the_victim() -> None:
    found = typed_in(
        "Israeli jets struck targets near Damascus and Homs overnight, and Iran condemned the"
        " air strikes on Syria as a crime."
    )
    assert ("Iran", "ACCUSE", "Israel") in found
    assert not any(source == "Iran" and target == "Syria" for source, _, target in found)


def test_calling_the_act_or_the_downing_names_its_author() -> None:
    assert ("Alexander Lukashenko", "ACCUSE", "Lithuania") in typed_in(
        "Lithuania shot down a Belarusian drone near Vilnius, and President Alexander"
        " Lukashenko called the act a provocation."
    )


def test_an_attack_condemned_on_a_day_names_no_victim() -> None:
    found = typed_in(
        "Al-Shabaab gunmen ambushed Kenyan troops near Lamu, and the African Union condemned"
        " the attack on Sunday."
    )
    assert ("African Union", "ACCUSE", "al-Shabaab") in found


def test_an_unknown_officer_answering_an_act_serves_the_state_it_was_done_to() -> None:
    found = entities_in(
        "Azerbaijan shot down an Armenian helicopter near the Iranian border on Monday, and"
        " Prime Minister Tigran Avetisyan called the act a crime.",
        "2021-05-03",
    )
    assert found["Tigran Avetisyan"].affiliation == "armenia"
    appeal = entities_in(
        "Sri Lankan troops captured Kilinochchi from the Tamil Tigers on Friday, and President"
        " Ranil Wijeratne called on the rebels to surrender.",
        "2021-05-03",
    )
    assert appeal["Ranil Wijeratne"].affiliation == "sri-lanka"  # an appeal is no answer


def test_a_refusal_to_hand_someone_over_is_aimed_at_whoever_would_receive_him() -> None:
    found = typed_in("Syria refused on Monday to hand Abdullah Ocalan over to Turkey.")
    assert ("Syria", "REJECT", "Turkey") in found
    assert ("Syria", "REJECT", "Abdullah Ocalan") not in found
    handed = typed_in("Kenya handed Abdullah Ocalan over to Turkey on Monday.")
    assert ("Kenya", "AID", "Abdullah Ocalan") not in handed


def test_ground_seized_from_a_state_is_taken_from_that_state() -> None:
    found = typed_in("Iraqi troops seized the Gulf island of Bubiyan from Kuwait in August 1990.")
    assert ("Iraqi troops", "COERCE", "Kuwait") in found
    assert not any(target == "Gulf" for _, _, target in found)
    seized = typed_in("Hamas fighters seized two Israeli soldiers on a patrol from Gaza.")
    assert ("Hamas", "ASSAULT", "Israeli soldiers") in seized  # people seized, no ground


def test_an_envoys_brief_is_no_party() -> None:
    found = typed_in("The U.N. special envoy for Syria, Staffan de Mistura, met Russia's Lavrov.")
    assert not any("Syria" in (source, target) for source, _, target in found)


def test_a_reaction_prompted_in_a_states_embassy_is_that_states() -> None:
    found = typed_in(
        "Canada expelled two Indian diplomats on Monday, prompting New Delhi's embassy in"
        " Ottawa to condemn the decision."
    )
    assert any(s.startswith("New Delhi") and k == "ACCUSE" and t == "Canada" for s, k, t in found)


def test_a_penalty_called_unfair_by_one_it_prompted_accuses_who_imposed_it() -> None:
    found = typed_in(
        "The U.S. Justice Department fined French bank BNP Paribas a record $8.9 billion on "
        "Monday, prompting French President Francois Hollande to call the penalty unfair."
    )
    assert ("Francois Hollande", "ACCUSE", "Justice Department") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_an_act_greeted_with_caution_is_no_welcome() -> None:
    found = typed_in(
        "The Irish Republican Army declared a ceasefire on Wednesday, a move British Prime "
        "Minister John Major greeted with caution."
    )
    assert not any(kind == "SUPPORT" for _, kind, _ in found)


def test_guard_an_act_greeted_warmly_is_welcomed() -> None:
    found = typed_in(
        "The Irish Republican Army declared a ceasefire on Wednesday, a move British Prime "
        "Minister John Major welcomed."
    )
    assert ("John Major", "SUPPORT", "Irish Republican Army") in found
