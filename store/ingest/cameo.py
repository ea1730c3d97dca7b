"""The CAMEO verb lexicon (assets/verbs.json, built by tests/tools/build_verbs.py): which
PLOVER type a verb, and the words after it, stand for.

Loaded on first use (one read, a few milliseconds), never by the explorer: only extraction
asks.  Lookups are dictionary hits per word, so a sentence costs a pass over its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from pathlib import Path

import orjson

from personae.store.ingest.cameo_words import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    AUXILIARIES,
    CLAUSE_END,
    CLAUSE_END_LOWER,
    CONTINUING,
    COUNTED_SUBJECTS,
    COUNTS,
    EPITHETS,
    FIRST_WITHIN,
    FORCED_TO,
    FORCES_HEAD,
    GIVING,
    INDEFINITE_NAME,
    JOINING,
    MINERALS,
    NEXT_WITHIN,
    NOUN_BEFORE,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    PARTICLE,
    REPORTING,
    RULING_BODY,
    TAKES,
    SplitWords,
    looks_plural,
    share_of,
)
from personae.store.ingest.lexicon import ATTACK_CRAFT, IRREGULAR_PAST, PAST
from personae.store.ingest.scan import lowered_article

#: A past form that is no "-ed" one: "took", "struck".
_IRREGULAR_PAST = re.compile(IRREGULAR_PAST)
#: A state's forces by the noun before their unit: "an army patrol", "a police patrol".
_FORCE_NOUNS = frozenset(("army", "police", "military", "naval", "navy", "border", "security"))
#: Plural objects of an attack that the lexicon also files as verbs ("targets", "posts"):
#: after a past verb they are its object, not a second verb.
_PLURAL_OBJECTS = frozenset(
    ("targets", "positions", "bases", "posts", "camps", "houses", "homes", "shelters", "supplies")
)

VERBS_PATH = Path(__file__).resolve().parents[2] / "assets" / "verbs.json"


@dataclass(frozen=True, slots=True)
class VerbHit:
    """A lexicon verb in a text: its span, PLOVER type, and whether an object pattern decided it."""

    start: int
    end: int
    type: str
    by_pattern: bool


class VerbLexicon:
    """Verb forms (one to three words) -> block and type; per block, object patterns."""

    def __init__(self, data: dict[str, object]) -> None:
        forms = data["forms"]
        patterns = data["patterns"]
        synsets = data["synsets"]
        assert isinstance(forms, dict) and isinstance(patterns, list)
        assert isinstance(synsets, dict)
        self.forms: dict[str, tuple[int, str | None, str]] = {
            k: (v[0], v[1], v[2]) for k, v in forms.items()
        }
        self.patterns: list[dict[str, list[tuple[list[list[str]], str | None, list[str]]]]] = (
            patterns
        )
        #: First words of the forms of two or three words ("wipe out", "blow up").
        self.openers = frozenset(form.split()[0] for form in self.forms if " " in form)
        self.known = frozenset(self.forms) | self.openers
        self.synsets: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in synsets.items()}
        self._matchers: dict[
            str, tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]
        ] = {}
        #: Per block, the words (final s dropped) any of its patterns can start with: most
        #: verbs are followed by none, and need no pattern tried.
        self.starts: list[frozenset[str]] = [
            frozenset(
                word.split()[0].rstrip("s")
                for key in table
                for word in self.synsets.get(key, (key,))
            )
            for table in self.patterns
        ]
        self.in_synsets: dict[str, list[str]] = {}
        for name, members in self.synsets.items():
            for member in members:
                self.in_synsets.setdefault(member.split()[0], []).append(name)
        #: The same, as the words met in text (with a final s or two): one set test per verb.
        self.followers: list[frozenset[str]] = [
            frozenset(w + tail for w in words for tail in ("", "s", "ss")) for words in self.starts
        ]
        #: Forms of one word with no type of their own ("said", "held"): they count only
        #: before one of their object patterns, so a glance at the next words spares weighing.
        self.untyped = (
            frozenset(
                form for form, (_, kind, _) in self.forms.items() if not kind and " " not in form
            )
            - self.openers
        )

    def verbs(
        self,
        text: str,
        start: int,
        end: int,
        typed: frozenset[int] = frozenset(),
        lowered: str | None = None,
    ) -> list[VerbHit]:
        """Every lexicon verb in text[start:end] whose (pattern) type is an event type.

        ``typed``: where words start that another reader has typed already (the hand-written
        stems); there only a verb whose object pattern decides is of use, so a word of one
        form none of whose patterns follows is not weighed (unless "to" stands before it: it
        may be the act an intent gives way to).  ``lowered``: text[start:end] lower-cased,
        if the caller has it."""
        words = SplitWords(text[start:end].lower() if lowered is None else lowered, start)
        texts = words.texts
        found: list[VerbHit] = []
        known = self.known
        free = 0  # the first word not taken by a verb of several words
        untyped, forms, followers, openers = self.untyped, self.forms, self.followers, self.openers
        starts = words.starts
        for index in compress(count(), map(known.__contains__, texts)):  # mapped in C
            if index < free:
                continue
            word = texts[index]
            if (
                (word in untyped or (starts[index] in typed and word not in openers))
                and followers[forms[word][0]].isdisjoint(
                    texts[index + 1 : index + 1 + FIRST_WITHIN]
                )
                and (word in untyped or not index or texts[index - 1] != "to")
            ):
                continue  # no type of its own (or one a stem gives), and no object pattern
            if not self._verbal(text, words, index):
                continue
            hit = self._verb_at(text, words, index, end)
            if hit is not None:
                verb, taken = hit
                if verb is not None:
                    found.append(verb)
                free = index + taken
        if len(found) < 2:  # nothing for an intent to give way to
            return found
        return [v for i, v in enumerate(found) if not self._defers(text, v, found[i + 1 : i + 2])]

    def _verbal(self, text: str, words: SplitWords, index: int) -> bool:
        """Whether the word at ``index`` can be a verb where it stands, by its neighbours:
        not a name ("United"), not after an article or preposition, not a subject's head
        ("Syrian forces clash")."""
        texts = words.texts
        previous = texts[index - 1] if index else ""
        if previous == "by" and texts[index].endswith("ing"):
            return True  # "responded by recalling its ambassador": the act itself
        if (previous in NOUN_BEFORE or previous[-2:-1] in ("'", "’")) and not (
            previous in COUNTED_SUBJECTS and index > 1 and texts[index - 2] == "the"
        ):  # (but "and the two signed a declaration": the two are its subject)
            return False  # "the ruling", "Russia's deepening ties"
        if (
            index > 1
            and texts[index - 2] in GIVING
            and (previous in OBJECT_PRONOUNS or text[words.starts[index - 1]].isupper())
        ):
            return False  # "would give Nvidia control of the company": what is given
        if texts[index] == "ruling" and RULING_BODY.match(text, words.ends[index]):
            return False  # "India's ruling Bharatiya Janata Party": who rules, no act
        if texts[index] == "forces" and not FORCED_TO.match(text, words.ends[index]):
            return False  # "attacked Afghan government forces": a noun; "forces X to leave"
        if texts[index] == "force" and previous not in AUXILIARIES and previous not in JOINING:
            return False  # "a U.N. peacekeeping force": a body of troops; "to force", "would
            # force", "and force them out" are acts
        if texts[index] == "rule" and ("-" in previous or previous.endswith(ADJECTIVE_ENDINGS)):
            return False  # "Moi's one-party rule", "colonial rule": a government, no ruling
        if texts[index] == "riot" and texts[index + 1 : index + 2] == ["police"]:
            return False  # "riot police": who they are, no riot
        if texts[index] == "back" and texts[index + 1 : index + 2] in (["channel"], ["channels"]):
            return False  # "the back channel for Tehran": a way to talk, no backing
        if texts[index] in ("patrol", "patrols") and previous in _FORCE_NOUNS:
            return False  # "attacked a Philippine army patrol": a unit, no patrolling
        if texts[index] in ("mine", "mines") and previous in MINERALS:
            return False  # "the Imouraren uranium mine": a pit, no mining
        if texts[index] in ("head", "heads") and text.startswith((" of ", ","), words.ends[index]):
            return False  # "declared himself head of state", "its Asia head, John Smith,": a
            # title, no leading
        if looks_plural(texts[index]) and (
            previous == "both" or previous.endswith(ADJECTIVE_ENDINGS)
        ):
            return False  # "economic targets", "accusing both allies": a noun
        start = words.starts[index]
        if index and text[start].isupper():
            return False
        if index + 1 < len(texts) and texts[index] in ADVERBS and texts[index + 1] in PARTICLE:
            return False  # "handed sovereignty back to China": where to, no backing
        if text.endswith(" as it ", 0, start) and texts[index] in TAKES:
            return False  # "for as long as it takes": no seizure
        if previous == "to":  # an infinitive: "pledged to expel exiled leaders"; no word in
            return not texts[index].endswith("ed")  # "-ed" is one ("to jailed dissidents")
        if previous in CONTINUING and texts[index].endswith("ing"):
            return True  # "vowed to keep targeting ships": the act goes on
        if self._object_head(text, words, index):
            return False  # "struck Hamas targets", "strikes on Houthi targets": a noun
        if (
            previous in self.forms
            and previous not in AUXILIARIES
            and previous != "to"
            and not text[words.starts[index - 1]].isupper()  # a name: "the United States fired"
            and not (  # "ships blocked", "Iraqi troops took"
                previous.endswith("s")
                and (texts[index].endswith("ed") or PAST.fullmatch(texts[index]))
            )
        ):  # ("African Union forces drove": the subject's noun, not a verb "forces")
            return False  # a verb's object: "supply arms"
        if index + 1 < len(texts) and texts[index] not in AUXILIARIES:
            following = texts[index + 1]
            if (
                (following in AUXILIARIES or following in self.forms)
                and not text[words.starts[index + 1]].isupper()  # "ordered Shell to pay"
                and not text.startswith("tear gas", words.starts[index + 1])
                and following not in EPITHETS  # "extradited alleged drug lord X": a verb
                and not text[words.ends[index] : words.starts[index + 1]].strip()
                and not (  # "pounded targets across Iraq": a past verb and its object
                    texts[index].endswith("ed") and following in _PLURAL_OBJECTS
                )
                and not (  # "took control of": an irregular past and its pattern's object
                    _IRREGULAR_PAST.fullmatch(texts[index])
                    and texts[index] in self.forms
                    and following in self.followers[self.forms[texts[index]][0]]
                )
                and not (  # "sentenced ousted President Mohamed Mursi", "exiled opposition
                    texts[index].endswith("ed")  # leader Sam Rainsy": a past verb and the
                    and following.endswith("ed")  # epithet of the one it acts on
                    and any(text[s].isupper() for s in words.starts[index + 2 : index + 5])
                )
            ):
                return False  # two verbs in a row: the first a noun (not "fired tear gas")
        space = text.rfind(" ", max(0, start - 40), start - 1)
        # "an Islamic State target": a name modifying a noun
        return not (
            space >= 0
            and text[space + 1 : space + 2].isupper()
            and INDEFINITE_NAME.search(text, max(0, start - 60), start)
        )

    def _object_head(self, text: str, words: SplitWords, index: int) -> bool:
        """A plural word right after a name that follows a typed verb, a preposition or a
        number heads a noun phrase ("struck Hamas targets", "on Houthi positions", "five
        Boko Haram suspects"):
        no verb of the name's, whatever the lexicon files the word under."""
        texts, starts = words.texts, words.starts
        if index < 2 or not (looks_plural(texts[index]) or self._compound(texts, index)):
            return False
        back = index - 1
        while (
            back > 0
            and (
                text[starts[back]].isupper()  # a name, or names joined: "Egyptian and Sudanese"
                or (
                    texts[back] in ("and", "or")
                    and text[starts[back - 1]].isupper()
                    and "," not in text[words.ends[back - 1] : starts[back]]  # "on Wednesday,
                )  # and Pakistan put": a clause of its own
            )
        ):
            back -= 1
        if back == index - 1 or text[starts[back]].isupper():
            return False  # no name before it, or the name opens the text: its subject
        prior = texts[back]
        verb = prior in self.forms and prior not in AUXILIARIES and prior not in REPORTING
        counted = any(c.isdigit() for c in text[words.ends[back] : starts[back + 1]])
        return prior in OBJECT_PREPOSITIONS or prior in COUNTS or counted or verb  # "60 Houthi"

    def _compound(self, texts: list[str], index: int) -> bool:
        """The word modifies a plural noun right after it, no verb ("two Philippine supply
        boats", "Russian aid convoys")."""
        following = texts[index + 1] if index + 1 < len(texts) else ""
        word = texts[index]
        return (
            looks_plural(following)
            and following not in self.forms
            and not word.endswith(("s", "ed", "ing"))
        )

    @staticmethod
    def _defers(text: str, verb: VerbHit, following: list[VerbHit]) -> bool:
        """An intent ("agreed to lift", "pledged to expel") gives way to the act it names."""
        if verb.type != "AGREE" or not following:
            return False
        between = text[verb.end : following[0].start].split()
        return between == ["to"]

    def _verb_at(
        self, text: str, words: SplitWords, index: int, limit: int
    ) -> tuple[VerbHit | None, int] | None:
        texts = words.texts
        word = texts[index]
        for size in (3, 2, 1) if word in self.openers else (1,):
            if index + size > len(texts):
                continue
            entry = self.forms.get(" ".join(texts[index : index + size]) if size > 1 else word)
            if entry is None:
                continue
            block, kind, base = entry
            matched = False
            # "pulled the last of its troops out": the pattern reads from "its troops"
            first = index + size + share_of(texts, index + size)
            if not self.followers[block].isdisjoint(texts[first : first + FIRST_WITHIN]):
                after = self._object_words(text, words, first, limit)
                matched, pattern_kind = self._pattern(block, base, kind, after)
                if matched and kind == "ASSAULT" and FORCES_HEAD.intersection(after[:4]):
                    matched = False  # "attacked Afghan government forces": the forces, not a
                    # verbal attack on a government, as the pattern read "attack government"
                if matched:
                    kind = pattern_kind
            if base == "go" and not matched and texts[index + size : index + size + 1] != ["to"]:
                return None, size  # "pursue the group wherever it went": no visit, no one met
            verb = (
                VerbHit(words.starts[index], words.ends[index + size - 1], kind, matched)
                if kind
                else None
            )
            return verb, size
        return None

    def _object_words(self, text: str, words: SplitWords, index: int, limit: int) -> list[str]:
        """The words after a verb, up to the end of its clause or through the next
        infinitive ("wants to attack"; at most a dozen)."""
        forms = self.forms
        if index >= len(words.texts):
            return []
        begin = words.ends[index - 1]
        lowered = lowered_article(text)
        stop = (
            CLAUSE_END.search(text, begin, min(limit, begin + 120))
            if lowered is None
            else CLAUSE_END_LOWER.search(lowered, begin, min(limit, begin + 120))
        )
        end = stop.start() if stop else limit
        out: list[str] = []
        texts = words.texts
        for number in range(index, min(index + 12, len(texts))):
            if words.ends[number] > end:
                break
            infinitive = (
                texts[number] == "to" and number + 1 < len(texts) and texts[number + 1] in forms
            )
            if infinitive and number > index:
                break  # "wants Putin to attack": the attack is Putin's
            if texts[number] == "attack" and ATTACK_CRAFT.intersection(
                texts[number + 1 : number + 2]
            ):
                continue  # "delivered four attack helicopters": the craft, no attack
            out.append(texts[number])
            if number > index and texts[number - 1] == "to" and texts[number] in forms:
                break  # "agreed to lift the sanctions": the sanctions are the lifting's
        return out

    def _pattern(
        self, block: int, base: str, own_kind: str | None, after: list[str]
    ) -> tuple[bool, str | None]:
        """The type of the object pattern of the block that the words after the verb fit:
        the nearest one written for this very verb if one is ("give aircraft" is aid where
        "supply aircraft" is a promise of it; "expand its military cooperation" is the
        cooperation "expand" was written with, not the "military" of "increase"), else the
        nearest, longest one."""
        table = self.patterns[block]
        if not table or not after:
            return False, None
        borrowed: str | None = None
        in_synsets = self.in_synsets
        for position, word in enumerate(after[:FIRST_WITHIN]):
            if word not in table and word not in in_synsets:
                plural = self._plural(table, base, own_kind, after, position)
                if plural:  # "signed 37 agreements": the verb's own "sign an agreement"
                    return True, plural
                continue  # most words open no pattern: nothing fits there
            # The patterns are weighed in order; a pattern is only tried where it could
            # still change the answer: one written for this verb always can, another only
            # while no type is borrowed yet (the first that fits here is the one lent). A
            # pattern written for another verb of the block lends its type only where this
            # verb has none, or the same: "convicted of war crimes" coerces, "accused of war
            # crimes" still accuses.
            fitted_here, first_kind = False, None
            for key in (word, *in_synsets.get(word, ())):
                for elements, kind, written_for in table.get(key, ()):
                    # An intent (CAMEO 03, PLOVER AGREE) is the verb's own: "promise
                    # aircraft" is one, "supply aircraft" is not, whatever pattern the
                    # dictionary filed it under.
                    if kind == "AGREE" and own_kind != "AGREE":
                        continue
                    own = base in written_for
                    if not own and (
                        borrowed is not None
                        or fitted_here
                        or (own_kind is not None and kind != own_kind)
                    ):
                        continue
                    if not self._fits(elements, after, position):
                        continue
                    if own:
                        return True, kind
                    fitted_here, first_kind = True, kind
            if fitted_here and borrowed is None:
                borrowed = first_kind
        return (True, borrowed) if borrowed is not None else (False, None)

    def _plural(
        self,
        table: dict[str, list[tuple[list[list[str]], str | None, list[str]]]],
        base: str,
        own_kind: str | None,
        after: list[str],
        position: int,
    ) -> str | None:
        """The type of a pattern written for this very verb that a plural object opens as
        its singular would ("signed 37 agreements" as "signed an agreement"), if one fits."""
        word = after[position]
        if not word.endswith("s") or len(word) < 4:
            return None
        single = word[:-1]
        for key in (single, *self.in_synsets.get(single, ())):
            for elements, kind, written_for in table.get(key, ()):
                if (
                    kind
                    and base in written_for
                    and (kind != "AGREE" or own_kind == "AGREE")  # as in _pattern
                    and self._fits(elements, after, position)
                ):
                    return kind
        return None

    def _fits(self, elements: list[list[str]], after: list[str], position: int) -> bool:
        at = position
        for number, alternatives in enumerate(elements):
            window = range(at, min(len(after), at + (1 if number == 0 else NEXT_WITHIN)))
            for spot in window:
                size = self._element_at(alternatives, after, spot)
                if size:
                    at = spot + size
                    break
            else:
                return False
        return True

    def _element_at(self, alternatives: list[str], after: list[str], spot: int) -> int:
        """How many words of ``after`` from ``spot`` one alternative covers (0: none);
        plural or singular alike ("weapons" for &WEAPON)."""
        first = after[spot]
        word = first.rstrip("s")
        for alternative in alternatives:
            singles, phrases = self._matcher(alternative)
            if word in singles:
                return 1
            for phrase in phrases.get(first, ()):
                if tuple(after[spot : spot + len(phrase)]) == phrase:
                    return len(phrase)
        return 0

    def _matcher(
        self, alternative: str
    ) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
        """An alternative (a word, a phrase or a synonym set's name) as single words (their
        final s dropped) and phrases, by their first word (a set of weapons lists dozens:
        only those opening with the word at hand can fit); built on first use."""
        found = self._matchers.get(alternative)
        if found is None:
            options = self.synsets.get(alternative) or (alternative,)
            singles = frozenset(o.rstrip("s") for o in options if " " not in o)
            phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
            for option in options:
                if " " in option:
                    phrase = tuple(option.split())
                    phrases[phrase[0]] = (*phrases.get(phrase[0], ()), phrase)
            found = self._matchers[alternative] = (singles, phrases)
        return found


@cache
def load_verbs(path: Path = VERBS_PATH) -> VerbLexicon:
    """The verb lexicon, read and indexed once per process."""
    return VerbLexicon(orjson.loads(path.read_bytes()))


def acted_form(word: str) -> bool:
    """A verb's inflected form, not a participle used as an adjective ("fined", "accused";
    not "leading"): a word that tells an act, where a description is looked for."""
    entry = load_verbs().forms.get(word)
    return entry is not None and entry[2] != word and not word.endswith("ing")
