"""Who does what to whom around one trigger: subjects, objects, passive agents (which actors
take part in a sentence at all is parties.py's).

Subjects are the actor group just before a trigger (actors joined by "and", ",", "-"), objects
the group just after; a passive agent ("by the United States") becomes the source (voice.py
reads it), and a subject named elsewhere in the sentence is found in sentence_subjects.py.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.appositions import (
    apposition_before,
    describes_with,
    object_relative,
    opposed_by_subject,
    relative_clause_before,
    relative_clause_end,
    which_before,
)
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.clause_subjects import (
    ANSWERING,
    acted_before,
    clause_subject,
    gerund_subject,
    glued,
    hyphen_glued,
    subordinate_subject,
)
from personae.store.ingest.clauses import THAT_AFTER, nominal, reduced_passive
from personae.store.ingest.directions import (
    FROM_BEFORE,
    fought_between,
    given_to,
    joint_parties,
    refused_to,
    sent_to_help,
)
from personae.store.ingest.events import answered_from, participle_clause, prompted_by, reacts
from personae.store.ingest.groups import co_speakers, group, listed_before
from personae.store.ingest.idle_triggers import BRINGS_ON
from personae.store.ingest.objects import (
    hosted_by,
    objects_of,
    subject_heads,
    with_recipient,
    within_reach,
)
from personae.store.ingest.pairing import pairs_of
from personae.store.ingest.parties import ATTACK_AFTER, backing_agent
from personae.store.ingest.readings import SENDING, WATCH_AFTER, bowed_to
from personae.store.ingest.scan import holds
from personae.store.ingest.sentence_subjects import sentence_subjects
from personae.store.ingest.sides import group_named_again, protesters_of
from personae.store.ingest.speakers import quoted_we, said_by_self, said_that, speaks_of_self
from personae.store.ingest.venues import brought_to
from personae.store.ingest.verbs import TIME_GAP, TRANSFER_TYPES, VISITING_ADJECTIVE
from personae.store.ingest.visiting import visit_by
from personae.store.ingest.voice import voiced_roles
from personae.store.model import STANCE

#: How many of the actors before a trigger are weighed as its subject, the nearest first.
NEAREST = 8
#: Types whose target, when no object is named, is where they happen ("a protest in Beijing").
HOST_TYPES = frozenset({"PROTEST", "MOBILIZE", "CONSULT", "ASSAULT"})
#: Kinds of names that are no party inside a verb's words.
_NO_PARTY = frozenset({"place", "other"})
#: A cause named by its noun right after the act it caused: "expelled two diplomats over
#: the| killing of", "recalled its envoy in protest at the| shooting of".
_CAUSE_BEFORE = re.compile(
    rf"\b(?:over|for|following|in\s+protest\s+at|{ANSWERING})\s+(?:the|a|an)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
#: A participle opening a clause of its own after a comma: ", scaling a pole and unfurling".
PARTICIPLE_AFTER = re.compile(r",\s+(?!including\b|according\b)[a-z]+ing\b")
#: Only "and" or "or" between two names: they are coordinated, even inside a phrase.
AND_BETWEEN = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?$")


#: A comma alone between two names of a list.
_COMMA_BETWEEN = re.compile(r",\s+")


#: Two subjects joined by a plain "and": one list ("New Zealand and Chile recalled").
_PLAIN_AND = re.compile(r"\s+and\s+(?:the\s+)?")


#: A second verb phrase, with its modal, after the first: "disagreed with the conclusions|
#: and would consider".
_AND_MODAL = re.compile(r"\band\s+(?:would|will|could|can|may|might|should|must)\s+[a-z]")
#: A common noun ending a subject before its relative clause: "The deal|, which".
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+$")
#: A name's noun between it and its relative clause: "Georgian Dream| party|, founded by".
_HEAD_NOUN = re.compile(r"\s+[a-z]+")
#: A participle that describes the name before it by whom it holds or stands with, its
#: object no subject: "Taliban insurgents| holding 23 South Korean volunteers".
_HOLDING_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:holding|carrying|guarding|escorting|loyal\s+to|allied\s+(?:with|to))\s"
)
#: What joins two clauses: a comma, a semicolon, "and".
_CLAUSE_JOINT = re.compile(r"[,;]|\band\b")
#: An apposition that describes, no name opening it: ", the businessman".
_DESCRIBING = re.compile(r",\s+(?:a|an|the)\s+(?-i:[a-z])")
#: A description naming who leads the subject: ", led by Saudi Arabia".
_LED_BY = re.compile(r",\s+(?:led|headed|commanded)\s+by\b")


def roles(
    text: str,
    actors: list[Hit],
    kind: str,
    kinds: dict[str, str],
    trigger: tuple[int, int, int | None],
    breaks: Breaks,
    said_by: Hit | None = None,
    settings: list[Hit] | None = None,
    *,
    mediators: list[Hit],
    transfer: bool = False,
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """Subjects of a trigger, the (source, target) pairs it relates, and whether both roles
    sit close to it (a plain "X verb Y"); None if it relates no pair.

    ``trigger`` is its start, its end, and where the next verbal trigger starts (None if
    none does; a noun such as "an agreement" heads this one's object): an object lies
    before that one ("enhance its influence and counter the United States"), and is not the
    next one's subject ("increased as the U.S. adopted") unless asked to act ("demanded that
    Iran free").  A passive agent may lie beyond.  ``settings`` (see ``setting``) host
    what has no object of its own, as event coders read it: a protest in Beijing is against
    China, exercises in Alaska a show of force to the United States, a summit in Geneva a
    meeting with Switzerland, an attack on rebels in Colombia an attack on Colombia.
    ``mediators``: those of ``actors`` that broker the act (``act_frames.mediator``), found
    once per piece: none is an object.  ``transfer``: the trigger moves something to someone
    though read as another type ("promised to deliver tanks to Kyiv": an intent, AGREE).
    """
    t_start, t_end, following = trigger
    speaker = said_by.actor if said_by is not None else None
    if hyphen_glued(text, t_start):  # "Iran-backed Hezbollah": the name modified,
        source = glued(text, actors, t_start)  # if one, is the object; "a U.N.-backed force",
        nxt = next((h for h in actors if h.start >= t_end), None)  # "state-run": no verb
        if source is None or nxt is None or text[t_end : nxt.start].strip():
            return None
        return ([source], [(source, nxt)], True) if nxt.actor != source.actor else None
    if (
        text.endswith("ing", t_start, t_end)
        and _NOUN_BEFORE_PARTICIPLE.search(text, max(0, t_start - 24), t_start)
        and not any(h.end == t_start - 1 for h in actors)
    ):  # "the two rebel movements fighting in Darfur": what the noun does, no named subject
        return None
    if holds(text, "visiting", t_start - 12, t_end + 2) and VISITING_ADJECTIVE.search(
        text, max(0, t_start - 12), t_end + 2
    ):
        return visit_by(text, actors, (t_start, t_end), breaks)  # "told visiting French
        # Foreign Minister Jean-Marc Ayrault": Ayrault visits whoever told him
    if (pair := object_relative(text, actors, t_start, kinds)) is not None:
        return [pair[0]], [pair], False  # "Rwanda, which it accuses of": Kinshasa's charge
    low, high = breaks.clause(t_start, t_end)
    if actors[0].end > t_start and not any(t_end <= h.start < high for h in actors):
        return None  # (actors in text order) none before it, none after it in its clause
    apposition = apposition_before(text, t_start)
    if apposition is not None:  # "Amnesty, a London-based group, said": its subject is before
        low = breaks.clause(apposition.start(), apposition.start())[0]
    before = [
        h
        for h in actors
        if low < h.end <= t_start
        and (kinds.get(h.actor) != "place" or _SUBJECT_GAP.fullmatch(text, h.end, t_start))
        and (h.actor != speaker or speaks_of_self(text, h.end, t_start))
        and not _SETTLEMENT_OF_AFTER.match(text, h.end)  # "the northern Afghan city of
    ]  # Kunduz": where it happened, no one who acts after it
    if apposition is not None and (
        apposition["means"] or _DESCRIBING.match(text, apposition.start())
    ):  # "Nigerian troops, using intelligence shared by the US,", "Abiola, the businessman
        # believed to have won Nigeria's election,": whom it describes (but ", the Union of
        # Forces for Democracy and the Popular Front for Renewal," names the subjects)
        before = [h for h in before if h.end <= apposition.start()] or before
    holder = next(
        (
            h
            for h in before[:-1]
            if _HOLDING_AFTER.match(text, h.end) and not _CLAUSE_JOINT.search(text, h.end, t_start)
        ),
        None,
    )
    if holder is not None:  # "Taliban insurgents holding 23 South Korean volunteers shot
        before = [h for h in before if h.end <= holder.end]  # dead": the holders shot
    if _CAUSE_BEFORE.search(text, max(0, t_start - 24), t_start):  # "expelled two Russian
        before = []  # diplomats over the killing of": whose act, the cause does not say
    speaking = co_speakers(text, actors, said_by)  # "..., Saudi Arabia and the US said"
    after = [  # the one who says it is no object of what is said ("..., Britain said"),
        h
        for h in actors
        if t_end <= h.start < high and h not in speaking and h is not said_by and h not in mediators
    ]  # though it may be named there again ("Kabul said Pakistan shelled Afghan villages")
    if bowed_to(text, kind, t_start):  # "bowing to two weeks of protests, hours after
        after = [h for h in after if "," not in text[t_end : h.start]]  # Hezbollah supporters
        # attacked": those bowed to, and who protested, are named before the comma
    if not after:  # "bowed to Chinese pressure": the one named inside the verb's own words
        after = [
            h
            for h in actors
            if t_start < h.start and h.end <= t_end and kinds.get(h.actor) not in _NO_PARTY
        ]  # (not "suspend the Indus water treaty": a river, no party)
    if kind == "THREATEN" and (condition := text.find(" if ", t_end, high)) >= 0:
        after = [h for h in after if h.start < condition]  # "warned that they would close
        # the strait if the US tried to halt Iranian exports": the condition's, not the threat's
    if after and (joined := _AND_MODAL.search(text, t_end, after[0].start)) is not None:
        after = [h for h in after if h.start < joined.start()]  # "disagreed with the
        # conclusions and would consider an appeal to the General Court": the appeal's
    subject_of_next = next(  # "at cities across Ukraine as President Putin launched": Ukraine;
        # with no object or place before it, the one a conjunction names is the one faced
        # ("ordered troops closer to the border after Kosovo police entered")
        (
            h
            for n, h in enumerate(after)
            if (
                clause_subject(text, h)
                and not (kind == "REQUEST" and _asked_after_that(text, t_end, h.start))
            )  # "demanded that Russia explain what happened": whom the demand asks
            or (
                (n or any(t_end <= s.start < h.start for s in settings or ()))
                and subordinate_subject(text, h)
            )
        ),
        None,
    )
    if subject_of_next is not None:  # "killing 12 people, and Somali forces were battling":
        after = [h for h in after if h.start < subject_of_next.start]  # a clause of its own
    if after and kind != "REQUEST":
        that = THAT_AFTER.match(text, t_end) or (
            _NOTE_THAT.match(text, t_end) if kind == "THREATEN" else None
        )  # "warned in a diplomatic note that"
        if that is not None:  # "claimed that ISIL": a clause of its own; in "dismissed
            # Iraqi claims that ..." Iraq, before "that", is still the object; a charge's
            # object is the subject of the clause ("charged that Pakistani troops were")
            charged = kind == "ACCUSE" and _CHARGE_THAT.match(text, t_start) is not None
            after = [
                h
                for h in after
                if h.end < that.end() - 5
                or (charged and _CLAUSE_OPENING.fullmatch(text, that.end(), h.start))
                or (  # "warned that U.S. arms deliveries could bring unpredictable
                    kind == "THREATEN"  # consequences": whose acts the threat answers
                    and _CLAUSE_OPENING.fullmatch(text, that.end(), h.start)
                    and _CONSEQUENCES_AFTER.match(text, h.end) is not None
                )
            ]
        elif _CLAIMED.match(text, t_start) is None:  # "a group that has seized parts of Iraq": not
            relative = breaks.relative_between(t_end, after[-1].start)  # the verb's object
            if relative is not None:  # (but "claimed responsibility for a bomb that killed
                after = [h for h in after if h.start < relative]  # six British soldiers")
    if after and text.find(",", t_end, after[-1].start) >= 0:  # "staged a protest,
        # unfurling Free Tibet banners": the banners are no target
        participle = PARTICIPLE_AFTER.search(text, t_end, after[-1].start)
        if participle is not None:
            after = [h for h in after if h.start < participle.start()]
    after = within_reach(text, kind, (t_start, t_end), after, kinds)
    if kind == "ACCUSE":  # "filed a complaint under the dispute settlement mechanism of the
        after = [h for h in after if not brought_to(text, t_end, h)]  # WTO": where, not whom
    after = [h for h in after if not _regions_named_after(text, h, after, kinds)]
    before = before[-NEAREST:]  # the subject is the nearest group: a long list ends here
    opened = which_before(text, t_start)
    if opened is not None:  # "Iran, which has supplied": Iran, though a comma stands between
        before = [h for h in actors if h.end == opened.start() and h.actor != speaker][-1:]
        closed = relative_clause_end(text, t_end)  # "which brokered the truce, accused X"
        after = [h for h in after if closed is None or h.start < closed]
    described = relative_clause_before(text, t_start)
    if described is not None:  # "Indonesia, which chairs ASEAN, urged": Indonesia urged
        head = [  # "the ruling Georgian Dream party, founded by ...": the party's name
            h
            for h in actors
            if h.actor != speaker
            and (h.end == described or _HEAD_NOUN.fullmatch(text, h.end, described))
        ][-1:]
        if head or (
            _LOWER_WORD_BEFORE.search(text, max(0, described - 20), described)
            and not (  # "The coalition, led by Saudi Arabia, bombed": its leader acts for
                _LED_BY.match(text, described)  # it, when no one else is named before
                and not any(h.end <= described for h in actors)
            )
        ):
            before = head  # "The deal, which must be approved by regulators in Britain,
            # would give": the deal's act, none of Britain's
    if before:  # "the militia that has attacked Armenia": the militia's act, not Turkey's
        relative = breaks.relative_between(before[-1].end, t_start)
        if relative is not None and apposition is not None and apposition.start() < relative:
            relative = None  # "Abiola, the businessman who won the election, was arrested":
            # the apposition's own clause
        if relative is not None and said_that(text, relative):
            # What is said has its own subject: the speaker only as "he", "it", "they"
            # ("claimed that they had attacked"), else a name after "that".
            if not said_by_self(text, relative):
                before = [h for h in before if h.start > relative]
        elif relative is not None:
            nearest = before[-1]
            attack = ATTACK_AFTER.match(text, nearest.end)  # "a Turkish drone strike that"
            gap = text[attack.end() if attack else nearest.end : relative]
            before = [nearest] if not gap.strip(" ,") and text[relative] in "tTwW" else []
    answered = answered_from(text, t_start)
    if answered is not None:  # "in response to a gas attack": whose, if named, is inside
        before = [h for h in before if h.start > answered]
    before = [h for h in before if not backing_agent(text, h)] or before  # "backed by X"
    before = [h for h in before if not opposed_by_subject(text, h)]  # "opposed to X"
    if kind not in STANCE:  # "the Soviet Union, Baghdad's main arms supplier, announced":
        before = [h for h in before if not describes_with(text, h, actors)]  # Baghdad tells who
    heads = subject_heads(text, before)
    subjects = group(text, (heads or before)[::-1])
    subjects += [  # "Saudi Arabia, the UAE and Bahrain cut ties": a clause break stopped at
        h for h in listed_before(text, actors, subjects) if kinds.get(h.actor) != "place"
    ]  # the comma
    opens_clause = bool(subjects) and clause_subject(text, subjects[0])
    if (
        opens_clause
        and len(subjects) > 1
        and _PLAIN_AND.fullmatch(text, subjects[1].end, subjects[0].start) is None
        and acted_before(text, subjects)
    ):  # "..., meeting a demand of the IMF, and Chad flew": Chad's; but "..., and New
        subjects = subjects[:1]  # Zealand and Chile recalled": both, a list after the comma
    if before and gerund_subject(text, before[-1], t_start):
        subjects = [before[-1]]  # "objection to Sweden joining NATO": Sweden joins
    reaction = reacts(text, t_start)
    subjects = sentence_subjects(
        text, actors, kinds, (t_start, t_end), low, before, subjects, said_by, answered, reaction
    )
    if not subjects and said_by is not None and quoted_we(text, t_start):
        subjects = [said_by]  # "'We call on Rwanda to ...,' the State Department said"
    if named_again := group_named_again(text, t_start, actors, kinds):
        subjects = [named_again]  # "after the group fired rockets at Israel": the one before
    if heads and subjects and not opens_clause:  # "the leaders of Ghana and Togo": both,
        # though "of" stands first
        earlier = [h for h in before if h.end <= subjects[-1].start][-1:]
        if (earlier and AND_BETWEEN.match(text, earlier[0].end, subjects[-1].start)) or (
            earlier
            and len(subjects) > 1
            and _COMMA_BETWEEN.fullmatch(text, earlier[0].end, subjects[-1].start)
        ):
            subjects.append(earlier[0])
    reachable = [
        h
        for h in after
        if following is None
        or (
            h.end < following
            and (
                kind == "REQUEST"
                or text[h.end : following].strip(" ,")
                or gerund_subject(text, h, following)  # "objected to Sweden joining NATO"
                or (kind == "THREATEN" and _CONSEQUENCES_AFTER.match(text, h.end) is not None)
                or participle_clause(text, following)  # "cut ties with Peru, accusing"
                or reduced_passive(text, following)  # "arrested Americans accused of"
                or nominal(text, t_start)  # "a truce between Chad and Sudan took effect"
            )
        )
    ]
    prompted = prompted_by(text, actors, t_start)
    if prompted is not None:  # "..., prompting Rome to recall its ambassador": Rome's act,
        # aimed at the main clause's subject unless it names one ("prompting the United
        # States and the European Union to demand": each of them)
        subjects = group(text, [h for h in actors if h.start >= prompted[0].start])
    objects = objects_of(text, kind, (t_end, high), reachable, actors, kinds, subjects)
    if prompted is not None and not objects:
        objects = [prompted[1]]
    if (
        objects
        and subjects
        and (
            reaction
            or (
                kind in _SAID_KINDS
                and (nominal(text, t_start) or _SAID_NOUN.match(text, t_start))
                and not text.endswith("ed", t_start, t_end)  # "the rebels rejected an appeal
            )  # from the UN": a verb, the UN's appeal is rejected
        )
        and FROM_BEFORE.search(text, max(0, objects[0].start - 12), objects[0].start)
    ):  # "prompting a warning of retaliation from Pyongyang": North Korea warns them
        subjects, objects = objects, subjects
    if subjects:
        given = given_to(text, actors, subjects, t_start)
        if given is not None:  # "China offered Cambodia loans": China gives, Cambodia gets
            subjects, objects = given
    voiced = voiced_roles(
        text,
        kind,
        (t_start, t_end),
        (low, high),
        actors,
        before,
        after,
        subjects,
        objects,
        settings,
        reaction,
        kinds,
    )
    if voiced is None:
        return None
    subjects, objects, named = voiced
    hosted: list[Hit] = []
    if not objects and subjects and kind in HOST_TYPES and not named and not nominal(text, t_start):
        hosted = [
            h
            for h in settings or ()
            if t_end <= h.start < high
            and (following is None or h.end < following)
            and (kind != "CONSULT" or _VENUE_GAP.fullmatch(text, t_end, h.start))
        ][:1]
    if kind in SENDING and subjects and not objects:
        watched = WATCH_AFTER.match(text, t_end)  # "sent warships to monitor the PLA"
        if watched is not None:
            objects = group(text, [h for h in actors if watched.end() <= h.start < high][:1])
    objects = with_recipient(text, kind in TRANSFER_TYPES or transfer, t_start, objects, after)
    if kind == "PROTEST" and objects and not subjects:  # "protesters marched on the French
        subjects = protesters_of(text, objects[0], [*actors, *(settings or ())], kinds, high)
    receivers = refused_to(text, kind, t_end, after) or sent_to_help(text, kind, t_start, before)
    if receivers:
        objects = receivers
    joint = joint_parties(text, kind, t_start, subjects, after) or fought_between(
        text, kind, t_start, after
    )
    if joint is not None:  # each side the other's partner, or foe
        subjects, objects = joint, []
    objects = [o for o in objects if not hosted_by(text, o)]
    pairs, objects = pairs_of(
        text, kind, (t_start, t_end, high), subjects, objects, hosted, joint, actors, kinds
    )
    if not pairs:
        return None
    clear = bool(
        subjects
        and objects
        and len(text[max(h.end for h in subjects) : t_start].split()) <= 3
        and len(text[t_end : min(h.start for h in objects)].split()) <= 4
    )
    return subjects, pairs, clear


def _asked_after_that(text: str, t_end: int, start: int) -> bool:
    """The name at ``start`` opens the clause a demand asks of it: "demanded (on Monday) that
    (the) |Russian government explain"."""
    that = THAT_AFTER.match(text, t_end)
    return that is not None and text[that.end() : start].strip() in ("", "the")


#: A plural noun right before a participle: it does what the participle says.
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:the|two|three|several|many|\d+)\s+(?:[a-z-]+\s+)?[a-z]+s\s$"
)
#: A settlement's or an area's noun and "of" after a state's name or adjective: the name
#: says where a place lies ("the Afghan city of Kunduz", "the Angolan province of Moxico").
_SETTLEMENT_OF_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:city|town|village|provinces?|regions?|districts?|capital|port"
    r"|enclaves?|islands?|states?|republics?|territor(?:y|ies)|colon(?:y|ies))\s+of\b"
)


