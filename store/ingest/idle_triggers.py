"""Trigger words that do nothing to anyone where they stand: a word of a name or a body
("the air force", "aid agencies", "prisoners of war"), a phrase that tells no act ("came to
a complete halt", "on suspicion of"), an act called off or a deal given up, a failure or a
refusal that turns no one down, a claim to land, rivals no one is named as; the lexicon
verbs that only tell of an act ("said an attack on X would"); and "back" that backs no one
("fired back", "pushed back hundreds of refugees": back_read). Kept apart from the trigger
search, which asks them of every trigger it finds.
"""

from __future__ import annotations

import re

from personae.store.ingest.idle_acts import told_around
from personae.store.ingest.lexicon import ATTACK_CRAFT
from personae.store.ingest.scan import holds_any

TAKING_PART = re.compile(r"(?:take|takes|took|taking|taken)\s+part\b", re.IGNORECASE)
#: A danger warned of, no threat: "warning that| some 2.7 million people faced severe hunger".
DANGER_WARNED = re.compile(
    r"\s+that\s+(?:[\w,.'’-]+\s+){0,8}?(?:faced?|facing|risk\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hunger|famine|starvation|malnutrition|disease|epidemics?|death|shortages?|floods?"
    r"|drought|homelessness)\b",
    re.IGNORECASE,
)
#: The word a judgement names its object by, no act: "a charge the government dismissed as|
#: exaggerated", "rejected the plan as a violation".
JUDGED_AS_BEFORE = re.compile(
    r"\b(?:dismiss|reject|denounc|describ|brand|condemn|decri|label|criticis|criticiz)\w*\s+"
    r"(?:[\w'’-]+\s+){0,5}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: What an inquiry looks into, no act of the news: "an investigation into| killings, rapes".
INQUIRED_INTO = re.compile(
    r"\b(?:investigations?|inquir(?:y|ies)|probes?|enquir(?:y|ies)|look(?:s|ed|ing)?|prob(?:es|ed|ing))"
    r"(?:\s+on\s+\w+day)?\s+into\s+"
    r"(?:(?:the|alleged|possible|suspected)\s+)?(?:[\w'’-]+,?\s+(?:and\s+)?){0,4}$",
    re.IGNORECASE,
)
#: A reason an act cites, no act: "banned 59 Chinese apps, citing| threats to national security".
CITED_BEFORE = re.compile(
    r"\bciting\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
#: What an advance or a plan met, no meeting: "meeting fierce resistance from", "met with
#: hostility".
MET_WITH = re.compile(
    r"\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?(?:resistance|hostility|scepticism|skepticism|derision"
    r"|indifference)\b",
    re.IGNORECASE,
)
#: An act a warning says would bring something on, right after its noun: "U.S. arms|
#: deliveries could bring unpredictable consequences": the warned-of act is no event.
BRINGS_ON = (
    r"\s+(?:could|would|will|might|may)\s+(?:[a-z]+\s+)?"
    r"(?:bring|lead|have|provoke|trigger|cause|carry|entail|result|draw)\b[^.;]{0,40}?"
    r"\b(?:consequences|response|retaliation|reprisals?)\b"
)
_BRINGS_ON_AFTER = re.compile(r"(?:\s+(?!that\b)[\w-]+){0,4}?" + BRINGS_ON, re.IGNORECASE)


_BROUGHT_WORDS = ("consequences", "response", "retaliation", "reprisal")


def brings_on(text: str, t_end: int) -> bool:
    """The trigger ending at ``t_end`` names an act a warning says would bring something on."""
    return holds_any(text, _BROUGHT_WORDS) and _BRINGS_ON_AFTER.match(text, t_end) is not None


#: Words before a noun of buildings: "the main security| compounds".
_SITE_WORDS_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|two|three|several|security|military|presidential"
    r"|embassy|diplomatic|walled)\s+(?:[a-z-]+\s+){0,2}$"
)
#: What "combat" names a kind of: "combat| drills", "combat| troops".
_COMBAT_NOUN = re.compile(
    r"\s+(?:drills?|exercises?|training|troops|units?|readiness|aircraft|jets|patrols?|missions?"
    r"|brigades?|forces|vehicles|role|operations)\b"
)
#: Those led into a protest: " tens of thousands of supporters in a| rally".
_LED_RALLY = re.compile(
    r"(?:\s+[\w,-]+){0,6}?\s+(?:in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:rall(?:y|ies)|march"
    r"|protests?|demonstrations?|sit-ins?|strikes?)\b"
)
#: What exiles form: "the Miami-based exile| group", "exiled| opposition leaders".
_EXILES = re.compile(
    r"d?\s+(?:[a-z]+\s+)?(?:groups?|community|communities|leaders?|organi[sz]ations?)\b"
)
#: An owner's aim named before a verb: "approved Sweden's bid to| join NATO": the bid is
#: what was approved, no act of the owner's yet.
OWNERS_AIM = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:bid|application|request|plan|proposal|offer|attempts?|efforts?"
    r"|push|drive|quest)\s+to\s+$"
)
#: Protesters named after "from" or "by": whose pressure or act it was, no protest of the
#: sentence's subject ("resigned under pressure from the military and protesters").
CROWD_AS_AGENT = re.compile(
    r"\b(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:protesters|demonstrators)$", re.IGNORECASE
)
#: A participle of coercion with no object after it: passive ("Koreans forced to work for
#: Japanese companies", "were compelled to leave"), no act of the sentence's subject.
#: "forced to resign": a cause, told by its act; "forced their way across": a way made.
MADE_TO = re.compile(
    r"(?:forced|compelled|obliged)\s+to\s|forc(?:e|es|ed|ing)\s+(?:their|its|his|her|a)\s+way\b",
    re.IGNORECASE,
)
#: What is broken that no one is hurt by: "break the deadlock in peace talks", "broke the
#: ice", "broke ranks".
BROKEN_THING = re.compile(
    r"br(?:eak|eaks|oke|eaking|oken)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:deadlock|impasse|stalemate|logjam|ice|silence|record|news|ranks|fast)\b",
    re.IGNORECASE,
)
#: An event called by someone: "general strikes called by the Awami League" (no call made).
CALLED_BY_NOUN = re.compile(
    r"\b(?:strikes?|protests?|elections?|polls?|votes?|referendums?|boycotts?|rall(?:y|ies)"
    r"|march(?:es)?|sessions?|meetings?|ceasefires?|truces?)\s+called\Z"
)
#: A measure slapped on someone ("slapped duties on", "slapped visa requirements on") or hit
#: back with ("hit back on Monday with higher tariffs on", "struck back with a lawsuit").
MEASURE_SLAPPED = re.compile(
    r"(?:slap\w*|(?:hit\w*|str(?:uck|ik\w+))\s+back\s+(?:[\w,]+\s+){0,3}?with)\s+"
    r"(?:[\w$.,%-]+\s+){0,5}?(?:duties|tariffs?|sanctions|bans?|fines?|restrictions|counter-?claims?"
    r"|complaints?|lawsuits?|requirements|freezes|levies|embargo(?:es)?|curbs|quotas"
    r"|countermeasures)\b",
    re.IGNORECASE,
)
#: Who founded a body, in its description: ", founded by billionaire X,".
FOUNDED_BY = re.compile(
    r"(?:founded|established|created|formed|set\s+up|started|launched)\s+(?:in\s+\d{4}\s+)?by\b"
)


