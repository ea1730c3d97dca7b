"""Front matter values of any YAML type: what is text stays the text written, dates become
ISO dates, and what cannot be a title, source or url refuses the file with the field named."""

from __future__ import annotations

import pytest

from personae.store.ingest.frontmatter import split_front_matter
from personae.store.ingest.read import Refused


def _fields(front_matter: str) -> tuple[str | None, str | None, str | None, str | None]:
    meta, rest = split_front_matter(f"---\n{front_matter}\n---\n\nIran met Russia.\n")
    assert rest == "\nIran met Russia.\n"
    return meta.title, meta.date, meta.source, meta.url


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: 1984\ndate: 2021-02-03", ("1984", "2021-02-03", None, None)),
        ("title: yes\ndate: 2021-02-03 10:30:00", ("yes", "2021-02-03", None, None)),
        ("title: 3.10\ndate: 2021-02-03T10:30:00Z", ("3.10", "2021-02-03", None, None)),
        ("title: '007'\ndate: 'May 7, 2005'\nsource: 12", ("007", "2005-05-07", "12", None)),
        (
            "title: ~\ndate:\nurl: https://example.org/a",
            (None, None, None, "https://example.org/a"),
        ),
        ("title: A story\ntags: [a, b]\nauthor: {name: Jane}", ("A story", None, None, None)),
    ],
    ids=["int-title", "bool-title", "float-title", "quoted", "nulls", "other-keys-ignored"],
)
def test_values_are_the_text_written_and_dates_iso(
    front_matter: str, expected: tuple[str | None, ...]
) -> None:
    assert _fields(front_matter) == expected


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("date: 2021-13-45", "has a front-matter date that is not a real date ('2021-13-45')"),
        ("date: spring 2021", "has a front-matter date that is not a real date ('spring 2021')"),
        ("date: 0001-01-01", "has a front-matter date that is not a real date ('0001-01-01')"),
        ("date: [2021-01-01]", "has a front-matter date that is a list"),
        ("title: !!set {a, b}", "has a front-matter title that is not text"),
        ("url: {href: x}", "has a front-matter url that is a mapping"),
        ("base: &b Iran\ntitle: *b", "has YAML anchors or aliases (& or *) in its front matter"),
    ],
    ids=["bad-date", "vague-date", "empty-date", "list-date", "set-title", "mapping-url", "alias"],
)
def test_what_cannot_be_read_is_refused_with_the_field_named(
    front_matter: str, reason: str
) -> None:
    with pytest.raises(Refused) as refused:
        _fields(front_matter)
    assert refused.value.reason.startswith(reason)


def test_front_matter_that_is_not_yaml_is_dropped_and_the_article_kept() -> None:
    meta, rest = split_front_matter("---\ntitle: [unclosed\n---\n\nIran met Russia.\n")
    assert meta.title is None and rest == "\nIran met Russia.\n"
