"""The keys and the pin colours are said in one place: the help, the README and the
article's highlights follow the bindings and the palette."""

from __future__ import annotations

import re
from pathlib import Path

from snap_app import make_app
from textual.color import Color

from personae.tui.keys import key_label
from personae.tui.screens.help import BOUND, KEYS
from personae.tui.state import PIN_COLOURS
from personae.tui.widgets.article_view import ArticleView

ROOT = Path(__file__).resolve().parent.parent.parent

#: Textual's own keys (focus, lists, the palette, its quit): written, not bound by us.
TEXTUAL_KEYS = {"Tab", "Shift+Tab", "↑", "↓", "PgUp", "PgDn", "Enter", "Ctrl+P", "Ctrl+Q"}


def _tokens(keys: str) -> set[str]:
    return {token for token in re.split(r"\s+/\s+|\s+", keys) if token}


def _readme_keys() -> set[str]:
    """The keys of the README's key table (its first column, each in backticks)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Keys", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert rows, "the README's key table is gone"
    return {key for row in rows for key in re.findall(r"`([^`]+)`", row.split(" | ")[0])}


def _bound_keys() -> set[str]:
    """Every key the explorer binds to a named action (its fallbacks have no id)."""
    return {key_label(binding.key) for binding in BOUND if binding.id}


def test_the_help_lists_every_bound_key_and_only_those() -> None:
    listed = {token for keys, _ in KEYS for token in _tokens(keys)}
    assert listed - TEXTUAL_KEYS == _bound_keys()


def test_the_readme_key_table_matches_the_bindings() -> None:
    assert _readme_keys() - TEXTUAL_KEYS == _bound_keys()
    assert _readme_keys() >= TEXTUAL_KEYS


async def test_the_article_highlights_pins_in_the_palettes_colours() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        for slot, colour in enumerate(PIN_COLOURS):
            style = view.get_component_styles(f"article-view--pin-{slot}")
            assert style.color == Color.parse(colour)
