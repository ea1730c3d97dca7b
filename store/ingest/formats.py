"""Markdown and HTML articles: their metadata, and their body as plain paragraphs.

Both end in the same plain text `parse_plain` would give (paragraphs separated by blank lines),
so that segmentation and extraction never care where an article came from.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from personae.store.ingest.read import RawArticle, dateline_of, drop_leftovers, iso_date
from personae.store.text import clean_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# (character that must be present, pattern, replacement): a rule whose character the text
# lacks is skipped, which spares plain prose most of the fourteen passes.
_MD_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("`", re.compile(r"^```.*$", re.MULTILINE), ""),  # code fences
    ("~", re.compile(r"^~~~.*$", re.MULTILINE), ""),
    ("", re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.MULTILINE), ""),  # horizontal rules
    ("![", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    ("](", re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    ("][", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    ("]:", re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link definitions
    ("#", re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (">", re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    ("", re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE), ""),  # list markers
    ("**", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),  # strong
    ("__", re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),
    ("*", re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    ("_", re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    ("`", re.compile(r"`([^`]*)`"), r"\1"),  # inline code
    ("<", re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
)
# libyaml's loader when built in: the pure-Python one costs more than the rest of reading.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")


def parse_markdown(source: str) -> RawArticle:
    """Front matter (title, date, source, url) if any; else the first heading or line is the title."""
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(source.lstrip("\ufeff"))
    if match:
        try:
            loaded = yaml.load(match.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError:
            loaded = None
        meta = loaded if isinstance(loaded, dict) else {}
        source = source.lstrip("\ufeff")[match.end() :]
    title = _text_field(meta.get("title"))
    if title is None:
        title, source = _first_line_title(source)
    body = source
    body = _strip_markdown(body)
    text = clean_text(drop_leftovers(clean_text(body)))
    place, when = dateline_of(text)
    return RawArticle(
        title=clean_text(title),
        text=text,
        date=iso_date(meta.get("date")) or when,
        dateline=place,
        source=_text_field(meta.get("source")),
        url=_text_field(meta.get("url")),
    )


def _strip_markdown(text: str) -> str:
    for needs, pattern, repl in _MD_RULES:
        if needs in text:
            text = pattern.sub(repl, text)
    return text


def _text_field(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _first_line_title(source: str) -> tuple[str, str]:
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            heading = _HEADING.match(line)
            title = heading.group(1) if heading else line.strip()
            title = _strip_markdown(title)
            return title.strip(), "\n".join(lines[index + 1 :])
    return "", source


_DROP = "nav, header, footer, aside, script, style, noscript, template, form, iframe, svg, button, dialog"
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td"
_DATE_SELECTORS = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[property="og:article:published_time"]', "content"),
    ('meta[name="article:published_time"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publishdate"]', "content"),
    ('meta[name="DC.date"]', "content"),
    ('meta[name="DC.date.issued"]', "content"),
    ('meta[name="dc.date"]', "content"),
    ('meta[name="dcterms.created"]', "content"),
    ('[itemprop="datePublished"]', "content"),
    ('[itemprop="datePublished"]', "datetime"),
    ("time[pubdate]", "datetime"),
    ("time[datetime]", "datetime"),
)


def parse_html(source: str) -> RawArticle:
    """Title from og:title or <title>, date from the usual meta tags, text from the main content."""
    tree = HTMLParser(source)
    title = _meta(tree, 'meta[property="og:title"]') or _node_text(tree.css_first("title"))
    published = None
    for selector, attribute in _DATE_SELECTORS:
        node = tree.css_first(selector)
        published = iso_date(node.attributes.get(attribute)) if node is not None else None
        if published:
            break
    source_name = _meta(tree, 'meta[property="og:site_name"]')
    url = _meta(tree, 'meta[property="og:url"]')
    canonical = tree.css_first('link[rel="canonical"]')
    if url is None and canonical is not None:
        url = canonical.attributes.get("href")
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    text = _body_text(root) if root is not None else ""
    if not title:
        title = _node_text(tree.css_first("h1")) or ""
    text = clean_text(drop_leftovers(clean_text(text)))
    first, _, rest = text.partition("\n\n")
    if title and first.strip() == title.strip():
        text = rest
    place, when = dateline_of(text)
    return RawArticle(
        title=clean_text(title or ""),
        text=text,
        date=published or when,
        dateline=place,
        source=source_name,
        url=url,
    )


def _meta(tree: HTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get("content") if node is not None else None
    return value.strip() or None if value else None


def _node_text(node: Node | None) -> str | None:
    if node is None:
        return None
    return " ".join(node.text(separator="").split()) or None


def _body_text(root: Node) -> str:
    for node in root.css(_DROP):
        node.decompose()
    blocks = root.css(_BLOCKS)
    if not blocks:
        return root.text(separator="\n")
    paragraphs: list[str] = []
    seen: set[int] = set()
    for node in blocks:
        if _inside_block(node, seen):
            continue
        seen.add(node.mem_id)
        text = " ".join(node.text(separator="").split())
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _inside_block(node: Node, seen: set[int]) -> bool:
    """A <p> inside an <li> or <blockquote> already taken is not a paragraph of its own."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in seen:
            return True
        parent = parent.parent
    return False
