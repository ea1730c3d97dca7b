"""Which named actors of a sentence take part in what it tells, and which only say where it
happens: not an attitude ("anti-Western"), an attribute ("UK-based"), a war or a treaty,
nor a location ("in Syria"), unless the location stands for its state's institutions ("a
court in Guyana"), mission ("outside the Turkish consulate") or is a shot's aim.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.clause_subjects import ATTRIBUTE_AFTER
from personae.store.ingest.clauses import AIMED_BEFORE
from personae.store.ingest.kinds import named_event
from personae.store.ingest.lexicon import GROUP_NAMED_AGAIN
from personae.store.ingest.opposition import titles_member
from personae.store.ingest.owners import COMPANY_NOUNS, names_company, names_group, owns_next
from personae.store.ingest.places import attack_site, water
from personae.store.ingest.scan import holds, holds_any, holds_one_of, word_pattern
from personae.store.ingest.verbs import ATTITUDE_BEFORE, LOCATIVE_BEFORE

#: An attack named after the one who made it: "(in) Israeli tank shelling", "a Russian air
#: strike", "US drone strikes".
ATTACK_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:shelling|fire|gunfire|bombardment|bombing|bombings|strikes?"
    r"|air\s?strikes?|airstrikes?|raids?|attacks?|missiles?|rockets?|mortars?)\b"
)
#: "in" (and "the") just before a name: where something happens.
IN_BEFORE = re.compile(
    r"\b(?:in|inside|across|throughout|near|off|around)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+(?:of\s+(?:the\s+)?)?)?$",
    re.I,
)
#: A state's institution or agents named by where they are, just before a locative: "a
#: court in Guyana", "police in Kenya", "officials in Baghdad".  They are the state acting,
#: as its people are ("protesters in Kinshasa": event coders code them as the state).
INSTITUTION_IN = re.compile(
    r"\b(?:courts?|judges?|tribunals?|prosecutors?|police|authorities|government|parliament"
    r"|officials|ministry|army|military|troops|forces|embassy|regime|lawmakers|legislators"
    r"|protesters|demonstrators|crowds|students|residents|villagers)"
    r"\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Who made, declared or paid for a thing named after it: "the UN-declared safe areas",
#: "Iranian-made drones", "a US-drafted resolution": its maker, no party to what is done
#: with it.
_MADE_BY_AFTER = re.compile(
    r"-(?:declared|made|built|designed|drafted|sponsored|funded|financed|imposed|mandated"
    r"|supplied|manufactured)\b"
)
#: A state's mission abroad, after the state's name or adjective.
_MISSION_AFTER = re.compile(r"\s+(?:embassy|consulate|mission)\b", re.IGNORECASE)


def no_party(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """A mention that only describes or locates, no party: a state's adjective in a group's
    or a company's name or description, or of a body's staff; a body whose meeting is where
    others meet; an envoy's brief."""
    return (
        (text.startswith("-", hit.end) and _MADE_BY_AFTER.match(text, hit.end) is not None)
        or names_group(text, hit, following, kinds)
        or owns_next(text, hit, following, kinds)
        or names_company(text, hit, kinds)
        or venue(text, hit)
        or names_pact(text, hit, kinds)
        or attack_site(text, hit, kinds)
        or attending(text, hit)
        or (
            holds_any(text, _DESTINATION_WORDS)
            and _DESTINATION_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
        )
        or _national(text, hit, following, kinds)
        or (hit.actor.endswith(" opposition") and titles_member(text, hit.end))
        or (
            holds_any(text, _PORTFOLIO_WORDS)
            and _PORTFOLIO_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
        )
        or (
            kinds.get(hit.actor) == "state"
            and (_STAFF_OF_AFTER.match(text, hit.end) or _HOLDINGS_AFTER.match(text, hit.end))
            is not None
        )
        or (  # "Somali pirates hijacked a tanker": outlaws from the state, not its agents
            kinds.get(hit.actor) == "state" and _OUTLAWS_AFTER.match(text, hit.end) is not None
        )
        or (  # "a betrayal of the Palestinian cause": a cause, no party
            kinds.get(hit.actor) == "state"
            and text[hit.start : hit.end] != hit.actor
            and _CAUSE_AFTER.match(text, hit.end) is not None
        )
        or (  # "to resolve the Kashmir dispute": what is disputed, no side
            kinds.get(hit.actor) == "place" and _DISPUTE_AFTER.match(text, hit.end) is not None
        )
        or _SAFE_AREA_AFTER.match(text, hit.end) is not None  # "overran the U.N. safe area of
        # Srebrenica": the town, not the body that declared it safe
        or (  # "stormed the Westgate shopping mall in Nairobi": where, no party
            kinds.get(hit.actor) == "other" and _SITE_AFTER.match(text, hit.end) is not None
        )
        or (kinds.get(hit.actor) in ("other", "company") and _owned_thing(text, hit))
        or (  # "five AWACS radar planes", "Boeing jets": what is sold or flown, no party
            kinds.get(hit.actor) in ("other", "company")
            and _PRODUCT_AFTER.match(text, hit.end) is not None
        )
        or (  # "the former Soviet republic": what the place was, no party
            kinds.get(hit.actor) == "state"
            and text.endswith("former ", 0, hit.start)
            and _ONCE_PART_AFTER.match(text, hit.end) is not None
        )
        or (  # "complaining on Twitter that": where it was said, no party
            kinds.get(hit.actor) in ("other", "company")
            and text.endswith(("on ", "via "), 0, hit.start)
            and _MEDIUM_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None
        )
        or _LINKED_AFTER.match(text, hit.end) is not None  # "the al-Qaeda-linked group":
        # what the group is tied to, no party of the act
        or (  # "eight years after the Falklands war": a war's name, no party of the act
            _WAR_AFTER.match(text, hit.end) is not None and text.endswith("the ", 0, hit.start)
        )
    )


