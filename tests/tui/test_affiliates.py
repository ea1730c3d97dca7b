"""Selecting a state lights up the people and offices that belong to it: marked in the actor
list, their mentions highlighted (quieter than the state's own), their relations listed."""

from __future__ import annotations

from extracted_app import ARTICLE, HIGH, LOW, MEDIUM, MINISTERS, extracted_corpus, make_app
from screen_text import screen_lines, styled_words

from personae.tui.state import AFFILIATE_GLYPHS, PIN_GLYPHS
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_layout import AFFILIATE_MARK, PASSAGE_MARK
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList

WIDE = (120, 40)


def actor_row(actors: ActorList, entity_id: str) -> str:
    return actors.options[actors.get_option_index(entity_id)].prompt.plain


def test_the_corpus_knows_who_belongs_to_whom_in_an_article() -> None:
    corpus = extracted_corpus()
    assert [e.id for e in corpus.affiliates_of("iran", ARTICLE)] == ["abbas-araghchi"]
    assert [e.id for e in corpus.affiliates_of("russia", ARTICLE)] == ["sergei-lavrov"]
    assert corpus.affiliates_of("china", ARTICLE) == ()
    assert corpus.affiliates_of("iran", "another-article") == ()


async def test_the_actor_list_marks_the_actors_belonging_to_the_selected_one() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        assert actor_row(actors, "abbas-araghchi").startswith("  ")
        app.explorer.select_actor("iran")
        await pilot.pause()
        assert actor_row(actors, "iran").startswith(PIN_GLYPHS[0])
        assert actor_row(actors, "abbas-araghchi").startswith(AFFILIATE_GLYPHS[0])
        assert actor_row(actors, "sergei-lavrov").startswith("  ")  # Russia's, not Iran's
        app.explorer.selection = app.explorer.selection.toggled("russia")
        await pilot.pause()
        assert actor_row(actors, "sergei-lavrov").startswith(AFFILIATE_GLYPHS[1])
        await pilot.press("escape")
        assert actor_row(actors, "abbas-araghchi").startswith("  ")


async def test_their_mentions_are_highlighted_quieter_than_the_selected_actor() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        styles = dict(styled_words(view))
        iran, minister = styles["Iran"], styles["Abbas Araghchi"]
        assert iran.bold and iran.underline
        # not by colour alone: italic and underlined, and not bold like the state itself
        assert minister.italic and minister.underline and not minister.bold
        assert "Sergei Lavrov" not in styles
        lines = [line for line in screen_lines(view) if line.strip()]
        urged = next(line for line in lines if "urged" in line)
        assert urged.startswith(AFFILIATE_MARK)  # names the minister, not Iran
        met = next(line for line in lines if "met" in line)
        assert met.startswith(PASSAGE_MARK)  # names Iran itself: the stronger mark


async def test_one_selected_actor_lists_the_relations_of_those_belonging_to_it() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        listed = [row.id for row in relations.options if row.id]
        assert MINISTERS in listed and MEDIUM in listed
        row = relations.options[relations.get_option_index(MEDIUM)].prompt.plain
        assert f"{AFFILIATE_GLYPHS[0]} Abbas Araghchi → European Union" in " ".join(row.split())


async def test_two_pinned_states_list_what_their_people_did_to_each_other() -> None:
    app = make_app(select=["Iran", "Russia"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        listed = [row.id for row in relations.options if row.id]
        # Iran's minister met Russia's: between the two; his appeal to the EU and
        # Israel's accusation are not
        assert listed == [HIGH, MINISTERS]
        assert LOW not in listed and MEDIUM not in listed
        row = " ".join(relations.options[1].prompt.plain.split())
        assert f"{AFFILIATE_GLYPHS[0]} Abbas Araghchi → {AFFILIATE_GLYPHS[1]} Sergei Lavrov" in row
