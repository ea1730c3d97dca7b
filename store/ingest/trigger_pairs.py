"""Which pairs one trigger relates, and in which reading: through the roles around it
(roles.py), or through the pairs the trigger before it related.

Wire copy often tells a second act on the pair just named: "..., and the two leaders signed
37 agreements" (each with the other), "detained two Canadians in what Ottawa called
retaliation" (Ottawa's charge), "..., and Russia condemned the strikes" (aimed at each
striker), "..., demanding his release" (of whoever holds him).  relations.py weighs what is
found here (negation, hedges, claims) and makes the links.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from personae.store.ingest.act_frames import read_help
from personae.store.ingest.actors import Hit
from personae.store.ingest.appositions import object_relative
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.directions import SIGNING, each_on_the_other, their_forces_fought
from personae.store.ingest.events import PROMPTING, participle_clause
from personae.store.ingest.forces_moved import facing, fired_by, housed_forces
from personae.store.ingest.links import one_side, subject_before
from personae.store.ingest.reactions import (
    ANSWER_WITH,
    act_on_named,
    asked_of_other_side,
    doers_charge,
    named_what,
    names_act,
    reaction_to_act,
    reactor_after_act,
    said_of_act,
)
from personae.store.ingest.readings import (
    AND_VERB_BEFORE,
    BOTH_BEFORE,
    SUBJECT_GAP,
    aims_at_main_object,
    asked_of_both,
    charged_in_relative,
    goes_on,
    guests_of_one,
    to_both_sides,
    to_where,
    two_sides,
)
from personae.store.ingest.refusals import refused_to_asker
from personae.store.ingest.restrictions import dealings_banned_with
from personae.store.ingest.roles import roles
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.ingest.seizures import seizer_by, taken_from
from personae.store.ingest.speakers import speaker_participle
from personae.store.ingest.verbs import SYMMETRIC, TRANSFER_TYPES
from personae.store.model import polarity

#: A word every match of BOTH_BEFORE holds one of: most triggers have none just before.
_BOTH_WORDS = word_pattern("both", "two", "their")


def pairs_read(
    text: str,
    trigger: tuple[int, int, int | None],
    kind: str,
    read_as: str,
    actors: list[Hit],
    hits: list[Hit],
    settings: list[Hit],
    said_by: Hit | None,
    mediators: list[Hit],
    breaks: Breaks,
    last: tuple[list[tuple[Hit, Hit]], str, int],
    kinds: dict[str, str],
    owners: dict[str, str],
) -> tuple[tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None, str, bool]:
    """What the trigger at ``trigger`` (its start, its end, where the next verbal trigger
    starts) relates: its subjects, the (source, target) pairs and whether both roles sit
    close to it (None if it relates no pair); its type, once read (a charge named, a
    reaction to an act); and whether it is a second event on pairs already related.
    ``read_as`` is the type its roles are read as; ``last`` the pairs the last trigger that
    related any related, that trigger's type and where it ended."""
    t_start, t_end, following = trigger
    last_pairs, last_kind, last_made = last
    speaker = said_by.actor if said_by is not None else None
    inside = False  # whether the trigger relates only a side to its own officers
    both = (  # no pair related yet (most triggers): no two sides to speak of
        (guests_of_one(last_pairs, owners) or two_sides(last_pairs))
        if last_pairs
        and (
            (
                holds_one_of(text, _BOTH_WORDS, t_start - 50, t_start)
                and BOTH_BEFORE.search(text, t_start - 50, t_start)
            )
            or each_on_the_other(text, t_start, t_end)
            or their_forces_fought(text, kind, t_start)
        )
        else []
    )
    if both:  # "..., and the two leaders signed 37 agreements": each with the other
        found: tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None = (
            [s for s, _ in both],
            both,
            False,
        )
        aimed = _aimed_by_both(text, (t_start, t_end), read_as, actors, both, breaks)
        if aimed is not None:  # "..., and the two leaders demanded that Israel halt its
            doers = list({s.actor: s for s, _ in both}.values())  # offensive": at Israel
            found = (doers, [(doer, aimed) for doer in doers], False)
    elif last_pairs and (pair := object_relative(text, actors, t_start, kinds)) is not None:
        found = ([pair[0]], [pair], False)  # "withdrawing from the WHO, which President
        # Trump has accused of": Trump's charge, no reaction to the withdrawal
    elif last_pairs and (namer := named_what(text, actors, t_start)):
        # "detained two Canadians in what Ottawa called retaliation": Ottawa's charge
        found = ([namer], [(namer, s) for s, _ in last_pairs if s.actor != namer.actor], False)
        kind = read_as = "ACCUSE"
    elif last_pairs and (called := doers_charge(text, t_start, last_pairs)):
        found, kind, read_as = called, "ACCUSE", "ACCUSE"  # "for what it called"
    elif answer := reactor_after_act(text, actors, (t_start, t_end), kind, last_pairs):
        kind, found = answer  # "..., a decision the Polisario Front condemned"
        read_as = kind
    elif last_pairs and (
        (
            aims_at_main_object(text, t_end)
            and participle_clause(text, t_start)
            and not said_of_act(text, said_by, (t_start, t_end))
            and not (  # "..., the party said on Sunday, accusing the government of":
                said_by is not None  # the speaker's own charge
                and said_by.start > last_pairs[0][1].end
                and speaker_participle(text, said_by, t_start)
            )
        )
        or charged_in_relative(text, t_start)
    ):
        # "imposed sanctions on Chilean officials, accusing them of fraud": the main
        # clause's object is the accused, not a name in the charge
        found = (
            [s for s, _ in last_pairs],
            last_pairs,
            False,
        )
    elif last_pairs and (of_both := asked_of_both(text, actors, (t_start, t_end), last_pairs)):
        found = of_both  # "..., as Egypt and Qatar pressed both sides to accept a truce"
    elif kind == "CONSULT" and names_act(text, (t_start, t_end)):
        found = None  # "calling the incursion a violation": no call; a reaction, if any
    else:
        found = roles(
            text,
            actors,
            read_as,
            kinds,
            (t_start, t_end, following),
            breaks,
            said_by,
            settings,
            mediators=mediators,
            transfer=kind in TRANSFER_TYPES,
        )
        if found is not None and all(
            s.actor == t.actor or one_side(s.actor, t.actor, owners, kinds) for s, t in found[1]
        ):
            banned = dealings_banned_with(text, (t_start, t_end), actors)
            if banned is not None:  # "banned American companies from selling to China's
                found = (found[0], [(s, banned) for s in found[0]], found[2])  # ZTE": on ZTE
        if found is not None and all(
            one_side(s.actor, t.actor, owners, kinds) for s, t in found[1]
        ):
            found, inside = None, True  # "..., and Baku's defence ministry vowed to
            # retaliate": not on Azerbaijan, its own side; on whom an answer or a demand
            # is aimed at (below)
        reaction = reaction_to_act(text, actors, (t_start, t_end), kind, last_pairs)
        if (
            found
            and reaction
            and (
                {t.actor for _, t in found[1]} < _targets(reaction[1])
                or act_on_named(text, t_end)  # "condemned the raids on Libya": the raider
            )
        ):
            kind, found = reaction  # "..., and Russia condemned the strikes": each striker
    if (
        found is not None
        and kind in ("REJECT", "COOPERATE")
        and (asked := refused_to_asker(text, (t_start, t_end), found, last_pairs, hits))
    ):
        found = (found[0], asked, found[2])  # "expelled four Russian diplomats over
        # Moscow's refusal to hand over a KGB officer": Russia rejects Britain
    shared = bool(last_pairs) and (
        _shares_subject(text, t_start, read_as) or each_on_the_other(text, t_start, t_end)
    )
    if shared and found is None:  # "Kenya and Uganda met in Nairobi and agreed to
        both = (  # build a railway": a second event, both agreed; "praised Manila's
            two_sides(last_pairs)  # efforts and pledged aid": the same one-way pair
            if any((t, s) in last_pairs for s, t in last_pairs)
            else last_pairs
        )
        found = ([s for s, _ in both], both, False) if both else None
    if found is not None and (sides := to_both_sides(text, t_end, found[0], last_pairs)):
        found = (found[0], sides, found[2])  # "called on both sides to halt the fighting"
    if found is None and (
        reaction := reaction_to_act(text, actors, (t_start, t_end), kind, last_pairs)
    ):
        kind, found = reaction  # "..., and Egypt welcomed the decision": the act's author
    if found is None or all(
        kinds.get(t.actor) == "place" or t.actor == s.actor for s, t in found[1]
    ):  # no one but places and its own side ("rushed reinforcements from Kabul")
        # "..., demanding his release": of who holds him
        found = (
            asked_of_other_side(
                text,
                actors,
                (t_start, t_end),
                kind,
                last_pairs,
                said_by,
                breaks,
                lambda one, other: one_side(one, other, owners, kinds),
                kinds,
            )
            or found
        )
    if kind == "MOBILIZE" and (  # "sent troops to its Batken region as tensions rose
        found is None or all(kinds.get(t.actor) in ("place", "other") for _, t in found[1])
    ):  # with Tajikistan": the state faced, not the ground (nor a ship named)
        found = (
            facing(text, actors, t_start)
            or _reacted_to(text, actors, t_start, found, kinds)
            or found
            or _prompted_one(text, actors, t_start, t_end)
        )
    found = read_help(text, actors, (t_start, t_end), found)
    if kind == "ASSAULT" and found is not None and (firer := fired_by(text, actors, t_start)):
        pairs = [(firer, t) for _, t in found[1] if t.actor != firer.actor]  # "intercepted
        found = ([firer], pairs, found[2]) if pairs else found  # Israeli missiles fired at"
    if kind == "ASSAULT" and found is not None:  # "at Iraqi air bases housing U.S. troops"
        found = (
            found[0],
            [(s, housed_forces(text, actors, t) or t) for s, t in found[1]],
            found[2],
        )
    if (
        kind == "COERCE"
        and (owner := taken_from(text, actors, (t_start, t_end), kinds)) is not None
    ):
        takers = (  # "seized a stake in YPF from Spain's Repsol": from Repsol, not YPF
            found[0] if found is not None else [seizer_by(text, actors, t_end, owner.start)]
        )
        pairs = [(s, owner) for s in takers if s is not None and s.actor != owner.actor]
        found = (found[0] if found else [s for s, _ in pairs], pairs, False) if pairs else found
    responsible = bool(last_pairs) and _THOSE_RESPONSIBLE.match(text, t_end) is not None
    answered = (  # an answer to the last act: none without one
        _ANSWER.search(text, max(0, t_start - 60), t_end)
        if last_pairs and not responsible
        else None
    )
    if answered and answered["given"] and polarity(kind) != "conflict":
        answered = None  # "responded by sending two more battalions": sent, not yet aimed
    if last_pairs and (responsible or answered):
        found = _answer_aimed(
            text,
            actors,
            t_start,
            last_pairs,
            found,
            lambda one, other: one_side(one, other, owners, kinds),
            (SUBJECT_GAP, _VERB_CHAIN)
            if responsible
            else (SUBJECT_GAP, _ANSWER_CHAIN)
            if answered and (answered["measure"] or answered["given"])
            else (SUBJECT_GAP, _DENIED_AND),
        )
    if found is None:  # "airlifting food to flood victims in Mozambique"
        found = to_where(text, kind, actors, hits, (t_start, t_end))
    if (
        found is None
        and not inside  # "troops led by Rabuka ... detained Prime Minister Bavadra": Fiji's
        and (polarity(kind), polarity(last_kind)) != ("cooperation", "conflict")
        and goes_on(text, (last_made, t_start), kind, last_pairs, speaker, owners)
    ):  # "overran Kunduz, ... and freeing hundreds of prisoners": no release to the city
        found = ([s for s, _ in last_pairs], last_pairs, False)  # "... and imposed bans"
        shared = True  # an event of its own on the pair
    return found, kind, shared