def _regions_named_after(text: str, hit: Hit, after: list[Hit], kinds: dict[str, str]) -> bool:
    """ "recognised the breakaway Georgian regions of Abkhazia and South Ossetia": the
    regions named next are the object, not the state whose they are (a place named so,
    "shelled the Afghan city of Kunduz", leaves the state the object); "the former
    Portuguese colony of East Timor" names its old ruler, no party ("the Portuguese colony of
    Goa", before 1961, names its ruler)."""
    found = _SETTLEMENT_OF_AFTER.match(text, hit.end)
    if found is None:
        return False
    named = next((h for h in after if h.start > hit.end), None)
    return (
        named is not None
        and text[found.end() : named.start].strip() in ("", "the")
        and (
            kinds.get(named.actor) != "place"
            or ("colon" in found[0] and text.endswith("former ", 0, hit.start))
        )
    )


#: Nothing but an adverb between a name and its verb: a place named so is its government
#: acting ("Taipei condemned", "Kyiv swiftly denied").
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?")
#: Between a meeting's word and where it is held, only a day, an adverb or the meeting's
#: noun: "met in Oslo", "attend a summit in Oslo"; not a topic ("discussed the situation in
#: Sudan").
_VENUE_GAP = re.compile(
    rf"(?:{TIME_GAP})*(?:\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+)?"
    r"(?:summits?|talks|meetings?|conferences?|negotiations|visits?))?"
    rf"(?:{TIME_GAP})*\s+(?:in|at|near|off|around)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+(?:of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)


#: Words said whose sayer a "from" names after the noun ("a warning from Pyongyang",
#: "criticism from Beijing", "calls from Cairo").
_SAID_KINDS = frozenset({"THREATEN", "ACCUSE", "REJECT", "REQUEST", "PROTEST", "SUPPORT"})
_SAID_NOUN = re.compile(r"[a-z]+(?:tions?|ments?|isms?|ings?|eats?|ests?)\b")


#: A verb of charging right before "that": "charged that", "alleged on Monday that".
_CHARGE_THAT = re.compile(r"(?:charg|alleg|accus)(?:ed|es)\b", re.IGNORECASE)
#: Before the subject of the clause that opens: an article and a few lower-case words.
_CLAUSE_OPENING = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}")
#: Where a warning was given, before its "that": " in a diplomatic note that".
_NOTE_THAT = re.compile(r"\s+(?:in|through)\s+(?:[\w'’-]+\s+){1,5}?that\s")
#: An owner's acts, then what they would bring on: "('s) arms deliveries could bring
#: unpredictable consequences".
_CONSEQUENCES_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,5}?" + BRINGS_ON)
#: "claimed responsibility for a bomb that killed six British soldiers": whom the act struck
#: is named in its relative clause.
_CLAIMED = re.compile(r"claim(?:s|ed|ing)? responsibility\b", re.IGNORECASE)
