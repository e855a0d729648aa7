"""Inline images and other base64 blobs (`data:` URIs, long runs of base64) out of a
web page. They are no article text, and a big one makes libxml2 stop, or spin, on its
10,000,000-character limit for one text node, losing the article after it."""

from __future__ import annotations

import re

from tui.regex_cache import compiled

_DATA_URI = compiled(r"data:[\w.+-]{1,80}/[\w.+-]{1,80}(?:;[\w.=+-]{1,80})*,[^\"'\s)<>]*", re.IGNORECASE)
# A run of base64 at least 2,000 characters long, matched only from its first character:
# a lookbehind keeps each start position to one check, so the pass stays linear.
_BASE64_RUN = compiled(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{2000,}={0,2}")


def strip_blobs(html: str) -> str:
    """The page without inline images and base64 blobs (they leave empty values behind)."""
    if "data:" in html or "data:".upper() in html:
        html = _DATA_URI.sub("", html)
    return _BASE64_RUN.sub("", html)
