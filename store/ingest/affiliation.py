"""Which state or body a name belongs to, when the text says so: a titled surname the
lexicon knows as a state's office holder ("President Bush"), a body of government named
right after a state ("the US Justice Department", "Rwanda's Senate"), a body's officer
("UN Secretary-General X"), a known group named with a descriptor noun ("Hamas fighters").
What neighbouring mentions and whole sentences say of it is read in sentence_affiliation.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from personae.store.ingest.anaphora import Mention
from personae.store.ingest.candidates import Candidate
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, Match
from personae.store.ingest.lexicon import TITLES, words
from personae.store.ingest.name_words import INSTITUTION_WORDS
from personae.store.ingest.offices import NOT_HOLDERS
from personae.store.ingest.tokens import Tokens

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


def titled_by_state(
    text: str, start: int, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> str | None:
    """The state whose adjective or possessive opens a person's title ("Soviet leader
    Mikhail Gorbachev", "Myanmar junta chief Min Aung Hlaing", "Venezuela's Nicolas
    Maduro"): the person serves it. Only titles stand between: "Iran told Netanyahu" is no
    Iranian's name."""
    for hit in reversed(hits):
        if hit.end > start:
            continue
        if start - hit.end > _TITLE_REACH or not TITLE_WORDS_GAP.fullmatch(text, hit.end, start):
            return None
        if kind_of(hit.actor) == "organisation" and _BODY_OFFICE.search(text, hit.end, start):
            return hit.actor  # "EU Trade Commissioner Pascal Lamy": the body's own officer
        return hit.actor if kind_of(hit.actor) == "state" else None
    return None


#: An office of an international body in a title: "EU Trade Commissioner", "UN envoy".
_BODY_OFFICE = re.compile(
    r"\b(?:[Cc]ommissioner|[Ss]ecretary[- ][Gg]eneral|[Ee]nvoy|[Hh]igh [Rr]epresentative"
    r"|[Cc]hief|[Pp]resident|[Cc]hair(?:man|woman)?|[Dd]irector)\b"
)


#: How far before a name its title may open (characters).
_TITLE_REACH = 40
#: Titles between a state's name and a person's: "'s", "leader", "junta chief", "Foreign
#: Minister", "Secretary of State".
TITLE_WORDS_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:leader|chief|junta|strongman|ruler|premier|president|minister|king"
    r"|queen|prince|emir|general|commander|opposition|foreign|defen[cs]e|prime|deputy|vice"
    # "Egypt's intelligence chief", "Brazil's electoral court chief", "Kenya's police chief"
    r"|army|police|intelligence|spy|security|electoral|court|central|bank|navy|interior|justice"
    r"|finance|trade|energy|oil|health|top|(?-i:[A-Z][a-z]+)(?<!The)|(?-i:of(?=\s+[A-Z]))))*?"
    # "Burkina Faso's new military leader, Captain| Ibrahim Traore": the title in apposition
    r"(?:\s+(?-i:new|interim|military|top)(?:\s+(?-i:military|junta|army))?\s+(?:leader|chief"
    r"|ruler|strongman),(?:\s+(?-i:[A-Z][a-z]+\.?)){0,2})?\s+",
    re.IGNORECASE,
)


#: A title that puts a person against the state's government, whatever offices the lexicon
#: gives them: "opposition leader", "exiled former minister", "sacked deputy prime minister",
#: "jailed dissident".
_AGAINST = r"[Oo]pposition|[Dd]issident|[Ee]xiled|[Ss]acked|[Oo]usted|[Dd]eposed"
#: What may stand between: a state's adjective and a few lower-case words ("Sacked Malaysian
#: deputy prime minister| Anwar Ibrahim").
_TITLE_GAP = r"\s+(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z]+\s+){0,3}$"
OPPOSED_BEFORE = re.compile(rf"\b(?:{_AGAINST}|jailed|detained|imprisoned){_TITLE_GAP}")
#: The same with no word that is as often a verb ("police detained former president X":
#: a state's former officer, as coders still code him), for names no lexicon knows.
REMOVED_BEFORE = re.compile(rf"\b(?:{_AGAINST}){_TITLE_GAP}")
#: Dismissed from the office named next ("Sacked Malaysian deputy prime minister Anwar"),
#: where an ousted head of state is still coded as his state's.
SACKED_BEFORE = re.compile(r"\b[Ss]acked\s+$")


