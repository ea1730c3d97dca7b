"""More than one event on a pair of actors in one sentence.

Wire copy often tells two things one actor did to another: "sanctioned Chile, accusing it
of fraud", "praised Peru during a visit to Lima", "dismissed Iraqi accusations that ...".
Event coders code each.  A second relation on a pair is kept when it is told apart: in the
other direction, or of another type in a clause of its own (after a comma, a subordinating
word, a relative pronoun, or with a pronoun for subject).  One clause, one event: "pledged
aid to Chile" is the pledge, not the aid too.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.affiliation import TITLE_WORDS_GAP
from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.ingest.clause_subjects import (
    AND_NAME,
    VISIT_BY,
    and_clause,
    and_past_verb,
    clause_subject,
    subordinate_subject,
)
from personae.store.ingest.clauses import nominal
from personae.store.ingest.lexicon import IRREGULAR_PAST
from personae.store.ingest.scan import holds_any
from personae.store.ingest.verbs import SYMMETRIC
from personae.store.model import STANCE, polarity

#: What opens a clause or phrase of its own between two triggers.
_SUBORDINATE = re.compile(
    r"[;:–—(]|\b(?:after|during|before|following|amid|while|when|whereas|that|which|who"
    r"|whom|in response to|in retaliation for|in what)\b",
    re.IGNORECASE,
)
#: A participle opening a clause after a comma, the trigger itself (", accusing Chile of").
_PARTICIPLE_BEFORE = re.compile(r",\s+(?:while\s+|as\s+well\s+as\s+)?$")
_GERUND = re.compile(r"[a-z]+ing\b")
#: A participle after a comma and its object's article, right before a noun trigger.
_PARTICIPLES_NOUN = re.compile(
    r",\s+(?!(?:during|including|following|concerning|regarding|according|pending)\s)"
    r"[a-z]+ing\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|on|in|by|to)\s)[\w-]+\s+){0,2}$"
)
#: "their foreign secretaries", "their envoys": the officials of the two sides just related.
THEIR_ENVOYS = (
    r"their\s+(?:(?-i:[a-z]+)\s+)?(?:leaders|ministers|secretaries|presidents|premiers|envoys"
    r"|negotiators|delegations|delegates|representatives|officials|diplomats)\b"
)
#: "and both", "as the two (countries)": a clause of its own, with the two parties as subject.
_BOTH = rf"\b(?:and|as|while|when|after|before|until)\s+(?:both|the\s+two\b|{THEIR_ENVOYS})"
#: Any word that may open a clause of its own: a subordinating word or a pronoun subject,
#: or a verb phrase of its own after "and" ("met in Nairobi and agreed to").
_OPENER_LOWER = re.compile(
    rf"{_SUBORDINATE.pattern}|\b(?:it|they|he|she|we)\b|{_BOTH}|\band\s+(?:\w+ly\s+)?[a-z]+ed\b"
    rf"|{VISIT_BY}"  # "during a visit by the Chinese foreign minister": a meeting of its own
)
_BOTH_OPEN = re.compile(_BOTH, re.IGNORECASE)
#: A pronoun just before a verb: the subject of a clause of its own ("officials it accused").
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|we)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: "whom" and a pronoun subject right before a verb: "officials, whom they| accused".
_WHOM_PRONOUN = re.compile(r"\bwhom\s+(?:it|they|he|she|we)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def last_clause_start(text: str, lowered: str, base: int) -> int:
    """Where the last clause break or subordinating word of a piece (``lowered``, lower
    case, starting at ``base``) starts (-1: none): past it, a trigger can tell no second
    event on a pair already related."""
    last = -1
    for found in _OPENER_LOWER.finditer(lowered):
        last = found.start()
    for found in CLAUSE_BREAK.finditer(lowered, max(0, last)):
        last = found.start()
    for found in _COMMA_PARTICIPLE.finditer(lowered, max(0, last)):  # ", accusing"
        last = found.start()
    for found in AND_NAME.finditer(text, base + max(0, last), base + len(lowered)):
        last = found.start() - base  # ", and Tehran responded"
    for found in _AND_THE_NOUN.finditer(lowered, max(0, last)):
        last = found.start()  # ", and the country has since refused"
    return last + base if last >= 0 else -1


def told_apart(text: str, first_end: int, t_start: int) -> bool:
    """A clause or phrase of its own opens between the first trigger and this one."""
    return (
        _SUBORDINATE.search(text, first_end, t_start) is not None
        or CLAUSE_BREAK.search(text, first_end, t_start) is not None
        or _PRONOUN_SUBJECT.search(text, max(first_end, t_start - 20), t_start) is not None
        or _BOTH_OPEN.search(text, first_end, t_start) is not None  # "and the two sides agreed"
        or and_clause(text, first_end, t_start)  # ", and threatened", ", and Moscow said"
        or and_past_verb(text, max(first_end, t_start - 16), t_start)  # "and demanded"
        or _AND_COMMITTED.search(text, max(first_end, t_start - 60), t_start) is not None
        or _AND_THE_NOUN.search(text, first_end, t_start) is not None  # ", and the group
        # responded by firing"
        or (first_end < t_start - 3 and participle_clause(text, t_start))
        or _PROMPTED.search(text, max(first_end, t_start - 80), t_start) is not None
        or (  # "During a visit to Hanoi, Blinken pledged aid": the adjunct's event, then
            text.find(",", first_end, t_start) >= 0  # the main clause's
            and adjunct_event(text, text.rfind(" ", 0, first_end - 1) + 1)
        )
    )


#: An occasion put to use, before the act it served: "used his welcoming speech to|".
OCCASION_USED = r"(?:used|took)\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?to"
#: "... held talks and agreed to ease tensions": a second verb phrase, its act the second
#: event; "made a visit to Kyiv and pledged $500 million in military |aid": its object's noun;
#: "welcomed Abe and used their summit to| urge Japan": the occasion put to use.
_AND_COMMITTED = re.compile(
    r"\band\s+(?:(?:agreed|pledged|promised|vowed|offered|decided|threatened)\s+to"
    r"|threatened(?:\s+[a-z]+)?"
    r"|(?:pledged|promised|offered|approved|announced|granted)\s+(?:[\w$€£.,'’-]+\s+){1,6}?"
    rf"|{OCCASION_USED})\s*$"
)
#: ", and the group responded": a clause whose subject is a noun, opened after the first act.
_AND_THE_NOUN = re.compile(
    r",\s+and\s+(?:the\s+(?:[a-z-]+\s+){1,3}?|(?:riot\s+|security\s+|military\s+)?police\s+)"
    r"(?:(?:has|have|had|also|since|later|then|\w+ly)\s+){0,2}"
    rf"(?:[a-z]+ed|{IRREGULAR_PAST})\b"
)
#: Who did what to whom: (source, target, type).
Said = tuple[str, str, str]


#: Acts both sides do together (a stance is no act: "allies" tell no second event).
_DONE_TOGETHER = SYMMETRIC - STANCE.keys()
_DONE_TOGETHER_NOUN = re.compile(
    r"(?:talks|negotiations|meetings?|summit|agreements?|accords?|pacts?|deals?|treat(?:y|ies)"
    r"|cooperation|exercises|drills|partnership)\b",
    re.IGNORECASE,
)


def talks_behind(text: str, kind: str, t_start: int) -> bool:
    """Talks told as what led to the act on the same pair ("agreed to a ceasefire after a
    week of talks mediated by Switzerland"): where a mediator or host is named, no event of
    their own, as event coders code the agreement and the mediation alone (talks between the
    two alone they code: "agreed to restore relations after two days of talks in Madrid")."""
    return kind == "CONSULT" and AFTER_TALKS.search(text, max(0, t_start - 50), t_start) is not None


def brokering(text: str, t_start: int, t_end: int) -> bool:
    """The trigger is a mediator's verb ("brokered by Pope Francis"): the mediation, no act
    of the parties'."""
    return _BROKERING.fullmatch(text, t_start, t_end) is not None


def brokered_between(text: str, t_start: int, t_end: int) -> bool:
    """The trigger names what a mediator brokered between two parties ("brokered a six-point
    peace plan between Russia and Georgia"): the mediator meets each (CAMEO 045)."""
    return (
        text.startswith(" between ", t_end)
        and _BROKERED_NOUN.search(text, max(0, t_start - 60), t_start) is not None
    )


def broker_and_sides(
    text: str, actors: list[Hit], trigger: tuple[int, int]
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool]:
    """The broker of what a trigger names (see brokered_between), with its title's state
    ("Turkish President Recep Tayyip Erdogan"), and each side named after "between"."""
    t_start, t_end = trigger
    before = [h for h in actors if h.end <= t_start]
    brokers = before[-1:]
    if len(before) > 1 and TITLE_WORDS_GAP.fullmatch(text, before[-2].end, before[-1].start):
        brokers = before[-2:]
    sides = [h for h in actors if t_end < h.start <= t_end + _SIDES_REACH][:2]
    return brokers, [(b, s) for b in brokers for s in sides if b.actor != s.actor], True


#: How far after a brokered noun the two sides are named: " between Russia and Ukraine".
_SIDES_REACH = 40
#: A mediator's verb and the article of what it brokered, right before its noun.
_BROKERED_NOUN = re.compile(
    r"\b(?:brokered|mediated|facilitated)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def deal_brokered(text: str, kind: str, t_end: int) -> bool:
    """A deal named again as what a mediator brokered ("signed a deal ..., in an agreement
    brokered by China"): the pair's signing told already, no second agreement."""
    return kind == "AGREE" and _BROKERED_AFTER.match(text, t_end) is not None


_BROKERING = re.compile(r"(?:brokered|mediated|facilitated)", re.IGNORECASE)
#: Right after a deal's noun: who brokered it.
_BROKERED_AFTER = re.compile(
    r"s?\s+(?:(?:partly|jointly)\s+)?(?:brokered|mediated|facilitated)\s+(?:(?:in|at)\s+\S+\s+)?by\b",
    re.IGNORECASE,
)
#: "after a week of", "in", "at the close of peace": right before talks that led to an act.
AFTER_TALKS = re.compile(
    r"\b(?:after|following|in|at\s+the\s+(?:close|end|conclusion)\s+of)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


def another_event(text: str, known: list[Said], said: Said, first_end: int, t_start: int) -> bool:
    """Whether ``said`` tells an event of its own on a pair that ``known`` (the pair's first
    link, then any further ones) already relates: in a clause of its own, or the other way
    round as a noun ("Chile dismissed Peruvian accusations that ...": Peru's act)."""
    if said in known:
        return False
    # a noun of what both sides do ("at the close of peace talks") is theirs either way
    together = said[2] in _DONE_TOGETHER and _DONE_TOGETHER_NOUN.match(text, t_start) is not None
    reverse = (said[0] == known[0][1] or together) and (
        nominal(text, t_start)
        or _DOCUMENT_BEFORE.search(text, max(0, t_start - 16), t_start) is not None
    )  # "denounced a United Nations report accusing it of": the report's charge too
    answered = (  # "Hamas fired rockets into Israel and Israeli aircraft pounded Hamas camps"
        said[:2] == known[0][1::-1]
        and _AND_NAMED_SUBJECT.search(text, max(first_end, t_start - 60), t_start) is not None
    )
    purpose = (  # "flew to Lome to press Togo's leader to step down": why the visit was made
        said[2] != known[0][2]
        and _VISIT_PURPOSE.search(text, max(0, first_end - 12), t_start) is not None
    )
    protest = (  # "occupied Shell's platform in protest against the company's plan": why;
        # but an envoy recalled "in protest at" is the recall alone
        said[2] == "PROTEST"
        and known[0][2] not in ("SANCTION", "REJECT", "ACCUSE", "DISAPPROVE")
        and in_protest(text, t_start)
    )
    visit = (  # "signed a treaty ..., at the start of Gorbachev's three-day visit to
        said[2] != known[0][2]  # Washington": the visit, an event of its own
        and text.startswith(("visit", "trip"), t_start)
        and _OWNERS_VISIT.search(text, max(0, t_start - 40), t_start) is not None
    )
    return (
        reverse or answered or purpose or protest or visit or told_apart(text, first_end, t_start)
    )


#: A document right before the participle that tells what it says: "a report| accusing".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|statement|resolution|letter|study|dossier|communiqu[eé])s?\s+$", re.IGNORECASE
)
#: A possessive and up to three words right before a noun: "Gorbachev's three-day |visit".
_OWNERS_VISIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}$")


#: A journey, then its purpose's infinitive right before the next trigger.
_VISIT_PURPOSE = re.compile(
    r"\b(?:flew|fl(?:y|ies|ying)|travell?\w*|went|arriv\w*|visit\w*|headed|came)\b"
    r"[^.;:]{0,80}?\sto\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


#: "and" opening a clause whose subject is named, right before its verb: "and Israeli
#: aircraft pounded".
_AND_NAMED_SUBJECT = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-z][\w-]*){0,2}\s+$")


