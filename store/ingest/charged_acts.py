"""The attack an accusation charges, where the accuser is the one who suffers it: "Armenia
accused Azerbaijan of shelling towns in its Syunik province" tells Azerbaijan's attack on
Armenia, as Armenia tells it (split from links.py)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.ingest.links import Link
from personae.store.model import Span

#: "of" and a verb's "-ing" right before a trigger: "accused Russia of sending| troops".
_OF_DOING = re.compile(
    r"\bof\s+(?!(?:plott|plann|prepar|seek|try|attempt|threaten|conspir)ing\b)[a-z]+ing\s+$"
)  # not "of plotting attacks": a plan, no act


#: Kinds of accusers who suffer the attacks they charge: states, their bodies and officers,
#: armed groups.
_ACCUSED_ON = frozenset(("state", "government", "person", "armed_group", "place"))


#: The accused's own people or side, acted on in a charge: "(declaring) war on his own".
_ON_ITS_OWN = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:\s+(?:on|against|at))?\s+(?:his|her|its|their)\s+own\b"
)


def charged_attacks(
    text: str,
    trigger: tuple[int, int, str],
    accusation: list[tuple[Hit, Hit]],
    actors: list[Hit],
    kinds: dict[str, str],
    owners: dict[str, str],
    sentence: Span,
) -> list[Link]:
    """The attack (or show or use of force) an accusation charges when no one but the
    accuser suffers it ("Armenia accused Azerbaijan of shelling towns in its Syunik
    province", "accused NATO of massing troops on Belarus's western border"): the accused's
    act on the accuser, as the accuser tells it. Event coders code such a charge as the act
    too; a charge of arming or backing a third side, or of attacking one, they do not; nor
    does a watchdog or an agency that accuses ("Human Rights Watch accused Ethiopian security
    forces of killing 400 people": the people were killed, not the watchdog)."""
    t_start, t_end, kind = trigger
    if all(kinds.get(source.actor) not in _ACCUSED_ON for source, _ in accusation):
        return []
    if not text[t_start:t_end].split()[0].endswith("ing") and not _OF_DOING.search(
        text, max(0, t_start - 30), t_start
    ):  # "of abuses in West Papua": a noun's charge may name where, not whom; "of
        return []  # sending troops into Crimea" names an act
    accusers = {source.actor for source, _ in accusation}
    parties = accusers | {target.actor for _, target in accusation}
    parties |= {owners[a] for a in accusers if a in owners}  # "Lukashenko accused NATO of
    # massing troops on Belarus's western border": his own state's
    brk = CLAUSE_BREAK.search(text, t_end, sentence.end)
    comma = text.find(",", t_end, sentence.end)  # the charge's own phrase
    end = min(brk.start() if brk else sentence.end, comma if comma >= 0 else sentence.end)
    if any(
        h.actor not in parties and kinds.get(h.actor) not in ("place", "other")
        for h in actors
        if t_end <= h.start < end
    ):
        return []
    if _ON_ITS_OWN.match(text, t_end, end):  # "of declaring war on his own people": the
        return []  # accused's own side suffers it, not the accuser
    charge = text[t_start:t_end].lower()
    return [
        Link(
            accused.actor,
            accuser.actor,
            kind,
            sentence,
            charge,
            False,
            "accused of",
            accuser.actor,
            0.45,
        )
        for accuser, accused in accusation
        if accused.actor != accuser.actor
    ]
