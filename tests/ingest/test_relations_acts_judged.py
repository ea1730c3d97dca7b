"""A judgement on someone's act names who it blames: "called Washington's expulsion of 15 Cuban
diplomats unjustified" charges Washington, "called Seoul's plan a constructive step" praises
Seoul, and a reaction that calls the act "an attempt by the Kremlin to" blames the Kremlin,
not the company that acted; a subject "saying" another "was behind" a harm, or did a wrong
or a harm, blames it, and
one who likens a state to the Nazis charges it.  A visit named by its owner after another
act ("..., at the start of Gorbachev's visit to Washington") is an event of its own."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_an_owners_act_called_unjustified_charges_the_owner() -> None:
    found = typed_in(
        "Venezuela's foreign minister called Bogota's expulsion of three Venezuelan diplomats "
        "illegal and hostile."
    )
    assert any(kind == "ACCUSE" and target == "Colombia" for _, kind, target in found), found
    found = typed_in("Japan's foreign minister called Seoul's plan a constructive step.")
    assert any(kind == "SUPPORT" and target == "South Korea" for _, kind, target in found)


def test_guard_an_owners_act_named_without_judgement_is_no_charge() -> None:
    found = typed_in("Japan's foreign minister called Seoul's plan on Monday.")
    assert not any(kind in ("ACCUSE", "SUPPORT") for _, kind, _ in found)


def test_a_reaction_blames_whom_its_words_name_as_the_author() -> None:
    found = stored_in(
        "Rosneft halted oil deliveries to Germany on Friday, a move the German economy "
        "minister called an attempt by the Kremlin to blackmail Europe.",
        "2022-06-03",
    )
    assert any(kind == "ACCUSE" and target == "Russia" for _, kind, target in found), found
    assert not any(kind == "ACCUSE" and target == "Rosneft" for _, kind, target in found)


def test_a_visit_named_by_its_owner_is_an_event_of_its_own() -> None:
    found = stored_in(
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed a trade pact on "
        "Friday, at the start of Putin's two-day visit to Beijing.",
        "2024-05-16",
    )
    assert ("Vladimir Putin", "SUPPORT", "Xi Jinping") in found
    assert ("Vladimir Putin", "CONSULT", "China") in found


def test_likening_an_owners_act_to_an_atrocity_charges_the_owner() -> None:
    found = typed_in(
        "Turkey's president on Friday likened Israel's bombing of Gaza to the Holocaust."
    )
    assert any(kind == "ACCUSE" and target == "Israel" for _, kind, target in found), found


def test_a_possessed_word_the_dictionary_reads_as_a_verb_is_a_noun() -> None:
    found = typed_in("Moscow's need for Tehran has grown since the war began.")
    assert not any(kind == "REQUEST" for _, kind, _ in found)
    found = typed_in("Regulators approved Microsoft's purchase of Activision.")
    assert any((source, target) == ("Microsoft", "Activision") for source, _, target in found)


def test_one_said_to_be_behind_a_harm_is_blamed_by_the_subject_saying_it() -> None:
    found = typed_in(
        "Germany expelled two Russian diplomats on Wednesday, saying there was sufficient "
        "evidence that Moscow was behind the killing of a Georgian citizen in Berlin."
    )
    assert ("Germany", "ACCUSE", "Russia") in found


def test_guard_one_said_to_be_involved_in_talks_is_not_blamed() -> None:
    found = typed_in(
        "Germany expelled two Russian diplomats on Wednesday, saying Moscow was involved in "
        "talks on the case."
    )
    assert ("Germany", "ACCUSE", "Russia") not in found


def test_one_said_to_have_done_a_wrong_or_a_harm_is_blamed_by_the_subject_saying_it() -> None:
    found = typed_in("Iran condemned the strike, saying Israel had violated its sovereignty.")
    assert ("Iran", "ACCUSE", "Israel") in found
    found = typed_in(
        "China criticised the decision on Monday, saying that Washington was using coercive "
        "measures against Chinese firms."
    )
    assert ("China", "ACCUSE", "United States") in found


def test_guard_one_said_to_have_a_right_is_not_blamed() -> None:
    found = typed_in("Germany condemned the attack, saying Ukraine had a right to defend itself.")
    assert not any(kind == "ACCUSE" and target == "Ukraine" for _, kind, target in found)


def test_one_likened_to_the_nazis_is_charged_by_who_likened_it() -> None:
    found = typed_in(
        "The Dutch government summoned Turkey's ambassador on Sunday over remarks by President "
        "Tayyip Erdogan, who had compared the Netherlands to Nazi Germany."
    )
    assert ("Recep Tayyip Erdoğan", "ACCUSE", "Netherlands") in found  # the lexicon's name


def test_guard_two_states_compared_in_size_charge_no_one() -> None:
    found = typed_in("Officials compared Belgium with the Netherlands on trade figures.")
    assert not any(kind == "ACCUSE" for _, kind, _ in found)
