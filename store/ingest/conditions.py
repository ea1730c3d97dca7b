"""Acts told under a condition or asked for, and threats read from their conditions: what
would happen "unless Chile and Peru end their talks", or what "demands that" ask for, is
not done; "warned that Pyongyang would strike if South Korea attacked it", "If Pyongyang
tests again, Seoul will suspend all cooperation", "vowed that the group would pay a heavy
price" threaten whoever the condition or the price names."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.anaphora import subject_of
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.clause_subjects import AND_NAME, AND_PAST_VERB
from personae.store.ingest.events import participle_clause
from personae.store.ingest.lexicon import GROUP_NAMED_AGAIN
from personae.store.ingest.links import SUBJECT_GAP, Link, names_from, subject_before
from personae.store.ingest.scan import holds, holds_any
from personae.store.ingest.speakers import and_said_pronoun
from personae.store.model import Span

#: A threat or warning, then a condition ("warned it would strike if Chile attacked it",
#: "threatened tariffs unless Mexico acted"), within one sentence.
_THREAT = re.compile(r"\b(?:warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)?)\b", re.IGNORECASE)
_CONDITION = re.compile(
    r"\s(?:if|unless)\s+(?:the\s+)?(?:(?-i:President|Prime\s+Minister|Premier|Chancellor|King)\s+)?",
    re.IGNORECASE,
)
#: How far a condition may stand after the threat's word (characters).
_CONDITION_REACH = 160
#: A hostile measure said to come, whose condition makes it a threat: "would impose tariffs
#: if", "will use force unless".
_MEASURE_TO_COME = re.compile(
    r"\b(?:would|will)\s+(?:\w+ly\s+)?(?:impose|retaliate|strike|attack|invade|expel|sever"
    r"|cut\s+off|halt|suspend|close|freeze|boycott|block|use\s+force|send\s+troops)\b",
    re.IGNORECASE,
)
#: Any act said to come, made a threat by "unless" after it.
_ANY_TO_COME = re.compile(r"\b(?:would|will)\s+(?:\w+ly\s+)?(?!be\b|have\b)[a-z]+\b", re.IGNORECASE)
_UNLESS = re.compile(r"\sunless\s+(?:the\s+)?", re.IGNORECASE)
#: A condition's subject in the passive: "if Bazoum is not reinstated", "unless the hostages
#: are freed".
_SUFFERS = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+ed\b"
)
#: A body's officer where it serves, between the body and the verb: "the U.N.| commander in
#: Bosnia |threatened".
_POSTED_GAP = re.compile(
    r"\s+(?:commander|envoy|chief|head|representative|mediator|spokes(?:man|woman|person))"
    r"\s+(?:in|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
)
#: A condition that the act told before go on or stop: "if |the attacks did not stop",
#: "unless |the shelling ends".
_ACT_GOES_ON = re.compile(
    r"(?:the\s+|such\s+)?(?:attacks|shelling|strikes|raids|bombing|bombardment|fighting"
    r"|violence|killings|assault|offensive|incursions?)\s+(?:did\s+not|does\s+not|do\s+not"
    r"|didn't|doesn't|don't|continued?|continues|persist\w*|go(?:es)?\s+on|went\s+on|stops?"
    r"|ends?|were\s+not|are\s+not|was\s+not|is\s+not)\b",
    re.IGNORECASE,
)
#: Where a threatened force would go, before the condition: "send troops into northern Iraq".
_INTO = re.compile(r"\b(?:into|across)\s")
#: The speaker named again as the subject of what is said: "said it would", "warned they".
_SAID_IT = re.compile(
    r"\b(?:said|says|announced|warned|vowed|declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they)\s+\Z"
)
#: A body's people between its name and the verb: "ECOWAS leaders warned".
_PEOPLE_GAP = re.compile(
    r"\s+(?:leaders|officials|ministers|commanders|spokes(?:man|woman|person)|government)\s+"
    r"(?:\w+ly\s+|on\s+\w+day\s+)?"
)
#: A state's officer named by office alone, between the state and the verb: "Iran's first
#: vice president warned".
_OFFICER_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,3}(?:on\s+\w+day\s+)?")


def condition_threats(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    links: dict[tuple[str, str], Link],
    kinds: dict[str, str],
) -> list[Link]:
    """A threat aimed at whoever its condition names: the threatener threatens the
    condition's subject (CAMEO 13) when the act threatened names no one ("Kim warned that
    Pyongyang would use its weapons if South Korea attacked it"), or whoever it vows will
    pay a price.  ``lowered``: the piece lower-cased; most hold no threat's word, and need
    no search."""
    if lowered.startswith(("if ", "unless ")):
        return _opening_condition(text, piece, actors, sentence)
    if (
        " price" in lowered or " face " in lowered or " at risk" in lowered or "jeopardy" in lowered
    ) and (paid := _price_to_pay(text, piece, actors, sentence, kinds)):
        return paid
    warned = "warn" in lowered or "threat" in lowered  # no other character matches one of
    if not warned and " would " not in lowered and " will " not in lowered:  # their letters,
        return []  # case-insensitively
    threat = (_THREAT if warned else _MEASURE_TO_COME).search(text, piece.start, piece.end)
    conditions = _CONDITION
    if threat is None and " unless " in lowered:  # "Iran will resume uranium conversion
        threat, conditions = _ANY_TO_COME.search(text, piece.start, piece.end), _UNLESS
    if threat is None:  # unless the European Union presents acceptable proposals": any act
        return []  # to come unless another acts is a threat
    condition = conditions.search(
        text, threat.end(), min(piece.end, threat.end() + _CONDITION_REACH)
    )
    threatener = subject_before(
        text, actors, threat.start(), SUBJECT_GAP, _OFFICER_GAP, _PEOPLE_GAP, _POSTED_GAP
    )
    if threatener is None and (
        text.endswith(", ", 0, threat.start())
        or and_said_pronoun(text, threat.start())  # "..., and it threatened to blow up"
        or (
            text.endswith(" and ", 0, threat.start()) and text.startswith("warning", threat.start())
        )
    ):  # "..., the group said, warning that a U.S. hostage would be killed unless";
        # "demanding her release and warning of grave consequences if": the main clause's
        threatener = next((h for h in actors if h.start >= piece.start), None)  # subject
    elif threatener is None and (
        said := _SAID_IT.search(text, max(piece.start, threat.start() - 40), threat.start())
    ):  # "China said it would impose tariffs if the United States raised duties": the speaker
        threatener = subject_before(text, actors, said.start(), SUBJECT_GAP, _OFFICER_GAP)
    if condition is None or threatener is None:
        return []
    threatened = {
        link.target
        for link in links.values()
        if link.source == threatener.actor and link.type == "THREATEN"
    }
    if threatened and _INTO.search(text, threat.end(), condition.start()) is None:
        return []  # "threatened to strike Israel unless ...": the threat names its target; but
    targets = [  # "would send troops into Iraq if PKK guerrillas kept ...": where, and whom
        target.actor
        for target in names_from(text, actors, condition.end())
        if _SUFFERS.match(text, target.end) is None  # "if Bazoum is not reinstated": who
    ]  # the demand is for, not whom the threat is aimed at
    if not targets and _ACT_GOES_ON.match(text, condition.end()):  # "threatened to call in
        targets = [  # air strikes if the attacks did not stop": whoever attacked
            link.source for link in links.values() if link.type in ("ASSAULT", "COERCE")
        ]
    return [
        Link(threatener.actor, target, "THREATEN", sentence, "threatens", confidence=0.55)
        for target in dict.fromkeys(targets)
        if target != threatener.actor and target not in threatened
    ]


#: A sentence opening with its condition: "If Pyongyang conducts another test, Seoul will".
_OPENING_CONDITION = re.compile(r"(?:If|Unless)\s+[^,;]{3,120}?,\s+")
_WILL_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:will|would)\b")


def _opening_condition(text: str, piece: Span, actors: list[Hit], sentence: Span) -> list[Link]:
    """ "If Pyongyang conducts another nuclear test, Seoul will suspend all cooperation, the
    minister warned": the main clause's subject threatens the condition's (CAMEO 13)."""
    opened = _OPENING_CONDITION.match(text, piece.start, piece.end)
    if opened is None:
        return []
    subjects = names_from(text, actors, next((h.start for h in actors if h.start > piece.start), 0))
    subjects = [h for h in subjects if h.end <= opened.end()]
    threatener = next((h for h in actors if h.start == opened.end()), None)
    if not subjects or threatener is None or not _WILL_AFTER.match(text, threatener.end):
        return []
    return [
        Link(threatener.actor, h.actor, "THREATEN", sentence, "threatens", confidence=0.55)
        for h in subjects
        if h.actor != threatener.actor
    ]


