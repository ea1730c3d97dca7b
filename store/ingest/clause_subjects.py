"""Whose clause a trigger word stands in, and so who acts: a name glued to a participle as
an attribute ("a UK-based group"), an infinitive's or a modal's own subject, an act asked or
forced of someone ("urged Iran to"), a clause or a verb phrase that ", and" or a conjunction
opens, a participle clause, what an accusation or a conviction charges, a gerund's subject.

These rules look past the trigger to the clauses around it; the words right before the
trigger itself (voice, noun or verb, negation, hedges, claims) are read in clauses.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from personae.store.ingest.actors import Hit
from personae.store.ingest.cameo_words import AUXILIARIES
from personae.store.ingest.clauses import PAST_AFTER
from personae.store.ingest.lexicon import IRREGULAR_PAST, PAST, words
from personae.store.ingest.scan import EndingAt, holds_any
from personae.store.ingest.verbs import TIME_GAP

if TYPE_CHECKING:
    from personae.store.ingest.breaks import Breaks


#: A name made an attribute of a noun: "a UK-based group", "Soviet-made tanks", "a
#: Russian-style law", "a U.N.-backed mission" (but "Iran-backed Hezbollah" is Iran's support of a name).
ATTRIBUTE_AFTER = re.compile(
    r"[-–](?:based|born|speaking|made|built|registered|listed|headquartered|incorporated|bound"
    r"|style|type|like|era)\b"
    r"|[-–](?:backed|funded|sponsored|brokered|owned|run|allied|aligned|installed|appointed"
    r"|imposed|supported|dominated|arranged|mediated|negotiated|drafted|monitored|supervised)"
    r"\s+(?-i:[a-z])"
    # but a force led by a state is that state acting: "a Saudi-led coalition carried out"
    r"|[-–]led\s+(?!(?:military\s+|naval\s+)?(?:coalition|alliance|forces|troops|operation"
    r"|offensive|campaign|blockade|intervention|peacekeep\w*|soldiers|police|mission|force"
    r"|navy|warships)\b)(?-i:[a-z])"
)
#: Words before a verb that make it an infinitive or a modal's: it has a subject of its own
#: ("pledged to expel", "will meet"), so neither a "by" agent nor an attributive one.
OWN_SUBJECT_BEFORE = re.compile(
    r"\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_OWN_SUBJECT_ENDING = EndingAt(OWN_SUBJECT_BEFORE)


def hyphen_glued(text: str, start: int) -> bool:
    """The word at ``start`` is glued to the one before by a hyphen ("Iran-backed",
    "state-run"): a compound's part, an adjective, no verb of its own."""
    return start > 1 and text[start - 1] in "-–"


def glued(text: str, actors: list[Hit], t_start: int) -> Hit | None:
    """The actor a trigger is glued to by a hyphen ("Israeli-occupied", "Qaeda-linked")."""
    if not hyphen_glued(text, t_start):
        return None
    return next((h for h in actors if h.end == t_start - 1), None)


def attributive(text: str, subjects: list[Hit], t_start: int) -> bool:
    """The subject reads as a noun's modifier ("U.S. and European pressure"): at most two
    words between, none of them an auxiliary ("the Olympics will open" is a clause)."""
    between = text[subjects[-1].end : t_start].lower().split()
    if len(between) > 2 or any(word in AUXILIARIES or _verb_or_adverb(word) for word in between):
        return False  # "Russian peacekeepers began deploying": a clause of their own
    if "," in text[subjects[-1].end : t_start] and PAST_AFTER.match(text, t_start):
        return False  # "..., Commodore Frank Bainimarama, seized power": an apposition ends
        # and its verb follows (", condemning the arrests" is the speaker's own participle)
    if " and " in text[max(h.end for h in subjects) : t_start]:
        return False  # "forced down a Ryanair flight and arrested": a second verb phrase
    if _VERB_BEFORE.search(text, max(0, subjects[0].start - 30), subjects[0].start):
        return False  # "endorsed Morocco's autonomy plan": a verb's object acts on no one
    return not own_subject(text, t_start)


