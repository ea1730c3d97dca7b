"""A speaker's own participle after "said," is the speaker's act; "both sides" after a verb
are the two sides just related; owners in a list of subjects are no parties; a strike by
workers at a plant is a protest, one by a state's forces at a port an attack; units moved to
a boundary are mobilised against the neighbour; a speaker "adding that his government had"
acted is its subject. Sentences written for these tests, in the
shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in, typed_in


def test_a_participle_after_a_speaker_s_verb_is_the_speaker_s_act() -> None:
    found = typed_in(
        "Eritrean troops shelled Ethiopian positions on Monday, Addis Ababa said on Tuesday,"
        " accusing Asmara of violating the truce."
    )
    assert ("Ethiopia", "ACCUSE", "Eritrea") in found
    assert ("Eritrea", "ACCUSE", "Eritrea") not in found


def test_a_water_cannon_fired_at_a_boat_is_force_used_on_its_state() -> None:
    found = typed_in("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.")
    assert ("Chinese coast guard", "ASSAULT", "Vietnam") in found  # CAMEO 175


def test_both_sides_after_a_call_are_the_two_sides_just_related() -> None:
    found = typed_in(
        "Sudanese and South Sudanese forces clashed near Heglig on Monday, and the African"
        " Union called on both sides to halt the fighting."
    )
    assert {
        ("African Union", "REQUEST", "Sudan"),
        ("African Union", "REQUEST", "South Sudanese forces"),
    } <= found


def test_owners_in_a_list_of_subjects_are_no_parties() -> None:
    found = typed_in(
        "Russia's Vladimir Putin and China's Xi Jinping congratulated Kazakhstan on Monday."
    )
    assert {
        ("Vladimir Putin", "SUPPORT", "Kazakhstan"),
        ("Xi Jinping", "SUPPORT", "Kazakhstan"),
    } <= found
    assert not any("China" in pair[::2] and "Xi Jinping" in pair[::2] for pair in found)


def test_workers_striking_at_plants_protest_and_forces_striking_ports_attack() -> None:
    assert typed_in(
        "The Korean Metal Workers' Union launched strikes at plants run by Hyundai."
    ) == {("Korean Metal Workers' Union", "PROTEST", "Hyundai")}
    assert typed_in("Russia launched strikes at Ukrainian ports on Monday.") == {
        ("Russia", "ASSAULT", "Ukraine")
    }


def test_units_moved_to_a_boundary_face_the_neighbour() -> None:
    found = typed_in("Serbia moved army units closer to the boundary with Kosovo on Monday.")
    assert found == {("Serbia", "MOBILIZE", "Kosovo")}


def test_a_ship_sunk_by_rebels_is_attacked_by_them() -> None:
    found = typed_in("A Sri Lankan navy gunboat was sunk by Tamil Tiger rebels on Thursday.")
    assert ("Liberation Tigers of Tamil Eelam", "ASSAULT", "Sri Lankan navy") in found


def test_claiming_responsibility_for_an_attack_is_the_attack() -> None:
    found = typed_in("Islamic State claimed responsibility for the attack on a mosque in Kabul.")
    assert found == {("Islamic State", "ASSAULT", "Afghanistan")}


def test_retaliating_by_an_act_is_that_act() -> None:
    found = typed_in(
        "The EU sanctioned Belarus on Monday, and Minsk retaliated by banning EU food."
    )
    assert ("Belarus", "COERCE", "European Union") in found
    assert ("Belarus", "ASSAULT", "European Union") not in found


def test_people_accused_of_a_plot_are_the_ones_arrested() -> None:
    found = typed_in("Venezuela arrested three Americans accused of plotting a coup on Sunday.")
    assert found == {("Venezuela", "COERCE", "United States")}


def test_talks_in_an_opening_participle_are_the_main_subject_s() -> None:
    found = typed_in(
        "Speaking after talks with Kenyan President William Ruto in Nairobi, German Chancellor"
        " Olaf Scholz said the two countries would cooperate on energy."
    )
    assert ("Olaf Scholz", "CONSULT", "William Ruto") in found


def test_a_speaker_opening_the_second_clause_tells_only_what_follows() -> None:
    links = {
        (x.source, x.type, x.target): x
        for x in links_in(
            "Hamas fired rockets at Israel on Tuesday, and the Israeli military said it had"
            " struck Hamas positions in Gaza in response."
        )
    }
    assert links[("Hamas", "ASSAULT", "Israel")].attribution is None
    closing = links_in("Iran has supplied Russia with drones, U.S. officials said on Monday.")
    assert [x.attribution for x in closing if x.type == "AID"] == ["United States"]


def test_a_reaction_prompted_by_the_main_clause_answers_its_subject() -> None:
    found = typed_in(
        "Chile refused to extradite the former president to Peru, prompting Lima to"
        " recall its ambassador."
    )
    assert ("Peru", "SANCTION", "Chile") in found
    assert ("Chile", "REJECT", "Peru") in found


def test_a_closing_speaker_named_by_its_kind_is_the_last_of_that_kind() -> None:
    found = typed_in(
        "Myanmar jets bombed a market held by the Arakan Army on Sunday, the rebel group said,"
        " accusing the junta of targeting civilians."
    )
    assert found == {("Myanmar", "ASSAULT", "Arakan Army"), ("Arakan Army", "ACCUSE", "Myanmar")}


def test_an_attitude_before_a_name_is_no_part_of_it() -> None:
    found = typed_in(
        "Turkish police detained leaders of the pro-Kurdish Peoples' Democratic Party."
    )
    assert any(target == "Peoples' Democratic Party" for _, _, target in found)


def test_a_state_named_again_by_its_noun_opens_its_own_clause() -> None:
    found = typed_in(
        "Russia expelled two Estonian diplomats on Monday, and the country also banned"
        " Estonian news sites."
    )
    assert ("Russia", "COERCE", "Estonia") in found
    assert not any(source == "Estonian diplomats" for source, _, _ in found)


def test_a_group_named_again_after_a_comma_answers_by_its_act() -> None:
    found = typed_in(
        "Israel struck Hezbollah positions, and the group responded by firing rockets at Israel."
    )
    assert ("Hezbollah", "ASSAULT", "Israel") in found


def test_both_sides_asked_when_the_verb_names_no_one_else() -> None:
    found = typed_in(
        "Indian and Chinese troops exchanged fire in Ladakh on Monday, and the United Nations"
        " urged both sides to show restraint."
    )
    assert {
        ("United Nations", "REQUEST", "India"),
        ("United Nations", "REQUEST", "Chinese troops"),
    } <= found


def test_a_speaker_adding_what_his_government_did_is_its_subject() -> None:
    found = typed_in(
        '"We will never negotiate with terrorists," Peruvian President Alan Garcia said in Lima'
        " on Tuesday, adding that his government had asked Bolivia to extradite the rebels."
    )
    assert ("Alan Garcia", "REQUEST", "Bolivia") in found
    plain = typed_in(
        "Kenya's foreign minister said on Monday, adding that his country had asked Uganda to"
        " reopen the border."
    )
    assert ("Kenya's foreign minister", "REQUEST", "Uganda") in plain


def test_a_source_described_after_according_to_vouches_and_is_not_attacked() -> None:
    links = links_in(
        "Myanmar military jets bombed a village in the Sagaing region on Tuesday, killing at"
        " least 30 civilians, according to the opposition National Unity Government."
    )
    assert not [x for x in links if "National Unity Government" in (x.source, x.target)]
    bombed = [x for x in links if x.type == "ASSAULT"]
    assert bombed and all(x.attribution == "National Unity Government" for x in bombed)
