"""Relations: type, direction (passive included), negation, hedges, attribution, co-mentions."""

from __future__ import annotations

from relation_support import links_in

from personae.store.ingest.relations import Link


def _one(text: str) -> Link:
    links = links_in(text)
    assert len(links) == 1, links
    return links[0]


def test_active_voice_direction_and_type() -> None:
    link = _one("Iran now supplies Russia with drones.")
    assert (link.source, link.target, link.type, link.summary) == (
        "Iran",
        "Russia",
        "AID",
        "supplies",
    )
    assert not link.negated and link.hedge is None


def test_passive_voice_reverses_direction() -> None:
    link = _one("Comprehensive sanctions have been imposed on Russia by the United States.")
    assert (link.source, link.target, link.type) == ("United States", "Russia", "COERCE")
    sued = _one("The phone maker Samsung was sued by Apple over the design.")
    assert (sued.source, sued.target, sued.type) == ("Apple", "Samsung", "ACCUSE")


def test_negation() -> None:
    link = _one("Russia didn't provide Iran with fighter aircraft.")
    assert (link.source, link.target, link.type, link.negated) == ("Russia", "Iran", "AID", True)
    assert link.summary == "not provide"
    refrained = _one("China refrained from attacking Taiwan.")
    assert refrained.negated and refrained.type == "ASSAULT"
    assert not _one("China attacked Taiwan.").negated


def test_hedges() -> None:
    link = _one("Unconfirmed reports suggest that Iran will deploy militias to Syria.")
    assert link.hedge is not None and link.hedge.lower().startswith("unconfirmed reports")
    assert _one("Turkey may sanction Greece.").hedge == "may"
    assert _one("North Korea reportedly supplied Russia with shells.").hedge == "reportedly"


def test_attribution() -> None:
    link = _one("According to Israel, Hezbollah attacked Lebanon's army posts near Syria.")
    assert link.attribution == "Israel"
    said = [x for x in links_in("Egypt said Qatar had funded Hamas.") if x.type != "MENTION"]
    assert [(x.source, x.target, x.type, x.attribution) for x in said] == [
        ("Qatar", "Hamas", "AID", "Egypt")
    ]


def test_stance_between_coordinated_actors() -> None:
    link = _one("Iran and Russia have been longstanding rivals.")
    assert {link.source, link.target} == {"Iran", "Russia"} and link.type == "RIVAL"
    ally = _one("The growing rapport between India and France worries analysts.")
    assert {ally.source, ally.target} == {"India", "France"} and ally.type == "PARTNER"


def test_locations_and_attitudes_do_not_take_part() -> None:
    link = _one("While they fought in Syria, Russia didn't provide Iran with jets.")
    assert (link.source, link.target) == ("Russia", "Iran")
    assert links_in("Anti-Western sentiment rose in Iran.") == []


def test_comention_when_no_type_can_be_read() -> None:
    link = _one("Canada and Mexico were in the news.")
    assert link.type == "MENTION" and link.summary == "mentioned with"
    assert link.evidence.start == 0


def test_one_actor_gives_no_relation() -> None:
    assert links_in("Russia invaded its neighbour.") == []
