"""Command palette: "go to actor" and "across articles" over the actors on screen, and
the base of the providers that list a few fixed commands (corrections, notes)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from personae.tui.format import printable

if TYPE_CHECKING:
    from personae.tui.app import PersonaeApp


def _help(aliases: str) -> str | None:
    """The palette reads help text as markup: names from articles are escaped."""
    return escape(f"also {aliases}") if aliases else None


def _highlighted(matcher: Matcher, text: str) -> Content:
    """The text with the letters the query matched in the match style.

    ``Matcher.highlight`` reads the text as markup: "Acme [/x] Corp" made the search fail
    with no result, "[b]" turned a name bold."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


#: A palette command: its text, what it runs, and a line of help ("" for none).
Command = tuple[str, Callable[[], None], str]


class ListedCommands(Provider):
    """A provider of a few fixed commands, which ``commands`` lists for what is selected
    now: shown when the palette opens, matched by their text as the reader types."""

    def commands(self) -> list[Command]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for text, run, help_text in self.commands():
            yield DiscoveryHit(Content(text), run, text=text, help=help_text or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, run, help_text in self.commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), run, text=text, help=help_text or None)


class ActorCommands(Provider):
    """Select an actor of the current article by any of its names."""

    def _actors(self) -> list[tuple[str, str, str]]:
        app: PersonaeApp = self.app  # type: ignore[assignment]
        document = app.explorer.document
        if document is None:
            return []
        return [
            (entity.id, printable(entity.name), printable(", ".join(entity.aliases)))
            for entity, _ in document.corpus.entities_in(document.article.id)
        ]

    async def discover(self) -> Hits:
        app: PersonaeApp = self.app  # type: ignore[assignment]
        for entity_id, name, aliases in self._actors():
            text = f"Go to actor: {name}"
            yield DiscoveryHit(
                Content(text),
                partial(app.explorer.select_actor, entity_id),
                text=text,
                help=_help(aliases),
            )
        for entity_id, name, aliases in self._actors():
            text = f"Across articles: {name}"
            yield DiscoveryHit(
                Content(text), partial(app.action_across, entity_id), text=text, help=_help(aliases)
            )

    async def search(self, query: str) -> Hits:
        app: PersonaeApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for entity_id, name, aliases in self._actors():
            text = f"Go to actor: {name}"
            score = (
                max(matcher.match(text), matcher.match(aliases)) if aliases else matcher.match(text)
            )
            if score > 0:
                yield Hit(
                    score,
                    _highlighted(matcher, text),
                    partial(app.explorer.select_actor, entity_id),
                    help=_help(aliases),
                )
            across = f"Across articles: {name}"
            score = matcher.match(across)
            if score > 0:
                yield Hit(
                    score,
                    _highlighted(matcher, across),
                    partial(app.action_across, entity_id),
                    help=_help(aliases),
                )
