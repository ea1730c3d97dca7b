"""An analyst's brief in Markdown: for each chosen actor, who it is, its relations by type
with their evidence, and its timeline; the articles cited at the end.

It is read as plain text as often as rendered, so it uses only headings, lists and quotes.
Everything from the store is data: Markdown and HTML in it are escaped (a title such as
``[x](javascript:...)`` or ``<script>`` stays text), and only an article's http(s) address
becomes a link. Nothing depends on the clock: the same store gives the same brief.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import BinaryIO
from urllib.parse import quote, urlsplit

from personae.store.catalog import Catalog
from personae.store.corrections import Correction
from personae.store.export import Load
from personae.store.export_scope import EVERYTHING, ExportView, Scope, article_views, plain
from personae.store.model import (
    COMENTION,
    RELATION_TYPES,
    Article,
    Event,
    Relation,
    Span,
    polarity,
)
from personae.store.notes import NOTE_KINDS
from personae.store.records import Snapshot

#: How many actors a brief without ``--select`` covers.
BRIEFED = 5

# Characters Markdown (CommonMark and GitHub's) reads as syntax anywhere in a line, and an
# ampersand that would start a character reference.
_SYNTAX = re.compile(r"[\\`*_\[\]<>|~#]|&(?=#?[A-Za-z0-9]+;)")
# What makes a block when it opens a line or a list item: a list marker, a setext underline.
_BLOCK_START = re.compile(r"^(?:[-+=]|\d+[.)])")
# Kept in a link as written; anything else (spaces, quotes, parentheses, <, >, |) is %-escaped.
_URL_SAFE = "/:?#@!$&'*+,;=%~-._[]"


def md(text: str | None) -> str:
    """Store text as Markdown that shows exactly that text, on one line."""
    escaped = _SYNTAX.sub(lambda m: "\\" + m.group(), plain(text))
    return _BLOCK_START.sub(_escape_block_start, escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    """``- x`` as ``\\- x``; ``1. x`` as ``1\\. x``: the dot or parenthesis is what counts."""
    found = match.group()
    return f"{found[:-1]}\\{found[-1]}" if found[0].isdigit() else "\\" + found


def web_link(url: str | None) -> str:
    """An http(s) address as a Markdown link (``<https://...>``, readable as plain text too);
    any other address as text, unlinked; nothing for none."""
    shown = plain(url)
    if not shown:
        return ""
    try:
        parts = urlsplit(shown)
    except ValueError:
        parts = None
    if parts is not None and parts.scheme.lower() in ("http", "https") and parts.netloc:
        return f"<{quote(shown, safe=_URL_SAFE)}>"
    return f"{md(shown)} (not a web address: not linked)"


def _times(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def write_brief(catalog: Catalog, load: Load, out: BinaryIO, scope: Scope = EVERYTHING) -> None:
    """The brief of the catalog's version, read an article at a time: once to rank the
    actors when none were chosen, once to keep only the briefed actors' relations and
    events, the articles they cite and every actor's counts.  Then ``export_brief``."""

    briefed = list(scope.actors)
    if not briefed:
        views, names = article_views(catalog, load, scope)
        briefed = _most_related(itertools.chain.from_iterable(v.relations for v in views), names)
    views, names = article_views(catalog, load, replace(scope, actors=tuple(briefed)))
    notes = tuple(n for n in catalog.corrections if n.kind in NOTE_KINDS)
    noted = {n.article for n in notes}
    wanted = set(briefed)
    kept: dict[str, Article] = {}
    relations: list[Relation] = []
    events: list[Event] = []
    mentions: Counter[str] = Counter()
    named_in: Counter[str] = Counter()
    in_scope = 0
    for view in views:
        in_scope += 1
        mentions.update(view.mentions)
        named_in.update(view.named_in)
        theirs = [e for e in view.events if wanted.intersection(e.actors)]
        for article in view.articles.values():
            if view.relations or theirs or article.id in noted or article.id == scope.article_id:
                kept[article.id], quoting, dated = quotes_only(article, view.relations, theirs)
                relations += quoting
                events += dated
    merged = ExportView(
        Snapshot(tuple(kept.values()), (), (), tuple(relations), tuple(events), notes),
        article_id=scope.article_id,
        actors=scope.actors,
        co_mentions=scope.co_mentions,
        entities=names.entities,
    )
    merged.mentions, merged.named_in, merged.in_scope = mentions, dict(named_in), in_scope
    export_brief(merged, out, briefed)


def quotes_only(
    article: Article, relations: Sequence[Relation], events: Sequence[Event]
) -> tuple[Article, list[Relation], list[Event]]:
    """The article holding only the stretches of text its relations and events quote, and
    those relations and events pointing into them: a brief citing thousands of articles holds
    their quotes, not their texts.  Overlapping stretches are kept as one, so what overlapped
    (a relation's sentence and its event's clause) still does."""
    mine = [r for r in relations if r.article == article.id]
    dated = [e for e in events if e.article == article.id]
    stretches: list[list[int]] = []
    quoted = [r.evidence for r in mine] + [e.evidence for e in dated]
    for start, end in sorted((span.start, span.end) for span in quoted):
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    parts, shifts, at = [], [], 0
    for start, end in stretches:
        parts.append(article.text[start:end])
        shifts.append((start, at - start))
        at += end - start + 1  # and the line break between two stretches

    def moved(span: Span) -> Span:
        shift = shifts[bisect.bisect_right(shifts, (span.start, math.inf)) - 1][1]
        return Span(span.start + shift, span.end + shift)

    return (
        replace(article, text="\n".join(parts), passages=(), sentences=()),
        [replace(r, evidence=moved(r.evidence)) for r in mine],
        [replace(e, evidence=moved(e.evidence)) for e in dated],
    )


def export_brief(view: ExportView, out: BinaryIO, briefed: Sequence[str] | None = None) -> None:
    """Write the brief on the actors chosen in ``view``, or on the five with the most typed
    relations when none were chosen (and it says so): ``briefed``, when they were ranked
    already.  Written an actor's section at a time: a brief runs to tens of megabytes."""
    chosen = bool(view.actors)
    if chosen:
        actors = list(view.actors)
    else:
        actors = list(briefed) if briefed is not None else _most_related(view.relations, view)
    cited = {r.article for a in actors for r in _relations_of(view, a)}
    cited.update(e.article for a in actors for e in _events_of(view, a))
    sources = sorted((view.articles[a] for a in cited), key=_article_order)
    numbers = {article.id: n for n, article in enumerate(sources, 1)}

    def write(lines: list[str]) -> None:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))

    title = f"# Brief: {', '.join(md(view.name(a)) for a in actors)}" if actors else "# Brief"
    write([title, "", *_preamble(view, actors, chosen)])
    for actor in actors:
        write(["", *_actor(view, actor, numbers)])
    write(["", "## Sources", ""])
    for n, article in enumerate(sources, 1):
        write([_source(n, article)])
    if not sources:
        write(["No article is cited."])


