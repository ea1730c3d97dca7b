"""An Arabic name's parts are one person, though one of them is also a place ("Sheikh Sabah
al-Ahmad al-Sabah" names no Malaysian state); a leader titled by a state's adjective serves
it whoever was named before ("Saudi King Salman" after Kuwait's emir), and is no person of
the lexicon's who never served it ("Saudi King Abdullah" is not Jordan's), and an office
then a title then a name is that office's holder ("UAE President Sheikh Mohamed bin Zayed");
who mediates between two sides meets each of them, as the main clause's subject when the
mediation is its purpose ("flew to Jeddah ... in an effort to mediate between Riyadh and
Doha"), and the sides meet no one by it."""

from __future__ import annotations

from relation_support import stored_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _entities(text: str, date: str) -> dict[str, tuple[str, str | None]]:
    found = extract(RawArticle("", text, date=date), "t")
    return {e.name: (e.kind, e.affiliation) for e in found.entities}


def test_a_place_inside_an_arabic_name_is_the_persons() -> None:
    found = _entities(
        "Bahrain's king, Sheikh Hamad bin Isa al-Khalifa, received Sheikh Jordan al-Sabah "
        "on Monday.",
        "2010-05-03",
    )
    assert "Jordan" not in found
    assert found.get("Jordan al-Sabah", ("", None))[0] == "person"


def test_a_place_not_joined_to_a_particle_stays_a_place() -> None:
    found = _entities("Officials met in Jordan on Monday.", "2010-05-03")
    assert found["Jordan"][0] == "state"


def test_a_leader_titled_by_a_demonym_serves_that_state() -> None:
    found = _entities(
        "Oman's sultan, Sheikh Qaboos al-Said, flew to Riyadh on Monday for talks with "
        "Saudi King Abdullah.",
        "2010-05-03",
    )
    assert found["Abdullah"] == ("person", "saudi-arabia")  # not Jordan's Abdullah II
    assert "Abdullah II" not in found


def test_the_lexicons_king_keeps_his_name_and_his_regnal_number() -> None:
    found = _entities("King Abdullah met Saudi officials on Monday.", "2010-05-03")
    assert found["Abdullah II"] == ("person", "jordan")


def test_a_mediator_between_two_sides_meets_each_and_they_meet_no_one() -> None:
    found = stored_in(
        "Qatar's emir flew to Khartoum on Monday for talks with President Omar al-Bashir "
        "in an effort to mediate between Sudan and Chad.",
        "2009-05-04",
    )
    assert ("Qatar", "CONSULT", "Sudan") in found
    assert ("Qatar", "CONSULT", "Chad") in found
    assert ("Sudan", "CONSULT", "Chad") not in found
    assert ("Chad", "CONSULT", "Sudan") not in found


def test_an_office_then_a_title_then_a_name_is_the_offices_holder() -> None:
    found = _entities(
        "Indonesian President Joko Widodo met United Arab Emirates President Sheikh "
        "Mohamed bin Zayed on Friday.",
        "2022-07-01",
    )
    assert found["Mohamed bin Zayed"] == ("person", "united-arab-emirates")
    assert "United Arab Emirates President" not in found
