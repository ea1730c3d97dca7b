"""Active and passive around a trigger: who did an act that a "by" phrase names, or that a
passive verb leaves unnamed.

"Coercion by the United States", "was sued by X": the agent after "by" is the source and
whoever it acted on the target; "by a sophisticated BUK missile" names an instrument, no one
who acts; "rejected calls by US lawmakers" names the calls' authors, the object.  With no
agent, an object gap ("officials it accused of fraud") or an attributive subject ("U.S.
pressure") says who the act is aimed at.  roles.py finds the names around the trigger first.
"""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.affiliation import ARMED_KINDS
from personae.store.ingest.clause_subjects import attributive, heads_noun, own_subject
from personae.store.ingest.clauses import nominal, passive, reduced_passive
from personae.store.ingest.events import object_gap
from personae.store.ingest.groups import agent, group, owned
from personae.store.ingest.objects import titles
from personae.store.ingest.parties import ATTACK_AFTER

#: A name inside a "by" phrase ("by a sophisticated BUK missile"): an instrument, no victim.
#: A passive second verb of the sentence's subject: "and was |greeted".
_AND_WAS = re.compile(r"\band\s+(?:was|were)\s+(?:\w+ly\s+)?$")
INSIDE_BY = re.compile(r"\bby\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

#: A "by" phrase right after a trigger, or a few words on with no noun phrase opening
#: between, is its agent ("coercion by the United States", "released April 3 by X").
_BY_RIGHT_AFTER = re.compile(
    r"\s+(?:(?!(?:a|an|the|its|his|her|their|of)\b)[\w.,]+\s+){0,3}by\s+"
    r"(?:(?:supporters|members|activists|followers)\s+of\s+)?"  # "protests by supporters of
    r"(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?",  # his PTI party"
    re.IGNORECASE,
)
_VISIT = re.compile(r"visit\b", re.IGNORECASE)
#: A passive verb between a noun and its "by": "an embargo| was imposed on Haiti |by".
_PASSIVE_BETWEEN = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
#: "despite" before a noun of asking or objecting: its author's act on the clause's subject.
_DESPITE_BEFORE = re.compile(r"\b(?:despite|in\s+defiance\s+of|ignoring)\s+(?:[a-z-]+\s+){0,2}$")
#: A reaction's participle before its agent: "an attack condemned by| the United States".
_REACTED_BY = re.compile(
    r"\b(?:condemned|denounced|critici[sz]ed|deplored|welcomed|praised|hailed|rejected)\s+"
    r"(?:\w+ly\s+)?by\s+(?:the\s+)?$"
)
#: A participle and its "by", right before the agent it names; not one that says who did
#: the act itself ("protests led by X", "a strike called by X", "a raid conducted by X").
_PARTICIPLE_BY = re.compile(
    r"\b(?!(?:led|organi[sz]ed|staged|called|conducted|mounted|spearheaded)\s)"
    r"[a-z]+ed\s+(?:(?:earlier|later|\w+ly)\s+|(?:for|on|in|at)\s+(?:the\s+)?(?-i:[a-z]+)\s+)?by\s+"
    r"(?:the\s+)?$"
)  # "a march planned for the weekend by the Civil Human Rights Front": its planners
#: Another act's noun right before the agent: "suspend a January decision by| the CMED".
_ANOTHER_NOUNS_BY = re.compile(
    r"\b(?:decision|ruling|order|proposal|plan|statement|announcement|request|offer|decree)"
    r"\s+by\s+(?:the\s+)?$"
)
#: A noun right after an active verb, then "by": its authors ("rejected calls by X",
#: "welcomed a proposal by X").
_NOUN_BY = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?:[a-z]+(?:s|tions?|ments?|als?)|plan|deal|offer|accord)"
    r"(?:\s+(?:held|controlled|occupied|run|used|drawn\s+up|put\s+forward|proposed|offered"
    r"|made|tabled|presented|submitted))?\s+by\s+(?:the\s+)?"
)  # "bombed positions held by the KIA": their holders; "rejected a Kosovo peace plan drawn
# up by the Contact Group": its authors