def _most_related(relations: Iterable[Relation], names: ExportView) -> list[str]:
    counts: Counter[str] = Counter()
    for relation in relations:
        if relation.type != COMENTION:
            counts.update({relation.source, relation.target})
    ranked = sorted(counts, key=lambda a: (-counts[a], names.name(a).casefold(), a))
    return ranked[:BRIEFED]


def _preamble(view: ExportView, actors: list[str], chosen: bool) -> list[str]:
    if chosen:
        lines = [f"Actors chosen with --select: {', '.join(md(view.name(a)) for a in actors)}."]
    elif len(actors) == BRIEFED:
        lines = [
            f"No --select given: the {BRIEFED} actors with the most typed relations "
            "(co-mentions not counted), most first."
        ]
    elif actors:
        lines = [
            f"No --select given: the {_times(len(actors), 'actor')} with typed relations "
            "(co-mentions not counted), most first."
        ]
    else:
        lines = ["No actor has a typed relation here; --select NAME briefs on any actor."]
    if view.article_id is not None and view.article_id in view.articles:
        article = view.articles[view.article_id]
        lines.append(f"Article: *{_title(article)}*{_dated(article.date)}, and no other.")
    else:
        lines.append(f"Articles: all {view.in_scope} in the store.")
    if not view.co_mentions:
        lines.append(
            "Co-mentions (two actors named in one sentence, no type read) are left out; "
            "--co-mentions adds them."
        )
    return lines


def _title(article: Article) -> str:
    """The title as Markdown; the id for an article without one (``**`` is no emphasis)."""
    return md(article.title) or md(article.id)


def _dated(date: str | None) -> str:
    return f", {md(date)}" if date else ""


def _article_order(article: Article) -> tuple[bool, str, str, str]:
    """Oldest first, undated last, as the relations are listed."""
    return (not article.date, article.date or "", plain(article.title).casefold(), article.id)


def _relations_of(view: ExportView, actor: str) -> list[Relation]:
    return [r for r in view.relations if actor in (r.source, r.target)]


def _events_of(view: ExportView, actor: str) -> list[Event]:
    return [e for e in view.events if actor in e.actors]


