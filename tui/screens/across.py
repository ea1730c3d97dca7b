"""One actor across every article of the corpus: mentions, relations and dated events,
each row a way back into its article and sentence.

Which articles involve the actor comes from the catalog's index; of each article only the
actor's relations and events are read from its piece (no text, no mentions), as its rows
are made, one at a time and not kept, so the view costs the rows it shows, never the whole
store."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar, TypedDict

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from personae.store.catalog import ArticleEntry, CatalogChanged
from personae.store.corpus import Corpus
from personae.store.model import Event, Relation
from personae.store.records import collector_paused
from personae.store.storage import StoreError
from personae.tui.collector import keep_out_of_collections
from personae.tui.format import (
    confidence_band,
    date_label,
    is_comention,
    printable,
    relation_order,
)
from personae.tui.relation_filter import RelationFilter
from personae.tui.state import Selection
from personae.tui.widgets.covered import KeptBackdrop
from personae.tui.widgets.explorer_list import fits_line, hanging, hanging_row
from personae.tui.widgets.relation_list import relation_parts
from personae.tui.widgets.row_list import Row, RowList
from personae.tui.widgets.rows import LaterRow
from personae.tui.widgets.subtitle import set_subtitle


class PaneFilters(TypedDict):
    """The relations pane's filters, that the view starts with: c, l and F."""

    comentions: bool
    low: bool
    only: RelationFilter


@dataclass(frozen=True, slots=True)
class Jump:
    """Where Enter on a row leads: an article, and its relation, event or first mention."""

    article: str
    relation: str | None = None
    event: str | None = None


def heading_row(article: ArticleEntry, count: int, *, id: str) -> Row:
    """An article's heading: its date, title and how often it names the actor."""
    parts = (
        ((article.date or "undated").ljust(11), "bold"),
        (printable(article.title), "bold underline"),
        (f"  {count} mention{'s' if count != 1 else ''}", "dim"),
    )
    plain = "".join([text for text, _ in parts])
    if plain.isprintable():  # one line, nothing to strip: joined when drawn
        return LaterRow(plain, parts, id=id, heads=True)
    return Row(Content.assemble(*parts), id=id, heads=True)


NO_SELECTION = Selection()
"""Nothing pinned here: the view's actor is the viewpoint of every relation row."""


#: Event rows' dates as drawn, by (date, stated): an archive's events share few dates, and
#: making one is a third of making its row.  Bounded, since dates come from the store.
_DATE_PREFIXES: dict[tuple[str, bool], Content] = {}
DATE_PREFIXES_KEPT = 4096


def _date_prefix(event: Event) -> Content:
    key = (event.date, event.stated)
    prefix = _DATE_PREFIXES.get(key)
    if prefix is None:
        style = "bold" if event.stated else "italic"
        prefix = Content.styled(f"  {date_label(event)} ", style)
        if len(_DATE_PREFIXES) < DATE_PREFIXES_KEPT:
            _DATE_PREFIXES[key] = prefix
    return prefix


def event_row(event: Event, width: int) -> Content:
    prefix, label = _date_prefix(event), printable(event.label)  # no controls left
    if fits_line(label, prefix.cell_length, width):
        # As hanging joins them, in one step: most of an archive's events fit their line.
        return Content(prefix.plain + label, list(prefix.spans), strip_control_codes=False)
    return hanging(prefix, Content(label, strip_control_codes=False), width)


def event_listing(event: Event, width: int, *, id: str) -> Row:
    """An event's row (``event_row``), joined when drawn where it fits its line."""
    prefix, label = _date_prefix(event), event.label  # printable() leaves such a label be
    if label.isprintable() and fits_line(label, prefix.cell_length, width):
        return LaterRow(prefix.plain + label, (prefix, label), id=id)
    return Row(event_row(event, width), id=id)


#: Rows built before the view first shows: a few screens, so it opens at once however
#: many articles name the actor; the rest follows in parts.
FIRST_ROWS = 150
#: How long one later part may build rows before keys get their turn.
PART_SECONDS = 0.015
#: The most rows added to the list at once: an actor named in 100,000 articles builds
#: thousands between two showings, and adding 2,000 at once kept keys waiting 55 ms.
ADD_AT_ONCE = 1_000
#: How often the rows built meanwhile are added to the list: each addition redraws its
#: scrollbar, and with it every line of the screen.
SHOW_SECONDS = 0.1


