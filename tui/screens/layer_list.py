"""What History and Notes share: a modal list of the reader's layer over one corpus, its
selected row acted on (undone, deleted) by a commit written off the event loop, then
listed anew from the corpus that commit gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.screen import ModalScreen

from personae.store.corpus import Corpus
from personae.tui.widgets.row_list import RowList

T = TypeVar("T")

#: Act on the layer entry with this id, then call back with the corpus it leaves.
LayerChange = Callable[[str, Callable[[Corpus], None]], None]


class LayerListScreen(ModalScreen[T]):
    """A list of the reader's corrections or notes; ``_show`` lists them."""

    def __init__(self, corpus: Corpus, change: LayerChange) -> None:
        super().__init__()
        self.corpus = corpus
        self._change = change

    def on_mount(self) -> None:
        self._show()
        self.query_one(RowList).focus()

    def _show(self) -> None:
        raise NotImplementedError

    def _selected_id(self) -> str | None:
        """The id of the entry under the cursor (None on the "nothing yet" line)."""
        row = self.query_one(RowList).highlighted_option
        return None if row is None or row.id is None or row.disabled else row.id

    def _changed(self, corpus: Corpus) -> None:
        """The store after the change (written off the event loop): list anew, unless the
        reader has closed the list meanwhile."""
        if self.is_attached:
            self.corpus = corpus
            self._show()
