"""The JSON export's escapes, found in orjson's UTF-8 bytes: exactly the characters that
could act on a terminal (personae.store.text.UNPRINTABLE), and never by decoding the whole
export into a string (a large store's export would take up to four times its size again)."""

from __future__ import annotations

import orjson

from personae.store.export import terminal_safe_json
from personae.store.text import UNPRINTABLE, UNPRINTABLE_UTF8


def test_the_bytes_found_are_exactly_the_characters_a_terminal_could_act_on() -> None:
    # C0 controls are orjson's to escape; every other code point is checked here.
    for point in range(0x20, 0x110000):
        if 0xD800 <= point <= 0xDFFF:
            continue  # surrogates are no characters UTF-8 can hold
        char = chr(point)
        in_text = UNPRINTABLE.fullmatch(char) is not None
        in_bytes = UNPRINTABLE_UTF8.fullmatch(char.encode("utf-8")) is not None
        assert in_text == in_bytes, hex(point)


def test_del_in_an_otherwise_plain_export_is_escaped() -> None:
    out = terminal_safe_json({"title": "Talks\x7fend"})
    assert b"\x7f" not in out
    assert orjson.loads(out) == {"title": "Talks\x7fend"}


def test_guard_every_mark_is_escaped_and_the_rest_kept_as_written() -> None:
    value = {"text": "Iran \u202eevil\u202c \x85 zero\u200bwidth \ufeff — é 漢字 👩"}
    out = terminal_safe_json(value, option=orjson.OPT_INDENT_2)
    assert orjson.loads(out) == value
    for mark in ("\u202e", "\u202c", "\x85", "\u200b", "\ufeff"):
        assert mark.encode("utf-8") not in out
    assert "é 漢字 👩".encode() in out
