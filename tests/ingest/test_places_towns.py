"""Towns no lexicon names are places of their state when a mention says they are places
("a church in Jos", "the town of Bambari"), from GeoNames' towns (assets/towns.json); a
town's name alone, with nothing saying it is a place, stays what its sentence makes it."""

from __future__ import annotations

import json

from relation_support import entities_in, stored_in

from personae.store.ingest.gazetteer import load_gazetteer
from personae.store.ingest.places import TOWNS_PATH


def test_a_town_after_in_is_a_place_of_its_state() -> None:
    found = entities_in("Boko Haram bombed a church in Jos on Sunday.", "2011-12-25")
    assert found["Jos"].kind == "place"
    assert found["Jos"].affiliation == "nigeria"
    assert ("Boko Haram", "ASSAULT", "Jos") in stored_in(
        "Boko Haram bombed a church in Jos on Sunday.", "2011-12-25"
    )


def test_the_town_of_a_name_is_a_place_of_its_state() -> None:
    found = entities_in("Rebels seized the town of Bambari on Tuesday.", "2013-03-20")
    assert found["Bambari"].affiliation == "central-african-republic"


def test_a_towns_name_with_nothing_placing_it_is_no_place() -> None:
    found = entities_in("Nice said on Monday it would sign a deal with Airbus.", "2019-05-05")
    assert found["Nice"].kind != "place"
    placed = entities_in("Police in Nice arrested three men on Monday.", "2019-05-05")
    assert placed["Nice"].affiliation == "france"


def test_the_towns_list_holds_no_name_a_lexicon_already_knows() -> None:
    towns = json.loads(TOWNS_PATH.read_text(encoding="utf-8"))["names"]
    lexicon = load_gazetteer()
    assert len(towns) > 10_000
    assert not [name for name in towns if lexicon.lookup(name.title()) is not None]
