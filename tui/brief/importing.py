"""What users have (saved web pages, copied text, markdown, links) to a brief folder.

HTML goes through trafilatura, the field's standard main-text extractor, so menus,
ads, comments and scripts stay out of the article; the page's structured metadata
(JSON-LD, Open Graph) fills in what trafilatura misses. trafilatura is imported
inside the functions: it is slow to import and the TUI start-up must not pay for it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlparse

import yaml

from tui.brief.article_file import FRONT_MATTER_KEYS
from tui.brief.articles import parse_markdown, parse_text, split_front_matter
from tui.brief.errors import BriefError, Problem
from tui.brief.files import ARTICLE_SUFFIXES, max_bytes, read_text
from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, HEADLINE, LIST_ITEM, Article
from tui.brief.paths import safe_path as display_path
from tui.brief.problems import ProblemLog
from tui.brief.sanitize import clean_text
from tui.brief.values import iso_date, slug
from tui.brief.yaml_load import parse_yaml

MAX_FETCH_BYTES = 10 * 1024 * 1024
MAX_FIELD = 300  # metadata longer than this is not a headline, a name or an outlet
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
# Private-use marks that carry a <figure>'s caption and image through trafilatura.
_FIG_OPEN, _FIG_SEP = "\ue000", "\ue001"
_PRIVATE_MARKS = re.compile("[\ue000\ue001]")
_WS = re.compile(r"\s+")
_H1 = "h1"
# Wire-copy trailers: "(Reporting by A and B; Editing by C)" ends a story, it is not part of it.
_CREDIT = r"(?:additional |further )?(?:reporting|writing|editing|compiled|research|fact-checking)\s+by\b"
_CREDIT_TRAILER = re.compile(rf"\s*\(\s*{_CREDIT}[^()]*\)\s*$", re.IGNORECASE)
_CREDIT_LINE = re.compile(rf"^\(?\s*{_CREDIT}[^()]{{0,300}}\)?$", re.IGNORECASE)
# Page furniture that lands inside the article container on loosely built pages.
_FURNITURE = re.compile(
    r"^(share (this|on|via)\b|follow us\b|read more\b|read next\b|more on this story\b|"
    r"related( stories| articles| coverage| content)?\s*:|sign up\b|subscribe (now|to|for|today)\b|"
    r"copyright\b|©|\(c\) \d{4}|all rights reserved|click here\b|advertisement$|sponsored( content)?$|"
    r"listen to this article\b|updated \d+ (minutes?|hours?|days?) ago$|comments?( \(\d+\))?$|"
    r"this article (was|is) (originally )?published\b)",
    re.IGNORECASE,
)
_STAMP = re.compile(r"^(published|updated|posted|last updated|first published)\b\s*:?", re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|del|la|al|bin))*"
_BYLINE_P = re.compile(rf"^(?i:by)\s+({_NAME}(?:,\s*{_NAME})*\s+and\s+{_NAME}|{_NAME})(?:\s*[,|–—-]\s*.*)?$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_TEXT_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b"
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>!&|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))")


# --- small text helpers ------------------------------------------------------


def _quiet_libraries() -> None:
    """trafilatura and its helpers log warnings; with no handler Python prints them on
    stderr, which would break the one-line errors and a running TUI's screen."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "urllib3", "charset_normalizer"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _one_line(value: object, limit: int = MAX_FIELD) -> str | None:
    """A metadata value as one clean line, or None when there is nothing usable."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = _WS.sub(" ", _PRIVATE_MARKS.sub("", clean_text(str(value)))).strip()
    if not text or len(text) > limit:
        return None
    return text


def md_escape(text: str) -> str:
    """Text made literal for markdown-it: what a page says must stay words, not markup."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    m = _LINE_START.match(text)
    if m:  # "1. x", "- x", "# x", "+ x" would start a list or a heading
        at = m.end() if m.group(2).isdigit() else m.start(2)
        text = f"{text[:at]}\\{text[at:]}"
    return text