#: What follows a verb whose object is the noun before its subject: "as", "of", a comma,
#: a day... ("an allegation Lima rejected as absurd", "officials it accused of fraud").
_GAP_AFTER = re.compile(
    r"\s*(?:[,.;]|$|\s(?:as|of|for|over|on|in|at|last|this|because|after|absurd|baseless|false"
    r"|groundless|unfounded|fabricated|nonsense|ridiculous)\b)",
    re.IGNORECASE,
)
#: A noun, and "that" or "which" if any, just before a clause's subject: the noun is the
#: object the clause's verb lacks ("an allegation New Delhi rejected", "drills that ...").
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the)\s+[a-z][a-z-]+\s+(?:(?:that|which)\s+)?$")


def object_gap(
    text: str, actors: list[Hit], subjects: list[Hit], t_start: int, t_end: int
) -> tuple[list[Hit], list[Hit]] | None:
    """Subjects and objects of a verb in a relative clause whose object is the noun it
    modifies, as the actor that noun belongs to: "sanctioned three Chilean officials it
    accused of fraud" (the US accused Chile), "Peru accused Chile, an allegation Santiago
    rejected as absurd" (Chile rejected Peru's).  None when the verb has an object of its
    own or no such noun stands before it."""
    if _GAP_AFTER.match(text, t_end) is None:
        return None
    main = next((h for h in actors if h.end <= t_start), None)  # the sentence's subject
    if main is None:
        return None
    whom = _WHOM_PRONOUN.search(text, max(0, t_start - 24), t_start)
    if whom is not None and not subjects:  # "30 Belarussian officials, whom they accused of
        named = [h for h in actors if h.end <= whom.start() and h.actor != main.actor]
        return ([main], named[-1:]) if named else None  # rigging": the main subject's charge
    if subjects and _PRONOUN_SUBJECT.search(text, max(0, t_start - 20), t_start):
        # "officials it accused": the pronoun is the main subject, the names before it the
        # object
        if main in subjects:
            return None
        return [main], subjects
    first = min(h.start for h in subjects) if subjects else t_start
    if subjects and main not in subjects and _NOUN_BEFORE.search(text, max(0, first - 40), first):
        return subjects, [main]
    return None


