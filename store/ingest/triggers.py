"""Which words of a piece are triggers, and of what type: the hand-written stems, and the
CAMEO verb lexicon's verbs with their object patterns, weighed against each other; then the
triggers that only lead to another (an intent to an act, an approval to the act approved,
troops to what they do) or name what a rejection refuses give way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.ingest.cameo import load_verbs
from personae.store.ingest.cameo_words import EPITHETS
from personae.store.ingest.clause_subjects import OWN_ACT_AFTER
from personae.store.ingest.clauses import meeting_refused
from personae.store.ingest.idle_triggers import (
    BROKEN_THING,
    CALLED_BY_NOUN,
    CALLED_OFF,
    CITED_BEFORE,
    CROWD_AS_AGENT,
    DANGER_WARNED,
    DEAL_UNDONE,
    ENDED_BEFORE,
    ENDING_WAR_AFTER_ACT,
    FAILED_AT_TASK,
    FLYING,
    FOUNDED_BY,
    INQUIRED_INTO,
    JUDGED_AS_BEFORE,
    MADE_TO,
    MATERIAL_CONFLICT,
    MEASURE_SLAPPED,
    MET_WITH,
    MILITARY_NEAR,
    NO_ACT,
    OFFICE_FOR_BEFORE,
    OWNERS_AIM,
    REFUSED_TO_OPPOSE,
    REPORTING,
    SIGNED_DOCUMENT,
    TAKING_PART,
    USE_FORCE,
    VETO_DROPPED,
    WAR_ENDED,
    back_read,
    brings_on,
    claims_a_thing,
    compound_noun,
    led_body,
    spoken_of,
    unnamed_rivals,
)
from personae.store.ingest.intents import WISH
from personae.store.ingest.lexicon import WORKING_PEOPLE
from personae.store.ingest.readings import (
    NAMING,
    adjectival,
    purpose_of_noun,
    tied_to,
)
from personae.store.ingest.restrictions import cooperation_stopped
from personae.store.ingest.scan import holds
from personae.store.ingest.trigger_objects import (
    AGREED_TO,
    agreed_measure,
    as_received,
    gathered_in,
    read_pledges,
    signed_truce,
)
from personae.store.ingest.untold import dates_the_news, still_sought
from personae.store.ingest.verbs import (
    MODIFIES_DESCRIPTION,
    TRIGGER,
    TRIGGER_SCAN,
)
from personae.store.model import COMENTION, PLOVER, STANCE, Span, polarity

#: How far each kind of trigger is trusted before its roles are weighed: a verb whose object
#: the CAMEO lexicon recognises, a hand-written stem, a CAMEO verb on its own.
PATTERN_WEIGHT, STEM_WEIGHT, VERB_WEIGHT = 0.75, 0.65, 0.55
#: Words the verb lexicon types that only say whose word a report is.
ATTRIBUTING = ("according", "According")
#: How far past the last actor a verb may still relate the actors before it (characters).
VERB_REACH = 40
#: How far past that reach a verb's object may be read (characters).
OBJECT_REACH = 30
#: How far past the reach a verb whose object is a pronoun (an actor named again) is read.
PRONOUN_REACH = 80
#: A verb and a pronoun as its object: "and sentenced her".
_VERB_ON_PRONOUN = re.compile(r"\b[a-z]+(?:ed|s) (?:him|her|them)\b")


#: A possessive, and maybe an adjective, right before a word: the word is a noun ("the
#: country's warships fired": a noun between, and the verb is theirs).
_POSSESSED = re.compile(r"['’]s\s+(?:[a-z-]+(?:al|ary|ic|ive|ing|ed|est|ful|ous)\s+)?$")
#: "Striking" before working people: on strike, an adjective, no attack.
_ON_STRIKE = re.compile(
    rf"striking\s+(?:[a-z-]+\s+)?(?:{WORKING_PEOPLE}|students)\b", re.IGNORECASE
)
#: Between an agreement's verb and its noun: "agreed| to the |deal".
_TO_THE = re.compile(r" to (?:the|a|an|this|that|its|their) ")
#: "Match" that fights no one: "to match India's tests" (but "matched against").
_MATCHED = re.compile(r"match(?:es|ed|ing)?\b(?!\s+(?:with|against)\b)", re.IGNORECASE)
#: A sweep that goes somewhere: "swept across the border", "sweeping through the north".
_SWEPT_ACROSS = re.compile(r"sw(?:ept|eeps?|eeping)\s+(?:across|through|over|into|past)\b", re.I)
_UNDER_BEFORE = re.compile(r"\bunder (?:house )?$")
_LED_IN_DOING = re.compile(r"led (?:[\w'’-]+ ){1,6}?in [a-z]+ing\b")
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
    if end < piece.end and (
        again := _VERB_ON_PRONOUN.search(text, end, min(piece.end, end + PRONOUN_REACH))
    ):  # "found X guilty of conspiring against the state and sentenced her": the actor
        end = again.end()  # named again by the verb's object, however far the verb
    # a verb within reach reads its object past it ("..., and the two signed a declaration")
    read_to = min(piece.end, end + OBJECT_REACH)
    same = len(lowered) == len(body)  # lower-casing kept every offset: reuse it
    part = lowered[start - base : read_to - base] if same else None
    for verb in load_verbs().verbs(text, start, read_to, frozenset(found), part):
        if verb.start >= end:
            break  # past the reach: the verbs come in text order
        if text.startswith(ATTRIBUTING, verb.start):  # "according to": whose word, no act
            continue
        if verb.type in MATERIAL_CONFLICT and REPORTING.match(text, verb.start):
            continue  # "said an attack on X would": the speaker tells of an attack, makes none
        if verb.type == "COOPERATE" and USE_FORCE.match(text, verb.start):
            continue  # "threatened to use force": no "exercise * military" cooperation
        if _LED_IN_DOING.match(text, verb.start):  # "led a group of Arab states in cutting
            continue  # ties with Qatar": the cutting is the act, no cooperation
        if (
            verb.type == "MOBILIZE"
            and FLYING.match(text, verb.start)
            and not MILITARY_NEAR.search(text, max(0, verb.start - 30), verb.end + 60)
        ):
            continue  # "the minister had flown into Kandahar": a journey, no force sent
        if verb.type == "ASSAULT" and _MATCHED.match(text, verb.start):
            continue  # "to match India's tests": to equal them, no fight
        if verb.type == "ACCUSE" and _SWEPT_ACROSS.match(text, verb.start):
            continue  # "Iraqi troops swept across the border": forces on the move, no charge
        if TAKING_PART.match(text, verb.start):  # "to take part in exercises": the
            continue  # exercises are the act
        if NAMING.match(text, verb.start) and not (verb.by_pattern and verb.type == "ACCUSE"):
            continue  # "calling them a smear": a word, no phone call ("called Uribe a liar"
            # is the lexicon's charge)
        if text.endswith(", ", 0, verb.start) and FOUNDED_BY.match(text, verb.start):
            continue  # "Georgian Dream, founded by billionaire Bidzina Ivanishvili,": who
            # founded it, history, no act of the news
        if (
            not verb.by_pattern
            and not text.startswith(" of ", verb.end)
            and _POSSESSED.search(text, max(0, verb.start - 30), verb.start)
        ):  # "Israel's military campaign in Gaza", "Russia's need for Iran": a noun the
            continue  # dictionary reads as a verb ("Apple's purchase of NeXT" is the purchase)
        if text.startswith(("led by ", "headed by "), verb.start):  # "prisoners, led by jailed
            continue  # Fatah leader Marwan Barghouti,": who leads them, no act
        if _INTO_EXILE.match(text, verb.end):  # "flew into exile in Nigeria": a flight, no
            continue  # deployment to Nigeria
        if tied_to(text, verb.start, verb.end) or purpose_of_noun(text, verb.start):
            continue  # "ships linked to Israel": no tie made; "a summit aimed at": its aim
        if text[verb.start : verb.end].lower() in EPITHETS and adjectival(
            text, verb.start, verb.end
        ):
            continue  # "arrested more than 250 suspected FLQ sympathizers": no charge
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
    for at, (t_start, t_end, kind, weight) in list(found.items()):
        if (
            kind == "SUPPORT"
            and text.startswith("back", t_start)
            and (retyped := back_read(text, t_start, t_end)) is not None
        ):
            del found[at]
            found[retyped[0]] = (retyped[0], t_end, retyped[1], weight)
    # a trigger word inside a name ("Israeli troops", "Monetary Fund") is none, nor a next verb
    ordered = sorted(
        t
        for t in found.values()
        if not named(t[0])
        and not compound_noun(text, t[0], t[1])
        and not (t[2] in STANCE and ENDED_BEFORE.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "ASSAULT" and WAR_ENDED.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "RETREAT" and ENDING_WAR_AFTER_ACT.match(text, t[0]))
        and not (t[2] == "COERCE" and MADE_TO.match(text, t[0]))
        and not (t[2] != "THREATEN" and brings_on(text, t[1]))  # "warned that U.S. arms
        # deliveries could bring unpredictable consequences": the deliveries are no event
        and not (
            t[2] == "CONSULT"
            and (CALLED_BY_NOUN.search(text, max(0, t[0] - 30), t[1]) or MET_WITH.match(text, t[1]))
        )  # "a meeting called by Russia"; "meeting fierce resistance": no meeting
        and not (t[2] == "THREATEN" and DANGER_WARNED.match(text, t[1]))
        and not (
            polarity(t[2]) == "cooperation"  # (a hostile word is the charge: "described as
            and holds(text, " as ", t[0] - 60, t[0])  # blackmail", retyping)
            and JUDGED_AS_BEFORE.search(text, max(0, t[0] - 60), t[0]) is not None
        )  # "dismissed as exaggerated": the judgement's word
        and not (
            holds(text, "into", t[0] - 60, t[0])
            and INQUIRED_INTO.search(text, max(0, t[0] - 60), t[0]) is not None
        )  # "an investigation into killings, rapes": what is looked into
        and not (
            holds(text, "citing", t[0] - 40, t[0])
            and CITED_BEFORE.search(text, max(0, t[0] - 40), t[0]) is not None
        )  # "citing threats to national security": the reason for the act before
        and not (t[2] == "PROTEST" and CROWD_AS_AGENT.search(text, max(0, t[0] - 40), t[1]))
        and not OWNERS_AIM.search(text, max(0, t[0] - 40), t[0])
        and not (t[2] == "ASSAULT" and _ON_STRIKE.match(text, t[0]))
        and not (t[2] == "RETREAT" and still_sought(text, t[0]))  # "to broker a truce"
        and not dates_the_news(text, t[0])  # "the first leader to visit since the invasion"
        and not (
            t[2] == "ASSAULT"
            and (BROKEN_THING.match(text, t[0]) or MEASURE_SLAPPED.match(text, t[0]))
        )  # "broke the ice"; "slapped duties on Canadian steel": the duties are the act
        and not (polarity(t[2]) == "cooperation" and cooperation_stopped(text, t[0], t[1]))
        # "tightened controls on rare earth exports", "suspend a joint working group": the
        # restriction or the suspension is the act
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
                    and AGREED_TO.fullmatch(text, t[1], ordered[number + 1][0]) is not None
                )
            )
        )
        and not (
            (t[2] == "REQUEST" or WISH.fullmatch(text, t[0], t[1]))
            and (own := OWN_ACT_AFTER.match(text, t[1])) is not None
            and (t[2] == "REQUEST" or _act_read_at(own.end() - 1, ordered[number + 1 :]))
        )  # a threat whose act names no trigger ("threatened to use force") stays the threat
        and not (  # "agreeing to the deal": one agreement, read at its verb
            number
            and t[2] == ordered[number - 1][2] == "AGREE"
            and _TO_THE.fullmatch(text, ordered[number - 1][1], t[0]) is not None
        )
        and not (  # "cancelled a scheduled meeting with": the meeting refused (at its noun)
            t[2] in ("REJECT", "SANCTION")
            and number + 1 < len(ordered)
            and ordered[number + 1][2] == "CONSULT"
            and meeting_refused(text, ordered[number + 1][0]) == t[0]
        )
        and not (number and signed_truce(text, ordered[number - 1], t))
        and not (number and _rejected(text, ordered[number - 1], t))
        and not (number and _measure_aimed(text, ordered[number - 1], t))
        and not (number + 1 < len(ordered) and _gives_way(text, t, ordered[number + 1]))
        and not (number + 1 < len(ordered) and agreed_measure(text, t, ordered[number + 1]))
        and not gathered_in(text, t)
        and not (  # "jointly filed a complaint": the complaint is the act, made by each
            number + 1 < len(ordered)
            and text[t[0] : t[1]].lower() == "jointly"
            and ordered[number + 1][0] == t[1] + 1
        )
        and not (t[2] == "PROTEST" and CALLED_OFF.search(text, max(0, t[0] - 40), t[0]))
        and not (
            t[2] == "AGREE"
            and (
                DEAL_UNDONE.search(text, max(0, t[0] - 50), t[0])
                or SIGNED_DOCUMENT.search(text, max(0, t[0] - 16), t[0])
            )
        )  # "withdrew from the deal"; "a communique signed 'The Extraditables'": its author
        and not (t[2] == "REJECT" and VETO_DROPPED.search(text, max(0, t[0] - 40), t[0]))
        and not (t[2] == "RIVAL" and unnamed_rivals(text, t[0], t[1]))
        and not led_body(text, t[0], t[1])
        and not (PLOVER.get(t[2]) == "conflict" and spoken_of(text, t[0]))
        and not (t[2] == "REJECT" and FAILED_AT_TASK.match(text, t[0]) is not None)
        and not (t[2] == "REJECT" and REFUSED_TO_OPPOSE.match(text, t[0]) is not None)
        and not (t[2] == "ACCUSE" and claims_a_thing(text, t[0]))
        and NO_ACT.match(text, t[0]) is None
        and not (  # "European Commissioner for Competition Neelie Kroes": an office's word
            text[t[0]].isupper() and OFFICE_FOR_BEFORE.search(text, max(0, t[0] - 30), t[0])
        )
    ]  # "called off nationwide protests": none made; "abandoned the deal": none made now
    return read_pledges(text, [as_received(text, t) for t in kept])


def _act_read_at(offset: int, later: list[tuple[int, int, str, float]]) -> bool:
    """Whether the next trigger is the act a wish names, right at ``offset`` (its verb)."""
    return bool(later) and later[0][0] == offset


#: Stems that read a verb with its object, whose type the object decides ("broke off
#: relations", "lifted sanctions", "made a brief stop in"): the verb alone, as the CAMEO lexicon
#: types it, is not it.
_READ_WITH_OBJECT = frozenset({"SANCTION", "RETREAT", "CONSULT"})
#: (stem type, dictionary type) where the stem follows the PLOVER table and the CAMEO
#: dictionary files the verb and object otherwise: expelling diplomats (161/166, filed 174),
#: signing a cooperation agreement (057, filed as cooperation), swapping prisoners (0841),
#: a rally against something (141, filed as mobilising), overrunning a base (190, filed as
#: occupying territory, 192).
_ALONGSIDE = re.compile(r"\s+(?:alongside|together)\b", re.IGNORECASE)
_STEM_OVER_PATTERN = {
    ("AID", "COOPERATE"): re.compile(r"sel|sold", re.IGNORECASE),
    ("ACCUSE", "COERCE"): re.compile(r"su(?:e|ed|es|ing)\b", re.IGNORECASE),
    ("SUPPORT", "CONCEDE"): re.compile(r"authori", re.IGNORECASE),  # "the Security Council
    # authorised French forces to use force": an endorsement, not a concession; "expressed
    # its deep regret to Seoul": an apology (055), filed as a complaint
    ("SUPPORT", "ACCUSE"): re.compile(r"express", re.IGNORECASE),
    # "fired missiles into waters off Taiwan": a show of force, where the dictionary's "fire"
    # with an object reads a dismissal, and its "fire artillery shells" an attack
    ("MOBILIZE", "ACCUSE"): re.compile(r"fir", re.IGNORECASE),
    ("MOBILIZE", "ASSAULT"): re.compile(r"(?:test-)?fir", re.IGNORECASE),
    # "closed its main border crossings with Colombia": a closure (191), whatever the
    # dictionary files "close ... crossings" under
    ("COERCE", "SANCTION"): re.compile(r"clos|seal|shut", re.IGNORECASE),
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
    r"(?:(?!(?:and|or|but|then|while|which|that|who|to)\s)[\w'’.$-]+\s+){0,4}"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}"  # a name modifying the noun: "International Monetary Fund"
)


#: A verb of approving takes its object's type: "approved a bailout for" aids, "authorised
#: the deployment of" mobilises (CAMEO codes the act approved, not the approval).
_APPROVING = re.compile(r"(?:approv|authori[sz]|grant)\w*", re.IGNORECASE)
#: Troops as the subject of the next verb, or told to do it ("its troops shot down",
#: "ordered its troops to withdraw"): the verb says what they do.
_TROOPS = re.compile(r"troops", re.IGNORECASE)
_TROOPS_VERB = re.compile(r"\s+(?:to\s+|(?:have|has|had|were|are|was|will|would)\s+)?")


_HELPING_VERB = re.compile(r"help(?:s|ed|ing)?", re.IGNORECASE)
_ANSWERING_VERB = re.compile(r"(?:retaliat|respond|react)\w*", re.IGNORECASE)


_ANSWER_GAP = re.compile(
    r"(?:\s+(?!by\b)[\w'’-]+){0,3}?\s+by\s+|\s+with\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
)  # "retaliated hours later by| ordering"
_CALLING_VERB = re.compile(r"(?:call|order)(?:s|ed|ing)?", re.IGNORECASE)


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
    concessions to Moscow") or an acceptance accepts ("accepted Norwegian help"): what is
    refused is not done, what is accepted is yet to be, and the answer relates its actors.
    An accusation rejected was still made ("dismissed Ukrainian accusations")."""
    return (
        (
            before[2] == "REJECT"
            or (
                before[2] == "AGREE"
                and _ACCEPTING.fullmatch(text, before[0], before[1]) is not None
                and _TRUCE.match(text, trigger[0]) is None  # "accepted a ceasefire": declared
            )
        )
        and trigger[2] != "ACCUSE"
        and _OBJECT_WORDS.fullmatch(text, before[1], trigger[0]) is not None
    )


_ACCEPTING = re.compile(r"accept(?:s|ed|ing)?", re.IGNORECASE)
_TRUCE = re.compile(r"cease-?fire|truce|armistice", re.IGNORECASE)


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """The start of a stem's span (sorted ``spans``) overlapping [start, end), if any."""
    index = bisect.bisect_left(spans, (start, start)) - 1
    for first, last in spans[max(0, index) : index + 3]:
        if first < end and last > start:
            return first
    return None
