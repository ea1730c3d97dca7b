"""The actors of the article, grouped by kind, with mention counts and pin swatches."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from personae.store.model import KIND_LABELS, Entity
from personae.tui.format import NOTE_MARK, REVIEWED_MARK, printable
from personae.tui.state import AFFILIATE_GLYPHS, PIN_COLOURS, PIN_GLYPHS, Selection
from personae.tui.widgets.explorer_list import ExplorerList, hanging
from personae.tui.widgets.row_list import Row
from personae.tui.widgets.subtitle import set_subtitle


class ActorList(ExplorerList):
    """Enter makes an actor primary; p or space pins or unpins another.  An actor that
    belongs to a pinned one (its minister, its leader) shows that pin's hollow glyph."""

    FILTER_NOUN = "actors"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "pin", "Pin", id="actors.pin"),
        Binding("space", "pin", "Pin", show=False, id="actors.pin-space"),
    ]

    class PinToggled(Message):
        """An actor was pinned or unpinned."""

        def __init__(self, actor_list: ActorList, entity_id: str) -> None:
            super().__init__()
            self.actor_list = actor_list
            self.entity_id = entity_id

        @property
        def control(self) -> ActorList:
            return self.actor_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows_made: dict[tuple[str, str, int, int | None, int | None, int], Row] = {}

    def build_rows(self) -> None:
        self._rows_made.clear()  # a new article or width: the rows kept are of no more use
        highlighted = self.highlighted_id
        rows: list[Row] = []
        document = self.document
        if document is not None:
            kind = None
            for entity, count in document.corpus.entities_in(document.article.id):
                if entity.kind != kind:
                    kind = entity.kind
                    label = KIND_LABELS.get(kind, kind.title())
                    rows.append(Row(Content(label), disabled=True, heads=True))
                rows.append(self._row(entity, count))
        # The cursor starts on the first actor, so Enter works before any arrow key.
        first = next((row.id for row in rows if row.id is not None), None)
        self.set_rows(rows, keep=highlighted or first)
        self._show_subtitle()

    def selection_changed(self, old: Selection, new: Selection) -> None:
        if old.pinned == new.pinned:
            return
        document = self.document
        if document is None:
            return
        if self.filter_text.strip():  # rows the filter hides must follow the pins too
            self.rebuild()
            return
        changed = {*old.pinned, *new.pinned}
        for entity, count in document.corpus.entities_in(document.article.id):
            if entity.id in changed or entity.affiliation in changed:
                index = self._ids.get(entity.id)
                if index is not None:
                    self.replace_row(index, self._row(entity, count))
        self._show_subtitle()

    def _row(self, entity: Entity, count: int) -> Row:
        """An actor's row, kept by what it shows (name, count, pin slot, owner's pin slot,
        width): a selection re-pins a few actors, and wrapping their prompts again is most
        of its cost here; the same row also finds its drawn lines in the strip cache."""
        slot = self.selection.slot(entity.id)
        owner = self.selection.owner_slot(entity)
        width = self.row_width
        name = entity.name if entity.provenance != "reviewed" else f"{entity.name} {REVIEWED_MARK}"
        if self.document is not None and self.document.corpus.actor_noted(entity.id):
            name = f"{name} {NOTE_MARK}"
        key = (entity.id, name, count, slot, owner, width)
        row = self._rows_made.get(key)
        if row is None:
            prompt = self._make_prompt(name, count, slot, owner, width)
            row = self._rows_made[key] = Row(prompt, id=entity.id)
        return row

    def _make_prompt(
        self, name: str, count: int, slot: int | None, owner: int | None, width: int
    ) -> Content:
        if slot is not None:
            swatch = Content.styled(f"{PIN_GLYPHS[slot]} ", f"bold {PIN_COLOURS[slot]}")
        elif owner is not None:
            swatch = Content.styled(f"{AFFILIATE_GLYPHS[owner]} ", PIN_COLOURS[owner])
        else:
            swatch = Content("  ")
        style = "bold" if slot is not None else "italic" if owner is not None else ""
        body = Content.assemble((printable(name), style), (f" {count}", "dim"))
        return hanging(swatch, body, width)

    def _show_subtitle(self) -> None:
        pinned = len(self.selection.pinned)
        set_subtitle(self, f"{pinned} pinned" if pinned else "Enter select · p pin")

    def action_pin(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id is not None:
            self.post_message(self.PinToggled(self, option.id))

    def chosen(self, selection: Selection, row_id: str) -> Selection:
        return selection.with_primary(row_id)