def participle_clause(text: str, t_start: int) -> bool:
    """The trigger is a participle opening a clause after a comma (", accusing Peru of", ",
    while urging Cairo to"), or the noun such a participle takes (", escalating a month-long
    strike"): its subject is the main clause's, not the name just before it."""
    if _GERUND.match(text, t_start) is None:
        return _PARTICIPLES_NOUN.search(text, max(0, t_start - 50), t_start) is not None
    if _PARTICIPLE_BEFORE.search(text, max(0, t_start - 16), t_start) is not None:
        return True
    # ", accusing Kigali of backing rebels and ordering its diplomats to leave": the second
    # participle is the main subject's too
    joined = _AND_BEFORE.search(text, max(0, t_start - 6), t_start)
    return joined is not None and bool(
        _COMMA_PARTICIPLE.search(text, max(0, joined.start() - _CHAIN_REACH), joined.start())
    )


#: "and" before a participle, and a participle clause opened by a comma somewhere before it.
_AND_BEFORE = re.compile(r",?\s+and\s+$")
_COMMA_PARTICIPLE = re.compile(r",\s+(?:(?:with\s+)?each\s+(?:[a-z]+\s+)?)?[a-z]+ing\b")
#: How far back the participle clause a second one joins may open (characters).
_CHAIN_REACH = 120