def _iso(value: object) -> str | None:
    """YYYY-MM-DD from an ISO date/datetime string (time zones ignored), else None."""
    text = _one_line(value)
    if not text:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _names(value: object) -> list[str]:
    """Author names from JSON-LD: a string, a Person, or a list of either."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        value = value.get("name")
    name = _one_line(value, 120)
    return [name] if name else []


# --- structured metadata -----------------------------------------------------


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
            value = _one_line(el.get("content"))
            if value:
                return value
    return None


def _structured_metadata(tree) -> dict:
    """headline/outlet/url/published/author as the page itself declares them."""
    meta: dict = {}
    for node in _json_ld_articles(tree):
        meta.setdefault("headline", _one_line(node.get("headline") or node.get("name")))
        meta.setdefault("published", _iso(node.get("datePublished") or node.get("dateCreated")))
        authors = _names(node.get("author"))
        if authors:
            meta.setdefault("author", ", ".join(dict.fromkeys(authors)))
        publisher = node.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        meta.setdefault("outlet", _names(publisher)[0] if _names(publisher) else None)
        meta.setdefault("url", _one_line(node.get("url")) if isinstance(node.get("url"), str) else None)
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("outlet", _meta(tree, "og:site_name", "application-name"))
    meta.setdefault(
        "published",
        _iso(
            _meta(
                tree, "article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date"
            )
        ),
    )
    if not meta.get("published"):
        for el in tree.xpath("//article//time[@datetime] | //time[@datetime]")[:1]:
            meta["published"] = _iso(el.get("datetime"))
    meta.setdefault("headline", _meta(tree, "og:title", "twitter:title"))
    meta.setdefault("author", _meta(tree, "author", "article:author"))
    if not meta.get("url"):
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        meta["url"] = _one_line(canonical[0]) if canonical else _meta(tree, "og:url")
    return {k: v for k, v in meta.items() if v}


_NEVER_TEXT = (
    "//script | //style | //template | //noscript | //iframe | //object | //embed | //svg | //canvas"
    " | //button | //select | //textarea"
)
_HIDDEN = (
    "//dialog | //*[@hidden] | //*[@aria-hidden='true']"
    " | //*[contains(translate(@style, ' ', ''), 'display:none')]"
    " | //*[contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)


def _drop_unseen(tree, hidden: bool) -> None:
    """What a reader never sees as text (scripts, templates, and with `hidden` the blocks a
    page hides) is not article text. Forms are trafilatura's: it keeps one that wraps a page."""
    for el in tree.xpath(_NEVER_TEXT + (" | " + _HIDDEN if hidden else "")):
        if el.getparent() is not None:
            el.drop_tree()


def _image_src(container) -> str:
    for img in container.iter("img"):
        for attr in ("src", "data-src", "data-lazy-src", "data-original"):
            value = (img.get(attr) or "").strip()
            if value and not value.startswith("data:"):
                return value
    return ""


def _captions(tree) -> list:
    """<figcaption>s, and the caption blocks CMSs write without one
    (WordPress's <p class="wp-caption-text">, <div class="image-caption">)."""
    found = list(tree.iter("figcaption"))
    for el in tree.xpath(
        "//*[contains(concat(' ', translate(@class, 'CAPTION', 'caption'), ' '), 'caption')]"
    ):
        if el.tag in ("figure", "figcaption", "img", "html", "body", "article", "main", "section"):
            continue
        if len(el.text_content()) > 600 or len(el.findall(".//p")) > 1:
            continue  # a whole block of article, not a caption
        if any(a in found for a in el.iterancestors()):
            continue
        found.append(el)
    return found


