"""Writing exports so that a crash, a full disk or a second writer never leaves a
half-written file, and nothing the user has is overwritten without being asked."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path


def _temp_file(folder: Path, name: str) -> tuple[int, Path]:
    """A new file next to the target (same filesystem, so os.replace is atomic),
    created with the mode the user's umask gives new files."""
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not create a temporary file", str(folder))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write `text` (UTF-8) to `path` all at once: readers see the old file or the new
    one, never a part. Without `overwrite`, an existing file is an error."""
    path = shown = Path(path)
    if overwrite and path.is_symlink():
        # --force onto a link replaces the file it points to, not the link itself
        path = _link_target(path)
    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"folder {folder} does not exist", str(shown))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(shown))
    if path.exists() and not overwrite:
        raise FileExistsError(errno.EEXIST, "already exists", str(shown))
    data = text.encode("utf-8")
    fd, tmp = _temp_file(folder, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp, path.stat().st_mode & 0o7777)  # keep the mode the user gave it
            os.replace(tmp, path)
        else:
            _publish_new(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, FileExistsError) and exc.errno:
            # name the file the user asked for, never the hidden temporary one
            raise OSError(exc.errno, exc.strerror or str(exc), str(shown)) from exc
        raise
    _fsync_folder(folder)


def _link_target(link: Path) -> Path:
    """The file a symbolic link leads to (through every link on the way)."""
    try:
        return link.resolve(strict=False)
    except RuntimeError:  # a loop of links: nothing to write to
        raise OSError(errno.ELOOP, "is a symbolic link that loops back on itself", str(link)) from None


def _publish_new(tmp: Path, path: Path) -> None:
    """Move tmp to path only if path still does not exist: a hard link fails rather
    than clobber a file another program created since the check."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
    except OSError:  # no hard links here (FAT, some network shares): best effort
        if path.exists():
            raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)
