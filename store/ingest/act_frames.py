"""Acts told through another act, and what each relates: a mediator who brokered what the
sentence tells ("a deal brokered by China"), a body that voted for an act, help given to an
act, an act joined ("joined a diplomatic boycott"), power taken, the terms of a document
signed ("signed a declaration pledging"), a meeting held to protest.

The framing act names who does the act inside it, or for whom; the other readings of a
sentence's parts that settle who acts on whom are in readings.py.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.clauses import PROTEST_PURPOSE
from personae.store.ingest.events import AFTER_TALKS
from personae.store.ingest.scan import holds, holds_any, holds_one_of, word_pattern
from personae.store.ingest.verbs import DIPLOMATS

#: A mediation's agent: "a deal brokered by China", "talks mediated by Qatar", "a
#: breakthrough brokered partly by Pope Francis".
_MEDIATED = re.compile(
    r"\b(?:brokered|mediated|facilitated|mediation|(?:ceremony|summit|talks|meeting)"
    r"(?:\s+in\s+(?-i:[A-Z][\w'’-]*))?\s+hosted)\s+(?:partly\s+|jointly\s+)?by\s+"
    r"(?:the\s+|an?\s+)?(?:former\s+)?(?-i:[A-Z][\w.-]*\s+){0,2}?"
    r"(?-i:(?:(?:Deputy|Vice)\s+)?(?:President|Prime\s+Minister"
    r"|King|Emir|Chancellor|Secretary-General|Secretary\s+of\s+State|Foreign\s+Minister)\s+"
    r"|mediator\s+|(?-i:(?:[a-z]+\s+){0,2}(?:chief|envoy|head|commissioner)\s+))?$"
    # "brokered by European Union foreign policy chief| Catherine Ashton": the body's officer
    # "mediated by an African Union panel led by Kofi Annan": the panel's leader mediates too
    r"|\b(?:brokered|mediated)\s+by\s+(?:the\s+|an?\s+)?(?-i:[A-Z][\w.-]*\s+){1,3}"
    r"(?:panel|team|delegation|mission)\s+led\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def mediator(text: str, hit: Hit) -> bool:
    """The name is who brokered or mediated what the sentence tells: a party to neither
    side's act, but one that met each (CAMEO 045)."""
    if not holds_any(text, _MEDIATION_WORDS):
        return False  # asked of every name: most articles tell of no mediation at all
    start = max(0, hit.start - 50)
    # Most names have no "by" before them, and need no search.
    mediating = _MEDIATING.match(text, hit.end)
    if _LED_TALKS.match(text, hit.end) is not None:  # "agreed ... after a week of African
        return AFTER_TALKS.search(text, start, hit.start) is not None  # Union-led talks"
    if mediating is not None and mediating[0].startswith("-"):  # "signed a Norwegian-brokered
        # truce", not "under the U.N.-brokered Geneva accords" of years before
        return _MADE_BEFORE.search(text, start, hit.start) is not None
    return (
        mediating is not None
        or (
            "by" in text[start : hit.start].lower()
            and _MEDIATED.search(text, start, hit.start) is not None
        )
        or (
            holds_one_of(text, _LIST_WORDS, hit.start - 140, hit.start)
            and _MEDIATED_LIST.search(text, max(0, hit.start - 140), hit.start) is not None
        )
    )


#: A word every match of _MEDIATED_LIST holds one of.
_LIST_WORDS = word_pattern("brokered", "mediated", "facilitated")
#: A list of mediators, each named with its title ("a deal brokered in Tehran by Brazilian
#: President Lula da Silva and Turkish Prime Minister Erdogan"): only names, titles, "and"
#: and commas between "brokered by" and the name.
_MEDIATED_LIST = re.compile(
    r"\b(?:brokered|mediated|facilitated)\s+(?:(?:in|at)\s+(?-i:[A-Z][\w'’-]*)\s+)?"
    r"(?:partly\s+|jointly\s+)?by\s+(?:the\s+)?(?:(?:(?-i:[A-Z][\w'’-]*)(?:\.(?=\S)[\w'’-]*)*|da|de|dos|del|al|bin|van|von"
    r"|and|and\s+the),?\s+){0,16}$",  # "brokered by Saudi Arabia and the United States"
    re.IGNORECASE,
)


