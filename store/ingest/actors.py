"""Who is in an article: gazetteer names, named patterns and discovered capitalised names.

Three passes over one token list, each claiming the tokens it explains so that later passes
never re-read them: (1) descriptive names (described.py: "the Biden administration", "Sunni
fundamentalist groups"), (2) the gazetteer (with office holders and "X's allies"), (3)
discovery of names the gazetteer lacks (discovery.py, candidates.py), whose short forms and
spellings ("Khomeini", "GM", "Contoso Ltd") resolve to one actor (resolve.py) and whose kind
the name and its context decide (kinds.py). The records they fill are in actor_records.py.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count, pairwise
from operator import attrgetter

from personae.store.ingest.actor_records import Actor, Actors, Found, Hit
from personae.store.ingest.affiliation import (
    GROUP_KINDS,
    OPPOSED_BEFORE,
    REMOVED_BEFORE,
    SACKED_BEFORE,
    after_title,
    body_named,
    former_state,
    government_of,
    group_code,
    known_group,
    officer_after,
    possessive_before,
    possessive_state,
    ruler_named,
    state_before,
    state_of_after,
    unpossessed,
    where_a_group_fights,
    whole_state_name,
)
from personae.store.ingest.anaphora import (
    followers_references,
    halves_named,
    object_references,
    possessive_references,
    pronoun_references,
)
from personae.store.ingest.described import (
    DESCRIPTIVE,
    group_own_name,
    led_governments,
    members_named,
    republics_named_together,
)
from personae.store.ingest.descriptions import description_references, without_described
from personae.store.ingest.discovery import discover, titled_elsewhere
from personae.store.ingest.employers import (
    body_officers,
    company_officers,
    government_officers,
    officers_in_apposition,
    organ_of,
)
from personae.store.ingest.gazetteer import Gazetteer, load_gazetteer
from personae.store.ingest.indigenous import without_indigenous
from personae.store.ingest.kinds import titled_given_name
from personae.store.ingest.legislatures import congress_of
from personae.store.ingest.lexicon import COLLECTIVE_NOUNS, STOPWORDS, TITLES
from personae.store.ingest.name_edges import (
    COMPANY_TAILS,
    acronyms_spelled,
    arabic_name_part,
    company_tail,
    given_name,
    inside_longer_name,
    joined_to_a_name,
    names_group_after,
    opens_group_name,
    opens_party_name,
    qualified_names,
    without_legal_form,
    yields_to_longer_name,
)
from personae.store.ingest.name_words import NAME_OPENERS
from personae.store.ingest.offices import (
    holder_after,
    holder_before,
    holder_next,
    names_an_office,
    office_after,
    office_kind,
)
from personae.store.ingest.opposition import (
    bare_oppositions,
    former_leaders_parties,
    members_listed,
    members_of_opposition,
    opposition_after,
    opposition_name,
    protesters_after,
)
from personae.store.ingest.places import (
    combined_with,
    filed_from,
    named_as_province,
    seat_of_state,
    seat_opening,
)
from personae.store.ingest.sentence_affiliation import home_parties, join_parties, sole_states
from personae.store.ingest.state_forces import state_forces
from personae.store.ingest.tokens import claimed_in, tokenise
from personae.store.model import Span

#: What the other passes read from here: the finder and the records it returns.
__all__ = ["Actor", "Actors", "Hit", "find_actors"]

#: Who props a government up, glued to its noun: "Vietnamese-backed", "Soviet-installed".
_PROPPED = re.compile(r"[\w.]+[-–](?:backed|installed|led|supported|appointed|imposed|sponsored)")
_COLLECTIVE = re.compile(rf"['’]s ({COLLECTIVE_NOUNS})\b")
#: A company's workers' union: "Hyundai Motor's labour union", "Samsung's union".
_UNION = re.compile(r"['’]s? (?:(?:labou?r|trade|workers'?|main) )?union\b")
_ORDINAL = re.compile(r"(?:\b[Tt]he |\b)(\d+(?:st|nd|rd|th) )?$")


#: A count opening a sentence before a group's name: "Twenty Kurdish rebels were killed",
#: "Hundreds of Seleka rebels".
_COUNT = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|(?:Thir|Four|Fif|Six"
    r"|Seven|Eigh|Nine)teen|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)ty|Dozens|Hundreds"
    r"|Thousands|Several|Some|Many)"
)
_COUNTED = re.compile(r"\w+ (?:of (?=[A-Z]))?")


def find_actors(
    text: str,
    sentences: tuple[Span, ...],
    *,
    skip: int = 0,
    gazetteer: Gazetteer | None = None,
    date: str | None = None,
) -> Actors:
    """Actors and their mentions in ``text``; ``sentences`` tell sentence-initial words apart.

    The first ``skip`` characters (a dateline: where the writer filed from) name no actor.
    ``date`` (ISO, the article's) picks the state a leader served that day.
    """
    gaz = gazetteer or load_gazetteer()
    tokens = tokenise(text)
    words, starts, is_cap = tokens.words, tokens.starts, tokens.capitalised
    # Asked only for lower-case forms: does the article also use a name as a common word?
    article_words = tokens.distinct
    # Tokens that open a known name: its distinct words are looked up once, not every token.
    openers = gaz.openers(article_words, set(compress(words, is_cap)))
    starters = list(compress(count(), map(openers.__contains__, words)))
    claimed = [s < skip for s in starts] if skip > 0 else [False] * len(words)
    found = Found()
    initial = _sentence_starts(sentences, starts)
    if skip and (after_dateline := bisect.bisect_left(starts, skip)) < len(starts):
        initial.add(after_dateline)  # it opens the first sentence ("... - Riot police")
    #: Token index of a name that follows a state's office ("Kenyan Trade Minister X"): X's state.
    served: dict[int, str] = {}
    #: The entries whose aliases their actor already has (by id: entries live as long as the
    #: gazetteer).
    aliased: set[int] = set()

    def claim(start: int, end: int) -> None:
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            claimed[i] = True

    for names, kind, nouns in DESCRIPTIVE:
        if nouns.isdisjoint(article_words):  # the cheap test spares most articles the scan
            continue
        for span in names(text):
            if kind == "government":  # "the United States government", not "States government"
                span = whole_state_name(text, span, gaz)
            first_word = text[span[0] : span[1]].split(" ", 1)[0]
            if _COUNT.fullmatch(first_word) and text.count(" ", *span) > 1:
                counted = _COUNTED.match(text, span[0])  # "Twenty Kurdish rebels", "Hundreds
                span = (counted.end() if counted else span[0], span[1])  # of Seleka rebels":
                first_word = text[span[0] : span[1]].split(" ", 1)[0]  # named after the count
            if (
                first_word in STOPWORDS
                or first_word in TITLES
                or (  # "the Vietnamese-backed government in Phnom Penh": where, not who,
                    _PROPPED.fullmatch(first_word)  # names it (but "Yemen's Saudi-backed
                    and possessive_before(text, span[0], gaz) is None  # government" is Yemen's)
                )
                or any(claimed_in(span, starts, claimed))
            ):
                continue
            name = text[span[0] : span[1]]
            if kind == "armed_group":  # "Catalan separatist leaders": the Catalan separatists
                name = members_named(name)
            if kind == "armed_group" and names_group_after(text, span[1], gaz):
                continue  # "the Syrian Kurdish militia YPG": a description of the YPG
            ruler = (
                gaz.lookup(unpossessed(name.rsplit(" ", 1)[0]))
                if kind == "government"
                else known_group(name, gaz)
            )
            if kind == "government" and (ruler is None or ruler.kind == "person"):
                ruler, span = ruler_named(text, span, ruler, gaz)
                name = text[span[0] : span[1]]
            owner = (  # "Mali's Tuareg rebels", "Nicaragua's Sandinista government"
                possessive_state(first_word, gaz) or possessive_before(text, span[0], gaz)
                if ruler is None
                else None
            )
            code = group_code(name, gaz) if kind == "armed_group" and ruler is None else None
            if ruler is not None and ruler.kind in GROUP_KINDS:  # "the Hamas regime": Hamas
                found.add(ruler.name, ruler.kind, *span).add_alias(name)
            elif code is not None:  # "M23 rebels": the group M23
                found.add(code, kind, *span).add_alias(name)
            elif kind == "armed_group" and (own := body_named(text, span)) is not None:
                if owner is not None:  # "Brazil's First Capital Command gang": the gang's
                    span = (span[0] + len(first_word) + 1, span[1])  # own name, no state's
                    name = text[span[0] : span[1]]
                found.add(text[span[0] : own], kind, *span).add_alias(name)
            elif owner is not None and kind == "armed_group":  # "Mali's Tuareg rebels": the
                span = (span[0] + len(first_word) + 1, span[1])  # state is named on its own
                actor = found.add(members_named(text[span[0] : span[1]]), kind, *span)
                actor.affiliation = owner.name
            else:
                actor = found.add(name, kind, *span)
                actor.affiliation = government_of(ruler, date) or (owner.name if owner else None)
                if kind == "armed_group" and (own_name := group_own_name(name)):
                    actor.add_alias(own_name)  # "Seleka insurgents": the Seleka
            claim(*span)

    for name, start, end in republics_named_together(text):  # "Donetsk and Luhansk
        found.add(name, "other", start, end)  # people's republics": each its own
        claim(start, end)
    matches = gaz.match(text, tokens.starts, tokens.ends, claimed, starters)
    filed = filed_from(text[:skip], gaz, date)  # the state the article was filed from
    widened: dict[int, int] = {}  # a group's match -> where the longer name it ends starts
    spelled = acronyms_spelled(text)
    for index, hit in enumerate(matches):
        if claimed[hit.first_token]:  # inside an office named before ("Colombian Congress")
            continue
        if opens_group_name(text, hit, matches[index + 1 : index + 2]):
            widened[index + 1] = hit.start  # "Bougainville Revolutionary Army"
            continue
        if index in widened:
            start = widened[index]
            found.add(text[start : hit.end], hit.entry.kind, start, hit.end)
            claim(start, hit.end)
            continue
        if gaz.renamed_by(text[hit.start : hit.end], date):  # Salisbury, England, in 2018
            continue
        surface = text[hit.start : hit.end]  # Moscow in 1985, or in a story on the Soviets
        if spelled.get(surface, hit.entry.name) not in hit.entry.all_names:
            continue  # "the Justice and Equality Movement (JEM)": its initials, no lexicon's
        others = (m.entry.name for m in matches if text[m.start : m.end] != surface)
        entry = gaz.seat_on(hit.entry, surface, date, others)
        if (state := seat_of_state(text, hit, matches)) is not None:
            entry = gaz.lookup(state) or entry  # "accused Brussels" in a story on Belgium
        owner = congress_of(text, hit, matches, date, gaz, filed) or (
            seat_opening(text, hit.start, surface, date)
            if entry.kind == "government" and not possessive_before(text, hit.start, gaz)
            else None
        )
        lexicon_owner = entry.affiliation_on(date)
        if owner is not None and owner.name != lexicon_owner:
            # "Peruvian President Fujimori dissolved Congress"; "In Islamabad, the Foreign
            # Office summoned": Pakistan's, named apart from the lexicon's Britain's; "In
            # Washington, the Treasury Department": the lexicon's, now known to be American
            name = (
                f"{next(iter(owner.demonyms), owner.name)} {surface}"
                if lexicon_owner
                else entry.name
            )
            found.add(name, "government", hit.start, hit.end).affiliation = owner.name
            claim(hit.start, hit.end)
            continue
        start, end, name, kind = hit.start, hit.end, entry.name, entry.kind
        if kind == "state" and (combined := combined_with(text, start)) is not None:
            partner = gaz.lookup(combined[1])  # "Franco-German": France too
            if partner is not None and partner.name != name:
                found.add(partner.name, "state", combined[0], start - 1)
                claim(combined[0], start - 1)
        if kind == "state" and (
            where_a_group_fights(text, hit, matches[index + 1 : index + 2])
            or given_name(tokens, hit.first_token, hit.last_token)
            or opens_party_name(text, hit.end)
        ):
            continue  # "Foreign Minister Israel Katz": a person's name, no state
        if kind in ("state", "place") and arabic_name_part(tokens, hit.first_token, hit.last_token):
            continue  # "Sheikh Sabah al-Ahmad al-Sabah": no Malaysian state
        last = hit.last_token
        if (  # "Honda Motor", "Boeing Co.": the company's longer name
            entry.kind == "company" and last + 1 < len(words) and words[last + 1] in COMPANY_TAILS
        ):
            last, end = company_tail(text, tokens, last, end)
        surface = text[start:end]
        if kind == "person" and hit.first_token == last and entry.of_another_time(date):
            continue  # a surname alone, decades from the lexicon's person: someone else
        if hit.first_token == last and titled_elsewhere(text, start, entry, found.hits, found):
            continue  # "Saudi King Abdullah": not the lexicon's Abdullah II of Jordan
        if kind == "company" and hit.first_token == last and named_as_province(text, start, end):
            continue  # "raids in Navarre": Spain's province, not the Navarre Corporation
        if kind == "company" and hit.first_token == last and titled_given_name(text, tokens, last):
            continue  # "Chief executive Graham Whitlock": a given name, not Graham Corp
        opener = words[hit.first_token]
        if (  # a sentence's "New York Stock Exchange" would lose its "New", a stopword there
            (opener not in STOPWORDS or (opener in NAME_OPENERS and hit.first_token not in initial))
            and yields_to_longer_name(tokens, hit.first_token, last, entry, gaz)
        ) or (
            hit.first_token == last
            and entry.kind != "state"
            and not surface.isupper()
            and surface.lower() in article_words
        ):
            continue
        if (
            kind == "person"
            and names_an_office(surface)
            and (next_name := holder_next(text, tokens, end)) is not None
            and (state := entry.affiliation_on(date)) is not None
        ):  # "German Chancellor Olaf Scholz": the dictionaries' office, held by the name after it
            if not REMOVED_BEFORE.search(text, max(0, start - 40), start):  # "sacked
                served.setdefault(next_name[0], state)  # deputy prime minister Anwar": no more
            claim(start, next_name[1])
            continue
        # "Kenyan Trade Minister Moses Wetangula": the text's word for it, whatever the date
        affiliation = served.get(hit.first_token) or entry.affiliation_on(date)
        if affiliation and getattr(gaz.lookup(affiliation), "name", None) == entry.name:
            affiliation = None  # the dictionaries' "World Food Programme" of "WFP": its own
            # acronym, no body it belongs to
        if kind == "person" and (of_state := state_of_after(text, end, gaz)) is not None:
            affiliation = of_state.name  # "King Fahd of Saudi Arabia"
        if kind == "government" and (owner := possessive_before(text, start, gaz)) is not None:
            affiliation = owner.name  # "Pakistan's Foreign Office": not Britain's, the lexicon's
        if kind == "person" and OPPOSED_BEFORE.search(text, max(0, start - 40), start):
            affiliation = None  # "opposition leader Nelson Chamisa": not the state's, now
        elif affiliation is None and kind == "person" and after_title(tokens, hit.first_token):
            affiliation = former_state(entry)  # "former President X", past the lexicon's dates
        if kind in GROUP_KINDS:  # "UN Secretary-General X": the body's officer, not a state's
            holder = officer_after(tokens, last)
            if holder is not None:  # "Russia's UN envoy X": the state's officer at the body
                sender = state_before(text, start, found.hits, found.kind_of)
                served.setdefault(holder, sender or entry.name)
                claim(tokens.starts[last + 1], tokens.ends[holder - 1])  # the office: no name
        opposed = opposition_after(text, end) if entry.kind == "state" else None
        protesters = (
            protesters_after(text, end)
            if entry.kind == "state" and surface in entry.demonyms
            else None
        )
        collective = (
            _COLLECTIVE.match(text, end)
            if entry.kind == "state"
            else _UNION.match(text, end)
            if entry.kind == "company"
            else None
        )  # "Kenya's people"; "Hyundai Motor's labour union": the workers, not the company
        office = office_after(text, end) if entry.kind == "state" else None
        if opposed:  # "Kyrgyz opposition supporters": the opposition, not the state
            name, kind, affiliation = opposition_name(entry, surface), "organisation", None
            end, surface = opposed, text[start:opposed]
        elif protesters:  # "Greek protesters": a group of their own, not the state
            end, surface = protesters.end(), text[start : protesters.end()]
            name, kind, affiliation = surface, "organisation", None
        elif collective and entry.kind == "company":  # the company is named too: "the
            found.add(entry.name, kind, start, end).add_alias(surface)  # carmaker's plant"
            name, kind, affiliation = f"{surface} union", "organisation", None
            start, end = end, collective.end()
            surface = name
        elif collective:
            name, kind = f"{surface}'s {collective.group(1)}", "other"
            end += collective.end() - collective.start()
            surface = name
            affiliation = entry.name
        elif office:
            office_end = office
            if (next_name := holder_next(text, tokens, office_end)) is not None:
                # "Kenyan Trade Minister Moses Wetangula": the office names the person's state
                holder, office_end = next_name
                if not SACKED_BEFORE.search(text, max(0, start - 12), start):  # "Sacked
                    served[holder] = entry.name  # Malaysian deputy prime minister": no more
                found.add(entry.name, entry.kind, start, end)
                claim(start, office_end)
                continue
            named = holder_before(text, start, office_end)
            if named is None:
                named = holder_after(text, office_end)
            if named is not None:  # "X, the U.S. ambassador,"; "Iran's foreign minister, X,":
                served.setdefault(bisect.bisect_left(starts, named), entry.name)  # the office
                found.add(entry.name, entry.kind, start, end)  # is the person named with it,
                claim(start, office_end)  # no second actor (that would relate to them)
                continue
            ordinal = _ORDINAL.search(text, max(0, start - 12), start)
            if ordinal and ordinal.group(1):
                start -= len(ordinal.group(1))
            end = office_end
            surface = text[start:end]
            name, kind, affiliation = surface, office_kind(surface), entry.name
        if (
            name == entry.name
            and inside_longer_name(tokens, hit.first_token, claimed, gaz, initial)
        ) or (
            surface != entry.name and joined_to_a_name(tokens, hit, claimed, gaz, initial)
        ):  # "Bank of America"; the bloc's "Peace and Security Council"
            continue
        actor = found.add(name, kind, start, end)
        if affiliation and affiliation != actor.name:
            actor.affiliation = actor.affiliation or affiliation
        if name == entry.name and id(entry) not in aliased:  # once: a state is named often
            aliased.add(id(entry))
            for alias in entry.aliases:
                actor.add_alias(alias)
        actor.add_alias(surface)
        claim(start, end)

    for start, end, state in halves_named(text, found.hits, found.kind_of):
        found.add(state, "state", start, end)  # "..., and the South returned fire"
        claim(start, end)
    discover(text, tokens, claimed, initial, found, served, gaz, date)
    starts = [s.start for s in sentences]
    for name, start, end in bare_oppositions(
        text, starts, list(found.hits), found.actors, gaz, filed
    ):
        if not any(claimed_in((start, end), tokens.starts, claimed)):
            found.add(name, "organisation", start, end)
    found.hits.sort(key=attrgetter("start"))

    def is_state(name: str) -> bool:
        return (entry := gaz.lookup(name)) is not None and entry.kind == "state"

    def is_body(name: str) -> bool:  # an international body: "African Union", "ECOWAS"
        return (entry := gaz.lookup(name)) is not None and entry.kind == "organisation"

    forces = [  # "..., and police fired tear gas", "the army flew in": the state's
        (state, start, end)
        for state, start, end in state_forces(
            text,
            sorted({*starts, skip}) if skip else starts,  # the dateline ends where one opens
            found.hits,
            found.actors,
            is_state,
            filed,
        )
        if not any(claimed_in((start, end), tokens.starts, claimed))
    ]
    for state, start, end in forces:
        found.add(state, "state", start, end)
    if forces:
        found.hits.sort(key=attrgetter("start"))
    _qualify(text, found)
    join_parties(text, found.hits, found.actors)
    actors = found.actors
    for name, actor in actors.items():
        if actor.kind == "government" and (body := organ_of(name, is_body)) is not None:
            actor.kind, actor.affiliation = "organisation", actor.affiliation or body
    kind_by_name = {name: actor.kind for name, actor in actors.items()}.__getitem__
    for person, opposition in members_of_opposition(text, found.hits, kind_by_name).items():
        if not opposition.endswith(" opposition"):  # the party the sentence names is his
            actors[person].affiliation = opposition
        actors[person].affiliation = actors[person].affiliation or opposition
        actors[person].kind = "person"
    for person, body in members_listed(text, found.hits, kind_by_name).items():
        actors[person].affiliation = body  # "X and other leaders of the NLD": the NLD's
    for person, party in former_leaders_parties(text, found.hits, kind_by_name).items():
        actors[person].affiliation = party  # "former prime minister Imran Khan ... his PTI"
    for person, company in company_officers(text, found.hits, kind_by_name).items():
        actors[person].affiliation = actors[person].affiliation or company
        actors[company].kind = "company"  # "Tesla chief executive Elon Musk": its chief's firm
    for person, body in body_officers(text, found.hits, kind_by_name).items():
        actors[person].affiliation = body
    for person, employer in officers_in_apposition(text, found.hits, kind_by_name).items():
        serves = actors[employer]  # a ministry's spokeswoman speaks for its state
        actors[person].affiliation = (
            serves.kind == "government" and serves.affiliation
        ) or employer
    led_governments(actors)  # "the Hernández government": his state's
    for first, second in pairwise(found.hits):  # "U.S. Air Force and Navy jets": the Navy
        one, other = actors[first.actor], actors[second.actor]  # is the same state's
        if (
            one.kind == other.kind == "government"
            and one.affiliation
            and not other.affiliation
            and text[first.end : second.start] == " and "
        ):
            other.affiliation = one.affiliation
    owners = {n: a.affiliation for n, a in actors.items() if a.affiliation}
    for name, state in sole_states(text, starts, found.hits, kind_by_name, owners, filed).items():
        actors[name].affiliation = actors[name].affiliation or state
    for person, body in government_officers(text, found.hits, kind_by_name).items():
        actors[person].affiliation = (  # "Foreign Ministry spokeswoman Mao Ning": its state's
            actors[person].affiliation or actors[body].affiliation or body
        )
    # "HANOI - ... Communist Party chief": Vietnam's party
    home_parties(text, found.hits, actors, filed)
    pronouns = pronoun_references(text, sentences, found.hits, kind_by_name)
    pronouns += possessive_references(text, sentences, found.hits, kind_by_name)
    pronouns += object_references(text, sentences, found.hits, kind_by_name)
    pronouns += followers_references(text, sentences, found.hits, kind_by_name)
    states = {  # the states actors serve, named in the article or not ("Israeli troops")
        n: o for n, o in owners.items() if (owner := gaz.lookup(o)) and owner.kind == "state"
    }
    described = description_references(text, starts, found.hits, kind_by_name, states, filed)
    hits = without_described(found.hits, described, kind_by_name)  # "the Islamists"
    hits = without_indigenous(text, hits, owners)  # "Indian protesters" in Ecuador
    for gone in {h.actor for h in found.hits} - {h.actor for h in hits}:
        del actors[gone]
    for _, _, state in described:  # "KHARTOUM (AP) - The army said": Sudan's, named or not
        if state not in actors and getattr(gaz.lookup(state), "kind", None) == "state":
            actors[state] = Actor(state, "state")
    referred = [Hit(*pronoun) for pronoun in pronouns + described if pronoun[2] in actors]
    for actor in actors.values():  # "ZTE Corp" is ZTE too
        if actor.kind == "company" and (short := without_legal_form(actor.name, gaz)):
            actor.add_alias(short)
    return Actors(actors, hits, referred)


def _qualify(text: str, found: Found) -> None:
    """Mentions whose name goes on in brackets name a party of their own ("Communist Party of
    Nepal (Maoist)"); a name left with no mention is no actor."""
    spans = [(h.start, h.end, h.actor) for h in found.hits]
    renamed = set()
    for index, (start, end, name) in qualified_names(text, spans, found.kind_of):
        renamed.add(found.hits[index].actor)
        found.actors.setdefault(name, Actor(name, found.actors[found.hits[index].actor].kind))
        found.hits[index] = Hit(start, end, name)
    for name in renamed - {h.actor for h in found.hits}:
        del found.actors[name]


def _sentence_starts(sentences: tuple[Span, ...], starts: list[int]) -> set[int]:
    """Token indices that open a sentence (or the quotation that opens one); a sentence with
    no word of its own (a stray quotation mark at the end) opens none."""
    return {i for s in sentences if (i := bisect.bisect_left(starts, s.start)) < len(starts)}
