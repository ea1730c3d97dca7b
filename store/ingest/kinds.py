"""What a discovered name is: a company, a person, a place, a state's body or an organisation.

A name's own words decide first (a legal suffix, a government or organisation word, a title);
then its shape (a known given name first: a person) and the words around its mentions.  What
nothing settles stays "other" rather than a wrong kind.
"""

from __future__ import annotations

import re
from itertools import pairwise

from personae.store.ingest.candidates import Candidate
from personae.store.ingest.gazetteer import Gazetteer, phoenix_words
from personae.store.ingest.lexicon import (
    ADJECTIVES,
    COMPANY_CUES,
    COMPANY_SUFFIXES,
    EVENT_WORDS,
    GOVERNMENT_WORDS,
    ORGANISATION_CUES,
    ORGANISATION_OPENERS,
    ORGANISATION_WORDS,
    PERSON_CUES,
    STATE_COURTS,
    words,
)
from personae.store.ingest.name_edges import civic_name
from personae.store.ingest.name_words import (
    CONNECTORS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    SYLLABLE_PAIR,
)
from personae.store.ingest.place_names import named_as_place
from personae.store.ingest.places import GROUND_AFTER
from personae.store.ingest.scan import holds_any, longest_match
from personae.store.ingest.tokens import Tokens

_WORDS_AROUND = re.compile(r"[A-Za-z]+")
#: Words that make a name a state's body only with a state in it ("United States Air Force");
#: otherwise an organisation ("Apple Corps", "Office of Fair Trading" aside).
_WEAK_GOVERNMENT = frozenset(
    words(
        "Corps Office Service Services Court Tribunal Authority Guard Guards Force Forces Assembly"
    )
)
#: Before a name, only these say it is a place ("in San Francisco"; "at IBM" does not).
_PLACE_BEFORE = frozenset({"in", "near", "outside", "across"})


#: A group's noun right before its name.
_ARMED_BEFORE = re.compile(
    r"\b(?:militia|rebel group|armed group|militant group|insurgent group|jihadist group"
    # and its fighters: "rebels of the Tutsi-led RPF", "rebels led by Hayat Tahrir al-Sham"
    r"|guerrilla group|rebel movement"
    r"|(?:[Rr]ebels|[Gg]uerrillas|[Ff]ighters|[Mm]ilitiamen|[Ii]nsurgents) (?:of|led by)(?: the)?"
    r"(?: [\w-]+-led)?"
    # and its leader with his name: "rebel leader Laurent Nkunda of the"
    r"|\b(?:[Rr]ebel|[Gg]uerrilla|[Mm]ilitia|[Ii]nsurgent) (?:leader|commander|chief)"
    r"(?: [A-Z][\w'’-]+){1,3} of(?: the)?) $"
)
#: A word every match of _ARMED_BEFORE holds one of (in lower case): most articles have none.
_ARMED_WORDS = (
    "militia",
    "rebel",
    "armed group",
    "militant group",
    "insurgent",
    "jihadist group",
    "guerrilla",
    "fighters",
)
#: What a liberation movement that fights calls itself.
_FIGHTING_BODY = frozenset({"Army", "Front", "Tigers", "Forces", "Movement"})
#: What it fights for or how it fights, in its name.
_INSURGENT_AIMS = frozenset(
    {"Liberation", "Independence", "Revolutionary", "Resistance", "Salvation"}
)


#: A first word that makes a body one of several states: "International", "Inter(-American)".
_BETWEEN_STATES = re.compile(r"Inter(?:national|governmental|parliamentary)?")


