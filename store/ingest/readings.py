"""Readings of a sentence's parts that settle who acts on whom, shared by relations.py and
roles.py: a word said in a participle clause, "calling it" naming, adjectival participles,
nouns that are never verbs, "both" and "the two sides", shows of force and their aim, a
subject that is no actor, the place an act is aimed at, a verb phrase that goes on. Acts
told through another act (mediators, votes for an act, help, an act joined, a document's
terms, a summons to protest) are read in act_frames.py. What an object makes of a verb's
type is in retyping.py.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.appositions import relative_clause_before
from personae.store.ingest.events import THEIR_ENVOYS, participle_clause
from personae.store.ingest.groups import group
from personae.store.ingest.lexicon import GROUP_NAMED_AGAIN, IRREGULAR_PAST, PAST, words
from personae.store.ingest.scan import holds_any
from personae.store.model import STANCE

#: What a participle clause after a related pair tells of its own: a word said ("...,
#: accusing Peru of"), not the main act told again ("sanctions against Russia, targeting").
SAID_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "PROTEST"})
#: "call" naming something: "calling it a provocation", "called Peru an ally", "calling
#: them baseless"; not "called Peru on Monday" nor "called for".
NAMING = re.compile(
    r"call(?:s|ed|ing)?\s+(?:it|them|him|her|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
    r"(?!(?:on|for|to|in|at|with|by|from|after|before|over|last|this|and|or|yesterday|today"
    r"|\w+day)\b)[a-z]"
)
#: A pronoun object right after a verb ("accusing them of", "calling it"), or a warning
#: with none, what is threatened right after it (", warning that they could use force",
#: ", warning that the alliance was ready to use force").
_MAIN_OBJECT_AFTER = re.compile(
    r"\s+(?:them|it|him|her)\b|(?:(?<=warning)|(?<=threatening))\s+(?:that\s+(?:it|they|he"
    r"|she|we|the\s+(?:alliance|bloc|government|country|army|military|group))\s+(?:could|would"
    r"|will|might|may|(?:was|were|is|are)\s+(?:ready|prepared)\s+to)|to\s+[a-z]+)\b"
    # "cut ties with Qatar, accusing the emirate of backing": the object named again, and
    # "closed its border with Rwanda, accusing its neighbour of": by what it is to the subject
    r"|\s+the\s+(?:[\w-]+\s+){0,2}(?:country|emirate|kingdom|state|company|firm|group"
    r"|government|regime|organi[sz]ation|agency|charity|carmaker|bank|movement|party|militia"
    r"|rebels|network|union|pair|two|three|trio|couple|men|women|journalists|activists)\s+of\b"
    r"|\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:neighbou?r|ally|rival|partner|foe|enemy)\s+of\b"
)


def aims_at_main_object(text: str, t_end: int) -> bool:
    """A participle's object is the main clause's: named by a pronoun ("imposed sanctions on
    Chilean officials, accusing them of fraud"), by a description ("accusing the emirate of")
    or not at all (", warning that they could
    use force", ", threatening to retaliate")."""
    return _MAIN_OBJECT_AFTER.match(text, t_end) is not None


#: A relative clause whose subject is the main clause's, after the object it is about:
#: "imposed sanctions on three Iranian companies it accused of supplying drones".
_RELATIVE_SUBJECT = re.compile(
    r"\b(?!said\b|says\b|that\b)[a-z]+s\s+(?:(?:that|which|whom)\s+)?(?:it|they)\s+(?:had\s+)?$"
)


def charged_in_relative(text: str, t_start: int) -> bool:
    """The trigger is the verb of such a relative clause (see above): its subject is the
    main clause's subject and its object the main clause's object."""
    return _RELATIVE_SUBJECT.search(text, max(0, t_start - 40), t_start) is not None


#: A participle after a count, an article or a preposition: an adjective ("five detained
#: Americans", "the jailed reporters", "from occupied territory"), no act of its own.
ADJECTIVAL = re.compile(
    r"\b(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|dozens"
    r"|hundreds|several|many|\d+|from|in|into|of|on|at|over|across|inside|to|for|with|against"
    r"|about|by)\s+\w+ed\Z",  # "led by jailed Fatah leader Marwan Barghouti"
    re.IGNORECASE,
)

#: "alleged drug lord", "suspected militants": what someone is said to be, before a common
#: noun; no charge made ("alleged that", "alleged the", "alleged Israel was" are charges).
_EPITHET = re.compile(
    r"(?:alleged|suspected)\s+(?!(?:that|the|a|an|of|him|her|them|it|his|its|their|in|on|to"
    r"|by|at)\b)(?-i:[a-z])",
    re.IGNORECASE,
)


def adjectival(text: str, start: int, end: int) -> bool:
    """The trigger word at [start, end) is a participle used as an adjective (ADJECTIVAL);
    only a word ending in "ed" can be, and most are not, so most need no search."""
    return (
        text[end - 2 : end].lower() == "ed"
        and (
            ADJECTIVAL.search(text, max(0, start - 24), end) is not None
            or _EPITHET.match(text, start) is not None
            or tied_to(text, start, end)
            or purpose_of_noun(text, start)
        )
        and not (  # "and the two signed a declaration": "the two" is the verb's subject
            _THE_TWO_BEFORE.search(text, max(0, start - 12), start)
            and _DETERMINER_AFTER.match(text, end)
        )
    )


def purpose_of_noun(text: str, start: int) -> bool:
    """ "a summit with Kim Jong-il aimed at normalising ties": what the noun is for, no act
    (not "it aimed at", "was aimed at")."""
    return (
        _AIMED.match(text, start) is not None
        and _FINITE_BEFORE.search(text, max(0, start - 12), start) is None
    )


_AIMED = re.compile(r"aimed\s+at\b", re.IGNORECASE)
#: A subject or an auxiliary right before a participle: a verb ("it aimed at", "was aimed").
_FINITE_BEFORE = re.compile(r"\b(?:it|they|he|she|we|has|have|had|was|were|is|are|be)\s+$")
_THE_TWO_BEFORE = re.compile(r"\b[Tt]he (?:two|three|four) $")
_DETERMINER_AFTER = re.compile(r" (?:a|an|the|their|its|his|her)\b")


def tied_to(text: str, start: int, end: int) -> bool:
    """The participle only says what a noun is tied to ("ships linked to Israel")."""
    return holds_any(text, _TIES) and _TIED_TO.search(text, max(0, start - 24), end + 6) is not None


#: The participles of ties, one of which every match of _TIED_TO holds: most articles, none.
_TIES = ("linked", "tied", "connected", "affiliated", "aligned", "allied")
#: A participle of ties after a noun: "ships linked to Israel", "groups allied with Iran".
_TIED_TO = re.compile(rf"\b[a-z]+s\s+(?:{'|'.join(_TIES)})\s+(?:to|with)\b")


#: Trigger words that are never verbs: a phrase's noun, no next verb.
NOUN_ONLY = re.compile(
    r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|summits?|alliances?|partnerships?"
    r"|assistance|embargo(?:es)?)\b",
    re.IGNORECASE,
)

#: "both", "the two leaders", "the two sides" opening a clause: the two parties just related;
#: their officials too, as the verb's own subject ("..., after their foreign secretaries met").
BOTH_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|before|after|as|while|when|where|until|said|says|that|which)\s+)(?:(?:both(?:\s+(?:sides|countries|leaders|men|governments))?|the\s+two"
    r"(?:\s+(?:leaders|sides|countries|nations|governments|ministers|presidents|states|men))?)"
    r"\s+(?:(?-i:[a-z]+)\s+){0,5}"  # "both pledged to deepen strategic coordination"
    rf"|{THEIR_ENVOYS}\s+(?:(?:also|then|later|\w+ly)\s+)?)$",
    re.IGNORECASE,
)


#: "and" opening a verb phrase whose subject is the last clause's ("met in Nairobi and
#: agreed", "and later signed").
AND_VERB_BEFORE = re.compile(r"\band\s+(?:(?:then|later|also|\w+ly)\s+)?$")
#: "and" then a past verb and up to three words of its object, right before a trigger noun:
#: "and imposed travel| bans".
_AND_VERB_PHRASE_BEFORE = re.compile(
    rf"\band\s+(?:(?:then|later|also|\w+ly)\s+)?(?:[a-z]+ed|{IRREGULAR_PAST})\s+"
    r"(?:[a-z-]+\s+){0,3}$"
)


def _same_subject_goes_on(text: str, t_start: int) -> bool:
    """The trigger at ``t_start`` opens, or ends the object of, a verb phrase joined by "and"
    to the last act, with no subject of its own: "suspended military aid to Fiji and imposed
    travel bans on the regime's members" is a second act of the same side on the same one."""
    low = max(0, t_start - 60)
    return (
        AND_VERB_BEFORE.search(text, low, t_start) is not None
        or _AND_VERB_PHRASE_BEFORE.search(text, low, t_start) is not None
    )


def guests_of_one(pairs: list[tuple[Hit, Hit]], owners: dict[str, str]) -> list[tuple[Hit, Hit]]:
    """Two sides one host just met ("Mubarak hosted Rabin and PLO chairman Arafat ..., where
    the two signed"), each with the other, when the last pairs had one side as their source
    and two as their targets (a leader and the state or body he serves are one side); else
    none."""
    hosts = {owners.get(s.actor, s.actor) for s, _ in pairs}
    sides: dict[str, dict[str, Hit]] = {}
    for _, target in pairs:
        sides.setdefault(owners.get(target.actor, target.actor), {})[target.actor] = target
    if len(hosts) != 1 or len(sides) != 2 or hosts & set(sides):
        return []
    first, second = (list(side.values()) for side in sides.values())
    return [(a, b) for a in first for b in second] + [(b, a) for a in first for b in second]


def two_sides(pairs: list[tuple[Hit, Hit]]) -> list[tuple[Hit, Hit]]:
    """The last related pairs both ways, when they join two sides (a state and its leader
    may stand on one side: "Brazil's Lula hosted China's Xi"); else none."""
    one_way: dict[frozenset[str], tuple[Hit, Hit]] = {}
    for source, target in pairs:  # a meeting is related both ways already: one of each
        if source.actor != target.actor:  # (a pair of one actor relates no one)
            one_way.setdefault(frozenset((source.actor, target.actor)), (source, target))
    kept = list(one_way.values())
    if not kept or {s.actor for s, _ in kept} & {t.actor for _, t in kept}:
        return []
    return [*kept, *((t, s) for s, t in kept)]


#: "both sides", "the two parties" right after a verb: its objects are the two sides just
#: related ("called on both sides to halt the fighting").
_BOTH_AFTER = re.compile(
    r"\s+(?:on\s+|to\s+)?(?:both|the\s+two)\s+(?:[A-Z][a-z]+\s+)?(?:sides|countries|parties"
    r"|governments|leaders|neighbou?rs|allies|nations|states)\b",
    re.IGNORECASE,
)


def to_both_sides(
    text: str, t_end: int, subjects: list[Hit], last_pairs: list[tuple[Hit, Hit]]
) -> list[tuple[Hit, Hit]]:
    """Each subject with each of the two sides just related, when the verb's object is
    "both sides"; else none.  One side's acts on two others ("recalled its ambassadors to
    the United States and Australia, accusing both allies") make those two the sides."""
    if not subjects or _BOTH_AFTER.match(text, t_end) is None:
        return []
    targets = {t.actor: t for _, t in last_pairs}
    one_side = len(targets) == 2 and targets.keys().isdisjoint(s.actor for s, _ in last_pairs)
    sides = targets if one_side else {t.actor: t for _, t in two_sides(last_pairs)}
    doers = {s.actor for s in subjects}
    if doers & sides.keys():
        return []
    return [(s, side) for s in subjects for side in sides.values()]


def asked_of_both(
    text: str, actors: list[Hit], trigger: tuple[int, int], last_pairs: list[tuple[Hit, Hit]]
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """The subjects right before a verb whose object is "both sides", each with each of the
    two sides just related (see to_both_sides); None otherwise."""
    if _BOTH_AFTER.match(text, trigger[1]) is None:
        return None
    before = [h for h in reversed(actors) if h.end <= trigger[0]]
    described = relative_clause_before(text, trigger[0])  # "Indonesia, which chairs ASEAN,"
    if described is not None:
        before = [h for h in before if h.end <= described]
    if before and (
        SUBJECT_GAP.fullmatch(text, before[0].end, trigger[0]) or before[0].end == described
    ):
        doers = group(text, before)
    elif participle_clause(text, trigger[0]):  # "..., accusing both neighbours of": the
        doers = list({s.actor: s for s, _ in last_pairs}.values())  # main clause's subject
    else:
        doers = []
    pairs = to_both_sides(text, trigger[1], doers, last_pairs)
    return (doers, pairs, False) if pairs else None


#: Between a subject and its verb: an adverb or a day at most.
SUBJECT_GAP = re.compile(r"\s+(?:(?:also|then|later|\w+ly|on\s+\w+day)\s+)?")


#: Types of a verb sending forces (the lexicon files "dispatch warships" as cooperation).
SENDING = frozenset({"MOBILIZE", "COOPERATE", "AID"})


def shown_force(text: str, kind: str, t_end: int) -> bool:
    """Forces sent "to monitor", "to shadow", "to intercept" someone, or around or near
    them: a show of force to them (MOBILIZE), whatever type the lexicon gave the sending."""
    return kind in SENDING and (
        WATCH_AFTER.match(text, t_end) is not None or _FORCES_AROUND.match(text, t_end) is not None
    )


#: Armed forces, then "around", "near" or "off" a name: "sent warplanes and warships around
#: Taiwan"; not "sent aid to Taiwan", which is aid.
_FORCES_AROUND = re.compile(
    r"(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+(?:warplanes|warships|jets|aircraft|bombers|troops|ships"
    r"|vessels|drones|submarines|destroyers|carriers|forces|tanks|missiles)"
    r"(?:\s+(?!to\b)[\w'’-]+){0,3}?\s+(?:around|near|off|close to|toward|towards)\s+"
    r"(?:the\s+)?(?:(?:coast|shores|waters|island)\s+of\s+)?[A-Z]"
)


def act_read(text: str, kind: str, t_start: int, t_end: int) -> str:
    """The act a trigger tells once its words are read: an order to one's own forces
    ("ordered the armed forces on Tuesday to go after 22 criminal gangs", "ordered troops to
    the border") sends them (MOBILIZE), asking nothing of anyone named; a fight stepped up
    ("vowed to intensify operations against the Maoist rebels") is the fight (ASSAULT), no
    cooperation, so a vow of it threatens."""
    if (
        kind == "REQUEST"
        and text[t_start : t_start + 5].lower() == "order"
        and _FORCES_ORDERED.match(text, t_end) is not None
    ):
        return "MOBILIZE"
    return "ASSAULT" if _FIGHT_STEPPED_UP.match(text, t_start) is not None else kind


#: A fight stepped up against someone: "intensify operations against", "stepped up attacks on".
_FIGHT_STEPPED_UP = re.compile(
    r"(?:intensif\w*|step(?:s|ped|ping)?\s+up|escalat\w*)\s+(?:(?:its|their|the)\s+)?"
    r"(?:[a-z-]+\s+)?(?:operations|offensives?|attacks|strikes|raids|assaults?|bombing|shelling)"
    r"\s+(?:against|on)\b",
    re.IGNORECASE,
)


#: Forces, then where or what for they are ordered ("ordered ten army battalions to his
#: country's frontier"); not ordered back ("ordered its troops to withdraw" is a retreat).
_FORCES_ORDERED = re.compile(
    r"(?:\s+[\w'’$.,-]+){0,10}?\s+(?:troops|forces|army|military|soldiers|marines|navy|police"
    r"|warships|(?:carrier\s+)?(?:strike\s+)?groups?|units|reinforcements|guardsmen|battalions"
    r"|brigades?|tanks|carriers?|fleets?|ships|submarines|bombers)\b"
    r"(?:\s+[\w'’.,-]+){0,3}?\s+(?:to|into|toward|towards)\s+(?!(?:withdraw|pull|leave|retreat"
    r"|return|stand|cease|halt|stop|end|hold)\w*\b)",
    re.IGNORECASE,
)


def watches(text: str, t_start: int, mobilized_end: int) -> bool:
    """The trigger is the aim of a show of force just before it ("dispatched warships to
    monitor the PLA"): no act of its own."""
    found = _WATCH.match(text, t_start - 4)
    return found is not None and 0 < t_start - mobilized_end <= _AIM_REACH


#: How far after a show of force its aim may stand (characters).
_AIM_REACH = 60
#: Forces sent to watch or deter someone are shown to them: "to monitor", "to shadow".
_WATCH = re.compile(
    r" to (?:monitor|shadow|track|deter|counter|intercept|confront|warn)\s+(?:the\s+)?"
)
#: The forces sent, then their aim: " jets and warships to monitor the".
WATCH_AFTER = re.compile(rf"(?:\s+(?!to\b)[\w'’-]+){{1,5}}?{_WATCH.pattern}")


#: A clause whose subject is a disaster or an accident, right before its verb: "after a
#: cyclone devastated the island nation" tells no one's act on it.
_DISASTER_SUBJECT = re.compile(
    r"\b(?:after|when|as|before|because|since|while|until|once|and)\s+(?:a|an|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:earthquake|quake|cyclone|typhoon|hurricane|storm|floods?"
    r"|flooding|tsunami|eruption|drought|wildfires?|fire|blaze|explosion|blast|landslide"
    r"|mudslide|epidemic|pandemic|outbreak|crash|accident|famine|heatwave)"
    r"(?:\s+and\s+(?:a\s+)?[a-z]+)?\s+(?:\w+ly\s+)?$"
)
#: A word every match of _DISASTER_SUBJECT holds one of: most articles tell of no disaster.
_DISASTERS = tuple(
    words("""quake cyclone typhoon hurricane storm flood tsunami eruption drought fire blaze
    explosion blast slide epidemic pandemic outbreak crash accident famine heatwave""")
)


#: A subordinate clause whose subject is a noun phrase no actor is named in, right before
#: its verb: "after militants based in Afghanistan attacked a checkpoint".
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:after|before|when|as|while|because|since|until|once(?!\s+(?:again|more)\b))\s+"
    rf"(?!(?:which\s+)?(?:it|he|she|they|we|both|the\s+two)\b|{THEIR_ENVOYS})"  # "after which
    # the two sides signed": the two just named
    r"(?!(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{GROUP_NAMED_AGAIN}"
    r"|country|nation|kingdom|island|government|regime|junta|army|military|authorities|police"
    r"|troops|forces|armies|soldiers|company|firm|alliance|bloc|body|opposition|leader|president"
    r"|premier|party|union|coalition|federation|league|council|court|ministry"
    r"|minister|king)\b)"  # named again: "the militants killed", "the opposition leader accused"
    r"(?!(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:chief|envoy|diplomats?|ambassador|officials"
    r"|spokes(?:man|woman|person)|ministry)\s)"  # "as its foreign policy chief accused"
    r"(?!(?:riot\s+|security\s+)?(?:police|troops|soldiers)\s)"  # the state's: "after police"
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,5}"
    r"(?<!\band was )(?<!\band were )(?<!\band had )(?<!\band has )(?<!\band )$"  # "as pontiff and was
)  # greeted": a verb of the main clause's subject, no subject of its own


