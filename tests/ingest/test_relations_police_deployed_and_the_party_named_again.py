"""Forces deployed and bodies named again: riot police "were deployed around the headquarters"
of a party face that party (the state's show of force; "Zimbabwe's opposition MDC" is the
party, not its state); "hours after the party accused the government" is the party's charge,
a body named again after "after", no unnamed subject; a participle's subject is the party "X's
main opposition party" names, not X; "President X and opposition MDC leader Y" are both
subjects."""

from __future__ import annotations

from relation_support import coded_in


def test_police_deployed_around_a_partys_offices_face_the_party() -> None:
    text = (
        "KAMPALA (Reuters) - Riot police were deployed around the Kampala offices of Uganda's "
        "opposition Forum for Democratic Change on Tuesday."
    )
    assert coded_in(text, "2011-02-22") == {("uganda", "forum for democratic change", "MOBILIZE")}


def test_the_party_named_again_after_after_accuses() -> None:
    text = (
        "KAMPALA (Reuters) - Uganda's opposition Forum for Democratic Change held a rally on "
        "Tuesday, hours after the party accused the government of rigging the vote."
    )
    assert ("forum for democratic change", "uganda", "ACCUSE") in coded_in(text, "2011-02-22")


def test_a_participles_subject_is_the_party_a_states_possessive_opens() -> None:
    text = (
        "HARARE (Reuters) - Zimbabwe's main opposition party MDC Alliance boycotted the "
        "council vote on Thursday, accusing the ruling ZANU-PF of rigging it."
    )
    coded = coded_in(text, "2019-11-07")
    assert ("mdc alliance", "zanu pf", "ACCUSE") in coded
    assert ("zimbabwe", "zanu pf", "ACCUSE") not in coded


def test_a_leader_and_an_opposition_partys_leader_are_both_subjects() -> None:
    text = (
        "HARARE (AP) - Zimbabwean President Robert Mugabe and opposition MDC leader Morgan "
        "Tsvangirai pledged on Monday to work together to end the political crisis."
    )
    coded = coded_in(text, "2008-09-15")
    assert ("zimbabwe", "movement for democratic change", "AGREE") in coded
    assert ("movement for democratic change", "zimbabwe", "AGREE") in coded
