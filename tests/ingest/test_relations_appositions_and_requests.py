"""Reactions told in an apposition that names the act ("..., a decision X condemned"), a
resolution's own act, reactions prompted or drawn (but none by a harm whose author goes
unnamed), and acts done at another's request."""

from __future__ import annotations

from relation_support import typed_in


def test_an_apposition_naming_the_act_tells_who_reacts_to_its_author() -> None:
    condemned = typed_in(
        "Spain recognised Kosovo's independence on Monday, a decision Belgrade angrily "
        "condemned as illegal."
    )
    assert ("Serbia", "ACCUSE", "Spain") in condemned
    rejected = typed_in(
        "Australia banned Chinese telecom equipment from its 5G network, a move Beijing "
        "has repeatedly rejected."
    )
    assert ("China", "REJECT", "Australia") in rejected
    welcomed = typed_in(
        "Ethiopia released 2,000 Eritrean prisoners of war on Friday, a step that the "
        "government in Asmara welcomed."
    )
    assert ("Eritrea", "SUPPORT", "Ethiopia") in welcomed
    assert ("Eritrea", "ASSAULT", "Ethiopia") not in welcomed  # prisoners of war: no war


def test_an_apposition_answers_the_main_subject_when_its_act_relates_no_one() -> None:
    found = typed_in(
        "French troops crossed from Zaire into Rwanda on Thursday to set up safe zones, an "
        "operation the Rwandan Patriotic Front denounced as a bid to shield the army."
    )
    assert ("Rwandan Patriotic Front", "ACCUSE", "French troops") in found
    moved = typed_in(
        "Vietnamese troops crossed into Cambodia on Monday to set up bases, an operation the "
        "Khmer Rouge denounced as an invasion."
    )
    assert ("Khmer Rouge", "ACCUSE", "Vietnamese troops") in moved


def test_a_resolution_passed_does_what_its_words_do() -> None:
    found = typed_in(
        "The European Parliament on Thursday passed a resolution condemning Hungary's new "
        "media law."
    )
    assert ("European Parliament", "ACCUSE", "Hungary") in found
    assert not any(kind == "CONCEDE" for _, kind, _ in found)


def test_a_move_that_drew_criticism_is_criticised_by_who_is_named() -> None:
    found = typed_in(
        "Egypt closed the Rafah crossing with Gaza on Tuesday, a move that drew sharp "
        "criticism from Qatar."
    )
    assert ("Qatar", "ACCUSE", "Egypt") in found


def test_a_government_prompted_to_react_is_named_by_its_capital() -> None:
    found = typed_in(
        "Malaysian police deported 300 Indonesian workers, prompting the government in "
        "Jakarta on Friday to protest against what it called inhumane treatment."
    )
    assert ("Indonesia", "PROTEST", "Malaysian police") in found


def test_a_reaction_prompted_by_a_harm_no_one_is_named_for_answers_no_one() -> None:
    found = typed_in(
        "Finland detained a tanker on Wednesday, hours after Norway said a cable to Svalbard "
        "had also been cut, prompting NATO to reinforce patrols in the region."
    )
    assert not any(source == "NATO" for source, _, _ in found)
    assert not any(target == "NATO" for _, _, target in found)


def test_an_act_done_at_anothers_request_is_asked_by_it() -> None:
    asked = typed_in(
        "Rwanda deployed 1,000 troops to Mozambique's Cabo Delgado province on Friday at the "
        "request of Maputo."
    )
    assert ("Mozambique", "REQUEST", "Rwanda") in asked
    plea = typed_in(
        "France sent paratroopers to Chad on Monday in response to an urgent appeal from N'Djamena."
    )
    assert ("Chad", "REQUEST", "France") in plea
    named_again = typed_in(
        "Senegal sent troops into Gambia on Thursday at the invitation of the small "
        "country's new president."
    )
    assert ("Gambia", "REQUEST", "Senegal") in named_again


def test_seizing_a_capital_occupies_it_where_seizing_a_ship_coerces() -> None:
    capital = typed_in("Houthi fighters seized Sanaa on Sunday after days of clashes.")
    assert ("Houthis", "COERCE", "Yemen") in capital  # occupying territory, CAMEO 192
    ship = typed_in("Iran seized a Greek tanker in the Gulf on Wednesday.")
    assert ("Iran", "COERCE", "Greece") in ship


def test_a_reactor_named_with_a_title_in_an_apposition_reacts() -> None:
    found = typed_in(
        "Slovenia recognised a Palestinian state on Tuesday, a move Israeli Foreign Minister "
        "Israel Katz denounced as a reward for terror."
    )
    assert ("Israel Katz", "ACCUSE", "Slovenia") in found


def test_a_plan_rejected_answers_who_urged_it() -> None:
    found = typed_in(
        "ECOWAS urged Guinea-Bissau on Monday to accept a stabilisation force, but President "
        "Umaro Sissoco Embalo's government rejected the proposal within hours."
    )
    assert any(k == "REJECT" and t == "ECOWAS" for _, k, t in found)


def test_a_speaker_naming_the_act_in_a_participle_reacts_to_its_author() -> None:
    condemned = typed_in(
        "Mali expelled the head of the UN human rights mission on Sunday, the United Nations "
        "said on Monday, condemning the decision as unjustified."
    )
    assert ("United Nations", "ACCUSE", "Mali") in condemned
    called = typed_in(
        "Chinese warships sailed through Japan's territorial waters near Okinawa, Tokyo said on "
        "Friday, calling it a grave threat to regional security."
    )
    assert ("Japan", "ACCUSE", "China") in called
    assert ("China", "ACCUSE", "Japan") not in called


def test_an_act_named_as_blackmail_or_war_is_a_charge() -> None:
    named = typed_in(
        "Algeria halted gas exports to Spain on Friday, a move Spanish Foreign Minister Jose "
        "Manuel Albares described as blackmail."
    )
    assert any(k == "ACCUSE" and t == "Algeria" for _, k, t in named)
    assert not any(k == "COERCE" and s == "Spain" for s, k, _ in named)
    described = typed_in("Nigeria described the attack as an act of war by Boko Haram.")
    assert ("Nigeria", "ACCUSE", "Boko Haram") in described