def _verb_or_adverb(word: str) -> bool:
    """A word that makes what stands before a verb its subject, not a modifier: a past
    form ("began"), an adverb ("also", "quickly")."""
    return word in _CLAUSE_ADVERBS or word.endswith("ly") or PAST.fullmatch(word) is not None


_CLAUSE_ADVERBS = frozenset(words("also then later soon still again"))


#: A verb's form (and an article) just before a noun phrase: the phrase is its object.
_VERB_BEFORE = re.compile(
    r"(?<!\bthis )(?<!\bthe )(?<!\bits )(?<!\ban )(?<!\ba )(?<!\btheir )"
    r"\b[a-z]+(?:ed|ing)\s+(?:(?:the|a|an)\s+)?$"
)  # but "this expanding Russian influence": an adjective


#: "to" (and an adverb) just before a verb: its infinitive.
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_INFINITIVE_ENDING = EndingAt(_INFINITIVE_BEFORE)
#: "to" and a verb right after a request's word: a wish to act oneself ("seeking to deepen",
#: "hopes to join"), not a request to anyone ("appealed to the UN").
OWN_ACT_AFTER = re.compile(
    rf"{TIME_GAP} to "
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|both)\b)(?-i:[a-z])"
)
#: Types of a trigger that asks or makes someone act ("urged Iran to", "forced Iran to"):
#: the act asked for is not yet done.
ASKING = frozenset({"REQUEST", "COERCE"})
#: How far an infinitive may stand from the verb that asks for it (characters).
ASKED_REACH = 80


#: An infinitive between a request and a trigger: the trigger is in the act asked for
#: ("urged Chile and Peru to return to the negotiating table").
_ASKED_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our)\b)[a-z]+\b")
#: The act kept from happening: "prevented two Turkish ministers from| addressing rallies".
_FROM_DOING = re.compile(r"\bfrom\s+[a-z]+ing\b")
#: The act demanded named as a noun right after the demand: "demanded the release of",
#: "urged the immediate withdrawal of", "demanded his unconditional release".
ASKED_NOUN = re.compile(
    r"\s+(?:for\s+)?(?:the|an?|his|her|their|its)\s+(?:(?:immediate|unconditional|swift|prompt|full"
    r"|complete|total|early|safe|humanitarian|lasting|permanent|durable|nationwide|new"
    r"|comprehensive|general)\s+(?:and\s+)?)*"
)  # "appealed for an immediate humanitarian |ceasefire"
#: Whom the asking is made of, then "for" and what is asked ("asked Paris for urgent
#: military help", "appealed to the UN for more aid").
_ASKED_FOR = re.compile(
    r"\s+(?:to\s+)?(?:[\w'’.-]+\s+){1,4}?for\s+(?:(?:more|urgent|immediate|further|new|additional"
    r"|military|financial|economic|humanitarian|international|emergency)\s+(?:and\s+)?)*"
)
#: "that" and a subject between a demand and the act demanded ("demanded that Iran free").
_THAT_SUBJECT = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?that\s+(?:[\w'’.-]+\s+){1,4}"
)  # "demanded on Tuesday that Myanmar's military release"


#: A second subject and its own infinitive after the act asked: "prompting the US to
#: impose sanctions| and Japan to |freeze loans" (Japan freezes; no one asked it of Japan).
_AND_NAMED_TO = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}to\s+")


#: A visit by someone, told after another act: a meeting of its own ("asked China to
#: restructure its debt during a visit by the Chinese foreign minister").
VISIT_BY = r"\b(?:during|on|ahead\s+of)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?visit\s+by\b"
_VISIT_BY = re.compile(VISIT_BY, re.IGNORECASE)


