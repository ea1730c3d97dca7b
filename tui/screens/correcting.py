"""The reader's corrections from the explorer: `e` on an actor, a relation or an event
opens a menu of what can be corrected of it; a small modal asks for the new value; the
correction is committed to the store (store/reviewed.py) and the explorer redrawn from it.

What a correction names is taken from the machine's record (store/corrections.py), so it
applies again when the article is ingested again."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from personae.store.corpus import Corpus
from personae.store.corrections import READER_HEDGE, date_precision, one_line
from personae.store.model import ENTITY_KINDS, KIND_LABELS, RELATION_TYPES, polarity
from personae.store.reviewed import Committed, commit_correction, undo_correction
from personae.store.storage import StoreError
from personae.tui.layer_writer import StoreHolder, write_with
from personae.tui.screens.choice import Choice, ChoiceScreen, TextScreen
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from personae.tui.screens.explorer import ExplorerScreen


RELATION_MENU = (
    Choice("relation.accept", "Accept: mark it reviewed", "a"),
    Choice("relation.reject", "Reject: hide it (kept in the history)", "r"),
    Choice("relation.type", "Change its type…", "t"),
    Choice("relation.reverse", "Reverse its direction", "d"),
    Choice("relation.negated", "Negated / not negated", "n"),
    Choice("relation.hedge", "Hedged / not hedged", "h"),
)
ACTOR_MENU = (
    Choice("actor.merge", "Merge into another actor…", "m"),
    Choice("actor.rename", "Rename…", "r"),
    Choice("actor.split", "Split off a name…", "s"),
    Choice("actor.kind", "Change its kind…", "k"),
    Choice("actor.not_actor", "Not an actor: hide it and its relations", "x"),
)
EVENT_MENU = (
    Choice("event.date", "Change the date…", "d"),
    Choice("event.undated", "Remove the date (off the timeline)", "x"),
    Choice("event.label", "Change the label…", "l"),
)
DATE_NOTE = "A date as 2023-10-07, 2023-10, 2023, 1990s or 2009/2012."
#: What the status line says once a correction is saved.
DONE = {
    "relation.accept": "Accepted",
    "relation.reject": "Rejected",
    "relation.type": "Type changed",
    "relation.reverse": "Direction reversed",
    "relation.negated": "Negation changed",
    "relation.hedge": "Hedge changed",
    "actor.merge": "Merged",
    "actor.rename": "Renamed",
    "actor.split": "Name split off",
    "actor.kind": "Kind changed",
    "actor.not_actor": "Hidden as not an actor",
    "event.date": "Date changed",
    "event.label": "Label changed",
    "relation.add": "Relation added",
    "mention.not": "Mention taken from the actor",
    "mention.of": "Mention given to another actor",
    "mention.add": "Mention added",
    "bookmark": "Bookmarked",
    "note.actor": "Note kept",
    "note.relation": "Note kept",
    "note.passage": "Note kept",
}
#: In every `e` menu: a note on what it corrects (tui/note_commands.py).
NOTE_CHOICE = Choice("note", "Add a note…", "w")


#: Articles a store may hold for its actors to be listed on the screen's thread, as the
#: explorer reads a small catalog on the spot (tui/app.py): at 100,000 articles listing
#: them reads every bucket of the catalog and of the registry, a second or two.
LISTED_AT_ONCE = 200
#: The worker group of the list of actors being read.
ACTOR_LIST = "actor-list"


def _actor_choices(corpus: Corpus, but: str) -> list[Choice]:
    """Every actor of ``corpus`` but ``but``, by name."""
    others = sorted((e for e in corpus.entities if e.id != but), key=lambda e: e.name)
    return [
        Choice(
            e.id,
            f"{e.name} ({e.kind})" + (f", also {', '.join(e.aliases)}" if e.aliases else ""),
        )
        for e in others
    ]


def target_of(screen: ExplorerScreen) -> tuple[str, str] | None:
    """What `e` corrects: the row under the cursor of the focused list, else the selected
    relation, event or primary actor (``("actor" | "relation" | "event", id)``)."""
    focused = screen.focused
    if isinstance(focused, ArticleView) and screen.document is not None:
        return "article", screen.document.article.id
    for what, kind in (("actor", ActorList), ("relation", RelationList), ("event", Timeline)):
        if isinstance(focused, kind) and focused.highlighted_id is not None:
            return what, focused.highlighted_id
    selection = screen.selection
    if selection.relation is not None:
        return "relation", selection.relation
    if selection.event is not None:
        return "event", selection.event
    if selection.primary is not None:
        return "actor", selection.primary
    return None


class Corrector:
    """Asks for one correction of one target, and commits it."""

    def __init__(self, screen: ExplorerScreen, article: str | None = None) -> None:
        """Corrections of the explorer's article, or of ``article`` (the view across
        articles corrects a row of any article)."""
        self.screen = screen
        self.app = cast("StoreHolder", screen.app)
        self.corpus: Corpus = screen.corpus
        document = screen.document
        shown = document.article.id if document is not None else ""
        self.article = article or shown

    def open(self, what: str, target_id: str) -> None:
        """The menu of corrections for an actor, a relation or an event."""
        menu: tuple[Choice, ...]
        corpus = self.corpus
        if what == "actor":
            entity = corpus.entity(target_id)
            title, menu = f"Correct {entity.name}", ACTOR_MENU
            aliases = f", also {', '.join(entity.aliases)}" if entity.aliases else ""
            note = f"{KIND_LABELS.get(entity.kind, entity.kind)}{aliases}"
        elif what == "relation":
            relation = corpus.relation(target_id, self.article)
            if relation is None:
                return
            title, menu = "Correct this relation", RELATION_MENU
            ends = f"{corpus.entity(relation.source).name} → {corpus.entity(relation.target).name}"
            negated = " NOT" if relation.negated else ""
            note = f"{ends}  {relation.type}{negated}: {relation.summary or relation.type.lower()}"
        elif what == "article":
            self._in_article()
            return
        else:
            event = corpus.event(target_id, self.article)
            if event is None:
                return
            title, menu = "Correct this event", EVENT_MENU
            note = f"{event.date}: {event.label}"
        screen = ChoiceScreen(title, (*menu, NOTE_CHOICE), note=note)
        self.app.push_screen(screen, lambda kind: self._chosen(kind, target_id, what))

    def _chosen(self, kind: str | None, target_id: str, what: str = "") -> None:
        if kind is None:
            return
        if kind == NOTE_CHOICE.value:
            from personae.tui.note_commands import write_note

            write_note(self.screen, what, target_id)
            return
        if kind.startswith("actor."):
            self._actor(kind, target_id)
        elif kind.startswith("relation."):
            self._relation(kind, target_id)
        else:
            self._event(kind, target_id)

    # -- each kind ----------------------------------------------------------------------

    def _actor(self, kind: str, entity_id: str) -> None:
        entity = self.corpus.entity(entity_id)
        target = {"entity": entity_id, "name": entity.name}
        if kind == "actor.not_actor":
            self.commit(kind, target, True, False)
        elif kind == "actor.rename":
            self._ask_text(f"Rename {entity.name}", entity.name, "", kind, target)
        elif kind == "actor.split":
            if not entity.aliases:
                self.app.notify(f"{entity.name} has no other name to split off.")
                return
            names = [Choice(a, a) for a in entity.aliases]
            note = "That name becomes an actor of its own, with the records naming it."
            self._ask(
                ChoiceScreen(f"Split off {entity.name}", names, note=note), kind, target, None
            )
        elif kind == "actor.kind":
            kinds = [Choice(k, KIND_LABELS.get(k, k)) for k in ENTITY_KINDS]
            self._ask(
                ChoiceScreen(f"Kind of {entity.name}", kinds, current=entity.kind),
                kind,
                target,
                entity.kind,
            )
        else:
            self._choose_actor(
                f"Merge {entity.name} into",
                entity_id,
                f"Its names ({', '.join(entity.names)}) become the other's aliases.",
                lambda screen: self._ask(screen, kind, target, None),
            )

    def _relation(self, kind: str, relation_id: str) -> None:
        target = self.corpus.relation_target(relation_id, self.article)
        relation = self.corpus.relation(relation_id, self.article)
        if target is None or relation is None:
            self.app.notify("That relation is no longer in the store.", severity="warning")
            return
        if kind == "relation.type":
            types = [Choice(t, f"{t}  {polarity(t)}") for t in RELATION_TYPES]
            screen = ChoiceScreen("Type of the relation", types, filter=True, current=relation.type)
            self._ask(screen, kind, target, relation.type)
        elif kind == "relation.reverse":
            done = self.corpus.layer.latest(kind, target)
            reversed_now = done is not None and done.value is True
            self.commit(kind, target, not reversed_now, reversed_now)
        elif kind == "relation.negated":
            self.commit(kind, target, not relation.negated, relation.negated)
        elif kind == "relation.hedge":
            self.commit(kind, target, None if relation.hedge else READER_HEDGE, relation.hedge)
        else:
            self.commit(kind, target, True, relation.provenance)

    def _event(self, kind: str, event_id: str) -> None:
        target = self.corpus.event_target(event_id, self.article)
        event = self.corpus.event(event_id, self.article)
        if target is None or event is None:
            self.app.notify("That event is no longer in the store.", severity="warning")
            return
        if kind == "event.undated":
            self.commit("event.date", target, None, event.date)
        elif kind == "event.date":
            self._ask_text("Date of the event", event.date, DATE_NOTE, kind, target)
        else:
            self._ask_text("Label of the event", event.label, "", kind, target)

    def _in_article(self) -> None:
        """e in the article: a relation between the pinned actors, or a mention of the
        primary actor that is not it or is another actor's."""
        pinned = self.screen.selection.pinned
        menu = [
            Choice("mention.add", "Mark words as a mention of…", "m"),
            Choice(NOTE_CHOICE.value, "Add a note on the passage under the cursor…", "w"),
        ]
        name = self.corpus.entity(pinned[0]).name if pinned else ""
        if pinned:
            menu[:0] = [
                Choice("mention.not", f"A mention of {name} is not {name}…", "n"),
                Choice("mention.of", f"A mention of {name} is of another actor…", "o"),
            ]
        if len(pinned) > 1:
            other = self.corpus.entity(pinned[1]).name
            menu.insert(0, Choice("relation.add", f"Add a relation {name} → {other}…", "a"))

        def chosen(kind: str | None) -> None:
            if kind == "relation.add":
                self._add_relation()
            elif kind == "mention.add":
                self._add_mention()
            elif kind == NOTE_CHOICE.value:
                self._chosen(kind, "", "passage")
            elif kind is not None:
                self._mention(kind, pinned[0])

        self.app.push_screen(ChoiceScreen("Correct in the article", menu), chosen)

    def _mention(self, kind: str, entity_id: str) -> None:
        """Choose one of the actor's mentions (its words in their context), then what."""
        mentions = self.corpus.mentions_of(entity_id, self.article)
        text = self.corpus.article(self.article).text
        name = self.corpus.entity(entity_id).name
        if not mentions:
            self.app.notify(f"The article names {name} nowhere (only its relations do).")
            return
        choices = [
            Choice(
                str(n), f"{m.text}  …{' '.join(text[max(0, m.start - 30) : m.end + 30].split())}…"
            )
            for n, m in enumerate(mentions)
        ]

        def chosen(number: str | None) -> None:
            if number is None:
                return
            mention = mentions[int(number)]
            key = self.corpus.mention_target(mention)
            if key is None:
                self.app.notify("That mention is no longer in the store.", severity="warning")
            elif kind == "mention.not":
                self.commit(kind, key, True, entity_id)
            else:
                self._choose_actor(
                    f"«{mention.text}» names",
                    entity_id,
                    "",
                    lambda screen: self._ask(screen, kind, key, entity_id),
                )

        screen = ChoiceScreen(f"Which mention of {name}?", choices, filter=True)
        self.app.push_screen(screen, chosen)

    def _add_mention(self) -> None:
        """Words of the sentence under the cursor the extractor never tagged, typed, then
        the actor they name: a mention of it from then on."""
        span = self.screen.query_one(ArticleView).cursor_sentence()
        if span is None:
            self.app.notify("No sentence under the cursor: scroll the article to one.")
            return
        sentence = self.corpus.article(self.article).text[span.start : span.end]
        shown = " ".join(sentence.split())

        def typed(text: str | None) -> None:
            if text is None:
                return
            words = one_line(text)
            whole = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", sentence) if words else None
            at = whole.start() if whole else sentence.find(words) if words else -1
            if at < 0:
                self.app.notify(
                    f"{words!r} is not in the sentence under the cursor: nothing marked.",
                    severity="warning",
                )
                return
            key = {"article": self.article, "sentence": sentence, "words": words, "at": str(at)}
            self._choose_actor(
                f"«{words}» names",
                "",
                "",
                lambda screen: self._ask(screen, "mention.add", key, None),
            )

        note = f"Words of: {shown[:200]}"
        self.app.push_screen(TextScreen("Mark words as a mention", "", note), typed)

    def _choose_actor(
        self, title: str, but: str, note: str, then: Callable[[ChoiceScreen], None]
    ) -> None:
        """Hand ``then`` a picker of every actor but one, by name, kind and other names
        (type to narrow).  Listing them reads the whole catalog and every actor bucket: on
        a store of more than ``LISTED_AT_ONCE`` articles off the screen's thread, keys
        answered meanwhile."""
        corpus = self.corpus
        if corpus.catalog.held is not None or len(corpus.articles) <= LISTED_AT_ONCE:
            then(ChoiceScreen(title, _actor_choices(corpus, but), filter=True, note=note))
            return
        self.app.notify("Reading the list of actors…", timeout=3)

        def listed() -> None:
            try:
                choices = _actor_choices(corpus, but)
            except (OSError, StoreError) as exc:
                reason = " ".join(str(exc).split())
                self.app.call_from_thread(
                    lambda: self.app.notify(
                        f"Cannot list the actors: {reason}", severity="error", timeout=8
                    )
                )
                return
            self.app.call_from_thread(
                lambda: then(ChoiceScreen(title, choices, filter=True, note=note))
            )

        self.app.run_worker(listed, thread=True, group=ACTOR_LIST, exit_on_error=False)

    def _add_relation(self) -> None:
        """In the article pane: a relation between the first two pinned actors, read from
        a sentence naming both (chosen from a list, type to narrow), of a type chosen next."""
        pinned = self.screen.selection.pinned
        if len(pinned) < 2:
            self.app.notify(
                "Pin two actors (Enter, then p), then e in the article adds a relation "
                "between them.",
                timeout=5,
            )
            return
        source, target = pinned[:2]
        text = self.corpus.article(self.article).text
        naming = [
            {m.start for m in self.corpus.mentions_of(actor, self.article)} for actor in pinned[:2]
        ]
        sentences = [
            text[s.start : s.end]
            for s in self.corpus.article(self.article).sentences
            if all(any(s.start <= start < s.end for start in starts) for starts in naming)
        ]
        names = f"{self.corpus.entity(source).name} → {self.corpus.entity(target).name}"
        if not sentences:
            self.app.notify(f"No sentence names both {names.replace(' → ', ' and ')}.")
            return
        choices = [Choice(str(n), " ".join(t.split())) for n, t in enumerate(sentences)]
        screen = ChoiceScreen(
            f"Add {names}: from which sentence?",
            choices,
            filter=True,
            note="d then reverses it, if the second acts on the first.",
        )

        def chosen(number: str | None) -> None:
            if number is None:
                return
            key = {
                "article": self.article,
                "source": source,
                "target": target,
                "sentence": sentences[int(number)],
            }
            types = [Choice(t, f"{t}  {polarity(t)}") for t in RELATION_TYPES]
            self._ask(
                ChoiceScreen(f"Type of {names}", types, filter=True), "relation.add", key, None
            )

        self.app.push_screen(screen, chosen)

    # -- asking and committing ----------------------------------------------------------

    def _ask(self, screen: ChoiceScreen, kind: str, target: dict[str, Any], before: Any) -> None:
        def chosen(value: str | None) -> None:
            if value is not None and value != before:
                self.commit(kind, target, value, before)

        self.app.push_screen(screen, chosen)

    def _ask_text(
        self, title: str, value: str, note: str, kind: str, target: dict[str, Any]
    ) -> None:
        def typed(text: str | None) -> None:
            if text is None:
                return
            text = one_line(text)
            if not text:
                self.app.notify("Nothing typed: nothing changed.", severity="warning")
            elif kind == "event.date" and date_precision(text) is None:
                self.app.notify(f"{text!r} is not a date. {DATE_NOTE}", severity="warning")
            elif text != value:
                self.commit(kind, target, text, value)

        self.app.push_screen(TextScreen(title, value, note), typed)

    def commit(self, kind: str, target: dict[str, Any], value: Any, before: Any) -> None:
        """Save the correction (off the event loop), redraw the explorer from the store,
        say how to undo it."""

        def saved(done: Committed) -> None:
            if done.correction is not None:
                self.screen.remember_correction(done.correction.id)
                self.app.notify(
                    f"{DONE[kind]}: u undoes it; the palette's History lists it.", timeout=4
                )

        write_with(
            self.app,
            lambda store, waiting: commit_correction(store, kind, target, value, before, waiting),
            saved,
        )


def undo(
    app: StoreHolder,
    correction_id: str,
    then: Callable[[bool], None] | None = None,
) -> None:
    """Undo one correction in the store (kept there, marked undone), and redraw; ``then``
    is told whether it was (False only when the store could not be written)."""

    def undone(done: Committed) -> None:
        if done.correction is None:
            app.notify("That correction was already undone (in the History).", timeout=4)
        else:
            kind = done.correction.kind
            app.notify(f"Undone: {DONE.get(kind, kind)}.", timeout=4)
        if then is not None:
            then(True)

    def failed() -> None:
        if then is not None:
            then(False)

    write_with(
        app, lambda store, waiting: undo_correction(store, correction_id, waiting), undone, failed
    )
