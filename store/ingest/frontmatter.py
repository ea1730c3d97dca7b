"""A Markdown article's YAML front matter, read as data a stranger wrote.

Front matter is a few short fields, so it is read with bounds a hostile file cannot pass:
at most MAX_FRONT_MATTER_CHARS, no anchors or aliases (a 480-byte "billion laughs" expands
to millions of characters), and every scalar kept as the text that was written, so that a
20,000-digit ``!!int`` is never converted and a date such as 2021-13-45 reaches
`iso_date` as text to be judged, instead of raising inside the YAML library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from personae.store.ingest.read import Refused, iso_date

#: Front matter larger than this is not an article's metadata (characters, before parsing).
MAX_FRONT_MATTER_CHARS = 20_000

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# libyaml's loader when built in: the pure-Python one costs more than the rest of reading.
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextLoader(_BASE_LOADER):  # type: ignore[misc]
    """The safe loader, but numbers, booleans, dates and binary stay the text written."""


def _as_written(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


for _tag in ("bool", "int", "float", "timestamp", "binary"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields personae reads; other keys are ignored."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


def split_front_matter(source: str) -> tuple[FrontMatter, str]:
    """The front matter's fields and the Markdown after it; no front matter, no fields.

    Front matter that is not valid YAML, or not a mapping, is dropped as before: the article
    is still read.  What a hostile or mistaken file puts there raises `Refused`.
    """
    match = _FRONT_MATTER.match(source)
    if not match:
        return FrontMatter(), source
    block, rest = match.group(1), source[match.end() :]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise Refused(
            f"has {len(block):,} characters of front matter; at most "
            f"{MAX_FRONT_MATTER_CHARS:,} are read"
        )
    try:
        # With no "&" or "*" there is no anchor or alias to find: one pass over the YAML, not two.
        anchored = "&" in block or "*" in block
        events = yaml.parse(block, Loader=_BASE_LOADER) if anchored else ()
        if any(_is_alias_or_anchor(event) for event in events):
            raise Refused("has YAML anchors or aliases (& or *) in its front matter; remove them")
        loaded = yaml.load(block, Loader=_TextLoader)
    except yaml.YAMLError:
        return FrontMatter(), rest
    if not isinstance(loaded, dict):
        return FrontMatter(), rest
    date_text = _text(loaded, "date")
    date = iso_date(date_text) if date_text is not None else None
    if date_text is not None and date is None:
        raise Refused(
            f"has a front-matter date that is not a real date ({_shown(date_text)}); "
            "write it as YYYY-MM-DD or remove it"
        )
    fields = FrontMatter(
        _text(loaded, "title"), date, _text(loaded, "source"), _text(loaded, "url")
    )
    return fields, rest


def _is_alias_or_anchor(event: yaml.Event) -> bool:
    return isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None


def _text(fields: dict[Any, Any], key: str) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        kind = (
            "a list"
            if isinstance(value, list)
            else "a mapping"
            if isinstance(value, dict)
            else "not text"
        )
        raise Refused(f"has a front-matter {key} that is {kind}; write it as one line of text")
    return value.strip() or None


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")
