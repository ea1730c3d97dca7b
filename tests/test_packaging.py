"""What `pip install .` (or pipx, uv tool) puts on a reader's machine: one `personae` package.

The wheel is built from the checkout and unpacked into a folder of its own; the installed
code then runs from there with no site hooks, so the checkout's own folders cannot stand in
for a missing file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIP_WHEEL = (sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP_WHEEL, "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    (built,) = out.glob("personae-*.whl")
    return built


def test_the_wheel_holds_one_personae_package_and_no_development_tools(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.startswith("personae-")}
    assert top_level == {"personae"}
    assert "personae/store/db.py" in names and "personae/tui/app.tcss" in names
    assert "personae/assets/iran-russia-alliance.txt" in names
    shipped = {Path(name).name for name in names}
    assert not {"bench_ingest.py", "build_gazetteer.py", "conftest.py"} & shipped


def test_the_installed_command_works_with_nothing_else_on_the_path(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    libraries = sysconfig.get_paths()["purelib"]  # textual, tinydb...: not personae itself
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(target), libraries]),
        "PERSONAE_DB": str(tmp_path / "store.json"),
    }
    env.pop("PERSONAE_CORPUS", None)
    script = "import sys; from personae.tui.cli import main; sys.exit(main(sys.argv[1:]))"

    def personae(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-S", "-c", script, *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,  # not the checkout: its folders must not be importable
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )

    listed = personae("list")
    assert listed.returncode == 0, listed.stderr
    assert "The Iran-Russia" in listed.stdout or "iran-russia" in listed.stdout
    where = personae("--version")
    assert where.returncode == 0 and where.stdout.startswith("personae ")
    scored = personae("eval")
    assert scored.returncode == 0, scored.stderr
    assert "corpus timelines" not in scored.stdout  # no practice corpus unless one is given
    loaded = subprocess.run(
        [sys.executable, "-S", "-c", "import personae.store.db as m; print(m.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert loaded.stdout.strip().startswith(str(target))
