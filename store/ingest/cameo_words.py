"""The words the CAMEO verb lexicon reads around a verb form: where a clause ends, which
words before a form make it a noun or a subject, which are auxiliaries, counts, particles
or verbs of telling, and the split of a text into its lower-case words and their offsets.
Plain tables and patterns, apart from the lexicon that weighs them.
"""

from __future__ import annotations

import re
from itertools import accumulate

from personae.store.ingest.lexicon import words

#: Words as the lexicon spells them: lower case, with inner hyphens and apostrophes.
WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
_WORD_SPLIT = re.compile(f"({WORD.pattern})")
#: How far after a verb its object pattern may start, and how far apart its words may be
#: (articles and adjectives sit between: "fired anti-aircraft batteries at").
FIRST_WITHIN = 4
#: A share of the object before it ("the last of its troops", "all of its diplomats"): the
#: pattern reads the object itself.
_SHARES = (
    ("the", "last", "of"),
    ("the", "rest", "of"),
    ("the", "bulk", "of"),
    ("the", "remainder", "of"),
    ("most", "of"),
    ("all", "of"),
    ("some", "of"),
    ("half", "of"),
    ("part", "of"),
)


#: The words a share opens with: most objects open with none.
_SHARE_OPENERS = frozenset(share[0] for share in _SHARES)


def share_of(texts: list[str], index: int) -> int:
    """How many words of a share ("the last of") open the object at ``index``."""
    if index >= len(texts) or texts[index] not in _SHARE_OPENERS:
        return 0
    for share in _SHARES:
        if tuple(texts[index : index + len(share)]) == share:
            return len(share)
    return 0


NEXT_WITHIN = 4
#: A verb's object stops at the end of its clause, or where a new clause's subject or
#: auxiliary starts ("said they will attack": "attack" is not the object of "said").
CLAUSE_END = re.compile(
    r"[,;:.()\"“”]|\b(?:and|but|while|which|who|that|he|she|it|they|we|will|would|had|has|have"
    r"|could|should|can|may|might|must)\b",
    re.IGNORECASE,
)
#: CLAUSE_END for the lower-cased article (``lowered_article``): matching case by case
#: looks up the lower case of every character it compares.
CLAUSE_END_LOWER = re.compile(CLAUSE_END.pattern)
#: Words after which a verb form is a noun ("the ruling", "its forces", "of talks").
#: Heads of an armed object: a verb's pattern read on a word before one of them misreads.
FORCES_HEAD = frozenset(
    words("forces troops soldiers positions convoy convoys base bases post posts checkpoint")
)
#: What follows "forces" as a verb: an object, then what it is forced to or out of.
FORCED_TO = re.compile(r"(?:\s+[\w'’-]+){1,4}?\s+(?:to|out|into|from|back)\b")
RULING_BODY = re.compile(
    r"\s+(?:[A-Z]|(?:[a-z]+\s+)?(?:party|coalition|junta|council|elite|class|family|government"
    r"|regime|generals|majority|alliance|bloc|camp|military|army|front)\b)"
)
#: Endings of adjectives ("economic", "military", "civilian"): a plural after one is a noun.
ADJECTIVE_ENDINGS = ("ic", "ary", "ian", "i", "ese", "ish")  # "Israeli jails", "Chinese warships"
NOUN_BEFORE = frozenset(
    words(
        "a an the its their his her our this these those another some any each every no of for in"
        " on at with by from into under over about against across near during among between"
        " two three four five six seven eight nine ten dozen dozens hundred hundreds thousand"
        " thousands million millions billion billions"
    )
)
#: Numbers that stand for parties just named after "the": "the two signed".
COUNTED_SUBJECTS = frozenset(words("two three four"))
#: Numbers before a name and a plural: the name modifies a noun ("five Boko Haram suspects").
COUNTS = frozenset(
    words(
        "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds"
        " thousands several many some few numerous"
    )
)
#: Prepositions whose object a name may modify ("on Houthi targets", "against PKK bases").
OBJECT_PREPOSITIONS = frozenset(words("on against at into over of for from with near"))
#: Verbs whose object may be a clause with a name for its subject ("said Tehran supports").
REPORTING = frozenset(
    words(
        "said says told stated added announced claimed reported insisted argued noted believes"
        " thinks warned alleged suggested confirmed denied"
    )
)
#: "a"/"an" and a name just before a word: the word is a noun the name modifies ("an
#: Islamic State target", "a Pentagon review"); "the" allows a verb ("the United States fired").
INDEFINITE_NAME = re.compile(r"\b(?:a|an|A|An)\s+(?:[A-Z][\w.'’&-]*\s+){1,4}$")
#: Words after which a form is a verb's subject, not a verb ("forces clash", "forces have").
#: Verbs of going on, before an act's "-ing" form: "vowed to keep targeting ships",
#: "resumed shelling the town": the act itself, not the verb's object.
CONTINUING = frozenset(
    words(
        "keep keeps kept keeping continue continues continued continuing resume resumes resumed"
        " resuming"
    )
)
AUXILIARIES = frozenset(
    words(
        "is are was were be been being has have had will would could should can may might must do"
        " does did"
    )
)


#: Verbs of giving: the word after their indirect object is what is given, a noun.
GIVING = frozenset({"give", "gives", "gave", "given", "giving", "grant", "granted", "grants"})
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us"})
#: What someone is said to be, before their noun ("alleged drug lord", "suspected rebels").
EPITHETS = frozenset({"alleged", "suspected"})
#: Words that are also adverbs of direction: before one of these they are no verb.
ADVERBS = frozenset({"back", "forward"})
PARTICLE = frozenset({"to", "into", "from", "home", "down", "off", "in", "on", "over"})
TAKES = frozenset({"take", "takes", "took"})
#: Words before a bare verb that leave it a verb: an infinitive's, a negation's, a second verb's.
JOINING = frozenset({"to", "not", "and", "or"})


def looks_plural(word: str) -> bool:
    """A plural noun's ending, by its last letters alone ("targets", not "press", "its")."""
    return word.endswith("s") and not word.endswith("ss") and word not in _NO_PLURALS


#: Short words ending in "s" that are no plural noun.
_NO_PLURALS = frozenset(words("its his this thus was has is as us yes"))


class SplitWords:
    """The words of a stretch of lower-cased text and their offsets, from one split: the
    pieces' lengths give every offset without a match object per word."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, lowered: str, base: int) -> None:
        pieces = _WORD_SPLIT.split(lowered)  # gaps and words in turn, a gap first
        bounds = list(accumulate(map(len, pieces), initial=base))
        self.texts: list[str] = pieces[1::2]
        self.starts: list[int] = bounds[1:-1:2]
        self.ends: list[int] = bounds[2::2]


#: What a mine is dug for: "the Imouraren uranium mine" is no mining of anyone.
MINERALS = frozenset(
    words("uranium gold copper coal diamond iron lithium cobalt silver tin nickel zinc bauxite")
)
