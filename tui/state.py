"""The explorer's shared state: what is shown and what is selected.

Both are immutable values held in reactives on the app and bound down to every pane, so a
pane never asks another pane anything: it watches these and redraws.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from personae.store.corpus import Corpus
from personae.store.model import Article, Entity

#: How many actors can be pinned at once; each pin slot has its own colour and style.
MAX_PINS = 4

#: One colour per pin slot, distinct on dark and light themes and in 16 colours.
PIN_COLOURS: tuple[str, ...] = ("#ffaf00", "#00afff", "#ff5fd7", "#5fd700")

#: The pin colours as the stylesheet's $pin-0 .. $pin-3, for the article's highlights:
#: the panes and the article draw a pin from the same palette.
PIN_VARIABLES: dict[str, str] = {f"pin-{slot}": colour for slot, colour in enumerate(PIN_COLOURS)}

#: A swatch glyph per pin slot, so pins differ without colour too.
PIN_GLYPHS: tuple[str, ...] = ("●", "■", "◆", "▲")

#: The hollow glyph of each pin slot: an actor that belongs to the actor pinned there
#: (Iran's foreign minister while Iran is pinned).
AFFILIATE_GLYPHS: tuple[str, ...] = ("○", "□", "◇", "△")


@dataclass(frozen=True, eq=False)
class Document:
    """The article on screen and the corpus it comes from (compared by identity)."""

    corpus: Corpus
    article: Article


@dataclass(frozen=True, slots=True)
class Selection:
    """The reader's selection: pinned actors (the first is primary), a relation, an event."""

    pinned: tuple[str, ...] = ()
    relation: str | None = None
    event: str | None = None

    @property
    def primary(self) -> str | None:
        return self.pinned[0] if self.pinned else None

    @property
    def is_empty(self) -> bool:
        return not (self.pinned or self.relation or self.event)

    def slot(self, entity_id: str) -> int | None:
        """The pin slot of an actor, or None when it is not pinned."""
        return self.pinned.index(entity_id) if entity_id in self.pinned else None

    def owner_slot(self, entity: Entity) -> int | None:
        """The pin slot of the actor this one belongs to, when that one is pinned and this
        one is not (a pinned actor is shown as itself)."""
        if entity.affiliation is None or entity.id in self.pinned:
            return None
        return self.slot(entity.affiliation)

    def with_primary(self, entity_id: str) -> Selection:
        """Select the actor in place of the selected one; the actors pinned besides stay.

        Selecting is not pinning: a reader going down the actor list with Enter sees one
        actor at a time, and pins only what they pin with p."""
        rest = tuple(p for p in self.pinned[1:] if p != entity_id)
        return replace(self, pinned=(entity_id, *rest), relation=None, event=None)

    def toggled(self, entity_id: str) -> Selection:
        """Pin the actor, or unpin it when it already is; the oldest extra pin makes room."""
        if entity_id in self.pinned:
            return replace(self, pinned=tuple(p for p in self.pinned if p != entity_id))
        pinned = self.pinned
        if len(pinned) >= MAX_PINS:
            pinned = (*pinned[:1], *pinned[2:])
        return replace(self, pinned=(*pinned, entity_id))

    def still_in(self, corpus: Corpus, article_id: str) -> Selection:
        """What of this selection the corpus still holds in the article (it may have been
        reloaded since the selection was made)."""
        relation, event = self.relation, self.event
        return Selection(
            pinned=tuple(p for p in self.pinned if corpus.resolve(p)),
            relation=relation if relation and corpus.relation(relation, article_id) else None,
            event=event if event and corpus.event(event, article_id) else None,
        )