def kind_of(cand: Candidate, text: str, gaz: Gazetteer) -> str:
    """The kind of a discovered name: its own words first, then the words around its mentions.

    A person needs a title or a person's name shape (a known given name first); a place needs
    "in" or "near" before it and is never an acronym; what nothing settles stays "other".
    """
    name_words = cand.tokens
    if len(name_words) > 1 and name_words[0] == "Operation":
        return "other"  # "Operation Allied Force": what was done, no one who did it
    if (head := _head_of(name_words)) is not None:
        return head  # "Central Bank of the Argentine Republic", "Bank of the Philippine Islands"
    if (
        len(name_words) > 1
        and name_words[-1] in COMPANY_SUFFIXES
        and name_words[0] not in GOVERNMENT_WORDS  # "Ministry of Mining": the ministry's
    ):
        return "company"
    if named_as_place(name_words, text, cand.spans):
        return "place"  # "Tiananmen Square", "the city of Hama", "the Hoang Sa archipelago"
    if _INSURGENT_AIMS.intersection(name_words) and _FIGHTING_BODY.intersection(name_words):
        return "armed_group"  # "Oromo Liberation Front", "Kachin Independence Army"
    if holds_any(text, _ARMED_WORDS) and any(  # not a modifier's word nor an owner: "rebels
        # of the Tutsi-led RPF", "fighters of Foday Sankoh's RUF" are no Tutsi group, Sankoh
        # no group
        not text.startswith(("-", "'", "’"), end)
        and _ARMED_BEFORE.search(text, max(0, start - 40), start)
        for start, end in cand.spans
    ):
        return "armed_group"  # "the Iranian Kurdish militia PJAK", "the rebel group M23"
    if civic_name(name_words):
        return "organisation"
    if not GOVERNMENT_WORDS.isdisjoint(name_words):
        if _BETWEEN_STATES.fullmatch(name_words[0]):
            return "organisation"  # "Inter-American Commission on Human Rights": no state's
        government = [w for w in name_words if w in GOVERNMENT_WORDS]
        strong = any(w not in _WEAK_GOVERNMENT for w in government) or (
            name_words[-1] == "Court" and name_words[0] in STATE_COURTS
        )  # "the Supreme Court": a state's (not "the International Court of Justice")
        if strong or state_opening(cand, "government", gaz):
            return "government"
        return "company" if _votes(cand, text)[0] else "organisation"
    if not ORGANISATION_WORDS.isdisjoint(name_words) or (
        len(name_words) > 1 and name_words[0] in ORGANISATION_OPENERS
    ):
        return "organisation"
    if cand.titled or SYLLABLE_PAIR.fullmatch(cand.name):
        return "person"  # "Lee Sang-jin", "Sung Yun-mo": a family name and a given name
    # Only now are the words around the mentions read: the name's own words often settle it.
    company, person, place, organisation = _votes(cand, text)
    if _name_shaped(name_words) and (role := _in_role(cand, text)) and (role > 1 or not company):
        return "person"  # "Contoso vice president Bram Hollis", "said Bram Hollis"
    _, given_names = phoenix_words()
    shaped = (
        1 < len(name_words) <= 4
        and name_words[0] in given_names
        and name_words[0] not in ADJECTIVES  # "Christian Democrats"
        and name_words[-1] not in INSTITUTION_WORDS
        and all(w[0].isupper() or w in CONNECTORS for w in name_words)
    )
    if shaped and person + 1 >= company:  # "Apple chief Tim Cook": one company word is no company
        return "person"
    if not shaped:
        person = 0
        if _located(cand, text, gaz):
            return "place"
        if company and _product(cand, text):  # a product only needs telling from a firm
            return "other"
    if (
        len(name_words) == 1
        or place < 2
        or not all(w.istitle() for w in name_words if w not in CONNECTORS)
    ):
        place = 0  # single-word places are the gazetteer's; "in Mac OS X" is no place
    kind, count = "company", company
    if organisation > count:  # "the campaign group ...": a non-profit, whatever it sells
        kind, count = "organisation", organisation
    if person > count:
        kind, count = "person", person
    if place > count:
        kind, count = "place", place
    if count:
        return kind
    return "place" if any(GROUND_AFTER.match(text, end) for _, end in cand.spans) else "other"


def _head_of(name_words: list[str]) -> str | None:
    """The kind a bank's name gives it: a state's bank ("Central Bank of Nigeria") is its
    government's; a company's word before "of" heads the name ("Bank of the Philippine
    Islands" is no place)."""
    if any(a in _STATE_BANKS and b == "Bank" for a, b in pairwise(name_words)):
        return "government"
    if "of" not in name_words[1:]:
        return None
    return "company" if name_words[name_words.index("of") - 1] in COMPANY_SUFFIXES else None


_STATE_BANKS = frozenset(words("Central Reserve National People's"))


