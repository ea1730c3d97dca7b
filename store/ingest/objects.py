"""The objects a trigger takes among the names it can reach: not a venue or one of its own
subjects, the neighbour across a border a show of force faces, the group or state an object
named by its kind refers to, the firms named rather than their state, and nothing inside a
phrase telling what the act answers. Split from roles.py, which finds who acts.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.affiliation import GROUP_KINDS, TITLE_WORDS_GAP
from personae.store.ingest.events import before_answer
from personae.store.ingest.groups import MEMBERS_OF_BEFORE, group
from personae.store.ingest.links import named_as_asker
from personae.store.ingest.partners import partner
from personae.store.ingest.places import water
from personae.store.ingest.scan import EndingAt, holds
from personae.store.ingest.sides import (
    bordering,
    fought_over,
    group_held,
    leads_body,
    referred_object,
    topic_of_deal,
    venue_of,
    visited,
    whole_of_part,
)
from personae.store.ingest.verbs import (
    CAPTIVES_HANDED_OVER,
    DESCRIPTIONS,
    HANDING_OVER,
    OCCUPYING,
    PLACE_OBJECT_TYPES,
    PREPOSITION_BEFORE,
    RECIPIENT_BEFORE,
)

#: A description between a state and the firms it qualifies: "US defence firms".
_DESCRIBED_AS = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{DESCRIPTIONS}\s+")


def objects_of(
    text: str,
    kind: str,
    bounds: tuple[int, int],
    reachable: list[Hit],
    actors: list[Hit],
    kinds: dict[str, str],
    subjects: list[Hit],
) -> list[Hit]:
    """The objects of a trigger of type ``kind`` ending at ``bounds[0]`` in a clause ending at
    ``bounds[1]``, among ``reachable`` (the names after it it may take), given its
    ``subjects``; ``actors``: the sentence's names, for an object named by its kind."""
    t_end, high = bounds
    objects = group(text, before_answer(text, kind, t_end, high, reachable, kinds))
    if len(subjects) > 1:  # "Cuba and the US restored relations ... the Cuban flag": each
        objects = [  # other; "signed an agreement in Jeddah": where, not with whom
            o
            for o in objects
            if o.actor not in {s.actor for s in subjects} and not venue_of(text, o)
        ]
    neighbour = (
        next((h for h in reachable if bordering(text, h)), None) if kind == "MOBILIZE" else None
    )
    if neighbour is not None:  # "deployed troops to its border with China in the Ladakh
        objects = [neighbour]  # region": China
    if kind == "ASSAULT" and (held := group_held(text, t_end, actors, kinds, subjects)):
        objects = [held]  # "striking suspected guerrilla positions in southern Lebanon"
    if (
        not objects
        and subjects
        and (referred := referred_object(text, t_end, actors, kinds, subjects))
    ):
        objects = [referred]  # "battling the gunmen": the armed group named before
    if kind == "REQUEST" and (
        holder := next((h for h in actors if _HOLDER_ASKED.fullmatch(text, t_end, h.start)), None)
    ):  # the captives' own side named before ("the release of Taliban prisoners") is not asked
        objects = [holder]
    if not objects and kind == "THREATEN":  # "threatened economic sanctions against Damascus"
        objects = [h for h in actors if _THREAT_AGAINST.fullmatch(text, t_end, h.start)][:1]
    if kind == "ACCUSE" and (
        author := next((h for h in actors if _ACT_BY.fullmatch(text, t_end, h.start)), None)
    ):  # "condemned the killing of two Israeli soldiers by Hezbollah": Hezbollah is charged
        objects = group(text, [h for h in actors if h.start >= author.start])
    if objects and kinds.get(objects[-1].actor) == "person":
        body = next((h for h in reachable if h.start > objects[-1].end), None)
        if (
            body is not None
            and kinds.get(body.actor) in GROUP_KINDS
            and _MEMBER_OF.fullmatch(text, objects[-1].end, body.start) is not None
        ):  # "dissolved Aung San Suu Kyi's National League for Democracy": the party
            objects = group(text, [body])
    if kind in ("ASSAULT", "COERCE") and objects and kinds.get(objects[-1].actor) == "place":
        holder = next((h for h in actors if h.start > objects[-1].end), None)
        if holder is not None and (
            _HELD_BY.fullmatch(text, objects[-1].end, holder.start)
            or (kind == "COERCE" and _TAKEN_FROM_GAP.fullmatch(text, objects[-1].end, holder.start))
        ):  # "shelled Misrata, held by fighters of the rebel National Transitional Council",
            objects = [holder]  # "recaptured Kismayo from al Shabaab": whoever holds it
    if kind in ("ASSAULT", "COERCE") and objects:  # "stormed two Cairo camps of Muslim
        owner = next((h for h in actors if h.start > objects[-1].end), None)  # Brotherhood
        if owner is not None and _SITES_OF.fullmatch(text, objects[-1].end, owner.start):
            objects = [owner]  # supporters": whose camps, not the city's
    if objects and kinds.get(objects[0].actor) == "state":
        # "US defence firms Lockheed Martin and Raytheon": the firms named, not their state
        firm = next((h for h in reachable if h.start > objects[0].end), None)
        if firm is not None and _DESCRIBED_AS.fullmatch(text, objects[0].end, firm.start):
            objects = group(text, [h for h in reachable if h.start >= firm.start])
    return objects


