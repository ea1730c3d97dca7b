"""A body's officer titled with a capital right after its name ("NLC President Joe Ajaero")
serves the body (not "the ODM rejected President Kibaki's re-election", where a verb stands
between), and a bare "opposition" in a story filed from a state is that state's, once a
sentence names it, however a foreign state is named beside it ("Guaido's bid, backed by US
sanctions")."""

from __future__ import annotations

from relation_support import entities_in


def test_an_officer_titled_right_after_the_bodys_initials() -> None:
    found = entities_in(
        "The Trade Union Congress (TUC) joined the strike on Monday. TUC President Festus"
        " Osifo said the unions would attend the talks.",
        "2024-06-03",
    )
    assert found["Festus Osifo"].affiliation == "trade-union-congress"


def test_a_president_after_a_verb_is_no_officer_of_the_body_before_it() -> None:
    found = entities_in(
        "Kenya's opposition Orange Democratic Movement rejected President Mwai Kibaki's"
        " re-election on Sunday.",
        "2007-12-30",
    )
    assert found["Mwai Kibaki"].affiliation != "orange-democratic-movement"


def test_the_opposition_of_the_state_a_story_is_filed_from() -> None:
    found = entities_in(
        "CARACAS (AFP) - Venezuela's Supreme Court upheld a ban on opposition leader Maria"
        " Corina Machado on Friday.\n\nThe court cited her support for US sanctions and for"
        " former opposition leader Juan Guaido's bid to unseat Maduro.",
        "2024-01-26",
    )
    assert found["Juan Guaido"].affiliation == "venezuelan-opposition"
