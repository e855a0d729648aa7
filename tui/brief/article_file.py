"""One article file (.md, .markdown, .txt, or a saved .html page) to an Article, with
its front matter (outlet, url, published, author, headline) as metadata."""

from __future__ import annotations

from pathlib import Path

from tui.brief.articles import parse_markdown, parse_text, split_front_matter
from tui.brief.errors import BriefError
from tui.brief.files import max_bytes, read_text
from tui.brief.model import Article
from tui.brief.plain_front_matter import read_front_matter
from tui.brief.problems import ProblemLog
from tui.brief.values import iso_date, text_value

FRONT_MATTER_KEYS = {"outlet", "url", "published", "author", "headline", "title", "date", "partial"}


def _partial(log: ProblemLog, where: Path, value: object) -> bool:
    """`partial: true`: the user says the text is incomplete (an excerpt, a paywall)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    log.warn(where, f"partial {value!r} is not true or false; ignored")
    return False


def load_article(log: ProblemLog, path: Path, source_id: str) -> Article | None:
    """The article, or None with the reason in `log`."""
    raw = read_text(log, path, max_bytes(path))
    if raw is None:
        return None
    meta: dict = {}
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from tui.brief.html_bounded import page_to_markdown

        try:
            meta, raw = page_to_markdown(raw, url=None)
        except BriefError as exc:
            log.error(path, exc.problem.message)
            return None
        suffix = ".md"
    front, body, fm_lines = split_front_matter(raw)
    if front is not None:  # the article's own metadata is data too: escapes go before YAML sees them
        data = read_front_matter(log, path, front)
        if isinstance(data, dict):
            for key in data:
                if key not in FRONT_MATTER_KEYS:
                    log.warn(path, f"unknown front matter key {key!r} (ignored)", None)
            meta.update({k: v for k, v in data.items() if v is not None})
        elif data is not None:
            log.error(path, "front matter is not a mapping of keys to values", 2)
    article = (
        parse_markdown(source_id, body) if suffix in (".md", ".markdown") else parse_text(source_id, body)
    )
    if not article.headline and text_value(meta.get("headline")):
        headline = text_value(meta["headline"])
        article = parse_markdown(source_id, f"# {headline}\n\n{body}")
    if not article.text.strip() or not article.body_blocks():
        log.error(path, "article is empty")
        return None
    article.path = path
    article.outlet = text_value(meta.get("outlet"))
    article.url = text_value(meta.get("url"))
    article.author = text_value(meta.get("author"))
    article.partial = _partial(log, path, meta.get("partial"))
    published = meta.get("published", meta.get("date"))
    article.published = iso_date(published)
    if published is not None and article.published is None:
        log.warn(path, f"published {published!r} is not an ISO date (YYYY-MM-DD); ignored")
    return article
