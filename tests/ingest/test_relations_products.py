"""A product is no party to a typed relation: a company withdrawing or attacking its own
product does nothing to another actor.  A name the text speaks of as a product (after "the
new" or a verb of releasing, released or priced itself, or before a product's noun) relates
to no one, while an actor of a known kind keeps its relations; so does a weapon named by its
maker's name for it ("Caesar howitzers", "Shahed drones")."""

from __future__ import annotations

from relation_support import stored_in


def _typed(text: str) -> set[tuple[str, str, str]]:
    return stored_in(text, "2011-06-06")


def test_a_product_released_before_is_no_target_of_its_maker() -> None:
    text = "Northwind Inc. withdrew the Zephyr Mini, which was released in 2009."
    assert not {r for r in _typed(text) if "Zephyr Mini" in r}


def test_a_product_called_new_elsewhere_is_no_target() -> None:
    text = "Northwind Inc. withdrew the Zephyr Mini. The new Zephyr Mini had sold poorly."
    assert not {r for r in _typed(text) if "Zephyr Mini" in r}


def test_a_product_named_with_its_noun_in_apposition_is_no_target() -> None:
    text = "Fabrikam Corp. attacked Corvid, its new operating system, at the launch."
    assert not {r for r in _typed(text) if "Corvid" in r}


def test_a_maker_of_products_keeps_its_relations() -> None:
    text = "Tailspin Ltd. criticised Wingtip, a maker of tablets, over the patent."
    assert ("Tailspin Ltd.", "ACCUSE", "Wingtip") in _typed(text)


def test_a_name_that_releases_something_is_no_product() -> None:
    text = "Tailspin released a cheaper tablet on Monday. Fabrikam Corp. sued Tailspin over it."
    assert ("Fabrikam Corp.", "ACCUSE", "Tailspin") in _typed(text)


def test_a_weapon_named_by_its_maker_is_no_party_and_the_promise_goes_to_the_recipient() -> None:
    found = _typed(
        "French President Emmanuel Macron promised on Monday to deliver Caesar howitzers to"
        " Ukraine."
    )
    assert ("Emmanuel Macron", "AGREE", "Ukraine") in found
    assert not any("Caesar" in (s, t) for s, _, t in found)
    assert not any(t == "French President" for _, _, t in found)  # his own title


def test_a_missile_named_by_its_maker_is_no_target() -> None:
    found = _typed("Russia fired Kinzhal missiles at Kyiv on Monday.")
    assert not any("Kinzhal" in (s, t) for s, _, t in found)
