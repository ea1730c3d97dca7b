"""Which words of a piece are triggers, and of what type: the hand-written stems, and the
CAMEO verb lexicon's verbs with their object patterns, weighed against each other; then the
triggers that only lead to another (an intent to an act, an approval to the act approved,
troops to what they do) or name what a rejection refuses give way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from personae.store.ingest.cameo import load_verbs
from personae.store.ingest.clause_subjects import OWN_ACT_AFTER, hyphen_glued
from personae.store.ingest.clauses import nominal, reduced_passive
from personae.store.ingest.directions import JOINT, SIGNING
from personae.store.ingest.intents import WISH
from personae.store.ingest.readings import (
    NAMING,
    NOUN_ONLY,
    adjectival,
    purpose_of_noun,
    tied_to,
)
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.ingest.verbs import (
    ACCORD_NOUN,
    CLAUSE_BREAK,
    MODIFIES_DESCRIPTION,
    RECEIVING,
    TIME_GAP,
    TRIGGER,
    TRIGGER_SCAN,
    VISITING_ADJECTIVE,
)
from personae.store.model import COMENTION, STANCE, Span, polarity

#: How far each kind of trigger is trusted before its roles are weighed: a verb whose object
#: the CAMEO lexicon recognises, a hand-written stem, a CAMEO verb on its own.
PATTERN_WEIGHT, STEM_WEIGHT, VERB_WEIGHT = 0.75, 0.65, 0.55
#: Words the verb lexicon types that only say whose word a report is.
ATTRIBUTING = ("according", "According")
#: How far past the last actor a verb may still relate the actors before it (characters).
VERB_REACH = 40
#: How far past that reach a verb's object may be read (characters).
OBJECT_REACH = 30


_UNDER_BEFORE = re.compile(r"\bunder (?:house )?$")
_INTO_EXILE = re.compile(r"\s+(?:\w+\s+)?into\s+exile\b")


def triggers_of(
    text: str,
    piece: Span,
    body: str,
    lowered: str,
    actors: tuple[int, int],
    named: Callable[[int], bool] = lambda offset: False,
) -> list[tuple[int, int, str, float]]:
    """(start, end, type, weight) of every trigger of a piece, in text order.

    ``actors``: where the first actor ends and the last one ends; ``named``: whether an
    offset lies inside an actor's name.  The hand-written stems,
    and the CAMEO lexicon's verbs from the first actor to just after the last: where a verb's object pattern
    decides its type ("fired ... at", "hold joint exercises"), the lexicon's type wins; else
    a stem found at the same words keeps its type, and a verb no stem knows adds its own.
    """
    base = piece.start
    matches = (
        TRIGGER_SCAN.finditer(lowered) if len(lowered) == len(body) else TRIGGER.finditer(body)
    )
    found = {
        base + m.start(): (base + m.start(), base + m.end(), m.lastgroup or COMENTION, STEM_WEIGHT)
        for m in matches
        if not adjectival(text, base + m.start(), base + m.end())
    }
    spans = sorted((start, end) for start, end, _, _ in found.values())
    # A verb before every actor has no subject; one far after them all, nobody to relate
    # ("Iran and Russia met", "... signed yesterday" are near): the lexicon reads between.
    start, end = max(piece.start, actors[0]), min(piece.end, actors[1] + VERB_REACH)
    # a verb within reach reads its object past it ("..., and the two signed a declaration")
    read_to = min(piece.end, end + OBJECT_REACH)
    same = len(lowered) == len(body)  # lower-casing kept every offset: reuse it
    part = lowered[start - base : read_to - base] if same else None
    for verb in load_verbs().verbs(text, start, read_to, frozenset(found), part):
        if verb.start >= end:
            break  # past the reach: the verbs come in text order
        if text.startswith(ATTRIBUTING, verb.start):  # "according to": whose word, no act
            continue
        if verb.type in _MATERIAL_CONFLICT and _REPORTING.match(text, verb.start):
            continue  # "said an attack on X would": the speaker tells of an attack, makes none
        if verb.type == "COOPERATE" and _USE_FORCE.match(text, verb.start):
            continue  # "threatened to use force": no "exercise * military" cooperation
        if (
            verb.type == "MOBILIZE"
            and _FLYING.match(text, verb.start)
            and not _MILITARY_NEAR.search(text, max(0, verb.start - 30), verb.end + 60)
        ):
            continue  # "the minister had flown into Kandahar": a journey, no force sent
        if _TAKING_PART.match(text, verb.start):  # "to take part in exercises": the
            continue  # exercises are the act
        if NAMING.match(text, verb.start):  # "calling them a smear": a word, no phone call
            continue
        if _FOUNDED_BY.match(text, verb.start) and text.endswith(", ", 0, verb.start):
            continue  # "Georgian Dream, founded by billionaire Bidzina Ivanishvili,": who
            # founded it, history, no act of the news
        if text.startswith(("led by ", "headed by "), verb.start):  # "prisoners, led by jailed
            continue  # Fatah leader Marwan Barghouti,": who leads them, no act
        if _INTO_EXILE.match(text, verb.end):  # "flew into exile in Nigeria": a flight, no
            continue  # deployment to Nigeria
        if tied_to(text, verb.start, verb.end) or purpose_of_noun(text, verb.start):
            continue  # "ships linked to Israel": no tie made; "a summit aimed at": its aim
        if text.startswith("arrest", verb.start) and _UNDER_BEFORE.search(
            text, max(0, verb.start - 12), verb.start
        ):
            continue  # "placed X under house arrest": the placing is the act (its stem)
        if text.endswith("ing", verb.start, verb.end) and MODIFIES_DESCRIPTION.match(
            text, verb.end
        ):
            continue  # "Chilean mining giant": a noun's word, no act
        overlap = _overlapping(spans, verb.start, verb.end)
        if overlap is not None and not verb.by_pattern:
            continue
        stem = found[overlap] if overlap is not None else None
        if stem is not None and (
            (stem[2] in _RESTRICTING and polarity(verb.type) == "cooperation")
            or (stem[2] in _READ_WITH_OBJECT and stem[1] > verb.end + 1)
            or (stem[2], verb.type) in _TABLE_OVER_DICTIONARY
            or (  # "sell missiles to Turkey": arms supplied (CAMEO 0712), filed as cooperating;
                # "sued Samsung in a California court": a lawsuit (115), filed as coercion
                (word := _STEM_OVER_PATTERN.get((stem[2], verb.type))) is not None
                and word.match(text, stem[0]) is not None
            )
            or (  # "battled insurgents" is a fight, "fought alongside the Kurds" is not
                (stem[2], verb.type) == ("ASSAULT", "COOPERATE")
                and _ALONGSIDE.match(text, verb.end) is None
            )
        ):  # "extended an arms embargo": the embargo, not the arms a pattern took for aid;
            continue  # "broke off relations", "lifted sanctions": verb and object read together
        if overlap is not None:
            found.pop(overlap, None)
        weight = PATTERN_WEIGHT if verb.by_pattern else VERB_WEIGHT
        found[verb.start] = (verb.start, verb.end, verb.type, weight)
    # a trigger word inside a name ("Israeli troops", "Monetary Fund") is none, nor a next verb
    ordered = sorted(
        t
        for t in found.values()
        if not named(t[0])
        and not _compound_noun(text, t[0], t[1])
        and not (t[2] in STANCE and _ENDED_BEFORE.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "ASSAULT" and _WAR_ENDED.search(text, max(0, t[0] - 40), t[0]))
        and not (
            polarity(t[2]) == "cooperation"
            and _RESTRICTED_BEFORE.search(text, max(0, t[0] - 50), t[0]) is not None
        )  # "tightened controls on rare earth exports": the trade restricted, no trade made
    )  # "ending two decades of hostility", "ending the war with Eritrea": held, fought no more
    # An intent gives way to the act it names: "agreed to lift the sanctions" is the lifting.
    # A wish or plan to act oneself asks no one and does nothing yet: "seeking to deepen
    # ties" is an intent to deepen them, read at "deepen" (see intents.wished).
    kept = [
        t
        for number, t in enumerate(ordered)
        if not (
            t[2] == "AGREE"
            and number + 1 < len(ordered)
            and (
                text[t[1] : ordered[number + 1][0]] == " to "
                or (  # "agreed to a six-month ceasefire": the ceasefire, declared by both
                    ordered[number + 1][2] == "RETREAT"
                    and _AGREED_TO.fullmatch(text, t[1], ordered[number + 1][0]) is not None
                )
            )
        )
        and not (
            (t[2] == "REQUEST" or WISH.fullmatch(text, t[0], t[1]))
            and (own := OWN_ACT_AFTER.match(text, t[1])) is not None
            and (t[2] == "REQUEST" or _act_read_at(own.end() - 1, ordered[number + 1 :]))
        )  # a threat whose act names no trigger ("threatened to use force") stays the threat
        and not (number and _signed_truce(text, ordered[number - 1], t))
        and not (number and _rejected(text, ordered[number - 1], t))
        and not (number and _measure_aimed(text, ordered[number - 1], t))
        and not (number + 1 < len(ordered) and _gives_way(text, t, ordered[number + 1]))
        and not (number + 1 < len(ordered) and _agreed_measure(text, t, ordered[number + 1]))
        and not _gathered_in(text, t)
        and not (t[2] == "PROTEST" and _CALLED_OFF.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "AGREE" and _DEAL_UNDONE.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "REJECT" and _VETO_DROPPED.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "RIVAL" and _unnamed_rivals(text, t[0], t[1]))
        and not (t[2] == "REJECT" and _FAILED_AT_TASK.match(text, t[0]) is not None)
        and not (t[2] == "REJECT" and _REFUSED_TO_OPPOSE.match(text, t[0]) is not None)
        and not (t[2] == "ACCUSE" and _claims_a_thing(text, t[0]))
        and _NO_ACT.match(text, t[0]) is None
        and not (  # "European Commissioner for Competition Neelie Kroes": an office's word
            text[t[0]].isupper() and _OFFICE_FOR_BEFORE.search(text, max(0, t[0] - 30), t[0])
        )
    ]  # "called off nationwide protests": none made; "abandoned the deal": none made now
    return _read_pledges(text, [_received(text, t) for t in kept])


def _act_read_at(offset: int, later: list[tuple[int, int, str, float]]) -> bool:
    """Whether the next trigger is the act a wish names, right at ``offset`` (its verb)."""
    return bool(later) and later[0][0] == offset


def _agreed_measure(
    text: str, agreeing: tuple[int, int, str, float], measure: tuple[int, int, str, float]
) -> bool:
    """The measure an agreement names ("agreed on Sunday to a package of sanctions against
    South Africa"): the measure is the act, taken together, not an agreement with its target."""
    return (
        measure[2] in ("SANCTION", "COERCE")
        and _AGREEING.fullmatch(text, agreeing[0], agreeing[1]) is not None
        and _MEASURE_AGREED.fullmatch(text, agreeing[1], measure[0]) is not None
    )


def _gathered_in(text: str, trigger: tuple[int, int, str, float]) -> bool:
    """ "Commonwealth leaders meeting in Nassau agreed ...": where the subject is gathered,
    no meeting with anyone named after it."""
    return (
        trigger[2] == "CONSULT"
        and text.startswith("meeting", trigger[0])
        and _GATHERED_BEFORE.search(text, max(0, trigger[0] - 20), trigger[0]) is not None
        and _GATHERED_AT.match(text, trigger[1]) is not None
    )


_GATHERED_BEFORE = re.compile(
    r"\b(?:leaders|ministers|officials|delegates|envoys|diplomats|negotiators|members) $"
)
_GATHERED_AT = re.compile(r" (?:in|at|on)\b")
_AGREEING = re.compile(r"agree[sd]?|agreeing", re.IGNORECASE)
#: Between agreeing and the measure agreed on: "on Sunday to a limited package of", "to new"
#: (not a verb: "agreed to avert tariffs" averts them).
_MEASURE_AGREED = re.compile(
    rf"(?:{TIME_GAP})*\s+(?:to|on|upon)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
    r"|(?:new|further|fresh|more|additional|tougher|wider|targeted|economic|financial"
    r"|sweeping|limited)\s+){0,2}",
    re.IGNORECASE,
)


def _signed_truce(
    text: str, signing: tuple[int, int, str, float], truce: tuple[int, int, str, float]
) -> bool:
    """The truce or the accord a signing names ("signed a permanent ceasefire", "signed a
    security agreement"): the signing tells it (CAMEO 057, as coded)."""
    return (
        (
            truce[2] == "RETREAT"
            or (truce[2] == "AGREE" and ACCORD_NOUN.match(text, truce[0]) is not None)
        )
        and SIGNING.match(text, signing[0]) is not None
        and _AGREED_TO.fullmatch(text, signing[1], truce[0]) is not None
    )


_TAKING_PART = re.compile(r"(?:take|takes|took|taking|taken)\s+part\b", re.IGNORECASE)
#: A thing received from someone: "received weapons from", "received a disbursement of
#: about $360 million from" (a guest received is a person, named: no "from" after).
_RECEIVED_FROM = re.compile(
    r"\s+(?:(?:a|an|the|some|more|about|nearly|over|almost|[$€£]?[\d.,]+)\s+|[a-z][\w-]*\s+){1,8}"
    r"from\s",
)


def _received(text: str, trigger: tuple[int, int, str, float]) -> tuple[int, int, str, float]:
    """Receiving a thing from someone is being given it (AID, read from the giver: see
    roles); receiving a guest stays a meeting."""
    if (
        trigger[2] == "CONSULT"
        and RECEIVING.match(text, trigger[0])
        and (_RECEIVED_FROM.match(text, trigger[1]))
    ):
        return (trigger[0], trigger[1], "AID", trigger[3])
    return trigger


#: A commitment whose object is support, aid or cooperation as a noun, just before it:
#: "pledged more support", "promised $1 billion in", "offered".
_PLEDGE_BEFORE = re.compile(
    r"\b(?:pledg|promis|offer|vow)\w*\s+(?:(?!(?:and|or|but|to|that|which|who)\s)[\w'’$.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PLEDGE_WORDS = word_pattern("pledg", "promis", "offer", "vow")  # one in every match above
#: What a pledge may promise.
_PLEDGED = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _read_pledges(
    text: str, triggers: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """A pledge of support or aid ("pledged more support for Vietnam", "promised $1 billion
    in aid") is the intent to give it (CAMEO 032, 033: AGREE), from the one who pledges to
    the one it is for: read once, at what is pledged."""
    out: list[tuple[int, int, str, float]] = []
    for t in triggers:
        low = max(0, t[0] - 60)
        pledge = (
            _PLEDGE_BEFORE.search(text, low, t[0])
            if t[2] in _PLEDGED and holds_one_of(text, _PLEDGE_WORDS, low, t[0])
            else None
        )
        if pledge is None:
            out.append(t)
            continue
        if out and out[-1][0] >= pledge.start():  # the pledge's verb, read as a trigger too
            out.pop()
        out.append((t[0], t[1], "AGREE", t[3]))
    return out


#: Between agreeing and a truce agreed to: "to a six-month", "on Saturday to a", "a".
_AGREED_TO = re.compile(
    rf"(?:{TIME_GAP})*\s+(?:(?:to|on)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}", re.IGNORECASE
)
#: Stems that read a verb with its object, whose type the object decides ("broke off
#: relations", "lifted sanctions"): the verb alone, as the CAMEO lexicon types it, is not it.
_READ_WITH_OBJECT = frozenset({"SANCTION", "RETREAT"})
#: (stem type, dictionary type) where the stem follows the PLOVER table and the CAMEO
#: dictionary files the verb and object otherwise: expelling diplomats (161/166, filed 174),
#: signing a cooperation agreement (057, filed as cooperation), swapping prisoners (0841),
#: a rally against something (141, filed as mobilising), overrunning a base (190, filed as
#: occupying territory, 192).
_ALONGSIDE = re.compile(r"\s+(?:alongside|together)\b", re.IGNORECASE)
#: A restriction's object before a word: "controls on rare earth| exports".
_RESTRICTED_BEFORE = re.compile(
    r"\b(?:controls|restrictions|curbs|bans?|embargo(?:es)?|sanctions|tariffs|duties|levies)"
    r"\s+on\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_STEM_OVER_PATTERN = {
    ("AID", "COOPERATE"): re.compile(r"sel|sold", re.IGNORECASE),
    ("ACCUSE", "COERCE"): re.compile(r"su(?:e|ed|es|ing)\b", re.IGNORECASE),
    ("SUPPORT", "CONCEDE"): re.compile(r"authori", re.IGNORECASE),  # "the Security Council
    # authorised French forces to use force": an endorsement, not a concession; "expressed
    # its deep regret to Seoul": an apology (055), filed as a complaint
    ("SUPPORT", "ACCUSE"): re.compile(r"express", re.IGNORECASE),
    # "fired missiles into waters off Taiwan": a show of force, where the dictionary's "fire"
    # with an object reads a dismissal
    ("MOBILIZE", "ACCUSE"): re.compile(r"fir", re.IGNORECASE),
    # "rushed reinforcements to the area": forces sent, no visit
    ("MOBILIZE", "CONSULT"): re.compile(r"rush|fl[eoiy]", re.IGNORECASE),
}
_TABLE_OVER_DICTIONARY = frozenset(
    {
        ("SANCTION", "COERCE"),
        ("SUPPORT", "COOPERATE"),
        ("SUPPORT", "AGREE"),
        ("SUPPORT", "RETREAT"),  # "signed a ceasefire agreement": signing (057), as coded
        ("RETREAT", "COOPERATE"),
        ("PROTEST", "MOBILIZE"),
        ("ASSAULT", "COERCE"),
        ("COERCE", "ACCUSE"),  # "troops swept into Kuwait": an occupation, no charge
    }
)
#: Measures against another: reducing relations (SANCTION), imposing sanctions (COERCE).
_RESTRICTING = frozenset({"SANCTION", "COERCE"})
#: Between a verb and the head of its object: a determiner or a name, then a few words, no
#: clause break ("the latest US", "any", "Egypt's").
_OBJECT_WORDS = re.compile(
    r"\s+(?:the|a|an|any|all|its|their|his|her|such|some|new|fresh|further|[A-Z][\w.'’-]*)\s+"
    r"(?:(?!(?:and|or|but|then|while|which|that|who|to)\s)[\w'’.-]+\s+){0,3}"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}"  # a name modifying the noun: "International Monetary Fund"
)


#: A verb of approving takes its object's type: "approved a bailout for" aids, "authorised
#: the deployment of" mobilises (CAMEO codes the act approved, not the approval).
_APPROVING = re.compile(r"(?:approv|authori[sz])\w*", re.IGNORECASE)
#: Troops as the subject of the next verb, or told to do it ("its troops shot down",
#: "ordered its troops to withdraw"): the verb says what they do.
_TROOPS = re.compile(r"troops", re.IGNORECASE)
_TROOPS_VERB = re.compile(r"\s+(?:to\s+|(?:have|has|had|were|are|was|will|would)\s+)?")


_HELPING_VERB = re.compile(r"help(?:s|ed|ing)?", re.IGNORECASE)
_ANSWERING_VERB = re.compile(r"(?:retaliat|respond|react)\w*", re.IGNORECASE)
_ANSWER_GAP = re.compile(r"\s+by\s+|\s+with\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?")
_CALLING_VERB = re.compile(r"(?:call|order)(?:s|ed|ing)?", re.IGNORECASE)
#: Who founded a body, in its description: ", founded by billionaire X,".
_FOUNDED_BY = re.compile(
    r"(?:founded|established|created|formed|set\s+up|started|launched)\s+(?:in\s+\d{4}\s+)?by\b"
)


def _unnamed_rivals(text: str, start: int, end: int) -> bool:
    """ "rivals" as a noun that says whose rivals no one is: "to open their services to
    rivals", "music streaming rivals such as Spotify" (but "are rivals", "bitter rivals",
    "a rival of", "Apple's rivals" say it)."""
    return (
        _RIVALS_NOUN.fullmatch(text, start, end) is not None
        and _RIVALS_SAID_BEFORE.search(text, max(0, start - 30), start) is None
        and _RIVALS_OF_AFTER.match(text, end) is None
    )


_RIVALS_NOUN = re.compile(r"rivals?", re.IGNORECASE)
_RIVALS_SAID_BEFORE = re.compile(
    r"(?:\b(?:are|were|be|been|is|was|remain\w*|became|become|as|long-?time|bitter|arch"
    r"|regional|old|main|chief|fierce|historic|traditional)|['’]s?)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_RIVALS_OF_AFTER = re.compile(r"\s+(?:of|to)\s")
#: A capitalised office before "for" or "of": "Commissioner for| Competition".
_OFFICE_FOR_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:for|of)\s+(?:the\s+)?$")


def _claims_a_thing(text: str, start: int) -> bool:
    """A claim to land or sea, or one that takes lives, charges no one: "China claims virtually
    the entire South China Sea", "to assert Manila's territorial claim", "claimed the lives of"
    (but "claimed that Iran had armed them" is a charge)."""
    return _CLAIMS_A_THING.match(text, start) is not None or (
        text.startswith("claim", start)
        and _TERRITORIAL_BEFORE.search(text, max(0, start - 24), start) is not None
    )


_CLAIMS_A_THING = re.compile(
    r"claim(?:s|ed|ing)?\s+(?:(?:virtually|almost|nearly|practically)\s+)?(?:the\s+(?:entire|whole"
    r"|disputed|islands?|area|region|territory|waters|sea|land|lives)\b|most\b|all\b|much\b"
    r"|parts?\s+of|sovereignty|ownership|large|dozens|hundreds|thousands|lives)",
    re.IGNORECASE,
)
_TERRITORIAL_BEFORE = re.compile(r"\b(?:territorial|maritime|sovereignty|land|border)\s+$")
#: Verbs of telling, whose CAMEO patterns ("report * attack") would make the teller do
#: what they tell of.
_REPORTING = re.compile(r"(?:sa(?:id|ys?|ying)|report\w*|t(?:old|ells?|elling))\b", re.IGNORECASE)
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_FLYING = re.compile(r"fl(?:y|ies|ew|own|ying)\b", re.IGNORECASE)
_MILITARY_NEAR = re.compile(
    r"\b(?:troops|soldiers|forces|paratroopers|marines|commandos|jets|warplanes|bombers|fighters"
    r"|helicopters|units|reinforcements|battalions?|brigades?|weapons|arms)\b",
    re.IGNORECASE,
)
_USE_FORCE = re.compile(r"us(?:e|es|ed|ing)\s+(?:military\s+|armed\s+)?force\b", re.IGNORECASE)
#: Trigger words in phrases that do nothing to anyone: "came to a complete halt", ",
#: leaving parts of the Balkans without heat", "in freezing temperatures", "detained on
#: suspicion of" (the reason for the detention), "a peacekeeping force" (a body of troops),
#: "the EU's competition chief", "struck down a ban" (a ruling), "the fees Khartoum charges to
#: transport crude", "giving President Reagan a hard-won victory", "a coup carried out with
#: the backing of Soviet troops" (whose backing, of a doer not named), "in coordination with
#: Britain" (links.worked_with reads who works with whom).
_NO_ACT = re.compile(
    r"c(?:ame|omes?|oming)\s+to\s+(?:a|an)\s|(?<=, )leaving\s(?!for\b)"
    r"|freezing\s+(?:temperatures|weather|cold|conditions|rain|fog|winter)\b"
    r"|(?:(?<=on )|(?<=under ))suspicion\b"
    r"|(?:(?<=peacekeeping )|(?<=security )|(?<=task )|(?<=military )|(?<=regional )"
    r"|(?<=multinational )|(?<=stabilisation )|(?<=stabilization )|(?<=protection )"
    r"|(?<=intervention )|(?<=reaction ))forces?\b"
    r"|competition\s+(?:chief|commissioner|authorit(?:y|ies)|regulators?|watchdog|law|polic(?:y|ies)"
    r"|concerns|lawyers?|rules|probe|case|investigation)\b"
    r"|str(?:uck|ike|ikes|iking)\s+down\s+(?:a|an|the)\s"
    r"|charg(?:e|es|ed|ing)\s+(?:[\w'’]+\s+){0,3}?(?:to|for)\s+(?:transport|use|ship|carry|access|pump)"
    r"|(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){1,7}?"
    r"(?:victory|boost|blow|setback|defeat|headache|reprieve|edge|majority)\b"
    r"|(?<=with the )(?:backing|support|help|blessing|consent)\s+of\b"
    r"|(?:(?<=in )|(?<=in close ))(?:cooperation|coordination|collaboration|partnership)\s+with\b",
    re.IGNORECASE,
)
#: A failure that turns down no one: "failed to halt their advance", "failed to win a
#: majority" (but "failed to reach agreement with", "failed to comply with" are refusals).
_FAILED_AT_TASK = re.compile(
    r"fail\w*\s+to\s+(?!(?:reach|agree|approve|accept|ratify|comply|honou?r|pay|repay|deliver|sign"
    r"|settle|resolve|implement|abide|respond|attend|show|keep|meet|return|hand|extradite"
    r"|release|free|cooperate|co-operate|provide|allow|recognise|recognize)\b)[a-z]",
    re.IGNORECASE,
)
#: A refusal to act against someone, which rejects no one: "refused to block the sale of
#: planes to Saudi Arabia", "declined to condemn Russia" (the act it would have been is
#: read, negated).
_REFUSED_TO_OPPOSE = re.compile(
    r"(?:refus|declin)\w*\s+to\s+(?:block|stop|halt|ban|bar|veto|condemn|sanction|criticise"
    r"|criticize|punish|blame|oppose|reject|denounce)\b",
    re.IGNORECASE,
)
#: What stands between an undoing verb and the noun it undoes: "the", "its planned".
_BEFORE_ITS_NOUN = r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
#: A deal given up, before its noun: "abandoned the deal", "scrapped a planned merger".
_DEAL_UNDONE = re.compile(
    r"\b(?:abandon\w*|scrap(?:s|ped|ping)?|cancel\w*|terminat\w*|call(?:s|ed|ing)?\s+off"
    r"|walk(?:s|ed|ing)?\s+away\s+from)" + _BEFORE_ITS_NOUN,
    re.IGNORECASE,
)
#: A veto or an objection given up, before its noun: "dropped a veto", "lifted its objection".
_VETO_DROPPED = re.compile(
    r"\b(?:dropp\w*|lift\w*|withdr[ae]w\w*|abandon\w*|waiv\w*)" + _BEFORE_ITS_NOUN, re.IGNORECASE
)
#: An act called off, right before its noun: "called off nationwide protests".
_CALLED_OFF = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+off|cancel\w*|suspend\w*|end(?:s|ed|ing)?)" + _BEFORE_ITS_NOUN,
    re.IGNORECASE,
)
#: Verbs that only make more of the act they take: "escalated its strike", "intensified
#: its bombardment", "stepped up the attacks".
_INTENSIFYING = re.compile(
    r"(?:escalat|intensif|heighten|redoubl)\w*|(?:step|ramp)\w*\s+up", re.IGNORECASE
)
#: Between "called" or "ordered" and the act: "a" and two words ("a two-day general");
#: "called the" names ("called the move a provocation").
_CALLED_GAP = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_ORDERED_GAP = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:(?!to\b)[\w-]+\s+){0,2}", re.IGNORECASE)


