"""The company or international body a person is named as an officer of: "Nvidia chief
executive Jensen Huang", "Hermann Hauser, a co-founder of Arm", "The UN commander in Bosnia,
Lieutenant General Rupert Smith", "Martin Hale, Google's president of global affairs".  The
person stays an actor of their own, as an officer of a state does, with the company or body
as their affiliation: selecting it lights up its officers, and an officer is never related
to their own employer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from personae.store.ingest.actor_records import Hit

#: A company officer's title, in lower case or capitalised.
_TITLE = (
    r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|[Cc]hair(?:man|woman|person)|[Pp]resident"
    r"|(?:[Cc]o-)?[Ff]ounder|[Ss]pokes(?:man|woman|person)|[Cc]hief\s+[Ff]inancial\s+[Oo]fficer"
    r"|CFO|[Mm]anaging\s+[Dd]irector|[Cc]hief|[Bb]oss)"
)
#: Between the company and its officer: "Nvidia| chief executive |Jensen Huang".
_TITLE_BETWEEN = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{_TITLE}\s+")
#: Between the officer and the employer: "Hermann Hauser|, a co-founder of |Arm", "Wang
#: Lixin|, a spokeswoman for |China's Foreign Ministry"; a company's with its article (bare,
#: "Steve Jobs, co-founder of Apple" says who he is, not whom he acts for).
_OF_EMPLOYER_BETWEEN = re.compile(
    rf",\s+(?P<article>(?:a|an|the|its)\s+)?(?:(?:former|deputy|senior|acting)\s+)?(?:{_TITLE}|head)\s+"
    r"(?:and\s+[a-z\s-]+\s+)?(?:of|at|for)"
    r"\s+(?:the\s+)?"
)


#: Between an international body and its officer in apposition: "The UN| commander in
#: Bosnia, Lieutenant General |Rupert Smith".
_BODYS_OFFICER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:commander|envoy|chief|head|representative|mediator|negotiator"
    r"|spokes(?:man|woman|person)|secretary-general)(?:\s+(?:in|for|to|on)\s+[^,;.]{1,40})?,\s+"
    r"(?:(?:[A-Z][\w.]*)\s+){0,3}"
)


#: Between an international body and the officer its title names: "the African Union
#: Commission| chairman |Moussa Faki Mahamat", "the UN| human rights chief |Volker Turk".
_BODYS_TITLE = re.compile(
    r"\s+(?:(?:[a-z-]+\s+){0,2}?(?:chair(?:man|woman|person)|president|secretary-general|chief"
    r"|head|commissioner)|(?:Chair(?:man|woman|person)|President|Secretary-General"
    r"|General Secretary|Secretary General))\s+"  # "NLC President| Joe Ajaero": right after
)


#: A body's officer in its relative clause: "the National Union of Mineworkers|, whose leader
#: |Arthur Scargill accused".
_WHOSE_OFFICER = re.compile(
    r",\s+whose\s+(?:[a-z-]+\s+)?(?:leader|chief|head|president|chair(?:man|woman|person)"
    r"|founder|spokes(?:man|woman|person)|secretary-general|general\s+secretary)\s+"
    r"(?:[A-Z][\w.]*\s+){0,3}"
)


def body_officers(text: str, hits: Sequence[Hit], kind_of: Callable[[str], str]) -> dict[str, str]:
    """Each person named in apposition or by title as an international body's officer,
    with that body: the text says so outright, over any state the lexicon's dates give the
    person ("Moussa Faki Mahamat" was Chad's minister before he chaired the AU's
    commission)."""
    found: dict[str, str] = {}
    for number, hit in enumerate(hits):
        if kind_of(hit.actor) != "organisation":
            continue
        person = next(
            (h for h in hits[number + 1 : number + 4] if kind_of(h.actor) == "person"), None
        )
        if person is not None and (
            _BODYS_OFFICER.fullmatch(text, hit.end, person.start)
            or _BODYS_TITLE.fullmatch(text, hit.end, person.start)
            or _WHOSE_OFFICER.fullmatch(text, hit.end, person.start)
        ):
            found.setdefault(person.actor, hit.actor)
    return found


#: A body's organ named after it: "the African Union| Commission", "the ECOWAS| Council".
_ORGAN = re.compile(r" (?:Commission|Council|Secretariat|Assembly|Parliament|Court)$")


def organ_of(name: str, is_body: Callable[[str], bool]) -> str | None:
    """The international body whose organ ``name`` names, if its first words are one."""
    organ = _ORGAN.search(name)
    return name[: organ.start()] if organ and is_body(name[: organ.start()]) else None


def company_officers(
    text: str, hits: Sequence[Hit], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """Each person named right after a company and an officer's title, with that company;
    a name no lexicon knows whose officer is its "chief executive" or "CEO" is a company too
    ("Tesla chief executive Elon Musk")."""
    found: dict[str, str] = {}
    for first, second in pairwise(hits):
        if kind_of(second.actor) != "person":
            continue
        between = _OFFICER_TITLES.get(kind_of(first.actor))
        if between is not None and between.fullmatch(text, first.end, second.start):
            found.setdefault(second.actor, first.actor)
    return found


#: Between a name and its officer, a title only a company gives: "Tesla| chief executive |Elon
#: Musk", "Nissan's| CEO |Makoto Uchida".
_EXECUTIVE_BETWEEN = re.compile(
    r"(?:['’]s)?\s+(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|[Cc]hief\s+[Ff]inancial"
    r"\s+[Oo]fficer|CFO)\s+"
)
#: The titles between an employer of each kind and its officer.
_OFFICER_TITLES = {"company": _TITLE_BETWEEN, "other": _EXECUTIVE_BETWEEN}


#: Between an officer and their employer in apposition: "Martin Hale|, |Google".
_BEFORE_EMPLOYER = re.compile(r",\s+(?:the\s+)?")
#: After the employer, its officer's title: "Google|'s president of global affairs", "the
#: Commission|'s executive vice-president in charge of competition", "the WFP| country
#: director".
_EMPLOYERS_TITLE = re.compile(
    rf"(?:['’]s)?\s+(?:(?:former|acting|new|top|senior)\s+)?(?:[a-z]+\s+){{0,2}}"
    rf"(?:vice-|deputy\s+)?(?:{_TITLE}|director|head|commissioner|counsel|officer|executive)\b"
)
#: Kinds of employer an apposition can name; a state's officers are found by its offices.
_EMPLOYERS = frozenset({"company", "organisation", "government"})


def officers_in_apposition(
    text: str, hits: Sequence[Hit], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """Each person an apposition names as the officer of a company, an international body
    or a state's body, with it: "Hermann Hauser, a co-founder of Arm", "Martin Hale, Google's
    president of global affairs", "Wang Lixin, a spokeswoman for China's Foreign Ministry".
    The apposition says so outright, over any state the person's titles suggest."""
    found: dict[str, str] = {}
    for first, second in pairwise(hits):
        employer = kind_of(second.actor)
        between = _OF_EMPLOYER_BETWEEN.fullmatch(text, first.end, second.start)
        titled_of = (  # "the head of Naftogaz": whatever else it is, a body with a head;
            between is not None  # "Lula, founder of the Workers' Party": a party's, bare
            and (employer in _EMPLOYERS or employer == "other")
            and (between["article"] is not None or employer != "company")
        )
        possessed = (
            employer in _EMPLOYERS
            and _BEFORE_EMPLOYER.fullmatch(text, first.end, second.start)
            and _EMPLOYERS_TITLE.match(text, second.end)
        )
        if kind_of(first.actor) == "person" and (titled_of or possessed):
            found.setdefault(first.actor, second.actor)
    return found


#: Between a state's body and its officer: "the Foreign Ministry| spokeswoman |Mao Ning".
_SPOKESPERSON_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:chief\s+)?spokes(?:man|woman|person)\s+")


def government_officers(
    text: str, hits: Sequence[Hit], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """Each person named right after a state's body and "spokesman" or "spokeswoman", with
    that body: "Foreign Ministry spokeswoman Mao Ning" speaks for the ministry's state."""
    return {
        second.actor: first.actor
        for first, second in pairwise(hits)
        if kind_of(first.actor) == "government"
        and kind_of(second.actor) == "person"
        and _SPOKESPERSON_BETWEEN.fullmatch(text, first.end, second.start)
    }
