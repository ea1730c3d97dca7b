"""The relations pane's filter: which types, polarities and layers it lists.

Three lists of check boxes side by side, each value with how many of the selection's
relations have it; every toggle narrows the pane at once, behind the modal.
"""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from personae.tui.format import printable
from personae.tui.relation_filter import FACETS, Facet, RelationFilter, value_label
from personae.tui.widgets.relation_list import RelationList


class RelationFilters(ModalScreen[None]):
    """Space or Enter toggles a value, Tab goes to the next list, x keeps every value
    again; Esc or F closes."""

    DEFAULT_CSS = """
    RelationFilters { align: center middle; }
    #relation-filters {
        width: 76;
        height: auto;
        max-height: 90%;
        background: $surface;
    }
    #relation-filters Horizontal { height: auto; max-height: 100%; }
    #relation-filters SelectionList {
        width: 1fr;
        height: auto;
        max-height: 20;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        &:focus { border: round $primary; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="relation-filters.close"),
        Binding("F", "dismiss", "Close", show=False, id="relation-filters.close-f"),
        Binding("x", "clear", "Keep all", id="relation-filters.clear"),
    ]

    def __init__(self, relations: RelationList) -> None:
        super().__init__()
        self.relations = relations
        self._here: dict[Facet, Counter[str]] = {}
        """How many of the selection's relations have each value (shown with it)."""

    def compose(self) -> ComposeResult:
        offered, here = self.relations.facet_counts()
        self._here = here
        chosen = self.relations.relation_filter
        with Vertical(id="relation-filters", classes="modal-box") as box:
            box.border_title = "Filter relations"
            box.border_subtitle = "Space toggle · Tab next · x keep all · Esc close"
            with Horizontal():
                for facet, heading in FACETS.items():
                    kept: frozenset[str] = getattr(chosen, facet)
                    values = sorted(set(offered[facet]) | kept, key=lambda v: (-here[facet][v], v))
                    options = [
                        Selection(_prompt(facet, value, here, value in kept), value, value in kept)
                        for value in values
                    ]
                    found: SelectionList[str] = SelectionList(*options, id=f"facet-{facet}")
                    found.border_title = heading
                    yield found

    @on(SelectionList.SelectionToggled)
    def _toggled(self, message: SelectionList.SelectionToggled[str]) -> None:
        found = message.selection_list
        name = (found.id or "").removeprefix("facet-")
        if name not in FACETS:
            return
        facet, value = _facet(name), message.selection.value
        self.relations.relation_filter = self.relations.relation_filter.toggled(facet, value)
        kept = value in found.selected
        found.replace_option_prompt_at_index(
            message.selection_index, _prompt(facet, value, self._here, kept)
        )

    def action_clear(self) -> None:
        self.relations.relation_filter = RelationFilter()
        for found in self.query(SelectionList):
            found.deselect_all()
            facet = _facet((found.id or "").removeprefix("facet-"))
            for index in range(found.option_count):
                value = found.get_option_at_index(index).value
                found.replace_option_prompt_at_index(
                    index, _prompt(facet, value, self._here, kept=False)
                )


def _prompt(facet: Facet, value: str, here: dict[Facet, Counter[str]], kept: bool) -> Content:
    """A value, how many of the selection's relations have it, and "■" when it is kept:
    the check box alone shows that only in colour."""
    return Content.assemble(
        ("■ " if kept else "  ", "bold"),
        printable(value_label(facet, value)),
        (f" {here[facet][value]}", "dim"),
    )


def _facet(name: str) -> Facet:
    for facet in FACETS:
        if facet == name:
            return facet
    raise KeyError(name)
