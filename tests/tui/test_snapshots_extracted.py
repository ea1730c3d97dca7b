"""Snapshot tests of the explorer on an extracted article built by hand (SVGs in
__snapshots__/): confidence marks, co-mentions kept back, the selected state's people.

Update with ``pytest tests/tui/test_snapshots_extracted.py --snapshot-update`` and look at
every SVG.
"""

from __future__ import annotations

from collections.abc import Callable

from extracted_app import make_app

SnapCompare = Callable[..., bool]


def test_extracted_relations_narrow(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran"]), press=["2"], terminal_size=(80, 24))


def test_extracted_relations_wide(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran"]), terminal_size=(120, 40))
