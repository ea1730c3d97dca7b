"""Judgements on another's act, told apart from any verb's object: "called Washington's
expulsion of 15 Cuban diplomats unjustified" charges Washington, "likened Israel's military
campaign to" charges Israel, "a law that has drawn sharp criticism from the EU" is the EU's
charge against whoever made the law (CAMEO 11)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from personae.store.ingest.actors import Hit
from personae.store.ingest.appositions import which_before
from personae.store.ingest.clause_subjects import verb_of_its_own
from personae.store.ingest.groups import group
from personae.store.ingest.links import Link
from personae.store.ingest.reactions import ACT_NOUNS, EXCUSE, PRAISE
from personae.store.ingest.readings import SUBJECT_GAP
from personae.store.ingest.speakers import BLAMED_AFTER
from personae.store.ingest.wrongs_said import WRONG_AFTER
from personae.store.model import Span

#: A naming verb, then an owner's act: "called| Washington's expulsion of 15 Cuban
#: diplomats unjustified", "described |Israel's campaign as".
_NAMES_OWNERS_ACT = re.compile(
    r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s)|brand(?:ed|s)|liken(?:ed|s|ing)"
    r"|compar(?:ed|es|ing))\s+"
)
_OWNERS_ACT = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{ACT_NOUNS}\b")
#: Words judging an act, within its sentence's clause: praise, or blame.
_PRAISING = re.compile(
    r"[^,;.]{0,60}?\b(?:humanit\w*|humane|generous|courageous|brave|wise|constructive|helpful"
    r"|commendable|laudable|significant|milestone|goodwill|gesture)\b",
    re.IGNORECASE,
)
_CONDEMNING = re.compile(
    r"[^,;.]{0,60}?\b(?:unjustifi\w+|illegal|illegitimate|unlawful|violation|provocat\w+"
    r"|aggress\w+|blackmail|unacceptable|hasty|irresponsible|terroris\w+|crimes?|criminal"
    r"|outrageous|absurd|baseless|hostile|interference|meddling|unfriendly|regrettable"
    r"|deplorable|shameful|reckless|dangerous|attack|piracy|genocide|racist|a\s+mistake"
    r"|hitler|nazis?|holocaust|apartheid|exterminat\w+)\b",
    re.IGNORECASE,
)
#: "and" and an adverb or a day right before a verb: its subject is the clause's before.
_AND_BEFORE = re.compile(r"\band\s+(?:\w+ly\s+|on\s+\w+day\s+)?$")


def acts_judged(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """ "Cuba's foreign minister ... called Washington's expulsion of 15 Cuban diplomats
    unjustified": a judgement on the owner's act, a charge against the owner (CAMEO 11),
    praise if the words praise ("called Seoul's plan a positive step"); an excuse ("what
    it called an accident") charges no one."""
    if "'s " not in lowered and "’s " not in lowered:  # an owner's act: most pieces name none
        return []
    if not any(word in lowered for word in ("call", "describ", "term", "brand", "liken", "compar")):
        return []
    found: list[Link] = []
    for verb in _NAMES_OWNERS_ACT.finditer(text, piece.start, piece.end):
        owner = next((h for h in actors if h.start == verb.end()), None)
        if owner is None or _OWNERS_ACT.match(text, owner.end) is None:
            continue
        judge = _judge(text, piece, actors, verb.start())
        if judge is None or judge.actor == owner.actor or EXCUSE.match(text, verb.start()):
            continue
        if PRAISE.match(text, owner.end) or _PRAISING.match(text, owner.end):
            kind = "SUPPORT"
        elif _CONDEMNING.match(text, owner.end):
            kind = "ACCUSE"
        else:
            continue  # neither praise nor blame: no judgement to tell
        summary = " ".join(text[verb.start() : owner.end].split())
        found.append(Link(judge.actor, owner.actor, kind, sentence, summary, confidence=0.5))
    return found


def _judge(text: str, piece: Span, actors: list[Hit], verb: int) -> Hit | None:
    """Who judges with the verb at ``verb``: the name right before it with a verb of its own,
    the clause's first after "and" ("Cuba ... on Tuesday denied ... and called"), or the
    name a relative clause opens after ("Erdogan, who had compared")."""
    relative = which_before(text, verb)
    if relative is not None:
        return next((h for h in reversed(actors) if h.end == relative.start()), None)
    before = [h for h in actors if h.end <= verb and _acts(text, h, verb)]
    if not before:
        return None
    return before[0] if _AND_BEFORE.search(text, piece.start, verb) else before[-1]


#: A state or a leader likened to an evil: "compared the Netherlands| to Nazi Germany".
_LIKENED = re.compile(r"\b(?:compar|liken)(?:e|es|ed|ing|s)?\s+(?:the\s+)?")
_TO_EVIL = re.compile(
    r"\s+(?:to|with)\s+(?:the\s+)?(?:Nazis?|Hitler|fascis\w+|apartheid|terrorists?)\b",
    re.IGNORECASE,
)


def likened_to_evil(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """ "Erdogan, who had compared the Netherlands to Nazi Germany": a charge against the
    one likened (CAMEO 11), as likening its act is (acts_judged)."""
    if "compar" not in lowered and "liken" not in lowered:  # most pieces: neither
        return []
    found: list[Link] = []
    for verb in _LIKENED.finditer(text, piece.start, piece.end):
        likened = next((h for h in actors if h.start == verb.end()), None)
        if likened is None or _TO_EVIL.match(text, likened.end) is None:
            continue
        judge = _judge(text, piece, actors, verb.start())
        if judge is not None and judge.actor != likened.actor:
            summary = " ".join(text[verb.start() : likened.end].split())
            found.append(
                Link(judge.actor, likened.actor, "ACCUSE", sentence, summary, confidence=0.5)
            )
    return found


#: A reaction, or a pressure, threat or demand, named by its noun and who it came from:
#: "sharp criticism from| the European Union and the United States", "drawing condemnation
#: from|", "faces pressure from| Washington".
_CRITICISM_FROM = re.compile(
    r"\b(?P<noun>criticism|condemnation|rebukes?|censure|outrage|anger|objections?|threats?"
    r"|warnings?|demands?|pressure)\s+from\s+(?:the\s+)?"
)
#: The act each noun of _CRITICISM_FROM names, when it is no charge: "faces pressure from
#: Washington" is Washington's coercion.
_ACT_OF_NOUN = {
    "pressure": "COERCE",
    "threat": "THREATEN",
    "warning": "THREATEN",
    "demand": "REQUEST",
}
#: A reaction set aside, right before its noun: "brushing aside| objections from India".
_SET_ASIDE = re.compile(
    r"\b(?:brush\w*\s+aside|dismiss\w*|overr(?:ode|iding|ides?|idden)|ignor\w*)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
#: A yielding, right before what it yields to: "bowing to weeks of| pressure from".
_BOWED_TO = re.compile(
    r"\b(?:bow\w*|yield\w*|cav(?:e|ed|es|ing)|g(?:ave|ive|ives|iving)\s+in|succumb\w*)\s+to\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
#: A critic's title between "from" and the name: "from| Prime Minister |Hun Sen".
_TITLE_GAP = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}")


def criticism_named(text: str, t_start: int) -> bool:
    """The trigger is a criticism named with its author after "from" ("drawing an angry
    rebuke from Prime Minister Hun Sen"): criticism_from tells it, the author's."""
    return _CRITICISM_FROM.match(text, t_start) is not None


def criticism_from(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """ "Georgia's parliament ... adopt a law that has triggered ... sharp criticism from the
    European Union and the United States": each critic's charge against the sentence's
    subject, whose act drew it; "brushing aside objections from India" is also the subject's
    rejection of the objector."""
    if " from " not in lowered:
        return []
    found: list[Link] = []
    for words in _CRITICISM_FROM.finditer(text, piece.start, piece.end):
        after = [h for h in actors if h.start >= words.end()]
        # "from the European Union and the United States": each one coordinated
        critics = (
            group(text, after)
            if after and _TITLE_GAP.fullmatch(text, words.end(), after[0].start)
            else []
        )
        subject = next((h for h in actors if h.end <= words.start() and _acts(text, h)), None)
        if subject is None and actors and text[piece.start : actors[0].start] in ("", "The "):
            subject = actors[0]  # "Brazilian President Lula on Sunday likened ...": it opens
        if subject is None:
            continue
        set_aside = _SET_ASIDE.search(text, max(0, words.start() - 30), words.start())
        kind = _ACT_OF_NOUN.get(words["noun"].lower().removesuffix("s"), "ACCUSE")
        if _BOWED_TO.search(text, max(0, words.start() - 40), words.start()):
            continue  # "bowed to pressure from the UN": the yielding is the act (its trigger)
        for critic in critics:
            if critic.actor != subject.actor:
                summary = " ".join(text[words.start() : critic.end].split())
                found.append(
                    Link(critic.actor, subject.actor, kind, sentence, summary, confidence=0.5)
                )
                if set_aside is not None:  # "brushing aside objections from India": the
                    found.append(  # objection, and its rejection by the subject
                        Link(
                            subject.actor,
                            critic.actor,
                            "REJECT",
                            sentence,
                            " ".join(text[set_aside.start() : critic.end].split()),
                            confidence=0.5,
                        )
                    )
    return found


#: The subject's own participle of saying, after its act: "..., saying there was sufficient
#: evidence that| Moscow was behind the killing".
_SAYING_WORDS = ("saying", "claiming", "alleging", "insisting", "arguing")
_FINDING_WORDS = ("investigation", "inquiry", "probe")
#: A finding told by the subject itself: "after concluding that| Russian agents were involved".
_FOUND_THAT = ("concluding", "finding", "establishing", "determining")
_SAYING = re.compile(
    rf",\s+(?:{'|'.join(_SAYING_WORDS)})\b"
    # "expelled an Israeli diplomat after an investigation concluded that Israel was behind"
    rf"|\bafter\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:{'|'.join(_FINDING_WORDS)})\s+"
    r"(?:concluded|found|showed|established)\b"
    rf"|\bafter\s+(?:{'|'.join(_FOUND_THAT)})\s+that\b"
)


#: What opens the said clause before its subject: "saying| that |the| ".
_SAID_OPENING = re.compile(r"\W*(?:that\s+)?(?:the\s+)?")
#: What a subject says someone did to charge them with it: "saying Washington was using
#: coercive measures against Chinese firms".
_HARMS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})


def blamed_after_saying(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    links: Iterable[Link],
) -> list[Link]:
    """ "Germany expelled two Russian diplomats, saying there was evidence that Moscow was
    behind the killing": the subject blames whoever it says is behind a harm, as a speaker
    does ("said Moscow was culpable for", links.speaker_links), or its inquiry found to be
    ("after an investigation concluded that Israel was behind the forgery").  What it says
    may tell the harm itself: "Iran condemned the strike, saying Israel had violated its
    sovereignty", "..., saying Washington was using coercive measures against Chinese firms"
    (of ``links``, those the said clause's subject did)."""
    if not any(f", {word}" in lowered for word in _SAYING_WORDS) and not any(
        word in lowered for word in (*_FINDING_WORDS, *_FOUND_THAT)
    ):  # most pieces: none
        return []
    saying = _SAYING.search(text, piece.start, piece.end)
    if saying is None:
        return []
    subject = next((h for h in actors if h.end <= saying.start() and _acts(text, h)), None)
    if subject is None:
        return []
    opened = _SAID_OPENING.match(text, saying.end())
    opening = opened.end() if opened else saying.end()
    harmed = {link.source for link in links if link.type in _HARMS}
    blamed = [
        h.actor
        for h in actors
        if h.start > saying.end()
        and h.actor != subject.actor
        and (
            BLAMED_AFTER.match(text, h.end)
            or (h.start == opening and (h.actor in harmed or WRONG_AFTER.match(text, h.end)))
        )
    ]
    return [
        Link(subject.actor, actor, "ACCUSE", sentence, "blames", confidence=0.5)
        for actor in dict.fromkeys(blamed)
    ]


def _acts(text: str, hit: Hit, verb: int | None = None) -> bool:
    """Whether the name has a verb of its own after it: directly ("Cuba called"), through
    its body ("Georgia's parliament overrode"), or, when ``verb`` is where that verb starts,
    after a day or an adverb ("Lula on Sunday likened")."""
    return (
        verb_of_its_own(text, hit.end)
        or (verb is not None and SUBJECT_GAP.fullmatch(text, hit.end, verb) is not None)
        or (text.startswith(("'s ", "’s "), hit.end) and verb_of_its_own(text, hit.end + 2))
        or (  # "The European Union, which is Cambodia's biggest export market, withdrew"
            (relative := _RELATIVE_AFTER.match(text, hit.end)) is not None
            and verb_of_its_own(text, relative.end())
        )
    )


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s+[^,;()]{1,80},")


#: A speaker's finding that a vote was unfair: "said the vote had been marred by
#: intimidation", "said the election was neither free nor fair".
_VOTE_FAULTED = re.compile(
    r"(?:\s+(?:election\s+)?(?:observers|monitors|officials|mission|delegation))?"
    r"\s+(?:said|says|found|reported|concluded)\s+(?:that\s+)?(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:vote|votes|election|elections|poll|polls|ballot|count)\s+(?:had\s+been|has\s+been|was|were"
    r"|had|is)\s+(?:\w+ly\s+)?(?:marred|tainted|flawed|rigged|fraudulent|neither\s+free"
    r"|not\s+free|unfair|fell\s+short|marked\s+by|riddled)\b",
    re.IGNORECASE,
)
#: A state's election named by its possessive: "Zimbabwe|'s presidential election".
_STATES_ELECTION = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:election|elections|vote|poll|referendum)\b"
)


def votes_faulted(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span, kinds: dict[str, str]
) -> list[Link]:
    """ "..., while European Union observers said the vote had been marred by intimidation":
    the observers' charge against the state whose election it was, named by its possessive
    in the sentence ("Zimbabwe's presidential election")."""
    if "vote" not in lowered and "election" not in lowered and "poll" not in lowered:
        return []
    found: list[Link] = []
    for speaker in actors:
        faulted = _VOTE_FAULTED.match(text, speaker.end)
        if faulted is None:
            continue
        owners = {
            h.actor
            for h in actors
            if kinds.get(h.actor) == "state" and _STATES_ELECTION.match(text, h.end)
        }
        if len(owners) == 1 and (state := owners.pop()) != speaker.actor:
            summary = " ".join(text[speaker.end : faulted.end()].split())
            found.append(Link(speaker.actor, state, "ACCUSE", sentence, summary, confidence=0.5))
    return found