#: An answer vowed or given with no one named after it: "vowed to respond", "fired back",
#: "responded by halting its funding", "retaliated with air strikes".
_ANSWER = re.compile(
    rf"(?:to\s+(?:respond|retaliate|hit\s+back)|to\s+(?P<measure>{ANSWER_WITH})[\w-]+"
    r"|(?P<given>(?:responded|retaliated|replied|hit\s+back|struck\s+back)\s+(?:\w+ly\s+)?"
    r"(?:by|with)\s+(?:[\w-]+\s+){0,3})[\w-]+|\bback)$",
    re.IGNORECASE,
)
#: A subject's verbs before the measure it answers with: "Hamas| vowed to retaliate with
#: suicide |bombings", "the United States| responded by |halting", "Peru|, which had few
#: envoys left, responded by |expelling".
_ANSWER_CHAIN = re.compile(
    r"(?:,\s+(?:which|who)\s[^,;:()]{1,100},)?(?:\s+[a-z]+){1,3}\s+(?:with|by)\s+(?:[\w-]+\s+){0,3}"
)


#: Those who did the act told before, named by it: "take action against| those responsible".
_THOSE_RESPONSIBLE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:against|on|to)\s+(?:those|the\s+people|the\s+ones?)\s+"
    r"(?:responsible|behind)\b|\s+(?:[a-z]+\s+){0,2}?(?:against|on)\s+the\s+(?:perpetrators"
    r"|culprits)\b",
    re.IGNORECASE,
)
#: A subject's verbs before the trigger: "the White House| threatened to |take action".
_VERB_CHAIN = re.compile(r"(?:\s+[a-z]+){1,3}\s+")
#: A verb of the answer's subject before it: "Pakistan| denied any casualties and |vowed".
_DENIED_AND = re.compile(r"\s+[a-z]+ed(?:\s+[a-z]+){1,3}\s+and\s+")


