"""A body whose summit others meet at, or whose mandate they act under, is no party; an act
a state "would" do "unless" another yields is a threat, and so is a vow of measures against
it; called strikes and ordered ceasefires are the strike and the ceasefire; bombs dropped
"across" or "inside" a state hit it; "aid agencies" are given nothing; forces led by a state
are that state's; a new subject after ", and President X" opens its own clause; who hosts a
signing is no party to it; a body's staff named by nationality are the body's. Sentences
written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_a_body_whose_summit_two_leaders_meet_at_is_no_party() -> None:
    assert typed_in(
        "Xi Jinping and Joe Biden met on the sidelines of the APEC summit in Lima."
    ) == {
        ("Xi Jinping", "CONSULT", "Joe Biden"),
        ("Joe Biden", "CONSULT", "Xi Jinping"),
    }
    found = typed_in(
        "Nigerian peacekeepers landed in Liberia on Monday under an ECOWAS mandate to restore law"
        " and order."
    )
    assert found == {("Nigerian peacekeepers", "AID", "Liberia")}


def test_forces_a_state_leads_are_the_state_s() -> None:
    assert typed_in(
        "Nigerian-led peacekeepers arrived in Liberia on Monday to restore law and order."
    ) == {("Nigeria", "AID", "Liberia")}


def test_an_act_a_state_would_do_unless_another_yields_is_a_threat() -> None:
    found = typed_in(
        "Washington would impose punitive tariffs on Brazilian steel unless Brasilia opened its"
        " market, a U.S. official said."
    )
    assert found == {("United States", "THREATEN", "Brazil")}


def test_a_vow_of_measures_against_a_state_threatens_it() -> None:
    assert ("Shinzo Abe", "THREATEN", "North Korea") in typed_in(
        "Japanese Prime Minister Shinzo Abe vowed on Tuesday to take firm measures against"
        " Pyongyang."
    )


def test_a_strike_called_and_a_ceasefire_ordered_are_the_acts_themselves() -> None:
    assert typed_in(
        "Bolivia's COB union called a general strike on Monday against President Evo Morales."
    ) == {("COB", "PROTEST", "Evo Morales")}
    found = typed_in(
        "The Turkish government and the PKK reached a peace deal in Oslo, and President Recep"
        " Tayyip Erdogan ordered a ceasefire with the rebels."
    )
    assert ("Recep Tayyip Erdoğan", "RETREAT", "Kurdistan Workers' Party") in found
    assert not any("Recep Tayyip Erdoğan" in (s, t) and kind == "AGREE" for s, kind, t in found)


def test_bombs_dropped_across_or_inside_a_state_hit_it() -> None:
    assert typed_in("NATO jets bombed bridges and fuel depots across Serbia overnight.") == {
        ("NATO", "ASSAULT", "Serbia")
    }
    assert typed_in("Russian aircraft bombed targets inside Georgia on Friday.") == {
        ("Russia", "ASSAULT", "Georgia")
    }


def test_aid_agencies_expelled_are_given_nothing() -> None:
    found = typed_in("Khartoum expelled 13 foreign aid agencies including Oxfam on Wednesday.")
    assert not any(kind == "AID" for _, kind, _ in found)


def test_a_participle_naming_both_neighbours_charges_the_two_just_acted_on() -> None:
    found = typed_in(
        "President Donald Trump said he would impose tariffs on imports from Mexico and Canada,"
        " accusing both neighbours of failing to stop migrants."
    )
    assert {("Donald Trump", "ACCUSE", "Mexico"), ("Donald Trump", "ACCUSE", "Canada")} <= found


def test_battling_insurgents_is_a_fight() -> None:
    assert typed_in("Kenyan troops battled al-Shabaab insurgents near Kismayo on Sunday.") == {
        ("Kenyan troops", "ASSAULT", "al-Shabaab")
    }


def test_who_hosted_the_signing_is_no_party_to_it_but_met_each_side() -> None:
    found = typed_in(
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti signed an"
        " economic agreement in Washington in a ceremony hosted by U.S. President Donald Trump."
    )
    assert {("Serbia", "SUPPORT", "Kosovo"), ("Kosovo", "SUPPORT", "Serbia")} <= found  # 057
    hosts = {"Donald Trump", "United States"}
    assert all(k == "CONSULT" and s in hosts for s, k, t in found if hosts & {s, t})
    assert ("Donald Trump", "CONSULT", "Serbia") in found  # the host meets each (CAMEO 045)


def test_a_body_s_staff_named_by_nationality_are_the_body_s() -> None:
    assert typed_in("Houthi rebels detained 11 Yemeni employees of the U.S. embassy in Sanaa.") == {
        ("Houthis", "COERCE", "U.S. embassy")
    }


def test_the_world_body_speaking_is_the_united_nations() -> None:
    found = typed_in(
        "Taliban authorities detained two Afghan staff members of the United Nations in Kabul,"
        " the world body said, condemning the arrests."
    )
    assert {
        ("Taliban", "COERCE", "United Nations"),
        ("United Nations", "ACCUSE", "Taliban"),
    } <= found


def test_forces_named_with_an_adjective_join_the_list_of_sides() -> None:
    assert typed_in(
        "Sudanese government forces and Rapid Support Forces fighters clashed in Khartoum."
    ) == {
        ("Sudanese government", "ASSAULT", "Rapid Support Forces"),
        ("Rapid Support Forces", "ASSAULT", "Sudanese government"),
    }


def test_sharing_of_military_intelligence_is_cooperation() -> None:
    assert typed_in(
        "Japan and South Korea resumed regular sharing of military intelligence on Sunday."
    ) == {("Japan", "COOPERATE", "South Korea"), ("South Korea", "COOPERATE", "Japan")}


def test_troops_entering_a_state_occupy_ground_and_fight_as_their_state() -> None:
    # event coders code forces entering a state or a city as occupying it (CAMEO 192)
    assert typed_in("Turkish troops entered northern Syria to fight Kurdish militants.") == {
        ("Turkish troops", "COERCE", "Syria"),
        ("Turkish troops", "ASSAULT", "Kurdish militants"),
    }
    assert typed_in("ECOWAS troops entered Gambia to help restore order.") == {
        ("ECOWAS", "AID", "Gambia")
    }


def test_a_bodys_members_listed_by_nationality_are_the_bodys() -> None:
    found = typed_in(
        "Sudan ordered British, French and Dutch members of the U.N. mission in Darfur to "
        "leave the country within a week."
    )
    assert ("Sudan", "SANCTION", "United Nations") in found
    assert not any(target in ("United Kingdom", "France", "Netherlands") for _, _, target in found)


def test_a_summoned_envoy_receives_a_complaint_not_a_meeting() -> None:
    found = typed_in("Poland summoned Belarus's ambassador on Friday over the border incident.")
    assert found == {("Poland", "ACCUSE", "Belarus's ambassador")}
    # reporters summoned to a news conference are no envoy
    found = typed_in("Peru summoned reporters to a meeting with Chile's president.")
    assert not any(kind == "ACCUSE" for _, kind, _ in found)