def _prepare_figures(tree) -> None:
    """Replace each captioned photo by a marked paragraph, so the caption survives
    trafilatura (which drops <figcaption>) as a caption right where the photo was."""
    for cap in _captions(tree):
        if cap.getparent() is None or cap.getroottree().getroot() is not tree:
            continue  # already replaced with its figure
        caption = _one_line(cap.text_content(), 2000)
        if not caption:
            continue
        container = next((a for a in cap.iterancestors() if a.tag == "figure"), None)
        if container is None:
            parent = cap.getparent()
            rest = len(parent.text_content()) - len(cap.text_content())
            has_img = parent.find(".//img") is not None
            container = (
                parent if has_img and rest < 80 and parent.tag not in ("body", "article", "main") else cap
            )
        p = container.makeelement("p", {})
        p.text = f"{_FIG_OPEN}{_image_src(container)}{_FIG_SEP}{caption}"
        p.tail = container.tail
        parent = container.getparent()
        if parent is not None:
            parent.replace(container, p)


def _strip_title_suffix(title: str, outlet: str | None, guess: bool = False) -> str:
    """'Headline | Outlet' or 'Headline - Outlet' to 'Headline'. With `guess` (a <title>,
    where the site's name is the rule) a short last part goes even without a known outlet."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip().lower()
    named = outlet is not None and (last == outlet.lower() or last == re.sub(r"^the ", "", outlet.lower()))
    if named or (guess and outlet is None and len(last) < 30):
        return " - ".join(parts[:-1]).strip() or title
    return title


# --- trafilatura's XML to markdown ---------------------------------------------


def _text_of(el, skip: tuple[str, ...] = ("graphic",)) -> str:
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in skip:
            parts.append(_text_of(child, skip))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _blocks_from_xml(body) -> list[tuple[str, str, str]]:
    """(kind, text, image src) for each block of trafilatura's XML body, in order."""
    out: list[tuple[str, str, str]] = []

    def add(kind: str, raw: str, src: str = "") -> None:
        text = _WS.sub(" ", clean_text(raw)).strip()
        if kind == "paragraph":
            if _CREDIT_LINE.match(text):
                return
            text = _CREDIT_TRAILER.sub("", text)
        if text:
            out.append((kind, text, src))

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == "p":
                text = _text_of(child)
                stripped = text.strip()
                if stripped.startswith(_FIG_OPEN) and _FIG_SEP in stripped:
                    src, caption = stripped[1:].split(_FIG_SEP, 1)
                    add(CAPTION, _PRIVATE_MARKS.sub("", caption), src.strip())
                else:  # <br><br> in old-style pages separates paragraphs
                    for part in re.split(r"\n[^\S\n]*\n", _PRIVATE_MARKS.sub("", text)):
                        add("paragraph", part)
                for g in child.iter("graphic"):
                    _graphic(g)
            elif tag == "head":
                add(_H1 if child.get("rend") == "h1" else HEADING, _text_of(child))
            elif tag == "list":
                for item in list(child.iter("item")):  # a nested list's items come on their own
                    add(LIST_ITEM, _text_of(item, ("graphic", "list")))
            elif tag == "quote":
                add(BLOCKQUOTE, _text_of(child))
            elif tag == "graphic":
                _graphic(child)
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [_WS.sub(" ", _text_of(c)).strip() for c in row.iter("cell")]
                    add("paragraph", " | ".join(c for c in cells if c))
            elif tag in ("div", "main", "section"):
                walk(child)
            else:
                add("paragraph", _text_of(child))

    def _graphic(g) -> None:
        """An uncaptioned photo: its alt text, when it says something, is its caption."""
        alt = _one_line(g.get("title") or g.get("alt"), 2000)
        if alt and len(alt.split()) >= 4:
            add(CAPTION, alt, g.get("src") or "")

    walk(body)
    # An <h1> past the top is a section heading; the one at the top is the headline.
    return [(HEADING if kind == _H1 and i else kind, text, src) for i, (kind, text, src) in enumerate(out)]


