"""stdout for the commands that print: a failed write is an error of its own kind."""

from __future__ import annotations


class OutputError(Exception):
    """Writing to stdout failed (a full disk, an I/O error): not a file the user named."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(exc.strerror or str(exc))


class CheckedOutput:
    """stdout, with a failed write or flush raised as OutputError (a closed pipe stays
    BrokenPipeError, which ends the run quietly), so that the error is one line here and
    not Python's "Exception ignored" at exit, and never a status 0 with the output lost."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str | bytes) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc

    @property
    def buffer(self):
        """The binary stream under it, checked the same way (a writer may send UTF-8
        bytes there as they are)."""
        return CheckedOutput(self._stream.buffer)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
