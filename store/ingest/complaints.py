"""The act a complaint is about, as an event of its own.

"Canada summoned China's ambassador to protest against the arrest of two Canadian citizens",
"China lodged a protest with Japan over the detention of a Chinese captain", "called
Washington's expulsion of 15 Cuban diplomats unjustified": event coders code the complaint
and the act complained of, done by the one complained to (or the owner or agent the words
name) to the complainant.  Only an act whose victims are the complainant's, or unnamed, is
read so: "over the arrest of opposition leaders" is the accused state's act on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link
from personae.store.model import Span

#: The kinds of a complaint: a charge, a protest, a reprisal.
_COMPLAINTS = frozenset({"ACCUSE", "PROTEST", "SANCTION"})
#: Act nouns, by the type the act is coded as.
_ACT_TYPES = {
    "COERCE": r"arrests?|detentions?|jailing|imprisonment|sentencing|seizure|boarding"
    r"|use\s+of\s+(?:water\s+cannon|force)|harassment|ramming",
    "SANCTION": r"expulsions?|expelling",
    "ASSAULT": r"killings?|shooting|shelling|bombings?|attacks?|raids?|air\s*strikes?",
    "ACCUSE": r"remarks|comments|accusations|insults",
}
#: The act complained of, after the complaint's words: "against the formal| arrest of",
#: "over remarks by", "called Washington's| expulsion of".
_COMPLAINED = re.compile(
    r"\b(?:over|against|about|called|condemned|denounced)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)['’]s\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<act>" + "|".join(f"(?P<{kind}>{words})" for kind, words in _ACT_TYPES.items()) + r")\b"
)
#: Acts whose owner named by a person's possessive is who suffered them.
_HELD = re.compile(r"arrests?|detentions?|jailing|imprisonment|sentencing")
#: The words an act complained of goes on with: its victims, its agent.
_ACT_TAIL = re.compile(r"[^,;.]{0,80}")
#: Whom the act was done to, named after it: "of |two Canadian citizens| held in China".
_VICTIMS = re.compile(
    r"\s+of\s+([^,;.]{1,60}?)(?=\s+(?:held|in|on|at|by|who|whose|near|for|from|after)\b|[,;.]|$)"
)
#: "by" and a title before the act's agent: "by |President |Javier Milei".
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}$")
_COMPLAINT_WORDS = ("over", "against", "about", "called", "condemned", "denounced")


def complained_acts(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    links: Iterable[Link],
    owners: dict[str, str],
    kinds: dict[str, str],
) -> list[Link]:
    """The act each complaint of the piece is about, done to the complainant; ``owners``:
    the state or body each actor belongs to ("Canadian citizens" are Canada's).  A person's
    possessive before an arrest or a detention names who was held, not who held them
    ("condemned Alexei Navalny's arrest"), a person known by ``kinds``."""
    links = list(links)
    complaints = [link for link in links if link.type in _COMPLAINTS and not link.negated]
    if not complaints or not any(word in lowered for word in _COMPLAINT_WORDS):
        return []
    found: list[Link] = []
    named_actors = {h.actor for h in actors}
    for match in _COMPLAINED.finditer(text, piece.start, piece.end):
        kind = next(k for k in _ACT_TYPES if match.group(k))
        tail = _ACT_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        named = [h for h in actors if match.start() < h.start < end]
        doers = [  # "Washington's expulsion", "remarks by President Javier Milei"
            h
            for h in named
            if (
                match["owner"]
                and h.start == match.start("owner")
                and not (  # "condemned Alexei Navalny's arrest": who was held, by whom
                    kinds.get(h.actor) in ("person", "other") and _HELD.match(match["act"])
                )
            )
            or _BY_BEFORE.search(text, max(0, h.start - 30), h.start)
        ][:1]
        of = _VICTIMS.match(text, match.end())  # "of two Canadian citizens| held in China"
        victims = [h for h in named if of is not None and of.start(1) <= h.start < of.end(1)]
        for complaint in complaints:
            doer = doers[0].actor if doers else complaint.target
            if not doers and owners.get(doer) in named_actors:  # "summoned China's
                doer = owners[doer]  # ambassador to protest against the arrest": China's act
            sides = {complaint.source, owners.get(complaint.source, complaint.source)}
            theirs = [owners.get(h.actor, h.actor) in sides or h.actor in sides for h in victims]
            if (
                doer == complaint.source
                or not all(theirs)  # "over the arrest of opposition leaders": its own people
                or not (doers or (theirs and kind != "ACCUSE") or match["act"].startswith("use"))
                # ("over the killings of civilians in Bucha": no one's the complainant's; "over
                # remarks attributed to a Thai actress": no one named made them)
                or any(
                    owners.get(link.source, link.source) == owners.get(doer, doer)
                    and link.type == kind
                    for link in links
                )
            ):  # ("condemned the arrests" told before: the act is told already)
                continue
            found.append(
                Link(doer, complaint.source, kind, sentence, match["act"], confidence=0.45)
            )
            break
    return found


def past_the_forum(
    text: str, link: Link, actors: list[Hit], links: Iterable[Link], owners: dict[str, str]
) -> Link:
    """A complaint lodged "with" a body over an act ("lodged a formal complaint with the U.N.
    Security Council over the attack") accuses the act's author, not the body: the one named
    "by" after "over" ("duties ... imposed by China"), else the author of the act just told
    against the complainant (or the state it serves, ``owners``)."""
    if link.type != "ACCUSE":
        return link
    forum = _WITH_FORUM_OVER.search(text, link.evidence.start, link.evidence.end)
    if forum is None or not any(
        h.actor == link.target and forum.start("forum") <= h.start < forum.end("forum")
        for h in actors
    ):
        return link
    tail = _ACT_TAIL.match(text, forum.end())
    end = tail.end() if tail else forum.end()
    by = next(
        (
            h
            for h in actors
            if forum.end() <= h.start < end
            and _BY_BEFORE.search(text, max(0, h.start - 30), h.start)
        ),
        None,
    )
    author = (
        by.actor
        if by is not None
        else next(
            (
                other.source
                for other in links
                if other.type in _ACTS_COMPLAINED_OF
                and other.target in (link.source, owners.get(link.source))
            ),
            None,
        )
    )
    return link if author in (None, link.source) else replace(link, target=author)


#: A complaint lodged with a body, then what it is over: "lodged a formal complaint with
#: the |U.N. Security Council| over" (a point only after an initial).
_WITH_FORUM_OVER = re.compile(
    r"\b(?:lodg|fil|submitt)\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:complaint|protest)\s+with\s+"
    r"(?:the\s+)?(?P<forum>(?:[^,;.]|(?<=\b[A-Z])\.){2,60}?)\s+(?:on\s+\w+day\s+)?over\b"
)
_ACTS_COMPLAINED_OF = frozenset({"ASSAULT", "COERCE", "SANCTION"})
