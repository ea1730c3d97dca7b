"""Fixtures for the hardening tests."""

from __future__ import annotations

import pytest

from personae.store.db import Store


@pytest.fixture(scope="session")
def valid_store_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real store file, built from the bundled article."""
    path = tmp_path_factory.mktemp("valid") / "personae.json"
    Store.open_or_create(path).close()
    return path.read_bytes()