def _text_date(text: str) -> str | None:
    """'9 April 2026' or 'April 9, 2026' (or an ISO date) to YYYY-MM-DD."""
    iso = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", text)
    if iso:
        return _iso(iso.group(1))
    m = _TEXT_DATE.search(text)
    if not m:
        return None
    day, month, year = (
        (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    )
    number = next(
        (n for name, n in _MONTHS.items() if name.startswith(month.lower()) and len(month) >= 3), None
    )
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def _drop_furniture(blocks: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], dict]:
    """Bylines, time stamps, share buttons, 'Read more' promos and copyright lines that a
    loosely built page keeps inside its article: not article text, though the byline and
    the date are worth keeping as metadata."""
    kept: list[tuple[str, str, str]] = []
    found: dict = {}
    for i, (kind, text, src) in enumerate(blocks):
        if kind != "paragraph" or len(text.split()) > 20:
            kept.append((kind, text, src))
            continue
        byline = _BYLINE_P.match(text) if i < 5 else None
        if byline:
            found.setdefault("author", re.sub(r"\s+and\s+", ", ", byline.group(1)))
            continue
        if _STAMP.match(text) and len(text.split()) <= 12:
            date = _text_date(text)
            if date and _STAMP.match(text).group(1).lower() in ("published", "posted", "first published"):
                found.setdefault("published", date)
            continue
        if _FURNITURE.match(text):
            continue
        kept.append((kind, text, src))
    return kept, found


def _markdown(headline: str, blocks: list[tuple[str, str, str]], base: str | None = None) -> str:
    lines = [f"# {md_escape(headline)}"]
    previous = None
    for kind, text, src in blocks:
        if kind == CAPTION:
            if src and base and not urlparse(src).scheme:
                src = urljoin(base, src)
            if urlparse(src).scheme not in ("", "http", "https"):
                src = ""  # no javascript: or data: targets, even in a local file
            target = src if src and re.match(r"^[^\s()<>]+$", src) else ""
            lines.append(f"![{md_escape(text)}]({target})")
        elif kind == HEADING:
            lines.append(f"## {md_escape(text)}")
        elif kind == LIST_ITEM:
            if previous == LIST_ITEM:
                lines[-1] += f"\n- {md_escape(text)}"
                continue
            lines.append(f"- {md_escape(text)}")
        elif kind == BLOCKQUOTE:
            lines.append(f"> {md_escape(text)}")
        else:
            lines.append(md_escape(text))
        previous = kind
    return "\n\n".join(lines) + "\n"


def _parse_html(html: str):
    import lxml.html
    from lxml import etree

    data = html.encode("utf-8", "replace")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise BriefError("the page is not readable HTML") from exc
    return tree


def _extract(tree, url: str | None, hidden: bool) -> tuple[object, list[tuple[str, str, str]]]:
    """trafilatura on a cleaned copy of the page: (its document, our blocks)."""
    import trafilatura
    from lxml import etree

    tree = copy.deepcopy(tree)
    _drop_unseen(tree, hidden)
    _prepare_figures(tree)
    try:
        doc = trafilatura.bare_extraction(
            etree.tostring(tree, encoding="unicode"),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=True,
            include_tables=True,
            include_links=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": "2999-12-31",
            },
        )
    except Exception as exc:  # trafilatura on hostile markup: the page, not the program, is at fault
        raise BriefError(f"cannot extract the article from the page ({type(exc).__name__})") from exc
    body = getattr(doc, "body", None) if doc is not None else None
    return doc, (_blocks_from_xml(body) if body is not None else [])


def _has_text(blocks: list[tuple[str, str, str]]) -> bool:
    return any(kind not in (CAPTION, HEADING, _H1) for kind, _, _ in blocks)