class AcrossList(RowList):
    """The rows of the across-articles view, wrapped to the list's width.

    Rows come article by article, newest first: the first screens at once, then the rest
    in short parts between keys, so an actor named in thousands of articles never freezes
    the screen."""

    SEPARATED = False

    class StoreChanged(Message):
        """A piece of this view's version is gone: the store has moved on twice since."""

    def __init__(
        self,
        corpus: Corpus,
        actor: str,
        *,
        comentions: bool = False,
        low: bool = True,
        only: RelationFilter | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.corpus = corpus
        self.actor = actor
        self.show_comentions = comentions
        """List co-mentions too, as the relations pane's c does; kept back at first."""
        self.show_low = low
        """List low-confidence relations, as the relations pane's l does."""
        self.only = only or RelationFilter()
        """The types, polarities and layers kept, as the relations pane's F keeps them."""
        self.articles: dict[str, str] = {}
        """Each row's article, by row id (where Enter on the row leads: ``jump``)."""
        self._built_width = 0
        self._articles = 0
        self._hidden: Counter[str] = Counter()

    def on_resize(self, event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width != self._built_width:
            self._built_width = width
            self.build(width)

    def build(self, width: int) -> None:
        keep = self.highlighted_option.id if self.highlighted_option else None
        self.workers.cancel_group(self, "across-rows")  # rows of another build, or corpus
        self.articles = {}
        rows = self._rows_from_the_newest(width)
        first = list(itertools.islice(rows, FIRST_ROWS))
        if not first:
            first.append(Row(Content("No article names this actor."), disabled=True))
        self.set_rows(first, keep=keep)
        if self.highlighted is None and not first[0].disabled:
            self.highlighted = 0
        self._show_count(finished=len(first) < FIRST_ROWS)
        if len(first) == FIRST_ROWS:
            self.run_worker(self._stream(rows, keep), exclusive=True, group="across-rows")

    def _rows_from_the_newest(self, width: int) -> Iterator[Row]:
        """Every row, article by article, each article's piece read for its own rows: the
        work grows with the articles that name the actor, and is done as rows are shown."""
        corpus, actor = self.corpus, self.actor
        self._articles = corpus.count_articles_naming(actor)
        self._hidden = Counter()
        names: dict[str, tuple[str, str]] = {}  # each counterpart's name, looked up once
        articles = self.articles
        for entry, count in corpus.articles_naming(actor):  # newest first, merged ones too
            article_id = entry.id
            key = f"a:{article_id}"
            articles[key] = article_id
            yield heading_row(entry, count, id=key)
            try:
                index = corpus.links(article_id, actor)
            except CatalogChanged:
                self.post_message(self.StoreChanged())  # rows of the next version follow
                return
            except (OSError, StoreError):
                yield Row(Content.styled("  its records cannot be read", "italic"), disabled=True)
                continue
            if index is None:
                continue
            # As in the relations pane: curated, then the most trusted, co-mentions last.
            shown = self._filtered(index.relations_of(actor))
            for relation in sorted(shown, key=relation_order):
                key = f"r:{relation.id}"
                articles[key] = article_id
                prefix, parts = relation_parts(
                    relation,
                    corpus,
                    NO_SELECTION,
                    viewpoint=actor,
                    indent="  ",
                    summary_below=False,
                    names=names,
                )
                yield hanging_row(prefix, parts, width, id=key)
            for event in index.events_of(actor):
                key = f"e:{event.id}"
                articles[key] = article_id
                yield event_listing(event, width, id=key)

    def jump(self, row_id: str | None) -> Jump | None:
        """Where Enter on the row leads (None for a row that leads nowhere): made when
        asked, not for each of the tens of thousands of rows."""
        article = self.articles.get(row_id) if row_id is not None else None
        if row_id is None or article is None:
            return None
        kind, _, record = row_id.partition(":")
        if kind == "r":
            return Jump(article, relation=record)
        return Jump(article, event=record) if kind == "e" else Jump(article)

    def _filtered(self, relations: Iterable[Relation]) -> list[Relation]:
        """The relations c, l and F let through; those kept back are counted for the title
        (those F keeps back only when c and l would list them, as the relations pane counts)."""
        shown = []
        for relation in relations:
            if not self.only.admits(relation):
                comention = is_comention(relation)
                low = not comention and confidence_band(relation) == "low"
                if self.show_comentions if comention else self.show_low or not low:
                    self._hidden["F"] += 1
                continue
            if is_comention(relation):
                if not self.show_comentions:
                    self._hidden["c"] += 1
                    continue
            elif not self.show_low and confidence_band(relation) == "low":
                self._hidden["l"] += 1
                continue
            shown.append(relation)
        return shown

    async def _stream(self, rows: Iterator[Row], keep: str | None) -> None:
        """Build the remaining rows in parts of about PART_SECONDS, yielding between them,
        and add what is built to the list every SHOW_SECONDS."""
        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        await drawn.wait()  # the first rows are drawn before more are built: apart, not after
        built: list[Row] = []
        shown_at = time.perf_counter()
        keep_out_of_collections()  # what the rows are made from lives as long as the view
        while True:
            deadline = time.perf_counter() + PART_SECONDS
            more = False
            with collector_paused():  # a part's rows hold no cycles: walked once, after it
                for row in rows:
                    built.append(row)
                    if time.perf_counter() >= deadline:
                        more = True
                        break
            if built and (not more or time.perf_counter() - shown_at >= SHOW_SECONDS):
                for start in range(0, len(built), ADD_AT_ONCE):
                    if start:  # keys between parts: adding rows costs some 25 us each
                        await asyncio.sleep(0)
                    self.add_rows(built[start : start + ADD_AT_ONCE])
                built = []
                shown_at = time.perf_counter()
                keep_out_of_collections()
                self._show_count(finished=False)
                if keep is not None and self.lists(keep):  # the row the cursor was on
                    self.highlighted = self.get_option_index(keep)
                    keep = None
            if not more:
                break
            await asyncio.sleep(0)
        self._show_count(finished=True)

    def _show_count(self, *, finished: bool) -> None:
        count = self._articles
        articles = f"{count} article{'s' if count != 1 else ''}"
        listing = "" if finished else f", listing ({len(self.options)} rows so far)"
        hidden = [
            f"{n:,} {noun}{'s' if n != 1 and noun == 'co-mention' else ''} ({key})"
            for key, noun in (("c", "co-mention"), ("l", "low-confidence"))
            if (n := self._hidden[key])
        ]
        held = f" · {' and '.join(hidden)} hidden" if hidden else ""
        if outside := self._hidden["F"]:
            held += f" · {outside:,} outside the filter"
        set_subtitle(self, f"{articles}{listing}{held} · Enter open · Esc close")


class AcrossArticles(KeptBackdrop[Jump | None]):
    """The selected actor in every article: Enter opens the row's article at its sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="across.close"),
        Binding("g", "dismiss", "Close", show=False, id="across.close-g"),
        Binding("c", "filter('show_comentions')", "Co-mentions", id="across.comentions"),
        Binding("l", "filter('show_low')", "Low confidence", id="across.low"),
        Binding("e", "correct", "Correct", id="across.correct"),
    ]

    def __init__(self, corpus: Corpus, actor: str, filters: PaneFilters) -> None:
        super().__init__()
        self.corpus = corpus
        self.actor = actor
        self._filters = filters

    def compose(self) -> ComposeResult:
        rows = AcrossList(
            self.corpus, self.actor, **self._filters, id="across", classes="modal-box"
        )
        name = printable(self.corpus.entity(self.actor).name)
        only = self._filters["only"]
        kept = f" · only {printable(only.describe())} (F)" if only.active else ""
        rows.border_title = Content(f"{name} across articles{kept}")
        yield rows

    def on_mount(self) -> None:
        self.query_one(AcrossList).focus()

    def retarget(self, corpus: Corpus) -> None:
        """Show the actor in a reloaded corpus (closed if the store no longer has it)."""
        self.corpus = corpus
        if corpus.resolve(self.actor) is None:
            self.dismiss(None)
            return
        rows = self.query_one(AcrossList)
        rows.corpus = corpus
        rows.build(rows.scrollable_content_region.width)

    def action_filter(self, filter_name: str) -> None:
        """c, l: as in the relations pane, show or keep back co-mentions, low confidence."""
        rows = self.query_one(AcrossList)
        setattr(rows, filter_name, not getattr(rows, filter_name))
        rows.build(rows.scrollable_content_region.width)

    def action_correct(self) -> None:
        """e: the corrections of the relation or event under the cursor, as in the
        explorer; the view is redrawn from the store once one is saved."""
        rows = self.query_one(AcrossList)
        row = rows.highlighted_option
        jump = rows.jump(row.id) if row is not None else None
        if jump is None or (jump.relation is None and jump.event is None):
            self.notify("e corrects a relation or an event: move the cursor to one.", timeout=4)
            return
        from personae.tui.screens.correcting import Corrector
        from personae.tui.screens.explorer import ExplorerScreen

        for explorer in self.app.screen_stack:
            if not isinstance(explorer, ExplorerScreen):
                continue
            corrector = Corrector(explorer, article=jump.article)
            if jump.relation is not None:
                corrector.open("relation", jump.relation)
            elif jump.event is not None:
                corrector.open("event", jump.event)
            return

    @on(RowList.RowChosen, "#across")
    def _open(self, message: RowList.RowChosen) -> None:
        message.stop()
        if message.row.id is not None:
            self.dismiss(self.query_one(AcrossList).jump(message.row.id))