#: "vowed that the group would pay a heavy price", "warned Moscow would pay the price",
#: "warned that Israel would face retribution".
_PRICE_TO_PAY = re.compile(
    r"\b(?:vow|warn|promis|pledg|threaten|said|says)\w*\s+(?:that\s+)?(?P<who>[^,;]{1,60}?)\s+"
    r"(?:would|will)\s+(?:pay\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?price|face\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:retribution|consequences|retaliation|revenge|punishment|reprisals?))\b",
    re.IGNORECASE,
)
#: A warning that another's standing is at risk: "warned that Georgia's candidate status was
#: at risk" threatens Georgia.
_AT_RISK = re.compile(
    r"\b(?:warn|threaten)\w*\s+(?:that\s+)?(?P<who>[^,;]{1,60}?)\s+(?:was|is|were|are"
    r"|would\s+be|could\s+be|will\s+be)\s+(?:at\s+risk|in\s+jeopardy)\b",
    re.IGNORECASE,
)
#: The one made to pay named by its kind: "the group", "the militants", "the country".
_NAMED_BY_KIND = {
    "armed_group": frozenset(GROUP_NAMED_AGAIN.split("|")),
    "state": frozenset(("country", "nation", "kingdom")),
}


def _price_to_pay(
    text: str, piece: Span, actors: list[Hit], sentence: Span, kinds: dict[str, str]
) -> list[Link]:
    """A vow that another will pay a price, or a warning that its standing is at risk,
    threatens it (CAMEO 13): "Netanyahu vowed that the group would pay an unprecedented
    price" threatens the group named before."""
    found = _PRICE_TO_PAY.search(text, piece.start, piece.end) or _AT_RISK.search(
        text, piece.start, piece.end
    )
    if found is None:
        return []
    vower = subject_before(text, actors, found.start(), SUBJECT_GAP) or _first_verbs_subject(
        text, actors, found.start(), sentence
    )
    if vower is None:
        return []
    who = found.start("who"), found.end("who")
    payer = next((h for h in actors if who[0] <= h.start < who[1]), None)
    if payer is None:  # "the group": the last one of its kind named before the vow
        words = text[who[0] : who[1]].lower().split()
        named = [k for k, nouns in _NAMED_BY_KIND.items() if words and words[-1] in nouns]
        payer = next(
            (h for h in reversed(actors) if h.end <= vower.start and kinds.get(h.actor) in named),
            None,
        )
    if payer is None or payer.actor == vower.actor:
        return []
    return [Link(vower.actor, payer.actor, "THREATEN", sentence, "threatens", confidence=0.55)]


