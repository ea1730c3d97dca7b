"""The reader's corrections, newest first (palette: "History"): who changed what, when,
from what; those whose target is gone marked orphaned, those undone marked undone (kept,
so the trail stays whole).  Enter or u undoes the one under the cursor."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content

from personae.store.corpus import Corpus
from personae.store.corrections import Correction
from personae.tui.format import printable
from personae.tui.screens.layer_list import LayerListScreen
from personae.tui.widgets.row_list import Row, RowList

ORPHANED = "orphaned"
UNDONE = "undone"

HISTORY_CSS = """
HistoryScreen {
    align: center middle;
}
#history {
    width: 100;
    height: 80%;
    background: $surface;
}
#history-list {
    height: 1fr;
}
"""

#: A correction's kind as the history says it.
KIND_WORDS = {
    "relation.accept": "accepted",
    "relation.reject": "rejected",
    "relation.type": "type",
    "relation.reverse": "reversed",
    "relation.negated": "negated",
    "relation.hedge": "hedge",
    "relation.add": "added as",
    "mention.not": "not this actor",
    "mention.of": "of",
    "mention.add": "a mention of",
    "actor.merge": "merged into",
    "actor.rename": "renamed",
    "actor.split": "split off",
    "actor.kind": "kind",
    "actor.not_actor": "not an actor",
    "event.date": "date",
    "event.label": "label",
}


def _value(value: object) -> str:
    if value is None:
        return "none"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def describe(correction: Correction, corpus: Corpus) -> str:
    """One line: what was changed, and from what to what."""
    target = correction.target

    def name(entity_id: object) -> str:
        found = corpus.resolve(str(entity_id)) if entity_id is not None else None
        return found.name if found is not None else str(entity_id)

    if correction.kind.startswith("actor."):
        what = f"actor {target.get('name') or target.get('entity')}"
    elif correction.kind.startswith("relation."):
        kind = target.get("type", "")
        what = f"{name(target.get('source'))} → {name(target.get('target'))} {kind}".rstrip()
    elif correction.kind == "mention.add":
        what = f"words «{target.get('words')}»"
    elif correction.kind.startswith("mention."):
        what = f"mention «{target.get('text')}» of {name(target.get('entity'))}"
    else:
        what = f"event {target.get('label')!s}"
    change = KIND_WORDS.get(correction.kind, correction.kind)
    if correction.kind in ("relation.accept", "relation.reject", "actor.not_actor", "mention.not"):
        return f"{what}: {change}"
    naming = correction.kind in ("actor.merge", "mention.of", "mention.add")
    value = name(correction.value) if naming else _value(correction.value)
    if naming or correction.kind in ("actor.split", "relation.add"):
        return f"{what}: {change} {value}"
    return f"{what}: {change} {_value(correction.before)} → {value}"


def history_row(correction: Correction, corpus: Corpus) -> Row:
    when = correction.when.replace("T", " ")[:16]
    head = Content.styled(f"{when}  {correction.who}  ", "dim")
    body = Content(printable(describe(correction, corpus)))
    if correction.undone is not None:
        mark = Content.styled(f"  [{UNDONE} {correction.undone.replace('T', ' ')[:16]}]", "dim")
    elif corpus.orphaned(correction):
        mark = Content.styled(f"  [{ORPHANED}]", "bold reverse")
    else:
        mark = Content("")
    return Row(Content.assemble(head, body, mark), id=correction.id)


class HistoryScreen(LayerListScreen[None]):
    """Every correction in the store, newest first; Enter or u undoes one; Esc closes."""

    DEFAULT_CSS = HISTORY_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="history.close"),
        Binding("u", "undo", "Undo", id="history.undo"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="history", classes="modal-box") as box:
            box.border_subtitle = "Enter or u undo · ↑↓ move · Esc close"
            yield RowList(id="history-list")

    def _show(self) -> None:
        corrections = self.corpus.layer.corrections[::-1]
        rows = [history_row(c, self.corpus) for c in corrections]
        if not rows:
            rows = [Row(Content("No corrections yet: e on a row corrects it."), disabled=True)]
        listing = self.query_one(RowList)
        listing.set_rows(rows)
        if listing.highlighted is None and corrections:
            listing.highlighted = 0
        box = self.query_one("#history")
        count = f"{len(corrections)} correction{'s' * (len(corrections) != 1)}"
        undone = sum(1 for c in corrections if c.undone is not None)
        count += f", {undone} undone" if undone else ""
        box.border_title = f"History ({count}, times UTC)"

    @on(RowList.RowChosen)
    def _chosen(self, message: RowList.RowChosen) -> None:
        message.stop()
        self.action_undo()

    def action_undo(self) -> None:
        chosen = self._selected_id()
        if chosen is None:
            return
        if any(c.id == chosen and c.undone for c in self.corpus.layer.corrections):
            self.notify("That correction is undone already.", timeout=4)
            return
        self._change(chosen, self._changed)
