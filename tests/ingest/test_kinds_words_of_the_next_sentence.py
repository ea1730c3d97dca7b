"""A company word in the sentence after a name, or the next paragraph, describes what that
sentence speaks of, not the name that ended the last one ("... in Stepanakert. Shares in the
state oil company SOCAR rose"); one before a name may still be the last sentence's ("the two
companies. Apple Corps claims")."""

from __future__ import annotations

import pytest
from relation_support import entities_in


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_company_word_after_the_sentence_a_name_ends_is_not_its(gap: str) -> None:
    text = (
        "Human Rights Watch accused Azerbaijan of using cluster munitions in Stepanakert."
        f"{gap}Shares in Azerbaijan's state oil company SOCAR rose on the news."
    )
    found = entities_in(text, "2020-11-10")
    assert found["Stepanakert"].kind != "company"
    assert found["SOCAR"].kind == "company"


def test_guard_a_company_word_after_a_name_in_its_sentence_is_still_its() -> None:
    found = entities_in("The software company Contoso signed a deal with Japan.", "2020-01-01")
    assert found["Contoso"].kind == "company"