def _actor(view: ExportView, actor: str, numbers: dict[str, int]) -> list[str]:
    """One actor's section; ``numbers`` are the cited articles' numbers in the sources."""
    entity = view.entities.get(actor)
    mentions, articles = view.mentions.get(actor, 0), view.named_in.get(actor, 0)
    lines = [f"## {md(view.name(actor))}", "", f"- Kind: {md(view.kind(actor)) or 'unknown'}"]
    lines.append(f"- Named {_times(mentions, 'time')} in {_times(articles, 'article')}")
    others = [md(n) for n in (entity.aliases if entity else ()) if plain(n)]
    lines.append(f"- Other names: {', '.join(others) if others else 'none'}")
    if entity is not None and entity.affiliation:
        lines.append(f"- Belongs to: {md(view.name(entity.affiliation))}")
    relations = _relations_of(view, actor)
    lines += ["", f"### Relations ({len(relations)})"]
    for kind, group in _by_type(relations):
        lines += ["", f"#### {md(kind)}: {polarity(kind)} ({len(group)})", ""]
        for relation in group:
            lines += _relation(view, relation, numbers)
    if not relations:
        lines += ["", "No relations here."]
    events = _events_of(view, actor)
    lines += ["", f"### Timeline ({len(events)})", ""]
    lines += [_event(view, e, numbers) for e in events] or ["No dated events here."]
    notes = _notes_of(view, actor)
    if notes:
        lines += ["", f"### Your notes ({len(notes)})", ""]
        lines += [line for note in notes for line in _note(view, note, numbers)]
    return lines


def _notes_of(view: ExportView, actor: str) -> list[Correction]:
    """The reader's notes on the actor and on its relations."""
    return [
        n
        for n in view.notes
        if (n.kind == "note.actor" and n.target.get("entity") == actor)
        or (n.kind == "note.relation" and actor in (n.target.get("source"), n.target.get("target")))
    ]


def _note(view: ExportView, note: Correction, numbers: dict[str, int]) -> list[str]:
    """A list item: on what, then the note's lines as the reader wrote them (escaped)."""
    on = ""
    if note.kind == "note.relation":
        source, target = str(note.target.get("source")), str(note.target.get("target"))
        kind = md(str(note.target.get("type", "")))
        on = f"on {md(view.name(source))} → {md(view.name(target))} {kind}: "
    article = view.articles.get(note.article or "")
    if article is None:
        cited = ""
    elif article.id in numbers:
        cited = f" — {_citation(article, numbers)}"
    else:
        cited = f" — *{_title(article)}*{_dated(article.date)}"
    written = [md(line) for line in str(note.value).splitlines() if plain(line)] or [""]
    first, *rest = written
    return [f"- {on}{first}{cited}", *(f"  {line}" for line in rest)]


def _by_type(relations: list[Relation]) -> list[tuple[str, list[Relation]]]:
    """Relations grouped by type, in PLOVER's order, then the standing relationships, then
    co-mentions; a type this personae does not know comes last."""
    groups: dict[str, list[Relation]] = {}
    for relation in relations:
        groups.setdefault(relation.type, []).append(relation)
    order = {kind: i for i, kind in enumerate(RELATION_TYPES)}
    return sorted(groups.items(), key=lambda kg: (order.get(kg[0], len(order)), kg[0]))


def _relation(view: ExportView, relation: Relation, numbers: dict[str, int]) -> list[str]:
    article = view.articles[relation.article]
    notes = ["negated"] if relation.negated else []
    if relation.hedge:
        notes.append(f'hedged: "{md(relation.hedge)}"')
    if relation.attribution:
        notes.append(f"said by {md(view.speaker(relation))}")
    date, date_from = view.date_of(relation)
    if date_from == "event":
        notes.append(f"event dated {md(date)}")
    layer = md(relation.provenance)
    if relation.confidence is not None:
        layer += f", confidence {relation.confidence:.2f}"
    notes.append(layer)
    pair = f"{md(view.name(relation.source))} → {md(view.name(relation.target))}"
    summary = md(relation.summary) or md(relation.type).lower()
    return [
        f"- {pair}: {summary} ({'; '.join(notes)})",
        f'  > "{md(view.evidence(relation))}"',
        f"  > — {_citation(article, numbers)}",
    ]


def _event(view: ExportView, event: Event, numbers: dict[str, int]) -> str:
    article = view.articles[event.article]
    inferred = "" if event.stated else " (date inferred)"
    return f"- {md(event.date)}{inferred}: {md(event.label)} — {_citation(article, numbers)}"


def _citation(article: Article, numbers: dict[str, int]) -> str:
    """Title, date and link of the article, and its number in the sources."""
    link = web_link(article.url)
    return (
        f"*{_title(article)}*{_dated(article.date)}{', ' + link if link else ''}"
        f" (source {numbers[article.id]})"
    )


def _source(number: int, article: Article) -> str:
    """A numbered item: title, date and id; then where it comes from and its link, each on
    a line of its own (one paragraph when rendered)."""
    lines = [f"{number}. *{_title(article)}*{_dated(article.date)} (article id: {md(article.id)})"]
    indent = " " * len(f"{number}. ")
    lines += [indent + line for line in (md(article.source), web_link(article.url)) if line]
    return "\n".join(lines)