def asked_for(text: str, t_start: int, asking_end: int, breaks: Breaks) -> bool:
    """The verb at ``t_start`` is the infinitive of an act asked for, forced or refused by the
    trigger ending at ``asking_end`` ("urged Iran to free", "pressured to help", "would not
    give permission to Russia to help"): event coders code the asking, not an act not done."""
    if not 0 < asking_end <= t_start <= asking_end + 2 * ASKED_REACH:
        return False
    infinitive = _INFINITIVE_ENDING.found(text, max(0, t_start - 16), t_start)
    return (
        # "ordered American, Canadian, European and Russian members of the U.N. peacekeeping
        # mission on its border with Ethiopia to leave": a long object, then the infinitive
        (t_start <= asking_end + ASKED_REACH or infinitive)
        and _OWN_FORCES.fullmatch(text, asking_end, t_start) is None
        and _AND_NAMED_TO.fullmatch(text, asking_end, t_start) is None
        and (
            infinitive
            or _THAT_SUBJECT.fullmatch(text, asking_end, t_start) is not None
            or ASKED_NOUN.fullmatch(text, asking_end, t_start) is not None
            or _ASKED_FOR.fullmatch(text, asking_end, t_start) is not None
            or _ASKED_INFINITIVE.search(text, asking_end, t_start) is not None
            or _FROM_DOING.search(text, asking_end, t_start) is not None
        )
        and not breaks.between(asking_end, t_start)
        and not participle_opens(text, asking_end, t_start)
        and not and_clause(text, asking_end, t_start)
        and not visit_between(text, asking_end, t_start)
    )


def visit_between(text: str, start: int, t_start: int) -> bool:
    """A visit by someone opens between ``start`` and the trigger at ``t_start`` (or is it):
    its own meeting, no part of an act asked before it."""
    return _VISIT_BY.search(text, start, t_start + 9) is not None  # (+ "visit by")


def and_clause(text: str, start: int, end: int) -> bool:
    """A clause or verb phrase of its own opens between ``start`` and ``end``: ", and" and a
    verb in the past ("..., and threatened to") or a subject named ("..., and Mexico
    responded"), a time or cause named ("after Russian strikes"); or a verb in the past
    right after "and" at ``end`` ("appealed for aid to help Somalia and called on")."""
    return (
        AND_PAST_VERB.search(text, start, end) is not None
        or AND_NAME.search(text, start, end) is not None
        or and_past_verb(text, start, end)
        or _TIME_CLAUSE_NAME.search(text, start, end) is not None
    )


#: ", and Mexico", ", and the government in Kathmandu", ", and police": a subject named
#: after ", and" (police are their state's: see police.py), or described ("and the bank said",
#: "and union leaders").
AND_NAME = re.compile(
    r",\s+and\s+(?:the\s+)?(?:(?:government|regime|junta|authorities|leadership)\s+(?:in|of)\s+)?"
    r"(?:[A-Z]|(?:riot\s+|security\s+|military\s+)?police\b"
    r"|(?:union|party|rebel)\s+(?:leaders|officials)\b)"  # ", and union leaders accused"
    # "..., and the bank said it would lend": a subject described, then its verb
    r"|,\s+and\s+the\s+[a-z]+\s+(?:said|says|told|sent|gave|made|took|[a-z]+ed)\b"
)
#: What answers an act named after it: "in retaliation for", "in response to".
ANSWERING = r"in\s+(?:retaliation|response|reprisal|reaction)\s+(?:for|to)"
#: A clause of time or cause whose subject is named: "urged NATO to supply air defences
#: after Russian missile strikes on Kyiv killed three": the strikes were asked of no one.
_TIME_CLAUSE_NAME = re.compile(
    r"\s(?:(?:after|before|when|while|because|since)\s+(?:the\s+|a\s+|an\s+)?[A-Z]"
    rf"|{ANSWERING}\s)"
)  # "ordered four British diplomats to leave ... in retaliation for London's expulsion"


def and_past_verb(text: str, start: int, t_start: int) -> bool:
    """A verb in the past right after "and" or "but" at ``t_start``, searched for from ``start``:
    a second verb phrase ("recalled its envoy and demanded that ..."), its own event."""
    return (
        _AND_RIGHT_BEFORE_VERB.search(text, start, t_start) is not None
        and PAST.match(text, t_start) is not None
    )


