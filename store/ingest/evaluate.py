"""How good is extraction: precision, recall and F1 against curated records.

Actors match by any shared name or alias (case-insensitive), one to one; relation pairs are
compared on the gold entity ids that predicted actors matched, so a renamed actor still counts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from personae.store.ingest.extract import Extraction, extract, slug
from personae.store.ingest.files import read_file
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from personae.store.ingest.lexicon import CROWD_NOUNS
from personae.store.ingest.read import RawArticle
from personae.store.model import COMENTION, STANCE, Entity, Event, Mention, Relation, polarity
from personae.store.text import decode_entities

#: The states with their other names, demonyms and capitals (pycountry and the supplement).
GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "assets" / "gazetteer.json"


@dataclass(slots=True)
class Score:
    """Counts for one measure; precision, recall and F1 follow from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Scores:
    """Named scores, in the order they were measured."""

    rows: dict[str, Score] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Score:
        return self.rows[name]


def _set_score(gold: Iterable[object], predicted: Iterable[object]) -> Score:
    gold_set, pred_set = set(gold), set(predicted)
    tp = len(gold_set & pred_set)
    return Score(tp, len(pred_set) - tp, len(gold_set) - tp)


def _multiset_score(gold: Iterable[str], predicted: Iterable[str]) -> Score:
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return Score(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def match_entities(gold: Sequence[Entity], predicted: Sequence[Entity]) -> dict[str, str]:
    """Predicted entity id -> gold entity id, one to one, by shared name or alias."""
    gold_names = [(g.id, {n.lower() for n in g.names}) for g in gold]
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    # Canonical names first, so "Iran" meets "Iran" before an alias could claim it.
    for exact in (True, False):
        for pred in predicted:
            if pred.id in mapping:
                continue
            names = {pred.name.lower()} if exact else {n.lower() for n in pred.names}
            for gold_id, golds in gold_names:
                if gold_id not in taken and names & golds:
                    mapping[pred.id] = gold_id
                    taken.add(gold_id)
                    break
    return mapping


def evaluate(
    gold_entities: Sequence[Entity],
    gold_mentions: Sequence[Mention],
    gold_relations: Sequence[Relation],
    gold_events: Sequence[Event],
    predicted: Extraction,
) -> Scores:
    """Actors, mentions (exact span), relation pairs (untyped, then typed and directed), dates.

    Actors are those the text names: the state of a leader the text never names is stored
    for the leader's sake, and is no actor found in the text.
    """
    named = {m.entity for m in predicted.mentions}
    found = [e for e in predicted.entities if e.id in named]
    mapping = match_entities(gold_entities, found)
    scores = Scores()
    matched = len(mapping)
    scores.rows["actors"] = Score(matched, len(found) - matched, len(gold_entities) - matched)
    if gold_mentions:
        scores.rows["mentions"] = _set_score(
            ((m.start, m.end) for m in gold_mentions),
            ((m.start, m.end) for m in predicted.mentions),
        )

    def gold_id(entity_id: str) -> str:
        return mapping.get(entity_id, f"unmatched:{entity_id}")

    scores.rows["relation pairs"] = _set_score(
        (frozenset((r.source, r.target)) for r in gold_relations),
        (frozenset((gold_id(r.source), gold_id(r.target))) for r in predicted.relations),
    )
    scores.rows["relations typed"] = _set_score(
        (_typed(r.source, r.target, r.type) for r in gold_relations),
        (_typed(gold_id(r.source), gold_id(r.target), r.type) for r in predicted.relations),
    )
    scores.rows["dated events"] = _multiset_score(
        (e.date for e in gold_events), {e.date for e in predicted.events}
    )
    return scores


def _typed(source: str, target: str, kind: str) -> tuple[object, ...]:
    """Stances hold both ways ("rivals"): their direction is not compared."""
    if kind in STANCE:
        return (frozenset((source, target)), kind)
    return (source, target, kind)


def format_scores(scores: Scores, title: str = "") -> str:
    """A plain table: one row per measure, with its counts."""
    lines = [title] if title else []
    lines.append(f"{'measure':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, s in scores.rows.items():
        lines.append(
            f"{name:<18}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
        )
    return "\n".join(lines)


def _gold_date(value: str) -> str | None:
    """SemEval dates ("2008-06-XX", "XXXX-XX-XX") at the precision they are known."""
    parts = value.split("-")
    known = [p for p in parts if p.isdigit()]
    return "-".join(known) if known and len(known[0]) == 4 else None


def _norm(sentence: str) -> str:
    """Letters and digits only; the gold keeps the source's entities ("AT&amp;T"), which
    ingest decodes, so both sides are compared decoded."""
    return re.sub(r"\W+", "", decode_entities(sentence)).lower()


def evaluate_corpus_timelines(corpus_dir: Path) -> Scores:
    """Dated events per sentence against SemEval-2015 TimeLine gold (articles/ and gold/ inside).

    Only sentences the gold timelines cover are judged: the gold follows six entities, so
    events elsewhere are neither right nor wrong.
    """
    gold: dict[str, dict[str, set[str]]] = {}
    for path in sorted((corpus_dir / "gold").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["timeline"]:
            when = _gold_date(item["date"])
            if when:
                sentences = gold.setdefault(item["doc"], {})
                sentences.setdefault(_norm(item["sentence_text"]), set()).add(when)
    total = Score()
    for doc, sentences in gold.items():
        path = corpus_dir / "articles" / f"{doc}.md"
        if not path.exists():
            continue
        extraction = extract(read_file(path), doc)
        text = extraction.article.text
        predicted: dict[str, set[str]] = {}
        for event in extraction.events:
            key = _norm(text[event.evidence.start : event.evidence.end])
            if key in sentences:
                predicted.setdefault(key, set()).add(event.date)
        for key, dates in sentences.items():
            total.add(_set_score(dates, predicted.get(key, set())))
    return Scores({"timeline dates": total})


#: Where the relation development set sits beside a practice corpus (both under corpus/).
RELATION_SET = Path("petrarch2-validation") / "cases.jsonl"


def relation_set_beside(corpus_dir: Path) -> Path | None:
    """The PETRARCH-2 relation set in the practice corpus's parent folder, if it is there."""
    path = corpus_dir.parent / RELATION_SET
    return path if path.is_file() else None


#: Kinds of a lexicon entry compared under its own name: gold names such an actor itself.
_BODY_KINDS = frozenset({"organisation", "armed_group", "company"})


def plain_name(name: str) -> str:
    """A name as compared when no entry settles it: case, hyphens, a trailing "." and a
    leading "the" aside ("The al-Zembla Front" is "al zembla front")."""
    key = re.sub(r"[\s\-\u2010-\u2014]+", " ", name.lower()).strip().rstrip(".")
    return key.removeprefix("the ")


#: A state's agents named by its name or adjective, which CAMEO codes as the state.
_AGENT_WORDS = frozenset(
    {"forces", "troops", "army", "police", "military", "government", "authorities", "officials"}
)


#: A state's opposition, coded apart from the state (CAMEO's OPP agent), and a people's
#: protesters, coded as its opposition ("Greek protesters", "Nigerian rioters").
_OPPOSITION = re.compile(rf"(?:[Tt]he )?(.+?)(?:['’]s)? (?:opposition|{CROWD_NOUNS})")


class StateNames:
    """Gold actor names for extracted actors, as CAMEO codes them: a state's name, alias,
    demonym or capital is the state; a person the gazetteer says leads or serves a state is
    the state; an office or group named after a state ("Syrian rebels", "Tunisian court") is
    the state; a body's officer or organ ("UN Secretary-General X") is the body. Anything
    else keeps its own name, compared through the extractor's lexicon (see ``canonical``)."""

    def __init__(self, gazetteer: Path = GAZETTEER_PATH, lexicon: Gazetteer | None = None) -> None:
        entries = json.loads(gazetteer.read_text(encoding="utf-8"))["entries"]
        states = {e["code"]: e["name"] for e in entries if e["kind"] == "state" and "code" in e}
        self.by_name: dict[str, str] = {}
        for entry in entries:
            state = entry["name"] if entry["kind"] == "state" else states.get(entry.get("state"))
            if state is None:
                continue
            for key in ("name", "aliases", "demonyms", "metonyms"):
                value = entry.get(key) or ()
                for name in [value] if isinstance(value, str) else value:
                    self.by_name.setdefault(name.lower().rstrip("."), state)

        #: A state by its entity id: an office's affiliation may name a state the
        #: sentence never mentions ("Tunisian court": tunisia).
        self.by_id: dict[str, str] = {slug(state): state for state in states.values()}
        self.lexicon = lexicon if lexicon is not None else load_gazetteer()

    def _state(self, name: str) -> str | None:
        key = name.lower().rstrip(".")
        return self.by_name.get(key) or self.by_name.get(key.removeprefix("the "))

    def _entry(self, name: str) -> GazetteerEntry | None:
        return self.lexicon.lookup(name) or self.lexicon.lookup(re.sub(r"^[Tt]he ", "", name))

    def _body(self, name: str) -> GazetteerEntry | None:
        """The lexicon's body, group or company ``name`` is ("The UN", "al-Zembla"), followed
        up to the body it belongs to (an organ of the UN is the UN), if it is one."""
        entry = self._entry(name)
        for _ in range(3):  # an organ of an organ
            if entry is None or entry.kind not in _BODY_KINDS:
                return None
            parent = self.lexicon.lookup(entry.affiliation) if entry.affiliation else None
            if parent is None or parent.kind not in _BODY_KINDS:
                return entry
            entry = parent
        return entry

    def canonical(self, name: str) -> str:
        """The key a gold name and an extracted actor's gold name are compared under: the
        state's name, else the lexicon entry's (so "al-Shabab" meets "al-Shabaab", as the
        extractor reads both), else the name itself, in plain form. Nothing learned from a
        set: only the gazetteer and the lexicon the extractor reads."""
        state = self._state(name)
        if state is not None:
            return plain_name(state)
        opposed = _OPPOSITION.fullmatch(name)  # "Kyrgyz opposition", "Greek protesters"
        if opposed is not None and (state := self._state(opposed[1])) is not None:
            return f"{plain_name(state)} opposition"
        entry = self._entry(name)
        if entry is not None and entry.kind == "state":  # the lexicon's other names of states
            return plain_name(entry.name)
        body = self._body(name)
        if body is not None:
            return plain_name(body.name)
        words = name.split()
        for cut in range(len(words) - 1, 0, -1):  # "Bosnian Serb forces": its state's agents
            state = self.by_name.get(" ".join(words[:cut]).lower())
            if state is not None and words[cut] in _AGENT_WORDS:
                return plain_name(state)
        return plain_name(name)

    def of(self, entity: Entity, by_id: dict[str, Entity]) -> str:
        affiliated = by_id.get(entity.affiliation or "")
        if affiliated is not None and affiliated.kind in ("state", *_BODY_KINDS):
            return self.of(affiliated, by_id)  # a leader, an office; a body's officer
        absent = self.by_id.get(entity.affiliation or "") if affiliated is None else None
        if absent is not None:
            return absent
        for name in entity.names:
            state = self._state(name)
            if state:  # "The US" opening a sentence is the US
                return state
        if self._body(entity.name) is not None or _OPPOSITION.fullmatch(entity.name):
            return entity.name  # "Palestinian Islamic Jihad", "Kyrgyz opposition": no state
        words = entity.name.split()
        for cut in range(len(words) - 1, 0, -1):  # "Syrian rebels", "US Central Command"
            state = self.by_name.get(" ".join(words[:cut]).lower().rstrip("."))
            if state and (entity.kind == "government" or words[cut].islower()):
                return state  # not "Rwandan Patriotic Front": a group's own name
        return entity.name


def _named(actor: str | None) -> bool:
    """Gold actors an extractor of names can find: not "unspecified rebels", not none."""
    return bool(actor) and not str(actor).startswith("unspecified")


def read_case(
    case: dict[str, Any], names: StateNames
) -> tuple[list[dict[str, Any]], set[str], list[tuple[str, str, str]]]:
    """A coded sentence's countable gold events (both sides named, not one actor with
    itself; sides in their compared form), the actors extracted from it and its relations as
    (source, target, type), in the same form.  A negated relation tells an event that did
    not happen: none is coded, so it is left out."""
    extraction = extract(RawArticle("", case["text"], date=case.get("date")), "case")
    by_id = {e.id: e for e in extraction.entities}
    gold_of = {e.id: names.canonical(names.of(e, by_id)) for e in extraction.entities}
    events = [
        {**e, "source": names.canonical(e["source"]), "target": names.canonical(e["target"])}
        for e in case["events"]
        if _named(e["source"]) and _named(e["target"])
    ]
    for event in events:  # "Georgian demonstrators launched missiles at the Georgian
        if event["source"] == event["target"]:  # government": GEOOPP against GEOGOV
            for side in ("source", "target"):
                if event.get(f"{side}_agent") == "opposition":
                    event[side] = f"{event[side]} opposition"
    coded = {e[side] for e in events for side in ("source", "target")}
    for entity in extraction.entities:  # an actor is found by any of its names: "the
        if gold_of[entity.id] not in coded:  # Zimbabwe Congress of Trade Unions (ZCTU)" is
            served = by_id.get(entity.affiliation or "")  # the ZCTU a coder names; a party's
            known = [*entity.names, *(served.names if served is not None else ())]  # leader
            gold_of[entity.id] = next(  # is his party, by any of its names ("MDP")
                (n for n in map(names.canonical, known) if n in coded), gold_of[entity.id]
            )
    predicted = [
        (gold_of[r.source], gold_of[r.target], r.type)
        for r in extraction.relations
        if gold_of[r.source] != gold_of[r.target] and not r.negated
    ]
    kept = [e for e in events if e["source"] != e["target"]]
    return kept, set(gold_of.values()), predicted


def evaluate_relation_set(path: Path) -> Scores:
    """Actors and relations per sentence against the PETRARCH-2 silver events (see README).

    Each sentence is extracted as a one-sentence article. Sentences labelled ``no_event`` are
    skipped (their labels are unreliable). Gold events with an unnamed side, and events of an
    actor with itself, are not counted: the extractor relates named actors, never one to itself.
    Unordered pairs count every relation, co-mentions included; directed pairs, types and
    cooperation/conflict count typed relations only. A negated relation ("denied that it
    had supplied drones") tells no event, as the coders code none: it is not counted.
    """
    names = StateNames()
    rows = ("actors", "pairs", "directed pairs", "typed directed", "coop/conflict")
    total = {row: Score() for row in rows}
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else None
        if not case or case.get("no_event") or not case.get("text", "").strip():
            continue
        events, found, predicted = read_case(case, names)
        typed = [(s, t, kind) for s, t, kind in predicted if kind != COMENTION]
        gold_actors = {
            names.canonical(a)
            for e in case["events"]
            for a in (e["source"], e["target"])
            if _named(a)
        }
        scores = {
            "actors": _set_score(gold_actors, found),
            "pairs": _set_score(
                (frozenset((e["source"], e["target"])) for e in events),
                (frozenset((s, t)) for s, t, _ in predicted),
            ),
            "directed pairs": _set_score(
                ((e["source"], e["target"]) for e in events),
                (pair for s, t, kind in typed for pair in _directions(s, t, kind)),
            ),
            "typed directed": _set_score(
                ((e["source"], e["target"], e["plover"]) for e in events if e["plover"]),
                ((*pair, kind) for s, t, kind in typed for pair in _directions(s, t, kind)),
            ),
            "coop/conflict": _set_score(
                ((e["source"], e["target"], e["coarse"]) for e in events),
                (
                    (*pair, polarity(kind))
                    for s, t, kind in typed
                    for pair in _directions(s, t, kind)
                ),
            ),
        }
        for row in rows:
            total[row].add(scores[row])
    return Scores(total)


def _directions(source: str, target: str, kind: str) -> list[tuple[str, str]]:
    """A stance ("rivals") holds both ways; every other relation the way it was read."""
    return [(source, target), (target, source)] if kind in STANCE else [(source, target)]