def _owned_thing(text: str, hit: Hit) -> bool:
    """A product or brand its owner is said to have, no party: "over its Android mobile
    operating system", "favoured its own ad exchange, AdX,"."""
    before = max(0, hit.start - 60)
    if text.find("its ", before, hit.start) < 0 and text.find("their ", before, hit.start) < 0:
        return False  # most names have neither near: no search
    return (
        _OWNED_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
        and _COMMON_WORD_AFTER.match(text, hit.end) is not None
    ) or _OWNED_APPOSITION_BEFORE.search(text, before, hit.start) is not None


#: A product's noun right after a name: "(AWACS) radar planes", "(Sidewinder) missiles".
_PRODUCT_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:planes|jets|aircraft|airliners|missiles|tanks|helicopters|drones|rifles"
    r"|fighters|warships|submarines|engines|chips|phones|handsets|consoles)\b"
)
#: What a state's part once was, after its adjective: "(former Soviet) republic".
_ONCE_PART_AFTER = re.compile(
    r"\s+(?:republics?|states?|colon(?:y|ies)|satellites?|bloc|territor(?:y|ies))\b"
)
#: A speaker's words and "on" or "via", right before where they were said.
_MEDIUM_BEFORE = re.compile(
    r"\b(?:said|says|say|wrote|writes|posted|posts|tweeted|complain\w*|announc\w*|statement"
    r"|message|video|comments?|remarks?|saying|writing|posting|warned|told)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:on|via)\s+$"
)
_OWNED_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$")
_COMMON_WORD_AFTER = re.compile(r"\s+[a-z]")
_OWNED_APPOSITION_BEFORE = re.compile(r"\b(?:its|their)\s+own\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+$")


#: A building or a public place named after its name: "the Westgate shopping mall".
_SITE_AFTER = re.compile(
    r"\s+(?:shopping\s+)?(?:mall|centre|center|hotel|airport|market|stadium|hospital|church"
    r"|mosque|temple|synagogue|cathedral|shrine|bazaar|theatre|theater|cinema|nightclub)\b"
)
_LINKED_AFTER = re.compile(r"[-‐–](?:linked|affiliated|inspired|style)\b")
_WAR_AFTER = re.compile(r"\s+(?:civil\s+|border\s+)?wars?\b")
_DISPUTE_AFTER = re.compile(r"\s+(?:dispute|issue|question|conflict|problem)\b")
#: An area a body or state protects, after its name: "the U.N. safe area of Srebrenica", "the
#: U.N.-protected enclave".
_SAFE_AREA_AFTER = re.compile(
    r"(?:[-\s](?:protected|declared|designated))?\s+(?:safe\s+(?:areas?|havens?|zones?)|enclaves?"
    r"|protected\s+(?:areas?|zones?)|buffer\s+zones?)\b"
)