#: A charge's author named before what it charges, told of a pronoun: "denied claims by
#: Sudan that it armed the RSF": "it" is the one charged, not the author named just before.
_CHARGED_PRONOUN = re.compile(
    r"\b(?:charges?|claims?|accusations?|allegations?|reports?)\s+(?:made\s+)?(?:by|from)\s+"
    r"[^,;:]{1,60}?\s+that\s+(?:it|they)\s+(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?$"
)

_CHARGED_PRONOUN_WORDS = (" that it ", " that they ")


def unnamed_subject(text: str, t_start: int, t_end: int) -> bool:
    """The trigger's subject is no actor: a disaster or an accident, the noun phrase of a
    subordinate clause that names none (see above), or the pronoun of a charge named with its
    author (see _CHARGED_PRONOUN); it relates no one it did not name."""
    if holds_any(text, _CHARGED_PRONOUN_WORDS) and (
        _CHARGED_PRONOUN.search(text, max(0, t_start - 120), t_start) is not None
    ):
        return True
    if (
        holds_any(text, _DISASTERS)
        and _DISASTER_SUBJECT.search(text, max(0, t_start - 80), t_start) is not None
    ):
        return True
    return (
        PAST.fullmatch(text[t_start:t_end].lower()) is not None
        and _UNNAMED_SUBJECT.search(text, max(0, t_start - 70), t_start) is not None
    )