def _gives_way(
    text: str, trigger: tuple[int, int, str, float], after: tuple[int, int, str, float]
) -> bool:
    """The trigger only leads to the next one, which says what happens: an approval to the
    act approved, troops to what they do, a hand lent to the act it helps ("helped impound
    an Iranian tanker")."""
    if _HELPING_VERB.fullmatch(text, trigger[0], trigger[1]):
        return text[trigger[1] : after[0]] in (" ", " to ")
    if _INTENSIFYING.fullmatch(text, trigger[0], trigger[1]):  # "escalating a month-long
        return _ORDERED_GAP.fullmatch(text, trigger[1], after[0]) is not None  # strike": the
        # strike is the act
    if _CALLING_VERB.fullmatch(text, trigger[0], trigger[1]):  # "called a national strike",
        gap = _ORDERED_GAP if text[trigger[0]].lower() == "o" else _CALLED_GAP  # "ordered a
        return gap.fullmatch(text, trigger[1], after[0]) is not None  # ceasefire", "ordered
        # the seizure of": the act called or ordered is the one to read
    if _ANSWERING_VERB.fullmatch(text, trigger[0], trigger[1]):  # "retaliated by banning
        return _ANSWER_GAP.fullmatch(text, trigger[1], after[0]) is not None  # imports",
        # "retaliated with duties on American goods": the ban, the duties are the answer
    if _APPROVING.fullmatch(text, trigger[0], trigger[1]):
        return (
            after[3] == STEM_WEIGHT
            and _OBJECT_WORDS.fullmatch(text, trigger[1], after[0]) is not None
        )
    return (
        _TROOPS.fullmatch(text, trigger[0], trigger[1]) is not None
        and _TROOPS_VERB.fullmatch(text, trigger[1], after[0]) is not None
    )