#: A preposition opening a time adjunct, and the article of its noun: "during a visit",
#: "after talks", "ahead of the summit", "in a dawn raid".
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:(?:during|after|before|following|ahead\s+of|amid|at)\s+(?:(?:a|an|the)\s+)?"
    r"|in\s+(?:an?\s+)?(?:effort|attempt|bid)\s+to\s+|in\s+order\s+to\s+"  # a purpose
    r"|in\s+(?:a|an)\s+|in\s+(?=(?-i:[a-z]+-[a-z]+|dawn|night|overnight|coordinated)\s))"
    r"(?!(?:his|her|its|their)\b)(?:(?-i:[a-z-]+)\s+)?$",
    re.IGNORECASE,
)


#: A reaction to what the main clause tells, by someone named after it: ", drawing
#: condemnation from the UN", ", a move condemned by the UN": it is aimed at the main
#: clause's subject.
_REACTION_BEFORE = re.compile(
    r",\s+(?:(?:drawing|prompting|sparking|triggering|provoking|earning|attracting)\s+"
    r"(?:[a-z]+\s+){0,3}|(?:a|the|in\s+a)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:move|step|decision|action|measure|policy)\s+(?:that|which)?\s*(?:was\s+)?"
    r"(?:(?:drew|prompted|sparked|triggered|provoked|earned|attracted)\s+(?:[a-z]+\s+){0,3})?)$"
)