def _first_verbs_subject(text: str, actors: list[Hit], verb: int, sentence: Span) -> Hit | None:
    """The subject of the sentence's first verb, for a second verb joined to it by "and"
    with no actor between ("The EU said it regretted the decision and warned that ...")."""
    if not text.endswith(" and ", 0, verb):
        return None
    opener = subject_of(text, sentence, actors)
    before = [h for h in actors if h.start < verb]
    if opener is None or not before or any(h.actor != opener for h in before):
        return None
    return before[0]


def conditional(text: str, t_start: int, breaks: Breaks) -> bool:
    """The trigger sits in a condition ("... unless Chile and Peru end their talks"): what
    would happen is no event."""
    low = max(breaks.start, t_start - 120)  # the sentence before holds no condition of this one
    opened = max(text.rfind(" if ", low, t_start), text.rfind(" unless ", low, t_start))
    once = text.rfind(" once ", low, t_start)  # "... once Kurdish fighters withdraw"
    if once > opened and _ONCE_WHEN.match(text, once + 6):
        opened = once
    until = text.rfind(" until ", low, t_start)  # "postponed talks until Moscow pulls its
    if until > opened and _UNTIL_PRESENT.match(text, until + 7):  # troops back": not yet
        opened = until
    first = (  # "If Pyongyang conducts a test, ..."
        _OPENING_IF.search(text, low, t_start) if holds_any(text, ("if ", "unless ")) else None
    )
    if first is not None and first.start() > opened:
        opened = first.start()
    if opened < 0 or breaks.between(opened + 2, t_start) or participle_clause(text, t_start):
        return False  # "... if Seoul held the drills, accusing it of": the main subject's
    and_at = text.rfind(", and ", opened, t_start)  # "unless the YPG pulled back, and accused
    return and_at < 0 or not (  # the US": its own act; "unless it stems the flow of migrants,
        AND_PAST_VERB.match(text, and_at) or AND_NAME.match(text, and_at)  # and Mexico's
    )  # foreign minister said he would fly to Washington": a clause of its own