_AND_RIGHT_BEFORE_VERB = re.compile(  # "agreed to open talks but insisted that ..." too
    r"\s+(?:and|but)\s+(?:(?:then|later|also)\s+)?(?:(?:was|were|(?:has|had|have)\s+been)\s+)?$"
)  # "... and was greeted at the airport by": a passive second verb phrase too


def past_verb(text: str, start: int, end: int) -> bool:
    """The trigger at [start, end) is a verb in the past ("demanded", "struck"): a finite
    verb, where "bans" or "meet" after "and" may be a noun or an infinitive."""
    return PAST.match(text[start:end].lower()) is not None  # "called on": its first word


#: ", and" right before a name, and a finite verb right after it: the name opens a clause.
_AND_RIGHT_BEFORE = re.compile(r",\s+and\s+(?:the\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,3}$")  # "and
# President Juan Manuel Santos ordered", "and opposition leader Raila Odinga accused"
#: A finite verb after a name, maybe after its noun and an adverb: "forces were", "jets struck".
FINITE_AFTER = re.compile(  # "Iran's navy said", "NATO helicopters and jets attacked"
    r"(?:\s+[a-z]+){0,2}?(?:\s+and\s+[a-z]+s)?\s+(?:(?:[a-z]+ly|also|later|then|still)\s+)?"
    r"(?:was|were|is|are|has|have|had|said|says"
    rf"|will|would|could|may|might|must|did|do|does|[a-z]+ed|{IRREGULAR_PAST})\b"
)


def verb_of_its_own(text: str, end: int) -> bool:
    """A finite verb of the name ending at ``end`` follows it, with no "and" between
    ("Taiwan and recognised China" is no verb of Taiwan's)."""
    found = FINITE_AFTER.match(text, end)
    return found is not None and " and " not in text[end : found.end()]


def heads_noun(between: str) -> bool:
    """Nothing, or one lower-case noun, between a name and a participle ("Iraqi soldiers
    captured", "Chinese engineers kidnapped"): the name is, or modifies, what suffered it."""
    words = between.split()
    return not words or (len(words) == 1 and words[0].isalpha() and words[0].islower())


#: The same after a day ("George Bush on Monday suspended"): a subject's own clause.
_FINITE_AFTER_DAY = re.compile(
    # "..., and U.N. Secretary-General Antonio Guterres called", "..., and U.N. chief Ban
    # Ki-moon called": the body's officer speaks
    r"(?:\s+(?:(?:Secretary|Director|President|Chairman|Chief|Prime|Foreign|General|chief|head)"
    r"[\w-]*(?:\s+[A-Z][\w.'’-]*){1,4}))?"
    # "..., and Russia, which has peacekeepers there, sent", "..., and Portugal, the
    # territory's former colonial ruler, condemned": the clause's subject described
    r"(?:,\s+(?:which|who)\s+[^,;]{1,80},|,\s+(?:the|a|an|its|their)\s+[^,;]{1,60},)?"
    # "..., and Brazil and Colombia have called": the subjects coordinated
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    rf"(?:\s+on\s+[A-Z][a-z]+day)?(?:{FINITE_AFTER.pattern})"
)


def acted_before(text: str, subjects: list[Hit]) -> bool:
    """A verb in the past stands before the names joined to the nearest subject: they are
    another clause's ("The EU praised ..., meeting a demand of the IMF, and Chad flew"),
    not one list of subjects ("Iran, Syria, and Russia signed")."""
    first = min(h.start for h in subjects)
    line_start = text.rfind("\n", 0, first) + 1
    return _PAST_WORD.search(text, max(line_start, first - 200), first) is not None


_PAST_WORD = re.compile(rf"\b(?-i:[a-z]+ed|{IRREGULAR_PAST})\b")


