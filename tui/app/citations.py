"""Citations a reader can follow: excerpts cut at word boundaries, located by
paragraph (¶4), never by character offset; and the copy text built from them.
No textual import."""

from __future__ import annotations

from tui.app.markers import SILENT, symbol, word
from tui.app.view_model import DISCREPANCIES, PEOPLE, TAB_TITLES
from tui.regex_cache import compiled

ELLIPSIS = "…"
_SENTENCE_END = compiled(r"[.!?][”’\"')\]]*\s")
_BROKEN = compiled(r"(?<=\s)[^\s…]*\w…([”’\"')\]]*)$")  # a word cut short at the very end


def tidy(text: str, limit: int | None = None) -> str:
    """One line of text, cut at a word boundary: a text someone else cut mid-word
    ("high-ra…", "to e…”") loses the broken word; a long one is cut before `limit`."""
    text = " ".join(text.split())
    broken = _BROKEN.search(text)
    if broken:
        text = text[: broken.start()].rstrip(" ,;:—-") + " " + ELLIPSIS + broken.group(1)
    if limit is not None and len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = (text[:cut] if cut > limit // 2 else text[: limit - 1]).rstrip(" ,;:—-") + " " + ELLIPSIS
    return text


def excerpt(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence around [start, end), cut at word boundaries to about `limit`
    characters, with the cited words kept whole and "…" where it was cut."""
    lo, hi = max(0, start - 400), min(len(text), end + 400)
    ends_before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = max(ends_before[-1] if ends_before else lo, text.rfind("\n", 0, start) + 1)
    after = _SENTENCE_END.search(text, end, hi)
    e = after.start() + 1 if after else hi
    newline = text.find("\n", end, e)
    e = newline if newline != -1 else e
    cut_head = s == lo and lo > 0 and s not in ends_before
    cut_tail = e == hi and hi < len(text)
    room = max(20, (limit - (end - start)) // 2)
    if e - s > limit and start - s > room:
        s, cut_head = start - room, True
    if e - s > limit and e - end > room:
        e, cut_tail = end + room, True
    head, tail = text[s:start], text[end:e]
    if cut_head:
        space = head.find(" ")
        head = ELLIPSIS + (head[space:] if space != -1 else " ")
    if cut_tail:
        space = tail.rfind(" ")
        tail = (tail[:space] if space != -1 else "") + " " + ELLIPSIS
    return " ".join((head + tidy(text[start:end], max(limit, 40)) + tail).split())


def copy_text(row, sources: list, articles: dict) -> str:
    """The selected item as markdown a reporter can paste: what each source says,
    where (paragraph), in its own words. `sources` are (id, label) pairs."""
    head = TAB_TITLES[row.tab].rstrip("s") if row.tab != PEOPLE else "Person"
    if row.tab == DISCREPANCIES:
        head = f"Discrepancy ({row.severity}, {row.kind})"
    lines = [f"**{head}: {row.title}**"]
    if row.summary:
        lines += ["", row.summary]
    if row.consensus:
        lines += ["", f"Consensus: {row.consensus}"]
    lines.append("")
    if not row.brief_wide:
        for source, label in sources:
            status = row.status_of(source)
            if status == SILENT and len(sources) > 12:
                continue  # a thousand silent sources are not a citation
            lines.append(f"- {symbol(status)} {label} ({word(status)}): {row.says_of(source)}")
            article = articles.get(source)
            for m in row.marks.get(source, [])[:3] if article else ():
                lines.append(f"  - {article.place_name(m.start)}: “{excerpt(article.text, m.start, m.end)}”")
    lines += ["", "Sources:"]
    for source, _label in sources:
        if source in articles and (row.status_of(source) != SILENT or len(sources) <= 12):
            lines.append(f"- {citation(articles[source])}")
    return "\n".join(lines) + "\n"


def citation(article) -> str:
    bits = [article.label]
    if article.headline:
        bits.append(f"“{article.headline}”")
    if article.published:
        bits.append(article.published)
    if article.url:
        bits.append(article.url)
    return ", ".join(bits)
