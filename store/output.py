"""Writing an export where the reader asked, without ever clobbering what is there.

Atomic replace is right for a regular file and wrong for everything else: renamed over,
a device node becomes a plain file (``/dev/null`` so replaced breaks the machine), a pipe
leaves its reader waiting for bytes that went elsewhere, and a link stops being a link.
So a pipe, device or socket is written into; a link is followed and its target replaced;
and a file personae keeps for its store (the catalog, its lock, temporaries, backups, the
pieces folder and anything in it: pieces, the catalog's buckets) is refused, whatever name
or link leads to it.
"""

from __future__ import annotations

import os
import re
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from personae.store.folder import BUCKET_NAME
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError, atomic_write, kind_of_file

#: What to do when ``-o`` cannot be written: the export's own option, not ``--db``.
ADVICE = "give -o another file, or -o - for standard output"


#: What an export is: its bytes, or a function that writes them into a seekable file (one
#: that may start again, for an export read while a writer commits).
Export = bytes | Callable[[BinaryIO], None]
#: How much of a spooled export is handed on at once.
CHUNK = 1 << 20


def write_export(output: Path, data: Export, store: Path) -> None:
    """Put ``data`` at ``output`` (never one of ``store``'s files), as the rules above say."""
    real = Path(os.path.realpath(output))
    owned = owned_by_store(real, store)
    if owned:
        raise StoreError(
            f"-o {output} is {owned} ({real}), a file personae keeps; nothing was written. "
            "Give -o another file."
        )
    try:
        info = real.stat()
    except FileNotFoundError:
        if not real.parent.is_dir():
            raise StoreError(
                f"cannot write {output}: the folder {real.parent} does not exist; "
                f"create it, or {ADVICE}."
            ) from None
        atomic_write(real, data, advice=ADVICE)
        return
    except OSError as exc:
        raise StoreError(f"cannot write {output} ({exc.strerror}); {ADVICE}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"{output} is a folder; give a file name to -o.")
    if stat.S_ISREG(info.st_mode):
        atomic_write(real, data, advice=ADVICE)
        return
    try:
        if stat.S_ISSOCK(info.st_mode):
            _send(output, data)  # the name as given: a socket's path has a short limit
        else:
            _write_into(real, data)
    except OSError as exc:
        raise StoreError(
            f"cannot write into {output}, {kind_of_file(info.st_mode)} ({exc.strerror}); {ADVICE}."
        ) from exc


def owned_by_store(real: Path, store: Path) -> str | None:
    """What ``real`` (links resolved) is to the store, if it is one of the files personae
    keeps for it: the store itself, its lock, a temporary file of a write, a backup, the
    folder of its pieces or any name in that folder (a piece, a bucket of the catalog, or
    one a commit may write)."""
    store = Path(os.path.realpath(store))
    if real == store or _same_file(real, store):
        return "the store"
    pieces = pieces_folder(store)
    if real == pieces or _same_file(real, pieces):
        return "the folder of the store's pieces"
    if pieces in real.parents or _same_file(real.parent, pieces):
        if BUCKET_NAME.fullmatch(real.name):
            return "a bucket of the store's catalog"
        return "a name in the folder of the store's pieces"
    if real.parent != store.parent:
        return None
    base = re.escape(store.name)
    for pattern, what in (
        (rf"{base}\.lock", "the store's lock file"),
        (rf"\.{base}\..+\.tmp", "a temporary file of the store"),
        (rf"{base}\.schema\d+\.bak", "a backup of the store"),
    ):
        if re.fullmatch(pattern, real.name, re.DOTALL):
            return what
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def chunks(data: Export) -> Iterator[bytes]:
    """The export's bytes a part at a time; one written by a function is built whole in a
    temporary file first (a pipe cannot take back what it was given, should the export
    start again)."""
    if isinstance(data, bytes):
        yield data
        return
    try:
        with tempfile.TemporaryFile() as spool:
            data(spool)
            spool.seek(0)
            while part := spool.read(CHUNK):
                yield part
    except OSError as exc:
        raise StoreError(
            f"cannot build the export in {tempfile.gettempdir()} ({exc.strerror}); "
            "make room there, set TMPDIR to a folder with room, or give -o a file."
        ) from exc


def _write_into(path: Path, data: Export) -> None:
    """A pipe or a device: opened for writing and written to, the node left as it is."""
    fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    try:
        for part in chunks(data):
            view = memoryview(part)
            while view:
                view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _send(path: Path, data: Export) -> None:
    """A socket cannot be opened as a file: connect to whoever listens there and send."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.connect(os.fspath(path))
        for part in chunks(data):
            conn.sendall(part)