_CAUSE_AFTER = re.compile(r"\s+(?:cause|question|issue|problem)\b")
_OUTLAWS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:pirates|kidnappers|hijackers)\b"
    r"|\s+(?:militants|rebels|fighters|guerrillas|insurgents|gunmen|jihadists|militiamen)\s+of\b"
    r"|\s+(?:rebel|guerrilla|militia|insurgent)\s+(?:allies|forces|fighters|groups?|movement)\b"
)  # "Somali militants of al-Shabaab": the group's, named after "of"; "their Cambodian rebel
# allies": rebels against the state
#: An envoy's brief: "the U.N. special envoy for Afghanistan" is the UN's, on Afghanistan.
_PORTFOLIO_WORDS = ("envoy", "representative", "coordinator", "rapporteur", "commissioner")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:envoy|representative|coordinator|rapporteur|commissioner)\s+(?:for|on)\s+(?:the\s+)?$"
)


#: What a city names after it: "the Geneva accords", "the Minsk agreements", "the Oslo
#: peace process", "the Dayton Agreement" (the Paris Agreement is one name, see named_event).
_PACT_AFTER = re.compile(
    r"[\s-]+(?:peace\s+)?(?:accords?|agreements?|conventions?|protocols?|process|declaration"
    r"|framework|format|talks|conference|summit|deal|plan|formula)\b",
    re.IGNORECASE,
)


def names_pact(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """A city naming a pact, a process or a meeting held there: the city's state is no party
    ("signed the Minsk agreements", "under the Geneva accords")."""
    return (
        kinds.get(hit.actor) in ("state", "place")
        and _PACT_AFTER.match(text, hit.end) is not None
        and (text[hit.start : hit.end] != hit.actor or kinds.get(hit.actor) == "place")
        and text[max(0, hit.start - 4) : hit.start].lower().endswith("the ")
    )


#: What a company holds in a state, named by the state's adjective: "its Nigerian onshore
#: assets" are the company's, sold to whoever buys them; the state is no party.
_HOLDINGS_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:assets|stakes?|operations|subsidiar(?:y|ies)|units?|business(?:es)?"
    r"|oil\s+fields|plants?|factories|mines)\b"
)


#: A body's staff named by their nationality: "three female Afghan staff members of the
#: United Nations" are the UN's, not Afghanistan's.
_STAFF_OF_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:staff|staffers|employees|workers|personnel|members)\s+(?:members\s+)?of\b"
)


#: Where a body's meeting is the place: "on the sidelines of the G20 summit".
_SIDELINES_BEFORE = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,2}$", re.IGNORECASE
)
_SIDELINES_WORDS = ("sidelines", "margins")  # one is in every match above
_AT_MEETING_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,2}$", re.I)
_MEETING_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.-]*)*\s+(?:summit|meeting|session|conference|forum|assembly|ministerial)\b"
)


#: A body's seat where others sign or talk: "signed agreements at| United Nations
#: |headquarters" (an attack "at UN headquarters" is on the body: no verb of accord before).
_HEADQUARTERS_AFTER = re.compile(r"['’]?s?\s+headquarters\b")
_AT_ACCORD_BEFORE = re.compile(
    r"\b(?:sign\w*|met|meet\w*|talks|agree\w*|accords?|treat(?:y|ies))\b[^.;:]{0,50}?"
    r"\bat\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A body whose mandate others act under: "landed in East Timor under a U.N. mandate".
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:a|an|the)?\s*$", re.IGNORECASE)
_MANDATE_AFTER = re.compile(r"\s+(?:mandate|auspices|flag|resolution)\b", re.IGNORECASE)


def venue(text: str, hit: Hit) -> bool:
    """A body named as where others meet or whose mandate they act under: "on the sidelines
    of the U.N. General Assembly", "held talks at an ASEAN summit", "under a U.N. mandate";
    it takes no part in what they do there."""
    begin = max(0, hit.start - 40)
    # Asked of every name of every piece: the words after it, matched where they start, are
    # read before the words before it are searched for, and most articles have no sidelines.
    return (
        (
            holds_any(text, _SIDELINES_WORDS)
            and _SIDELINES_BEFORE.search(text, begin, hit.start) is not None
        )
        or (
            _MEETING_AFTER.match(text, hit.end) is not None
            and _AT_MEETING_BEFORE.search(text, begin, hit.start) is not None
        )
        or (
            _MANDATE_AFTER.match(text, hit.end) is not None
            and _UNDER_BEFORE.search(text, begin, hit.start) is not None
        )
        or (  # "signed agreements at United Nations headquarters": where they signed
            _HEADQUARTERS_AFTER.match(text, hit.end) is not None
            and _AT_ACCORD_BEFORE.search(text, max(0, hit.start - 80), hit.start) is not None
        )
    )


