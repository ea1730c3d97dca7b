"""Shared fixtures: the bundled article's records, built once per session."""

from __future__ import annotations

import signal

import pytest

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store

# A suite started in the background (`make test &`) inherits Ctrl+C ignored, and so would
# every personae it starts: the Ctrl+C tests would then prove nothing. A terminal's Ctrl+C
# is what they stand for, so the suite answers it as a foreground one does.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


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
