"""The palette's corrections: the History of the reader's changes, and the menu of
corrections for the selected actor, relation or event (as `e` opens it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from personae.tui.palette import Command, ListedCommands

if TYPE_CHECKING:
    from personae.tui.app import PersonaeApp


class CorrectionCommands(ListedCommands):
    """History, and "Correct ..." for what is selected."""

    def commands(self) -> list[Command]:
        app: PersonaeApp = self.app  # type: ignore[assignment]
        commands = [("History", app.action_history, "the reader's corrections; undo any one")]
        explorer = app.explorer
        selection = explorer.selection

        def correct(what: str, target: str) -> Callable[[], None]:
            def open_menu() -> None:
                from personae.tui.screens.correcting import Corrector

                Corrector(explorer).open(what, target)

            return open_menu

        if selection.relation is not None:
            commands.append(
                ("Correct the selected relation", correct("relation", selection.relation), "")
            )
        if selection.event is not None:
            commands.append(("Correct the selected event", correct("event", selection.event), ""))
        if selection.primary is not None:
            commands.append(("Correct the selected actor", correct("actor", selection.primary), ""))
        return commands