def reacts(text: str, t_start: int) -> bool:
    """The trigger tells a reaction to the main clause (_REACTION_BEFORE)."""
    return _REACTION_BEFORE.search(text, max(0, t_start - 60), t_start) is not None


#: The verbs by which an act prompts another's: ", prompting Rome to recall".
PROMPTING = r",\s+(?:prompting|forcing|leading|spurring|pushing|causing)\s+(?:the\s+)?"
#: A reaction the main clause caused, right before its verb: ", prompting Rome to", ",
#: prompting the government in Port-au-Prince on Monday to".
_PROMPTED = re.compile(
    PROMPTING + r"(?:(?:[a-z]+\s+){1,2}(?:in|of)\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
    r"(?:['’]s\s+(?:[a-z]+\s+)?(?:embassy|ministry|government|mission|parliament)"
    r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)?"  # "Beijing's embassy in London"
    # "prompting the South Korean delegation to walk out": its body
    r"(?:\s+(?:delegation|delegates|negotiators|government|authorities|officials|team))?"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+to\s+(?:[a-z]+\s+){0,2}$"
)


#: A passive with no agent just before the prompt: "had also been cut| in the night".
_UNAUTHORED_BEFORE = re.compile(
    r"\b(?:been|was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|cut|hit|shut|broken|damaged|struck)"
    r"(?:\s+(?!by\b)[\w'’-]+){0,6}$"
)


def prompted_by(text: str, actors: list[Hit], t_start: int) -> tuple[Hit, Hit] | None:
    """Who acts in a reaction the main clause prompted ("Brazil refused to extradite him,
    prompting Rome to recall its ambassador"), and the main clause's subject it answers."""
    found = _PROMPTED.search(text, max(0, t_start - 80), t_start)
    if found is None:
        return None
    who = next((h for h in actors if h.start == found.start("who")), None)
    main = next((h for h in actors if h.end <= found.start()), None)
    if who is None or main is None or who.actor == main.actor:
        return None
    if _UNAUTHORED_BEFORE.search(text, max(main.end, found.start() - 80), found.start()):
        return None  # "Norway said a link had also been cut, prompting NATO to": what
        # prompted it has no author named
    return who, main


#: A sentence opening with a participle and its adjunct: "Speaking after talks with".
_OPENING_ADJUNCT = re.compile(r"\s*[A-Z][a-z]+ing\s+(?:after|during|before|following|at)\b")


def opening_adjunct(text: str, clause_start: int, t_start: int, t_end: int) -> int:
    """Where the main clause opens (its comma) when the trigger is the noun of an adjunct
    opening the sentence with a participle ("Speaking after talks with Macron in Paris, Modi
    said"); else 0."""
    if _OPENING_ADJUNCT.match(text, clause_start) is None or not adjunct_event(text, t_start):
        return 0
    return max(0, text.find(",", t_end, t_end + 200))


def adjunct_event(text: str, t_start: int) -> bool:
    """The trigger is the noun of a time adjunct ("praised Peru during a visit to Lima",
    "pledged aid during talks with Chile", "arrested ... in raids across Java") or the verb
    of a purpose ("flew to Jeddah for talks with King Salman in an effort to mediate"): its
    subject is the main clause's, not the object named just before it; "during its assault"
    names its own, by a pronoun."""
    return (
        _ADJUNCT_BEFORE.search(text, max(0, t_start - 40), t_start) is not None
        or (
            text.endswith(" in ", 0, t_start)
            and text.startswith(_ACTS_IN_THE_PLURAL, t_start)  # "arrested ... in raids across Java"
        )
        or in_protest(text, t_start)  # "occupied the platform in protest against the
    )  # company's plan": the occupier protests


