""" "Accused the government of trying to crush dissent": "the government" is the one state
named before it, though "of" follows it (there it opens the charge, not whose government it
is); a speaker's participle ("..., the party said, accusing the government of") is the
speaker's own charge, not the main clause's subject's."""

from __future__ import annotations

from relation_support import stored_in


def test_the_party_accused_of_an_act_is_the_party_named_before() -> None:
    found = stored_in(
        "Thailand's Constitutional Court dissolved the opposition Future Forward Party on "
        "Friday, after Prime Minister Prayuth Chan-ocha accused the party of accepting "
        "illegal loans.",
        "2020-02-21",
    )
    assert ("Prayuth Chan-ocha", "ACCUSE", "Future Forward Party") in found


def test_a_speakers_participle_accusing_the_government_is_the_speakers_charge() -> None:
    found = stored_in(
        "Zimbabwean police have detained more than 300 opposition activists this week, the "
        "Movement for Democratic Change said on Sunday, accusing the government of trying to "
        "crush dissent.",
        "2008-04-13",
    )
    assert [
        row for row in found if row[0] == "Movement for Democratic Change" and row[1] == "ACCUSE"
    ]
    assert not [row for row in found if row[0] == "Zimbabwean police" and row[1] == "ACCUSE"]
