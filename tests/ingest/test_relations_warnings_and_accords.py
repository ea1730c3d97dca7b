"""What a speaker warns it would do is a threat ("warned that it would launch strikes against
X"); "threatened to use force" is no cooperation; rebels named by a state's adjective ("their
Cambodian rebel allies") are not that state; a longer known name before "government" keeps
it ("the Khmer Rouge government"); what an accord grants is its content, no act.  Sentences
written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_what_a_speaker_warns_it_would_do_is_a_threat() -> None:
    found = typed_in(
        "Pyongyang warned on Monday that it would launch 'merciless' nuclear strikes against "
        "Washington and Seoul if the allies went ahead with their drills."
    )
    assert {
        ("North Korea", "THREATEN", "United States"),
        ("North Korea", "THREATEN", "South Korea"),
    } <= found
    assert not {t for t in found if t[1] == "ASSAULT"}, found


def test_a_threat_to_use_force_is_no_cooperation() -> None:
    found = typed_in(
        "The West African bloc ECOWAS imposed sanctions on Mali on Sunday and threatened to use "
        "force if the soldiers who toppled President Ibrahim Keita did not restore him to power."
    )
    assert not {t for t in found if t[1] == "COOPERATE"}, found
    assert ("ECOWAS", "THREATEN", "Mali") in found


def test_rebels_named_by_a_states_adjective_are_not_that_state() -> None:
    found = typed_in(
        "Rwandan troops and their Congolese rebel allies captured Goma on Sunday, Kigali said."
    )
    assert ("Rwandan troops", "COERCE", "Goma") in found
    assert not {t for t in found if t[0] == "Democratic Republic of the Congo"}, found


def test_a_longer_known_name_before_government_keeps_it() -> None:
    found = entities_in("The Khmer Rouge government of Pol Pot fled Phnom Penh.", "1979-01-08")
    assert "Khmer Rouge" in found and "Rouge government" not in found


def test_what_an_accord_grants_is_its_content() -> None:
    found = typed_in(
        "Britain and Ireland signed an accord on Friday granting a voice to Northern Ireland's "
        "Catholics in Dublin."
    )
    assert {t[1] for t in found} == {"SUPPORT"}, found


def test_hijacking_a_ship_or_a_plane_is_an_assault() -> None:
    found = typed_in(
        "Gunmen from the Abu Sayyaf group hijacked a Malaysian ferry off Sabah on Monday."
    )
    assert ("Abu Sayyaf", "ASSAULT", "Malaysia") in found


def test_guard_hijacking_an_election_is_no_assault() -> None:
    found = typed_in("The opposition accused Zanu-PF of having hijacked the elections.")
    assert not {t for t in found if t[1] == "ASSAULT"}, found