#: A release demanded of whoever holds the captives: "demanded the release of Taliban
#: prisoners held by the Afghan government" asks the government.
_HOLDER_ASKED = re.compile(
    r"\s+(?:for\s+)?(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:release|freeing|return)\s+of\s+"
    r"[^.;]{0,80}?\b(?:held|detained|jailed|imprisoned|captured|kidnapped|abducted|taken|seized"
    r"|deported)\s+"
    r"(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?"
)
#: What a threat names, then whom it is against: " economic sanctions against".
_THREAT_AGAINST = re.compile(r"\s+(?:[a-z-]+\s+){1,3}(?:against|on)\s+(?:the\s+)?")
#: A charge against an act named as a noun, then its author: "condemned the killing of
#: two soldiers by", "deploring the destruction of a South Korean airliner by a".
_ACT_BY = re.compile(
    r"\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:killings?|murders?|destruction|bombings?"
    r"|shelling|attacks?|arrests?|detention|executions?|shootings?|abductions?|kidnappings?"
    r"|occupation|invasion|expulsions?|seizures?|annexation|downing|massacres?|assassination)"
    r"\s+of\s+[^.;]{0,80}?\bby\s+(?:the\s+|a\s+|an\s+)?"
)
#: A place's name before a noun of sites, then "of" and their owner: "Cairo| camps of|".
_SITES_OF = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:camps?|homes?|houses?|offices?|headquarters|positions|bases?"
    r"|strongholds?|hideouts?|compounds?)\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
)
#: Between a place and who holds it: ", held by fighters of the rebel".
_HELD_BY = re.compile(
    r",?\s+(?:held|controlled|occupied|seized)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:of\s+)?(?:the\s+)?(?:rebel\s+|militant\s+)?"
)
#: Between a place taken and whom it was taken from: " on Friday from the rebel".
_TAKEN_FROM_GAP = re.compile(
    r"(?:\s+[\w'’,-]+){0,4}?\s+from\s+(?:the\s+)?(?:rebel\s+|militant\s+|jihadist\s+)?"
)
#: Between a person and the party or group they lead: "Aung San Suu Kyi's".
_MEMBER_OF = re.compile(r"['’]s\s+")


def with_recipient(
    text: str, transfer: bool, t_start: int, objects: list[Hit], after: list[Hit]
) -> list[Hit]:
    """The objects with the one a transfer goes to, named after "to" ("deploy troops to
    Ukraine", "promised to deliver a system to Ukraine"); a person handed over gives way to
    the state that gets them ("extradited Guzman to the United States")."""
    handed = HANDING_OVER.match(text, t_start) is not None
    if not objects or not (transfer or handed):
        return objects
    last = objects[-1].end
    recipient = [
        h
        for h in after
        if h.start > last and RECIPIENT_BEFORE.search(text, max(0, h.start - 8), h.start)
    ][:1]
    return recipient if handed and recipient else objects + recipient


def titles(text: str, hit: Hit, subjects: list[Hit]) -> bool:
    """The name is a subject's title or owner, right before it: "German Chancellor| Olaf
    Scholz", "Iran's| Revolutionary Guards"."""
    return any(
        TITLE_WORDS_GAP.fullmatch(text, hit.end, s.start) is not None
        for s in subjects
        if 0 < s.start - hit.end <= 40
    )  # "Hezbollah leader| Hassan Nasrallah" too


