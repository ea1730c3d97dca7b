"""Shared fixtures: the bundled article's records, built once per session."""

from __future__ import annotations

import pytest

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store


@pytest.fixture(scope="session")
def bundled() -> ArticleRecords:
    return bundled_records()


@pytest.fixture
def memory_store(bundled: ArticleRecords) -> Store:
    store = Store()
    store.put(bundled)
    return store


@pytest.fixture
def corpus(memory_store: Store) -> Corpus:
    return Corpus(memory_store.snapshot())
