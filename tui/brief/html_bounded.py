"""A web page to markdown within bounds of size and time.

Size: inline images and base64 blobs go before any parser sees the page (html_blobs).

Time: what is left is parsed in a helper process, and a page that takes longer than
MAX_SECONDS is refused with one line and the helper is stopped (lxml's C code cannot
be interrupted inside the process that runs it). The helper is started once (spawned,
so it is safe from a program with threads, like the app) and serves every page after."""

from __future__ import annotations

import atexit
import multiprocessing
import threading

from tui.brief.errors import BriefError
from tui.brief.html_blobs import strip_blobs

MAX_SECONDS = 30.0

_lock = threading.Lock()
_pool = None


def _convert(html: str, url: str | None) -> tuple[str, object]:
    """In the helper: ("ok", (meta, markdown)) or ("error", the one-line message)."""
    from tui.brief.html_import import html_to_markdown

    try:
        return "ok", html_to_markdown(html, url)
    except BriefError as exc:
        return "error", exc.problem.message


def _helper():
    global _pool
    if _pool is None:
        _pool = multiprocessing.get_context("spawn").Pool(1)
        atexit.register(stop_helper)
    return _pool


def stop_helper() -> None:
    """Stop the helper process (at exit, or after a page that took too long)."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.terminate()
        pool.join()


def page_to_markdown(html: str, url: str | None = None, seconds: float | None = None) -> tuple[dict, str]:
    """html_to_markdown, bounded: (metadata, markdown), or BriefError with one line."""
    html = strip_blobs(html)
    limit = MAX_SECONDS if seconds is None else seconds
    with _lock:  # one page at a time through the one helper
        try:
            pending = _helper().apply_async(_convert, (html, url))
        except OSError:  # no way to start a process here: convert in this one, unbounded
            from tui.brief.html_import import html_to_markdown

            return html_to_markdown(html, url)
        try:
            status, value = pending.get(timeout=limit)
        except multiprocessing.TimeoutError:
            stop_helper()
            raise BriefError(
                f"the page took more than {limit:g} s to read, so it was refused"
                " (copy the article's text into a .txt file instead)"
            ) from None
    if status == "error":
        raise BriefError(str(value))
    return value  # type: ignore[return-value]