def _compound_noun(text: str, start: int, end: int) -> bool:
    """The trigger word only names a force, an envoy, a body or a route, or is a word of
    another phrase: "a carrier strike group", "the air force", "the coast guard", "the Afghan
    charge d'affaires", "aid agencies", "prisoners of war", "road links", "duties on steel
    imports", "a ban on arms sales", "scale back", "the Solidarity trade union"."""
    word = text[start:end].lower()
    return (
        (
            word in ("force", "forces")
            and _FORCE_OWNER.search(text, max(0, start - 9), start) is not None
        )
        or (word == "strike" and _STRIKE_GROUP.match(text, end) is not None)
        or (word in ("charge", "charges") and _D_AFFAIRES.match(text, end) is not None)
        or (word == "aid" and _AID_BODY.match(text, end) is not None)
        or (word == "guard" and _GUARD_OWNER.search(text, max(0, start - 14), start) is not None)
        or (word.startswith("war") and _OF_WAR.search(text, max(0, start - 20), start) is not None)
        or (
            word in ("link", "links") and _ROUTE.search(text, max(0, start - 12), start) is not None
        )
        or (
            (word in _RESTRICTED or word == "loan")
            and (
                _TAXED.search(text, max(0, start - 90), start) is not None
                or _HELD_BACK.search(text, max(0, start - 50), start) is not None
            )
        )
        or (word == "back" and _CUT_BACK.search(text, max(0, start - 10), start) is not None)
        or (word == "trade" and _UNION_AFTER.match(text, end) is not None)
    )


