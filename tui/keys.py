"""The explorer's keys: which key does what, and what a key says when it cannot act."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding

#: What a key says when it cannot do its work now: its binding is then greyed out or
#: hidden, and the same key falls through to this explanation instead of doing nothing.
WHY_NOT: dict[str, str] = {
    "jump_passage": "Select an actor first (Enter in the actor list): n and N go through "
    "its passages, or through the matches of a search.",
    "across": "Select an actor first (Enter in the actor list).",
    "pick_article": "The store holds one article: there is no other to open.",
    "filter_timeline": "Pin an actor first (Enter or p): f then keeps the timeline to its events.",
    "filter_list": "Go to a list first (1, 2 or 3): \\ filters the list that has the focus.",
    "undo": "Nothing to undo: u undoes the last correction, or the last Esc that cleared a "
    "selection (the palette's History undoes any correction).",
    "correct": "Nothing to correct here: put the cursor on an actor, a relation or an event "
    "(1 2 3), then e; in the article (4), e corrects the selected actor's mentions.",
}


#: The action of the binding each key falls back from, when that one cannot run.
_FALLS_BACK_FROM = {
    "n": "jump_passage",
    "N": "jump_passage",
    "u": "undo",
    "e": "correct",
    "f": "filter_timeline",
    "a": "pick_article",
    "g": "across",
    "backslash": "filter_list",
}


def _why_not(*keys: str) -> tuple[Binding, ...]:
    """Tried when the binding before them for the same key cannot run: say why."""
    return tuple(Binding(key, f"why_not({_FALLS_BACK_FROM[key]!r})", show=False) for key in keys)


EXPLORER_BINDINGS: tuple[Binding, ...] = (
    Binding("1", "show_pane('actors')", "Actors", show=False, id="pane.actors"),
    Binding("2", "show_pane('relations')", "Relations", show=False, id="pane.relations"),
    Binding("3", "show_pane('timeline')", "Timeline", show=False, id="pane.timeline"),
    Binding("4", "show_pane('article')", "Article", show=False, id="pane.article"),
    Binding("n", "jump_passage(1)", "Next", id="passage.next"),
    Binding("N", "jump_passage(-1)", "Prev", show=False, id="passage.previous"),
    Binding("slash", "search", "Search", id="search.open"),
    Binding("escape", "clear", "Clear", id="selection.clear"),
    Binding("u", "undo", "Undo", id="selection.undo"),
    Binding("f", "filter_timeline", "Filter", id="timeline.filter"),
    # Not in the footer: at 80 columns it is full; the help and the relations pane say them.
    Binding("c", "toggle_comentions", "Co-mentions", show=False, id="relations.comentions"),
    Binding("l", "toggle_low", "Low confidence", show=False, id="relations.low"),
    Binding("F", "filter_relations", "Filter relations", show=False, id="relations.filter"),
    Binding("e", "correct", "Correct", show=False, id="correction.menu"),
    Binding("m", "bookmark", "Bookmark", show=False, id="note.bookmark"),
    *_why_not("n", "N", "u", "f", "backslash", "e"),
)
"""The explorer screen's keys; those of a pane are with the pane."""

APP_BINDINGS: tuple[Binding, ...] = (
    Binding("a", "pick_article", "Articles", id="article.pick"),
    Binding("g", "across", "Across articles", id="actor.across"),
    Binding("M", "notes", "Notes", show=False, id="note.list"),
    Binding("question_mark", "help", "Help", id="help"),
    Binding("q", "quit", "Quit", id="quit"),
    *_why_not("a", "g"),
)
"""The keys that open another screen, or quit: the footer lists them after the explorer's."""


#: How the help and the README name the keys Textual spells otherwise.
KEY_NAMES = {
    "slash": "/",
    "backslash": "\\",
    "question_mark": "?",
    "escape": "Esc",
    "space": "Space",
}


def key_label(key: str) -> str:
    """A key as the reader reads it: "/" for slash, "Ctrl+Q" for ctrl+q."""
    if key.startswith("ctrl+"):
        return "Ctrl+" + key.removeprefix("ctrl+").upper()
    return KEY_NAMES.get(key, key)


def keys_of(bindings: Iterable[Binding], *ids: str, between: str = "  ") -> str:
    """The keys of the bindings with these ids, as the help lists them: change a binding
    and the help follows (an id no binding has is an error, found at import)."""
    by_id = {binding.id: binding for binding in bindings if binding.id}
    return between.join(key_label(by_id[binding_id].key) for binding_id in ids)
