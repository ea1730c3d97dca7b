"""Where an event happens, and who acts through a place, as event coders read wire copy: a
protest, a show of force, a meeting or an attack with no named object is aimed at where it
happens, and forces of two states that land somewhere came there, not to each other; "a
court in Kenya" is Kenya acting; a participle after a noun is a passive of its own; a clause
opened by ", waving" keeps its objects.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_protest_exercises_or_a_summit_with_no_object_are_aimed_at_where_they_happen() -> None:
    assert _typed("Chinese activists staged a protest in Tokyo on Friday.") == {
        ("Chinese activists", "PROTEST", "Japan")
    }
    assert _typed("Turkey is conducting naval exercises in Cyprus.") == {
        ("Turkey", "MOBILIZE", "Cyprus")
    }
    assert ("Canada", "CONSULT", "Norway") in _typed(
        "Canada is scheduled to attend a summit in Norway."
    )


def test_a_group_meeting_somewhere_meets_each_other_not_the_venue() -> None:
    # Coders of wire copy code the parties of talks, not where they were held.
    assert _typed("The leaders of Ghana and Togo will meet in Geneva next week.") == {
        ("Ghana", "CONSULT", "Togo"),
        ("Togo", "CONSULT", "Ghana"),
    }


def test_where_is_no_target_when_an_object_a_noun_or_an_agent_is_named() -> None:
    assert _typed("Peru protested against Chile in Bolivia.") == {("Peru", "PROTEST", "Chile")}
    assert _typed("The summit was hosted by Spain in Morocco.") == set()
    assert _typed("Rapport between Peru and Chile grew during the recent conflict in Bolivia.") == {
        ("Peru", "PARTNER", "Chile")
    }


def test_a_states_institution_named_by_its_place_is_the_state_acting() -> None:
    # the journalists are Uganda's nationals, an actor of their own that belongs to Uganda
    assert _typed("A court in Kenya has jailed two Ugandan journalists.") == {
        ("Kenya", "COERCE", "Ugandan journalists")
    }
    assert _typed("Police in Peru arrested three Bolivian smugglers.") == {
        ("Peru", "COERCE", "Bolivia")
    }


def test_a_participle_after_a_noun_is_passive_and_its_noun_the_victim() -> None:
    assert _typed("Iraqi soldiers captured by Iranian forces were released.") == {
        ("Iranian forces", "COERCE", "Iraqi soldiers")
    }
    assert _typed("Five Kenyan soldiers killed in Somalia were buried on Monday.") == set()


def test_a_participle_clause_after_a_comma_holds_no_object_of_the_verb_before() -> None:
    assert _typed("Chinese activists staged a protest in Tokyo, waving Korean flags.") == {
        ("Chinese activists", "PROTEST", "Japan")
    }


def test_a_trigger_word_inside_a_name_does_not_end_the_verbs_object() -> None:
    assert _typed("Hezbollah attacked Israeli troops in Lebanon.") == {
        ("Hezbollah", "ASSAULT", "Israeli troops")
    }


def test_a_noun_after_a_number_is_no_verb() -> None:
    assert _typed("Samsung sold ten million phones in China last year.") == set()


def test_a_passive_act_hits_its_subject_not_the_place_it_was_over_nor_the_weapon() -> None:
    assert _typed(
        "A Turkish Airlines jet was shot down over eastern Syria by a BUK missile fired by"
        " Kurdish rebels."
    ) == {("Kurdish rebels", "ASSAULT", "Turkish Airlines")}


def test_drills_near_a_state_are_a_show_of_force_to_it() -> None:
    assert _typed("China is conducting naval drills near Taiwan.") == {
        ("China", "MOBILIZE", "Taiwan")
    }


def test_victims_of_an_attack_named_by_whose_it_was_are_its_targets() -> None:
    # "in a Turkish drone strike": Turkey did it, to the Syrians who were killed.
    assert _typed("Two Syrian soldiers were killed in a Turkish drone strike on Monday.") == {
        ("Turkey", "ASSAULT", "Syrian soldiers")
    }
    # No victim named: where it happened, as event coders read it.
    assert _typed("Three civilians were wounded in Russian shelling in eastern Ukraine.") == {
        ("Russia", "ASSAULT", "Ukraine")
    }
    # No attacker named: nobody did it.
    assert _typed("Two Syrian soldiers were killed in a bombing in Iraq.") == set()


def test_a_protest_at_an_embassy_is_the_host_states_against_the_embassys() -> None:
    assert _typed("Thousands of protesters rallied outside the Turkish consulate in Athens.") == {
        ("Greece", "PROTEST", "Turkey")
    }
    found = _typed("Protesters marched on the Russian embassy in Prague on Sunday.")
    assert {(source, kind) for source, kind, _ in found} == {("Czechia", "PROTEST")}


def test_a_states_facility_where_others_sign_is_the_venue_no_party() -> None:
    """ "initialled a peace agreement at a US air base": the three sign, the US takes no part."""
    found = _typed(
        "The leaders of Armenia, Georgia and Azerbaijan initialled a transit accord at a"
        " French air base on Friday."
    )
    assert {("Armenia", "SUPPORT", "Georgia"), ("Georgia", "SUPPORT", "Azerbaijan")} <= found
    assert not any("France" in (source, target) for source, _, target in found)


def test_a_sea_named_without_the_word_sea_is_where_not_who() -> None:
    found = _typed("Tensions in the Adriatic eased after Croatia and Italy held talks.")
    assert not any("Adriatic" in (source, target) for source, _, target in found)
    assert ("Croatia", "CONSULT", "Italy") in found


def test_a_name_nothing_kinds_right_after_in_is_where_two_sides_sign() -> None:
    """ "signed an agreement in Zembla": Zembla, whatever it is, is where, not a third party."""
    found = _typed("Chad and Niger signed a security agreement in Zembla on Thursday.")
    assert {("Chad", "SUPPORT", "Niger"), ("Niger", "SUPPORT", "Chad")} <= found
    assert not any("Zembla" in (source, target) for source, _, target in found)


def test_forces_of_two_states_landing_somewhere_came_there_not_to_each_other() -> None:
    found = _typed(
        "Hundreds of Australian and New Zealand troops and police landed in the Solomon "
        "Islands on Thursday to restore order after years of ethnic violence."
    )
    assert ("Australia", "AID", "Solomon Islands") in found
    assert not [row for row in found if row[2] in ("Australia", "New Zealand troops")]
