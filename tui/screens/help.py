"""The help screen: every key, and what the marks and symbols on screen mean."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from personae.tui.format import (
    BOOKMARK_MARK,
    CONFIDENCE_MARKS,
    INFERRED_PREFIX,
    NOTE_MARK,
    POLARITY_SYMBOLS,
    PROVENANCE_SYMBOLS,
)
from personae.tui.keys import APP_BINDINGS, EXPLORER_BINDINGS, keys_of
from personae.tui.state import AFFILIATE_GLYPHS, PIN_GLYPHS
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_layout import (
    AFFILIATE_MARK,
    BOTH_MARK,
    EVIDENCE_MARK,
    MATCH_MARK,
    PASSAGE_MARK,
)
from personae.tui.widgets.row_list import RowList

#: Every key of the explorer with a name (the panes' too), for the help's key column.
BOUND: tuple[Binding, ...] = (
    *EXPLORER_BINDINGS,
    *APP_BINDINGS,
    *(b for b in ActorList.BINDINGS if isinstance(b, Binding)),
    *(b for b in RowList.BINDINGS if isinstance(b, Binding) and b.id),
)


def _keys(*ids: str, between: str = "  ") -> str:
    return keys_of(BOUND, *ids, between=between)


#: The help's keys: Textual's own (moving focus, lists, the palette) as written, the
#: explorer's named from their bindings.
KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "move between panes"),
    (
        _keys("pane.actors", "pane.relations", "pane.timeline", between=" "),
        "actors, relations, timeline (tabs when narrow)",
    ),
    (_keys("pane.article"), "the article"),
    ("↑ ↓ PgUp PgDn", "move in a list, scroll the article"),
    ("Enter", "select the actor (in place of the selected one), relation or event"),
    (_keys("actors.pin", "actors.pin-space"), "pin or unpin another actor (up to 4)"),
    (
        _keys("passage.next", "passage.previous"),
        "next / previous passage naming the primary actor, or match of a search",
    ),
    (_keys("search.open"), "search the article; Enter next match; Esc, then n next, N previous"),
    (_keys("timeline.filter"), "timeline: only the pinned actors' events, or all (from any pane)"),
    (_keys("relations.comentions"), "relations: show or hide the co-mentions (hidden at first)"),
    (_keys("relations.low"), "relations: hide or show the low-confidence extracted ones"),
    (_keys("relations.filter"), "relations: keep only some types, cooperation/conflict, layers"),
    (
        _keys("list.filter"),
        "filter the focused list as you type; Enter keeps it, Esc clears it",
    ),
    (
        _keys("selection.clear"),
        "close the search bar; again, clear the selection (pins too) and search",
    ),
    (
        _keys("correction.menu"),
        "correct the actor, relation or event under the cursor (a menu; a letter picks; "
        "w adds a note); in the article, the selected actor's mentions, or a relation "
        "between two pinned",
    ),
    (
        _keys("selection.undo"),
        "undo the last correction, or bring back what the last Esc cleared",
    ),
    (
        _keys("note.bookmark"),
        "bookmark the passage under the cursor (the row's evidence in a list); again: unmark",
    ),
    (_keys("note.list"), "your bookmarks and notes: Enter goes back to one, d deletes it"),
    (
        _keys("article.pick"),
        "pick another article: type to narrow by title, date or file name; Ctrl+S orders "
        "them by date, title or number of actors",
    ),
    (
        _keys("actor.across"),
        "the primary actor across all articles; Enter opens one; c, l filter there too, "
        "as F does; e corrects a row",
    ),
    ("Ctrl+P", "command palette: go to an actor, across articles, History, Notes, Add a note"),
    (_keys("help"), "this help"),
    (_keys("quit") + "  Ctrl+Q", "quit"),
)

MARKS: tuple[tuple[str, str], ...] = (
    (
        f"{PIN_GLYPHS[0]} {PIN_GLYPHS[1]} {PIN_GLYPHS[2]} {PIN_GLYPHS[3]}",
        "pinned actors, first is primary",
    ),
    (
        " ".join(AFFILIATE_GLYPHS),
        "belongs to that pinned actor (its minister); its mentions italic, underlined",
    ),
    (PASSAGE_MARK, "gutter: the passage names a pinned actor"),
    (BOTH_MARK, "gutter: the passage names the primary and another pinned actor"),
    (EVIDENCE_MARK, "gutter: evidence sentence of the selected relation or event"),
    (MATCH_MARK, "gutter: the current search match"),
    (BOOKMARK_MARK, "gutter: a sentence you bookmarked (m)"),
    (NOTE_MARK, "gutter: a sentence you wrote a note on; after an actor or relation: your note"),
    (AFFILIATE_MARK, "gutter: the passage names an actor belonging to a pinned one"),
    ("→  ←", "the primary actor acts / is acted upon"),
    (
        f"{POLARITY_SYMBOLS['cooperation']}  {POLARITY_SYMBOLS['conflict']}  {POLARITY_SYMBOLS['neutral']}",
        "cooperation, conflict, co-mention",
    ),
    ("NOT", "negated: the text says it did not happen"),
    ("? words", "hedged: the text is unsure (its words quoted)"),
    ("said by X", "attributed to a speaker"),
    (
        f"{PROVENANCE_SYMBOLS['curated']}  {PROVENANCE_SYMBOLS['extracted']}",
        "curated by hand / extracted by machine",
    ),
    (PROVENANCE_SYMBOLS["reviewed"], "reviewed: you corrected or accepted it (e)"),
    (
        " ".join(PROVENANCE_SYMBOLS["extracted"] + mark for mark in CONFIDENCE_MARKS.values()),
        "extracted with high, medium, low confidence",
    ),
    (f"{INFERRED_PREFIX}2022", "date inferred, not stated in the text"),
)


def _table(title: str, rows: tuple[tuple[str, str], ...]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.title = title
    table.title_style = "bold underline"
    table.title_justify = "left"
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for key, text in rows:
        table.add_row(Text(key), Text(text))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="help.close"),
        Binding("question_mark", "dismiss", "Close", show=False, id="help.close-question"),
        Binding("q", "dismiss", "Close", show=False, id="help.close-q"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "personae: keys"
            body.border_subtitle = "↑↓ scroll · Esc close"
            yield Static(_table("Keys", KEYS), id="help-keys")
            yield Static(_table("Marks", MARKS), id="help-marks")