#: Nouns for what a person is or does in the news: one next to a name says it is a person's.
_ROLES = (
    r"(?:vice[- ])?president|chair(?:man|woman|person)|(?:co-)?founder|ceo|cfo|coo|cto"
    r"|(?:managing )?director|spokes(?:man|woman|person)|analyst|executive|officer|manager"
    r"|engineer|designer|professor|lawyer|attorney|editor|reporter|correspondent|economist"
    r"|researcher|scientist|minister|secretary|senator|governor|mayor|ambassador|actor"
    r"|actress|singer|musician|author|writer|inventor|entrepreneur|leader|commander|warlord"
    r"|cleric|activist|dissident|journalist|judge|prosecutor|premier|candidate"
    r"|chancellor|billionaire|tycoon|businessman|businesswoman|oligarch|magnate|boss|chief"
    r"|official|passenger|resident|student|farmer|shopkeeper|teacher|doctor|nurse|driver|pilot"
    r"|head|fellow|coordinator"  # "its Latin America head, Søren Vestergaard", "a fellow at"
    r"|sister|brother|wife|husband|son|daughter|mother|father|widow"  # "his sister, Line K."
    r"|soldier|worker|employee|physicist|economist|analyst|negotiator|aide|adviser|advisor"
    r"|critic|blogger|campaigner|opponent|rival|challenger"  # "Kremlin critic Alexei Navalny"
    r"|[a-z]{3,}(?:ist|ian)"  # "venture capitalist Emad Shargi", "politician Ilham Tohti"
)
#: Words that may stand between an apposition's comma and its role: any word ("a senior",
#: "the EU's competition", "Apple's worldwide", "a 25-year-old", "Genentech").
_ROLE_MODIFIER = r"(?:[A-Z][\w&.-]*(?:['’]s)?|[0-9a-z][\w-]*(?:['’]s)?)"
#: "Contoso senior vice president Bram Hollis": a role right before the name.
_ROLE_BEFORE = re.compile(rf"\b(?i:{_ROLES}) $")
#: "Contoso's vice-president of sales for Europe, Bram Hollis, said": a role a few words
#: before the comma that opens the apposition (closed by a comma after the name).
_ROLE_APPOSED_BEFORE = re.compile(rf"\b(?i:{_ROLES})\b[^,.;:!?\"“”()]{{0,40}}, $")
#: "Bram Hollis, Contoso's head of design", "Bram Hollis, chairman of Fabrikam".
_ROLE_APPOSED_AFTER = re.compile(rf", (?:{_ROLE_MODIFIER} ){{0,3}}(?:head of|(?i:{_ROLES})\b)")
#: "Mr. Hollis", "Dr Hollis": an honorific before the name or its short form.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? $")
#: "..., said Bram Hollis.": the speaker named after the verb, closing the clause.
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds) $")
#: How far before a mention a match of each of these may start (their longest match, at
#: most 80 characters): reading back no further finds the same matches, and the patterns
#: of roles, tried at every start position, cost a quarter as much.
_ROLE_REACH, _APPOSED_REACH, _SAID_REACH = (
    longest_match(pattern, 80) for pattern in (_ROLE_BEFORE, _ROLE_APPOSED_BEFORE, _SAID_BEFORE)
)
_CLAUSE_END = re.compile(r"[.,;]|$")


def _after_role(text: str, start: int) -> bool:
    """Whether a person's role stands right before ``start``: "venture capitalist| Emad"."""
    return _ROLE_BEFORE.search(text, max(0, start - _ROLE_REACH), start) is not None


def titled_given_name(text: str, tokens: Tokens, index: int) -> bool:
    """Whether the one word at token ``index`` opens a person's name after a role: "Chief
    executive Graham Whitlock" names a man, not the Graham Corporation."""
    return (
        index + 1 < len(tokens.words)
        and tokens.capitalised[index + 1]
        and tokens.gaps[index] == " "
        and _after_role(text, tokens.starts[index])
    )


def _name_shaped(name_words: list[str]) -> bool:
    """Two or three capitalised words, none an acronym or an institution's word: the shape of
    a person's name whose given name the list lacks ("Greg Joswiak", "Art Levinson")."""
    return 2 <= len(name_words) <= 3 and all(
        word[0].isupper()
        and not word.isupper()
        and word.isalpha()
        and word not in INSTITUTION_WORDS
        and word not in NOT_NAMES
        for word in name_words
    )