#: Where someone flees or travels to, no party: "forcing the emir to flee to Saudi
#: Arabia", "migrants bound for Spain's Canary Islands".
_DESTINATION_WORDS = ("fle", "escap", "bound ", "headed ", "heading ")
_DESTINATION_BEFORE = re.compile(
    r"\b(?:fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|bound|head(?:ed|ing))\s+(?:to|for|into)\s+"
    r"(?:neighbou?ring\s+)?$"
)
#: What a state's adjective says of a person who does not serve it: "American journalist
#: James Foley", "a British aid worker", "Canadian businessman Michael Spavor".
_NATIONAL_ROLE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:journalist|reporter|photographer|aid\s+worker|worker|citizen|national"
    r"|tourist|businessman|businesswoman|activist|student|teacher|missionary|academic|writer"
    r"|researcher|hostage|engineer|doctor|nurse)\s+$"
)


def _national(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """A state's adjective telling a named person's nationality: the person is the party."""
    return (
        bool(following)
        and kinds.get(hit.actor) == "state"
        and kinds.get(following[0].actor) == "person"
        and _NATIONAL_ROLE.fullmatch(text, hit.end, following[0].start) is not None
    )


#: Onlookers named after "with": "with U.N. Secretary-General Kofi Annan and Algerian
#: President Abdelaziz Bouteflika attending the ceremony".
_ATTENDING_WORDS = ("attending", "looking on", "in attendance", "witnessing")
_WITH_BEFORE = re.compile(r"\bwith\s+[^,;]{0,70}$")
_ATTENDING_AFTER = re.compile(r"[^,;]{0,100}?\b(?:attending|looking on|in attendance|witnessing)\b")


def attending(text: str, hit: Hit) -> bool:
    """A name among those "with ... attending" an occasion: an onlooker, no party to it."""
    return (
        holds_any(text, _ATTENDING_WORDS)
        and _ATTENDING_AFTER.match(text, hit.end) is not None
        and _WITH_BEFORE.search(text, max(0, hit.start - 70), hit.start) is not None
    )


#: A subject's backer or leader named in a reduced passive: "Somali troops backed by African
#: Union forces drove ...": the troops drove, the backer helps; "Rebels of the Patriotic
#: Salvation Movement led by Idriss Deby captured N'Djamena": the movement took the city.
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|armed|trained|led|headed|commanded)\s+by\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,2}$"
)


def backing_agent(text: str, hit: Hit) -> bool:
    """The name is the agent of a reduced passive that describes a subject named before."""
    return (
        holds(text, " by ", hit.start - 40, hit.start)
        and _BACKED_BY.search(text, max(0, hit.start - 40), hit.start) is not None
    )


#: A site named after a place and said to lie in another: "the Santa Cruz cemetery in Dili".
_FACILITY_ELSEWHERE = re.compile(
    r"\s+(?:cemetery|church|cathedral|mosque|temple|stadium|hotel|square|market|hospital|prison"
    r"|bridge|street|avenue|university|school|camp|barracks)\s+in\s+[A-Z]"
)
#: A ship or plane where something is done: "aboard a New Zealand navy ship".
_ABOARD = re.compile(r"\b(?:aboard|on\s+board)\s+(?:(?:a|an|the)\s+)?$")
#: "in" (and "the") right before a name, or a kind of place and "of": where, when nothing
#: else says what the name is ("met in the Swiss resort of Davos").
_IN_NAME = re.compile(
    r"\b(?:in|near|outside|(?:town|city|village|resort|port|province|region|district"
    r"|island|enclave)\s+of)\s+$"
)


