"""Sides named in a sentence before: "Sudan's army recaptured the palace from the RSF. ...
The Security Council called on both sides to agree a ceasefire" asks Sudan and the RSF.

A sentence that names neither side but speaks of "both sides", "the warring parties" or
"both leaders" means the two parties of the last typed relation of the sentences just
before it.  It is read once with each side standing at those words, and what each reading
relates is kept: the sentence's reader relates one name at a place, never two.  A sentence
that names no other actor is left as it is ("Both sides agreed to a truce" relates the
sides to each other, which no single reading shows), and so is one that names a side itself
("the two sides" then means the parties named in it, as relations.py reads them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link
from personae.store.model import COMENTION, Span

#: Words that mean the two sides of what was told before.
SIDES = re.compile(
    r"\b(?:[Bb]oth|[Tt]he (?:two|warring)) (?:sides|parties|camps|governments|countries|nations"
    r"|leaders|neighbou?rs)\b"
)
#: How many sentences back the sides may have been named.
_REACH = 3
#: Kinds that may be a side: no place, and nothing no kind was found for.
_SIDE_KINDS = frozenset({"state", "government", "armed_group", "organisation", "person", "company"})
#: Kinds that may be a side called a country, a nation, a government or a neighbour.
_STATE_KINDS = frozenset({"state", "government"})


def _sides_named_before(
    per_link: Sequence[Sequence[Link]], number: int, kinds: dict[str, str], states: bool
) -> tuple[str, str] | None:
    """The two parties of the last typed relation between two sides in the ``_REACH``
    sentences before sentence ``number``, if any; two states or their bodies if ``states``
    ("congratulated both countries": not a state and the bloc it left)."""
    allowed = _STATE_KINDS if states else _SIDE_KINDS
    for before in range(number - 1, max(-1, number - 1 - _REACH), -1):
        for link in reversed(per_link[before]):
            if (
                link.type != COMENTION
                and link.source != link.target
                and kinds.get(link.source) in allowed
                and kinds.get(link.target) in allowed
            ):
                return link.source, link.target
    return None


def _readings_with_sides(
    words: re.Match[str], hits: list[Hit], sides: tuple[str, str]
) -> list[list[Hit]]:
    """The sentence's mentions with each side standing at the ``words`` that mean them, one
    reading a side; none if the sentence names a side or names no other actor."""
    if not hits or any(h.actor in sides for h in hits):
        return []
    return [
        sorted([*hits, Hit(words.start(), words.end(), side)], key=lambda h: h.start)
        for side in sides
    ]


def side_links(
    text: str,
    sentence: Span,
    hits: list[Hit],
    per_link: Sequence[Sequence[Link]],
    number: int,
    kinds: dict[str, str],
    read: Callable[[Span, list[Hit]], list[Link]],
) -> list[Link]:
    """The typed relations of the sides named before that sentence ``number`` states and its
    own reading (``per_link[number]``, by ``read``) did not find."""
    words = SIDES.search(text, sentence.start, sentence.end)
    if words is None:
        return []
    states = words.group(0).endswith(
        ("governments", "countries", "nations", "neighbours", "neighbors")
    )
    sides = _sides_named_before(per_link, number, kinds, states)
    if sides is None:
        return []
    found = {(link.source, link.target, link.type) for link in per_link[number]}
    added: list[Link] = []
    for hits_with_side in _readings_with_sides(words, hits, sides):
        for link in read(sentence, hits_with_side):
            key = (link.source, link.target, link.type)
            if (
                link.type != COMENTION
                and key not in found
                and {link.source, link.target} & {*sides}
            ):
                found.add(key)
                added.append(link)
    return added