#: A deal made right before what a mediator's adjective brokered: "signed a".
_MADE_BEFORE = re.compile(
    r"\b(?:signed|agreed|reached|accepted|initiall?ed|concluded)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
#: Talks a body led, named by it: "African Union-led talks", "Qatari-led negotiations".
_LED_TALKS = re.compile(r"-led\s+(?:peace\s+)?(?:talks|negotiations|mediation)\b")
#: A word every match of _MEDIATED, _MEDIATING and _LED_TALKS holds one of.
_MEDIATION_WORDS = ("mediat", "broker", "facilitat", "guarantor", "hosted", "-led")
#: "with Norway acting as mediator", "Qatar, the mediator,": the name's role, after it; or
#: its adjective's ("a Norwegian-brokered ceasefire").
_MEDIATING = re.compile(
    r"(?:(?:,\s+(?:the|a|which|who)|\s+(?:acting|serving))?\s+as\s+(?:a\s+|the\s+)?"
    r"(?:mediators?|brokers?|facilitators?|guarantors?)\b|-(?:brokered|mediated)\b"
    r"|\s+mediators\s+(?:\w+ly\s+)?(?!(?:said|told)\b)(?:[a-z]+ed|urge[sd]?|met|held|brought)\b"
    # "as Qatari mediators pressed both sides": acting, not saying nor a plan's drafters
    r"|,\s+which\s+(?:had\s+)?(?:mediated|brokered|facilitated)\s+the\s+(?:talks|negotiations"
    r"|deal|accord|agreement|truce|ceasefire|cease-fire)\s*,)"
    # "Egypt mediated between the two sides", "Sarkozy brokered a peace plan between"
    r"|\s+(?:\w+ly\s+)?(?:mediated|brokered|facilitated)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|accord|agreement|truce|ceasefire|cease-fire|plan|talks|pact)\s+)?between\b",
    re.IGNORECASE,
)


def votes_for_act(text: str, kind: str, t_start: int, next_start: int | None) -> bool:
    """A body that "voted to tighten sanctions" imposes them, one that "passed a resolution
    condemning" X accuses X: the act voted for is the event, the vote none of its own."""
    if kind == "AGREE" and _VOTED_TO.match(text, t_start):
        return True  # what is voted for, if an act, is read from its own verb
    found = _PASSED_TEXT.match(text, t_start)
    return found is not None and next_start is not None and 0 <= next_start - found.end() <= 30


_VOTED_TO = re.compile(
    r"vot(?:e|es|ed|ing)\s+(?:\w+ly\s+)?(?:(?:late\s+|early\s+)?on\s+\w+\s+)?to\s+", re.IGNORECASE
)  # "voted unanimously to", "voted on Wednesday to"
#: "passed a resolution condemning", "adopted a motion calling on": what the text does is
#: the act, its passing no concession or support of its own.
_PASSED_TEXT = re.compile(
    r"(?:pass|adopt|approv)\w*\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:resolution|motion"
    r"|declaration|statement)\s+(?:that\s+)?(?=[a-z]+ing\b)",
    re.IGNORECASE,
)


#: "help" right before the party helped ("to help Maputo fight"): that party acts next.
_HELPED_BEFORE = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$", re.IGNORECASE)
#: Between the party helped and its act: a noun or two ("Congolese authorities contain").
_HELPED_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s+")
_TO_HELP = re.compile(r"\bto\s+help$", re.IGNORECASE)


def read_help(
    text: str,
    actors: list[Hit],
    trigger: tuple[int, int],
    found: tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None,
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """What a help and the act helped relate: the party helped does the act, on what follows
    it only ("to help Maputo fight the insurgency" tells no fight with whoever sent help);
    "to help Maputo" is the main subject's aid to Maputo, when nothing else is read."""
    t_start, t_end = trigger
    before = [h for h in actors if h.end <= t_start]
    helped = before[-1] if before else None
    if (
        helped is not None
        and _HELPED_BEFORE.search(text, max(0, helped.start - 14), helped.start)
        and _HELPED_GAP.fullmatch(text, helped.end, t_start)
    ):
        pairs = [
            (helped, target)
            for _, target in (found[1] if found else [])
            if target.start >= t_end and target.actor != helped.actor
        ]
        return ([helped], pairs, found[2]) if found and pairs else None
    if found is None and _TO_HELP.search(text, max(0, t_start - 3), t_end) and before:
        after = next((h for h in actors if h.start >= t_end), None)
        main = before[0]
        if (
            after is not None
            and not text[t_end : after.start].strip()
            and main.actor != after.actor
        ):
            return [main], [(main, after)], False
    return found


#: Joining what others do: the act joined is the one to read.
_JOINING = re.compile(r"join(?:s|ed|ing)?\b", re.IGNORECASE)
#: Between "joined" and the act it names: an article and two words at most.
_JOINED_GAP = re.compile(r"\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}")


#: Power taken in a coup: "seized power", "took power in a bloodless coup".
_TAKING_POWER = re.compile(
    r"(?:seiz(?:e|es|ed|ing)|t(?:ook|akes?|aking)|grabbed)\s+(?:absolute\s+)?power\b"
    r"|t(?:ook|akes?|aking)\s+office\b|t(?:ook|akes?|aking|aken)\s+over\s+as\b",
    re.IGNORECASE,
)


def takes_power(text: str, t_start: int) -> bool:
    """A coup ("seized power on Tuesday"), or an office taken ("since President Reagan took
    office", "had taken over as president"): no one named near it is attacked (coders code
    no event with another side)."""
    return _TAKING_POWER.match(text, t_start) is not None


#: A document's noun right before a participle that tells what it says: "a declaration
#: pledging to", "an agreement committing them to".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:agreement|accord|deal|pact|treaty|declaration|communiqu[eé]|memorandum|roadmap)s?\s+"
    r"(?:(?:on|late|early|last)\s+\w+\s+)?$",
    re.IGNORECASE,
)


#: What a deal opens the way to, before its act: "paving the way for Belgrade to| open talks"
#: (sides.py reads the names it opens the way for).
WAY_PAVED = r"\b(?:pav|clear|open)\w*\s+the\s+way\s+"
WAY_PAVED_FOR_ACT = re.compile(WAY_PAVED + r"for\s+(?:[\w'’-]+\s+){1,5}?to\s+$", re.IGNORECASE)


def document_says(text: str, t_start: int, t_end: int) -> bool:
    """The trigger tells what a document signed says ("signed a declaration pledging to work
    toward denuclearisation"): the signing is the event, as coders code it (four sets of
    five), not a second promise, nor its terms ("under which Washington will lift
    sanctions"), nor what it opens the way to; or what an inquiry looks into ("calls for an
    inquiry into the killing of protesters"): no act of those who call for it."""
    return (
        text.endswith("ing", t_start, t_end)
        and _DOCUMENT_BEFORE.search(text, max(0, t_start - 32), t_start) is not None
    ) or (
        (  # every match holds "into": most triggers have none before them
            holds(text, "into", t_start - 40, t_start)
            and _INQUIRY_INTO.search(text, max(0, t_start - 40), t_start) is not None
        )
        or (
            (
                holds(text, "which", t_start - 90, t_start)
                or holds(text, "provid", t_start - 90, t_start)
            )
            and _TERMS_BEFORE.search(text, max(0, t_start - 90), t_start) is not None
        )  # every match holds "which" or "provid": most triggers have neither before them
        or (
            _PROVIDING_FOR.match(text, t_start) is not None
            and _ACCORD_BEFORE.search(text, max(0, t_start - 100), t_start) is not None
        )  # "signed agreements ... providing for Namibia's independence": their terms
        or (
            holds(text, " way ", t_start - 80, t_start)
            and WAY_PAVED_FOR_ACT.search(text, max(0, t_start - 80), t_start) is not None
        )  # "a deal ..., paving the way for American troops to leave Afghanistan": its aim
    )


#: A deal's terms: "sealed a nuclear agreement, under which Washington will lift sanctions",
#: "signed agreements ... providing for Namibia's independence and the withdrawal of".
_TERMS_BEFORE = re.compile(
    r"\b(?:under\s+which|providing\s+for|(?:that|which)\s+provides?\s+for)\s+[^.;:]{0,80}$"
)
_PROVIDING_FOR = re.compile(r"provid\w*\s+for\b", re.IGNORECASE)
_ACCORD_BEFORE = re.compile(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|resolutions?|plans?|laws?)\b",
    re.IGNORECASE,
)
#: What an inquiry is into: "an independent inquiry into the killing of".
_INQUIRY_INTO = re.compile(
    r"\b(?:inquiry|inquest|investigation|probe)\s+into\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}$"
)


