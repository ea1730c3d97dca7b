"""Which state a discovered name belongs to, when the text says so: a titled surname the
lexicon knows as a state's office holder ("President Bush"), a body of government named
right after a state ("the US Justice Department", "Rwanda's Senate")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from personae.store.ingest.anaphora import Mention
from personae.store.ingest.candidates import Candidate
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry
from personae.store.ingest.lexicon import words

#: What stands between a state's name and its body: a space or a possessive.
_BEFORE_BODY = frozenset({" ", "'s ", "’s "})


def state_before(
    text: str, start: int, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> str | None:
    """The state named just before ``start`` ("the US| Justice Department"), if one is;
    ``hits``: the mentions found so far (the last ones are searched)."""
    for hit in reversed(hits):
        if start - 4 <= hit.end <= start and text[hit.end : start] in _BEFORE_BODY:
            return hit.actor if kind_of(hit.actor) == "state" else None
    return None


#: Titles of a state's office holders: "President Bush" is a leader, "Mr Bush" anyone.
_STATE_TITLES = frozenset(
    words("""President Minister Premier Chancellor Secretary General Gen Admiral Adm Colonel Col
    Commander Marshal Senator Sen Governor Gov King Queen Prince Emir Sheikh Sultan Ayatollah
    Ambassador Envoy Leader Speaker President-elect""")
)


def leader_state(cand: Candidate, gaz: Gazetteer, date: str | None) -> str | None:
    """ "President Bush", "General Petraeus": the state served by the lexicon's people of that
    surname in office on the article's date, or, if none was, by all of them, when that is
    one state."""
    if len(cand.tokens) != 1 or cand.title not in _STATE_TITLES:
        return None
    terms = [term for person in gaz.people_named(cand.name) for term in person.terms]
    day = (date or "")[:10]
    serving = {
        owner for owner, start, end in terms if start and day and start <= day <= (end or day)
    }
    states = serving or {owner for owner, _, _ in terms}
    return states.pop() if len(states) == 1 else None


def former_state(person: GazetteerEntry) -> str | None:
    """The one state (or body) a person the lexicon knows served in all their terms: theirs
    when the text names them with an office ("former President X", "Prime Minister X") on
    a date past the lexicon's last term."""
    owners = {owner for owner, _, _ in person.terms}
    return owners.pop() if len(owners) == 1 else None