def takes_part(text: str, hit: Hit, kinds: dict[str, str], floor: int) -> bool:
    """Not an attitude ("anti-Western"), an attribute ("UK-based") nor a location ("in
    Syria") of the sentence."""
    start = hit.start
    # The words before are sliced only when a dash or a kind calls for them: most mentions.
    if (
        start > floor
        and text[start - 1] in "-–"
        and ATTITUDE_BEFORE.search(text[max(floor, start - 28) : start])
    ) or (
        text.startswith(("-", "–"), hit.end)
        and ATTRIBUTE_AFTER.match(text, hit.end)
        and not _VESSEL_OWNED.match(text, hit.end)
    ):
        return False
    if _FACILITY_ELSEWHERE.match(text, hit.end) and text.endswith("the ", floor, start):
        return False  # "mourners at the Santa Cruz cemetery in Dili": a site's name
    if _ABOARD.search(text, max(floor, start - 14), start):
        return False  # "signed an accord aboard a New Zealand navy ship": where
    kind = kinds.get(hit.actor)
    if kind == "other" and named_event(hit.actor):
        return False  # "since the Cold War", "under the Paris Agreement": no one acts
    if kind == "other" and _IN_NAME.search(text, max(floor, start - 12), start):
        return False  # "signed an agreement in Naypyitaw": a name nothing kinds, after "in"
    if kind not in ("state", "place") and not (kind == "other" and water(hit.actor)):
        return True  # only where is a location; a sea nothing kinds is one
    before = text[max(floor, start - 28) : start]
    locative = LOCATIVE_BEFORE.search(before)
    if locative is None or ATTACK_AFTER.match(text, hit.end):  # "in Israeli shelling": who
        return True
    if _MISSION_AFTER.match(text, hit.end):  # "outside the Turkish consulate": Turkey's own
        return True
    if kind == "state" and _BORDER_AFTER.match(text, hit.end):
        return True  # "massed troops near Ukraine's eastern border": Ukraine is faced
    if INSTITUTION_IN.search(text, max(floor, hit.start - 40), hit.start):
        return True  # "a court in Guyana", "police in Kenya": the state's own
    if kind == "state" and _STRUCK_THINGS_BEFORE.search(
        text, max(floor, hit.start - 90), hit.start
    ):
        return True  # "air strikes on bridges and roads in southern Lebanon": Lebanon is hit
    if _FIRED_OVER.search(text, max(floor, hit.start - 30), hit.start):
        return True  # "fired a ballistic missile over Japan": a show of force to Japan
    # "fired anti-aircraft batteries at Russia": the aim of a shot, not a location.
    return locative.group(0).lower().startswith("at") and bool(
        AIMED_BEFORE.search(text, max(floor, hit.start - 80), hit.start)
    )


#: A ship or an aircraft of a state's owners or flag: the state is a party to what is done to
#: it ("hit a Greek-owned bulk carrier", "seized a British-flagged tanker").
_VESSEL_OWNED = re.compile(
    r"[-–](?:owned|flagged|registered|operated)\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker"
    r"|supertanker|carrier|freighter|trawler|yacht|airliner|plane|aircraft|jet|ferry|liner"
    r"|boat)s?\b"
)
#: A state's border named after it: "'s eastern border", "'s frontier".
_BORDER_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:borders?|frontiers?|boundary|doorstep)\b")
#: Missiles fired over a state: it is the one shown force, not where it happened.
_FIRED_OVER = re.compile(r"\b(?:missiles?|rockets?)\s+(?:over|across)\s+(?:the\s+)?$")
#: Strikes on things (no actor) and where they were: the state named there is the one hit.
_STRUCK_THINGS_BEFORE = re.compile(
    r"\b(?:air\s*strikes?|strikes|raids|bombing|shelling|bombardment)\s+(?:on|against)\s+"
    r"(?:(?!in\b|across\b)[a-z-]+\s+){1,5}(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?$",
)


def setting(text: str, hit: Hit, kinds: dict[str, str], floor: int) -> bool:
    """A state or place named as where something happens: "a protest in Beijing"."""
    begin = max(floor, hit.start - 40)
    return (
        kinds.get(hit.actor) in ("state", "place")
        and not water(hit.actor)
        and (IN_BEFORE.search(text, max(floor, hit.start - 28), hit.start) is not None)
        and _BASED_BEFORE.search(text, begin, hit.start) is None
        and _AUTHORITY_IN.search(text, begin, hit.start) is None
    )