#: Titles of a state's office holders: "President Bush" is a leader, "Mr Bush" anyone.
_STATE_TITLES = frozenset(
    words("""President Minister Premier Chancellor Secretary General Gen Admiral Adm Colonel Col
    Commander Marshal Senator Sen Governor Gov King Queen Prince Emir Sheikh Sultan Ayatollah
    Ambassador Envoy Leader Speaker President-elect""")
)


def leader_state(cand: Candidate, gaz: Gazetteer, date: str | None) -> str | None:
    """ "President Bush", "General Petraeus", "P.W. Botha": the state served by the lexicon's
    people of that surname (and those initials) in office on the article's date, or, if none
    was, by all of them, when that is one state."""
    named = [t for t in cand.tokens if not t.islower()]  # "F.W. de Klerk"
    if not named:  # "Nur-Sultan-in": a title before no name
        return None
    *initials, surname = named
    if initials and all(len(i) == 1 and i.isupper() for i in initials):  # "P.W. Botha": the
        people = [  # people of that surname whose given names have those initials
            p
            for p in gaz.people_named(surname)
            if [w[0] for w in p.name.split()[:-1] if not w.islower()] == initials
        ]
    elif len(cand.tokens) != 1 or cand.title not in _STATE_TITLES:
        return None
    else:
        people = gaz.people_named(cand.name)
    day = (date or "")[:10]
    states = _states_served(people, day)
    if len(states) > 1 and cand.title:  # "President Bush" in 1991: not the Cayman Islands'
        titled = f"{cand.title} {cand.tokens[-1]}"  # minister Bush, whom no one calls so
        states = _states_served([p for p in people if titled in " | ".join(p.aliases)], day)
    return states.pop() if len(states) == 1 else None


def _states_served(people: list[GazetteerEntry], day: str) -> set[str]:
    """The states ``people`` served on ``day``, or, if none was in office then, in all
    their terms."""
    terms = [term for person in people for term in person.terms]
    serving = {
        owner for owner, start, end in terms if start and day and start <= day <= (end or day)
    }
    return serving or {owner for owner, _, _ in terms}


def former_state(person: GazetteerEntry) -> str | None:
    """The one state (or body) a person the lexicon knows served in all their terms: theirs
    when the text names them with an office ("former President X", "Prime Minister X") on
    a date past the lexicon's last term."""
    owners = {owner for owner, _, _ in person.terms}
    return owners.pop() if len(owners) == 1 else None


def after_title(tokens: Tokens, index: int) -> bool:
    """Whether a title opens the name at ``index``: "President X", "former Prime Minister X"."""
    return index > 0 and tokens.gaps[index - 1] == " " and tokens.words[index - 1] in TITLES


#: Words of a body's offices ("Secretary-General", "Managing Director", "High Commissioner").
_BODY_OFFICES = TITLES | frozenset(
    words("Managing High Special Rapporteur Coordinator Prosecutor Executive")
)


#: Last words of a body's office written in lower case ("UN chief", "Taliban spokesman").
_LOWER_OFFICE_HEADS = frozenset(
    words("""chief head envoy leader commander spokesman spokeswoman spokesperson official
    negotiator secretary general director commissioner representative rapporteur prosecutor
    ambassador chairman chairwoman mediator""")
)


#: A body's group of envoys and who leads it: "an African Union panel led by Kofi Annan".
_LED_BY = [[unit, "led", "by"] for unit in words("panel team delegation mission commission")]


def officer_after(tokens: Tokens, last: int) -> int | None:
    """ "UN Secretary-General Antonio Guterres", "NATO Secretary General Jens Stoltenberg",
    "EU foreign policy chief Josep Borrell": the token opening the name of the officer a
    body's name and an office introduce."""
    words, gaps = tokens.words, tokens.gaps
    j = last + 1
    while j < len(words) and gaps[j - 1] in (" ", "-") and words[j] in _BODY_OFFICES:
        j += 1
    if words[last + 1 : last + 4] in _LED_BY:  # "an African Union panel led by Kofi Annan"
        j = last + 4
    elif j == last + 1:  # in lower case: up to two words of a portfolio, then the office
        while (
            j < len(words)
            and j - last <= 3
            and gaps[j - 1] in (" ", "-")
            and words[j].isalpha()
            and words[j].islower()
        ):
            j += 1
            if words[j - 1] in _LOWER_OFFICE_HEADS:
                break
        else:
            return None
    if (
        j == last + 1
        or j >= len(words)
        or gaps[j - 1] != " "
        or not tokens.capitalised[j]
        or words[j] in NOT_HOLDERS
        or words[j] in INSTITUTION_WORDS
    ):
        return None
    return j