def led_body(text: str, start: int, end: int) -> bool:
    """A body described by who leads it, no act: "Nigerian-led ECOMOG peacekeepers" (the
    leading), "a Russian-led military alliance" (the alliance); "the U.S.-led invasion" is
    still an invasion."""
    word = text[start:end].lower()
    if word == "led":
        return text.endswith("-", 0, start)
    return (
        word in ("alliance", "alliances")
        and _LED_BEFORE.search(text, max(0, start - 30), start) is not None
    )


_LED_BEFORE = re.compile(r"-led\s+(?:[a-z]+\s+)?$")


def spoken_of(text: str, start: int) -> bool:
    """A fight the talks are about, or one apologised for or mourned, no fight of the
    speakers: "Erdogan and Putin discussed the fighting in Idlib", "talks on the war in
    Ukraine", "apologised for the 1991 killing of 200 Croatian prisoners"."""
    return _SPOKEN_OF.search(text, max(0, start - 40), start) is not None


_SPOKEN_OF = re.compile(
    r"\b(?:discuss\w*|(?:talk(?:s|ed|ing)?|spoke|speak\w*|consultations?|briefed)\s+"
    r"(?:about|on|over|regarding)|(?:apologi[sz]\w*|regrets?)(?:\s+on\s+\w+day)?\s+(?:for|over)"
    r"|commemorat\w*|mourn\w*)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def unnamed_rivals(text: str, start: int, end: int) -> bool:
    """ "rivals" as a noun that says whose rivals no one is: "to open their services to
    rivals", "music streaming rivals such as Spotify" (but "are rivals", "bitter rivals",
    "a rival of", "Apple's rivals" say it)."""
    return (
        _RIVALS_NOUN.fullmatch(text, start, end) is not None
        and _RIVALS_SAID_BEFORE.search(text, max(0, start - 30), start) is None
        and _RIVALS_OF_AFTER.match(text, end) is None
    )


_RIVALS_NOUN = re.compile(r"rivals?", re.IGNORECASE)
_RIVALS_SAID_BEFORE = re.compile(
    r"(?:\b(?:are|were|be|been|is|was|remain\w*|became|become|as|long-?time|bitter|arch"
    r"|regional|old|main|chief|fierce|historic|traditional)|['’]s?)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_RIVALS_OF_AFTER = re.compile(r"\s+(?:of|to)\s")
#: A capitalised office before "for" or "of": "Commissioner for| Competition".
OFFICE_FOR_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:for|of)\s+(?:the\s+)?$")


def claims_a_thing(text: str, start: int) -> bool:
    """A claim to land or sea, or one that takes lives, charges no one: "China claims virtually
    the entire South China Sea", "to assert Manila's territorial claim", "claimed the lives of"
    (but "claimed that Iran had armed them" is a charge)."""
    return _CLAIMS_A_THING.match(text, start) is not None or (
        text.startswith("claim", start)
        and _TERRITORIAL_BEFORE.search(text, max(0, start - 24), start) is not None
    )


_CLAIMS_A_THING = re.compile(
    r"claim(?:s|ed|ing)?\s+(?:(?:virtually|almost|nearly|practically)\s+)?(?:the\s+(?:entire|whole"
    r"|disputed|islands?|area|region|territory|waters|sea|land|lives)\b|most\b|all\b|much\b"
    r"|parts?\s+of|sovereignty|ownership|large|dozens|hundreds|thousands|lives)",
    re.IGNORECASE,
)
_TERRITORIAL_BEFORE = re.compile(r"\b(?:territorial|maritime|sovereignty|land|border)\s+$")
#: Verbs of telling, whose CAMEO patterns ("report * attack") would make the teller do
#: what they tell of.
REPORTING = re.compile(r"(?:sa(?:id|ys?|ying)|report\w*|t(?:old|ells?|elling))\b", re.IGNORECASE)
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
FLYING = re.compile(r"fl(?:y|ies|ew|own|ying)\b", re.IGNORECASE)
MILITARY_NEAR = re.compile(
    r"\b(?:troops|soldiers|forces|paratroopers|marines|commandos|jets|warplanes|bombers|fighters"
    r"|helicopters|units|reinforcements|battalions?|brigades?|weapons|arms)\b",
    re.IGNORECASE,
)
USE_FORCE = re.compile(r"us(?:e|es|ed|ing)\s+(?:military\s+|armed\s+)?force\b", re.IGNORECASE)
#: Trigger words in phrases that do nothing to anyone: "came to a complete halt", ",
#: leaving parts of the Balkans without heat", "in freezing temperatures", "detained on
#: suspicion of" (the reason for the detention), "a peacekeeping force" (a body of troops),
#: "the EU's competition chief", "struck down a ban" (a ruling), "the fees Khartoum charges to
#: transport crude", "giving President Reagan a hard-won victory", "a coup carried out with
#: the backing of Soviet troops" (whose backing, of a doer not named), "in coordination with
#: Britain" (partners.worked_with reads who works with whom).
NO_ACT = re.compile(
    r"c(?:ame|omes?|oming)\s+to\s+(?:a|an|be|power|terms|light)\s|(?<=, )leaving\s(?!for\b)"
    r"|freezing\s+(?:temperatures|weather|cold|conditions|rain|fog|winter)\b"
    r"|(?:(?<=on )|(?<=under ))suspicion\b"
    r"|(?:(?<=peacekeeping )|(?<=security )|(?<=task )|(?<=military )|(?<=regional )"
    r"|(?<=multinational )|(?<=stabilisation )|(?<=stabilization )|(?<=protection )"
    r"|(?<=intervention )|(?<=reaction ))forces?\b"
    r"|competition\s+(?:chief|commissioner|authorit(?:y|ies)|regulators?|watchdog|law|polic(?:y|ies)"
    r"|concerns|lawyers?|rules|probe|case|investigation)\b"
    r"|str(?:uck|ike|ikes|iking)\s+down\s+(?:a|an|the)\s"
    r"|charg(?:e|es|ed|ing)\s+(?:[\w'’]+\s+){0,3}?(?:to|for)\s+(?:transport|use|ship|carry|access|pump)"
    r"|(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){1,7}?"
    r"(?:victory|boost|blow|setback|defeat|headache|reprieve|edge|majority)\b"
    r"|(?<=with the )(?:backing|support|help|blessing|consent)\s+of\b"
    r"|(?:(?<=in )|(?<=in close ))(?:cooperation|coordination|collaboration|partnership)\s+with\b"
    # "a move John Major greeted with caution": no welcome
    r"|(?:greet|welcom|receiv)\w*\s+with\s+(?:[a-z]+\s+)?(?:caution|scepticism|skepticism"
    r"|suspicion|reservations|wariness)\b"
    # "under the dispute settlement mechanism of the WTO": a procedure's name, no deal
    r"|(?<=dispute )settlement\b"
    # "whether Chinese carmakers benefit from state subsidies", "aid programmes benefiting
    # the government": who gains, no act
    r"|benefit(?:s|ed|ted|ing|ting)?\b"
    # "help Guinea and Liberia contain the Ebola outbreak": a fight against no one
    r"|(?:contain|curb|fight|combat|tackl)\w*\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:outbreak|epidemic|pandemic|virus|disease|spread|fires?|blaze|wildfires?|spill)\b",
    re.IGNORECASE,
)
#: A failure that turns down no one: "failed to halt their advance", "failed to win a
#: majority" (but "failed to reach agreement with", "failed to comply with" are refusals).
FAILED_AT_TASK = re.compile(
    r"fail\w*\s+to\s+(?!(?:reach|agree|approve|accept|ratify|comply|honou?r|pay|repay|deliver|sign"
    r"|settle|resolve|implement|abide|respond|attend|show|keep|meet|return|hand|extradite"
    r"|release|free|cooperate|co-operate|provide|allow|recognise|recognize)\b)[a-z]",
    re.IGNORECASE,
)
#: A refusal to act against someone, which rejects no one: "refused to block the sale of
#: planes to Saudi Arabia", "declined to condemn Russia" (the act it would have been is
#: read, negated).
REFUSED_TO_OPPOSE = re.compile(
    r"(?:refus|declin)\w*\s+to\s+(?:block|stop|halt|ban|bar|veto|condemn|sanction|criticise"
    r"|criticize|punish|blame|oppose|reject|denounce)\b",
    re.IGNORECASE,
)
#: What stands between an undoing verb and the noun it undoes: "the", "its planned".
_BEFORE_ITS_NOUN = r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
#: A deal given up, before its noun: "abandoned the deal", "scrapped a planned merger",
#: "withdrew its signature from a border treaty".
DEAL_UNDONE = re.compile(
    r"\b(?:abandon\w*|scrap(?:s|ped|ping)?|cancel\w*|terminat\w*|call(?:s|ed|ing)?\s+off"
    r"|walk(?:s|ed|ing)?\s+away\s+from"
    r"|withdr[ae]w\w*\s+(?:its\s+signature\s+)?(?:from|out\s+of))" + _BEFORE_ITS_NOUN,
    re.IGNORECASE,
)
#: A document right before "signed" that tells who wrote it: "a communique| signed 'The
#: Extraditables'", "a letter| signed by 40 senators".
SIGNED_DOCUMENT = re.compile(
    r"\b(?:communiqu[eé]|statement|letter|note|leaflet|message|manifesto|petition)s?\s+$",
    re.IGNORECASE,
)
#: A veto or an objection given up, before its noun: "dropped a veto", "lifted its objection".
VETO_DROPPED = re.compile(
    r"\b(?:dropp\w*|lift\w*|withdr[ae]w\w*|abandon\w*|waiv\w*)" + _BEFORE_ITS_NOUN, re.IGNORECASE
)
#: An act called off, right before its noun: "called off nationwide protests".
CALLED_OFF = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+off|cancel\w*|suspend\w*|end(?:s|ed|ing)?)" + _BEFORE_ITS_NOUN,
    re.IGNORECASE,
)


