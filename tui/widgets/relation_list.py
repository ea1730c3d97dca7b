"""The relations of the selection: of the primary actor, or between the pinned actors (the
actors belonging to them included); the most trusted first, co-mentions kept back."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from textual.content import Content
from textual.reactive import reactive

from personae.store.corpus import Corpus
from personae.store.model import Relation
from personae.tui.format import (
    POLARITY_SYMBOLS,
    arrow,
    confidence_band,
    is_comention,
    printable,
    provenance_mark,
    relation_markers,
    relation_order,
)
from personae.tui.relation_filter import Facet, RelationFilter, facet_counts
from personae.tui.state import AFFILIATE_GLYPHS, PIN_COLOURS, Document, Selection
from personae.tui.widgets.explorer_list import MAX_ROWS, ExplorerList, cut_note, hanging_parts
from personae.tui.widgets.row_list import Row
from personae.tui.widgets.rows import match_count
from personae.tui.widgets.subtitle import set_subtitle

NO_FILTER = RelationFilter()

POLARITIES = {"cooperation": "bold green", "conflict": "bold red", "neutral": "dim"}
"""The style of each polarity's symbol."""
MARKERS = {
    "negated": "bold reverse",
    "hedged": "bold italic",
    "attributed": "italic",
    "noted": "bold",
}
"""The style of each qualifier of a relation."""


def owners(document: Document, selection: Selection) -> dict[str, str]:
    """Each pinned actor, and each actor of the article belonging to one (its minister, its
    leader), mapped to that pinned actor."""
    corpus, article = document.corpus, document.article.id
    found: dict[str, str] = {}
    for pinned in selection.pinned:
        for affiliate in corpus.affiliates_of(pinned, article):
            found.setdefault(affiliate.id, pinned)
    found.update((p, p) for p in selection.pinned)
    return found


def shown_relations(document: Document, selection: Selection) -> tuple[Relation, ...]:
    """All the article's relations; those of the primary actor and the actors belonging to
    it; those between the pinned actors, the actors belonging to each standing for it.
    Ordered by :func:`relation_order`."""
    corpus, article = document.corpus, document.article.id
    pinned = set(selection.pinned)
    members = owners(document, selection)
    if not pinned:
        found = corpus.relations_in(article)
    elif len(pinned) == 1:
        found = tuple(r for m in members for r in corpus.relations_of(m, article))
    else:

        def between(r: Relation) -> bool:
            a, b = members.get(r.source), members.get(r.target)
            return a is not None and b is not None and (a != b or a == r.source == r.target)

        found = tuple(r for m in members for r in corpus.relations_of(m, article) if between(r))
    return tuple(sorted(dict.fromkeys(found), key=relation_order))


def relation_prompt(
    relation: Relation,
    corpus: Corpus,
    selection: Selection,
    width: int,
    *,
    viewpoint: str | None = None,
    indent: str = "",
    summary_below: bool = True,
    names: dict[str, tuple[str, str]] | None = None,
) -> Content:
    """A relation as every view shows it (see ``relation_parts``), wrapped to ``width``."""
    prefix, parts = relation_parts(
        relation,
        corpus,
        selection,
        viewpoint=viewpoint,
        indent=indent,
        summary_below=summary_below,
        names=names,
    )
    return hanging_parts(prefix, parts, width)


def relation_parts(
    relation: Relation,
    corpus: Corpus,
    selection: Selection,
    *,
    viewpoint: str | None = None,
    indent: str = "",
    summary_below: bool = True,
    names: dict[str, tuple[str, str]] | None = None,
) -> tuple[Content, list[str | tuple[str, str]]]:
    """A relation's row as every view shows it, unjoined: its prefix, the polarity; the
    parts of its body, direction and counterpart seen from the viewpoint (the primary
    actor unless given), or source → target; its type, negation and provenance; then the
    summary and qualifiers, under it or after it.

    Pinned actors are named in their pin's colour, and an actor belonging to a pinned one
    (that is why the row is listed) with its owner's hollow glyph.  ``names`` keeps each
    actor's name and style for the next rows of the same corpus and selection."""
    viewpoint = viewpoint or selection.primary

    def name(entity_id: str) -> tuple[str, str]:
        found = names.get(entity_id) if names is not None else None
        if found is None:
            found = _name(corpus, selection, entity_id)
            if names is not None:
                names[entity_id] = found
        return found

    if viewpoint in (relation.source, relation.target):
        other = relation.target if relation.source == viewpoint else relation.source
        head: list[str | tuple[str, str]] = [f"{arrow(relation, viewpoint)} ", name(other)]
    else:
        head = [name(relation.source), " → ", name(relation.target)]
    markers = relation_markers(relation, corpus)
    negation = [part for t, k in markers if k == "negated" for part in (" ", (t, MARKERS[k]))]
    return _symbol(indent, relation.polarity), [
        *head,
        "  ",
        (relation.type, "underline"),
        *negation,  # after the type: before the summary it read "NOT did not provide"
        (f" {provenance_mark(relation)}", "dim"),
        "\n" if summary_below else "  ",
        printable(relation.summary or relation.type.lower()),
        *[(f" · {printable(t)}", MARKERS[k]) for t, k in markers if k != "negated"],
    ]


