"""Answers to the act a sentence has just told: a reaction named after it ("..., and Egypt
welcomed the decision") or in an apposition ("..., a move Kigali denounced"), a demand or a
threat that names no one, fire returned, a show of force facing the state it borders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from personae.store.ingest.actors import Hit
from personae.store.ingest.appositions import described_before
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.clause_subjects import verb_of_its_own
from personae.store.ingest.events import prompted_by
from personae.store.ingest.groups import group
from personae.store.ingest.links import Link
from personae.store.ingest.readings import SUBJECT_GAP
from personae.store.ingest.speakers import speaker_participle
from personae.store.ingest.verbs import ACCORD_NOUN
from personae.store.model import Span

#: "in what X called", "what X described as": a name's word on the main clause's act.
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$", re.IGNORECASE)
_NAMING_VERB = re.compile(
    r"(?:call(?:s|ed|ing)?|describ\w+|term\w+|brand\w+|denounc\w+|label\w+)\b"
)
#: A naming that excuses rather than charges: "for what it called an accident", "in what
#: Moscow described as a mistake", "what it termed self-defence".
EXCUSE = re.compile(
    r"(?:call(?:ed|ing)|describ\w+|term\w+|label\w+)\s+(?:as\s+)?(?:an?\s+|the\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:accident|mistake|error|misunderstanding|oversight|self-defen[cs]e"
    r"|tragedy|incident)s?\b"
)


def _charging_name(text: str, t_start: int) -> bool:
    """Whether a naming verb starts at t_start and its words charge someone: not an excuse."""
    return _NAMING_VERB.match(text, t_start) is not None and EXCUSE.match(text, t_start) is None


def named_what(text: str, actors: list[Hit], t_start: int) -> Hit | None:
    """The name that calls the main clause's act something in "in what Ottawa called
    retaliation" (its accusation against the main clause's subject); None if none does."""
    if not _charging_name(text, t_start):
        return None
    namer = next((h for h in reversed(actors) if h.end <= t_start), None)
    if namer is None or not text[namer.end : t_start].isspace():
        return None
    found = _WHAT_BEFORE.search(text, max(0, namer.start - 12), namer.start)
    return namer if found is not None else None


#: "for what it called", "over what they described as": the doer's own word on why.
_WHAT_THE_DOER_CALLED = re.compile(
    r"\b(?:for|over|in\s+protest\s+(?:at|over|against))\s+what\s+(?:it|they|he|she)\s+$"
)  # "recalled its ambassador ... in protest at what it called blatant interference"


