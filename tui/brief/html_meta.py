"""Page metadata as the page itself declares it: JSON-LD (schema.org NewsArticle and its
kin), Open Graph and other <meta> tags, <time datetime>, the canonical link."""

from __future__ import annotations

import json

from tui.brief.html_text import one_line, page_date

# schema.org types whose JSON-LD describes an article: a format's names, not news English.
NEWS_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
    "webpage",
}


def _names(value: object) -> list[str]:
    """Author names from JSON-LD: a string, a Person, or a list of either."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        value = value.get("name")
    name = one_line(value, 120)
    return [name] if name else []


def _json_ld_articles(tree) -> list[dict]:
    """The page's JSON-LD objects that describe an article, best first."""
    found: list[dict] = []

    def walk(node: object, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node[:50]:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in NEWS_TYPES for t in types):
                found.append(node)
            for key in ("@graph", "mainEntity", "itemListElement"):
                if key in node:
                    walk(node[key], depth + 1)

    for script in tree.xpath("//script[@type]"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        if len(raw) > 500_000:
            continue
        try:
            walk(json.loads(raw))
        except (ValueError, RecursionError):
            continue

    def rank(node: dict) -> int:
        types = node.get("@type")
        types = " ".join(
            t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
        ).lower()
        return 0 if "news" in types else 1 if "article" in types or "posting" in types else 2

    return sorted(found, key=rank)


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for el in tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
            value = one_line(el.get("content"))
            if value:
                return value
    return None


def structured_metadata(tree) -> dict:
    """headline/outlet/url/published/author as the page itself declares them."""
    meta: dict = {}
    for node in _json_ld_articles(tree):
        meta.setdefault("headline", one_line(node.get("headline") or node.get("name")))
        meta.setdefault("published", page_date(node.get("datePublished") or node.get("dateCreated")))
        authors = _names(node.get("author"))
        if authors:
            meta.setdefault("author", ", ".join(dict.fromkeys(authors)))
        publisher = node.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        meta.setdefault("outlet", _names(publisher)[0] if _names(publisher) else None)
        meta.setdefault("url", one_line(node.get("url")) if isinstance(node.get("url"), str) else None)
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("outlet", _meta(tree, "og:site_name", "application-name"))
    meta.setdefault(
        "published",
        page_date(
            _meta(
                tree, "article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date"
            )
        ),
    )
    if not meta.get("published"):
        for el in tree.xpath("//article//time[@datetime] | //time[@datetime]")[:1]:
            meta["published"] = page_date(el.get("datetime"))
    meta.setdefault("headline", _meta(tree, "og:title", "twitter:title"))
    meta.setdefault("author", _meta(tree, "author", "article:author"))
    if not meta.get("url"):
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        meta["url"] = one_line(canonical[0]) if canonical else _meta(tree, "og:url")
    return {k: v for k, v in meta.items() if v}