#: People helped, then where they are: "to hundreds of thousands of flood victims in", "to
#: cut-off villages in".
_PEOPLE_IN = re.compile(
    r"\b(?:victims|refugees|survivors|civilians|residents|people|families|communities"
    r"|children|villagers|villages|towns|areas|districts)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:in|along|across|throughout)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


#: An envoy recalled from where they served: "recalling its high commissioner from".
_RECALLED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def to_where(
    text: str, kind: str, actors: list[Hit], names: list[Hit], trigger: tuple[int, int]
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """The state of the place an act is aimed at, as event coders code it, when nothing
    else is: aid to people where they are ("airlifting food to flood victims in Mozambique"),
    an envoy recalled from a capital ("recalling its high commissioner from Lagos").
    ``names``: every name of the sentence, where it is only a place included."""
    t_start, t_end = trigger
    if kind == "AID":
        aimed = _PEOPLE_IN
    elif kind == "SANCTION" and text.startswith("recall", t_start):
        aimed = _RECALLED_FROM
    else:
        return None
    before = [h for h in actors if h.end <= t_start]
    place = next(
        (
            h
            for h in names
            if t_end <= h.start < t_end + 120
            and aimed.search(text, max(t_end, h.start - 80), h.start)
        ),
        None,
    )
    if not before or place is None:
        return None
    subjects = group(text, before[::-1])
    return subjects, [(s, place) for s in subjects if s.actor != place.actor], False


def goes_on(
    text: str,
    since: tuple[int, int],
    kind: str,
    last: list[tuple[Hit, Hit]],
    speaker: str | None,
    owners: dict[str, str],
) -> bool:
    """A one-way act with no object of its own, in a verb phrase joined to the last one-way
    act of the same side, is done to the same side ("suspended aid to Fiji and imposed travel
    bans"); not after a mutual act ("spoke with X and invited him": who invited?), nor after
    a reported act (unless the speaker's own side did it) or across a relative clause, whose
    subject is another, nor an appeal, whose addressee is its object ("and urged its members
    to")."""
    last_end, t_start = since
    return (
        bool(last)
        and kind not in STANCE
        and kind != "REQUEST"
        and not any((t, s) in last for s, t in last)
        and (speaker is None or all(speaker in (s.actor, owners.get(s.actor)) for s, _ in last))
        and _OTHER_SUBJECT.search(text, last_end, t_start) is None
        and _same_subject_goes_on(text, t_start)
    )


#: Between two acts, what gives the second another subject: "..., who admitted that ...".
_OTHER_SUBJECT = re.compile(
    r",\s+(?:who|which)\b|\bthat\b|\b(?:said|says|added|admitted)\b"
    r"|\b(?:after|before|when|while|because|since|until|as)\s+(?:its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:supporters|members|activists|followers|fighters|troops|forces|leaders)\b"
)  # "arrested 23 members of FORD after its supporters defied a ban and held a rally"


#: Yielding to what others did: "bowing to", "gave in to".
_BOWING_TO = re.compile(r"(?:bow(?:s|ed|ing)?|yield(?:s|ed|ing)?|g[ai]v(?:e|es|ing)\s+in)\s+to\b")
#: Yielding to something, right before its noun: "bowing to nearly two weeks of| protests".
_BOWED_TO_BEFORE = re.compile(rf"{_BOWING_TO.pattern}\s+(?:[\w-]+\s+){{0,5}}$")


def bowed_to(text: str, kind: str, t_start: int) -> bool:
    """The trigger yields to something ("bowing to"), or names what is yielded to ("bowing to
    two weeks of| protests"): who did it is named in its own phrase, before any comma."""
    return (kind == "CONCEDE" and _BOWING_TO.match(text, t_start) is not None) or (
        _BOWED_TO_BEFORE.search(text, max(0, t_start - 50), t_start) is not None
    )
