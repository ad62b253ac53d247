"""Writing files so that readers never see half of one, nor half of a set of them.

Every file is first written whole to a temporary name beside its target
(`.NAME.XXXX.tmp`), flushed to disk, then renamed into place. A set of files
(`atomic_write_all`) is renamed only once every member is written, with
SIGINT/SIGTERM held back during the renames, and put back as it was if a
rename fails: a build that fails or is interrupted leaves the previous
exports as they were, and no temporary file behind. Some members of a set may
be written by a forked copy of the process at the same time as the others
(`apart`): the set is still renamed only once both have written theirs.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

from kg.errors import OutputError


def _payload(data):
    return data.encode("utf-8") if isinstance(data, str) else data


def _new_temp(path: Path) -> tuple[int, Path]:
    """A new temporary file beside `path`: (its open descriptor, its path)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    return fd, Path(tmp)


def _fill(fd: int, tmp: Path, path: Path, payload) -> Path:
    """`payload` (bytes, or a function that writes to a binary file) written and flushed to the
    temporary file `tmp` (open as `fd`) of `path`; removed if that fails."""
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
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
        raise
    return tmp


def _write_temp(path: Path, payload) -> Path:
    """`payload` written and flushed to a new temporary file beside `path`."""
    return _fill(*_new_temp(path), path, payload)


class _Apart:
    """Files written by a forked copy of this process while this one writes the others (the
    page and the RDF files of a build take about as long). The copy reports a failure as one
    line on a pipe and leaves with os._exit: nothing of this process runs twice."""

    def __init__(self, files: dict, temps: dict):
        self.pid = None
        if not files:
            return
        opened = {}
        try:
            for path in files:
                fd, tmp = opened[path] = _new_temp(path)
                temps[path] = tmp
            read, write = os.pipe()
        except BaseException:
            for fd, _tmp in opened.values():
                os.close(fd)
            raise
        self.pid = os.fork()
        if self.pid == 0:  # the copy: whatever happens, it ends here
            code = 1
            try:
                code = self._write(files, opened, write)
            finally:
                os._exit(code)
        os.close(write)
        for fd, _tmp in opened.values():
            os.close(fd)
        self.read, self.paths = read, list(files)

    @staticmethod
    def _write(files: dict, opened: dict, pipe: int) -> int:
        """(In the copy) write `files`; the exit code, any failure told on `pipe` in one line."""
        code, message = 0, ""
        try:
            for path, payload in files.items():
                _fill(*opened[path], path, _payload(payload))
        except KeyboardInterrupt:
            code = 130
        except OutputError as exc:
            code, message = 1, str(exc)
        except BaseException as exc:  # noqa: BLE001 - a bug: its traceback, and one line to the parent
            import traceback
            traceback.print_exc()
            code, message = 1, f"{path}: cannot write it ({type(exc).__name__}: {exc})"
        os.write(pipe, message.encode("utf-8", "replace")[:4000])
        return code

    def wait(self) -> None:
        """Wait for the copy; OutputError (or KeyboardInterrupt) if it did not write its files."""
        if self.pid is None:
            return
        _pid, status = os.waitpid(self.pid, 0)
        self.pid = None
        with os.fdopen(self.read, "rb") as pipe:
            message = pipe.read().decode("utf-8", "replace")
        code = os.waitstatus_to_exitcode(status)
        if code == 130:
            raise KeyboardInterrupt
        if code != 0:
            where = ", ".join(map(str, self.paths))
            raise OutputError(message or f"{where}: the process writing it stopped ({code})")

    def stop(self) -> None:
        """End the copy if it still runs (this process failed or was interrupted)."""
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            with contextlib.suppress(OSError):
                os.close(self.read)
            self.pid = None


def can_fork() -> bool:
    """Can files be written by a forked copy of this process (Linux, more than one CPU)?"""
    return sys.platform == "linux" and hasattr(os, "fork") and (os.cpu_count() or 1) > 1


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


def atomic_write_all(files: dict, apart=()) -> list[Path]:
    """Write every file of `files` (path → content: str, bytes, or a function that writes
    to a binary file, for files too large to hold in memory), all or none. The files of `apart`
    are written by a forked copy of the process at the same time as the others.

    All contents go to temporary files first; only then are they renamed into
    place. If anything fails (or the process is interrupted) before the renames,
    no target is touched and the temporary files are removed; if a rename fails,
    the targets already replaced get their previous content back."""
    targets = [Path(p) for p in files]
    temps: dict[Path, Path] = {}
    backups: dict[Path, Path | None] = {}
    apart = set(map(Path, apart))
    copy = None
    try:
        copy = _Apart({p: data for p, data in zip(targets, files.values()) if p in apart}, temps)
        for path, data in zip(targets, files.values()):
            if path not in apart:
                temps[path] = _write_temp(path, _payload(data))
        copy.wait()
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
        if copy is not None:
            copy.stop()
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