def html_to_markdown(html: str, url: str | None = None) -> tuple[dict, str]:
    """(metadata, markdown starting with '# headline') for a news page's main article."""
    if not html.strip():
        raise BriefError("the page is empty")
    _quiet_libraries()
    html = _PRIVATE_MARKS.sub("", html)
    tree = _parse_html(html)
    declared = _structured_metadata(tree)
    # Hidden blocks go first; a page that hides its article until a script runs gets a second try.
    doc, blocks = _extract(tree, url, hidden=True)
    if not _has_text(blocks):
        doc, blocks = _extract(tree, url, hidden=False)
    if not _has_text(blocks):
        raise BriefError("no article text found in the page")
    top_h1 = blocks.pop(0)[1] if blocks[0][0] == _H1 else None
    blocks, furniture = _drop_furniture(blocks)
    if not _has_text(blocks):
        raise BriefError("no article text found in the page")

    meta: dict = {}
    outlet = declared.get("outlet") or _one_line(getattr(doc, "sitename", None))
    if outlet and outlet.lower() in (
        str(getattr(doc, "hostname", "")).lower(),
        urlparse(url or "").netloc.lower(),
    ):
        outlet = None  # a host name is trafilatura's guess, not the outlet's name
    headline = _one_line(getattr(doc, "title", None)) or declared.get("headline") or top_h1
    if not headline:
        for h in tree.xpath("//h1"):
            headline = _one_line(h.text_content())
            if headline:
                break
    guess = False
    if not headline:
        title = tree.xpath("//title")
        headline, guess = (_one_line(title[0].text_content()) if title else None), True
    if headline:
        headline = _strip_title_suffix(headline, outlet, guess)
    else:
        headline = next(text for kind, text, _ in blocks if kind == "paragraph")[:120]
    while blocks and blocks[0][0] in ("paragraph", HEADING) and blocks[0][1].strip() == headline:
        blocks.pop(0)  # the page's own <h1> kept in the body
    meta["headline"] = headline
    if not outlet and guess is False:
        title = tree.xpath("//title")
        whole = _one_line(title[0].text_content()) if title else None
        if whole and whole != headline and whole.startswith(headline):
            rest = re.match(r"^\s+[|–—-]\s+(.{2,40})$", whole[len(headline) :])
            outlet = rest.group(1).strip() if rest else None  # "Headline | Outlet"
    if outlet:
        meta["outlet"] = outlet
    page_url = url or _one_line(getattr(doc, "url", None)) or declared.get("url")
    if page_url and urlparse(page_url).scheme in ("http", "https"):
        meta["url"] = page_url
    published = declared.get("published") or _iso(getattr(doc, "date", None)) or furniture.get("published")
    if published:
        meta["published"] = published
    # what the page declares, then a "By ..." line, then trafilatura's guess (which can keep a job title)
    author = declared.get("author") or furniture.get("author") or _one_line(getattr(doc, "author", None))
    if author:
        meta["author"] = re.sub(r"^by\s+", "", author, flags=re.IGNORECASE).replace(";", ",")
    return meta, _markdown(headline, blocks, meta.get("url"))


# --- text and markdown files --------------------------------------------------


def text_to_markdown(article: Article) -> str:
    """A parsed plain-text article written back as markdown that parses to the same blocks."""
    lines: list[str] = []
    previous = None
    for block in article.blocks:
        text = md_escape(block.text.replace("\n", " "))
        if block.kind == HEADLINE:
            lines.append(f"# {text}")
        elif block.kind == HEADING:
            lines.append(f"## {text}")
        elif block.kind == LIST_ITEM:
            if previous == LIST_ITEM:
                lines[-1] += f"\n- {text}"
            else:
                lines.append(f"- {text}")
        elif block.kind == BLOCKQUOTE:
            lines.append(f"> {text}")
        else:
            lines.append(text)
        previous = block.kind
    return "\n\n".join(lines) + "\n"


_BYLINE = re.compile(
    r"^by\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von|da|del|la))*)\s*$", re.IGNORECASE
)


def _yaml_value(key: str, value: object) -> object:
    """A published date as a YAML date (written unquoted), everything else as text."""
    if key == "published":
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return str(value) if not isinstance(value, (dt.date, int, float)) else value


def _front_matter(meta: dict) -> str:
    keys = ("headline", "outlet", "author", "published", "url")
    data = {k: _yaml_value(k, meta[k]) for k in keys if meta.get(k)}
    if not data:
        return ""
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


# --- new briefs ----------------------------------------------------------------


@dataclass
class _Source:
    label: str  # the input as the user gave it, for messages
    stem: str
    markdown: str
    meta: dict = field(default_factory=dict)
    headline: str = ""