def _name(corpus: Corpus, selection: Selection, entity_id: str) -> tuple[str, str]:
    """An actor's name as a relation row shows it, and its style (see relation_prompt)."""
    entity = corpus.entity(entity_id)
    slot = selection.slot(entity_id)
    if slot is not None:
        return printable(entity.name), f"bold {PIN_COLOURS[slot]}"
    owner = selection.owner_slot(entity)
    if owner is not None:
        glyph = AFFILIATE_GLYPHS[owner]
        return f"{glyph} {printable(entity.name)}", f"bold italic {PIN_COLOURS[owner]}"
    return printable(entity.name), "bold"


#: Each row's polarity symbol, by indent and polarity: a handful, made once each.
_SYMBOLS: dict[tuple[str, str], Content] = {}


def _symbol(indent: str, polarity: str) -> Content:
    symbol = _SYMBOLS.get((indent, polarity))
    if symbol is None:
        symbol = Content.styled(f"{indent}{POLARITY_SYMBOLS[polarity]} ", POLARITIES[polarity])
        if len(_SYMBOLS) < 64:  # indents come from code, but bounded all the same
            _SYMBOLS[indent, polarity] = symbol
    return symbol


@dataclass(frozen=True, slots=True)
class Listing:
    """The relations a pane lists, and how many it keeps back and why."""

    typed: tuple[Relation, ...]
    comentions: tuple[Relation, ...]
    """Listed after the typed ones, under a heading; empty while they are hidden."""
    hidden_comentions: int
    hidden_low: int
    filtered: int = 0
    """Those c and l would list that the pane's filter (type, polarity, layer) keeps back."""

    @property
    def count(self) -> int:
        return len(self.typed) + len(self.comentions)


def listing(
    document: Document,
    selection: Selection,
    *,
    comentions: bool,
    low: bool,
    only: RelationFilter = NO_FILTER,
) -> Listing:
    """The selection's relations, co-mentions and low-confidence ones kept back unless
    asked for, and only those ``only`` admits; the selected relation is listed whatever
    the filters say.  The counts kept back by c and l are of relations ``only`` admits."""
    typed: list[Relation] = []
    mentions: list[Relation] = []
    chosen_mentions: list[Relation] = []
    hidden_comentions = hidden_low = filtered = 0
    for relation in shown_relations(document, selection):
        chosen = relation.id == selection.relation
        comention = is_comention(relation)
        if not (chosen or only.admits(relation)):
            filtered += comentions if comention else low or confidence_band(relation) != "low"
        elif comention:
            if comentions:
                mentions.append(relation)
            elif chosen:
                chosen_mentions.append(relation)
            else:
                hidden_comentions += 1
        elif low or chosen or confidence_band(relation) != "low":
            typed.append(relation)
        else:
            hidden_low += 1
    typed += chosen_mentions
    return Listing(tuple(typed), tuple(mentions), hidden_comentions, hidden_low, filtered)


def _key_note(count: int, noun: str, key: str, state: str = "") -> str:
    """ "12 co-mentions hidden: c shows them", "1 co-mention: c hides it"."""
    plural = "" if count == 1 else "s"
    return f"{count:,} {noun}{plural}{state}: {key} {'it' if count == 1 else 'them'}"


