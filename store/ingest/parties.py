"""Which named actors of a sentence take part in what it tells, and which only say where it
happens: not an attitude ("anti-Western"), an attribute ("UK-based"), a war or a treaty,
nor a location ("in Syria"), unless the location stands for its state's institutions ("a
court in Guyana"), mission ("outside the Turkish consulate") or is a shot's aim.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.audience import audience
from personae.store.ingest.clause_subjects import ATTRIBUTE_AFTER
from personae.store.ingest.clauses import AIMED_BEFORE
from personae.store.ingest.kinds import named_event
from personae.store.ingest.opposition import titles_member
from personae.store.ingest.owners import names_company, names_group, owns_next
from personae.store.ingest.places import attack_site, site_of_killing, water
from personae.store.ingest.responsibility import claimed_by
from personae.store.ingest.scan import holds, holds_any
from personae.store.ingest.untold import dated_by
from personae.store.ingest.venues import venue
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
#: The part of a state named before it: "in eastern| Libya", "of the north-western| region".
_PART_OF = r"(?:(?:north|south|east|west|central)[\w-]*\s+)?"
#: A state's institution or agents named by where they are, just before a locative: "a
#: court in Guyana", "police in Kenya", "officials in Baghdad".  They are the state acting,
#: as its people are ("protesters in Kinshasa": event coders code them as the state).
INSTITUTION_IN = re.compile(
    r"\b(?:courts?|judges?|tribunals?|prosecutors?|police|authorities|government|parliament"
    r"|officials|ministry|army|military|troops|forces|embassy|regime|lawmakers|legislators"
    r"|junta|rulers|leadership|leaders|administration|cabinet|navy|diplomats"
    r"|elections?|polls|vote|referendum"
    r"|protesters|demonstrators|crowds|students|residents|villagers)"
    rf"\s+(?:in|of)\s+(?:the\s+)?{_PART_OF}$",
    re.IGNORECASE,
)


#: Who made, declared or paid for a thing named after it: "the UN-declared safe areas",
#: "Iranian-made drones", "a US-drafted resolution": its maker, no party to what is done
#: with it.
_MADE_BY_AFTER = re.compile(
    r"-(?:declared|made|built|designed|drafted|sponsored|funded|financed|imposed|mandated"
    r"|supplied|manufactured|aligned|allied)\b"
)
_IMPORTS_OF = re.compile(
    r"\b(?:imports?\s+of|(?:tariffs?|duties|levies|bans?)\s+on)\s+(?:[\w$.,%-]+\s+){0,3}$"
)


def _imports_of(text: str, hit: Hit) -> bool:
    """Goods taxed or barred by who made them ("a tariff on imports of| Chinese-made electric
    vehicles"): the measure is aimed at their maker, a party after all."""
    return _IMPORTS_OF.search(text, max(0, hit.start - 40), hit.start) is not None


#: A state's mission abroad, after the state's name or adjective, and its central bank
#: ("deposited $3 billion in Pakistan's central bank": Pakistan gets it, no place).
_OWN_INSTITUTION_AFTER = re.compile(
    r"\s+(?:embassy|consulate|mission)\b|['’]s\s+central\s+bank\b", re.IGNORECASE
)


def no_party(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """A mention that only describes or locates, no party: a state's adjective in a group's
    or a company's name or description, or of a body's staff; a body whose meeting is where
    others meet; an envoy's brief."""
    kind = kinds.get(hit.actor)  # asked of every name of every piece: the rules of its kind
    return (
        (  # "struck what New Delhi described as a camp": who names the target, no party (but
            text.endswith("what ", 0, hit.start)  # "in what Taipei called a provocation":
            and not text.endswith("in what ", 0, hit.start)  # who reacts, reactions.py)
            and _NAMER_AFTER.match(text, hit.end) is not None
        )
        or (
            text.startswith("-", hit.end)
            and _MADE_BY_AFTER.match(text, hit.end) is not None
            and not _imports_of(text, hit)
        )
        or names_group(text, hit, following, kinds)
        or owns_next(text, hit, following, kinds)
        or venue(text, hit)
        or claimed_by(text, hit)  # "an attack claimed by the Taliban": its author, related
        # by responsibility.attacks_claimed
        or audience(text, hit)  # "a lawsuit ..., seen by Reuters", "told Reuters"
        or _CRITIC_AFTER.match(text, hit.end) is not None  # "Kremlin critic Alexei Navalny",
        # "Lukashenko critic Sergei Tikhanovsky": whom the critic opposes, no party
        or attack_site(text, hit, kinds)
        or attending(text, hit)
        or (
            holds_any(text, _DESTINATION_WORDS)
            and _DESTINATION_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
        )
        or (
            holds_any(text, _ORIGIN_WORDS)
            and _CROSSING_FROM.search(text, max(0, hit.start - 90), hit.start) is not None
        )
        or (hit.actor.endswith(" opposition") and titles_member(text, hit.end))
        or (
            holds_any(text, _PORTFOLIO_WORDS)
            and _PORTFOLIO_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
        )
        or _SAFE_AREA_AFTER.match(text, hit.end) is not None  # "overran the U.N. safe area of
        # Srebrenica": the town, not the body that declared it safe
        or _LINKED_AFTER.match(text, hit.end) is not None  # "the al-Qaeda-linked group":
        # what the group is tied to, no party of the act
        or (  # "eight years after the Falklands war": a war's name, no party of the act
            text.endswith("the ", 0, hit.start) and _WAR_AFTER.match(text, hit.end) is not None
        )
        or dated_by(text, hit)  # "the last leader to go there since the Russian invasion"
        or (kind in ("state", "place") and site_of_killing(text, hit, following))
        or (kind == "state" and _no_state_party(text, hit, following, kinds))
        or (kind == "place" and _no_place_party(text, hit, kinds))
        or (kind in ("other", "company") and _no_named_party(text, hit, kind))
    )


def _no_state_party(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """no_party's rules for a state."""
    return (
        names_company(text, hit, kinds)
        or names_pact(text, hit, kinds)
        or _national(text, hit, following, kinds)
        or (_STAFF_OF_AFTER.match(text, hit.end) or _HOLDINGS_AFTER.match(text, hit.end))
        is not None
        or _OUTLAWS_AFTER.match(text, hit.end) is not None  # "Somali pirates hijacked a
        # tanker": outlaws from the state, not its agents
        or (  # "a betrayal of the Palestinian cause": a cause, no party
            text[hit.start : hit.end] != hit.actor and _CAUSE_AFTER.match(text, hit.end) is not None
        )
        or text.endswith("ethnic ", 0, hit.start)  # "ethnic Albanian rebels": a people, no state
        or text.startswith(_LIKENED, hit.end)  # "a Switzerland-sized safe haven": a measure
        or (  # "Islamic State's Afghan branch": the group's, where it fights
            text.endswith(("'s ", "’s "), 0, hit.start)
            and _BRANCH_AFTER.match(text, hit.end) is not None
        )
        or (  # "the former Soviet republic": what the place was, no party
            text.endswith("former ", 0, hit.start)
            and _ONCE_PART_AFTER.match(text, hit.end) is not None
        )
    )


#: A state named as a measure or a model: "a Switzerland|-sized haven", "Lebanon|-style".
_LIKENED = ("-sized", "-size", "-style")
#: A group's branch named by where it fights: "Islamic State's Afghan| branch".
_BRANCH_AFTER = re.compile(r"\s+(?:branch|affiliate|wing|arm|franchise|chapter|offshoot)\b")
_OPERATIONS_IN = re.compile(
    r"\b(?:(?:military|combat|offensive|air|ground)\s+operations|offensives?|hostilities)"
    r"\s+in\s+(?:the\s+)?$"
)  # not "aid groups suspended operations in Afghanistan": where they worked
_CRITIC_AFTER = re.compile(r"\s+(?:critics?|opponents?|foes?)\b")


def _no_place_party(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """no_party's rules for a place."""
    return (
        names_pact(text, hit, kinds)
        or _DISPUTE_AFTER.match(text, hit.end) is not None  # "to resolve the Kashmir dispute":
        # what is disputed, no side
        or _TOWN_OFFICER_AFTER.match(text, hit.end) is not None  # "detained Istanbul Mayor
    )  # Ekrem Imamoglu": the mayor's town, no party


#: A town's officer named after it: "Istanbul| Mayor", "Kharkiv| regional governor".
_TOWN_OFFICER_AFTER = re.compile(r"\s+(?:[Rr]egional\s+)?(?:[Mm]ayor|[Gg]overnor)\b")


def _no_named_party(text: str, hit: Hit, kind: str) -> bool:
    """no_party's rules for a name of no known kind, or a company's."""
    return (
        (  # "stormed the Westgate shopping mall in Nairobi": where, no party
            kind == "other" and _SITE_AFTER.match(text, hit.end) is not None
        )
        or _owned_thing(text, hit)
        or _PRODUCT_AFTER.match(text, hit.end) is not None  # "five AWACS radar planes",
        # "Boeing jets": what is sold or flown, no party
        or (  # "complaining on Twitter that": where it was said, no party
            text.endswith(("on ", "via "), 0, hit.start)
            and _MEDIUM_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None
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
    r"|fighters|warships|submarines|engines|chips|phones|handsets|consoles|cheeses?|wines?"
    r"|mustard|ham|whisk(?:e)?y|champagne|cognac|vodka)\b"
)  # "Roquefort cheese", "Dijon mustard": a food named after its town
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
_PORTFOLIO_WORDS = ("envoy", "representative", "coordinator", "rapporteur", "commissioner", "mayor")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:envoy|representative|coordinator|rapporteur|commissioner)\s+(?:for|on)\s+(?:the\s+)?$"
    r"|\bmayor\s+of\s+$"  # "Restrepo, a former mayor of Medellin": her past
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
        and (text[hit.start : hit.end] != hit.actor or kinds.get(hit.actor) == "place")
        and text[max(0, hit.start - 4) : hit.start].lower().endswith("the ")
        and _PACT_AFTER.match(text, hit.end) is not None
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
    r"(?:(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w-]+)*"  # "American, Canadian and Russian| members"
    r"(?:\s+[a-z]+)?\s+(?:staff|staffers|employees|workers|personnel|members)\s+(?:members\s+)?of\b"
)


#: Where someone flees or travels to, no party: "forcing the emir to flee to Saudi
#: Arabia", "migrants bound for Spain's Canary Islands".
_DESTINATION_WORDS = ("fle", "escap", "bound ", "headed ", "heading ")
_DESTINATION_BEFORE = re.compile(
    r"\b(?:fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|bound|head(?:ed|ing))\s+(?:to|for|into)\s+"
    r"(?:neighbou?ring\s+)?$"
)
#: Where migrants or a cargo come from, no party of what is done to them: "fired tear gas
#: at migrants trying to cross the border from| Turkey", "struck a boat carrying illegal
#: drugs from| Venezuela".
_ORIGIN_WORDS = ("migrant", "refugee", "asylum", "immigrant", "carrying")
_CROSSING_FROM = re.compile(
    r"(?:\b(?:migrants|refugees|asylum[- ]seekers|immigrants)\b(?:\s+[\w'’-]+){0,8}?"
    r"|\bcarrying(?:\s+[\w'’-]+){1,4}?)\s+from\s+(?:neighbou?ring\s+)?$"
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
#: A building or a room named as where something is done: "the East Room".
_ROOM = re.compile(
    r" (?:Room|Hall|Chamber|Palace|Gardens?|Square|Hotel|Stadium|Building|Castle|Pavilion"
    r"|Auditorium|Arena|Cathedral|Basilica|Mosque|Temple)$"
)
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
        and not _OWNED_BY_ITS_PEOPLE.match(text, hit.end)
        and not _imports_of(text, hit)
    ):
        return False
    if text.endswith("the ", floor, start) and _FACILITY_ELSEWHERE.match(text, hit.end):
        return False  # "mourners at the Santa Cruz cemetery in Dili": a site's name
    if text.find("board", max(floor, start - 14), start) >= 0 and _ABOARD.search(
        text, max(floor, start - 14), start
    ):
        return False  # "signed an accord aboard a New Zealand navy ship": where
    kind = kinds.get(hit.actor)
    if kind == "other" and named_event(hit.actor):
        return False  # "since the Cold War", "under the Paris Agreement": no one acts
    if kind == "other" and _IN_NAME.search(text, max(floor, start - 12), start):
        return False  # "signed an agreement in Naypyitaw": a name nothing kinds, after "in"
    if kind == "other" and _ROOM.search(hit.actor) and text.endswith("in the ", floor, start):
        return False  # "signed a treaty in the East Room of the White House": where
    if kind not in ("state", "place") and not (kind == "other" and water(hit.actor)):
        return True  # only where is a location; a sea nothing kinds is one
    before = text[max(floor, start - 28) : start]
    locative = LOCATIVE_BEFORE.search(before)
    if locative is None or ATTACK_AFTER.match(text, hit.end):  # "in Israeli shelling": who
        return True
    if _OWN_INSTITUTION_AFTER.match(text, hit.end):  # "outside the Turkish consulate": Turkey's own
        return True
    if kind == "state" and _BORDER_AFTER.match(text, hit.end):
        return True  # "massed troops near Ukraine's eastern border": Ukraine is faced
    institution = INSTITUTION_IN.search(text, max(floor, hit.start - 40), hit.start)
    if institution is not None and not _OWNER_NAMED_BEFORE.search(
        text, max(floor, institution.start() - 30), institution.start()
    ):
        return True  # "a court in Guyana", "police in Kenya": the state's own (not "British
        # authorities in Gibraltar": Britain's, in Gibraltar)
    if not water(hit.actor) and _STRUCK_THINGS_BEFORE.search(
        text, max(floor, hit.start - 90), hit.start
    ):  # "air strikes on bridges and roads in southern Lebanon": Lebanon is hit (not "seized
        return True  # a tanker in the Strait of Hormuz": where it was, no one's)
    if _MADE_IN.search(before):  # "tariffs on electric vehicles made in China": their maker
        return True
    if _OPERATIONS_IN.search(before):  # "a halt to military operations in Georgia": where
        return True  # they are waged is whom they are waged on
    if _FIRED_OVER.search(text, max(floor, hit.start - 30), hit.start):
        return True  # "fired a ballistic missile over Japan": a show of force to Japan
    # "fired anti-aircraft batteries at Russia": the aim of a shot, not a location.
    return locative.group(0).lower().startswith("at") and bool(
        AIMED_BEFORE.search(text, max(floor, hit.start - 80), hit.start)
    )


#: A ship or an aircraft of a state's owners or flag, or a business of its owners: the state
#: is a party to what is done to it ("hit a Greek-owned bulk carrier", "seized a
#: British-flagged tanker", "torched South African-owned shops").
_OWNED_BY_ITS_PEOPLE = re.compile(
    r"[-–](?:owned|flagged|registered|operated)\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker"
    r"|supertanker|carrier|freighter|trawler|yacht|airliner|plane|aircraft|jet|ferry|liner"
    r"|boat)s?\b"
    r"|[-–](?:owned|run|operated)\s+(?:[\w-]+\s+){0,2}?(?:shops?|stores?|business(?:es)?"
    r"|compan(?:y|ies)|firms?|factor(?:y|ies)|plants?|mines?|farms?|hotels?|restaurants?|banks?"
    r"|supermarkets?|propert(?:y|ies)|assets|oil\s+fields?|offices|schools?|hospitals?|clinics?"
    r"|institutions|media|newspapers?|radio\s+stations?|television\s+stations?|rigs?"
    r"|refiner(?:y|ies)|ports?|airports?)\b"
    # "shelled Russian-held territory", "struck the Houthi-controlled port": the holder's
    r"|[-–](?:controlled|held|occupied)\s+(?:[\w-]+\s+){0,2}?(?:areas?|territor(?:y|ies)"
    r"|regions?|towns?|cit(?:y|ies)|villages?|ports?|districts?|zones?|positions|airports?)\b"
)
#: A name or adjective right before an institution's noun: its owner ("British| authorities").
_OWNER_NAMED_BEFORE = re.compile(
    r"\b(?!(?:A|An|The|Some|Several|Many|Two|Three|Local|Its|Their|His|Her|On|In|Security|Riot"
    r"|Government|Federal|Military|Army|Armed)\s)[A-Z][\w.'’-]*\s+$"
)
#: A state's border named after it: "'s eastern border", "'s frontier".
_BORDER_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:borders?|frontiers?|boundary|doorstep)\b")
#: Goods named by where they are made: the state is their maker, no location.
_MADE_IN = re.compile(r"\b(?:made|produced|manufactured|assembled|grown)\s+in\s+(?:the\s+)?$")
#: Missiles fired over a state: it is the one shown force, not where it happened.
_FIRED_OVER = re.compile(r"\b(?:missiles?|rockets?)\s+(?:over|across)\s+(?:the\s+)?$")
#: A target named by the attacker's words: "what| New Delhi |described as".
_NAMED_BY_WHAT = r"what\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:described\s+as|called|termed)\s+"
_NAMER_AFTER = re.compile(r"\s+(?:described\s+as|called|termed)\b")
#: Strikes on things (no actor) and where they were: the state named there is the one hit;
#: so is the state whose places forces leave.
_STRUCK_THINGS_BEFORE = re.compile(
    r"\b(?:(?:air\s*strikes?|strikes|raids|bombing|shelling|bombardment)\s+(?:on|against)"
    # "struck bridges and roads in southern Lebanon": the verb and the things it hit
    r"|(?:struck|bombed|shelled|pounded|hit|raided|targeted"
    r"|(?<!who )(?<!who have )(?<!who had )(?:seized|captured|stormed|occupied))"  # not "protesters
    r"(?:\s+(?:the|several|dozens\s+of))?"  # who have occupied the central square in Bishkek"
    # "withdrew from several villages in southern Lebanon": Lebanon is left
    r"|(?:withdr[ae]w\w*|pull(?:ed|ing|s)?)\s+(?:(?:its|their)\s+(?:[a-z]+\s+)?(?:troops|forces)\s+)?"
    r"(?:out\s+of|(?:out\s+|back\s+)?from))\s+"
    rf"(?:{_NAMED_BY_WHAT})?"  # "struck what New Delhi described as| a militant camp inside"
    r"(?:(?!in\b|across\b)[a-z-]+\s+){1,7}(?:in|inside|across|throughout)\s+(?:the\s+)?"
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
#: Dhaka sentenced", "Authorities in eastern Libya deported": the state acts.
_AUTHORITY_IN = re.compile(
    r"\b(?:[Pp]olice|authorities|prosecutors|(?:a|[Aa]n?)\s+(?:[a-z]+\s+)?court|judges?)\s+in\s+"
    rf"{_PART_OF}$"
)
#: Where a group sits, not where its act happens: "militants based in Afghanistan attacked".
_BASED_BEFORE = re.compile(
    r"\b(?:based|stationed|headquartered|hiding|sheltering|operating|holed\s+up)\s+(?:in|inside"
    r"|from)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)