#: After "tax", a noun it names a kind of: "tax| evasion", "tax| returns", no taxing.
_TAX_NOUN = re.compile(
    r"\s+(?:evasion|fraud|avoidance|returns?|credits?|breaks?|cuts?|havens?|code|rates?"
    r"|revenues?|offices?|authorit\w+|inspectors?|officials?|dodging|bills?|dispute)\b"
)
#: After "launch", a site or a thing that names no launching: "a space launch| centre".
_LAUNCH_SITE = re.compile(r"\s+(?:centre|center|site|pad|facility|complex|vehicle)s?\b")


#: A body named for what it does: "a monitoring| mission".
_MONITORS_BODY = re.compile(r" (?:missions?|teams?|groups?|body|bodies|force|unit)\b")


def compound_noun(text: str, start: int, end: int) -> bool:
    """The trigger word only names a force, an envoy, a body or a route, or is a word of
    another phrase: "a carrier strike group", "the air force", "the coast guard", "the Afghan
    charge d'affaires", "aid agencies", "prisoners of war", "road links", "duties on steel
    imports", "a ban on arms sales", "scale back", "the Solidarity trade union", "counter-tariffs",
    "a spy agency", "attack helicopters", "took control of", "an offensive against forces loyal to",
    "a space launch centre"."""
    word = text[start:end].lower()
    return (
        (
            word in ("force", "forces")
            and _FORCE_OWNER.search(text, max(0, start - 9), start) is not None
        )
        or (word == "strike" and _STRIKE_GROUP.match(text, end) is not None)
        or (  # "the main security compounds of his Fatah movement": buildings, nothing
            word.startswith("compound")  # compounded
            and _SITE_WORDS_BEFORE.search(text, max(0, start - 30), start) is not None
        )
        or (word == "launch" and _LAUNCH_SITE.match(text, end) is not None)  # "a space launch
        # centre": a place, nothing launched
        or (word == "monitoring" and _MONITORS_BODY.match(text, end) is not None)  # "a civilian
        # monitoring mission": who they are, no one watched
        or (word == "combat" and _COMBAT_NOUN.match(text, end) is not None)  # "joint combat
        # drills": a kind of drill, no fight
        or (word == "led" and _LED_RALLY.match(text, end) is not None)  # "led tens of
        # thousands of supporters in a rally": the protest is the act, no joint work
        or (word in ("flown", "operated") and text.startswith(" by ", end))  # "planes flown
        # by the exile group": whose planes, no flight of aid
        or (word.startswith("exile") and _EXILES.match(text, end) is not None)  # "the exile
        # group Brothers to the Rescue": who they are, no one exiled
        or (  # "held in Chile's Angol jail": the jail named, no jailing
            word in ("jail", "prison")
            and start > 1
            and text[text.rfind(" ", 0, start - 1) + 1].isupper()
            and not text.endswith(("s ", "'s ", "’s "), 0, start)
        )
        or told_around(text, word, start, end)  # idle_acts.py
        or (word == "invasion" and text.startswith((" force", " fleet"), end))  # "an American
        # invasion force was due to land": the force, no invasion yet
        or (word in ("charge", "charges") and _D_AFFAIRES.match(text, end) is not None)
        or (word == "aid" and _AID_BODY.match(text, end) is not None)
        or (word == "tax" and _TAX_NOUN.match(text, end) is not None)  # "tax evasion"
        or (word == "guard" and _GUARD_OWNER.search(text, max(0, start - 14), start) is not None)
        or (word.startswith("war") and _OF_WAR.search(text, max(0, start - 20), start) is not None)
        or (
            word in ("link", "links") and _ROUTE.search(text, max(0, start - 12), start) is not None
        )
        or (
            (word in _RESTRICTED or word == "loan")
            and (
                _TAXED.search(text, max(0, start - 90), start) is not None
                or _HELD_BACK.search(text, max(0, start - 50), start) is not None
            )
        )
        or (word == "back" and _CUT_BACK.search(text, max(0, start - 10), start) is not None)
        or (word == "trade" and _TRADE_OFFICE.match(text, end) is not None)  # "the trade
        # union", "British trade commissioner James Cross": a body or an office, no trade
        or (word == "counter" and text.startswith("-", end))  # "counter-tariffs": the tariffs
        or (word == "spy" and _SPY_NOUN.match(text, end) is not None)  # "a U.S. spy agency"
        or (  # "the Forces of Freedom and Change alliance": the name's noun, no alliance made
            word in ("alliance", "coalition")
            and _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
        )
        or (word == "command" and _COMMAND_POST.match(text, end) is not None)  # "command
        # centres": a target, no command given
        or (word == "attack" and _ATTACK_CRAFT.match(text, end) is not None)  # "three attack
        # helicopters": a kind of aircraft
        or word in _WATCHERS  # "cooperate with American investigators": people, no inquiry
        or (  # "would make Baghdad pay for the attack": the threat's words, no payment
            word.startswith("pay") and _MADE_TO.search(text, max(0, start - 40), start) is not None
        )
        or (  # "took full control of Mekelle": the taking, an occupation; "at passport
            word == "control"  # control": a checkpoint
            and (
                _CONTROL_TAKEN.search(text, max(0, start - 30), start) is not None
                or _CONTROL_NOUN_BEFORE.search(text, max(0, start - 16), start) is not None
            )
        )
        or (  # "an offensive against forces loyal to the TPLF": who is attacked
            word == "forces" and _FORCES_NAMED.search(text, max(0, start - 12), start) is not None
        )
    )


