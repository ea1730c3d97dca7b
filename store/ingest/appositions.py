"""Appositions: what stands between commas beside a name and only says who it is ("the
Soviet Union, Baghdad's main arms supplier, announced"), or ends just before a verb; and
the relative clause a non-restrictive "which" opens."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.cameo import acted_form
from personae.store.ingest.lexicon import NAME_POSSESSIVE
from personae.store.ingest.scan import holds_any

#: An apposition ending just before a verb: ", a UK-based group that tracks the war, said";
#: or a relative clause: "the association, which spearheaded the protests, rejected".
APPOSITION_BEFORE = re.compile(
    rf",\s+(?:a|an|the|{NAME_POSSESSIVE}|(?P<means>using|citing|armed\s+with"
    r"|relying\s+on|acting\s+on|with\s+the\s+help\s+of|(?:backed|supported|aided|assisted"
    r"|helped)\s+by|which|who))\s[^,;:()]{1,100},\s+(?:\w+ly\s+)?$"
)  # "Nigerian troops, using intelligence shared by the United States, stormed": the troops
#: A non-restrictive relative clause opening just before a verb ("Iran, which has supplied").
WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+\s+){0,3}$")


#: A trigger inside an apposition that describes an actor, the sentence's verb after it:
#: "the Soviet Union, Baghdad's main arms supplier, announced": who it is, no act told.
_DESCRIPTION_OPEN = re.compile(rf",\s+(?:(?:a|an|the)|{NAME_POSSESSIVE})\s+(?:[\w-]+\s+){{0,4}}$")
_DESCRIPTION_CLOSE = re.compile(
    r"(?:\s+[\w-]+){0,3},\s+(?:\w+ly\s+)?(?:said|says|told|announced|[a-z]+ed)\b"
)


def describes_actor(text: str, t_start: int, t_end: int) -> bool:
    """The trigger is a word of an apposition describing the actor before it (see
    _DESCRIPTION_OPEN), or of what a naming verb calls it ("hailed Chavez as a champion of
    Latin America's poor"): most triggers have no comma just before them, and need no
    search."""
    return (
        text.find(",", max(0, t_start - 60), t_start) >= 0
        and _DESCRIPTION_CLOSE.match(text, t_end) is not None
        and _DESCRIPTION_OPEN.search(text, max(0, t_start - 60), t_start) is not None
    ) or (
        text.find(" as ", max(0, t_start - 30), t_start) >= 0
        and _HAILED_AS.search(text, max(0, t_start - 120), t_start) is not None
    )


#: A naming verb, a name as its object, and "as a": what follows names the one named
#: ("hailed President Hugo Chavez on Sunday as a champion of", "branded Iran as the main
#: sponsor of"); an act so named is another matter ("described the strike as a warning to").
_HAILED_AS = re.compile(
    r"\b(?:hail|prais|describ|brand|label|denounc|condemn|depict|portray|call|dismiss|"
    r"regard|view|acclaim|laud)\w*\s+(?-i:[A-Z])[^,;.]{0,60}?\s+as\s+(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)


_OWNER_IN_APPOSITION = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,4}[a-z-]+,")


def describes_with(text: str, hit: Hit, actors: list[Hit]) -> bool:
    """The name owns the words of an apposition describing the actor named just before it:
    "the Soviet Union, Baghdad's main arms supplier," (not "Moreover, Russia's use of")."""
    return (
        text.endswith(", ", 0, hit.start)
        and _OWNER_IN_APPOSITION.match(text, hit.end) is not None
        and any(h.end == hit.start - 2 for h in actors)
    )


def apposition_before(text: str, t_start: int) -> re.Match[str] | None:
    """The apposition ending just before a verb, if one does (a comma there, first), or
    before its auxiliary ("Moshood Abiola, the businessman ..., was| arrested")."""
    tail = text[max(0, t_start - 3) : t_start]
    if not (tail.endswith((", ", ",\n")) or tail.endswith("ly ")):
        auxiliary = _AUXILIARY_BEFORE.search(text, max(0, t_start - 20), t_start)
        if auxiliary is None:
            return None
        t_start = auxiliary.start() + 2
    return APPOSITION_BEFORE.search(text, max(0, t_start - 120), t_start)


#: A passive's auxiliary right after an apposition's comma: ", was| arrested".
_AUXILIARY_BEFORE = re.compile(r",\s(?:was|were|has\s+been|had\s+been|have\s+been)\s+$")


def described_before(text: str, hit: Hit, t_start: int) -> bool:
    """The name is the subject of the verb at ``t_start``, an apposition describing it
    between ("Mexico, the country's northern neighbour, condemned")."""
    apposition = apposition_before(text, t_start)
    return apposition is not None and apposition.start() == hit.end


def which_before(text: str, t_start: int) -> re.Match[str] | None:
    """ ", which" or ", who" opening the clause of a verb, a few words before it."""
    if text.find(", wh", max(0, t_start - 60), t_start) < 0:
        return None
    return WHICH_BEFORE.search(text, max(0, t_start - 60), t_start)


#: A relative clause with a subject of its own, right before its verb: the name before it is
#: the verb's object ("Rwanda, which it accuses of", "Iran, which Riyadh accuses of").
_OBJECT_RELATIVE = re.compile(
    r",\s+(?:which|whom)\s+(?:(?P<person>he|she)|it|they|(?P<named>\S.{0,40}?))"
    r"\s+(?:[a-z]+ly\s+|has\s+|had\s+|have\s+)?$"
)


#: Capitalised words before a name in a relative clause: its holder's titles.
_TITLE_WORDS = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3})?")


def object_relative(
    text: str, actors: list[Hit], t_start: int, kinds: dict[str, str]
) -> tuple[Hit, Hit] | None:
    """(subject, object) of a verb in a relative clause with a subject of its own: "broke off
    relations with Rwanda, which it accuses of backing the rebels" is Kinshasa's charge
    against Rwanda, and "Iran, which Riyadh accuses of arming the rebels" Riyadh's.  A pronoun
    stands for the nearest name before the object that it may stand for ("he": a person's;
    "it", "they": a state's or a body's)."""
    found = _OBJECT_RELATIVE.search(text, max(0, t_start - 60), t_start)
    if found is None:
        return None
    before = [h for h in actors if h.end <= found.start()]
    if not before or before[-1].end != found.start():
        return None
    antecedent = before[-1]
    if found["named"] is not None:  # "which Riyadh accuses", "which the kingdom accuses"
        named = [h for h in actors if found.start("named") <= h.start and h.end <= found.end()]
        if len(named) != 1 or not _TITLE_WORDS.fullmatch(
            text, found.start("named"), named[0].start
        ):
            return None  # "which President Donald Trump has accused": Trump's charge
        subject: Hit | None = named[0]
    else:
        person = found["person"] is not None
        subject = next(
            (
                h
                for h in reversed(before[:-1])
                if h.actor != antecedent.actor
                and (kinds.get(h.actor) == "person") == person
                and not text.startswith("-", h.end)  # "U.S.-based cleric X": no one acting
            ),
            None,
        )
    if subject is None or subject.actor == antecedent.actor:
        return None
    return subject, antecedent


#: A non-restrictive relative clause ending just before a verb: "Indonesia, which chairs
#: ASEAN, urged", "Microsoft, founded by Bill Gates, sued"; the verb's subject is the name
#: before it.
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:which\s|who\s|whose\s|(?:[a-z]+ed|run|built|held|set\s+up)\s+(?:in\s+\d{4}\s+)?by\s)"
    r"[^;:()]{1,100}?,\s+(?:(?:also|then|later|\w+ly|on\s+\w+day)\s+)?"
    r"(?:(?:would|will|could|can|may|might|must|should|has|have|had)\s+(?:\w+ly\s+)?)?$"
)  # "The deal, which must be approved by regulators in Britain, China and the US, would give"


def relative_clause_before(text: str, t_start: int) -> int | None:
    """Where a relative clause describing the verb's subject opens (its comma), if one ends
    just before the verb at ``t_start``."""
    low = max(0, t_start - 110)
    if text.find(", wh", low, t_start) < 0 and text.find(" by ", low, t_start) < 0:
        return None
    found = _RELATIVE_BEFORE.search(text, low, t_start)
    return found.start() if found else None


#: A comma and a lower-case word: where a relative clause may end and its main verb follow.
_COMMA_WORD = re.compile(r",\s+(?:\w+ly\s+)?([a-z]+)\b")


def relative_clause_end(text: str, t_end: int) -> int | None:
    """Where the relative clause holding a verb ends, when the main clause's verb follows it
    ("Norway, which brokered the truce, accused Sri Lanka": the truce's clause ends at the
    comma); None when no such verb follows within the sentence's reach."""
    for found in _COMMA_WORD.finditer(text, t_end, min(len(text), t_end + 100)):
        if acted_form(found[1]):
            return found.start()
    return None


#: Whom an unnamed subject is against, right before a name: "Rebels opposed to| President
#: Assad", "tribesmen opposed to the| government's reforms", "gunmen hostile to| X".
_OPPOSED_BEFORE = re.compile(r"\b(?:opposed|hostile)\s+to\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$")


def opposed_by_subject(text: str, hit: Hit) -> bool:
    """The name is whom a subject before it opposes ("Rebels opposed to President Assad
    shelled army posts"): never who acts."""
    return (
        holds_any(text, ("opposed", "hostile"))  # one is in every match: most articles hold neither
        and _OPPOSED_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
    )
