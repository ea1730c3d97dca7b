"""What a restriction or a suspension stops, named right after it: "tightened controls on
rare earth| exports", "banned all seafood| imports", "suspend a joint working| group". The
trade or the cooperation is stopped, not made: the trigger search (triggers.py) drops such a
word as an act of its own."""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.lexicon import NAME_POSSESSIVE, words
from personae.store.ingest.scan import holds, holds_one_of, word_pattern

#: A restriction's object before a word: "controls on rare earth| exports", "banned all
#: seafood| imports", "halted| shipments".
RESTRICTED_BEFORE = re.compile(
    r"\b(?:controls|restrictions|curbs|bans?|embargo(?:es)?|sanctions|tariffs|duties|levies)"
    r"\s+on\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}$"
    r"|\b(?:bann|halt|suspend|block|restrict|curb)\w*\s+(?:all\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # "froze new grants and| loans": the aid stopped
    r"|\b(?:froze|freez\w*)\s+(?:all\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Cooperation suspended: "suspend a joint working group", "suspended military cooperation".
SUSPENDED_BEFORE = re.compile(
    r"\bsuspen(?:d|ds|ded|ding|sion\s+of)\s+(?:(?:a|an|the|its|their|all)\s+)?"
    r"(?:[\w.-]+\s+(?:and\s+)?){0,4}$",  # "suspended new military and economic| aid",
    # "suspended all U.S. arms| sales"
    re.IGNORECASE,
)
#: A word every match of RESTRICTED_BEFORE holds one of, and all of them as one pattern:
#: looked for in its window first.
RESTRICTION_WORDS = tuple(
    words("""controls restrictions curb ban embargo sanctions tariffs duties levies halt
    suspend block restrict froze freez""")
)
RESTRICTION_GATE = word_pattern(*RESTRICTION_WORDS)


def cooperation_stopped(text: str, start: int, end: int) -> bool:
    """The trigger at ``start`` is what a restriction or a suspension stops ("tightened
    controls on rare earth| exports", "suspend a joint working| group"), not a verb of its
    own joined by "and" ("suspended Guinea and| demanded the release of")."""
    if text.endswith(" and ", 0, start) and text.endswith("ed", start, end):
        return False
    return (
        holds_one_of(text, RESTRICTION_GATE, start - 50, start)
        and RESTRICTED_BEFORE.search(text, max(0, start - 50), start) is not None
    ) or (
        holds(text, "suspen", start - 60, start)
        and SUSPENDED_BEFORE.search(text, max(0, start - 60), start) is not None
    )


#: A ban on one's own people dealing with someone, up to that someone: "banned American
#: companies from selling parts and software to| China's ZTE", "barred US firms from doing
#: business with| Huawei".
_DEALINGS_BANNED = re.compile(
    r"\s+(?:(?!from\b)[\w'’.-]+\s+){1,4}from\s+(?:selling|exporting|supplying|shipping"
    r"|providing|trading|dealing|doing\s+business)\b[^.;:()]{0,80}?\s(?:to|with)\s+"
    rf"(?:{NAME_POSSESSIVE}\s+)?$"  # "to China's| ZTE": ZTE is dealt with
)
_BANNING = re.compile(r"(?:bann|barr|prohibit|forb[ai]d|block)\w*", re.IGNORECASE)


def dealings_banned_with(text: str, trigger: tuple[int, int], names: list[Hit]) -> Hit | None:
    """Whom a ban on dealings is aimed at, the trigger a ban of one's own people's trade with
    them (the ban's object is its own side, so it is aimed at no one else named before)."""
    t_start, t_end = trigger
    if not _BANNING.fullmatch(text, t_start, t_end):
        return None
    return next(
        (
            h
            for h in names
            if t_end < h.start < t_end + 140
            and not text.startswith(("'s", "’s"), h.end)
            and _DEALINGS_BANNED.fullmatch(text, t_end, h.start)
        ),
        None,
    )