def _in_role(cand: Candidate, text: str) -> int:
    """2 if a mention is in apposition with a person's role ("Contoso vice president Bram
    Hollis", "Bram Hollis, chairman of Fabrikam") or its short form follows an honorific
    ("Mr. Hollis"), 1 if it only names a speaker after the verb ("said Bram Hollis."), 0 if
    none of these."""
    if any(_HONORIFIC_BEFORE.search(text, max(0, s - 5), s) for s, _ in cand.context):
        return 2
    said = 0
    for start, end in cand.spans:
        if _after_role(text, start) or _ROLE_APPOSED_AFTER.match(text, end, end + 80):
            return 2
        if text.startswith(",", end) and _ROLE_APPOSED_BEFORE.search(
            text, max(0, start - _APPOSED_REACH), start
        ):
            return 2
        if _SAID_BEFORE.search(text, max(0, start - _SAID_REACH), start) and _CLAUSE_END.match(
            text, end
        ):
            said = 1
    return said


#: A known region or state after a name and a comma: "Cupertino, California", "Lyon, France".
_REGION_AFTER = re.compile(r", ((?:[A-Z][a-z]+\.? ){0,2}[A-Z][a-z]+\.?)(?![\w'’-]| [A-Z])")


#: A product's noun after its name: "Android phones", "the Lion operating system".
_PRODUCT_NOUNS = (
    r"operating systems?|software|(?:smart)?phones?|handsets?|devices?|platforms?|browsers?"
    r"|apps?|consoles?|laptops?|tablets?|chips?|processors?|updates?|users?"
)
_PRODUCT_AFTER = re.compile(rf" (?:{_PRODUCT_NOUNS})\b")


#: A count before a plural name: "sold 13.7 million Macs".
_COUNT_BEFORE = re.compile(r"\d[\d.,]*(?: (?:thousand|million|billion))? $")


def _product(cand: Candidate, text: str) -> bool:
    """Whether most mentions of the name name a product: a product's noun follows them, or
    a count comes before them."""
    products = sum(
        _PRODUCT_AFTER.match(text, end) is not None
        or _COUNT_BEFORE.search(text, max(0, start - 24), start) is not None
        or used_as_product(text, [(start, end)])
        for start, end in cand.spans
    )
    return 2 * products > len(cand.spans)


#: What is said of a product, not of an actor: "the new MacBook Air", "discontinued the
#: iPod", "Snow Leopard was released", "Tiger, priced at $129".
_PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:new|newest|latest|upcoming|redesigned|updated)|\b(?:operating system|software"
    r"|browser|phone|device|platform|app|console|laptop|tablet|chip|processor|computer|player),?"
    r"|\b(?:released|launched|discontinued"
    r"|unveiled|introduced|shipped|refreshed|priced|ships|releases|launches|discontinues"
    r"|unveils|introduces)(?: (?:the|a|an|its|their))?(?: new)?) $"
)
#: A weapon's noun after its maker's name for it: "Patriot air defence systems", "Leopard 2
#: battle tanks", "Shahed drones": a weapon, no actor.
_WEAPON_AFTER = (
    r"(?: \d+[A-Z]?)?(?: (?:air[- ]defen[cs]e|battle|main|attack|cruise|ballistic|fighter))?"
    r" (?:systems?|batteries|tanks?|missiles?|jets?|drones?|rockets?|launchers?|rifles?"
    r"|helicopters?|howitzers?|warplanes?|interceptors?)\b"
)
#: A product's noun after its name, "Windows machines" and "iPod players" among them.
_PRODUCT_NOUN_AFTER = re.compile(
    r"(?:, (?:the|its|a|an|their)(?: (?!of\b)[a-z-]+){0,2})?"  # "Corvid, its new operating system"
    rf" (?:{_PRODUCT_NOUNS}|machines?|computers?|notebooks?|players?|models?)\b"
    rf"|{_WEAPON_AFTER}"
    # the name of an exercise: "the 11-day "Freedom Shield" drills", "its Zapad 2021 exercises"
    r"|[\"”’']?(?: \d{4})? (?:joint |military |naval |air )*(?:drills?|exercises?|manoeuvres"
    r"|maneuvers|war games)\b"
)
_PRODUCT_DONE = re.compile(
    r"(?:,? (?:which |that )?(?:was|were|is|are|will be|has been|had been|would be) |, "
    r"| (?=available\b))"
    r"(?:released|launched|announced"
    r"|discontinued|priced|unveiled|introduced|shipped|available|updated|upgraded)\b"
    r"(?! (?:a|an|its|their|his|her)\b)"  # "ADEDY, launched a general strike": its act
)