#: Who hosted or brokered the occasion, after a noun: "a ceremony hosted by U.S. President
#: Donald Trump" names no object of the signing.
_HOST_OF_NOUN = re.compile(
    r"\b(?:hosted|brokered|mediated|attended|organi[sz]ed|witnessed|chaired|overseen)\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


def hosted_by(text: str, hit: Hit) -> bool:
    """The name hosted or brokered the occasion (see above): no object of the act."""
    return _HOST_OF_NOUN.search(text, max(0, hit.start - 45), hit.start) is not None


#: PREPOSITION_BEFORE read in lower case: asked of every name before every trigger.
_PREPOSITION_ENDING = EndingAt(PREPOSITION_BEFORE)
#: A place forces entered, not a subject: "entered northern Syria to fight Kurdish militants".
_ENTERED_BEFORE = re.compile(
    r"\b(?:enter(?:s|ed|ing)?|crossed|invaded)\s+(?:(?:north|south|east|west|central)\w*\s+)?$"
)


#: Rulers named by their seat: "the government in Bogota", "the junta in Niamey".
_RULERS_IN = re.compile(r"\b(?:government|regime|junta|authorities|leadership)\s+in\s+$")


def subject_heads(text: str, before: list[Hit]) -> list[Hit]:
    """The names before a trigger that may head its subject: not one a preposition or a
    verb of entering governs ("in Syria", "entered northern Syria")."""
    return [
        h
        for h in before
        if (
            not _PREPOSITION_ENDING.found(text, max(0, h.start - 16), h.start)
            or MEMBERS_OF_BEFORE.search(text, max(0, h.start - 80), h.start) is not None
            or _RULERS_IN.search(text, max(0, h.start - 24), h.start) is not None
        )  # "X and leaders of the Y signed": Y's people sign for it; "the government in
        # Bogota suspended": its seat names the state
        and not _ENTERED_BEFORE.search(text, max(0, h.start - 30), h.start)
    ]


#: Someone handed over, and to whom: "handed X over to", "refused on Friday to hand X over
#: to", "extradited X to".
_HANDED_TO = re.compile(
    r"(?:(?:refus|declin|reject)\w*(?:\s+on\s+\w+day)?\s+to\s+)?"
    r"(?:(?:hand|extradit|deport)\w*|turn\w*(?=\s+(?:[\w'’.-]+\s+){1,5}?over\b))"
    r"\s+(?:over\s+)?(?:[\w'’.-]+\s+){1,5}?(?:over\s+)?to\s+",
    re.IGNORECASE,
)


def handed_to(text: str, t_start: int, after: list[Hit]) -> list[Hit]:
    """Of the names after a handing over (or a refusal of one), those it is done to: "handed
    Osama bin Laden over to the United States" is done to the United States, who asked, not
    to the one handed."""
    handed = _HANDED_TO.match(text, t_start)
    if handed is None or CAPTIVES_HANDED_OVER.match(text, t_start) is not None:
        return after  # captives handed over are released to their own side
    return [h for h in after if h.start >= handed.end()] or after


#: Ground taken from someone, to their name after "from": "seized the Red Sea island of
#: Greater Hanish from| Yemen", "recaptured the town of Sinjar from| Islamic State".
_TAKEN_FROM = re.compile(
    r"(?:seiz|captur|recaptur|wrest|retak|retook|took|tak)\w*\s+(?:[\w'’,.-]+\s+){1,8}?"
    r"from\s+(?:the\s+)?",
    re.IGNORECASE,
)


#: What is taken from someone: ground, or a thing no kind tells ("Konkola Copper Mines").
_THINGS_TAKEN = frozenset({"place", "other"})


def taken_from(text: str, t_start: int, after: list[Hit], kinds: dict[str, str]) -> list[Hit]:
    """Of the names after a seizure, the one the ground or the thing was taken from, if named
    after "from": the seizure is done to it, not to the island, the town or the mine taken
    ("seized Konkola Copper Mines from Vedanta Resources"; but "seized an
    Israeli soldier in a raid from Gaza" is done to the soldier's state)."""
    taken = _TAKEN_FROM.match(text, t_start)
    if taken is None or any(
        kinds.get(h.actor) not in _THINGS_TAKEN for h in after if h.start < taken.end()
    ):
        return after
    return [h for h in after if h.start == taken.end()] or after


#: "with" or "against" before a place: a party, its government ("ties with Kigali",
#: "a treaty with Washington", "sanctions against Moscow"), not where.
_PARTY_BEFORE = re.compile(r"\b(?:with|against)\s+$")
#: Where aid is sent, dropped or flown: "to Gaza", "over northern Gaza".
_AID_TO_PLACE = re.compile(
    r"\b(?:to|into|over)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
)
#: Letting someone in, and where to: "allowed U.N. peacekeepers into East Timor".
_ADMITTING = re.compile(r"(?:let|allow|admit|permit)\w*\b", re.IGNORECASE)
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$")


#: A second verb phrase of the subject's, of saying: "... and said", ", and warned".
_AND_SAID = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:said|says|added|warned|vowed|announced"
    r"|pledged|promised|told)\b"
    # "released 135 political prisoners and flew them to Guatemala": a second verb with the
    # first one's object, no part of it
    r"|\s+and\s+(?:then\s+|later\s+)?(?:[a-z]+ed|flew|sent|took|drove|brought)\s+(?:them|him|her)\b"
)
#: A state owning the place of a meeting, right after the act's words: "summit| on
#: Singapore's |Sentosa island", "talks| at Egypt's |Red Sea resort".
_VENUE_OWNER = re.compile(
    r"(?:\s+[a-z-]+){0,3}\s+(?:in|on|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s"
)
#: A force called in, before whose it is: "call in |NATO air strikes".
_CALLED_IN = re.compile(r"\bcall(?:s|ed|ing)?\s+in\s+(?:the\s+)?$")
#: An object that names no actor, then ", and" and the next clause's subject: "killing| nine
#: people, and the |U.N. commander".
_NEW_CLAUSE_BEFORE = re.compile(r"\s+[^,;:()]*?[a-z]\w*,\s+and\s+(?:the\s+)?")
#: A common noun and "and" right before a name: "sanctions and |Japan".
_NOUN_AND = re.compile(r"(?<![\w-])[a-z][\w-]*\s+and\s+$")
#: An infinitive right after a name: "and Japan| to freeze".
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?-i:[a-z]+)\b(?<!\bthe)")
#: What an act is over, before a name: "over the hanging of", "over the killing of the".
_OVER_WHAT_BEFORE = re.compile(
    r"\bover\s+(?:the|his|her|its|their)\s+(?:[a-z-]+\s+){1,2}?of\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
)