def _read_input(path: Path) -> str:
    log = ProblemLog()
    text = read_text(log, path, max_bytes(path))
    if text is None:
        raise BriefError(log.problems[0])
    return text


def fetch_url(url: str) -> str:
    """The page at url, or BriefError with one line when it cannot be had."""
    import trafilatura

    _quiet_libraries()
    try:
        html = trafilatura.fetch_url(url)
    except Exception as exc:
        raise BriefError(f"cannot fetch URL: {url} ({type(exc).__name__})") from exc
    if not html:
        raise BriefError(f"cannot fetch URL: {url} (offline, or the site refused)")
    if len(html) > MAX_FETCH_BYTES:
        raise BriefError(f"cannot fetch URL: {url} (the page is larger than 10 MiB)")
    return html


def _convert(item: str) -> _Source:
    """One input (file or URL) to markdown with front matter; BriefError names it."""
    parsed = urlparse(item)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        html = fetch_url(item)
        try:
            meta, body = html_to_markdown(html, url=item)
        except BriefError as exc:
            raise BriefError(Problem(item, exc.problem.message)) from exc
        stem = re.sub(r"^www\.", "", parsed.netloc.split(":")[0])
        return _Source(
            item,
            stem,
            _front_matter({k: v for k, v in meta.items() if k != "headline"}) + body,
            meta,
            meta["headline"],
        )
    if re.match(r"^[a-z][a-z0-9+.-]*://", item, re.IGNORECASE):
        raise BriefError(Problem(item, "only http:// and https:// URLs can be fetched"))
    path = Path(item)
    suffix = path.suffix.lower()
    if path.exists() and not path.is_file():
        raise BriefError(Problem(display_path(path), "is a folder, not an article file"))
    if suffix not in ARTICLE_SUFFIXES:
        if not path.exists():
            raise BriefError(Problem(display_path(path), "no such file"))
        raise BriefError(
            Problem(
                display_path(path), f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES)})"
            )
        )
    raw = _read_input(path)
    where = display_path(path)
    if suffix in (".html", ".htm"):
        try:
            meta, body = html_to_markdown(raw)
        except BriefError as exc:
            raise BriefError(Problem(where, exc.problem.message)) from exc
        article = parse_markdown("x", body)
        markdown = _front_matter({k: v for k, v in meta.items() if k != "headline"}) + body
    elif suffix == ".txt":
        article = parse_text("x", raw)
        meta = _text_metadata(article)
        markdown = _front_matter(meta) + text_to_markdown(article)
    else:
        front, body, _ = split_front_matter(raw)
        meta = {}
        if front is not None:
            log = ProblemLog()
            data = parse_yaml(log, path, clean_text(front), line_offset=1)
            if log.problems:
                raise BriefError(log.problems[0])
            if isinstance(data, dict):
                meta = {k: _one_line(data[k]) for k in FRONT_MATTER_KEYS - {"published", "date"} if k in data}
                meta["published"] = iso_date(data.get("published", data.get("date")))
        article = parse_markdown("x", body)
        markdown = raw  # the user's own markdown, kept exactly as written
    if not article.body_blocks():
        raise BriefError(Problem(where, "article is empty"))
    meta = {k: v for k, v in meta.items() if v}
    headline = _one_line(meta.get("headline")) or article.headline
    return _Source(where, path.stem, markdown, meta, headline or "")


def _text_metadata(article: Article) -> dict:
    """A byline ('By Jane Doe') among the first lines of a plain-text article."""
    meta: dict = {}
    for block in article.blocks[1:4]:
        m = _BYLINE.match(block.text)
        if m and len(m.group(1).split()) <= 6:
            meta["author"] = m.group(1)
            break
    return meta


_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "with",
        "after",
        "before",
        "over",
        "as",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "its",
        "it",
        "his",
        "her",
        "their",
        "new",
        "says",
        "say",
        "said",
    ]
)