class RelationList(ExplorerList):
    """Enter selects a relation: the article scrolls to its evidence sentence.  The app's
    c and l (from any pane) set :attr:`show_comentions` and :attr:`show_low`."""

    show_comentions: reactive[bool] = reactive(False)
    """List the co-mentions too (after the typed relations); kept back at first, so they
    never crowd out a relation the text types."""
    show_low: reactive[bool] = reactive(True)
    """List the extracted relations of low confidence too."""
    relation_filter: reactive[RelationFilter] = reactive(NO_FILTER)
    """The types, polarities and layers kept (F opens its modal); all of them at first."""

    FILTER_NOUN = "relations"

    SEPARATED = True

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows_made: dict[tuple[object, ...], Row] = {}
        self._rows_for: tuple[Document | None, int] = (None, 0)
        self._filtered = (0, 0)
        """Rows listed, of those c and l would list without the type, polarity, layer filter."""

    def _row(self, relation: Relation, document: Document, selection: Selection) -> Row:
        """A relation's row, cached by what it shows: the viewpoint, the pins (or the pinned
        owners) of its two ends, the width; so going back to an actor seen before costs
        nothing (the same row also finds its drawn lines in the strip cache)."""
        width = self.row_width
        if self._rows_for != (document, width):
            self._rows_made = {}
            self._rows_for = (document, width)
        corpus = document.corpus
        key = (
            relation.id,
            selection.primary in (relation.source, relation.target) and selection.primary,
            selection.slot(relation.source),
            selection.slot(relation.target),
            selection.owner_slot(corpus.entity(relation.source)),
            selection.owner_slot(corpus.entity(relation.target)),
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
            only = self.relation_filter
            shown = listing(
                document, selection, comentions=self.show_comentions, low=self.show_low, only=only
            )
            count = shown.count
            self._filtered = (count, count + shown.filtered)
            if only.active:
                said = f"{only.describe()}: {match_count(self._filtered)} shown (F changes)"
                rows.append(self.note_row(said))
            if count > MAX_ROWS:
                hint = "" if len(selection.pinned) > 1 else "pin a second actor to narrow"
                rows.append(self.note_row(cut_note(count, hint)))
            room = MAX_ROWS
            rows.extend(self._row(r, document, selection) for r in shown.typed[:room])
            room -= len(shown.typed)
            if shown.hidden_comentions:
                hint = _key_note(shown.hidden_comentions, "co-mention", "c shows", " hidden")
                rows.append(self.note_row(hint))
            if shown.hidden_low:
                hint = _key_note(shown.hidden_low, "low-confidence relation", "l shows", " hidden")
                rows.append(self.note_row(hint))
            if shown.comentions and room > 0:
                # last, under a heading that the filter line keeps with them
                heading = _key_note(len(shown.comentions), "co-mention", "c hides")
                rows.append(replace(self.note_row(heading), heads=True))
                rows.extend(self._row(r, document, selection) for r in shown.comentions[:room])
            if not rows:
                rows.append(self.note_row(self._empty_hint(document, selection)))
            hidden_count = shown.hidden_comentions + shown.hidden_low
            set_subtitle(self, self._subtitle(document, selection, count, hidden_count))
        self.set_rows(rows, keep=selection.relation)
        if self.highlighted is None:
            self.scroll_to(y=0, animate=False)
        self.show_filters()

    def filter_notes(self) -> list[str]:
        """The type, polarity and layer kept, and how many rows they keep, before what
        the filter line narrows."""
        only = self.relation_filter
        own = [f"{match_count(self._filtered)} · {only.describe()}"] if only.active else []
        return own + super().filter_notes()

    def selection_changed(self, old: Selection, new: Selection) -> None:
        if old.pinned != new.pinned or (new.relation is not None and new.relation not in self._ids):
            self.rebuild()  # a relation chosen elsewhere is listed even if a filter hid it
        elif new.relation is not None and new.relation != old.relation:
            self.keep_highlight(new.relation)

    def comentions_said(self) -> str:
        """What c did, in a line: the rows it changes may be off screen, or the pane hidden."""
        found = self._selected_relations()
        count = sum(1 for r in found if is_comention(r))
        return f"c: co-mentions {'shown' if self.show_comentions else 'hidden'} ({count} here)"

    def low_said(self) -> str:
        """What l did, in a line."""
        found = self._selected_relations()
        count = sum(1 for r in found if not is_comention(r) and confidence_band(r) == "low")
        return f"l: low-confidence {'shown' if self.show_low else 'hidden'} ({count} here)"

    def _selected_relations(self) -> tuple[Relation, ...]:
        document = self.document
        return () if document is None else shown_relations(document, self.selection)

    def watch_show_comentions(self) -> None:
        self.rebuild()

    def watch_show_low(self) -> None:
        self.rebuild()

    def watch_relation_filter(self) -> None:
        self.rebuild()

    def facet_counts(self) -> tuple[dict[Facet, Counter[str]], dict[Facet, Counter[str]]]:
        """For the filter modal: the values of each facet in the whole article (each one
        offered, whatever the selection), and how many the selection's relations have."""
        document = self.document
        if document is None:
            return facet_counts(()), facet_counts(())
        return (
            facet_counts(document.corpus.relations_in(document.article.id)),
            facet_counts(self._selected_relations()),
        )

    @staticmethod
    def _empty_hint(document: Document, selection: Selection) -> str:
        names = [document.corpus.entity(p).name for p in selection.pinned]
        if len(names) > 1:
            return f"No relation between {' and '.join(names)} in this article."
        if names:
            return f"No relation of {names[0]} in this article."
        return "No relations in this article."

    @staticmethod
    def _subtitle(document: Document, selection: Selection, count: int, hidden: int) -> str:
        names = [document.corpus.entity(p).name for p in selection.pinned]
        scope = " ↔ ".join(names) if names else "all"
        return f"{scope} · {count}" + (f" · {hidden} hidden" if hidden else "")

    def chosen(self, selection: Selection, row_id: str) -> Selection:
        return replace(selection, relation=row_id, event=None)
