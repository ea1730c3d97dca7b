"""Who says what a sentence tells: the speaker named with a verb of saying ("X said",
"according to X"), what a speaker's verb makes of what is said, and whether a reported
clause's subject is the speaker's own ("said it had", "said that its troops")."""

from __future__ import annotations

import bisect
import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.lexicon import NAME_POSSESSIVE, words
from personae.store.ingest.scan import EndingAt, by_first_character
from personae.store.ingest.verbs import ATTRIBUTION_BEFORE
from personae.store.model import Span

#: An actor who must act: "Iran must free the sailors" (said by someone else, a demand).
MUST_AFTER = re.compile(r"(?:['’]s \w+)?\s+(?:must|should|has to|have to|needs? to)\b", re.I)
#: An actor said to answer for a harm: "Moscow was culpable for", "Russia was responsible
#: for", "Hamas is to blame for", "Iran was behind the attack", "Syria had been directly
#: involved in a plot", "Moscow had failed to cooperate", "the Indian strike was a violation
#: of".  How sure, before or after "been": "had almost certainly been behind".
_HOW_SURE = r"(?:directly|ultimately|fully|solely|clearly|almost\s+certainly|likely|personally)"
BLAMED_AFTER = re.compile(
    # "Moscow's agents were", "Russian agents were": whose people
    r"(?:['’]s \w+| (?:agents|spies|operatives|officials|officers|hackers))?"
    rf"(?:\s+(?:was|were|is|are|(?:had|has)(?:\s+{_HOW_SURE})?\s+been)\s+"
    rf"(?:{_HOW_SURE}\s+)?"
    r"(?:(?:responsible|culpable|to\s+blame)\s+for|behind|(?:implicated|complicit)\s+in"
    r"|involved\s+in(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|peace|efforts?"
    r"|mediation|process|discussions|search|rescue|relief|aid|reconstruction|election)\b))"
    # "saying Moscow had failed to cooperate with an investigation": a duty unmet
    r"|\s+(?:had|has)\s+failed\s+to\s+(?:cooperate|explain|comply|respond|provide|honou?r)"
    # "said the Indian strike was a violation of", "U.S. spying on her government was a breach"
    r"|(?:\s+[\w-]+){1,3}?(?:\s+on\s+[^.;]{1,60}?)?\s+(?:was|were|is|are)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:breach|violation)\s+of)\b",
    re.I,
)
#: How a speaker spoke, right after the verb: "confirmed for the first time", "said again".
_HOW = (
    r"\s+(?:for\s+the\s+first\s+time|publicly|again|repeatedly|formally|officially|privately"
    r"|also|separately|later|earlier)"
)
#: Where or how a speaker spoke, told after the verb: "said in a series of statements".
_MEDIUM = (
    r"\s+(?:in|on|at|to)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:statements?|interview|post|address|speech|briefing|conference|reporters|media|television"
    r"|radio|communiqu[ée])(?:\s+(?:on|late|early|last)\s+\w+day)?"
)
#: When a speaker spoke, told after the verb: "announced hours later that".
_LATER = r"\s+(?:(?:hours|days|weeks|minutes|a\s+day|a\s+week|shortly|soon)\s+)?(?:later|earlier)"
#: A speaker's verb, then the subject of what is said ("said he", "announced that Jordan",
#: "said in Luanda on Monday, adding that his").
SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|claimed|claims|stated|states|added"
    r"|insisted|insists|reported|reports|alleged|alleges|declared|declares|confirmed)\b"
    r"(?!\s+by\b)"  # "attacks claimed by the Houthis": no one speaks
    rf"(?:{_HOW})?(?:\s+in\s+(?-i:[A-Z][\w'’-]*))?(?:\s+(?:on|late|early|last)\s+\w+)?(?:\s+\w+day)?"
    rf"(?:{_MEDIUM})?"
    rf"(?:{_LATER})?(?:\s*,\s*adding)?\s*,?\s*(?:that\s+)?(\w+)?",
    re.IGNORECASE,
)
#: Speakers' verbs that make what is said an accusation when it tells of a hostile act.
ACCUSING_VERBS = frozenset(
    words("said says say claimed claims alleged alleges insisted insists charged charges")
)
#: Subjects of a reported clause that point back at the speaker.
PRONOUNS = frozenset(words("he she it they we i"))


def speaks_of_self(text: str, speaker_end: int, t_start: int) -> bool:
    """A speaker is the subject of what they say only as "he", "it", "they" ("Obama said he
    would not ..."), or where no "said" stands between them and the trigger."""
    said = SAYS.search(text, speaker_end, t_start)
    if said is None:
        return True
    subject = said.group(1)
    # "announced their withdrawal", "announced its decision to", "announced a $1 billion
    # loan": their own act, named
    return (
        subject is None
        or subject.lower() in PRONOUNS
        or subject.lower() in _POSSESSIVES
        or (
            said.group(0).lower().startswith("announc")
            and (
                subject.lower() in ("a", "an")
                or _MEASURE_ANNOUNCED.match(text, said.start(1)) is not None
            )
        )
    )


