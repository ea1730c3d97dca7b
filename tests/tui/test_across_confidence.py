"""The actor across articles lists an article's relations as the relations pane does:
curated first, then the most trusted extracted ones with their confidence marks, co-mentions
last."""

from __future__ import annotations

from extracted_app import ARTICLE, COMENTIONS, HIGH, LOW, make_app

from personae.tui.format import CONFIDENCE_MARKS
from personae.tui.screens.across import AcrossArticles, AcrossList


async def test_across_rows_are_ordered_by_trust_and_marked() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        ids = [row.id for row in rows.options]
        assert ids[0] == f"a:{ARTICLE}"
        relations = [i for i in ids if i.startswith("r:")]
        # the low-confidence accusation comes first in the text, the high AID after it
        assert relations.index(f"r:{HIGH}") < relations.index(f"r:{LOW}")
        iran_comentions = [f"r:{c}" for c in COMENTIONS if f"r:{c}" in relations]
        assert iran_comentions and all(
            relations.index(c) > relations.index(f"r:{LOW}") for c in iran_comentions
        )
        prompts = {row.id: row.prompt.plain for row in rows.options}
        high, low = prompts[f"r:{HIGH}"], prompts[f"r:{LOW}"]
        assert f"≈{CONFIDENCE_MARKS['high']}" in high and f"≈{CONFIDENCE_MARKS['low']}" in low
