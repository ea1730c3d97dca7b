"""The pieces folder's files: what their names look like, and reading, writing and
sweeping them.

Every file a store keeps beside its root is in one folder and written once: an article's
piece (store/pieces.py), a bucket of the catalog (store/buckets.py), a pack of actor
buckets (store/actors.py), the reader's layer (store/layer_file.py).  A commit writes its
new files whole before the root that names them; the writer deletes what no root names
(what a killed writer left, what a commit retired), and only files of those shapes.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

import orjson

from personae.store import storage
from personae.store.storage import (
    StoreError,
    Tables,
    fsync_folder,
    read_whole,
    refuse_oversized,
    remove_files,
    write_new_files,
)

#: What a catalog may name as a piece: a plain file name in the pieces folder, never a path.
PIECE_NAME = re.compile(r"[0-9a-f]{16}-[0-9]+\.json")
#: The catalog's bucket files (store/buckets.py) share the folder: ``catalog-<bucket>-<commit>``.
BUCKET_NAME = re.compile(r"catalog-([0-3][0-9a-f]{2})-([0-9]+)\.json")
#: And the actor registry's packs of buckets (store/actors.py): ``actors-<commit>``.
ACTORS_NAME = re.compile(r"actors-([0-9]+)\.json")
#: And the reader's layer of corrections (store/corrections.py): ``reviewed-<commit>``.
LAYER_NAME = re.compile(r"reviewed-([0-9]+)\.json")
#: A commit in progress, made before the commit writes its first file into the folder and
#: removed once its root is in place: a writer killed in between leaves it (``.writing-<n>``
#: for commit n), and the next writer then goes through the folder for what it left.
WRITING_NAME = re.compile(r"\.writing-[0-9]+")
_SHAPES = (PIECE_NAME, BUCKET_NAME, ACTORS_NAME, LAYER_NAME)


def _ours(name: str) -> bool:
    """A piece, a bucket or a layer file: the only names the folder's writer ever deletes."""
    return any(shape.fullmatch(name) for shape in _SHAPES)


def _commit_of(name: str) -> int:
    """The commit that wrote piece or bucket file ``name`` (0 for a temporary file)."""
    return int(name.rsplit("-", 1)[1].split(".")[0]) if _ours(name) else 0


def _temporary(name: str) -> bool:
    """A write in progress, or a killed one's: ``.<piece or bucket>.<random>.tmp``."""
    if not (name.startswith(".") and name.endswith(".tmp")):
        return False
    return any(shape.match(name[1:]) for shape in _SHAPES)


def writing_marker(commit: int) -> str:
    """The name of the file that says commit ``commit`` is being written."""
    return f".writing-{commit}"


