"""A name after ", and" that opens a clause of its own is no object of the verb before it,
though a relative clause describes it first (", and Russia, which has peacekeepers there,
sent tanks") or an office in lower case names it (", and U.N. chief Ban Ki-moon called");
a participle after that clause is its subject's act; ", and its foreign ministry summoned"
is the sentence subject's organ; a participle after "to" is an adjective ("to jailed
dissident Liu Xiaobo"); a reactor described by an apposition ("Mexico, the country's northern
neighbour, condemned the move") reacts to the act just told."""

from __future__ import annotations

from relation_support import stored_in


def told(text: str) -> set[tuple[str, str, str]]:
    return stored_in(text, "2009-06-01", denied=False)


def test_a_described_subject_after_and_is_no_object_before_it() -> None:
    found = told(
        "Georgian forces launched an assault to retake South Ossetia, and Russia, which has"
        " peacekeepers there, sent tank columns across the border on Friday, accusing Tbilisi"
        " of genocide."
    )
    assert ("Georgia", "ASSAULT", "Russia") not in found
    assert ("Russia", "ACCUSE", "Georgia") in found


def test_an_officer_named_by_a_lower_case_office_opens_a_clause() -> None:
    found = told(
        "Boko Haram gunmen abducted more than 100 girls from a school in Chibok, and U.N."
        " chief Ban Ki-moon called on the militants to free them."
    )
    assert ("Boko Haram", "ASSAULT", "United Nations") not in found


def test_its_ministry_after_and_is_the_sentence_subjects() -> None:
    found = told(
        "China denounced the Norwegian Nobel Committee for awarding the Peace Prize to jailed"
        " dissident Liu Xiaobo, and its foreign ministry summoned Norway's ambassador."
    )
    assert ("China", "ACCUSE", "Norway's ambassador") in found  # a summons: a complaint
    assert not any(kind == "COERCE" for _, kind, _ in found)  # no one jailed here


def test_a_subject_described_by_an_apposition_after_and_opens_its_clause() -> None:
    found = told(
        "Indonesian troops fired on mourners in Dili on Tuesday, and Portugal, the territory's"
        " former colonial ruler, condemned the shooting and asked the United Nations to"
        " investigate."
    )
    assert ("Portugal", "REQUEST", "United Nations") in found
    assert not any(target == "Portugal" for _, _, target in found)


def test_a_reactor_described_by_an_apposition_reacts_to_the_act_told() -> None:
    found = stored_in(
        "Guatemalan President Jorge Serrano dissolved Congress on Tuesday, and Mexico, the"
        " country's northern neighbour, condemned the move and recalled its ambassador.",
        "1993-05-26",
        denied=False,
    )
    assert ("Mexico", "ACCUSE", "Guatemala") in found
    assert ("Mexico", "SANCTION", "Guatemala") in found
