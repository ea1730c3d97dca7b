"""Subjects a trigger takes from its sentence rather than from the names right before it.

A second verb phrase joined by "and" ("suspended Syria's membership, and threatened to
impose sanctions"), a pronoun standing for the sentence's subject ("and said it had
dispatched jets", ", where he met"), a participle clause (", accusing Chile"), a time adjunct
("during a visit to Lima") or an opening adjunct ("Speaking after talks with Macron, Modi
said") all act for a subject named earlier; roles.py weighs the names next to a trigger.
"""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.clause_subjects import clause_subject, past_verb, verb_of_its_own
from personae.store.ingest.clauses import DENIED_CLAIM
from personae.store.ingest.events import (
    OCCASION_USED,
    adjunct_event,
    main_subject,
    opening_adjunct,
    participle_clause,
)
from personae.store.ingest.groups import group, owned
from personae.store.ingest.speakers import and_said_pronoun, speaker_participle

#: A verb phrase opening a clause with "and" and no subject of its own, the act's verb
#: maybe after a wish or a threat: ", and threatened to impose", ", and later signed".
_AND_VERB_PHRASE = re.compile(
    r"(?:,\s+and\s+(?:(?:then|later|also|\w+ly)\s+)?"
    r"(?:[a-z]+\s+to\s+(?:[a-z]+\s+){0,4}|[a-z]+ed\s+(?:[a-z-]+\s+){0,3})?"
    r"|(?<!,)\s+and\s+(?:(?:then|later|also)\s+)?)$"
)
#: A second verb phrase that puts an occasion to use: "... and used his welcoming speech to|
#: denounce": the sentence's subject's act, as after ", and".
_AND_USED = re.compile(rf"\s+and\s+(?:then\s+|later\s+|also\s+)?{OCCASION_USED}\s+$")
#: A subordinate clause whose subject is "he" or "she": "after he |accused".
_SUBORDINATE_HE = re.compile(
    r"\b(?:after|when|because|as|before|since|until|while)\s+(?:he|she)\s+(?:had\s+|\w+ly\s+)?$"
)
#: The last words of an officer's name: "North Korea's ambassador".
_OFFICER_NAME = re.compile(r"(?:ambassador|envoy|minister|president|premier|chief|leader)$", re.I)


def _a_person(hit: Hit, kinds: dict[str, str]) -> bool:
    """The actor is a person, or an officer named by office ("North Korea's ambassador")."""
    return kinds.get(hit.actor) == "person" or _OFFICER_NAME.search(hit.actor) is not None


#: A place's relative clause with a pronoun subject: ", where he met".
_WHERE_PRONOUN = re.compile(r",\s+where\s+(?:it|they|he|she)\s+(?:\w+ly\s+)?$")


#: A verb between a subject and its object: "| visited |Baghdad".
_OBJECT_GAP = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|met|flew|went|came|made|held)\s+(?:the\s+)?")