def _by(text: str, hit: Hit) -> bool:
    """The name sits in a "by" phrase, as an instrument: "by a sophisticated BUK missile"."""
    return INSIDE_BY.search(text, max(0, hit.start - 30), hit.start) is not None


def voiced_roles(
    text: str,
    kind: str,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    actors: list[Hit],
    before: list[Hit],
    after: list[Hit],
    subjects: list[Hit],
    objects: list[Hit],
    settings: list[Hit] | None,
    reaction: bool,
    kinds: dict[str, str],
) -> tuple[list[Hit], list[Hit], list[Hit]] | None:
    """The subjects, the objects and the named agent (empty if none) of the trigger at
    ``trigger`` (its start and end) in ``clause`` (where it starts and ends), given the
    names ``before`` and ``after`` it and the ``subjects`` and ``objects`` found so far;
    None if a passive names no one who did it.  ``reaction``: the trigger tells a reaction
    to the main clause (``events.reacts``)."""
    t_start, t_end = trigger
    low, high = clause
    named = agent(text, after)
    if named and (
        own_subject(text, t_start)
        or (nominal(text, t_start) and _PARTICIPLE_BY.search(text, t_end, named[0].start))
    ):  # "a boycott of the Games announced by the US": the agent of the announcing
        if kind == "ASSAULT" or _REACTED_BY.search(text, t_end, named[0].start):  # "an attack
            # condemned by the US": who reacts, no target; "a roadside bomb planted by Islamic
            objects = [h for h in objects if h not in named]  # State militants": who attacks
        named = []
    is_passive = passive(text, t_start)
    if (
        not is_passive and not reaction and reduced_passive(text, t_start)
    ):  # "Russian soldiers killed in Ukraine"
        is_passive = True  # and only the name right before it, or its noun, suffered it
        subjects = [h for h in subjects if heads_noun(text[h.end : t_start])]
    active = named and not is_passive and subjects and not nominal(text, t_start)
    if active and _NOUN_BY.fullmatch(text, t_end, named[0].start):
        objects, named = named, []  # "rejected calls by US lawmakers": their authors
    elif (
        named
        and not is_passive
        and not nominal(text, t_start)
        and not _BY_RIGHT_AFTER.fullmatch(text, t_end, named[0].start)
        and (subjects or not (reaction or _PASSIVE_BETWEEN.search(text, t_end, named[0].start)))
    ):  # a "by" far after an active verb is another word's: "Israel shelled Gaza on the eve
        named = []  # of a visit by the PLO", "his government had signed a pact with China, and
        # he rejected criticism of the pact by Australia" (with no subject named, not after a
        # reaction's noun nor a passive between: "an embargo was imposed on Haiti by")
    elif named and _ANOTHER_NOUNS_BY.search(text, t_end, named[0].start) and nominal(text, t_start):
        named = []  # "The lawsuit ... asks a judge to suspend a decision by the CMED": the
        # decision's authors, not the lawsuit's
    if named:  # "by a BUK missile fired by X": the missile is no target, X the agent
        targets = group(text, [h for h in after if h.start < named[0].start and not _by(text, h)])
        if not targets and (
            is_passive or reaction
        ):  # "was sued by X"; "a visit by X", "victims killed
            targets = [h for h in subjects if not _by(text, h)]  # by X" have no named victim
            if not targets and is_passive and _AND_WAS.search(text, max(0, t_start - 24), t_start):
                targets = group(text, actors)  # "Abiy landed in Asmara on the first visit by an
                # Ethiopian leader and was greeted ... by Isaias": the sentence's subject
        if not targets and _DESPITE_BEFORE.search(text, max(0, t_start - 40), t_start):
            targets = [h for h in subjects if not _by(text, h)]  # "pushed back the boats
            # despite appeals by the UN refugee agency": the UN asked the border guards
        if not targets and kind == "CONSULT" and _VISIT.match(text, t_start):
            targets = [h for h in subjects if kinds.get(h.actor) == "person"]  # "asked China
            # ... during a visit by the Chinese foreign minister": the visitor meets the
            # leader who is the clause's subject, the host
        if (
            not targets
            and is_passive
            and kind == "ASSAULT"
            and kinds.get(named[0].actor) in ARMED_KINDS  # not "killed by the MH17 crash"
        ):  # "their patrol was ambushed by NPA rebels in the central Philippine province of
            targets = [h for h in settings or () if low < h.start < high][:1]  # Samar": where
            # the victims were
        subjects, objects = named, targets
    elif is_passive:  # "were killed (by a bomb)": the subjects suffered it; nobody named did it,
        # unless the attack that did it is named by whose it was ("in Israeli tank shelling")
        court = next(
            (
                h
                for h in after
                if h.actor.endswith(("court", "Court"))
                and _IN_A_COURT.search(text, max(0, h.start - 8), h.start)
            ),
            None,
        )
        if court is not None and kind in ("ACCUSE", "COERCE") and subjects:  # "was charged with
            return [court], subjects, named  # treason in a Kampala court": the court charged
        if kind == "MOBILIZE" and subjects and objects:  # "riot police were deployed around
            return subjects, [owned(text, actors, o) for o in objects], named  # the headquarters
            # of Zimbabwe's opposition MDC": sent at it
        attacker = next((h for h in after if ATTACK_AFTER.match(text, h.end)), None)
        if attacker is None or kind != "ASSAULT":
            return None
        victims = [h for h in subjects if not _by(text, h)] or [
            h
            for h in settings or ()
            if low < h.start < high and (h.start > attacker.end or h.end <= t_start)
        ][:1]  # no victim named: where they were ("in the east of the Gaza Strip", "a plant
        # in the Kharkiv region was destroyed by a Russian missile strike")
        subjects, objects = [attacker], victims
    elif not objects and (gapped := object_gap(text, actors, subjects, t_start, t_end)):
        subjects, objects = gapped  # "officials it accused of fraud": the officials accused
    elif not objects and subjects and kind != "CONSULT" and attributive(text, subjects, t_start):
        # An attributive subject ("U.S. and European pressure") acts on the clause's subject;
        # a visit ("condemned the Japanese premier's visit to the shrine") meets no one there.
        first = next(  # not the subject's own title ("German Chancellor Olaf Scholz")
            (h for h in before if h not in subjects and not titles(text, h, subjects)), None
        )
        objects = [first] if first else []
    elif not objects and subjects and kind == "PROTEST":
        objects = _home_state(text, subjects[0], actors, kinds)  # "South Korea's largest
        # umbrella union, the KCTU, launched a general strike": against its own state
    return subjects, objects, named


#: Where a charge is brought or a sentence passed, right before the court's name: "in a|
#: Kampala court".
_IN_A_COURT = re.compile(r"\bin (?:a|an|the) $")


def _home_state(text: str, subject: Hit, actors: list[Hit], kinds: dict[str, str]) -> list[Hit]:
    """The state whose possessive introduces a protest's subject ("South Korea's largest
    umbrella union, the KCTU"): the one it protests against, when nothing else is named."""
    home = next(
        (
            h
            for h in reversed(actors)
            if h.end <= subject.start
            and kinds.get(h.actor) == "state"
            and h.actor != subject.actor
            and _OWN_GROUP.fullmatch(text, h.end, subject.start) is not None
        ),
        None,
    )
    return [home] if home is not None else []


#: Between a state's possessive and the group of its people it introduces: "'s largest
#: umbrella union, the" (the name follows).
_OWN_GROUP = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,4}?(?:(?:union|federation|party|movement"
    r"|confederation|alliance|coalition|group|association),?\s+(?:the\s+)?)?"
)
