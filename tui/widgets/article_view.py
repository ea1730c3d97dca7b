"""The article: passages wrapped once per width, drawn a line at a time (Textual's Line API).

Selecting an actor, a relation, an event or a search only changes which spans are styled:
the wrapped lines stay, the strip cache is dropped, and only the visible lines are drawn
again.  Article text is never parsed as markup: every line is built from plain strings
and Rich styles.
"""

from __future__ import annotations

import bisect
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from personae.store.model import Span
from personae.tui.format import BOOKMARK_MARK, NOTE_MARK, printable
from personae.tui.state import MAX_PINS, Document, Selection
from personae.tui.widgets.article_layout import (
    AFFILIATE_MARK,
    BOTH_MARK,
    EVIDENCE_MARK,
    GUTTER,
    MATCH_MARK,
    PASSAGE_MARK,
    LineKey,
    Styled,
    covering_spans,
    line_at,
    line_strip,
    offset_at,
    search_matches,
    selected_evidence,
    wrapped_lines,
)
from personae.tui.widgets.repaint import LineScrollView, changed_lines
from personae.tui.widgets.subtitle import set_subtitle


class ArticleView(LineScrollView, can_focus=True):
    """The article's passages, with mentions, evidence and search matches highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--pin-{slot}" for slot in range(MAX_PINS)),
        "article-view--evidence",
        "article-view--match",
        "article-view--match-current",
        "article-view--mark",
        "article-view--affiliate",
    }

    document: reactive[Document | None] = reactive(None)
    """The article on screen."""
    selection: reactive[Selection] = reactive(Selection(), repaint=False)
    """Pinned actors, selected relation and event (bound to the app's)."""
    search: reactive[str] = reactive("", repaint=False)
    """The search text; its matches are highlighted."""

    class ActorClicked(Message):
        """The reader clicked a mention of an actor."""

        def __init__(self, view: ArticleView, entity_id: str) -> None:
            super().__init__()
            self.view = view
            self.entity_id = entity_id

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = ""
        self._lines: list[tuple[int, int, int]] = []  # (passage or -1, start, end)
        self._line_starts: list[int] = []
        self._passage_first_line: list[int] = []
        self._wrapped_width = 0
        self._layers: list[Styled] = []
        self._layer_starts: list[int] = []
        self._longest_span = 0
        self._passage_marks: dict[int, Segment] = {}
        self._line_marks: dict[int, Segment] = {}
        # Large enough to hold the changed lines of every selection of a session's worth of
        # actors: going back to a selection seen before draws nothing new.
        self._strips: LRUCache[tuple[int, int, LineKey], Strip] = LRUCache(2048)
        self._styles: dict[str, Style] = {}  # own and component styles, until restyled
        self._marks: dict[tuple[str, Style], Segment] = {}  # gutter marks, until restyled
        # Each line's key for the current lines and layers: a selection compares the visible
        # lines' keys before and after, and drawing asks for the same keys again.
        self._keys: dict[int, LineKey] = {}
        self._naming: tuple[int, ...] = ()
        self._passage_cursor: int | None = None
        self._matches: list[Span] = []
        self._match_index: int | None = None

    # -- state changes ------------------------------------------------------------------

    def watch_document(self, document: Document | None) -> None:
        self._text = printable(document.article.text) if document is not None else ""
        self._strips.clear()  # drawn lines are keyed by position and looks, not by text
        self._wrapped_width = 0
        self._passage_cursor = None
        self._matches = []
        self._match_index = None
        self._rewrap()
        self._restyle()
        self.scroll_to(y=0, animate=False)

    def watch_selection(self, old: Selection, new: Selection) -> None:
        if old.primary != new.primary:
            self._passage_cursor = None
        self._restyle()
        evidence = selected_evidence(self.document, new)
        if evidence is not None and (old.relation, old.event) != (new.relation, new.event):
            self.scroll_to_span(evidence, center=True)

    def watch_search(self) -> None:
        document = self.document
        self._matches = []
        self._match_index = None
        if document is not None and self.search:
            self._matches = search_matches(document.article.text, self.search)
        self._restyle()

    def on_resize(self) -> None:
        if self._text_width != self._wrapped_width:
            # The first character on screen stays on screen: line numbers change with
            # the width, the text does not.
            top = min(round(self.scroll_y), len(self._line_starts) - 1)
            place = self._line_starts[top] if top >= 0 else 0
            self._rewrap()
            # The evidence and match marks are kept by line: they move with the new lines.
            self._compute_layers()
            self._strips.clear()
            self.scroll_to(y=self._line_of(place), animate=False)
            self._show_subtitle()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()
        self._marks.clear()

    def _style(self, name: str = "") -> Style:
        """The view's rich style (no name) or a component's partial one, kept until the
        styles change: each costs a walk up the tree, and a selection asks for dozens."""
        style = self._styles.get(name)
        if style is None:
            own = not name
            style = self.rich_style if own else self.get_component_rich_style(name, partial=True)
            self._styles[name] = style
        return style

    # -- what the app asks --------------------------------------------------------------

    @property
    def passage_position(self) -> tuple[int, int] | None:
        """(1-based position, count) of the current passage naming the primary actor."""
        if self._passage_cursor is None or not self._naming:
            return None
        return self._passage_cursor + 1, len(self._naming)

    @property
    def match_position(self) -> tuple[int, int] | None:
        """(1-based position, count) of the current search match."""
        if self._match_index is None or not self._matches:
            return None
        return self._match_index + 1, len(self._matches)

    def jump_passage(self, step: int) -> bool:
        """Scroll to the next (step 1) or previous (-1) passage naming the primary actor."""
        if not self._naming:
            return False
        if self._passage_cursor is None:
            top = line_at(self._lines, self._passage_first_line, round(self.scroll_y))
            ahead = [i for i, p in enumerate(self._naming) if p >= top] if step > 0 else []
            cursor = ahead[0] if ahead else (0 if step > 0 else len(self._naming) - 1)
        else:
            cursor = (self._passage_cursor + step) % len(self._naming)
        self._passage_cursor = cursor
        line = self._passage_first_line[self._naming[cursor]]
        self.scroll_to(y=max(0, line - 1), animate=False)
        self._show_subtitle()
        return True

    def find(self, step: int = 1) -> bool:
        """Move to the next (or previous) search match and scroll it into view."""
        if not self._matches:
            return False
        if self._match_index is None:
            top = self._line_starts[round(self.scroll_y)] if self._line_starts else 0
            after = bisect.bisect_left([m.start for m in self._matches], top)
            index = after % len(self._matches) if step > 0 else (after - 1) % len(self._matches)
        else:
            index = (self._match_index + step) % len(self._matches)
        self._match_index = index
        self._restyle()
        self.scroll_to_span(self._matches[index], center=True)
        return True

    def scroll_to_span(self, span: Span, *, center: bool = False) -> None:
        first = self._line_of(span.start)
        last = self._line_of(max(span.start, span.end - 1))
        height = self.scrollable_content_region.height
        if center:
            y = first - max(0, (height - (last - first + 1)) // 2)
        elif first < self.scroll_y or last >= self.scroll_y + height:
            y = first
        else:
            return
        self.scroll_to(y=max(0, y), animate=False)

    # -- wrapping -----------------------------------------------------------------------

    @property
    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER)

    def _rewrap(self) -> None:
        document = self.document
        self._lines = []
        self._passage_first_line = []
        self._wrapped_width = 0
        # Not before the first layout gives the view a width: the first resize wraps.
        if document is not None and self.scrollable_content_region.width > 0:
            width = self._text_width
            self._wrapped_width = width
            self._lines, self._passage_first_line = wrapped_lines(
                document.article.text, document.article.passages, width
            )
        self._line_starts = [start for _, start, _ in self._lines]
        self._keys = {}
        self.virtual_size = Size(self._text_width + GUTTER, len(self._lines))
        self.refresh()

    def _line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    # -- styling ------------------------------------------------------------------------

    def _restyle(self) -> None:
        """Recompute which spans are highlighted; cheap: no re-wrap, and only the visible
        lines whose highlighting changed are drawn again."""
        top = round(self.scroll_y)
        visible = range(top, min(top + self.scrollable_content_region.height, len(self._lines)))
        before = [self._line_key(line) for line in visible]
        self._compute_layers()
        after = [self._line_key(line) for line in visible]
        regions = changed_lines(before, after, self.scrollable_content_region.width)
        if regions:  # refresh() with no region would repaint the whole view
            self.refresh(*regions)
        self._show_subtitle()

    def _compute_layers(self) -> None:
        document = self.document
        selection = self.selection
        layers: list[Styled] = []
        self._passage_marks = {}
        self._line_marks = {}
        if document is not None:
            corpus, article = document.corpus, document.article.id
            evidence = selected_evidence(self.document, selection)
            if evidence is not None:
                style = self._style("article-view--evidence")
                layers.append(Styled(evidence.start, evidence.end, style))
                mark = self._mark(EVIDENCE_MARK, style)
                for line in range(
                    self._line_of(evidence.start), self._line_of(evidence.end - 1) + 1
                ):
                    self._line_marks[line] = mark
            self._add_affiliates(layers)
            naming: dict[int, list[int]] = {}
            for slot, entity_id in enumerate(selection.pinned):
                style = self._style(f"article-view--pin-{slot}")
                for mention in corpus.mentions_of(entity_id, article):
                    layers.append(Styled(mention.start, mention.end, style))
                for passage in corpus.passages_naming(entity_id, article):
                    naming.setdefault(passage, []).append(slot)
            self._naming = tuple(p for p, slots in sorted(naming.items()) if slots[0] == 0)
            for passage, slots in naming.items():
                style = self._style(f"article-view--pin-{slots[0]}")
                glyph = BOTH_MARK if slots[0] == 0 and len(slots) > 1 else PASSAGE_MARK
                self._passage_marks[passage] = self._mark(glyph, style)
            match_style = self._style("article-view--match")
            current_style = self._style("article-view--match-current")
            for index, match in enumerate(self._matches):
                current = index == self._match_index
                layers.append(
                    Styled(match.start, match.end, current_style if current else match_style)
                )
                if current:
                    self._line_marks.setdefault(
                        self._line_of(match.start), self._mark(MATCH_MARK, current_style)
                    )
            self._add_reader_marks()
        layers.sort(key=lambda s: s.start)
        self._keys = {}
        self._layers = layers
        self._layer_starts = [s.start for s in layers]
        self._longest_span = max((s.end - s.start for s in layers), default=0)

    def _add_affiliates(self, layers: list[Styled]) -> None:
        """The mentions of the actors belonging to a pinned one, in that pin's colour but
        quieter (italic, underlined, not bold), and a dashed gutter mark on their passages.
        Added before the pins' own layers: a mention of both starting at one place is drawn
        in the pin's colour and weight."""
        document = self.document
        if document is None:
            return
        corpus, article = document.corpus, document.article.id
        pinned = self.selection.pinned
        quiet = self._style("article-view--affiliate")
        for slot, owner in enumerate(pinned):
            colour = Style(color=self._style(f"article-view--pin-{slot}").color)
            style = quiet + colour
            mark = self._mark(AFFILIATE_MARK, style)
            for affiliate in corpus.affiliates_of(owner, article):
                if affiliate.id in pinned:
                    continue  # shown as itself
                for mention in corpus.mentions_of(affiliate.id, article):
                    layers.append(Styled(mention.start, mention.end, style))
                for passage in corpus.passages_naming(affiliate.id, article):
                    self._passage_marks.setdefault(passage, mark)

    def _add_reader_marks(self) -> None:
        """The reader's bookmarks and notes on the article's sentences, in the line-mark
        column where neither the evidence nor the current match is."""
        document = self.document
        if document is None:
            return
        text = document.article.text
        for sentence, what in document.corpus.marked_sentences(document.article.id).items():
            start = text.find(sentence)
            if start >= 0:
                glyph = NOTE_MARK if what == "note" else BOOKMARK_MARK
                self._line_marks.setdefault(self._line_of(start), self._mark(glyph, Style()))

    def cursor_sentence(self) -> Span | None:
        """The sentence under the reader's cursor (what m bookmarks): the selected relation's
        or event's evidence, else the primary actor's first mention in the passage n/N went
        to, else the sentence at the top of the view."""
        document = self.document
        if document is None or not self._lines:
            return None
        evidence = selected_evidence(self.document, self.selection)
        if evidence is not None:
            return evidence
        article = document.article
        offset = self._lines[min(max(0, round(self.scroll_y)), len(self._lines) - 1)][1]
        primary = self.selection.primary
        if self._passage_cursor is not None and self._naming and primary is not None:
            passage = article.passages[self._naming[self._passage_cursor]]
            mentions = document.corpus.mentions_of(primary, article.id)
            offset = next((m.start for m in mentions if passage.contains(m.start)), passage.start)
        for sentence in article.sentences:
            if sentence.end > offset and sentence.end > sentence.start:
                return sentence
        return None

    def _mark(self, glyph: str, style: Style) -> Segment:
        mark = self._marks.get((glyph, style))
        if mark is None:
            base = self._style("article-view--mark")
            colour_only = Style(color=style.color) if style.color else Style()
            mark = self._marks[glyph, style] = Segment(glyph, base + colour_only)
        return mark

    def _show_subtitle(self) -> None:
        parts: list[str] = []
        document = self.document
        primary = self.selection.primary
        if document is not None and primary is not None:
            name = document.corpus.entity(primary).name
            position = self.passage_position
            if position is not None:
                parts.append(f"{name} {position[0]}/{position[1]}")
            else:
                count = len(self._naming)
                keys = "" if self.search else " (n/N)"  # while searching n/N go to matches
                parts.append(f"{name}: {count} passage{'' if count == 1 else 's'}{keys}")
        if self.search:
            match = self.match_position
            found = f"{match[0]}/{match[1]}" if match else f"{len(self._matches)} found"
            parts.append(f"/{self.search}: {found} (n/N)")
        set_subtitle(self, " · ".join(parts))

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self._line_width
        line_key = self._line_key(index)
        key = (index, width, line_key)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_strip(index, line_key).adjust_cell_length(width, self._style())
            self._strips[key] = strip
        return strip.apply_offsets(0, index)

    def _line_key(self, index: int) -> LineKey:
        key = self._keys.get(index)
        if key is None:
            key = self._keys[index] = self._make_line_key(index)
        return key

    def _make_line_key(self, index: int) -> LineKey:
        if not 0 <= index < len(self._lines):
            return (None, None, ())
        passage, start, end = self._lines[index]
        covering = covering_spans(self._layers, self._layer_starts, self._longest_span, start, end)
        return (
            self._passage_marks.get(passage) if passage >= 0 else None,
            self._line_marks.get(index),
            covering,
        )

    def _render_strip(self, index: int, line_key: LineKey) -> Strip:
        base = self._style()
        document = self.document
        if document is None or not 0 <= index < len(self._lines):
            return Strip.blank(GUTTER, base)
        _, start, end = self._lines[index]
        return line_strip(self._text, start, end, base, line_key)

    # -- mouse --------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        document = self.document
        # The event's offset counts from the border's corner; lines count from the content.
        offset = event.get_content_offset(self)
        if document is None or offset is None:
            return
        line = round(self.scroll_y) + offset.y
        if not 0 <= line < len(self._lines) or offset.x < GUTTER:
            return
        _, start, end = self._lines[line]
        at = offset_at(self._text, start, end, offset.x - GUTTER)
        for mention in document.corpus.mentions_in(document.article.id):
            if mention.start <= at < mention.end:
                self.post_message(self.ActorClicked(self, mention.entity))
                return
