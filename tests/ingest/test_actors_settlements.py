"""Towns, villages and areas named by the noun before or after them ("the town of X", "the
X region") and features named after their noun ("Lake X") are places: where things happen,
not who acts."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(RawArticle("", text, date="2024-02-13"), "a").entities}


def test_a_name_after_town_village_or_city_of_is_a_place() -> None:
    kinds = _kinds(
        "Rebels seized the town of Vesk Amar on Monday. Troops raided the remote village of "
        "Oltra and the coastal city of Quarnby."
    )
    assert kinds["Vesk Amar"] == kinds["Oltra"] == kinds["Quarnby"] == "place"


def test_a_lake_or_a_mount_before_a_name_is_a_place() -> None:
    assert _kinds("Troops crossed Lake Quarn on Monday.")["Lake Quarn"] == "place"


def test_a_name_before_region_or_province_is_a_place() -> None:
    kinds = _kinds("Drones struck the Vesker region and the Oltra province overnight.")
    assert kinds["Vesker"] == kinds["Oltra"] == "place"
