"""Finding every place an article names an entity, by any of its names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from personae.store.model import Entity, Mention, Provenance


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation of the names, longest first, on word boundaries.

    Boundaries are lookarounds rather than ``\\b`` so that names ending in a period
    ("U.S.") still match; a possessive ("Russia's") matches its name.
    """
    unique = sorted({n for n in names if n.strip()}, key=lambda n: (-len(n), n))
    if not unique:
        return None
    alternation = "|".join(re.escape(n) for n in unique)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def find_mentions(
    text: str,
    article_id: str,
    entities: Sequence[Entity],
    *,
    provenance: Provenance,
    extractor_version: str | None = None,
) -> list[Mention]:
    """Every non-overlapping occurrence of any entity's name or alias in ``text``."""
    owner: dict[str, str] = {}
    for entity in entities:
        for name in entity.names:
            owner.setdefault(name, entity.id)
    pattern = name_pattern(owner)
    if pattern is None:
        return []
    return [
        Mention(
            entity=owner[m.group(0)],
            article=article_id,
            start=m.start(),
            end=m.end(),
            text=m.group(0),
            provenance=provenance,
            extractor_version=extractor_version,
        )
        for m in pattern.finditer(text)
    ]
