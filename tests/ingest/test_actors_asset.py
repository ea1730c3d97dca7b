"""The compiled actor asset: what the finder reads instead of the hand-kept gazetteer."""

from __future__ import annotations

import hashlib
import json

from personae.store.ingest.actors import find_actors
from personae.store.ingest.gazetteer import ACTORS_PATH, load_gazetteer
from personae.store.text import sentences_of
from tests.tools import build_gazetteer


def test_compiled_actors_were_built_from_the_shipped_gazetteer() -> None:
    # The finder reads only the compiled asset: a gazetteer edit without `make actors`
    # would silently be lost to every ingest.
    compiled = json.loads(ACTORS_PATH.read_bytes())
    shipped = hashlib.sha256(build_gazetteer.GAZETTEER.read_bytes()).hexdigest()
    assert compiled["gazetteer_sha256"] == shipped, "assets are stale: run `make actors`"


def test_hand_kept_names_keep_their_kind_and_lexicon_names_their_terms() -> None:
    gazetteer = load_gazetteer()
    hamas, iran = gazetteer.lookup("Hamas"), gazetteer.lookup("Tehran")
    assert hamas is not None and hamas.kind == "armed_group"
    assert iran is not None and iran.name == "Iran" and "Iranian" in iran.demonyms
    leader = gazetteer.lookup("Ban Ki-Moon")
    assert leader is not None and leader.kind == "person"
    assert leader.affiliation_on("2005-06-01") == "South Korea"
    assert leader.affiliation_on("2010-06-01") == "United Nations"


def test_an_armed_group_is_never_known_by_an_adjective_left_from_its_name() -> None:
    # "Islamic Group" without its generic last word is "Islamic": every Islamic mention
    # would be that armed group. Only companies go without it ("Wal-Mart Stores").
    gazetteer = load_gazetteer()
    for word in ("Islamic", "Armed Islamic", "Libyan Fighting"):
        entry = gazetteer.lookup(word)
        assert entry is None or entry.kind != "armed_group", word
    text = "The student helped young militants join an armed Islamic group in Lebanon."
    found = find_actors(text, sentences_of(text))
    assert set(found.by_name) == {"Lebanon"}


def test_bodies_coded_by_region_or_sector_belong_to_no_unrelated_body() -> None:
    # The dictionaries code every development body IGODEV: none is an arm of the first listed.
    gazetteer = load_gazetteer()
    for name in ("IGAD", "Group of Eight", "Global Fund for Hiv Aids", "Islamic Development Bank"):
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.kind == "organisation", name
        assert entry.affiliation is None, (name, entry.affiliation)
    commission = gazetteer.lookup("European Commission")
    assert commission is not None and commission.affiliation == "European Union"


def test_an_official_serves_the_body_of_their_whole_code_in_their_years() -> None:
    gazetteer = load_gazetteer()
    worner, solana = gazetteer.lookup("Manfred Worner"), gazetteer.lookup("Javier Solana")
    assert worner is not None and worner.affiliation_on("1990-05-01") == "NATO"
    assert solana is not None and solana.affiliation_on("1997-01-01") == "NATO"


def test_a_capital_acts_for_its_state_whichever_list_keeps_the_state() -> None:
    # Kosovo and Somaliland are hand-kept entries, Liberia and Sierra Leone ISO states.
    text = (
        "Monrovia accused Freetown of backing the rebels. Hargeisa accused Mogadishu of "
        "meddling, and Pristina protested to Belgrade."
    )
    found = find_actors(text, sentences_of(text))
    assert {"Liberia", "Sierra Leone", "Somaliland", "Kosovo", "Serbia"} <= set(found.by_name)
    assert not {"Monrovia", "Freetown", "Hargeisa", "Pristina"} & set(found.by_name)


def test_a_name_written_without_its_apostrophe_or_with_a_curly_one_is_known() -> None:
    text = "Turkey bombed Kurdistan Workers Party positions. Kurdistan Workers’ Party fighters hit back."
    found = find_actors(text, sentences_of(text))
    assert set(found.by_name) == {"Turkey", "Kurdistan Workers' Party"}


def test_colombias_eln_and_ethiopias_tigray_are_known() -> None:
    gazetteer = load_gazetteer()
    eln, tigray = gazetteer.lookup("ELN"), gazetteer.lookup("Tigray")
    assert eln is not None and eln.kind == "armed_group"
    assert tigray is not None and tigray.kind == "place" and tigray.affiliation == "Ethiopia"


def test_a_states_rebels_and_opposition_in_its_block_are_no_organ_of_its_government() -> None:
    gazetteer = load_gazetteer()
    rebels, council = (
        gazetteer.lookup("Free Syrian Army"),
        gazetteer.lookup("Syrian National Council"),
    )
    assert rebels is not None and rebels.kind == "armed_group" and rebels.affiliation is None
    assert council is not None and council.kind == "organisation" and council.affiliation is None


def test_a_leader_listed_under_several_names_before_his_dates_is_known() -> None:
    # The dictionaries list "GERALD_R._FORD_", "VICE_PRESIDENT_GERALD_FORD", ... and only
    # then the dates all of them share: each name is the one person, with those dates.
    gazetteer = load_gazetteer()
    ford = gazetteer.lookup("Gerald Ford")
    assert ford is not None and ford.kind == "person"
    assert ford.affiliation_on("1975-08-01") == "United States"
    assert gazetteer.lookup("Boris Yeltsin") is not None
    # Soviet offices, which the dictionaries code as Russia's, were the Soviet Union's
    brezhnev = gazetteer.lookup("Leonid Brezhnev")
    assert brezhnev is not None and brezhnev.affiliation_on("1975-08-01") == "Soviet Union"
    yeltsin = gazetteer.lookup("Boris Yeltsin")
    assert yeltsin is not None and yeltsin.affiliation_on("1995-01-01") == "Russia"
    # another actor listed before the same dates keeps its own name
    interior = gazetteer.lookup("United States Department of the Interior")
    assert interior is not None and interior.name == "United States Department of the Interior"
