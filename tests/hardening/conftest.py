"""Fixtures for the hardening tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from personae.store.db import Store


@pytest.fixture(scope="session")
def valid_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store (its catalog, beside it its pieces), built from the bundled article;
    ``hardening_support.copy_store`` puts a copy where a test wants one."""
    path = tmp_path_factory.mktemp("valid") / "personae.json"
    Store.open_or_create(path).close()
    return path


@pytest.fixture(scope="session")
def valid_store_bytes(valid_store: Path) -> bytes:
    """The catalog of a real store: what a test damages to make a bad one."""
    return valid_store.read_bytes()