def in_protest(text: str, t_start: int) -> bool:
    """The trigger is the "protest" of "in protest against": why the clause's act was done."""
    return text.endswith(" in ", 0, t_start) and _PROTEST_AT_WORDS.match(text, t_start) is not None


#: Acts named in the plural after "in": the main clause's act, told as its means.
_ACTS_IN_THE_PLURAL = ("raids ", "clashes ", "operations ", "sweeps ", "crackdowns ", "battles ")


#: "protest against" and its like after "in": what an act was done in protest at.
_PROTEST_AT = r"protest\s+(?:at|against|over)"
_PROTEST_AT_WORDS = re.compile(_PROTEST_AT + r"\b")
#: The opening of a phrase naming what an act answers: "in response to", "in retaliation
#: for", "to avenge", "in protest at", and the answered act's article.
_ANSWERING = (
    r"\b(?:in\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:response|reply|retaliation|revenge|reprisal)\s+(?:to|for)"
    rf"|in\s+{_PROTEST_AT}"
    r"|to\s+avenge"
    r"|to\s+retaliate\s+for)\s+(?:(?:a|an|the|what)\s+)?"
)
#: A word every match of _ANSWERING holds one of.
_ANSWER_WORDS = ("response", "reply", "retaliat", "revenge", "reprisal", "avenge", "protest")
#: The answered act's noun phrase up to the trigger.
_ANSWERED_BEFORE = re.compile(_ANSWERING + r"(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)


def answered_from(text: str, t_start: int) -> int | None:
    """Where the phrase opens whose noun at ``t_start`` is the act answered ("struck Syria
    in response to a gas attack"): another's act, whose doer is named inside the phrase if
    at all, never the clause's subject; None if the trigger is no such noun."""
    if not holds_any(text, _ANSWER_WORDS):
        return None  # most articles answer nothing: no search at every trigger
    found = _ANSWERED_BEFORE.search(text, max(0, t_start - 70), t_start)
    return found.start() if found is not None else None


_ANSWER_OPENS = re.compile(_ANSWERING, re.IGNORECASE)
#: A name that owns or qualifies the answered act: "Iran's seizure", "an Iranian attack".
_DOER_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")


def before_answer(
    text: str, kind: str, t_end: int, high: int, reachable: list[Hit], kinds: dict[str, str]
) -> list[Hit]:
    """The objects a trigger may take before a phrase naming what it answers ("struck Gaza in
    retaliation for an attack on Sderot": Gaza); when it names only places, or none, the
    answered act's doer for a hostile act ("sent warships to the Gulf in response to Iran's
    seizure of a tanker": Iran)."""
    answer = _ANSWER_OPENS.search(text, t_end, high) if holds_any(text, _ANSWER_WORDS) else None
    if answer is None:
        return reachable
    first = next((h for h in reachable if h.start >= answer.start()), None)
    kept = [h for h in reachable if h.start < answer.start()]
    if (
        first is not None
        and first.start == answer.end()
        and _DOER_AFTER.match(text, first.end)
        and polarity(kind) == "conflict"
        and all(kinds.get(h.actor) in ("place", "other") for h in kept)
    ):
        return [first]
    return kept


def main_subject(text: str, actors: list[Hit], t_start: int, kinds: dict[str, str]) -> Hit | None:
    """The subject of the clause a participle or an adjunct at ``t_start`` belongs to: the
    last one opened after ", and" ("..., and Russia, which has peacekeepers there, sent
    tanks, accusing Tbilisi"), else the first name before that is no place ("A car bomb tore
    through a district on the Indonesian island of Bali, killing ...": no one named did it)."""
    before = [h for h in actors if h.end <= t_start]
    clauses = [h for h in before if clause_subject(text, h) or subordinate_subject(text, h)]
    if clauses:
        return clauses[-1]
    return next(
        (
            h
            for h in before
            if kinds.get(h.actor) != "place"
            and not WHERE_BEFORE.search(text, max(0, h.start - 40), h.start)
        ),
        None,
    )


#: A preposition of place before a name: where, no subject ("on the Indonesian island of").
WHERE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|off|outside|inside|across|through)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?\Z"
)