#: A measure announced, no clause: "announced retaliatory tariffs", "announced new sanctions".
_MEASURE_ANNOUNCED = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?:tariffs|duties|sanctions|measures|restrictions|bans?|curbs)\b"
)


_POSSESSIVES = frozenset(words("its their his her our"))


#: A speaker's verb just after the speaker, or after the role they speak in ("Palestinian
#: security officials said", "an AFP correspondent said") or an apposition that describes
#: them ("the Observatory, a UK-based group that tracks the war, said").
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s)?(?:(?:\s+(?!(?:who|which|that|and|or|but|also|then|it|he|she|they)\b)"
    r"[a-z][a-z-]*(?<!ed)){0,3}"
    rf"|,\s+(?:a|an|the|{NAME_POSSESSIVE})\s[^,;.()]{{1,80}},)"
    r"\s+(?:has |had |have )?(?:said|says|told|tells|stated|added|claim(?:ed|s)(?=\s+that\b|\s*[,.])"
    r"|announced|reported|reports)\b(?!(?:\s+\w+ly|\s+earlier|\s+later)?\s+by\b)"
)  # "a boycott of the Winter Olympics announced earlier by the US": no one speaks
#: ("which Caracas claims as its own" claims land, says nothing.)
#: The words a sentence with a speaker must contain (a quick test before each mention's).
_SPEAKING_WORDS = (
    "said", "says", "told", "tells", "stated", "added", "claim", "announced", "report",
    "according to",
)  # fmt: skip
#: Nested by first character: ``re`` then skips to the letters a speaking word opens with.
_SPEAKING = re.compile(by_first_character(list(_SPEAKING_WORDS)))
_ATTRIBUTION_ENDING = EndingAt(ATTRIBUTION_BEFORE)


def speaker_of(text: str, hits: list[Hit], sentence: Span, lowered: str) -> Hit | None:
    """The actor a sentence is attributed to: "according to X", "X said", "said X", "X's
    officials said", "X, a group that ..., said".  ``lowered``: the sentence, lower case.

    Only mentions near a speaker's word are tried: most mentions are near none."""
    if not any(word in lowered for word in _SPEAKING_WORDS):  # most sentences: a quick no
        return None
    spoken = [m.start() + sentence.start for m in _SPEAKING.finditer(lowered)]
    for hit in hits:
        index = bisect.bisect_left(spoken, hit.start)
        near_before = index and spoken[index - 1] >= hit.start - 50
        if near_before and _ATTRIBUTION_ENDING.found(
            text, max(sentence.start, hit.start - 50), hit.start
        ):
            return hit
        near_after = index < len(spoken) and spoken[index] - hit.end <= 120
        if near_after and _SPEAKS_AFTER.match(text, hit.end, min(sentence.end, hit.end + 120)):
            return hit
    return None


def opens_what_is_said(text: str, speaker: Hit, end: int) -> bool:
    """The speaker's verb opens what is said ("..., and the Israeli military said it had
    struck"), so what the sentence told before it is not the speaker's to tell; a closing
    speaker (", Reuters reported on Monday.") tells the whole sentence."""
    verb = _SPEAKS_AFTER.match(text, speaker.end, min(end, speaker.end + 120))
    return verb is not None and _CLOSING.match(text, verb.end(), end) is None


#: What may follow a closing speaker's verb: when, where or how, then the sentence's end or a
#: comma.
_CLOSING = re.compile(
    r"(?:\s+(?:on|late|early|last|this|in|at|after|before|during|when)\b[^,.;]*)?\s*(?:[,.;]|$)"
)


def speaker_words(text: str, speaker: Hit, floor: int) -> int:
    """Where the words that name a closing speaker start (", US Deputy Secretary of Energy
    Jeffrey Kupfer said": at the comma): an actor among them describes the speaker and is
    no party to what is said.  The speaker's own start when no such comma stands before."""
    comma = text.rfind(",", max(floor, speaker.start - 80), speaker.start)
    if comma < 0 or " and " in text[comma : speaker.start]:
        return speaker.start
    if not _SPEAKS_AFTER.match(text, speaker.end, speaker.end + 120):
        return speaker.start
    return comma


#: A verb of saying or believing just before "that": what follows is what is said, a
#: clause with a subject of its own, no relative clause.
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|say|claim(?:s|ed)?|announc(?:es|ed)|stated?|insist(?:s|ed)?"
    r"|report(?:s|ed)?|alleg(?:es|ed)|declar(?:es|ed)|confirm(?:s|ed)|den(?:y|ies|ied)"
    r"|warn(?:s|ed)|argu(?:es|ed)|believ(?:es|ed)|add(?:s|ed|ing)|saying|charg(?:es|ed)|told\s+\w+)"
    rf"(?:{_HOW})?(?:\s+(?:on|late|early|last|this)\s+\w+|\s+\w+day|{_LATER})?(?:{_MEDIUM})?\s+$",
    re.IGNORECASE,
)
_SAYING_ENDING = EndingAt(_SAYING_BEFORE)


