"""Writing files so that readers never see half of one, nor half of a set of them.

Every file is first written whole to a temporary name beside its target
(`.NAME.XXXX.tmp`), flushed to disk, then renamed into place. A set of files
(`atomic_write_all`) is renamed only once every member is written, with
SIGINT/SIGTERM held back during the renames, and put back as it was if a
rename fails: a build that fails or is interrupted leaves the previous
exports as they were, and no temporary file behind.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path

from kg.errors import OutputError


def _payload(data):
    return data.encode("utf-8") if isinstance(data, str) else data


def _write_temp(path: Path, payload) -> Path:
    """`payload` (bytes, or a function that writes to a binary file) written and flushed to a
    new temporary file beside `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(payload):
                payload(fh)
            else:
                fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
        raise
    return Path(tmp)


@contextlib.contextmanager
def signals_held(signums=(signal.SIGINT, signal.SIGTERM)):
    """Hold back SIGINT and SIGTERM in the block; deliver them when it ends.

    Only the main thread can set handlers: elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous = {}
    for signum in signums:
        previous[signum] = signal.signal(signum, lambda n, _frame: arrived.append(n))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(arrived):
            signal.raise_signal(signum)


def atomic_write_all(files: dict) -> list[Path]:
    """Write every file of `files` (path → content: str, bytes, or a function that writes
    to a binary file, for files too large to hold in memory), all or none.

    All contents go to temporary files first; only then are they renamed into
    place. If anything fails (or the process is interrupted) before the renames,
    no target is touched and the temporary files are removed; if a rename fails,
    the targets already replaced get their previous content back."""
    targets = [Path(p) for p in files]
    temps: dict[Path, Path] = {}
    backups: dict[Path, Path | None] = {}
    try:
        for path, data in zip(targets, files.values()):
            temps[path] = _write_temp(path, _payload(data))
        with signals_held():
            done: list[Path] = []
            try:
                for path in targets:
                    backups[path] = _backup(path)
                for path in targets:
                    os.replace(temps[path], path)
                    del temps[path]
                    done.append(path)
            except BaseException as exc:
                for path in reversed(done):
                    _restore(path, backups.get(path))
                if isinstance(exc, OSError):
                    raise OutputError(f"{path}: cannot write it ({exc.strerror or exc}); "
                                      "the previous files were kept") from None
                raise
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
    return targets


def _backup(path: Path) -> Path | None:
    """A hard link to the current `path` (None if there is none), to put it back if needed."""
    if not path.exists():
        return None
    backup = path.with_name(f".{path.name}.{os.getpid()}.bak.tmp")
    backup.unlink(missing_ok=True)
    try:
        os.link(path, backup)
    except OSError:  # no hard links here: copy
        import shutil
        shutil.copy2(path, backup)
    return backup


def _restore(path: Path, backup: Path | None) -> None:
    with contextlib.suppress(OSError):
        if backup is None:
            path.unlink(missing_ok=True)
        else:
            os.replace(backup, path)


def atomic_write(path: str | os.PathLike, data) -> Path:
    """Write `data` (str, bytes, or a function that writes to a binary file) to a temporary
    file beside `path`, then rename it into place."""
    return atomic_write_all({Path(path): data})[0]