def clause_subject(text: str, hit: Hit) -> bool:
    """The name opens a clause of its own after ", and" ("..., and Somali forces were
    battling the gunmen", "..., and Saudi jets struck"): no object of a verb before it; a
    list's last name ("on Iran, Syria, and North Korea on Monday") has no verb after it."""
    return _opens_clause(_AND_RIGHT_BEFORE, text, hit)


#: A conjunction opening a clause, then maybe a title ("as President Vladimir Putin
#: launched", "while Turkey massed").
_SUBORDINATE_RIGHT_BEFORE = re.compile(
    r"\b(?:as|while|when|whereas|because|although|though|after|before|since|until)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


def subordinate_subject(text: str, hit: Hit) -> bool:
    """The name opens a clause a conjunction brings after a verb ("fired missiles at cities
    across Ukraine as President Vladimir Putin launched"): what it does there is its own
    act, and it is no object of the verb before."""
    return _opens_clause(_SUBORDINATE_RIGHT_BEFORE, text, hit)


def _opens_clause(opening: re.Pattern[str], text: str, hit: Hit) -> bool:
    """The words right before the name open a clause (``opening``), and a finite verb
    follows it: the name is that clause's subject."""
    return (
        opening.search(text, max(0, hit.start - 45), hit.start) is not None
        and _FINITE_AFTER_DAY.match(text, hit.end) is not None
    )


#: ", and" then a verb in the past: a verb phrase of its own ("suspended Syria's membership,
#: and threatened to impose sanctions on Damascus").
AND_PAST_VERB = re.compile(
    r",\s+and\s+(?:(?:then|later|also|\w+ly)\s+)?(?:[a-z]+ed|said|sent|met|held|took|gave|made"
    r"|struck|sought|told|began|brought|vowed|won|led|left)\b"
)


def participle_opens(text: str, start: int, end: int) -> bool:
    """A comma and a participle between ``start`` and ``end`` (", accusing Paris of"): a
    clause of the main subject's own opens there, no part of an act asked for before it."""
    found = _PARTICIPLE_OPENS.search(text, start, end + 40)
    return found is not None and found.start() < end


#: A state's own forces told to act ("ordered its troops to withdraw"): the act is the
#: state's own, done through them, and no one else is asked.
_OWN_FORCES = re.compile(
    r"\s+(?:(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"|(?:(?:more\s+than|about|some|nearly|over)\s+)?"
    r"(?:[\d,]+\s+)?(?:more\s+|additional\s+|extra\s+)?)"
    r"(?:troops|forces|army|military|navy|soldiers|police|units|warships|jets)\s+to\s+"
    r"(?:\w+ly\s+)?"
)  # "ordered its troops to", "ordered troops to": the subject's own forces act
#: A comma and a participle: a clause of the main subject's own opens ("..., accusing"), or
#: of a subject it names after "with" ("..., with President Hugo Chavez accusing").
_PARTICIPLE_OPENS = re.compile(r",\s+(?:with\s+(?:[\w.'’-]+\s+){1,5}?)?[a-z]+ing\b")


#: What an accusation charges: "of" and a gerund, then the words up to a trigger ("of
#: sponsoring militant attacks", "of seeking to inflict a strategic defeat").
_CHARGE_BEFORE = re.compile(
    r"\bof\s+(?:[a-z]+ing\s+(?:to\s+)?)?(?:(?!(?:and|but|or|then)\s)[\w'’-]+\s+){0,5}$"
)  # not "a violation of Iraqi sovereignty and demanded": a verb of its own


def accused_of(text: str, accusing_end: int, t_start: int, breaks: Breaks) -> bool:
    """The trigger at ``t_start`` is what an accusation ending at ``accusing_end`` charges
    ("accused Peru on Monday of arming rebels"): event coders code the accusation only."""
    if not 0 < accusing_end <= t_start <= accusing_end + ASKED_REACH:
        return False
    charge = _CHARGE_BEFORE.search(text, accusing_end, t_start)
    return (
        charge is not None
        and _NEW_CLAUSE.search(text, accusing_end, charge.start()) is None
        and not breaks.between(accusing_end, t_start)
        and _WHO_DID_BEFORE.search(text, max(0, t_start - 16), t_start) is None
    )


#: A relative clause of the charge's object, right before its verb: "accused Rwanda of
#: backing M23 rebels who| attacked army positions" tells the rebels' attack as a fact, as
#: event coders code it, no part of the charge.
_WHO_DID_BEFORE = re.compile(r"\b(?:who|which)\s+(?:have\s+|has\s+|had\s+)?$")


#: A clause of its own opening between an accusation and an "of" ("claimed by the Houthis,
#: and U.S. Secretary of State Mike Pompeo blamed"): the "of" is no charge's.
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|as)\s")


