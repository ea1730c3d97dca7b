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
        await pilot.press("c")  # co-mentions are kept back at first, as in the relations pane
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


async def test_across_keeps_back_what_the_relations_pane_keeps_back() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        rows = app.screen.query_one(AcrossList)

        def listed() -> set[str]:
            return {str(row.id) for row in rows.options}

        comentions = {f"r:{c}" for c in COMENTIONS} & {
            f"r:{r.id}" for r in rows.corpus.relations_of("iran")
        }
        assert comentions and not comentions & listed()
        assert f"{len(comentions)} co-mention" in str(rows.border_subtitle)
        await pilot.press("c")
        assert comentions <= listed()
        assert "hidden" not in str(rows.border_subtitle)
        await pilot.press("l")  # low-confidence relations kept back, as l does in the pane
        assert f"r:{LOW}" not in listed() and f"r:{HIGH}" in listed()
        assert "1 low-confidence (l) hidden" in str(rows.border_subtitle)
        await pilot.press("escape", "c", "g")  # c in the explorer shows co-mentions there ...
        rows = app.screen.query_one(AcrossList)
        assert comentions <= listed()  # ... and so here too