#: A state's authorities named by where they sit: "Police in Harare arrested", "a court in
#: Dhaka sentenced": the state acts.
_AUTHORITY_IN = re.compile(
    r"\b(?:[Pp]olice|authorities|prosecutors|(?:a|[Aa]n?)\s+(?:[a-z]+\s+)?court|judges?)\s+in\s+$"
)
#: Where a group sits, not where its act happens: "militants based in Afghanistan attacked".
_BASED_BEFORE = re.compile(
    r"\b(?:based|stationed|headquartered|hiding|sheltering|operating|holed\s+up)\s+(?:in|inside"
    r"|from)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)


#: An object named by what it is, right after its verb: "battling the gunmen", "sanctions
#: on the country": the group or the state the sentence named before.
_REFERRED_AFTER = re.compile(
    r"(?:(?:\s+[\w-]+){0,3}?\s+(?:on|against|at|with|near|around|off))?\s+(?:the|those|these)\s+"
    rf"(?:(?-i:[A-Z]?[a-z]+|[A-Z][A-Z.]+)\s+){{0,2}}?(?:(?P<group>{GROUP_NAMED_AGAIN})"
    r"|(?P<state>country|nation|kingdom|republic|regime|junta|military|army|armed\s+forces|island|(?-i:state)(?![\s-]+(?:oil|media|television|tv|news|firms?|compan(?:y|ies)"
    r"|energy|broadcaster|agency|run|owned|banks?|utility|enterprises?|news)\b))|(?P<body>bloc|alliance|organi[sz]ation|union|body|agency"
    rf"|watchdog|court)|(?P<company>{COMPANY_NOUNS}))\b",
    re.IGNORECASE,
)  # "accusing the Gulf state of", "called on the ruling junta", "ordered the U.S. company"
#: A state's neighbour right after the verb: "accusing its neighbour of hostile actions".
_ITS_NEIGHBOUR_AFTER = re.compile(r"\s+(?:its|their)\s+(?:[a-z]+\s+)?neighbou?rs?\b")
#: A leader's state named by its government: "Bogota accused his government of".
_HIS_GOVERNMENT_AFTER = re.compile(r"\s+(?:his|her)\s+(?:government|administration|regime)\b")
_REFERRED_KINDS = {
    "group": ("armed_group",),
    "state": ("state",),
    "body": ("organisation", "other"),
    "company": ("company",),
}


#: Right after an attack's verb, what an armed group holds, named by its fighters' noun:
#: "striking suspected guerrilla positions", "air strikes on rebel-held areas".
_GROUP_HELD_AFTER = re.compile(
    r"(?:\s+(?:on|against|at))?\s+(?:(?:the|suspected|several|their)\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:rebel|guerrilla|militant|insurgent|militia|jihadist|Islamist)(?:-held|-controlled)?"
    r"|opposition-(?:held|controlled))\s+"
    r"(?:[a-z]+\s+)?(?:positions|bases|targets|strongholds|hideouts|camps|areas|territory"
    r"|towns?|villages?|port|city|fighters)\b"
)


def group_held(
    text: str, t_end: int, actors: list[Hit], kinds: dict[str, str], subjects: list[Hit]
) -> Hit | None:
    """The armed group whose positions an attack strikes ("retaliated by striking suspected
    guerrilla positions in southern Lebanon": Hezbollah's, named before; not Lebanon)."""
    if _GROUP_HELD_AFTER.match(text, t_end) is None:
        return None
    doers = {h.actor for h in subjects}
    groups = {h.actor for h in actors if kinds.get(h.actor) == "armed_group"} - doers
    if len(groups) != 1:
        return None  # none, or two: whose the positions are is not told
    return next(h for h in reversed(actors) if h.actor in groups)


def referred_object(
    text: str, t_end: int, actors: list[Hit], kinds: dict[str, str], subjects: list[Hit]
) -> Hit | None:
    """The armed group or state an object named by its kind refers to: the last such actor
    named before the trigger, not one of its subjects; None when no object is so named."""
    found = _REFERRED_AFTER.match(text, t_end)
    neighbour = found is None and _ITS_NEIGHBOUR_AFTER.match(text, t_end) is not None
    if neighbour and not all(kinds.get(h.actor) == "state" for h in subjects):
        return None  # "accusing its neighbour": a state's neighbour, said of a state
    if found is None and not neighbour and _HIS_GOVERNMENT_AFTER.match(text, t_end) is None:
        return None
    wanted = _REFERRED_KINDS[found.lastgroup or "state"] if found else ("state",)
    doers = {h.actor for h in subjects}
    return next(
        (
            h
            for h in reversed(actors)
            if h.end <= t_end and kinds.get(h.actor) in wanted and h.actor not in doers
        ),
        None,
    )


#: A group named again by its noun, as subject: "the group fired", "the militia has seized".
_GROUP_ANAPHOR = re.compile(
    r"\bthe\s+(?:group|militia|movement|militants|insurgents|rebels|jihadists"
    r"|(?:rebel|militant|insurgent|guerrilla)\s+(?:leadership|leaders|command))\s+"
    r"(?:(?:has|have|had|was|were|later|then|also|\w+ly)\s+){0,2}"
    r"(?:(?:responded|retaliated|reacted)\s+by\s+)?$",
    re.IGNORECASE,
)


def group_named_again(
    text: str, t_start: int, actors: list[Hit], kinds: dict[str, str]
) -> Hit | None:
    """The armed group or state a subject named by its noun refers to: "after the group fired
    rockets", the last armed group named before; ", and the country has since refused", the
    state the sentence opened with. None when the subject is not so named."""
    if _GROUP_ANAPHOR.search(text, max(0, t_start - 40), t_start) is not None:
        named = [h for h in actors if h.end <= t_start and kinds.get(h.actor) == "armed_group"]
        return named[-1] if named else None
    if _STATE_ANAPHOR.search(text, max(0, t_start - 50), t_start) is not None:
        first = actors[0] if actors else None
        return first if first is not None and kinds.get(first.actor) == "state" else None
    return None


#: A state named by its noun opening a clause of its own, as subject: ", and the kingdom said
#: it would", ", and the country has since refused".
_STATE_ANAPHOR = re.compile(
    r",\s+(?:and|but)\s+the\s+(?:kingdom|country|nation|emirate|republic|island\s+nation)\s+"
    r"(?:(?:has|have|had|also|since|later|then|\w+ly|said|says|would|will)\s+){0,4}"
    r"(?:(?:it|would|will)\s+){0,2}$",
    re.IGNORECASE,
)


#: A visit's word, then "to" right before the place visited ("a visit to Lima").
_VISIT_TO = re.compile(r"visit\w*\s+to\s+$", re.IGNORECASE)


def visited(text: str, t_end: int, hit: Hit) -> bool:
    """The place is where a visit goes: "during a visit to Lima"."""
    return _VISIT_TO.search(text, max(0, t_end - 12), hit.start) is not None


def guest(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """A person, or a state's adjective or possessive before a title, an office or a name
    ("Syrian President", "Syria's President", "his Bangladeshi counterpart"): one received
    as a guest, not a thing received."""
    after = hit.end + 3 if text.startswith(("'s ", "’s "), hit.end) else hit.end + 1
    return (
        kinds.get(hit.actor) == "person"
        or text[after : after + 1].isupper()
        or _OFFICE_AFTER.match(text, after) is not None  # "his Bangladeshi counterpart"
    )


#: A visitor's office in lower case after a state's adjective: "counterpart", "foreign
#: minister", "delegation".
_OFFICE_AFTER = re.compile(
    r"(?:[a-z]+\s+){0,2}?(?:counterpart|leader|president|premier|prime\s+minister|minister"
    r"|chancellor|king|emir|envoy|delegation|ambassador|head\s+of\s+state)\b"
)


#: A deal's or a talk's subject matter named before a name: "an accord on Palestinian
#: self-rule", "talks on Iran's nuclear programme", "an agreement to start returning
#: Rohingya refugees".
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:agreements?|accords?|deals?|declarations?(?:\s+of\s+principles)?|pacts?|treat(?:y|ies)"
    r"|talks|negotiations|consensus|memorand(?:um|a)(?:\s+of\s+understanding)?|framework)"
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:on|over|about|regarding))"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}$",
    re.IGNORECASE,
)
#: A word every match of _TOPIC_BEFORE holds one of.
_DEAL_WORDS = word_pattern(
    "agreement", "accord", "deal", "declaration", "pact", "treat", "talks", "negotiations",
    "consensus", "memorand", "framework",
)  # fmt: skip
#: What a deal is to do, before the people it is done to: "to start returning Rohingya".
_PURPOSE_BEFORE = re.compile(
    r"\bto\s+(?:(?:start|begin)\s+)?(?-i:[a-z]+)\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}$"
)


