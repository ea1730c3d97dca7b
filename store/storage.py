"""A TinyDB storage that parses its JSON file once and only ever replaces it whole.

TinyDB's own JSONStorage re-reads the file on nearly every query and rewrites it in
place, so a crash mid-write leaves half a file.  Here a write goes to a temporary file
in the same folder, is fsynced and renamed over the file, so a reader (or a crash)
only ever sees the old file or the new one.
The store's catalog root is kept this way; its pieces and buckets, many new files a
commit, go through ``write_new_files``: the same temporary files and renames, with the
flushes to disk made together.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb.storages import Storage

Tables = dict[str, dict[str, Any]]
#: Which version of the file: (inode, size, mtime).  A replace always makes a new inode.
Stamp = tuple[int, int, int]

#: One file of the store (its catalog, one of its pieces, or a whole store of the first
#: layout) larger than this is refused before it is read, and no write may make one larger
#: (so a store never locks its reader out).  The store as a whole has no limit but the disk.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Files flushed to disk at once by ``write_new_files``.  Each fsync waits for the disk;
#: several in flight share that wait (the file system commits them together).
SYNC_THREADS = 4
#: Files one of those threads flushes, one after the other, for each hand-over: handing
#: each file over on its own (a queue, a thread woken) cost the writer's process some 15%
#: of its CPU in writing a commit's files, and a commit's flushes take no longer in groups
#: of this size.
SYNC_TOGETHER = 8


class StoreError(Exception):
    """A problem with the store file, phrased for the reader: what, and what to do."""


class AtomicJSONStorage(Storage):
    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: Tables | None = None
        self._stamp: tuple[int, int, int] | None = None

    # -- reading ------------------------------------------------------------------------

    def read(self) -> Tables | None:
        if self._cache is None or self.changed_on_disk():
            self._cache = None  # a file that fails to load must not leave the old one standing
            self._cache = self._load()
        return self._cache

    def read_version(self) -> tuple[Tables | None, Stamp | None]:
        """One whole version of the file and its stamp, handed over to a reader that keeps
        its own copy (records built from it): from memory if current, else from one read.

        Nothing is kept here afterwards, so the explorer does not hold the parsed file
        besides the records it built; the next ``read()`` parses it again.
        """
        tables = self.read()
        self._cache = None
        return tables, self._stamp

    @property
    def stamp(self) -> Stamp | None:
        """Identity of the file as last read or written (inode, size, mtime)."""
        return self._stamp

    def changed_on_disk(self) -> bool:
        """True when the file on disk is not the version last read or written here."""
        return self._file_stamp() != self._stamp

    def _file_stamp(self) -> Stamp | None:
        try:
            return _stamp_of(self.path.stat())
        except FileNotFoundError:
            return None

    def _load(self) -> Tables | None:
        """Read one version: open the file once, and take its stamp and bytes from that."""
        try:
            data = read_whole(self.path, self._note_stamp)
        except FileNotFoundError:
            self._stamp = None
            return None
        return parse_tables(self.path, data)

    def _note_stamp(self, stamp: Stamp) -> None:
        self._stamp = stamp  # even if reading fails after: told once per version

    # -- writing ------------------------------------------------------------------------

    def write(self, data: Tables) -> None:
        self._cache = data
        self._flush(data)

    def _flush(self, data: Tables) -> None:
        try:
            encoded = orjson.dumps(data)
            refuse_oversized(self.path, encoded)
            self._stamp = atomic_write(self.path, encoded)
        except BaseException:
            self._cache = None  # what is in memory may be ahead of the disk: forget it
            raise

    def forget(self) -> None:
        """Drop what is in memory: after a failed commit it may be ahead of the disk."""
        self._cache = None

    def close(self) -> None:
        self.forget()


def read_whole(path: Path, on_stamp: Callable[[Stamp], None] | None = None) -> bytes:
    """The bytes of one version of ``path``, opened once (``on_stamp`` hears which version).

    A pipe, a device or a file over the size limit is refused from its descriptor before a
    byte is read.  A missing file raises FileNotFoundError: what that means is the caller's.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except PermissionError as exc:
        raise StoreError(f"{path} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror}.") from exc
    try:
        info = os.fstat(fd)
        if on_stamp is not None:
            on_stamp(_stamp_of(info))
        refuse_unusable(path, info)
        with open(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror}.") from exc
    finally:
        os.close(fd)


def parse_tables(path: Path, data: bytes) -> Tables:
    """Parse a store file, refusing anything that is not TinyDB's shape with a clear reason."""
    if not data.strip():
        raise StoreError(f"{path} is empty, not a personae store; move it aside or pass --db.")
    if b"\x00" in data[:4096]:
        raise StoreError(f"{path} is a binary file, not a personae store; pass --db.")
    try:
        tables = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise StoreError(
            f"{path} is corrupt (not valid JSON: {exc.msg} at byte {exc.pos}); "
            "move it aside and restore a backup if you have one, or pass --db."
        ) from exc
    if not isinstance(tables, dict) or not all(_is_table(t) for t in tables.values()):
        raise StoreError(f"{path} is JSON but not a personae store; move it aside or pass --db.")
    return tables