def where_a_group_fights(text: str, state: Match, following: Sequence[Match]) -> bool:
    """ "Somalia's al-Shabaab": a state's possessive right before a known armed group's
    name says where the group fights; the state is no actor there (but is in "Iran's
    Revolutionary Guards", the state's own force)."""
    return (
        bool(following)
        and following[0].entry.kind == "armed_group"
        and following[0].entry.affiliation != state.entry.name
        and following[0].start == state.end + 3
        and text[state.end : state.end + 3] in ("'s ", "’s ")
    )


#: Kinds of a known actor that a descriptor noun after its name ("Hamas fighters") leaves as
#: it is: a group or body, not a state ("Syrian rebels" are their own group, of Syria).
GROUP_KINDS = frozenset({"armed_group", "organisation"})
#: Kinds that act by arms: a state, its forces and offices, an armed group (not a company).
ARMED_KINDS = frozenset({"armed_group", "state", "government"})


def possessive_state(word: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """The state whose possessive ``word`` is ("Mali's"), if it is one."""
    if not word.endswith(("'s", "’s")):
        return None
    state = gaz.lookup(word[:-2])
    return state if state is not None and state.kind == "state" else None


def possessive_before(text: str, start: int, gaz: Gazetteer) -> GazetteerEntry | None:
    """The state whose possessive stands right before ``start`` ("Nicaragua's Sandinista
    government"), if one does."""
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return possessive_state(found.group(1), gaz) if found is not None else None


def state_of_after(text: str, end: int, gaz: Gazetteer) -> GazetteerEntry | None:
    """The state a name at ``end`` is said to be "of" ("King Fahd| of Saudi Arabia"): the
    text's word, whatever the dictionaries' dates say of the name."""
    found = _OF_NAME.match(text, end)
    if found is None:
        return None
    state = gaz.lookup(found[1])
    return state if state is not None and state.kind == "state" else None


_OF_NAME = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
_WORD_BEFORE = re.compile(r"(\S+) $")
_TWO_WORDS_BEFORE = re.compile(r"(\S+ \S+) $")


def known_group(phrase: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """ "Islamic State militants", "Rapid Support Forces paramilitaries", "Yemen's Huthi
    rebels", "Lebanese Hezbollah fighters": the known group the phrase names with a
    descriptor noun after it (and, before it, the state it fights in, by its name's
    possessive or its adjective, or the people it is of: no actor there)."""
    name_words = phrase.split(" ")
    while name_words and not name_words[-1][:1].isupper():  # the noun and its qualifier
        name_words.pop()
    entry = gaz.lookup(" ".join(name_words)) if name_words else None
    if entry is None and len(name_words) > 1:  # "Palestinian Islamic Jihad" is known whole
        # a state's or a people's word before the group's name: "Kurdish YPG fighters"; a
        # region's is the name's own ("Bougainville Revolutionary Army", no Japanese group)
        region = gaz.lookup(name_words[0])
        if region is None or region.kind != "place":
            entry = gaz.lookup(" ".join(name_words[1:]))
    return entry if entry is not None and entry.kind in GROUP_KINDS else None


#: A group's code or acronym: capitals and digits ("M23", "FARC"), not a word of a people.
_CODE = re.compile(r"[A-Z][A-Z0-9]*[A-Z0-9]")


def group_code(phrase: str, gaz: Gazetteer) -> str | None:
    """ "M23 rebels", "FARC fighters": the code a group of unknown name is known by, when
    its members are named with it alone (not a known name: "US fighters" are no group)."""
    first = phrase.split(" ", 1)[0]
    if _CODE.fullmatch(first) is None or gaz.lookup(first) is not None:
        return None
    return first if phrase.count(" ") == 1 or phrase.split(" ")[1].islower() else None


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+) $")


def whole_state_name(text: str, span: tuple[int, int], gaz: Gazetteer) -> tuple[int, int]:
    """The span of "Sierra Leone government" where the pattern saw "Leone government": a
    capitalised word before it that, with the name's first word, is a state's name."""
    first_word = unpossessed(text[span[0] : span[1]].split(" ", 1)[0])
    found = span
    for before in (_WORD_BEFORE, _TWO_WORDS_BEFORE):  # "Papua New Guinea's government"
        words = before.search(text, max(0, span[0] - 40), span[0])
        if words is None:
            break
        state = gaz.lookup(f"{words[1]} {first_word}")  # "East Timor's government" too
        if state is not None and state.kind == "state":
            found = (words.start(), span[1])
    return found


#: An office in lower case right before its holder: a state's ("former president X") or
#: also a body's ("prosecutor X", "spokesman X").
_LOWER_OFFICE = re.compile(
    r"\b(president|minister|governor|premier|chancellor|ambassador|senator|mayor|prosecutor"
    r"|spokesman|spokeswoman|spokesperson|envoy) $"
)
_LOWER_STATE_OFFICES = frozenset(
    words("president minister governor premier chancellor ambassador senator mayor")
)


def subject_state(
    text: str,
    cand: Candidate,
    sentence_start: int,
    hits: Sequence[Mention],
    owner_of: Callable[[str], tuple[str | None, bool]],
) -> str | None:
    """ "Argentina asked the IMF for a loan, Economy Minister X said": an official the lexicon
    does not know, named with an office, serves the state the sentence opens with (its
    subject's, or that of the place where it happened), as event coders read the speaker; a
    body's office ("prosecutor X") serves a body opening it too, a state's office skips it
    ("the AU urged Niger to free ousted President X": Niger's).

    ``owner_of``: the state or body an actor stands for, and whether it is a body."""
    start = cand.spans[0][0]
    lower = _LOWER_OFFICE.search(text, max(0, start - 24), start)
    state_office = cand.title in _STATE_TITLES or (
        lower is not None and lower[1] in _LOWER_STATE_OFFICES
    )
    if not state_office and lower is None:
        return None
    owners = [
        owner
        for hit in sorted(
            (h for h in hits if sentence_start <= h.start < start), key=lambda h: h.start
        )
        for owner, body in [owner_of(hit.actor)]
        if not (body and state_office)
    ]
    if owners and (
        _ACTED_ON_BEFORE.search(text, max(0, start - 45), start)
        or ITS_OFFICE.search(text, max(0, start - 45), start)
    ):  # "broke off relations with Colombia, accusing President Ivan Duque", "suspended aid to
        # Guinea-Bissau and urged its army chief, General X": the one acted on serves the
        # other state named, not the subject's
        return next((o for o in reversed(owners) if o != owners[0]), None)
    opened = _CONJUNCTION_BEFORE.search(text, max(0, start - 45), start)
    where = (  # the last name before it, or the place arrived in before "a force that"
        next(
            (
                h
                for h in reversed(hits)
                if sentence_start <= h.end <= opened.start()
                and (opened[0][:4] != "that" or text.endswith(("in ", "into ", "to "), 0, h.start))
            ),
            None,
        )
        if opened is not None
        else None
    )
    if where is not None and text.endswith(("in ", "into ", "to "), 0, where.start):
        here = owner_of(where.actor)[0]  # "troops arrived in Kazakhstan after President X
        if here is not None:  # asked for help": the state where it happens is his
            return here
    end = cand.spans[0][1]
    if (
        owners
        and _REACTS_AFTER.match(text, end)
        and _AND_BEFORE.search(text, max(0, start - 45), start)
    ):  # "Azerbaijan shot down an Armenian helicopter, and Prime Minister Nikol Pashinyan
        # called the act a crime": the one who answers the act serves the state it was done to
        return next((o for o in owners if o != owners[0]), None)
    return owners[0] if owners else None


#: A subordinating word right before an office holder's title: "after| President X".
_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:after|as|when|while|before|because|since|that)\s+(?:[A-Z][\w-]*\s+){1,3}$"
)  # "a force that President Kassym-Jomart Tokayev had requested"
#: A new clause opening before an office holder's title: ", and Prime Minister".
_AND_BEFORE = re.compile(r",\s+(?:and|but)\s+(?:[A-Z][\w-]*\s+){1,3}$")
#: A verb answering an act, right after the office holder's name.
_REACTS_AFTER = re.compile(
    r"\s+(?:called(?!\s+(?:on|upon|for)\b)|condemned|denounced|protested|accused|critici[sz]ed|blamed)\b"
)
#: A verb acting on the office holder named next: "accusing President X", "urged Premier X";
#: or a meeting with them ("arrived in Jakarta for talks with President X"): a host.
_ACTED_ON_BEFORE = re.compile(
    r"(?:\b(?:accus|blam|urg|critici[sz]|condemn|prais|thank|warn|told|met|visit|hosted"
    r"|received|greeted)\w*|\b(?:talks|meetings?|met|spoke|conferred)\s+with)"
    r"\s+(?:[A-Z]\w*\s+){1,3}$"
)