#: What a deal opens the way to, before a name: "paving the way for Namibian independence".
_WAY_PAVED_BEFORE = re.compile(
    r"\b(?:pav|clear|open)\w*\s+the\s+way\s+(?:for|to)\s+(?:[\w'’-]+\s+){0,4}$"
)


def topic_of_deal(text: str, t_end: int, hit: Hit, kinds: dict[str, str]) -> bool:
    """The name after a deal's or a talk's word is what it is about ("signed an accord on
    Palestinian self-rule"), no party to it, and so are people a deal is to do something to
    ("agreed to start returning Rohingya refugees"), though a state or body named so is
    its counterpart ("agreed to sell arms to Venezuela"), nor what it opens the way to
    ("paving the way for Namibian independence")."""
    low = max(0, hit.start - 80)
    topic = holds_one_of(text, _DEAL_WORDS, low, hit.start) and (
        _TOPIC_BEFORE.search(text, low, hit.start) is not None
    )  # most names have no deal's word before them to search
    return (
        topic
        or (
            kinds.get(hit.actor) not in ("state", "organisation")
            and _PURPOSE_BEFORE.search(text, max(t_end, hit.start - 80), hit.start) is not None
        )  # the deal's word may be the trigger itself ("an accord on Saharan fisheries")
        or _WAY_PAVED_BEFORE.search(text, max(t_end, hit.start - 70), hit.start) is not None
    )


