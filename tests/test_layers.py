"""The domain layer stays free of the user interface."""

from __future__ import annotations

import ast
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


def _imported(package: str) -> dict[str, set[str]]:
    """Each module of a package (a folder of the project), and the personae modules it
    imports anywhere in it: at the top, inside a function, or for type checking only."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[str(path.relative_to(ROOT))] = {n for n in names if n.startswith("personae.")}
    return found


#: Who may not import whom: the app opens screens, screens hold widgets, widgets draw
#: the shared state; never the other way round, and the store knows no screen at all.
FORBIDDEN = {
    "store": ("personae.tui",),
    "tui/widgets": ("personae.tui.screens", "personae.tui.app"),
    "tui/screens": ("personae.tui.app",),
}


def test_layers_import_only_downwards() -> None:
    assert "tui/screens/explorer.py" in _imported("tui/screens")
    wrong = [
        f"{module} imports {name}"
        for package, banned in FORBIDDEN.items()
        for module, names in _imported(package).items()
        for name in sorted(names)
        if name.startswith(banned)
    ]
    assert wrong == []


def test_sources_hold_no_control_characters() -> None:
    # a "\b" written where a raw string was meant lands as a backspace: a pattern that then
    # matches nothing, silently (one such guard in readings.py never ran)
    sources = [*(ROOT / "store").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]
    assert len(sources) > 100
    controls = {chr(c) for c in range(32)} - {"\n", "\t"}
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if controls.intersection(line)
    ]
    assert not found, found