def joins_act(text: str, triggers: list[tuple[int, int, str, float]], number: int) -> bool:
    """The trigger is "joined" and the next one the act joined ("joined a diplomatic
    boycott"): that act is the one to read."""
    if _JOINING.match(text, triggers[number][0]) is None:
        return False
    end = triggers[number][1]
    return any(
        start >= end and _JOINED_GAP.fullmatch(text, end, start) is not None
        for start, _, _, _ in triggers[number + 1 : number + 2]
    )


def protesting(text: str, t_end: int, breaks: Breaks) -> int:
    """Where "to protest" or "in protest" ends, if it follows a meeting's verb in its clause
    ("summoned the Russian ambassador on Monday to protest"); else 0."""
    found = PROTEST_PURPOSE.search(text, t_end, t_end + PURPOSE_REACH)
    if (
        found is None
        or breaks.between(t_end, found.start())
        or _CLAUSE_OPENING.search(text, t_end, found.start())  # "extended talks as thousands
    ):  # of workers walked off the job to protest": the workers' purpose
        return 0
    return found.start() + 3  # the infinitive is the complaint's own: no act of its own


#: A conjunction opening another clause between a verb and a purpose.
_CLAUSE_OPENING = re.compile(r"\s(?:as|while|when|after|because|whereas)\s")