def _answer_aimed(
    text: str,
    actors: list[Hit],
    t_start: int,
    last_pairs: list[tuple[Hit, Hit]],
    found: tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None,
    same_side: Callable[[str, str], bool],
    gaps: tuple[re.Pattern[str], ...],
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """An answer that names no one after it ("Indian warplanes struck a camp inside
    Pakistan, and Islamabad vowed to respond", "..., and South Korean forces fired back"),
    or names them as "those responsible", is aimed at whoever did the act told before it,
    not at that act's object. ``gaps``: what may stand between the answer's subject and it
    ("the White House| threatened to |take action against those responsible")."""
    if found is not None and any(target.start > t_start for _, target in found[1]):
        return found  # "vowed to respond to Washington": named
    subjects = found[0] if found is not None else []
    subject = subject_before(text, actors, t_start, *gaps)
    if subject is not None and all(s.end < subject.start for s in subjects):
        subjects = [subject]  # "..., while Pakistan denied any casualties and vowed to respond"
    doers = {source.actor: source for source, _ in last_pairs}
    pairs = [
        (s, d)
        for s in subjects
        for d in doers.values()
        if d.actor != s.actor and not same_side(s.actor, d.actor)
    ]
    return (subjects, pairs, False) if pairs else found


def _reacted_to(
    text: str,
    actors: list[Hit],
    t_start: int,
    found: tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None,
    kinds: dict[str, str],
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """A show of force told as what the sentence's subject reacted to ("Argentina recalled
    its ambassador after Britain dispatched the ice patrol ship Endurance to South Georgia"):
    aimed at that subject, when it names no state of its own."""
    main = actors[0]
    if (
        found is None
        or kinds.get(main.actor) not in ("state", "government")
        or _REACTED_AFTER.search(text, main.end, t_start) is None
    ):
        return None
    subjects = [s for s in found[0] if s.actor != main.actor and s.start > main.end]
    return (subjects, [(s, main) for s in subjects], False) if subjects else None


#: The clause the sentence's subject reacted to opens: "after", "when", "following".
_REACTED_AFTER = re.compile(r"\b(?:after|when|following)\s")
#: Shots fired or launched: a show of force that may face whom it prompts.
_SHOTS = re.compile(r"(?:test-)?(?:fir|launch)", re.IGNORECASE)
#: A reaction the act prompted, told after it: ", prompting South Korea to raise".
_PROMPTING_AFTER = re.compile(PROMPTING)


def _prompted_one(
    text: str, actors: list[Hit], t_start: int, t_end: int
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """A show of force aimed at no one named but at whom it prompted to react ("North Korea
    fired dozens of artillery rounds into waters near the sea border, prompting South Korea
    to raise the alert level"): that one is faced."""
    if _SHOTS.match(text, t_start) is None:
        return None  # "scrambled a fighter jet to force an airliner to land": aimed at it
    prompting = _PROMPTING_AFTER.search(text, t_end, t_end + 120)
    subject = subject_before(text, actors, t_start, SUBJECT_GAP)
    if prompting is None or subject is None:
        return None
    faced = next((h for h in actors if h.start == prompting.end()), None)
    if faced is None or faced.actor == subject.actor:
        return None
    return [subject], [(subject, faced)], False


def _targets(found: tuple[list[Hit], list[tuple[Hit, Hit]], bool]) -> set[str]:
    return {target.actor for _, target in found[1]}


def _shares_subject(text: str, t_start: int, kind: str) -> bool:
    """An act done by each of two sides, in a verb phrase joined to the last one by "and":
    its subjects are the two just related."""
    return (kind in SYMMETRIC or SIGNING.match(text, t_start) is not None) and (
        AND_VERB_BEFORE.search(text, max(0, t_start - 20), t_start) is not None
    )


def _aimed_by_both(
    text: str,
    trigger: tuple[int, int],
    kind: str,
    actors: list[Hit],
    both: list[tuple[Hit, Hit]],
    breaks: Breaks,
) -> Hit | None:
    """A third party right after an act the two sides do, which is no act of one on the
    other ("the two leaders demanded that Israel halt", "both urged Iran to"): what they do
    together is aimed at it."""
    t_start, t_end = trigger
    if kind in SYMMETRIC or SIGNING.match(text, t_start) is not None:
        return None
    sides = {hit.actor for pair in both for hit in pair}
    return next(
        (
            h
            for h in actors
            if t_end <= h.start <= t_end + _AIMED_REACH
            and h.actor not in sides
            and not breaks.between(t_end, h.start)
        ),
        None,
    )


#: How far after the two sides' act the party it is aimed at may stand.
_AIMED_REACH = 40
