"""A state's name as news used it on the article's day: "Congo" is Kinshasa's state, but
Brazzaville's while Kinshasa's was Zaire (1971-1997), and "Republic of Congo" always
Brazzaville's; a person's initials ("B.J. Habibie", "P.W. Botha") end no sentence; a given
name written with a hyphen ("Ban Ki-moon", "Kim Dae-jung") is the lexicon's person."""

from __future__ import annotations

from relation_support import entities_in, stored_in

from personae.store.text import sentences_of


def test_congo_is_kinshasas_state_since_zaire_took_back_the_name() -> None:
    found = entities_in(
        "The Democratic Republic of Congo accused Rwanda of backing rebels in eastern Congo,"
        " and Congo's army said it had retaken Goma.",
        "2012-11-30",
    )
    assert "Democratic Republic of the Congo" in found
    assert "Republic of the Congo" not in found and "Congo" not in found
    assert ("Democratic Republic of the Congo", "ACCUSE", "Rwanda") in stored_in(
        "Congo accused Rwanda and Uganda on Tuesday of sending troops to back a rebellion.",
        "1998-08-04",
    )


def test_congo_was_brazzavilles_state_while_kinshasas_was_zaire() -> None:
    then = stored_in(
        "Zaire accused Congo of shelling Kinshasa from across the river.", "1985-06-02"
    )
    assert ("Democratic Republic of the Congo", "ACCUSE", "Republic of the Congo") in then


def test_the_republic_of_congo_is_always_brazzavilles() -> None:
    found = entities_in(
        "France sent troops to the Republic of Congo after fighting broke out in Brazzaville.",
        "2002-04-04",
    )
    assert "Republic of the Congo" in found
    assert "Democratic Republic of the Congo" not in found


def test_initials_of_a_name_end_no_sentence() -> None:
    text = "Prime Minister P.W. Botha met J.R. Jayewardene in Cape Town. He left on Friday."
    assert [text[s.start : s.end] for s in sentences_of(text)] == [
        "Prime Minister P.W. Botha met J.R. Jayewardene in Cape Town.",
        "He left on Friday.",
    ]
    assert ("Indonesia", "RETREAT", "United Nations") in stored_in(
        "Indonesian President B.J. Habibie agreed on Sunday to allow U.N. peacekeepers into"
        " East Timor.",
        "1999-09-12",
    )


def test_a_hyphenated_given_name_is_the_lexicons_person() -> None:
    found = entities_in(
        "U.N. Secretary-General Ban Ki-moon met South Korean President Lee Myung-bak in Seoul.",
        "2009-08-03",
    )
    ban = next(e for e in found.values() if "Ban Ki-moon" in (e.name, *e.aliases))
    assert ban.kind == "person" and ban.affiliation == "united-nations"
    lee = next(e for e in found.values() if "Lee Myung-bak" in (e.name, *e.aliases))
    assert lee.kind == "person" and lee.affiliation == "south-korea"