def summons_envoy(text: str, t_start: int, t_end: int) -> bool:
    """The trigger summons a state's envoy ("summoned the British ambassador", "summoned
    Japan's charge d'affaires"): a complaint made to them, no meeting."""
    return _SUMMONING.fullmatch(text, t_start, t_end) is not None and (
        _ENVOY_AFTER.match(text, t_end) is not None
        or _ENVOY_SUMMONED.search(text, max(0, t_start - 120), t_start) is not None
    )


_SUMMONING = re.compile(r"summon(?:s|ed|ing)?", re.IGNORECASE)
#: A diplomat named before a passive summons: "Britain's ambassador to Iran, Rob Macaire,
#: was summoned".
_ENVOY_SUMMONED = re.compile(
    rf"\b{DIPLOMATS}\b[^.;]{{0,80}}?\b(?:was|were|had\s+been|has\s+been|have\s+been)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: A diplomat right after a summons: "the British ambassador", "Japan's envoy".
_ENVOY_AFTER = re.compile(
    r"\s+(?:(?:the|its|their|a)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:ambassador|envoy|charg[eé]"
    r"|high\s+commissioner|diplomat|consul|emissary|representative)s?\b",
    re.IGNORECASE,
)


#: How far after a verb its purpose ("to protest") may stand (characters).
PURPOSE_REACH = 100
