"""A news page fetched from the web with trafilatura (imported inside the function)."""

from __future__ import annotations

from tui.brief.errors import BriefError
from tui.brief.html_import import quiet_libraries

MAX_FETCH_BYTES = 10 * 1024 * 1024


def fetch_url(url: str) -> str:
    """The page at url, or BriefError with one line when it cannot be had."""
    import trafilatura

    quiet_libraries()
    try:
        html = trafilatura.fetch_url(url)
    except Exception as exc:
        raise BriefError(f"cannot fetch URL: {url} ({type(exc).__name__})") from exc
    if not html:
        raise BriefError(f"cannot fetch URL: {url} (offline, or the site refused)")
    if len(html) > MAX_FETCH_BYTES:
        raise BriefError(f"cannot fetch URL: {url} (the page is larger than 10 MiB)")
    return html
