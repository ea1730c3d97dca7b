"""The compiled actor lexicon ties an official or an organ to the one body their code names,
never to whichever body was listed first under a region's or a sector's code."""

from __future__ import annotations

from personae.store.ingest.gazetteer import GazetteerEntry, load_gazetteer


def test_bodies_coded_by_region_or_sector_belong_to_no_unrelated_body() -> None:
    gazetteer = load_gazetteer()
    for name in ("IGAD", "Group of Eight", "Global Fund for Hiv Aids", "Islamic Development Bank"):
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.kind == "organisation", name
        assert entry.affiliation is None, (name, entry.affiliation)


def test_an_official_serves_the_body_their_full_code_names_in_their_years() -> None:
    worner = _entry("Manfred Worner")
    assert worner.affiliation_on("1990-05-01") == "NATO"
    solana = _entry("Javier Solana")
    assert solana.affiliation_on("1997-01-01") == "NATO"


def test_an_organ_coded_as_its_body_still_belongs_to_it() -> None:
    assert _entry("European Commission").affiliation == "European Union"


def _entry(name: str) -> GazetteerEntry:
    entry = load_gazetteer().lookup(name)
    assert entry is not None, name
    return entry
