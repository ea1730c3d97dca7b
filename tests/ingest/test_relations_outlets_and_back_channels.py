"""What a source tells an outlet ("told Reuters", "told public broadcaster DR") makes the
outlet no party, while telling a state to act asks it to; a "back channel" backs no one; a
name before "prison" is a place, one named as someone's sister or a coordinator a person,
and a consumer group or a coalition an organisation (a technology after "Rights" none); the
city one was mayor of is no party."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_the_outlet_a_source_speaks_to_is_no_party() -> None:
    found = typed_in(
        "Line Kjeldsen told Reuters the family would not celebrate until Mads Kjeldsen is home."
    )
    assert not any("Reuters" in (source, target) for source, _, target in found)
    entities = entities_in(
        "Foreign Minister Lars Rasmussen told public broadcaster DR that Iran must free him.",
        "2025-11-14",
    )
    assert "DR" not in {name for name, e in entities.items() if e.kind != "other"}
    assert not any(
        "DR" in (source, target)
        for source, _, target in typed_in(
            "Foreign Minister Lars Rasmussen told public broadcaster DR that Iran must free him."
        )
    )


def test_a_state_told_to_act_is_asked_and_one_told_to_leave_is_not() -> None:
    assert ("United States", "REQUEST", "Iran") in typed_in(
        "The United States told Iran to release the sailors."
    )
    expelled = typed_in("Turkey told Israel's ambassador on Tuesday to leave the country.")
    assert not any(kind == "REQUEST" for _, kind, _ in expelled)


def test_a_back_channel_backs_no_one() -> None:
    found = typed_in("Oman has become the indispensable back channel for Tehran, analysts said.")
    assert not any(kind == "SUPPORT" for _, kind, _ in found)


def test_a_prison_and_a_sister_named_are_a_place_and_a_person() -> None:
    entities = entities_in(
        "Mads Kjeldsen, a logistics coordinator, is held in Tehran's Evin prison, and his "
        "sister, Line Kjeldsen, said his health had deteriorated.",
        "2025-11-14",
    )
    assert entities["Evin"].kind == "place"
    assert entities["Mads Kjeldsen"].kind == "person"
    assert entities["Line Kjeldsen"].kind == "person"


def test_a_consumer_group_or_a_coalition_named_is_an_organisation() -> None:
    entities = entities_in(
        "Consumer group BEUC backed the fine, and the governing Historic Pact coalition backed "
        "her.",
        "2025-10-08",
    )
    assert {entities[n].kind for n in ("BEUC", "Historic Pact")} == {"organisation"}


def test_guard_a_technology_named_after_rights_is_no_organisation() -> None:
    entities = entities_in(
        "Intel has added Digital Rights / Restrictions Management (DRM) to its processors.",
        "2006-01-10",
    )
    assert entities["Restrictions Management"].kind != "organisation"


def test_guard_the_city_one_was_mayor_of_is_no_party() -> None:
    found = typed_in(
        "Claudia Restrepo, a former mayor of Medellin backed by the governing Historic Pact "
        "coalition, told supporters at a rally that she would not concede."
    )
    assert not any("Medellin" in (source, target) for source, _, target in found)