def common_title(headlines: list[str]) -> str | None:
    """The longest run of words all headlines share (two or more, not all small words),
    written as the first headline has it: the story's name when it is obvious."""
    heads = [h for h in headlines if h.strip()]
    if len(heads) < 2:
        return None

    def words(h: str) -> list[str]:
        return re.findall(r"[\w’'-]+", h)

    first = words(heads[0])
    others = [" " + " ".join(w.lower() for w in words(h)) + " " for h in heads[1:]]
    best: list[str] = []
    for i in range(len(first)):
        for j in range(len(first), i + 1, -1):
            if j - i <= len(best):
                break
            run = first[i:j]
            key = " " + " ".join(w.lower() for w in run) + " "
            if all(key in o for o in others) and any(w.lower() not in _STOP for w in run):
                while run and run[-1].lower() in _STOP:
                    run = run[:-1]
                while run and run[0].lower() in _STOP:
                    run = run[1:]
                if len(run) >= 2 and len(run) > len(best):
                    best = run
                break
    if not best:
        return None
    return " ".join(best)


def _expand(inputs: list[str]) -> list[str]:
    """A folder among the inputs stands for the article files in it."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if "://" in item or not path.is_dir():
            out.append(item)
            continue
        files = sorted(str(f) for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
        if not files:
            raise BriefError(
                Problem(
                    display_path(path), f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder"
                )
            )
        out.extend(files)
    return out


def _unique_id(base: str, taken: set[str]) -> str:
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    return sid


def _source_id(src: _Source, taken: set[str]) -> str:
    """Short and readable: the outlet's name when known ('calder-courier'), else the file's."""
    base = ""
    outlet = src.meta.get("outlet")
    if outlet:
        base = slug(re.sub(r"^the\s+", "", str(outlet), flags=re.IGNORECASE))
    if not base or base == "source":
        base = slug(src.stem)
    words = base.split("-")
    if len(words) > 4:
        base = "-".join(words[:4])
    return _unique_id(base, taken)


def _write_new(path: Path, text: str) -> None:
    """Create path with text; never replaces a file that is there."""
    with open(path, "x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def create_brief(folder: Path, inputs: list[str], force: bool = False) -> Path:
    """`newsbrief new`: every input converted first, then the folder written, so a bad
    input leaves nothing half-made behind."""
    if not inputs:
        raise BriefError(Problem(display_path(folder), "give at least one article file or URL"))
    if folder.exists() and not folder.is_dir():
        raise BriefError(Problem(display_path(folder), "exists and is not a folder"))
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise BriefError(
            Problem(display_path(folder), "folder exists and is not empty (use --force to add to it)")
        )
    spec = folder / "brief.yaml"
    if spec.exists() or spec.is_symlink():
        raise BriefError(Problem(display_path(spec), "already exists; not overwriting it"))
    sources = [_convert(item) for item in _expand(inputs)]

    taken: set[str] = set()
    ids = [_source_id(src, taken) for src in sources]
    title = common_title([s.headline for s in sources]) or next(
        (s.headline for s in sources if s.headline), None
    )
    sources_dir = folder / "sources"
    if sources_dir.exists() and not sources_dir.is_dir():
        raise BriefError(Problem(display_path(sources_dir), "exists and is not a folder"))
    sources_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for sid, src in zip(ids, sources, strict=True):
        name = f"{sid}.md"
        n = 2
        while (sources_dir / name).exists() or (sources_dir / name).is_symlink():
            name, n = f"{sid}-{n}.md", n + 1
        _write_new(sources_dir / name, src.markdown)
        entry: dict = {"id": sid, "file": f"sources/{name}"}
        for key in ("outlet", "url", "published"):
            value = src.meta.get(key)
            if value:
                entry[key] = _yaml_value(key, value)
        entries.append(entry)
    data: dict = {}
    if title:
        data["title"] = title
    data["sources"] = entries
    header = "# Made by `newsbrief new`. Edit freely: see `newsbrief check` for mistakes.\n"
    _write_new(spec, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))
    return folder


__all__ = ["common_title", "create_brief", "fetch_url", "html_to_markdown", "md_escape", "text_to_markdown"]