def said_that(text: str, that: int) -> bool:
    """The "that" at ``that`` opens what someone said ("claimed that they had attacked")."""
    return _SAYING_ENDING.found(text, max(0, that - 60), that)


def said_by_self(text: str, that: int) -> bool:
    """The clause opened by the "that" at ``that`` has a pronoun for subject ("that they"),
    or the speaker's own people ("that its troops")."""
    following = text[that + 5 : that + 11].split()[:1]
    return bool(following) and (
        following[0].lower() in PRONOUNS or following[0].lower() in _POSSESSIVES
    )


#: "and said it had", "and added they would", "and he demanded": the main subject, speaking
#: of itself or acting again.
_AND_SAID_PRONOUN = re.compile(
    r"\band\s+(?:(?:said|says|added|announced|stated)\s+(?:that\s+)?)?(?:it|they|he|she)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


def and_said_pronoun(text: str, t_start: int) -> bool:
    """ "and said it had", "and he demanded" just before the trigger (_AND_SAID_PRONOUN):
    the sentence's subject acts; most have no "and" near, and need no search."""
    low = max(0, t_start - 50)
    return (
        text.find("and", low, t_start) >= 0
        and _AND_SAID_PRONOUN.search(text, low, t_start) is not None
    )


#: A speaker's verb, then the comma that opens the speaker's own participle: "said on
#: Wednesday, urging".
_SAID_COMMA = re.compile(  # "Baghdad| radio said, accusing"
    r"\s+(?:[a-z]+\s+){0,2}(?:said|says|told\s+\w+|added|announced|stated|reported)"
    r"(?:\s+(?:on|late\s+on)\s+\w+)?,\s+"
)


def speaker_participle(text: str, speaker: Hit, t_start: int) -> bool:
    """The participle at ``t_start`` comes right after the speaker's verb ("..., Manila said,
    condemning"): the speaker's own act."""
    return _SAID_COMMA.fullmatch(text, speaker.end, t_start) is not None


#: A quotation opened by the speaker's "we" or "I" right before a verb.
_QUOTED_WE = re.compile(r"['\"‘“]\s*(?:We|I)\s+(?:[a-z]+\s+){0,2}$")


def quoted_we(text: str, t_start: int) -> bool:
    """ "'We call on Rwanda to ...,' the State Department said": the speaker's own act."""
    return _QUOTED_WE.search(text, max(0, t_start - 30), t_start) is not None


#: A closing speaker named by its kind: ", the rebel group said", ", the company said".
_NOUN_SPEAKER = re.compile(
    r",\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}(?P<noun>group|militants|rebels|insurgents|company|firm"
    r"|court|union|party|agency|body|bloc|alliance)"
    r"\s+(?:has\s+)?(?:said|says|reported|announced|added|stated|claimed)\b"
)
#: The kinds of actor each such noun names again.
_NOUN_KINDS = {
    "group": ("armed_group",),
    "militants": ("armed_group",),
    "rebels": ("armed_group",),
    "insurgents": ("armed_group",),
    "company": ("company",),
    "firm": ("company",),
    "court": ("organisation",),
    "union": ("organisation",),
    "party": ("organisation",),
    "agency": ("organisation",),
    "body": ("organisation",),  # ", the world body said"
    "bloc": ("organisation",),
    "alliance": ("organisation",),
}


def speaker_named_again(
    text: str, hits: list[Hit], sentence: Span, kinds: dict[str, str]
) -> Hit | None:
    """The actor a closing speaker named by its kind is (", the rebel group said": the last
    armed group named before), as a mention spanning the noun; None if none fits. A state's
    body (", the foreign ministry said") is left unknown: the attacker's or the victim's."""
    found = _NOUN_SPEAKER.search(text, sentence.start, sentence.end)
    if found is None:
        return None
    wanted = _NOUN_KINDS[found.group("noun")]
    named = next(
        (h for h in reversed(hits) if h.end <= found.start() and kinds.get(h.actor) in wanted),
        None,
    )
    if named is None:
        return None
    return Hit(found.start() + 1, found.start("noun") + len(found.group("noun")), named.actor)