def demanded(text: str, t_start: int, breaks: Breaks) -> bool:
    """The trigger is the act a demand named as a noun asks for ("chanting demands that the
    Polish authorities legalise the union", "amid calls that Tokyo apologise"): not done."""
    low = max(breaks.start, t_start - 70)
    if not holds(text, "that", low, t_start):
        return False  # every match holds "that": most triggers have none before them
    found = _DEMANDS_THAT.search(text, low, t_start)
    return found is not None and not breaks.between(found.end(), t_start)


_DEMANDS_THAT = re.compile(
    r"\b(?:demands|calls|insistence|appeals|requests)\s+(?:(?:by|from)\s+(?:[\w.'’-]+\s+){1,6}?)?"
    r"that\s+(?:[\w.'’-]+\s+){1,5}(?:(?:should|must|would|to)\s+)?$"
)  # "demands by Saudi Arabia and its allies that Doha| distance itself": asked, not done
_OPENING_IF = re.compile(r"(?:^|(?<=[.\n] ))(?:If|Unless)\s", re.MULTILINE)
#: "once" opening a condition, not "once again", "once a week", "once more".
#: A subject and a verb in the present after "until": a condition, not a time.
_UNTIL_PRESENT = re.compile(r"(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?[a-z]+[^s\W]s\b")
_ONCE_WHEN = re.compile(r"(?!(?:again|more|a|an|in|every|and|or|upon|before)\b)\w", re.I)


#: A warning or threat that the speaker would act, right before the act: "warned on Monday
#: that it would launch 'indiscriminate' nuclear".
_WARNED_THAT_WOULD = re.compile(
    r"\b(?:warn|threaten)(?:s|ed|ing)?\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+"
    r"(?:would|will|could|might|may)\s+(?:[\w'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
#: Acts a warning can hold out.
_WARNED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


def warned_of(text: str, kind: str, t_start: int, breaks: Breaks) -> bool:
    """The act is what its subject warned it would do ("warned that it would launch strikes
    against the United States"): a threat, as event coders code it."""
    if kind not in _WARNED_ACTS:
        return False
    found = _WARNED_THAT_WOULD.search(text, max(breaks.start, t_start - 90), t_start)
    return found is not None and not breaks.between(found.end(), t_start)