#: "the Solidarity trade| union": a kind of body, no trade made.
_UNION_AFTER = re.compile(r"\s+(?:unions?|unionists?|federation|confederation|congress)\b")


_ENDED_BEFORE = re.compile(r"\bend(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?of\s+$", re.IGNORECASE)
_WAR_ENDED = re.compile(r"\bend(?:s|ed|ing)?\s+(?:the|their|its|a)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
#: "air force", "task forces": a unit's name, not a use of force.
_FORCE_OWNER = re.compile(r"\b(?:air|task|police|security|naval|defen[cs]e|armed) $", re.I)
_STRIKE_GROUP = re.compile(r" (?:groups?|forces?)\b", re.IGNORECASE)
_D_AFFAIRES = re.compile(r" d['’]affaires\b", re.IGNORECASE)
#: "coast guard", "Republican Guard": a force's name, no guarding.
_GUARD_OWNER = re.compile(
    r"\b(?:coast|border|national|republican|presidential|revolutionary|royal) $", re.IGNORECASE
)
#: "scale back military operations", "cut back aid": a reduction, no backing.
_CUT_BACK = re.compile(r"\b(?:scal|cut|roll|stepp?)\w*\s$", re.IGNORECASE)
#: "duties on steel imports from China", "a ban on arms sales to Argentina": what a measure
#: taxes or stops, no trade or aid of its own.
_RESTRICTED = frozenset(
    {"imports", "exports", "import", "export", "arms sales", "sales", "deliveries", "shipments"}
    | {"loans", "investment", "investments", "supplies", "transfers", "aid", "assistance"}
)
_TAXED = re.compile(
    r"\b(?:duties|tariffs?|levies|taxes|bans?|curbs?|restrictions?|quotas?|embargo)\b"
    r"[^.;]{0,60}?\bon\s+(?:[\w$.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: "postponed a $90 million loan", "withheld military aid": what is held back, no aid given.
_HELD_BACK = re.compile(
    r"\b(?:postpon|delay|withh[eo]ld|defer)\w*\s+(?:[\w$€£.,'’-]+\s+){0,4}$", re.IGNORECASE
)
#: "road links", "air and sea links": routes named, no ties.
_ROUTE = re.compile(r"\b(?:road|rail|railway|air|sea|land|ferry|flight|transport|phone) $", re.I)
#: "prisoners of war", "a state of war": people or a state named by a war, no war waged.
_OF_WAR = re.compile(r"\b(?:prisoners?|state|veterans?|crimes?|victims?|theatre) of $", re.I)
#: "aid agencies", "aid workers": who gives aid, named; no aid given.
_AID_BODY = re.compile(
    r" (?:agenc(?:y|ies)|groups?|workers?|organi[sz]ations?|officials?|contractors?"
    r"|convoys?|volunteers?|staff|charit(?:y|ies))\b",
    re.IGNORECASE,
)


def _measure_aimed(
    text: str, before: tuple[int, int, str, float], trigger: tuple[int, int, str, float]
) -> bool:
    """ "imposed sanctions on Russia, targeting its banks": what the measure aims at, no
    attack of its own."""
    return (
        before[2] in _RESTRICTING
        and _AIMING.fullmatch(text, trigger[0], trigger[1]) is not None
        and text.rfind(",", before[1], trigger[0]) >= 0
        and CLAUSE_BREAK.search(text, before[1], trigger[0]) is None
    )


_AIMING = re.compile(r"target(?:s|ed|ing)?|aim(?:s|ed|ing)?", re.IGNORECASE)


def _rejected(
    text: str, before: tuple[int, int, str, float], trigger: tuple[int, int, str, float]
) -> bool:
    """The trigger is the noun a rejection rejects ("dismissed the US offer", "ruled out any
    concessions to Moscow"): what is refused is not done, and the refusal relates its actors.
    An accusation rejected was still made ("dismissed Ukrainian accusations")."""
    return (
        before[2] == "REJECT"
        and trigger[2] != "ACCUSE"
        and _OBJECT_WORDS.fullmatch(text, before[1], trigger[0]) is not None
    )


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """The start of a stem's span (sorted ``spans``) overlapping [start, end), if any."""
    index = bisect.bisect_left(spans, (start, start)) - 1
    for first, last in spans[max(0, index) : index + 3]:
        if first < end and last > start:
            return first
    return None


#: A deal's noun, and an amount right before a noun: "a $4.5 billion contract".
_PRICED_DEAL = re.compile(r"(?:contracts?|agreements?|deals?|accords?|pacts?)\b")
_AMOUNT_BEFORE = re.compile(
    r"\b(?:[$€£¥]?\d[\d.,]*\s+(?:(?:m|b|tr)illion\s+)?|(?:m|b|tr)illion\s+)$"
)


def next_verb(text: str, triggers: list[tuple[int, int, str, float]], number: int) -> int | None:
    """Where the next trigger that is a verb starts: not a noun ("an agreement"), nor the
    verb of an infinitive ("wants to attack"), nor a participle modifying a noun ("accused
    a group backed by China": China is still the accused)."""
    end, asking = triggers[number][1], triggers[number][2] == "REQUEST"
    for start, stop, _, _ in triggers[number + 1 :]:
        if asking and _ASKED_THING_GAP.fullmatch(text, end, start) and _FROM_WHOM.match(text, stop):
            continue  # "requested emergency financing from the IMF": what is asked, a noun
        if (
            start >= end
            and text[end:start] != " to "
            and not nominal(text, start)
            and not (  # "signed a $4.5 billion contract with Egypt": a noun, its object
                _PRICED_DEAL.match(text, start)  # still the verb's
                and _AMOUNT_BEFORE.search(text, max(0, start - 24), start)
            )
            and not hyphen_glued(text, start)  # "Iran-backed": an adjective
            and not VISITING_ADJECTIVE.search(text, max(0, start - 12), stop + 2)  # "met
            # visiting Chinese President Xi": the visitor is still the object
            and not JOINT.match(text, start)  # an adjective: "joint drills",
            and not _AFTER_JOINT.search(text, max(0, start - 24), start)  # and their noun
        ):
            noun = NOUN_ONLY.match(text, start) or NOUN_ONLY.match(text, stop + 1)
            if noun and not text.startswith(" to ", end):
                continue  # "suspending its part in the arms treaty with X": X is still its,
                # but "failed to reach agreement with X" is read at the agreement
            if _NAMED_AGENT.match(text, start) and reduced_passive(text, start):
                continue  # "a group backed by China": the object's, China its agent
            if text.startswith("troops", start) and _NAME_BEFORE.search(
                text, max(0, start - 24), start
            ):
                continue  # "attacked U.N. troops": a noun, the UN the object
            if _DEAL_BEFORE.search(text, max(0, start - 24), start) and _PARTICIPLE.match(
                text, start
            ):
                continue  # "signed accords establishing relations with X": the accords' content
            return start
    return None


#: Words between a request and what it asks for: "requested| emergency |financing".
_ASKED_THING_GAP = re.compile(
    r"\s+(?:(?:for|more|further|new|urgent|emergency|immediate|additional|financial|military"
    r"|economic|humanitarian|international|the|a|an)\s+){0,3}"
)
_FROM_WHOM = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?from\b")
#: A deal's noun right before a participle that tells what it does: "accords (establishing)".
_DEAL_BEFORE = re.compile(
    r"\b(?:accords?|agreements?|treat(?:y|ies)|deals?|pacts?|declarations?|protocols?)\s+$"
)
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: A capitalised word right before: "U.N. (troops)", "Turkish (troops)".
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s$")
#: "joint" and at most one more word before a noun: "joint military drills".
_AFTER_JOINT = re.compile(r"\bjoint\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: A participle and a name right after "by" (no article: "by the crash" is an instrument).
_NAMED_AGENT = re.compile(r"[\w-]+\s+by\s+(?!(?:the|a|an)\b)[A-Z]")