def body_named(text: str, span: tuple[int, int]) -> int | None:
    """Where the body's own name ends before its fighters' noun ("Rwandan Patriotic Front
    rebels": the front), if the name is a body's."""
    words = text[span[0] : span[1]].split()
    if len(words) < 3 or (
        words[-2] not in INSTITUTION_WORDS
        and words[-2] != "group"  # "Maute group militants": wire copy's lower-case "group"
        and not any(
            w in INSTITUTION_WORDS and joined in ("for", "of") for w, joined in pairwise(words)
        )
    ):  # "United Front for Change rebels": the front, whose name ends its own way
        return None
    return span[0] + text[span[0] : span[1]].rindex(" ")


def unpossessed(name: str) -> str:
    """ "Maduro's": "Maduro"."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


#: A head of government's title right before a government named by its leader.
_HEAD_TITLE = r"\b(?:President|Prime Minister|Premier|Chancellor|King|Emir) "
HEAD_TITLE_BEFORE = re.compile(rf"{_HEAD_TITLE}$")
#: A leader's given names between the title and the surname: "Prime Minister Ariel Henry's".
_GIVEN_AFTER_TITLE = re.compile(rf"{_HEAD_TITLE}((?:[A-Z][\w'’-]+ ){{1,3}})$")


_NAMES_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’-]+|da|de|dos|van|von|bin|al) ){1,4}$")


def ruler_named(
    text: str, span: tuple[int, int], ruler: GazetteerEntry | None, gaz: Gazetteer
) -> tuple[GazetteerEntry | None, tuple[int, int]]:
    """The ruler and the span from the ruler's first name on, when first names are written
    before the surname the pattern saw ("Nicolas Maduro's government", "Pierre Nkurunziza's
    government", known only by the whole name): one name, not two actors."""
    before = _NAMES_BEFORE.search(text, max(0, span[0] - 50), span[0])
    if before is None:
        return ruler, span
    surname = unpossessed(text[span[0] : span[1]].split(" ", 1)[0])
    given = before.group(0).split()
    for cut in range(len(given)):  # the longest name first: "Recep Tayyip Erdogan"
        if given[cut][0].islower():
            continue
        entry = gaz.lookup(" ".join([*given[cut:], surname]))
        if entry is not None and (entry is ruler or (ruler is None and entry.kind == "person")):
            return entry, (before.start() + len(" ".join(given[:cut])) + (1 if cut else 0), span[1])
    if (ruler is None or ruler.kind == "person") and (
        titled := _GIVEN_AFTER_TITLE.search(text, max(0, span[0] - 60), span[0])
    ):  # "Prime Minister Ariel Henry's government"; "Prime Minister Boris Johnson's
        return None, (titled.start(1), span[1])  # government", not a Johnson the lexicon knows
    return ruler, span


#: A state's office holder named in apposition after "its": "its military chief,".
ITS_OFFICE = re.compile(
    r"\bits\s+(?:[a-z-]+\s+){0,2}(?:chief|leader|president|premier|ruler|head|commander|king"
    r"|minister)\s*,\s+(?:[A-Z][\w.]*\s+)?$"
)


def government_of(ruler: GazetteerEntry | None, date: str | None) -> str | None:
    """ "Georgian government": Georgia's; "the Biden administration": the state Biden led
    then; "the Fatah government": Fatah's."""
    if ruler is None:
        return None
    if ruler.kind == "person":
        return ruler.affiliation_on(date)
    return ruler.name if ruler.kind in ("state", "organisation") else None