def named_event(name: str) -> bool:
    """A name of a war, a crisis, a treaty, a plan, a prize or a storm ("Cold War", "Paris
    Agreement", "Nobel Peace Prize", "Cyclone Nargis"): what happened, was agreed or was won,
    never who acts; nor is such a word left alone after a place's name ("the Warsaw
    Uprising")."""
    return name in EVENT_WORDS or (
        " " in name
        and (
            name.rsplit(" ", 1)[-1] in EVENT_WORDS
            or name.split(" ", 1)[0] in _STORM_WORDS
            or (name.startswith("Super ") and name.split(" ", 2)[1] in _STORM_WORDS)
            or name.startswith("Operation ")  # "Operation Allied Force"
        )
    )


#: First words of the names of storms.
_STORM_WORDS = frozenset(words("Cyclone Hurricane Typhoon Tropical Storm Superstorm"))


def used_as_product(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text speaks of a name as of a product: one of its mentions follows "the
    new" or a verb of releasing, or is released, priced or followed by a product's noun."""
    return any(
        _PRODUCT_BEFORE.search(text, max(0, start - 30), start) is not None
        or _PRODUCT_NOUN_AFTER.match(text, end) is not None
        or _PRODUCT_DONE.match(text, end) is not None
        for start, end in spans
    )


def _located(cand: Candidate, text: str, gaz: Gazetteer) -> bool:
    """Whether a mention of the name is followed by the state or region it lies in."""
    for _, end in cand.spans:
        region = _REGION_AFTER.match(text, end)
        if region is not None:
            entry = gaz.lookup(region.group(1))
            if entry is not None and entry.kind in ("state", "place"):
                return True
    return False


def state_opening(cand: Candidate, kind: str, gaz: Gazetteer) -> str | None:
    """ "United States Air Force", "Iran Foreign Ministry": a state's own body belongs to it."""
    if kind != "government":
        return None
    for size in range(min(3, len(cand.tokens) - 1), 0, -1):
        entry = gaz.lookup(" ".join(cand.tokens[:size]))
        if entry is not None and entry.kind == "state":
            return entry.name
    return None


def _votes(cand: Candidate, text: str) -> tuple[int, int, int, int]:
    """(company, person, place, organisation) cues around the name's mentions."""
    company = person = place = organisation = 0
    several = len(cand.tokens) > 1
    for start, end in cand.spans + cand.context:
        lo, hi = _window(text, start, end)
        before = words_around(text[lo:start])
        after = words_around(text[end:hi])
        around = set(b" ".join(before[-6:] + after[:6]).lower().split())
        cues = around & _COMPANY_CUES
        if cues:  # most mentions: none, and nothing more to read
            company += _own_cues(text, (lo, start, end, hi), cues)
        # "the campaign group X", "volunteers from X": right before the name in its sentence,
        # or the word after it ("X activists")
        located = bool(before) and before[-1] in _PLACE_BEFORE_BYTES
        if not around.isdisjoint(_ORGANISATION_CUES):  # most mentions: no such cue near
            stop = text.rfind(". ", max(0, start - 40), start)  # a sentence ends between
            near = before[-3:] if stop < 0 else words_around(text[stop:start])[-3:]
            if not located:  # "protesters gathered in| Nasiriya": where they gathered
                organisation += len(_ORGANISATION_CUES.intersection(b.lower() for b in near))
            if after and text.startswith(" ", end):
                organisation += after[0].lower() in _ORGANISATION_CUES
        if several:
            person += len(around & _PERSON_CUES)
        place += located
    return company, person, place, organisation


#: Company words that name a firm's officer: the name right before them is the firm's.
_OFFICER_CUES = frozenset({"boss", "ceo"})
#: A capitalised word right after a company word ("rival Microsoft", "the record company,
#: Apple Corps") or right before it ("Microsoft shares", "Contoso's customers").
_NAME_AFTER_CUE = re.compile(r"(?P<owns>['’]s?)?,? ([A-Z][\w&.'’-]*)")
_NAME_BEFORE_CUE = re.compile(r"([A-Z][\w&.-]*[\w&-])(?:['’]s?)? $")


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the words read around a mention begin and end: 60 characters either side, but
    none after a sentence it ends or past its paragraph ("cluster munitions in Stepanakert.
    Shares in the oil company SOCAR": no company word of Stepanakert's).  Those before it may
    be the last sentence's ("the two companies. Apple Corps claims": those it names)."""
    lo = max(0, start - 60)
    if text.startswith((". ", ".\n", "? ", "! "), end):
        return lo, end
    hi = text.find("\n", end, end + 60)
    return lo, hi if hi >= 0 else min(len(text), end + 60)


def _own_cues(text: str, window: tuple[int, int, int, int], cues: set[bytes]) -> int:
    """How many of the company words ``cues`` near the mention at ``start``-``end`` may
    describe it: one next to another name describes that one ("support for ActiveSync,
    licensed from rival Microsoft"; "the Beatles' record company, Apple Corps").
    ``window``: (lo, start, end, hi), see _window."""
    lo, start, end, hi = window
    return sum(
        any(
            _describes_mention(text, match, start, end)
            for bounds in ((lo, start), (end, hi))
            for match in _CUE_PATTERNS[cue].finditer(text, *bounds)
        )
        for cue in cues
    )


def _describes_mention(text: str, cue: re.Match[str], start: int, end: int) -> bool:
    """Whether the company word ``cue`` may describe the mention at ``start``-``end`` rather than a name next to it ("rival Microsoft"), or the firm
    owning it ("the company's App Store")."""
    if cue.group().lower() == "brand" and text.startswith(" new", cue.end()):
        return False  # "the brand new iPod touch": no brand
    if cue.group().lower() in _OFFICER_CUES:  # "Tesla boss Elon Musk": the firm before it
        return text[end : cue.start()].isspace() or text[end : cue.start()] in ("'s ", "’s ")
    after = _NAME_AFTER_CUE.match(text, cue.end())
    if after is not None and after.group(2) not in NOT_NAMES:
        return after.start(2) == start and not after["owns"]
    before = _NAME_BEFORE_CUE.search(text, max(0, cue.start() - 60), cue.start())
    if before is not None and before.group(1) not in NOT_NAMES:
        return start <= before.start(1) < end
    return True


#: Each byte that is no ASCII letter, as a space: what splits an ASCII window into the runs
#: of letters _WORDS_AROUND finds there, at C speed, without a match object for each word.
_NOT_LETTERS = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
#: The cues as bytes, as the words around a mention are read (words are ASCII letters: a cue
#: with other characters matches no word, as before).
_COMPANY_CUES = frozenset(cue.encode() for cue in COMPANY_CUES)
_PERSON_CUES = frozenset(cue.encode() for cue in PERSON_CUES)
_ORGANISATION_CUES = frozenset(cue.encode() for cue in ORGANISATION_CUES)
_PLACE_BEFORE_BYTES = frozenset(word.encode() for word in _PLACE_BEFORE)
#: Each cue as a run of letters of its own, as ``words_around`` splits the window.
_CUE_PATTERNS = {
    cue: re.compile(rf"(?<![A-Za-z]){cue.decode()}(?![A-Za-z])", re.IGNORECASE | re.ASCII)
    for cue in _COMPANY_CUES
}


def words_around(window: str) -> list[bytes]:
    """The runs of ASCII letters in ``window`` (``_WORDS_AROUND.findall``), as bytes: an
    ASCII window, nearly all, is split in C; any other is searched."""
    if window.isascii():
        return window.encode().translate(_NOT_LETTERS).split()
    return [word.encode() for word in _WORDS_AROUND.findall(window)]
