"""Small pieces the comparison modules share."""

from __future__ import annotations

from tui.analysis.memo import remembered
from tui.analysis.model import Claim, Span
from tui.analysis.words import STOPWORDS, content_words, stem

__all__ = ["STOPWORDS", "content_words", "stem"]


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other: 1.0 when one contains the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@remembered(16384)
def shorten(text: str, limit: int = 160) -> str:
    """One line of at most `limit` characters, cut at a word boundary ("high-ra…" never)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def silent_claims(
    claims: dict[str, Claim], source_ids: list[str], what: str = "not mentioned"
) -> dict[str, Claim]:
    """Every source gets a claim, in brief order: silence is information too."""
    silent = Claim(what, [], silent=True)  # one shared instance: silent claims are never changed
    if len(claims) * 4 > len(source_ids):
        return {sid: claims.get(sid) or silent for sid in source_ids}
    # Few sources speak (a headline, a caption): fill in those few, not every source.
    out = dict.fromkeys(source_ids, silent)
    for sid, claim in claims.items():
        if sid in out:
            out[sid] = claim or silent
    return out


def label_list(ids: list[str], most: int = 4) -> str:
    """ "a, b and c"; past `most` names, "a, b, c and 12 more": a summary stays one line."""
    if len(ids) > most:
        return ", ".join(ids[: most - 1]) + f" and {len(ids) - most + 1} more"
    return ", ".join(ids[:-1]) + (" and " if len(ids) > 1 else "") + ids[-1] if ids else ""


def lowered(text: str) -> str | None:
    """text.lower() when every character keeps its offset, so a search in it (with
    bounds) finds what lowering a slice would; None when lowering moves offsets."""
    low = text.lower()
    return low if offsets_kept(text, low) else None


def offsets_kept(text: str, low: str) -> bool:
    """Is low (text.lower()) sliced the same as text lowered slice by slice? Not when
    a character lowers to two ("İ") or by its neighbours (a final "Σ")."""
    return len(low) == len(text) and "Σ" not in text


def first_span(spans: list[Span]) -> list[Span]:
    return sorted(spans)[:1]