#: Praise of a thing, and what it is praised as: "hailed the accord as", "welcomed the
#: decision on Monday as".  (A name as the object, "hailed Chavez as", is praised itself.)
_PRAISED_AS = re.compile(
    r"(?:hail|prais|welcom|laud|acclaim|applaud)\w*\s+(?:the|a|an|this|that|its|their|his|her)"
    r"\s+(?:(?-i:[a-z-]+)\s+|on\s+\w+day\s+){1,6}?as\s+",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\bbefore\s+(?:the\s+)?$")
#: The way a delivery goes, right before the place: "through| Ukraine", "via| Turkey".
_ROUTE_BEFORE = re.compile(r"\b(?:through|via|across|transiting)\s+(?:the\s+)?$")
_PASSAGE_BEFORE = re.compile(r"\b(?:through|via|transiting)\s+(?:the\s+)?$")
#: An event that tells when, right before its parties: "after the war between", "since the
#: collapse of".
_WHEN_EVENT_BEFORE = re.compile(
    r"\b(?:after|before|since|until|during|following|on\s+the\s+eve\s+of|ahead\s+of)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:wars?|conflict|fighting|clashes|collapse|fall|invasion|crisis|revolution|coup|talks"
    r"|elections?|summit|visit|breakup|break-up)(?:\s+(?:here|there))?"
    r"\s+(?:between|of|with|against|in|by)\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+(?:and|or)\s+(?:the\s+)?)?$"
)
#: A complaint or case lodged with a body, right before the body's name.
#: The body a force comes as part of, no object of its coming: "as part of a| CSTO force".
_PART_OF_BEFORE = re.compile(r"\bas\s+part\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_FILED_WITH = re.compile(
    r"\b(?:complaints?|case|suit|lawsuit|petition|appeal|protest|grievance)\s+with\s+(?:the\s+)?$"
)
#: Whom a complaint is against, after the body it is filed with: "over Israeli violations".
_AGAINST_SOMEONE = re.compile(r"[^.;]{0,30}?\b(?:over|against)\s+(?:what\s+\w+\s+called\s+)?\S")
#: What a charge charges: "of" and a participle ("accused Caracas of sheltering").
_CHARGE_OPENS = re.compile(r"\bof\s+(?-i:[a-z]+ing)\b")


#: Control taken: "took control of", "taking full control of".
_CONTROL_TAKEN = re.compile(r"t(?:ook|akes?|aking|aken)\s+(?:full\s+)?control\b", re.IGNORECASE)

#: The owner of what is taken, named after it: "from its majority owner", "run by".
_OWNER_NAMED = re.compile(r"\b(?:from|(?:run|owned|operated|held)\s+by)\s")


def within_reach(
    text: str, kind: str, trigger: tuple[int, int], after: list[Hit], kinds: dict[str, str]
) -> list[Hit]:
    """The names after a trigger that can be its object: a place only where the act takes
    ground or goes there, or as a party's seat ("ties with Kigali"); not a region named after
    its state, a body's leader, a deal's topic, what is fought over, where someone is let in,
    a partner in the act, or what is handed or taken from someone else."""
    t_start, t_end = trigger
    if kind not in PLACE_OBJECT_TYPES and not (
        kind == "COERCE" and OCCUPYING.match(text, t_start)
    ):  # "a visit to Lima" is one to Peru's capital, "annexed Crimea" takes Ukraine's ground
        after = [
            h
            for h in after
            if kinds.get(h.actor) != "place"
            or visited(text, t_end, h)
            or text[t_end : h.start].isspace()  # "accusing Kigali of": its government
            or _PARTY_BEFORE.search(text, max(t_end, h.start - 10), h.start) is not None
            or (  # "airdropped food over northern Gaza": aid to the place's people
                kind == "AID"
                and not water(h.actor)  # "dispatched a frigate to the Gulf": no one's
                and _AID_TO_PLACE.search(text, max(t_end, h.start - 24), h.start) is not None
            )
        ]
    if kind == "COERCE" and _CONTROL_TAKEN.match(text, t_start):  # "took control of Kuwait
        after = [  # City" takes ground, "of mines from Vedanta", "of projects run by Exxon"
            h  # from their owner; "took control of Twitter" buys a company, coercing no one
            for h in after
            if kinds.get(h.actor) in ("place", "state") or _OWNER_NAMED.search(text, t_end, h.start)
        ]
    if (
        after
        and text.find("and", t_end, after[-1].start) >= 0  # what every match holds
        and (said := _AND_SAID.search(text, t_end, after[-1].start)) is not None
    ):
        after = [h for h in after if h.start < said.start()]  # "condemned the air strikes and
        # said it would raise the matter at the Security Council": a second verb's words
    if (
        after
        and text.find("and", t_end, after[0].start) >= 0  # what every match holds
        and _NEW_CLAUSE_BEFORE.fullmatch(text, t_end, after[0].start)
    ):
        after = []  # "killing nine people, and the U.N. commander in Bosnia threatened": the
        # act's object was no actor, and ", and" opens another clause with its own subject
    after = [  # "prompting the US to impose sanctions and Japan to freeze loans": Japan is the
        h  # subject of its own infinitive, no object of the sanctions (but "ordered Oxfam
        for h in after  # and MSF to leave": one list of those ordered)
        if not (
            text.endswith(" and ", 0, h.start)
            and _NOUN_AND.search(text, max(0, h.start - 30), h.start)
            and _INFINITIVE_AFTER.match(text, h.end)
        )
    ]
    after = [h for h in after if not _CALLED_IN.search(text, max(t_start, h.start - 20), h.start)]
    # "threatened to call in NATO air strikes": whose force is called, not whom it would hit
    after = [h for h in after if not whole_of_part(text, h)]  # "Georgia's breakaway regions
    # of Abkhazia and South Ossetia": the regions are named after
    after = [h for h in after if not leads_body(text, h)]  # "the Russian-led
    # Collective Security Treaty Organization": the body named, not its leader
    owner = next(  # "held a summit on Singapore's Sentosa island": where they met, no
        (
            h
            for h in after
            if text.startswith(("'s", "’s"), h.end)  # where every match ends
            and _VENUE_OWNER.fullmatch(text, t_end, h.end + 3)
        ),
        None,
    )  # party to the meeting, nor is the place it owns
    if owner is not None and kind in ("AGREE", "SUPPORT", "CONSULT"):
        after = [
            h
            for h in after
            if h is not owner and h.start != owner.end + 3  # "Singapore's| Sentosa"
        ]
    if after and kind in ("AGREE", "SUPPORT", "CONSULT"):  # "signed a declaration on
        after = [
            h for h in after if not topic_of_deal(text, t_end, h, kinds)
        ]  # Palestinian self-rule"
    after = [h for h in after if not fought_over(text, h)]  # "fighting over South Ossetia"
    after = [  # "called for sanctions against the junta over the hanging of Ken Saro-Wiwa":
        h  # what the act is over, no one it is aimed at
        for h in after
        if not (
            holds(text, "over", max(t_end, h.start - 40), h.start)
            and _OVER_WHAT_BEFORE.search(text, max(t_end, h.start - 40), h.start)
        )
    ]
    route = _ROUTE_BEFORE if kind == "AID" else _PASSAGE_BEFORE  # "strikes across Syria" hit it
    after = [h for h in after if not route.search(text, max(0, h.start - 14), h.start)]
    # "gas deliveries to Europe through Ukraine", "a plan to export gas through Chile": the
    # way, no recipient or target
    after = [  # "expanded after the 34-day war between Israel and Hezbollah": when, no object
        h for h in after if not _WHEN_EVENT_BEFORE.search(text, max(t_end, h.start - 60), h.start)
    ]
    after = [  # "would file a complaint with the Security Council over Israeli violations":
        h  # where it is filed, when it is against someone else named (else "lodged a
        for h in after  # complaint with the UN" charges the UN, as event coders read it, and
        if not (  # "a protest with Ethiopia over the filling of the dam" charges Ethiopia)
            holds(text, "with", h.start - 40, h.start)
            and _FILED_WITH.search(text, max(t_start, h.start - 40), h.start)
            and (against := _AGAINST_SOMEONE.match(text, h.end)) is not None
            and any(
                0 <= o.start - against.end() + 1 <= 25  # "over| Israeli violations"
                and o.actor != h.actor
                and kinds.get(o.actor) != "place"
                for o in after
            )
        )
    ]
    if (praised := _PRAISED_AS.match(text, t_start)) is not None:  # "hailed the accord as a
        after = [h for h in after if h.start < praised.end()]  # capitulation by Armenia": no
        # praise of Armenia, what the accord is called
    if _ADMITTING.match(text, t_start):  # "let a U.N. force into East Timor": whom, not where
        after = [h for h in after if not _INTO_BEFORE.search(text, max(0, h.start - 12), h.start)]
    after = [  # "arriving in Kazakhstan as part of a CSTO force": the force's body, no object
        h for h in after if not _PART_OF_BEFORE.search(text, max(t_end, h.start - 40), h.start)
    ]
    after = handed_to(text, t_start, after)
    if kind in ("COERCE", "ASSAULT"):
        after = taken_from(text, t_start, after, kinds)
    after = [h for h in after if not partner(text, h)]  # "in coordination with the DEA"
    after = [h for h in after if not named_as_asker(text, t_end, h)]  # "at the request of"
    after = [  # "accused his government before the Organization of American States of": where
        h for h in after if not _BEFORE.search(text, max(t_end, h.start - 12), h.start)
    ]
    if kind == "ACCUSE" and (charge := _CHARGE_OPENS.search(text, t_end, t_end + 120)):
        after = [h for h in after if h.start < charge.start()]  # "... of sheltering Colombian
        # guerrillas": what is charged, not who is (see sides.referred_object)
    if len(after) > 1:  # "raided the Harare headquarters of the MDC": the owner, not where
        after = [h for h in after[:-1] if not _SITE_OF.match(text, h.end)] + after[-1:]
    if kind == "ACCUSE":
        after = lodged_against(text, t_end, after)
    return after


#: A site named by where it is, then whose: "the Harare headquarters of the opposition MDC".
_SITE_OF = re.compile(
    r"\s+(?:headquarters|offices?|home|residence|compound|premises|bureau)\s+of\s+"
)
#: Where a complaint is lodged, right before the body's name: "with the WTO", "at the ICJ".
_LODGED_WITH = re.compile(r"\b(?:with|to|at|before|in)\s+(?:the\s+)?$")


def lodged_against(text: str, t_end: int, after: list[Hit]) -> list[Hit]:
    """The body a complaint or a case is lodged with is no one accused when another is named
    after "against": "filed complaints with the WTO against Poland, Hungary and Slovakia"."""
    against = text.find(" against ", t_end, after[-1].start) if after else -1
    if against < 0:
        return after
    return [
        h
        for h in after
        if h.start > against or _LODGED_WITH.search(text, max(t_end, h.start - 12), h.start) is None
    ]