def doers_charge(
    text: str, t_start: int, last_pairs: list[tuple[Hit, Hit]]
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """ "Iran expelled two British diplomats for what it called activities incompatible with
    their status": the expeller's charge against those it acted on (CAMEO 11)."""
    if (
        not _charging_name(text, t_start)
        or _WHAT_THE_DOER_CALLED.search(text, max(0, t_start - 40), t_start) is None
    ):
        return None
    return [s for s, _ in last_pairs], last_pairs, False


#: "what it called Thai aggression", "what they described as Chinese provocations": the
#: subject's charge against the one named in its words.
_WHAT_IT_CALLED = re.compile(
    r"\bwhat\s+(?:it|they|he|she)\s+(?:(?:has|have|had)\s+)?(?:called|described\s+as|termed"
    r"|branded|denounced\s+as)\s+(?:an?\s+)?(?:[a-z-]+\s+)?"
)


def charges_in_words(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """ "..., and Cambodia asked the Security Council to halt what it called Thai
    aggression": Cambodia accuses Thailand (CAMEO 11), the one named in what it calls the
    act; "it" is the last subject named with a verb of its own before."""
    if "what " not in lowered:
        return []
    found: list[Link] = []
    for words in _WHAT_IT_CALLED.finditer(text, piece.start, piece.end):
        named = next((h for h in actors if h.start == words.end()), None)
        speaker = next(
            (
                h
                for h in reversed(actors)
                if h.end <= words.start() and verb_of_its_own(text, h.end)
            ),
            None,
        )
        if named is not None and speaker is not None and named.actor != speaker.actor:
            summary = " ".join(text[words.start() : named.end].split())
            found.append(
                Link(speaker.actor, named.actor, "ACCUSE", sentence, summary, confidence=0.5)
            )
    return found


#: The act just told, named again by its noun before the one who reacts to it: ", a
#: decision the Polisario Front condemned", ", a rare rebuke that the government in
#: Naypyitaw denounced", ", a charge Kigali has repeatedly denied", ", which the
#: Democratic Unionist Party denounced".
ACT_NOUNS = (
    r"(?:move|step|decision|action|measure|policy|vote|operation|rebuke|ruling|deal|plan"
    r"|resolution|announcement|attack|raid|strikes?|offensive|expulsions?|sentence|verdict"
    r"|charge|claim|accusation|ban|order|demand|appeal|request|proposal|offer|ultimatum"
    r"|deployment|incursion|visit|campaign|crackdown|invasion|occupation|bombing|shelling"
    r"|bombardment|blockade|treatment|snub|conditions?|terms|coup|putsch|takeover|annexation"
    r"|seizure|arrests?|detentions?|killings?|execution|assassination|massacre|test|launch"
    r"|remarks|comments|statement|allegations|assault|meeting|summit)"
)
_ACT_BEFORE_REACTOR = re.compile(
    rf"(?:,\s+(?:(?:(?:a|an|the|in\s+a)\s+)?(?:[a-z-]+\s+){{0,2}}?{ACT_NOUNS}\s+"
    r"(?:(?:that|which)\s+)?|which\s+)|\s+in\s+what\s+)"  # "on Friday in what Taipei called"
    r"(?:(?:the|its|a|an)\s+(?:(?:[a-z-]+\s+){0,3}?"
    r"(?:in|of|group|party|movement|bloc)\s+)?"  # "the main opposition group Al Wefaq";
    # "opposition parties ARENA"
    r"|(?:[a-z-]+\s+){0,2}?(?:groups?|part(?:y|ies)|movements?|unions?|leaders?)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|leader|president|premier|chief|ruler|of|government|official"
    r"|spokes(?:man|woman))\s+){0,6}$"  # "a move Israeli
    # Foreign Minister Israel Katz denounced", "a demand Libyan leader Muammar Gaddafi rejected"
)
_REACTOR_GAP = re.compile(  # "a ruling the party's| exiled deputy leader |called"; "a move
    r"(?:,\s+(?:the|a|an|its|his|her)\s+[^,;.()]{1,60},)?"  # the Ennahda party|, the largest
    r"(?:\s+[a-z]+){0,3}?(?:\s+on\s+\w+day)?"  # "Antonio Guterres| on Wednesday |condemned"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:so\s+far|since|already|\w+ly)\s+)?"
)  # bloc in the assembly, |denounced as a coup"
#: The act just told, named again by its noun before a reaction told in the passive: ", a
#: move swiftly denounced by| the Polisario Front", ", a decision that was condemned by|",
#: ", in an assault that was swiftly condemned by| Turkey".
_ACT_BEFORE_PASSIVE = re.compile(
    rf",\s+(?:in\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{ACT_NOUNS}\s+(?:(?:that|which)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?$"
)
_BY_REACTOR = re.compile(  # "denounced as political revenge by his Anti-Corruption Foundation"
    r"\s+(?:as\s+[^,;.]{1,40}?\s+)?by\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
)


def _reactor_before(
    text: str, actors: list[Hit], t_start: int
) -> tuple[Hit | None, re.Match[str] | None]:
    """The name just before a reaction's verb, and the act named before it, if it is named
    so (", a decision the Polisario Front| condemned")."""
    before = [h for h in actors if h.end <= t_start][-2:]
    if not before:
        return None, None
    # "a move the Ennahda party, the largest bloc in the assembly, denounced": the party
    reactor = next(
        (h for h in reversed(before) if _REACTOR_GAP.fullmatch(text, h.end, t_start)), None
    )
    if reactor is None:
        return before[-1], None
    return reactor, _ACT_BEFORE_REACTOR.search(text, max(0, reactor.start - 90), reactor.start)


def reacts_to_act(text: str, actors: list[Hit], t_start: int) -> bool:
    """Whether the verb at ``t_start`` is a reaction to the act just told, named before its
    subject: "..., in a resolution that Colombo rejected": a clause of its own, even inside
    what was asked ("called on Sri Lanka to investigate ...")."""
    return _reactor_before(text, actors, t_start)[1] is not None


def reactor_after_act(
    text: str,
    actors: list[Hit],
    trigger: tuple[int, int],
    kind: str,
    last_pairs: list[tuple[Hit, Hit]],
) -> tuple[str, tuple[list[Hit], list[tuple[Hit, Hit]], bool]] | None:
    """The type and the pairs of a reaction in an apposition naming the act just told
    ("..., a decision the Polisario Front condemned as a violation"): aimed at that act's
    author, or at the main clause's subject when the act related no one else ("French
    troops crossed into Rwanda, an operation the RPF denounced")."""
    t_start, t_end = trigger
    if kind == "CONSULT" and _NAMING_VERB.match(text, t_start):
        kind = "SUPPORT" if PRAISE.match(text, t_end) else "ACCUSE"
    if kind == "THREATEN" and _WOULD_AFTER.match(text, t_end):  # ", a move Guterres warned
        kind = "ACCUSE"  # would have devastating consequences": a charge, no threat
    if kind not in _REACTING - {"CONSULT"}:
        return None
    reactor, act = _reactor_before(text, actors, t_start)
    named: list[Hit] = []
    if act is None and (passive := _ACT_BEFORE_PASSIVE.search(text, max(0, t_start - 60), t_start)):
        by = _BY_REACTOR.match(text, t_end)  # "..., a move swiftly denounced by X"
        reactor = next((h for h in actors if by is not None and h.start == by.end()), None)
        act = passive if reactor is not None else None
        if reactor is not None:  # "..., a coup swiftly condemned by Australia and New Zealand"
            named = group(text, [h for h in actors if h.start >= reactor.start])
    if act is None or reactor is None:
        return None
    main = [h for h in actors[:1] if h.end <= act.start()]
    blamed = next(  # "..., a move X called an attempt by the Kremlin to": the Kremlin's
        (h for h in actors if h.start > t_end and _BY_THE_BLAMED.fullmatch(text, t_end, h.start)),
        None,
    )
    if kind == "ACCUSE" and blamed is not None:
        return _aimed(kind, reactor, [blamed], named)
    return _aimed(kind, reactor, [s for s, _ in last_pairs], named) or _aimed(
        kind, reactor, main, named
    )


#: What a warning about an act says it will do: "warned| would leave millions without food".
_WOULD_AFTER = re.compile(r"\s+(?:would|could|will|might)\s")
#: The words of a charge up to who it blames: "called| an attempt by |the Kremlin".
_BY_THE_BLAMED = re.compile(r"\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?by\s+(?:the\s+)?")


#: A reaction's object that is the act just told, named by its noun: "welcomed the
#: decision", "denounced the move", "called the move an act of blackmail".
#: A feeling's preposition after its word, a quote closed between: '"disappointed" by'.
_FELT_AT = re.compile(r"[\"”’']?\s+(?:by|with|at|over)(?=\s)")
#: A speaker telling its own feeling: ' said it was "extremely |disappointed'.
_SAID_IT_FELT = re.compile(
    r"\s+(?:said|says)\s+(?:it|they|he|she)\s+(?:was|were|is|are)\s+[\"“‘']?(?:\w+ly\s+)?"
)
ACT_NAMED = re.compile(
    r"\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:decision|move|step|measures?"
    r"|announcement|truce|ceasefire|attacks?|strikes?|raids?|ban|arrests?|detentions?"
    r"|exercises|drills|expulsions?|seizure|closure|sanctions|tariffs|offensive|invasion|vote"
    r"|ruling|killings?|purchase|expulsions?|incursion|operation|crackdown|plan|proposals?"
    r"|offer|demands?|request|ultimatum|initiative|blast|tests?|launch|landing|hangings?"
    r"|executions?|coup|takeover|annexation|accord|agreement|deal|pact|treaty|act|shooting"
    r"|downing|bombings?|shelling|assassination|massacre|kidnapping|abduction|hijacking"
    r"|occupation|intervention|charges|allegations|accusations|claims|remarks|penalt(?:y|ies)"
    r"|fines?|sentences?|verdicts?|embargo|blockade|restrictions|curbs|veto|resolutions?"
    r"|deployment|intrusion|presence"
    r"|use\s+of\s+(?:[\w-]+\s+)?force)\b"
    r"|\s+it(?=\s+(?:a|an)\s)",
    re.IGNORECASE,
)
#: A verb of reaction and its article right before an act's noun: "denounced the| accord".
_REACTING_ON = re.compile(
    r"\b(?:denounc|condemn|critici[sz]|reject|welcom|prais|hail|slamm?|endors|oppos|back)\w*"
    r"(?=\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$)",
    re.IGNORECASE,
)
#: After an act's noun, the parties it names: "the agreement between Chad and Sudan".
_PARTIES_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:between|with|among|by)\b")


def reacted_to(text: str, trigger: tuple[int, int]) -> bool:
    """The trigger is the noun of an act or an accord just told, the object of a reaction
    ("Syria denounced the accord as a betrayal", "condemned the raids on Libya"): no act of
    its own, unless it names its parties ("welcomed the agreement between Chad and Sudan")."""
    t_start, t_end = trigger
    reacting = _REACTING_ON.search(text, max(0, t_start - 40), t_start)
    if reacting is None or _PARTIES_AFTER.match(text, t_end) is not None:
        return False
    named = ACT_NAMED.match(text, reacting.end())
    return ACCORD_NOUN.match(text, t_start) is not None or (
        named is not None and named.end() == t_end
    )


#: Two clauses of one sentence joined: the reaction's to the act of the first.
_CLAUSES_JOINED = re.compile(r",\s+(?:and|but|while)\s")
#: A leader's government between the leader and the verb: "Nkurunziza's government rejected".
_ITS_GOVERNMENT = re.compile(r"['’]s\s+(?:government|administration|cabinet)\s+(?:\w+ly\s+)?")
#: Types a reaction to an act is told by ("called" a phone call until it names the act).
_REACTING = frozenset({"SUPPORT", "ACCUSE", "REJECT", "PROTEST", "CONSULT"})
#: What makes naming an act praise: "called the decision a positive step", "called the deal
#: the largest foreign direct investment in the country's history".
PRAISE = re.compile(
    r"[^,;.]{0,40}?\b(?:positive|historic|welcome|important|good|step\s+forward|breakthrough"
    r"|victory|win|milestone|landmark|(?:the\s+)?(?:largest|biggest|greatest)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:investment|deal|agreement|project|contribution|donation|package))\b",
    re.IGNORECASE,
)


def names_act(text: str, trigger: tuple[int, int]) -> bool:
    """ "called the move a provocation", "calling the incursion a violation": the act just
    told is named, no call is made."""
    return (
        _NAMING_VERB.match(text, trigger[0]) is not None
        and ACT_NAMED.match(text, trigger[1]) is not None
    )


def said_of_act(text: str, said_by: Hit | None, trigger: tuple[int, int]) -> bool:
    """The speaker's participle names the act just told ("..., Taipei's defence ministry said
    on Monday, calling it a threat"): the speaker's reaction, not the main subject's word."""
    return (
        said_by is not None
        and speaker_participle(text, said_by, trigger[0])
        and ACT_NAMED.match(text, trigger[1]) is not None
    )


def reaction_to_act(
    text: str,
    actors: list[Hit],
    trigger: tuple[int, int],
    kind: str,
    last_pairs: list[tuple[Hit, Hit]],
) -> tuple[str, tuple[list[Hit], list[tuple[Hit, Hit]], bool]] | None:
    """The type and the pairs of a reaction to the act just told, when its object names that
    act by its noun ("..., and Egypt welcomed the decision"; "Macron called the move
    regrettable"; "urged Burundi to accept a force, but Nkurunziza's government rejected the
    plan"; "..., the Holy See said, calling the decision incomprehensible"): the reactor,
    right before its verb, with the act's author(s); else None."""
    t_start, t_end = trigger
    if kind not in _REACTING:
        return None
    felt = _FELT_AT.match(text, t_end)  # "was 'extremely disappointed' by| the decision"
    named = ACT_NAMED.match(text, felt.end() if felt else t_end)
    if named is None:
        return None
    if kind == "CONSULT":
        if not names_act(text, trigger):
            return None  # "called the decision" is no phone call; "met" is no reaction
        kind = "SUPPORT" if PRAISE.match(text, named.end()) else "ACCUSE"
    reactor = next((h for h in reversed(actors) if h.end <= t_start), None)
    if reactor is None:
        return None
    said = speaker_participle(text, reactor, t_start)  # "the Holy See said, calling"
    if not (
        said
        or SUBJECT_GAP.fullmatch(text, reactor.end, t_start)
        or (felt and _SAID_IT_FELT.fullmatch(text, reactor.end, t_start))
        or _ITS_GOVERNMENT.fullmatch(text, reactor.end, t_start)
        or described_before(text, reactor, t_start)  # "Mexico, the country's neighbour,"
        or prompted_by(text, actors, t_start) is not None  # ", prompting French President
    ):  # Francois Hollande to call the penalty unfair"
        return None
    if last_pairs:
        return _aimed(kind, reactor, [s for s, _ in last_pairs])
    if said or _CLAUSES_JOINED.search(text, actors[0].end, reactor.start):  # "Chinese
        # warships sailed through ..., Tokyo said, calling it"; "France carried out a
        # nuclear test ..., and New Zealand condemned the blast": the main clause's subject,
        return _aimed(kind, reactor, actors[:1])  # when its act related no one
    return None


def act_on_named(text: str, t_end: int) -> bool:
    """The reaction's object names the act and who it was done to ("condemned the raids on
    Libya"): the one named after is the act's victim, the reaction aimed at its author."""
    named = ACT_NAMED.match(text, t_end)
    return named is not None and _ON_VICTIM.match(text, named.end()) is not None


_ON_VICTIM = re.compile(
    r"\s+(?:on|against)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]"
)  # not "condemned the attack on Sunday"


def _aimed(
    kind: str, reactor: Hit, authors: list[Hit], more: list[Hit] | None = None
) -> tuple[str, tuple[list[Hit], list[tuple[Hit, Hit]], bool]] | None:
    """A reaction of ``kind`` aimed at each author of the act but the reactor itself, by the
    reactor and the ``more`` named with it ("condemned by Australia and New Zealand")."""
    reactors = more or [reactor]
    pairs = [(r, a) for r in reactors for a in authors if a.actor != r.actor]
    if not pairs:
        return None
    return kind, (reactors, list({(r.actor, a.actor): (r, a) for r, a in pairs}.values()), False)


#: An answer and the measure it is given with, up to the measure's noun: "retaliate with
#: suicide |bombings", "respond with |duties" (retyping, trigger_pairs).
ANSWER_WITH = r"(?:respond|retaliate|hit\s+back|reply)\s+(?:in\s+kind\s+)?with\s+(?:[\w-]+\s+){0,3}"
#: An answer ("returned fire") or one vowed ("threatened to retaliate"), and the verbs
#: between it and its subject.
_ANSWER_VERB = re.compile(
    r"(?:retaliat|respond|aveng|counter-?measures|return(?:s|ed|ing)? fire"
    r"|(?:strike|struck|hit|fight|fought)\s+back)",
    re.I,
)
_ANSWER_MEANS = re.compile(r"\s+(?:by|with)\b")
#: An act told as the answer to the one before, naming no cause: ", and Seoul dispatched a
#: naval unit to the Strait in response" (not "in response to the attack on X").
IN_ANSWER = re.compile(
    r"\bin\s+(?:response|retaliation|reprisal|protest)\b(?!\s+(?:to|for|at|against)\b)"
)
#: Acts such an answer can be: shows of force, sanctions, force, protests.
_ANSWERED_IN_KIND = frozenset({"MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "PROTEST"})
#: Between an answer's subject and its verb: up to five words, after a relative clause too
#: ("Moscow, which denies any involvement, said it would| retaliate", "said it would have to|
#: take countermeasures").
_OWN_VERBS = re.compile(r"(?:,\s+(?:which|who)\s+[^,;]{1,60},)?(?:\s+[a-z]+){0,5}\s+")
#: A refusal told as the cause of the act before: "suspended Honduras after the country's
#: government refused to", "froze aid when the junta refused to".
_REFUSED_AFTER = re.compile(r"\b(?:after|when|because)\s+[^,;]{0,40}$")
#: The government of the one just acted on, refusing: "after its de facto government",
#: "after the interim government installed by last week's coup", "after the de facto
#: government of Roberto Micheletti".
_GOVERNMENT_REFUSED = re.compile(
    r"\b(?:after|when|because)\s+(?:its|the\s+country['’]s|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:government|junta|regime|authorities|leaders)(?:\s+(?:of|installed|led)\b[^,;]{0,50}?)?"
    r"\s+$"
)
#: How a demand naming no one is joined to what was just told: by its teller ("...,
#: Japan's government said on Monday, demanding"), as a participle (", demanding"), a verb
#: phrase joined by "and" ("and demanded"), or a relative clause (", which called for").
_SAID_THEN = re.compile(r"\b(?:said|says)(?:\s+on\s+\w+)?,\s+$")
_JOINED_DEMAND = re.compile(r"(?:,\s+|\band\s+)$")
_WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+$")
#: A clause of its own opening before its subject's name and title: ", and U.S. Secretary of
#: State |Antony Blinken".
_AND_OPENS = re.compile(r",\s+and\s+(?:[\w.'’-]+\s+){0,6}$")


#: Whom an appeal asks, by a word that names no one acted on before: "all parties to the
#: fighting", "the warring factions", "the international community".
_UNNAMED_ADDRESSEES = re.compile(
    r"\s+(?:(?:on|upon)\s+)?(?:(?:all\s+(?:the\s+)?|the\s+(?:warring|rival|feuding)\s+)"
    r"(?:parties|sides|factions)|(?:all|other)\s+(?:countries|nations|states)"
    r"|the\s+international\s+community)\b"
)


def asked_of_other_side(
    text: str,
    actors: list[Hit],
    trigger: tuple[int, int],
    kind: str,
    last_pairs: list[tuple[Hit, Hit]],
    said_by: Hit | None,
    breaks: Breaks,
    same_side: Callable[[str, str], bool],
    kinds: dict[str, str],
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """A demand or a threat that names no one is made of the other side of the act just
    told: "detained a Japanese national, Japan's government said, demanding his early
    release" asks China; "banned the transit of Russian goods, and Moscow threatened to
    retaliate" threatens Lithuania; "shelled the island, and Seoul returned fire" attacks
    North Korea; "accused Armenian forces of shelling Ganja, and Baku's defence ministry
    vowed to retaliate" threatens the accused; "suspended Honduras after the country's
    government refused to reinstate Zelaya" is Honduras's rejection of the suspender; "seized
    a South Korean-flagged tanker, and Seoul dispatched a naval unit to the Strait of Hormuz
    in response" faces the seizer (a place is no one answered), as do reinforcements sent by
    the side acted on.
    ``same_side``: whether two actors are one side (an officer and its state)."""
    t_start, t_end = trigger
    if not last_pairs:
        return None
    clause_end = breaks.clause(t_start, t_end)[1]
    answer = (
        kind in ("ASSAULT", "THREATEN")
        and _ANSWER_VERB.search(text, t_start, t_end + 6) is not None  # "strike| back"
        and _ANSWER_MEANS.match(text, t_end) is None  # "retaliated by cancelling": that act
    )
    in_kind = kind in _ANSWERED_IN_KIND and IN_ANSWER.search(text, t_end, clause_end) is not None
    before = text[max(0, t_start - 40) : t_start]
    # "seized four towns in Chiapas, and the army flew in reinforcements": forces sent by the
    # side just acted on, naming no one, face the side that acted
    reinforcing = kind == "MOBILIZE" and ", and " in before
    in_kind = in_kind or reinforcing
    governed = (  # "after its de facto government ignored": the one acted on refuses
        kind == "REJECT"
        and _GOVERNMENT_REFUSED.search(text, max(0, t_start - 90), t_start) is not None
    )
    refusal = governed or (kind == "REJECT" and _REFUSED_AFTER.search(before) is not None)
    if kind not in ("REQUEST", "THREATEN") and not answer and not refusal and not in_kind:
        return None
    named = [
        h
        for h in actors
        if t_end <= h.start < clause_end and not (in_kind and kinds.get(h.actor) == "place")
    ]
    if named and not refusal and not in_kind:
        return None  # it names whom it asks, or a name its demand is about
    if _UNNAMED_ADDRESSEES.match(text, t_end):
        return None  # "... and urged all parties to the fighting in Croatia": others asked
    if said_by is not None and _SAID_THEN.search(before):
        asker: Hit | None = said_by
    elif _WHICH_BEFORE.search(before):
        asker = next((h for h in reversed(actors) if h.end <= t_start), None)
    elif _JOINED_DEMAND.search(before):
        asker = last_pairs[0][0]
    elif answer or refusal or in_kind:  # "..., and Moscow threatened to retaliate",
        # "suspended Honduras after the country's interim government refused to": its own
        # subject, right before
        asker = next((h for h in reversed(actors) if h.end <= t_start), None)
        if asker is None or not _OWN_VERBS.fullmatch(text, asker.end, t_start):
            if not governed:
                return None
            asker = last_pairs[0][1]  # the one acted on, whose government refuses
    else:  # ", and U.S. Secretary of State Antony Blinken demanded his release": the clause's
        asker = next((h for h in reversed(actors) if h.end <= t_start), None)  # own subject
        if (
            asker is None
            or not _OWN_VERBS.fullmatch(text, asker.end, t_start)
            or _AND_OPENS.search(text, max(0, asker.start - 60), asker.start) is None
        ):
            return None
    if asker is None or any(
        h.actor != asker.actor and not same_side(h.actor, asker.actor) for h in named
    ):
        return None  # "refused to extradite him to Peru": the refusal names whom it spurns;
        # an answer names no one but its own ("rushed reinforcements from Kabul")
    mine = {asker.actor, *(h.actor for h in actors if same_side(h.actor, asker.actor))}
    if reinforcing and not any(t.actor in mine for _, t in last_pairs):
        return None  # a show of force by a side not acted on: no answer
    acted_on = [t for s, t in last_pairs if s.actor in mine]
    others = acted_on or [s for s, _ in last_pairs]  # else those who acted
    kept = list({h.actor: h for h in others if h.actor not in mine}.values())
    return ([asker], [(asker, h) for h in kept], False) if kept else None
