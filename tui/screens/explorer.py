"""The explorer's screen: one article, its actors, relations and timeline.

The screen holds the two pieces of shared state, the document on screen and the reader's
selection, in reactives bound down to every pane.  Panes post messages up; the screen
turns them into a new selection; every pane redraws itself from it.  The app owns the
store: it hands the screen each corpus it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, Protocol, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Footer, Input

from personae.store.catalog import CatalogChanged
from personae.store.corpus import Corpus, one_line
from personae.store.storage import StoreError
from personae.tui.collector import SETTLE_DELAY, Collector, settle_memory
from personae.tui.keys import EXPLORER_BINDINGS, WHY_NOT
from personae.tui.panes import PANES, show_side_pane, shown_side_pane, side_tabs
from personae.tui.state import MAX_PINS, Document, Selection
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_header import ArticleHeader
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.covered import QuietWhenCovered, ScreenFooter
from personae.tui.widgets.explorer_list import ExplorerList
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.row_list import RowList
from personae.tui.widgets.search_bar import SearchBar
from personae.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from textual.widgets import Tabs

    from personae.tui.screens.across import Jump, PaneFilters

#: Articles tried, newest first, when the one to show cannot be read.
START_TRIES = 3


class StoreSource(Protocol):
    """Where the screen's corpus comes from (the app): asked for a newer version when a
    piece of the shown one is gone."""

    def reloading(self) -> bool:
        """Whether a newer version of the store is being read."""
        ...

    def read_newest(self, article_id: str) -> None:
        """Read the store's newest version and show ``article_id`` in it."""
        ...