#: A name's last word right before a word (an opposition's noun after its name), no pair
#: joined by a hyphen ("the Iran-Russia alliance" is one between the two).
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][\w'’]*) $")
#: What a command runs from: "command centres", "a command post".
_COMMAND_POST = re.compile(r"\s+(?:cent(?:re|er)s?|posts?|bunkers?|headquarters|structure)\b")
#: Craft named for attacking, after "attack": "attack helicopters", "an attack submarine".
_ATTACK_CRAFT = re.compile(rf"\s+(?:{'|'.join(ATTACK_CRAFT)})\b", re.IGNORECASE)
_MADE_TO = re.compile(r"\bmake\s+(?:[\w'’.-]+\s+){1,3}$", re.IGNORECASE)
_WATCHERS = frozenset(("investigators", "inspectors", "monitors", "observers", "prosecutors"))
_SPY_NOUN = re.compile(
    r"\s+(?:agency|agencies|chief|services?|planes?|satellites?|ships?|ring|network|scandal"
    r"|agents?|swap)\b"
)
_CONTROL_TAKEN = re.compile(
    r"\b(?:took|take[sn]?|taking|seiz\w+|gain\w*|wrest\w*|assum\w+)\s+"
    r"(?:(?:full|complete|total|effective)\s+)?$",
    re.IGNORECASE,
)
_CONTROL_NOUN_BEFORE = re.compile(
    r"\b(?:passport|border|arms|export|immigration|traffic|quality|gun|mission|flight|ground)\s+$",
    re.IGNORECASE,
)
_FORCES_NAMED = re.compile(r"\b(?:against|the|its|their|his|her|of|by|with)\s+$", re.IGNORECASE)


#: "the Solidarity trade| union", "British trade| commissioner": a body or an office.
_TRADE_OFFICE = re.compile(
    r"\s+(?:unions?|unionists?|federation|confederation|congress|commissioner|representative"
    r"|envoy|attach[eé]|delegation|mission|office)\b"
)


ENDED_BEFORE = re.compile(r"\bend(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?of\s+$", re.IGNORECASE)
#: A fight ended: "ending the war with Eritrea", ", ending nearly a decade of fighting".
WAR_ENDED = re.compile(
    r"\b(?:end|halt|suspension|cessation|pause)(?:s|ed|ing)?\s+(?:(?:the|their|its|a)\s+(?:[\w'’-]+\s+){0,3}?|(?:[\w'’-]+\s+){0,4}?of\s+)$",
    re.IGNORECASE,
)
#: A war the act before ends, told after it: ", ending 11 years of war with the PAIGC" (the
#: recognition ended it, as coders code it: no retreat of its own).
ENDING_WAR_AFTER_ACT = re.compile(
    r"(?<=, )end(?:ing|s|ed)?\s+(?:[\w'’-]+\s+){0,6}?(?:war|fighting|conflict|hostilities"
    r"|insurgency|rebellion|bloodshed)\b",
    re.IGNORECASE,
)
#: "air force", "task forces": a unit's name, not a use of force.
_FORCE_OWNER = re.compile(r"\b(?:air|task|police|security|naval|defen[cs]e|armed) $", re.I)
_STRIKE_GROUP = re.compile(r" (?:groups?|forces?)\b", re.IGNORECASE)
_D_AFFAIRES = re.compile(r" d['’]affaires\b", re.IGNORECASE)
#: "coast guard", "Republican Guard": a force's name, no guarding.
_GUARD_OWNER = re.compile(
    r"\b(?:coast|border|national|republican|presidential|revolutionary|royal) $", re.IGNORECASE
)
#: "scale back military operations", "cut back aid": a reduction, no backing.
_CUT_BACK = re.compile(r"\b(?:scal|cut|roll|stepp?)\w*\s$", re.IGNORECASE)
#: "duties on steel imports from China", "a ban on arms sales to Argentina": what a measure
#: taxes or stops, no trade or aid of its own.
_RESTRICTED = frozenset(
    {"imports", "exports", "import", "export", "arms sales", "sales", "deliveries", "shipments"}
    | {"loans", "investment", "investments", "supplies", "transfers", "aid", "assistance"}
)
_TAXED = re.compile(
    r"\b(?:duties|tariffs?|levies|taxes|bans?|curbs?|restrictions?|quotas?|embargo)\b"
    r"[^.;]{0,60}?\bon\s+(?:[\w$.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: "postponed a $90 million loan", "withheld military aid": what is held back, no aid given.
_HELD_BACK = re.compile(
    r"\b(?:postpon|delay|withh[eo]ld|defer)\w*\s+(?:[\w$€£.,'’-]+\s+){0,4}$", re.IGNORECASE
)
#: "road links", "air and sea links": routes named, no ties.
_ROUTE = re.compile(r"\b(?:road|rail|railway|air|sea|land|ferry|flight|transport|phone) $", re.I)
#: "prisoners of war", "a state of war": people or a state named by a war, no war waged.
_OF_WAR = re.compile(r"\b(?:prisoners?|state|veterans?|crimes?|victims?|theatre) of $", re.I)
#: "aid agencies", "aid workers": who gives aid, named; no aid given.
_AID_BODY = re.compile(
    r" (?:agenc(?:y|ies)|groups?|workers?|organi[sz]ations?|officials?|contractors?"
    r"|convoys?|volunteers?|staff|charit(?:y|ies))\b",
    re.IGNORECASE,
)


_REPELLED = r"(?:them|him|it|the\s+[a-z-]+(?:\s+[a-z-]+)?)"
#: Force answered with force: "fired back", "hit back", "pushed them back", no backing of
#: anyone.
_HIT_BACK = re.compile(
    r"\b(?:(?:fir(?:ed|es|ing)|shot|hit(?:s|ting)?|str(?:uck|ikes?|iking)|f(?:ought|ights?|ighting))"
    rf"\s+(?:{_REPELLED}\s+)?"
    # "pushed them back": repelled; but "pushed back hundreds of refugees" turns them away
    rf"|(?:push(?:ed|es|ing)?|dr(?:ove|ives?|iving)|beat(?:s|ing)?)\s+{_REPELLED}\s+)back$",
    re.IGNORECASE,
)
#: People turned away at a border: "pushed back| hundreds of Rohingya", "turned back| boats".
_TURNED_BACK = re.compile(r"\b(?:push|turn)(?:ed|es|s|ing)?\s+back$", re.IGNORECASE)


def back_read(text: str, t_start: int, t_end: int) -> tuple[int, str] | None:
    """Where the act a "back" ends starts, and its type, when no one is backed: fire
    answered ("fired back", "pushed them back": ASSAULT), people turned away ("pushed back
    hundreds of Rohingya": COERCE, CAMEO 17)."""
    low = max(0, t_start - 32)
    if (found := _HIT_BACK.search(text, low, t_end)) is not None:
        return found.start(), "ASSAULT"
    if (found := _TURNED_BACK.search(text, low, t_end)) is not None:
        return found.start(), "COERCE"
    return None
