"""The domain layer stays free of the user interface."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_store_never_imports_textual() -> None:
    modules = sorted(
        ".".join(("personae", *p.relative_to(ROOT).with_suffix("").parts))
        for p in (ROOT / "store").rglob("*.py")
        if p.name != "__init__.py"
    )
    assert "personae.store.db" in modules and "personae.store.ingest.extract" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(leaked))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"store/ pulled in {done.stdout.strip()}"


def test_assets_hold_data_only() -> None:
    code = [p.name for p in (ROOT / "assets").rglob("*") if p.suffix in {".py", ".pyc", ".sh"}]
    assert code == []
