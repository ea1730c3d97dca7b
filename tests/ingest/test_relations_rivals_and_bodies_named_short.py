""" "rivals" that says whose rivals no one is ("open their services to rivals", "streaming
rivals such as Spotify") relates no one; "the Commission" after "the European Commission" is
that body, one actor; a word of an office's title ("Commissioner for Competition") is no
act.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, stored_in, typed_in


def test_rivals_of_no_one_named_relate_no_one() -> None:
    found = typed_in(
        "The law will force Apple, Google, Meta and other big platforms to open their "
        "services to rivals."
    )
    assert not {t for t in found if t[1] == "RIVAL"}, found
    found = typed_in(
        "The Commission fined Apple for preventing music streaming rivals such as Spotify "
        "from advertising."
    )
    assert not {t for t in found if t[1] == "RIVAL"}, found


def test_guard_rivals_said_to_be_rivals_stay_rivals() -> None:
    assert ("United States", "RIVAL", "China") in typed_in(
        "China and the United States are rivals."
    )
    assert ("Apple", "RIVAL", "Samsung") in typed_in("Apple's rivals Samsung and Huawei gained.")
    assert ("Iran", "RIVAL", "Saudi Arabia") in typed_in("Iran is a rival of Saudi Arabia.")


def test_a_body_named_again_by_its_last_word_is_one_actor() -> None:
    text = (
        "The European Commission fined Apple on Monday. Spotify had complained to the "
        "Commission in 2019 about Apple."
    )
    assert "Commission" not in entities_in(text, "2024-03-04")


def test_guard_a_last_word_two_bodies_share_names_neither() -> None:
    text = (
        "The European Commission and the African Union Commission met in Addis Ababa. The "
        "Commission said it would act."
    )
    found = entities_in(text, "2024-03-04")
    assert {"European Commission", "African Union Commission"} <= set(found)


def test_a_word_of_an_office_is_no_act() -> None:
    found = stored_in(
        "The European Commission welcomed Apple's announcement and European Commissioner for "
        "Competition Neelie Kroes said the Commission favours solutions.",
        "2007-01-09",
    )
    assert not {t for t in found if t[1] == "RIVAL"}, found
