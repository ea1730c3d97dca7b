"""The relations of the selection: of the primary actor, or between the pinned actors."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message

from personae.store.corpus import Corpus
from personae.store.model import Relation
from personae.tui.format import (
    POLARITY_SYMBOLS,
    PROVENANCE_SYMBOLS,
    arrow,
    printable,
    relation_markers,
)
from personae.tui.state import PIN_COLOURS, Document, Selection
from personae.tui.widgets.explorer_list import MAX_ROWS, ExplorerList, cut_note, hanging
from personae.tui.widgets.row_list import Row, RowList
from personae.tui.widgets.subtitle import set_subtitle

POLARITY_STYLES = {"cooperation": "bold green", "conflict": "bold red", "neutral": "dim"}
MARKER_STYLES = {"negated": "bold reverse", "hedged": "bold italic", "attributed": "italic"}


def shown_relations(document: Document, selection: Selection) -> tuple[Relation, ...]:
    """All the article's relations; those of the primary actor; those among the pinned."""
    corpus, article = document.corpus, document.article.id
    pinned = set(selection.pinned)
    if not pinned:
        found = corpus.relations_in(article)
    elif len(pinned) == 1:
        found = corpus.relations_of(selection.pinned[0], article)
    else:
        found = tuple(
            r
            for p in selection.pinned
            for r in corpus.relations_of(p, article)
            if r.source in pinned and r.target in pinned
        )
    return tuple(sorted(dict.fromkeys(found), key=lambda r: (r.evidence.start, r.id)))


def negation_parts(markers: list[tuple[str, str]]) -> list[str | tuple[str, str]]:
    """The NOT after a relation's type (before its summary it read "NOT did not provide")."""
    return [part for t, k in markers if k == "negated" for part in (" ", (t, MARKER_STYLES[k]))]


def relation_prompt(
    relation: Relation, corpus: Corpus, selection: Selection, width: int
) -> Content:
    """Polarity; then direction, counterpart, type; under it the summary and qualifiers."""
    viewpoint = selection.primary

    def name(entity_id: str) -> tuple[str, str]:
        slot = selection.slot(entity_id)
        style = f"bold {PIN_COLOURS[slot]}" if slot is not None else "bold"
        return printable(corpus.entity(entity_id).name), style

    if viewpoint in (relation.source, relation.target):
        other = relation.target if relation.source == viewpoint else relation.source
        head: list[str | tuple[str, str]] = [f"{arrow(relation, viewpoint)} ", name(other)]
    else:
        head = [name(relation.source), " → ", name(relation.target)]
    markers = relation_markers(relation, corpus)
    body = Content.assemble(
        *head,
        "  ",
        (relation.type, "underline"),
        *negation_parts(markers),
        (f" {PROVENANCE_SYMBOLS.get(relation.provenance, '')}", "dim"),
        "\n",
        printable(relation.summary or relation.type.lower()),
        *[
            (f" · {printable(text)}", MARKER_STYLES[kind])
            for text, kind in markers
            if kind != "negated"
        ],
    )
    polarity = relation.polarity
    symbol = Content.styled(f"{POLARITY_SYMBOLS[polarity]} ", POLARITY_STYLES[polarity])
    return hanging(symbol, body, width)


class RelationList(ExplorerList):
    """Enter selects a relation: the article scrolls to its evidence sentence."""

    class Selected(Message):
        """A relation was chosen."""

        def __init__(self, relation_list: RelationList, relation_id: str) -> None:
            super().__init__()
            self.relation_list = relation_list
            self.relation_id = relation_id

        @property
        def control(self) -> RelationList:
            return self.relation_list

    SEPARATED = True

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows_made: dict[tuple[object, ...], Row] = {}
        self._rows_for: tuple[Document | None, int] = (None, 0)

    def _row(self, relation: Relation, document: Document, selection: Selection) -> Row:
        """A relation's row, cached by what it shows: the viewpoint, the pins of its two
        ends, the width; so going back to an actor seen before costs nothing (the same row
        also finds its drawn lines in the strip cache)."""
        width = self.row_width
        if self._rows_for != (document, width):
            self._rows_made = {}
            self._rows_for = (document, width)
        key = (
            relation.id,
            selection.primary in (relation.source, relation.target) and selection.primary,
            selection.slot(relation.source),
            selection.slot(relation.target),
        )
        row = self._rows_made.get(key)
        if row is None:
            prompt = relation_prompt(relation, document.corpus, selection, width)
            row = self._rows_made[key] = Row(prompt, id=relation.id)
        return row

    def build_rows(self) -> None:
        document = self.document
        selection = self.selection
        rows: list[Row] = []
        if document is not None:
            shown = shown_relations(document, selection)
            if len(shown) > MAX_ROWS:
                hint = "" if len(selection.pinned) > 1 else "pin a second actor to narrow"
                rows.append(self.note_row(cut_note(len(shown), hint)))
            rows.extend(self._row(r, document, selection) for r in shown[:MAX_ROWS])
            if not shown:
                rows.append(self.note_row(self._empty_hint(document, selection)))
            set_subtitle(self, self._subtitle(document, selection, len(shown)))
        self.set_rows(rows, keep=selection.relation)
        if self.highlighted is None:
            self.scroll_to(y=0, animate=False)

    def selection_changed(self, old: Selection, new: Selection) -> None:
        if old.pinned != new.pinned:
            self.rebuild()
        elif new.relation is not None and new.relation != old.relation:
            self.keep_highlight(new.relation)

    @staticmethod
    def _empty_hint(document: Document, selection: Selection) -> str:
        names = [document.corpus.entity(p).name for p in selection.pinned]
        if len(names) > 1:
            return f"No relation between {' and '.join(names)} in this article."
        if names:
            return f"No relation of {names[0]} in this article."
        return "No relations in this article."

    @staticmethod
    def _subtitle(document: Document, selection: Selection, count: int) -> str:
        names = [document.corpus.entity(p).name for p in selection.pinned]
        scope = " ↔ ".join(names) if names else "all"
        return f"{scope} · {count}"

    def on_row_list_row_chosen(self, event: RowList.RowChosen) -> None:
        event.stop()
        if event.row.id is not None:
            self.post_message(self.Selected(self, event.row.id))