def sentence_subjects(
    text: str,
    actors: list[Hit],
    kinds: dict[str, str],
    trigger: tuple[int, int],
    low: int,
    before: list[Hit],
    subjects: list[Hit],
    said_by: Hit | None,
    answered: int | None,
    reaction: bool,
) -> list[Hit]:
    """The subjects of the trigger at ``trigger`` (its start and end), ``subjects`` unless its
    sentence names them elsewhere: the subjects found before it in its clause (from
    ``before``, the names there), ``low`` where that clause starts, ``answered`` where what
    it answers is named (``events.answered_from``), ``reaction`` whether it tells a reaction
    to the main clause (``events.reacts``)."""
    t_start, t_end = trigger
    if (
        len(before) > 1
        and text.endswith(" for ", 0, t_start)
        and _OBJECT_GAP.fullmatch(text, before[-2].end, before[-1].start) is not None
    ):  # "visited Baghdad on Thursday for talks with al-Sudani": the visitor's talks, not
        return before[:1]  # Baghdad's
    if actors[0].end <= t_start and (
        and_said_pronoun(text, t_start)
        or _WHERE_PRONOUN.search(text, max(0, t_start - 30), t_start) is not None
    ):
        # "condemned the Chinese drills and said it had dispatched jets", "flew to Accra,
        # where he met": "it", "he" is the subject of the clause it goes on, not the last
        # name before ("..., and Israel struck bridges and said it held the government
        # responsible": Israel)
        speaking = next(
            (h for h in reversed(actors) if h.end <= t_start and clause_subject(text, h)),
            actors[0],
        )
        subjects = group(text, [h for h in actors if h.start >= speaking.start])
    if (
        actors[0].end <= t_start
        and _SUBORDINATE_HE.search(text, max(0, t_start - 30), t_start) is not None
    ):  # "expelled North Korea's ambassador after he accused": the one person named before
        person = [h for h in actors if h.end <= t_start and _a_person(h, kinds)][-1:]
        if person:
            return person
    reach = max(0, t_start - 80)  # most triggers have no "and" this near: no search
    near_and = text.find("and", reach, t_start) >= 0
    and_phrase = _AND_VERB_PHRASE.search(text, reach, t_start) if near_and else None
    used = None if and_phrase or not near_and else _AND_USED.search(text, reach, t_start)
    and_phrase = and_phrase or used
    if (
        and_phrase
        and answered is None
        and (text[and_phrase.start()] == "," or used or past_verb(text, t_start, t_end))
        and actors[0].end <= and_phrase.start()
        and all(h.end <= and_phrase.start() for h in before)
    ):
        # "suspended Syria's membership, and threatened to impose sanctions": a second verb
        # phrase of the sentence's subject (the one who said so, too: "the UN said ..., and
        # called on the RUF"; "recalled its envoy and demanded that")
        doer = None
        if (
            text[and_phrase.start()] != "," and not used
        ):  # the last verb's own subject: "four days after
            # Iraqi forces invaded and occupied Kuwait"
            doer = next((h for h in reversed(before) if verb_of_its_own(text, h.end)), None)
            if doer is not None and DENIED_CLAIM.search(text, actors[0].end, doer.start):
                doer = None  # "denied reports that Cuban advisers were training guerrillas
                # and accused South Africa": the denier accuses
            elif doer is None:  # "..., and Portugal, the territory's former ruler, condemned
                doer = next(  # the shooting and asked the UN": the last clause's subject
                    # ("but Pompeo said the strikes came from Yemen and blamed Iran": Pompeo)
                    (
                        h
                        for h in reversed(actors)
                        if h.end <= t_start
                        and (clause_subject(text, h) or verb_of_its_own(text, h.end))
                    ),
                    None,
                )
        first = owned(text, actors, actors[0])  # "West Africa's regional bloc ECOWAS ...,
        subjects = (  # and called on": the bloc
            group(text, [h for h in actors if h.start <= doer.start][::-1])
            if doer is not None
            else group(text, [h for h in actors if h.start >= first.start])
        )
    own_clause = participle_clause(text, t_start)
    if own_clause and said_by is not None and speaker_participle(text, said_by, t_start):
        subjects = [said_by]  # "..., Manila said, condemning what it called": the speaker's
    elif (answered is None and (subjects or own_clause or reaction)) and (
        own_clause or reaction or adjunct_event(text, t_start)
    ):
        # "expelled Chilean diplomats, accusing Chile": the main clause's subject accuses;
        # "praised Peru during a visit to Lima": the main clause's subject visits
        main = main_subject(text, actors, t_start, kinds)
        main = owned(text, actors, main) if main else None  # "Zimbabwe's opposition MDC"
        subjects = group(text, [h for h in actors if h.start >= main.start]) if main else []
    elif not subjects and (opening := opening_adjunct(text, low, t_start, t_end)):
        # "Speaking after talks with Macron in Paris, Modi said": the main clause's subject
        subjects = group(text, [h for h in actors if h.start > opening])
    return subjects