class ExplorerScreen(QuietWhenCovered):
    """The explorer's screen: the actor list has the focus from the start.

    Focusing it at once, instead of the first focusable widget and then the list, saves a
    restyle of the whole tree at startup."""

    AUTO_FOCUS = "#actors"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide"), (160, "-xwide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = list(EXPLORER_BINDINGS)

    document: reactive[Document | None] = reactive(None)
    """The article on screen and the corpus it comes from."""
    selection: reactive[Selection] = reactive(Selection(), repaint=False)
    """Pinned actors (the first is primary), selected relation and event.  No repaint of
    the whole screen when it changes: each pane repaints what it shows of it."""

    def __init__(
        self,
        corpus: Corpus,
        source: StoreSource,
        collector: Collector,
        *,
        width: int,
        article_id: str | None = None,
        select: Sequence[str] = (),
    ) -> None:
        # The breakpoint class for the terminal's width already set: the first layout is
        # then the right one, not one without it redone (and every list re-wrapped) once
        # the screen's first resize adds the class.
        super().__init__(id="_default", classes=self.breakpoint(width))
        self.corpus = corpus
        self._source = source
        self._collector = collector
        self._start_article = article_id
        self._start_select = tuple(select)
        self._settle_timer: Timer | None = None
        self._cleared: tuple[str | None, Selection] | None = None
        """The article and the selection the last Esc cleared, until u brings it back or
        another selection replaces it."""
        self._undo: list[str | Callable[[], None] | None] = []
        """What u undoes, the last first: a correction's id, what puts back a bookmark m
        took off, or None for the last Esc."""

    @classmethod
    def breakpoint(cls, width: int) -> str | None:
        """The screen class Textual gives a terminal this wide (HORIZONTAL_BREAKPOINTS)."""
        reached = [name for edge, name in sorted(cls.HORIZONTAL_BREAKPOINTS) if width >= edge]
        return reached[-1] if reached else None

    def compose(self) -> ComposeResult:
        narrow = self.breakpoint(self.app.size.width) == "-narrow"
        yield ArticleHeader(id="header").data_bind(ExplorerScreen.document)
        with Container(id="main", classes="-show-actors"):
            bound = (ExplorerScreen.document, ExplorerScreen.selection)
            yield ArticleView(id="article").data_bind(*bound)
            if narrow:
                yield side_tabs("actors")
            yield ActorList(id="actors").data_bind(*bound)
            yield RelationList(id="relations").data_bind(*bound)
            yield Timeline(id="timeline").data_bind(*bound)
        yield ScreenFooter(compact=narrow, show_command_palette=not narrow)

    def on_resize(self, event: events.Resize) -> None:
        narrow = self.breakpoint(event.size.width) == "-narrow"
        if narrow and not self.query("#side-tabs"):
            main = self.query_one("#main")
            main.mount(side_tabs(shown_side_pane(main)), after="#article")
        # Narrow, the footer's keys fit only without their padding and the palette's hint
        # (Ctrl+P is in the help): "q Quit" was cut off.
        footer = self.query_one(Footer)
        footer.compact = narrow
        footer.show_command_palette = not narrow

    def on_mount(self) -> None:
        for key, (pane, label) in PANES.items():
            self.query_one(f"#{pane}").border_title = f"{key} {label}"
        self.query_one(ArticleView).border_title = "4 Article"
        entry = None
        if self._start_article is not None:
            entry = self.corpus.find_article(self._start_article)
            if entry is None:
                self.notify(f"No article {self._start_article!r}.", severity="warning")
        # The newest articles after it: if one cannot be read, the next one is shown.
        tries = [entry.id] if entry is not None else []
        tries += [a.id for a in self.corpus.articles[:START_TRIES] if a.id not in tries]
        for article_id in tries:
            self.document = self._document(self.corpus, article_id)
            if self.document is not None or self._source.reloading():
                break
        pinned: list[str] = []
        for name in self._start_select:
            entity = self.corpus.resolve(name)
            if entity is None:
                self.notify(f"No actor named {name!r}.", severity="warning")
            elif entity.id not in pinned:
                pinned.append(entity.id)
        self.selection = Selection(pinned=tuple(pinned[:MAX_PINS]))
        self.query_one(ActorList).focus()
        self.call_after_refresh(self._first_frame_shown)

    def _first_frame_shown(self) -> None:
        self._collector.settle_in()
        # Who is named where, for `g`: built now, off the screen's thread, not before the
        # first frame nor when `g` is first pressed.
        self.run_worker(self.corpus.catalog.prepare, thread=True, group="catalog-index")
        self._settle_timer = self.set_timer(SETTLE_DELAY, settle_memory, name="settle-memory")

    # -- changing what is shown ---------------------------------------------------------

    def _document(self, corpus: Corpus, article_id: str) -> Document | None:
        """The article shown from ``corpus``, read if need be; else None, said in one line:
        a damaged piece is named, and a piece a writer removed since the catalog was read
        sends the explorer to the newest version, where the article opens once read."""
        try:
            return Document(corpus, corpus.open_article(article_id))
        except KeyError:
            self.notify("That article is no longer in the store.", severity="warning")
        except CatalogChanged:
            self._source.read_newest(article_id)
        except (OSError, StoreError) as exc:
            title = one_line(corpus.entry(article_id).title)
            reason = " ".join(str(exc).split())
            self.notify(f"Cannot open {title!r}: {reason}", severity="error", timeout=10)
        return None

    def open_article(self, article_id: str) -> bool:
        """Show another article of the corpus, with a fresh selection (False, and the one
        shown stays, if it cannot be read)."""
        document = self._document(self.corpus, article_id)
        if document is None:
            return False
        self.selection = Selection()
        search = self._search_bar()
        if search is not None:
            search.value = ""
        self.document = document
        return True

    def show_corpus(self, corpus: Corpus, article_id: str | None = None) -> None:
        """Swap in a rebuilt corpus, keeping the article (or showing ``article_id``), what
        still exists of the selection, and the reader's place."""
        self.corpus = corpus
        view = self.query_one(ArticleView)
        place = view.scroll_y
        current = self.document.article.id if self.document else None
        wanted = [a for a in (article_id, current) if a is not None and a in corpus.catalog]
        document = None
        for candidate in [*wanted, *(a.id for a in corpus.articles[:START_TRIES])]:
            document = self._document(corpus, candidate)
            if document is not None or self._source.reloading():
                break
        old = self.selection
        kept = (corpus.resolve(p) for p in old.pinned)  # a pin merged away: the one it is now
        self.selection = Selection(pinned=tuple(dict.fromkeys(e.id for e in kept if e)))
        self.document = document
        if document is not None and document.article.id == current:
            self.call_after_refresh(view.scroll_to, y=place, animate=False)

    def jump(self, jump: Jump, actor: str) -> None:
        """Open an article with the actor selected, at a relation's or an event's evidence,
        or at the actor's first mention."""
        if (
            self.document is None or self.document.article.id != jump.article
        ) and not self.open_article(jump.article):  # another article: a fresh selection
            return
        # In the same article the pins stay, as when selecting from the actor list.
        chosen = self.selection.with_primary(actor)
        self.selection = replace(chosen, relation=jump.relation, event=jump.event)
        view = self.query_one(ArticleView)
        if jump.relation is None and jump.event is None:
            mentions = self.corpus.mentions_of(actor, jump.article)
            if mentions:
                first = mentions[0]
                self.call_after_refresh(view.scroll_to_span, first, center=True)
        view.focus()

    def select_actor(self, entity_id: str) -> None:
        """Make an actor the primary selection (used by the list, clicks, the palette)."""
        self.selection = self.selection.with_primary(entity_id)

    def relation_filters(self) -> PaneFilters:
        """The relations pane's c, l and F, for a view that starts with the same filters."""
        relations = self.query_one(RelationList)
        return {
            "comentions": relations.show_comentions,
            "low": relations.show_low,
            "only": relations.relation_filter,
        }

    # -- messages from the panes --------------------------------------------------------

    @on(RowList.RowChosen)
    def _row_chosen(self, message: RowList.RowChosen) -> None:
        """Enter or a click on a row of any pane: the pane says what that selects."""
        pane = message.row_list
        if isinstance(pane, ExplorerList) and message.row.id is not None:
            message.stop()
            self.selection = pane.chosen(self.selection, message.row.id)

    @on(ArticleView.ActorClicked)
    def _actor_clicked(self, message: ArticleView.ActorClicked) -> None:
        self.select_actor(message.entity_id)

    @on(ActorList.PinToggled)
    def _actor_pinned(self, message: ActorList.PinToggled) -> None:
        before = self.selection.pinned
        self.selection = self.selection.toggled(message.entity_id)
        dropped = [p for p in before if p not in self.selection.pinned and p != message.entity_id]
        for entity_id in dropped:  # a fifth pin makes room: say which one went
            name = self.corpus.entity(entity_id).name
            self.notify(f"Unpinned {name}: {MAX_PINS} actors can be pinned at once.")

    def on_tabs_tab_activated(self, message: Tabs.TabActivated) -> None:
        if message.tabs.id != "side-tabs":
            return
        pane = (message.tab.id or "tab-actors").removeprefix("tab-")
        show_side_pane(self.query_one("#main"), pane)

    # -- search -------------------------------------------------------------------------

    def _search_bar(self) -> SearchBar | None:
        """The search bar, once it has been opened (it is made the first time)."""
        found = self.query(SearchBar)
        return found.first() if found else None

    @on(Input.Changed, "#search")
    def _search_changed(self, message: Input.Changed) -> None:
        self.query_one(ArticleView).search = message.value

    @on(Input.Submitted, "#search")
    def _search_next(self) -> None:
        self._find(1)

    @on(SearchBar.Previous)
    def _search_previous(self) -> None:
        self._find(-1)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        search = self._search_bar()
        if search is not None:
            search.remove_class("-open")
        self.query_one(ArticleView).focus()

    def _find(self, step: int) -> None:
        view = self.query_one(ArticleView)
        if not view.find(step) and view.search:
            self.notify(f"No match for {view.search!r}.", severity="warning", timeout=3)

    def _searching(self) -> bool:
        return any(view.search for view in self.query(ArticleView))

    async def action_search(self) -> None:
        search = self._search_bar()
        if search is None:  # the first search: nothing of it is built before
            search = SearchBar(id="search")
            await self.mount(search, before=self.query_one(Footer))
        search.add_class("-open")
        search.focus()

    # -- the keys -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "jump_passage":
            return True if self._searching() or self.selection.primary is not None else None
        if action == "undo":
            return bool(self._undo) and (self._undo[-1] is not None or bool(self._undoable()))
        if action == "correct":
            from personae.tui.screens.correcting import target_of

            return target_of(self) is not None
        if action == "filter_timeline":
            return bool(self.selection.pinned or self.query_one(Timeline).only_pinned)
        if action == "clear":
            return True if self._searching() or not self.selection.is_empty else None
        return True

    def watch_selection(self, new: Selection) -> None:
        if not new.is_empty:
            self._cleared = None  # a new selection: nothing is left to bring back
            self._undo = [u for u in self._undo if u is not None]
        # Runs before the panes' bound watchers: a young collection in their middle (a
        # millisecond or more) would stand between the key and its frame; it comes after.
        if self._collector.pause():
            self.call_after_refresh(self._collector.resume)
        self._refresh_bindings_if_changed()
        if self._settle_timer is not None:
            self._settle_timer.reset()  # the reader is busy: collect when they pause

    def _binding_states(self) -> tuple[bool, ...]:
        """What the selection decides about the keys: which of them can run now."""
        selection = self.selection
        return (
            selection.primary is not None,
            bool(selection.pinned),
            selection.is_empty,
            self._cleared is not None,
        )

    def _refresh_bindings_if_changed(self) -> None:
        """Refresh the footer only when a key's state changed: the footer rebuilds all its
        widgets on every refresh, which costs a layout of the whole screen."""
        states = self._binding_states()
        if states != getattr(self, "_shown_binding_states", None):
            self._shown_binding_states = states
            self.refresh_bindings()

    def action_show_pane(self, pane: str) -> None:
        if pane != "article":
            for tabs in self.query("#side-tabs"):
                cast("Tabs", tabs).active = f"tab-{pane}"
            show_side_pane(self.query_one("#main"), pane)
        # at once, not queued behind keys the terminal sent in the same burst
        self.set_focus(self.query_one(f"#{pane}"))

    def action_jump_passage(self, step: int) -> None:
        """n and N: through the search's matches while a search is on (Shift+Enter, its
        other key, does not reach the explorer in most terminals), else the passages."""
        view = self.query_one(ArticleView)
        if view.search:
            self._find(step)
        else:
            view.jump_passage(step)

    def action_why_not(self, action: str) -> None:
        self.notify(WHY_NOT[action], timeout=4)

    def action_filter_timeline(self) -> None:
        """f, from any pane: the timeline keeps the pinned actors' events, or shows all."""
        timeline = self.query_one(Timeline)
        timeline.only_pinned = not timeline.only_pinned
        self.refresh_bindings()
        if not timeline.display:  # narrow, another pane shown: say what changed
            scope = "only the pinned actors' events" if timeline.only_pinned else "every event"
            self.notify(f"Timeline: {scope}.", timeout=3)

    def action_toggle_comentions(self) -> None:
        """c, from any pane: the relations pane lists the co-mentions too, or keeps them back."""
        relations = self.query_one(RelationList)
        relations.show_comentions = not relations.show_comentions
        self.notify(relations.comentions_said(), timeout=3)

    def action_toggle_low(self) -> None:
        """l, from any pane: the relations pane keeps back low-confidence relations, or not."""
        relations = self.query_one(RelationList)
        relations.show_low = not relations.show_low
        self.notify(relations.low_said(), timeout=3)

    def action_filter_relations(self) -> None:
        """F, from any pane: choose the types, polarities and layers the relations pane lists."""
        from personae.tui.screens.relation_filters import RelationFilters

        self.action_show_pane("relations")  # narrow, the pane it narrows is then in view
        self.app.push_screen(RelationFilters(self.query_one(RelationList)))

    def action_clear(self) -> None:
        cleared = self.selection
        self.selection = Selection()
        search = self._search_bar()
        if search is not None:
            search.value = ""
            search.remove_class("-open")
        if not cleared.is_empty:
            self._cleared = (self.document.article.id if self.document else None, cleared)
            self._undo = [*(u for u in self._undo if u is not None), None]
            names = ", ".join(self.corpus.entity(p).name for p in cleared.pinned)
            self.notify(f"Cleared: u brings back {names or 'the selection'}.", timeout=6)
        self.refresh_bindings()

    def _undoable(self) -> Selection | None:
        """What u would bring back: the last cleared selection, in the same article, while
        nothing has been selected since; of it, what the corpus still holds."""
        if self._cleared is None or not self.selection.is_empty or self.document is None:
            return None
        article, cleared = self._cleared
        if article != self.document.article.id:
            return None
        return cleared.still_in(self.document.corpus, article)

    def action_undo(self) -> None:
        """u: the last correction is undone, or the pins and selection the last Esc cleared
        come back, whichever came last."""
        if not self._undo:
            return
        last = self._undo.pop()
        if last is None:
            restored = self._undoable()
            if restored is not None:
                self.selection = restored
            return
        if callable(last):
            last()
            return
        from personae.tui.layer_writer import StoreHolder
        from personae.tui.screens.correcting import undo

        def undone(done: bool) -> None:
            if not done:
                self._undo.append(last)
            self.refresh_bindings()

        undo(cast("StoreHolder", self.app), last, undone)

    def remember_correction(self, correction_id: str) -> None:
        """A correction just made: u undoes it first."""
        self.remember_undo(correction_id)

    def remember_undo(self, undo: str | Callable[[], None]) -> None:
        """What u does first: undo a correction (its id), or call ``undo``."""
        self._undo.append(undo)
        self.refresh_bindings()

    def action_bookmark(self) -> None:
        """m: bookmark the passage under the cursor, or take its bookmark off."""
        from personae.tui.note_commands import toggle_bookmark

        toggle_bookmark(self)

    def action_correct(self) -> None:
        """e: the corrections of the actor, relation or event under the cursor."""
        from personae.tui.screens.correcting import Corrector, target_of

        found = target_of(self)
        if found is not None:
            Corrector(self).open(*found)