def _is_table(table: object) -> bool:
    """TinyDB's shape: ``{"<doc id>": {record}}`` with integer ids; anything else breaks it."""
    return isinstance(table, dict) and all(
        isinstance(doc, dict) and key.isdigit() and key.isascii() for key, doc in table.items()
    )


def refuse_oversized(path: Path, encoded: bytes) -> None:
    """No write makes a file that its reader would then refuse."""
    if len(encoded) > MAX_FILE_BYTES:
        raise StoreError(
            f"this change would grow {path} to {len(encoded) / 2**20:.0f} MiB, past the "
            f"{MAX_FILE_BYTES / 2**20:.0f} MiB personae reads from one file; nothing was "
            "changed. Put further articles in another store with --db."
        )


def atomic_write(
    path: Path,
    data: bytes | Callable[[BinaryIO], None],
    *,
    advice: str = "pass --db",
    sync_folder: bool = True,
) -> Stamp:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file:
    bytes, or what a function writes into the (seekable) temporary file.

    A link is followed: its target is replaced and the link kept.  Only a regular file is
    ever renamed over; a pipe, a device or a socket is refused (a caller that means to write
    into one opens it).  ``advice`` says where else to write, should this place refuse.
    ``sync_folder=False`` leaves the folder's fsync to a caller writing several files.
    Returns the stamp of what was written.
    """
    path = real_path(path)
    folder = path.parent
    with contextlib.suppress(FileNotFoundError):
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(
                f"{path} is {kind_of_file(info.st_mode)}, not a regular file; nothing was "
                f"changed. {_sentence(advice)}"
            )
        if not info.st_mode & 0o222:
            raise StoreError(
                f"{path} is read-only; nothing was changed. Make it writable or {advice}."
            )
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreError(_write_problem(path, exc, advice)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            written = _stamp_of(os.fstat(handle.fileno()))  # a rename keeps inode and mtime
        with contextlib.suppress(OSError):
            os.chmod(tmp, _mode_of(path))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StoreError(_write_problem(path, exc, advice)) from exc
        raise
    if sync_folder:
        fsync_folder(folder)
    return written


def write_new_files(folder: Path, files: Mapping[str, bytes]) -> None:
    """Write each of ``files`` (name -> bytes) into ``folder`` as ``atomic_write`` writes
    one file: all of them flushed to disk and renamed into place, and the folder flushed,
    before this returns; on any failure the temporaries are removed (files already renamed
    are the caller's to remove).

    The names are new ones (a store's pieces and buckets), so no link is followed and no
    old file checked.  The files are flushed on a few threads while the next ones are
    written, ``SYNC_TOGETHER`` to a thread, and the renames come once every flush is done:
    one fsync after another made each file wait for the disk in turn, and the next file's
    creation with it.

    A commit writes a hundred files or so, and the writer does nothing else meanwhile: each
    is made with the fewest calls (``_new_temporary``) and written from its bytes as they
    are, with no file object around the descriptor.
    """
    written: list[tuple[str, str]] = []  # (temporary, final path)
    syncing: list[Future[None]] = []
    unsent: list[tuple[int, str]] = []  # (descriptor, final path): not handed to a thread yet
    prefix, suffix = os.path.join(folder, ""), f".{os.getpid()}.tmp"
    at = ""
    try:
        for name, data in files.items():
            at = prefix + name
            fd, tmp = _new_temporary(prefix, name, suffix)
            try:
                _write_all(fd, data)
            except BaseException:
                _close_quietly(fd)
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            written.append((tmp, at))
            unsent.append((fd, at))
            if len(unsent) >= SYNC_TOGETHER:
                group, unsent = unsent, []
                _hand_over(group, syncing)
        if unsent:
            group, unsent = unsent, []
            _hand_over(group, syncing)
        for synced in syncing:
            try:
                synced.result()
            except _NotFlushed as failed:
                at = failed.at  # a failure names the file it was at
                raise failed.cause from None
        for tmp, at in written:  # a failure names the file it was at
            os.replace(tmp, at)
    except BaseException as exc:
        for fd, _ in unsent:
            _close_quietly(fd)
        for synced in syncing:
            with contextlib.suppress(BaseException):
                synced.result()  # their descriptors closed before their temporaries go
        for tmp, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StoreError(_write_problem(Path(at or folder), exc, "pass --db")) from exc
        raise
    fsync_folder(folder)


def _hand_over(group: list[tuple[int, str]], syncing: list[Future[None]]) -> None:
    """Have a thread flush and close ``group`` (descriptor, path); closed here if none can."""
    try:
        syncing.append(_sync_pool().submit(_sync_and_close, group))
    except BaseException:
        for fd, _ in group:
            _close_quietly(fd)
        raise


class _NotFlushed(Exception):
    """A file of those a thread flushes could not be: which, and why."""

    def __init__(self, at: str, cause: OSError) -> None:
        super().__init__(at)
        self.at, self.cause = at, cause


#: How a temporary file is made: new (never one that is there), for this user alone (as
#: ``tempfile.mkstemp`` makes it; the file keeps that mode once renamed), not inherited.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_BINARY", 0)


def _new_temporary(prefix: str, name: str, suffix: str) -> tuple[int, str]:
    """A new temporary file for ``name`` in the folder ``prefix`` ends with: its descriptor
    and path, ``.<name><suffix>`` (``suffix``: ``.<this process's id>.tmp``), as the sweeps
    of killed writes know it.

    One call where ``tempfile.mkstemp`` drew a random name first (with the file object
    once around the descriptor, some 0.1 ms of the writer's CPU a file): the writer holds
    the store's lock, so no other process writes these names, and a name that is there all
    the same (a killed writer's, with our process id) is left to ``mkstemp``, which picks
    another."""
    tmp = f"{prefix}.{name}{suffix}"
    try:
        return os.open(tmp, _NEW_FILE, 0o600), tmp
    except FileExistsError:
        return tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=prefix)


def _write_all(fd: int, data: bytes) -> None:
    """All of ``data`` into ``fd`` (a write may take less than it is given)."""
    view, done = memoryview(data), 0
    while done < len(view):
        written = os.write(fd, view[done:])
        if not written:  # never for a file on a disk; a device could, and must not hang us
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        done += written


def remove_files(paths: Iterable[Path]) -> None:
    """Delete each of ``paths``, a few at once (on some disks a deletion waits for the disk),
    all done when this returns; one already gone, or that cannot be deleted, is left.

    ``SYNC_TOGETHER`` go to a thread at a time, as flushes do: a commit deletes the fifty
    or so files the one before it retired, and handing each over on its own cost the
    writer's process about as much CPU as the deletions themselves."""
    listed = list(paths)
    groups = [listed[at : at + SYNC_TOGETHER] for at in range(0, len(listed), SYNC_TOGETHER)]
    for _ in _sync_pool().map(_unlink_quietly, groups):
        pass


def _unlink_quietly(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


_pools: dict[int, ThreadPoolExecutor] = {}


def _sync_pool() -> ThreadPoolExecutor:
    """This process's flushing threads (a forked child gets its own: threads do not fork)."""
    pool = _pools.get(os.getpid())
    if pool is None:
        _pools.clear()
        pool = _pools[os.getpid()] = ThreadPoolExecutor(
            SYNC_THREADS, thread_name_prefix="personae-fsync"
        )
    return pool


def _sync_and_close(files: list[tuple[int, str]]) -> None:
    """Flush each of ``files`` (descriptor, path) and close it; after one that could not be
    flushed, the rest are only closed (the write has failed), and that one is told."""
    failed: _NotFlushed | None = None
    for fd, at in files:
        try:
            if failed is None:
                os.fsync(fd)
        except OSError as exc:
            failed = _NotFlushed(at, exc)
        finally:
            _close_quietly(fd)
    if failed is not None:
        raise failed


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def real_path(path: Path) -> Path:
    """The file ``path`` names, links followed; ``path`` itself when no link is involved."""
    real = Path(os.path.realpath(path))
    return path if real == Path(os.path.abspath(path)) else real


def refuse_unusable(path: Path | str, info: os.stat_result) -> None:
    """Refuse, from its size and kind alone, a file that cannot be a store we may read."""
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(
            f"{path} is {kind_of_file(info.st_mode)}, not a store file; pass --db FILE."
        )
    if info.st_size > MAX_FILE_BYTES:
        raise StoreError(
            f"{path} is {info.st_size / 2**20:.0f} MiB, over the "
            f"{MAX_FILE_BYTES / 2**20:.0f} MiB personae reads from one file; split your "
            "articles across stores with --db."
        )


def kind_of_file(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete what a writer killed between writing its temporary file and renaming it left.

    Only call this holding the store's writer lock: then no other writer can be mid-write.
    """
    removed = []
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed


def _mode_of(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def fsync_folder(folder: Path) -> None:
    """Make renames and deletions in ``folder`` durable (best effort: not every system can)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _stamp_of(info: os.stat_result) -> Stamp:
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _write_problem(path: Path, exc: OSError, advice: str) -> str:
    if exc.errno == errno.ENOSPC:
        return f"the disk holding {path} is full; nothing was changed. Free some space and retry."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{path} cannot be written ({exc.strerror}); nothing was changed. {_sentence(advice)}"
        )
    return f"{path} could not be written ({exc.strerror}); nothing was changed."


def _sentence(advice: str) -> str:
    return f"{advice[:1].upper()}{advice[1:]}."