def convicted_of(text: str, t_start: int, breaks: Breaks) -> bool:
    """The trigger at ``t_start`` is what someone is convicted, charged or jailed for ("an
    Iranian diplomat convicted of plotting a bomb attack in France"): a court's finding, no
    act of the news (the conviction or the arrest is)."""
    if not holds_any(text, _CONVICTION_WORDS):
        return False  # most articles tell of no court or charge
    found = _CONVICTED_OF.search(text, max(0, t_start - 110), t_start)
    return found is not None and not breaks.between(found.end(), t_start)


_CONVICTED_OF = re.compile(
    r"\b(?:convicted|charged|indicted|jailed|imprisoned|sentenced|tried|guilty|acquitted"
    r"|cleared)\s+(?:of|with|for|over)\s+(?:(?!(?:and|but|or|then)\s)[\w'’-]+\s+){0,4}$"
    # "charged five officers of China's People's Liberation Army on Monday with| hacking",
    # "sentenced Sam Rainsy in absentia to two years in jail for| uprooting markers"
    r"|\b(?:charged|indicted)\s+(?:(?!(?:and|but|or|then)\s)[\w.'’-]+\s+){1,10}?with\s+"
    r"(?:(?!(?:and|but|or|then)\s)[\w'’-]+\s+){0,4}$"
    r"|\b(?:sentenced|jailed|imprisoned|fined)\s+(?:(?!(?:and|but|or|then)\s)[\w.'’-]+\s+){1,12}?"
    r"for\s+(?=[a-z]+ing\s+$)"
)
#: A word every match of _CONVICTED_OF holds one of.
_CONVICTION_WORDS = (
    "convicted",
    "charged",
    "indicted",
    "jailed",
    "imprisoned",
    "sentenced",
    "tried",
    "guilty",
    "acquitted",
    "cleared",
)


def own_subject(text: str, t_start: int) -> bool:
    """The verb at ``t_start`` is an infinitive or a modal's ("pledged to expel", "will meet")."""
    return _OWN_SUBJECT_ENDING.found(text, max(0, t_start - 24), t_start)


def gerund_subject(text: str, hit: Hit, start: int) -> bool:
    """The name is the subject of the gerund starting at ``start`` right after it
    ("objection to Sweden joining NATO", "accused Eritrean troops fighting in Tigray of"):
    the object of what comes before, the doer of what comes after."""
    return text[hit.end : start].isspace() and _GERUND.match(text, start) is not None


_GERUND = re.compile(r"[a-z]+ing\b")


def hedge_on(
    text: str, hedges: list[tuple[int, int]], trigger: tuple[int, int], breaks: Breaks
) -> str | None:
    """The hedge of the trigger's own clause: none of another clause ("ordered the expulsion
    of 55 diplomats, in an escalation that officials said could jeopardize the summit's
    progress": the order is told as fact)."""
    t_start, t_end = trigger
    for start, end in hedges:
        if end <= t_start:
            apart = breaks.between(end, t_start)
        elif start >= t_end:  # "..., and Beijing said the two were suspected": Beijing's
            apart = (  # hedge, not that of the protest told before it
                breaks.between(t_end, start)
                or breaks.relative_between(t_end, start) is not None
                or and_clause(text, t_end, start)
            )
        else:
            apart = False  # the trigger's own words ("reportedly attacked")
        if not apart:
            return text[start:end]
    return None