#: A fight's or a quarrel's stake named before a name: "fighting erupted over
#: Nagorno-Karabakh", "the row over the breakaway region of South Ossetia".
_FOUGHT_OVER_BEFORE = re.compile(
    r"\b(?:fighting|war|clashes|conflict|dispute|row|standoff|tensions?|battles?)"
    r"(?:\s+[\w'’-]+){0,3}?\s+over\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}$",
    re.IGNORECASE,
)


def fought_over(text: str, hit: Hit) -> bool:
    """The name is what a fight or a quarrel is about, no side of it."""
    low = max(0, hit.start - 80)
    # Asked of every object of every trigger: most have no "over" before them to search.
    return (
        holds(text, "over", low, hit.start)
        and _FOUGHT_OVER_BEFORE.search(text, low, hit.start) is not None
    )


#: A state's part named after it: "Georgia's breakaway regions of Abkhazia and South
#: Ossetia", "Moldova's separatist region of Transnistria".
_PART_OF_AFTER = re.compile(
    r"['’]s?\s+(?:(?:breakaway|separatist|rebel|disputed|autonomous|occupied|northern|southern"
    r"|eastern|western)\s+)?(?:regions?|provinces?|republics?|territor(?:y|ies)|enclaves?)"
    r"\s+of\s+[A-Z]"
)


def whole_of_part(text: str, hit: Hit) -> bool:
    """The name owns the part of it named right after ("Georgia's breakaway regions of
    Abkhazia"): the part is what is acted on, not the whole."""
    return _PART_OF_AFTER.match(text, hit.end) is not None


#: "in", "at" and a capital's or a city's article, right before a name: where.
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:capital|city)\s+(?:of\s+)?)?$"
)


def venue_of(text: str, hit: Hit) -> bool:
    """The name is where two sides act together, named by a city ("signed an agreement in
    Jeddah", "resumed talks in the Qatari capital Doha"), not a third side: a city stands
    for its state only as a party's own name ("Beijing said")."""
    return (
        _VENUE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
        and text[hit.start : hit.end] != hit.actor
    )


#: "border with" right before a name: the neighbour a show of force faces.
_BORDER_WITH = re.compile(r"\b(?:borders?|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def bordering(text: str, hit: Hit) -> bool:
    """The name is the neighbour across a border ("troops along its border with China",
    "exercises near its border with Guyana"): what forces massed there face."""
    return _BORDER_WITH.search(text, max(0, hit.start - 20), hit.start) is not None


#: Right before where something is: "in Bamako".
_IN_BEFORE = re.compile(r"\bin\s+$")


def protesters_of(
    text: str, target: Hit, named: list[Hit], kinds: dict[str, str], high: int
) -> list[Hit]:
    """Protesters no name tells: the people of the place named after what they protest at
    ("protesters marched on the French embassy in Bamako": Mali's), as its state's."""
    return [
        h
        for h in named
        if target.end < h.start < high
        and kinds.get(h.actor) in ("place", "state")
        and _IN_BEFORE.search(text, max(0, h.start - 4), h.start)
    ][:1]


#: A state's adjective leading a body named right after it: "the Russian-led CSTO".
_LED_BEFORE_NAME = re.compile(r"-(?:led|backed|sponsored|dominated)\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")


def leads_body(text: str, hit: Hit) -> bool:
    """The state's adjective only leads the body named after it ("the Russian-led CSTO")."""
    return _LED_BEFORE_NAME.match(text, hit.end) is not None
