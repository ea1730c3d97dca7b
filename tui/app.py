"""The explorer app: the store, the corpus read from it, and the screens over it.

The explorer's screen (tui/screens/explorer.py) shows one article and the reader's
selection; the app reads the store again when it changes on disk and hands the screen the
new corpus, and opens the other screens (help, across articles, article picker).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen

from personae.store.catalog import CatalogChanged
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.storage import StoreError
from personae.tui.collector import Collector, keep_out_of_collections, settle_memory
from personae.tui.keys import APP_BINDINGS, WHY_NOT
from personae.tui.screens.explorer import ExplorerScreen
from personae.tui.state import PIN_VARIABLES

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.notifications import SeverityLevel

    from personae.tui.screens.across import Jump

# The palette's provider and the other screens are imported when first opened, not at startup.

#: Catalogs a reload reads before it gives up on a store that never stops changing.
CATALOG_TRIES = 10
#: Articles whose catalog is read on the spot when a view first needs it (a few
#: milliseconds); a larger one is read off the event loop, and the view opens after.
READ_AT_ONCE = 200


def _actor_commands() -> type[Provider]:
    from personae.tui.palette import ActorCommands

    return ActorCommands


def _correction_commands() -> type[Provider]:
    from personae.tui.correction_commands import CorrectionCommands

    return CorrectionCommands


def _note_commands() -> type[Provider]:
    from personae.tui.note_commands import NoteCommands

    return NoteCommands


class PersonaeApp(App[None]):
    """Explore who does what to whom, and when, in the articles of a corpus."""

    TITLE = "personae"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {_actor_commands, _correction_commands, _note_commands}

    BINDINGS: ClassVar[list[BindingType]] = list(APP_BINDINGS)

    RELOAD_INTERVAL = 2.0
    """Seconds between looks at whether the store changed on disk."""

    class CorpusLoaded(Message):
        """A corpus rebuilt from the store (in a worker thread) is ready; ``article``, if
        given, is the one to show in it."""

        def __init__(self, corpus: Corpus, article: str | None) -> None:
            super().__init__()
            self.corpus = corpus
            self.article = article

    class CatalogRead(Message):
        """The whole catalog of ``corpus`` is in memory (read off the event loop, from a
        newer version than ``started`` if that one's buckets were gone): do ``then``."""

        def __init__(self, started: Corpus, corpus: Corpus, then: Callable[[], None]) -> None:
            super().__init__()
            self.started = started
            self.corpus = corpus
            self.then = then

    class LoadFailed(Message):
        """The store could not be read again; the reason is one line."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    explorer: ExplorerScreen
    """The explorer's screen, always at the bottom of the stack."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        article_id: str | None = None,
        select: Sequence[str] = (),
        store: Store | None = None,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.store = store
        self._start_article = article_id
        self._start_select = tuple(select)
        self._collector = Collector()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification shown as written: never markup, whatever the caller asks.

        Notifications carry actor names, searches and store paths, which are data: "[/x]"
        in any of them ended the explorer with a MarkupError."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, and the pin colours from the Python palette."""
        return {**super().get_css_variables(), **PIN_VARIABLES}

    def action_help_quit(self) -> None:
        """Ctrl+C: say how to quit, in plain words (Textual's own hint is markup)."""
        self.notify("Press q or Ctrl+Q to quit.", title="Do you want to quit?")

    def get_default_screen(self) -> Screen[None]:
        self.explorer = ExplorerScreen(
            self.corpus,
            self,
            self._collector,
            width=self.size.width,
            article_id=self._start_article,
            select=self._start_select,
        )
        return self.explorer

    def on_mount(self) -> None:
        if self.store is not None:
            self.set_interval(self.RELOAD_INTERVAL, self._check_store, name="store-watch")

    # -- the collector at startup ------------------------------------------------------

    def on_load(self) -> None:
        """Pause the cyclic collector while the app builds itself.

        Everything made until the first frame either lives as long as the app (widgets,
        styles, caches) or dies by reference counting; a collection in between (a full one
        comes every few hundred thousand allocations) walks the whole heap, corpus included,
        to find next to nothing: tens of milliseconds before the first frame.  The
        explorer's screen turns it back on once its first frame is shown."""
        self._collector.pause()

    def on_unmount(self) -> None:
        self._collector.restore()  # an app that never drew a frame must not leave it off

    # -- the store changing under us ----------------------------------------------------

    def _check_store(self) -> None:
        store = self.store
        if store is None or self.reloading():
            return  # one reload at a time: a slow one overtaken would land last, and stay
        try:
            changed = store.changed_on_disk()
        except (OSError, StoreError) as exc:
            self.notify(f"Cannot check the store: {exc}", severity="warning", timeout=5)
            return
        if changed:
            self._load_store(store)

    def reloading(self) -> bool:
        """Whether a newer version of the store is being read, or a correction written (it
        redraws from the store itself when done)."""
        busy = ("store-reload", "correction-write")  # layer_writer.py WRITING
        return any(w.group in busy and not w.is_finished for w in self.workers)

    def read_newest(self, article_id: str) -> None:
        """A piece of the version shown is gone: read the newest, and show the article."""
        if self.store is not None and not self.reloading():
            self._load_store(self.store, article_id)

    @work(thread=True, exclusive=True, group="store-reload")
    def _load_store(self, store: Store, article_id: str | None = None) -> None:
        """Read the catalog of the store's newest version off the event loop, and the
        article to show in it (``article_id``, else the one on screen); report back by
        message.  The store compares later checks with the version this read."""
        document = self.explorer.document
        if article_id is None and document is not None:
            article_id = document.article.id
        whole = self.corpus.catalog.complete  # the views open now need every article
        try:
            for _ in range(CATALOG_TRIES):
                corpus = Corpus.open(store)
                try:
                    if whole:
                        corpus.catalog.whole()
                    if article_id is not None and article_id in corpus.catalog:
                        corpus.open_article(article_id)
                except CatalogChanged:
                    continue  # committed twice since: read the newest catalog
                except (OSError, StoreError):
                    pass  # that article is damaged: said when it is shown
                break
        except (OSError, StoreError) as exc:
            self.post_message(self.LoadFailed(" ".join(str(exc).split())))
            return
        corpus.catalog.prepare()
        self.post_message(self.CorpusLoaded(corpus, article_id))

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        self.reload(message.corpus, message.article)
        self.notify("Store changed on disk: reloaded.", timeout=3)

    def when_catalog_read(self, then: Callable[[], None], *, index: bool = True) -> None:
        """Do ``then`` once the corpus's every article (and with ``index``, who is named
        where) is in memory: the first frame read only the newest, from the root's summary.
        A small catalog is read on the spot; a large one (a second or two at 100,000
        articles) off the event loop, keys answered meanwhile."""
        catalog = self.corpus.catalog
        if catalog.complete or (not index and catalog.lists_every_article):
            then()
            return
        if len(self.corpus.articles) <= READ_AT_ONCE:
            try:
                catalog.whole()
            except CatalogChanged:
                pass  # its buckets are gone: the newest version is read off the loop
            except (OSError, StoreError) as exc:
                self._catalog_failed(str(exc))
                return
            else:
                then()
                return
        else:
            self.notify(f"Reading the list of {len(self.corpus.articles):,} articles…", timeout=3)
        self._read_catalog(self.corpus, then)

    @work(thread=True, exclusive=True, group="catalog-read")
    def _read_catalog(self, started: Corpus, then: Callable[[], None]) -> None:
        corpus = started
        try:
            for _ in range(CATALOG_TRIES):
                try:
                    corpus.catalog.whole().prepare()
                    break
                except CatalogChanged:
                    if self.store is None:
                        raise
                    corpus = Corpus.open(self.store)  # committed twice since: the newest
            else:
                raise StoreError("the store kept changing while it was being read; try again.")
        except (OSError, StoreError) as exc:
            self.call_from_thread(self._catalog_failed, str(exc))
            return
        self.post_message(self.CatalogRead(started, corpus, then))

    @on(CatalogRead)
    def _catalog_read(self, message: CatalogRead) -> None:
        keep_out_of_collections()  # the catalog lives on: no full collection walks it again
        if self.corpus is message.started and message.corpus is not message.started:
            self.reload(message.corpus)
        if self.corpus is message.corpus:
            message.then()
        else:  # a reload landed meanwhile: read the catalog of what is shown now
            self.when_catalog_read(message.then)

    def _catalog_failed(self, reason: str) -> None:
        self.notify(
            f"Cannot read the store's catalog: {' '.join(reason.split())}",
            severity="error",
            timeout=8,
        )

    def on_across_list_store_changed(self) -> None:
        """`g` found a piece of its version gone: read the newest, where it carries on."""
        if self.store is not None and not self.reloading():
            self._load_store(self.store)

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(
            f"Store changed on disk but could not be read: {message.reason}",
            severity="error",
            timeout=8,
        )

    def reload(self, corpus: Corpus, article_id: str | None = None) -> None:
        """Swap in a rebuilt corpus: the explorer keeps the article (or shows
        ``article_id``), what still exists of the selection, and the reader's place."""
        self.corpus = corpus
        self.explorer.show_corpus(corpus, article_id)
        if len(self.screen_stack) > 1:
            from personae.tui.screens.across import AcrossArticles

            for screen in self.screen_stack:
                if isinstance(screen, AcrossArticles):
                    screen.retarget(corpus)
        self.call_after_refresh(settle_memory)

    # -- the other screens --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick_article":
            return len(self.corpus.articles) > 1
        if action == "across":
            return True if self.explorer.selection.primary is not None else None
        return True

    def action_why_not(self, action: str) -> None:
        self.notify(WHY_NOT[action], timeout=4)

    def action_help(self) -> None:
        from personae.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_across(self, actor: str | None = None) -> None:
        """The primary actor (or the one named) across every article of the corpus."""
        actor = actor or self.explorer.selection.primary
        if actor is None:
            self.notify("Select an actor first (Enter in the actor list).", timeout=3)
            return
        from personae.tui.screens.across import AcrossArticles

        def chosen(jump: Jump | None) -> None:
            if jump is not None:  # of the corpus shown: a reload retargets the view
                self.explorer.jump(jump, actor)

        def show() -> None:
            if self.corpus.resolve(actor) is None:  # gone from a newer version read meanwhile
                return
            # the relations pane's filters, to start with
            across = AcrossArticles(self.corpus, actor, self.explorer.relation_filters())
            self.push_screen(across, chosen)

        self.when_catalog_read(show)

    def action_history(self) -> None:
        """The reader's corrections, newest first; any one can be undone there."""
        from personae.tui.screens.correcting import undo
        from personae.tui.screens.history import HistoryScreen

        def undo_one(correction_id: str, show: Callable[[Corpus], None]) -> None:
            undo(self, correction_id, lambda done: show(self.corpus) if done else None)

        self.push_screen(HistoryScreen(self.corpus, undo_one))

    def action_notes(self) -> None:
        """The reader's bookmarks and notes, newest first; Enter goes back to one."""
        from personae.tui.note_commands import show_notes

        show_notes(self)

    def action_pick_article(self) -> None:
        from personae.tui.screens.article_picker import ArticlePicker

        document = self.explorer.document
        current = document.article.id if document else None

        def chosen(article_id: str | None) -> None:
            if article_id is not None and article_id != current:
                self.explorer.open_article(article_id)

        def show() -> None:
            self.push_screen(ArticlePicker(self.corpus, current), chosen)

        self.when_catalog_read(show, index=False)