class StoreFolder:
    """The folder of one store's files written once (``folder=None``: in memory, for tests)."""

    def __init__(self, folder: Path | None, store_name: str) -> None:
        self.folder = folder
        self._prefix = "" if folder is None else os.path.join(folder, "")
        """The folder's path as text, ending in its separator: a piece's path is one join."""
        self._store_name = store_name
        self._in_memory: dict[str, bytes] = {}
        self._left: tuple[int, int, int] | None = None
        """The folder's inode, modification and change times when this writer last left it
        (None: it has not gone through the folder yet, as at its first commit)."""
        self._writing: str | None = None
        """The marker of the commit this writer is writing, once made."""

    # -- reading ------------------------------------------------------------------------

    def stamp(self, name: str) -> tuple[int, int, int] | None:
        """The file's inode, size and modification time (None: not there, or in memory)."""
        try:
            info = os.stat(self._prefix + name) if self.folder is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_ino, info.st_size, info.st_mtime_ns)

    def size(self, name: str) -> int | None:
        """How many bytes the file holds (None: not there)."""
        if self.folder is None:
            data = self._in_memory.get(name)
            return None if data is None else len(data)
        stamp = self.stamp(name)
        return None if stamp is None else stamp[1]

    def read_slice(
        self, name: str, offset: int, length: int, opened: dict[str, int] | None = None
    ) -> bytes:
        """``length`` bytes of file ``name`` from ``offset`` (an actor bucket in a pack,
        store/actors.py): FileNotFoundError if it is not there, a StoreError if it cannot
        be read or is shorter than that.  ``opened`` keeps the file open for the next
        slice (a commit reads hundreds of buckets of a few packs); its owner closes them."""
        if self.folder is None:
            if name not in self._in_memory:
                raise FileNotFoundError(name)
            data = self._in_memory[name][offset : offset + length]
        else:
            path = self._prefix + name
            fd = None if opened is None else opened.get(name)
            try:
                if fd is None:
                    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
                    if opened is not None:
                        opened[name] = fd  # closed by its owner, whatever happens next
                info = os.fstat(fd)
                storage.refuse_unusable(path, info)
                if offset + length > info.st_size:  # never asks for more than is there
                    raise StoreError(f"{path} is shorter than the store's root says.")
                data = os.pread(fd, length, offset)
            except FileNotFoundError:
                raise
            except OSError as exc:
                raise StoreError(f"{path} cannot be read: {exc.strerror}.") from exc
            finally:
                if opened is None and fd is not None:
                    os.close(fd)
        if len(data) != length:
            raise StoreError(f"{self.path_of(name)} is shorter than the store's root says.")
        return data

    def read_bytes(self, name: str) -> bytes:
        """The bytes of the file ``name`` in the folder; FileNotFoundError if it is not there.

        A plain file under the size limit is read with the fewest calls (a store's first
        read opens thousands of these); anything else goes through ``read_whole``, whose
        refusals name what is wrong."""
        if self.folder is None:
            if name not in self._in_memory:
                raise FileNotFoundError(name)
            return self._in_memory[name]
        try:
            fd = os.open(self._prefix + name, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except FileNotFoundError:
            raise
        except OSError:
            return read_whole(self.folder / name)
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_size <= storage.MAX_FILE_BYTES:
                data = os.read(fd, info.st_size + 1)
                if len(data) <= info.st_size:  # a file's read stops short only at its end
                    return data
                chunks = [data]  # it grew since: read on to its end
                while chunks[-1]:
                    chunks.append(os.read(fd, 1 << 16))  # mostly empty: kept small
                return b"".join(chunks)
        except OSError:
            pass
        finally:
            os.close(fd)
        return read_whole(self.folder / name)

    def path_of(self, name: str) -> str:
        return name if self.folder is None else self._prefix + name

    def advice(self) -> str:
        return (
            f"restore the store and its {self.folder.name if self.folder else 'pieces'} "
            "folder from a backup, or start a new store with --db"
        )

    # -- writing (only under the store's writer lock) -------------------------------------

    def write(self, pieces: Mapping[str, Tables | bytes]) -> None:
        """Each new piece (or bucket file) whole on disk before the catalog that names them
        replaces the old.  The commit's marker (``writing_marker``) is made first.  A piece
        may come encoded already (see FiledArticle)."""
        if not pieces:
            return
        encoded = {
            name: data if isinstance(data, bytes) else orjson.dumps(data)
            for name, data in pieces.items()
        }
        if self.folder is None:
            self._in_memory.update(encoded)
            return
        largest = max(encoded, key=lambda name: len(encoded[name]))  # if it fits, all do
        refuse_oversized(self.folder / largest, encoded[largest])
        self._make_folder()
        self._mark(max(map(_commit_of, encoded)))
        write_new_files(self.folder, encoded)

    def _mark(self, commit: int) -> None:
        """Say that ``commit`` is being written, before any file of it is (see sweep)."""
        assert self.folder is not None
        marker = writing_marker(commit)
        try:
            os.close(os.open(self.folder / marker, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC))
        except OSError as exc:
            raise StoreError(
                f"{self.folder / marker} could not be written ({exc.strerror}); nothing was "
                "changed. Check that you may write that folder, or pass --db."
            ) from exc
        self._writing = marker

    def done_writing(self) -> None:
        """The commit's root is in place, or what it wrote is removed: its marker goes."""
        if self._writing is not None and self.folder is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.folder / self._writing)
        self._writing = None
        self._left = self._folder_stamp()

    def _folder_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = os.stat(self.folder) if self.folder is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_ino, info.st_mtime_ns, info.st_ctime_ns)

    def remove(self, names: Iterable[str]) -> None:
        """Delete pieces the committed catalog no longer names (a reader still on the old
        catalog notices, and starts again from the new one)."""
        if self.folder is None:
            for name in names:
                self._in_memory.pop(name, None)
        else:
            remove_files(self.folder / name for name in names)

    def sweep(self, named: Collection[str] | None, commit: int) -> None:
        """Delete what a killed writer left: pieces the catalog (at ``commit``) does not name
        (``named`` None: those a commit past ``commit`` wrote, which no catalog names), and
        half-written temporaries; never a file that is not one of ours.

        With ``named`` None the folder is gone through at this writer's first commit, and
        after that only if something changed it since this writer's last commit, or a writer
        was killed in the middle of commit ``commit`` + 1 (its marker is there, whatever the
        clock's resolution): a commit does not list the 100,000 files of a large store.

        A new store (``commit`` 0) finding pieces a later commit wrote refuses instead: they
        belong to a catalog that was moved or deleted, and would be lost, or overwritten."""

        def stray(name: str) -> bool:
            return name not in named if named is not None else _commit_of(name) > commit

        if self.folder is None:
            self.remove([n for n in self._in_memory if stray(n)])
            return
        if (
            named is None
            and self._left is not None
            and self._folder_stamp() == self._left
            and not os.path.lexists(self.folder / writing_marker(commit + 1))
        ):
            return
        try:
            names = os.listdir(self.folder)
        except (FileNotFoundError, NotADirectoryError):
            return
        ours = [
            n
            for n in names
            if (_ours(n) and stray(n)) or _temporary(n) or WRITING_NAME.fullmatch(n)
        ]
        if commit == 0 and any(_commit_of(n) > 1 for n in ours):
            raise StoreError(
                f"{self.folder} holds pieces of a store that {self._store_name} does not "
                "describe (its catalog was moved or deleted?); nothing was changed. Put that "
                "catalog back, or move the folder aside."
            )
        self.remove(ours)

    def _make_folder(self) -> None:
        assert self.folder is not None
        if self.folder.is_dir():
            return
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder {self.folder} for the store's pieces "
                f"({exc.strerror}); nothing was changed. Check that you may write its folder, "
                "or pass --db."
            ) from exc
        fsync_folder(self.folder.parent)
