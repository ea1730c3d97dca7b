"""Markdown and HTML articles: their metadata, and their body as plain paragraphs.

Both end in the same plain text `parse_plain` would give (paragraphs separated by blank lines),
so that segmentation and extraction never care where an article came from.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from personae.store.ingest.frontmatter import split_front_matter
from personae.store.ingest.read import (
    RawArticle,
    clean_body,
    dateline_of,
    drop_byline,
    iso_date,
)
from personae.store.text import clean_text, decode_entities

# (what must be present, pattern, replacement): a rule whose characters the text lacks is
# skipped, which spares plain prose most of the fourteen passes.  Where a rule needs a line
# opening with a mark, that is looked for (after a line break, the text given one first),
# found far sooner than the rule's own ``^`` is tried at every position.
_MD_RULES: tuple[tuple[str | re.Pattern[str], re.Pattern[str], str], ...] = (
    ("`", re.compile(r"^```.*$", re.MULTILINE), ""),  # code fences
    ("~", re.compile(r"^~~~.*$", re.MULTILINE), ""),
    (  # horizontal rules
        re.compile(r"\n {0,3}[-*_]"),
        re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.MULTILINE),
        "",
    ),
    ("![", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    ("](", re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    ("][", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    ("]:", re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link definitions
    ("#", re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (">", re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (  # list markers
        re.compile(r"\n {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]"),
        re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE),
        "",
    ),
    ("**", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),  # strong
    ("__", re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),
    ("*", re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    ("_", re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    ("`", re.compile(r"`([^`]*)`"), r"\1"),  # inline code
    ("<", re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")


def parse_markdown(source: str) -> RawArticle:
    """Front matter (title, date, source, url) if any; else the first heading or line is the title.

    A first heading that repeats the front matter's title, and a byline under the title, are
    not part of the body; HTML entities ("AT&amp;T") are decoded.
    """
    meta, source = split_front_matter(source.lstrip("\ufeff").replace("\r\n", "\n"))
    title = meta.title
    if title is None:
        title, source = _first_line_title(source)
    else:
        source = _without_heading(source, title)
    text = decode_entities(_strip_markdown(source))
    text = drop_byline(clean_body(text))
    place, when = dateline_of(text)
    return RawArticle(
        title=clean_text(decode_entities(title)),
        text=text,
        date=meta.date or when,
        dateline=place,
        source=meta.source,
        url=meta.url,
    )


def _strip_markdown(text: str) -> str:
    for needs, pattern, repl in _MD_RULES:
        if needs in text if isinstance(needs, str) else needs.search("\n" + text):
            text = pattern.sub(repl, text)
    return text


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _without_heading(source: str, title: str) -> str:
    """The body without a first heading that only repeats the title."""
    body = source.lstrip("\n")
    first, _, rest = body.partition("\n")
    heading = _HEADING.match(first)
    said = decode_entities(_strip_markdown(heading.group(1))) if heading else None
    if said is not None and _same_words(said, decode_entities(title)):
        return rest
    return source


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
    heading = _node_text(tree.css_first("h1"))
    title = _without_site_name(title, source_name, heading) if title else heading or ""
    text = clean_body(text)
    first, _, rest = text.partition("\n\n")
    if title and first.strip() == title.strip():
        text = rest
    text = drop_byline(text)
    place, when = dateline_of(text)
    return RawArticle(
        title=clean_text(title or ""),
        text=text,
        date=published or when,
        dateline=place,
        source=source_name,
        url=url,
    )


# " | ", " - ", " – ", " — ", " · " between a story's title and its site's name.
_TITLE_SEPARATOR = re.compile(r"[ \t]+[|\-–—·•][ \t]+")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?:[A-Z0-9&][\w.'’&-]*|of|the|and|on|for|de)")


def _without_site_name(title: str, site: str | None, heading: str | None) -> str:
    """A page's <title> often ends with its site's name: "Story | The Daily Example".

    The suffix is dropped only when it is the og:site_name or a domain, when what is left is
    the page's heading, or after " | " when it is a few capitalised words."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    last = separators[-1]
    story, suffix = title[: last.start()].strip(), title[last.end() :].strip()
    words = suffix.split()
    if not story or not words:
        return title
    looks_like_a_name = (
        last.group().strip() == "|"
        and len(words) <= 5
        and len(story.split()) >= 3
        and all(_CAPITALISED.fullmatch(word) for word in words)
        and words[0][0].isupper()
    )
    if (
        (site is not None and _same_words(suffix, site))
        or (heading is not None and _same_words(story, heading))
        or _DOMAIN.fullmatch(suffix)
        or looks_like_a_name
    ):
        return story
    return title


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
