"""A news page's HTML to (metadata, markdown starting with '# headline').

HTML goes through trafilatura, the field's standard main-text extractor, so menus,
ads, comments and scripts stay out of the article; the page's structured metadata
(html_meta: JSON-LD, Open Graph) fills in what trafilatura misses. trafilatura is imported
inside the functions: it is slow to import and the TUI start-up must not pay for it.
"""

from __future__ import annotations

import copy
import logging
import re
from urllib.parse import urljoin, urlparse

from tui.brief.errors import BriefError
from tui.brief.html_blobs import strip_blobs
from tui.brief.html_blocks import H1, blocks_from_xml
from tui.brief.html_furniture import drop_furniture
from tui.brief.html_meta import structured_metadata
from tui.brief.html_page import drop_unseen, parse_html, prepare_figures
from tui.brief.html_text import PRIVATE_MARKS, one_line, page_date
from tui.brief.markdown_writer import join_blocks, md_escape
from tui.brief.model import CAPTION, HEADING, HEADLINE
from tui.brief.sanitize import clean_text


def quiet_libraries() -> None:
    """trafilatura and its helpers log warnings; with no handler Python prints them on
    stderr, which would break the one-line errors and a running TUI's screen."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "urllib3", "charset_normalizer"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _extract(tree, url: str | None, hidden: bool) -> tuple[object, list[tuple[str, str, str]]]:
    """trafilatura on a cleaned copy of the page: (its document, our blocks)."""
    import trafilatura
    from lxml import etree

    tree = copy.deepcopy(tree)
    drop_unseen(tree, hidden)
    prepare_figures(tree)
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
    return doc, (blocks_from_xml(body) if body is not None else [])


def _has_text(blocks: list[tuple[str, str, str]]) -> bool:
    return any(kind not in (CAPTION, HEADING, H1) for kind, _, _ in blocks)


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


def _image_line(caption: str, src: str, base: str | None) -> str:
    """A caption as a markdown image of its photo, with a link only to a web address."""
    if src and base and not urlparse(src).scheme:
        src = urljoin(base, src)
    if urlparse(src).scheme not in ("", "http", "https"):
        src = ""  # no javascript: or data: targets, even in a local file
    target = src if src and re.match(r"^[^\s()<>]+$", src) else ""
    return f"![{md_escape(caption)}]({target})"


def _page_markdown(headline: str, blocks: list[tuple[str, str, str]], base: str | None = None) -> str:
    lines = [(HEADLINE, md_escape(headline))]
    for kind, text, src in blocks:
        lines.append((kind, _image_line(text, src, base) if kind == CAPTION else md_escape(text)))
    return join_blocks(lines)


def html_to_markdown(html: str, url: str | None = None) -> tuple[dict, str]:
    """(metadata, markdown starting with '# headline') for a news page's main article."""
    if not html.strip():
        raise BriefError("the page is empty")
    quiet_libraries()
    # Control characters and terminal escapes are no page text either (and lxml refuses
    # to set a node's text to one, mid-clean-up).
    html = PRIVATE_MARKS.sub("", clean_text(strip_blobs(html)))
    tree = parse_html(html)
    declared = structured_metadata(tree)
    # Hidden blocks go first; a page that hides its article until a script runs gets a second try.
    doc, blocks = _extract(tree, url, hidden=True)
    if not _has_text(blocks):
        doc, blocks = _extract(tree, url, hidden=False)
    if not _has_text(blocks):
        raise BriefError("no article text found in the page")
    top_h1 = blocks.pop(0)[1] if blocks[0][0] == H1 else None
    blocks, furniture = drop_furniture(blocks)
    if not _has_text(blocks):
        raise BriefError("no article text found in the page")

    meta: dict = {}
    outlet = declared.get("outlet") or one_line(getattr(doc, "sitename", None))
    if outlet and outlet.lower() in (
        str(getattr(doc, "hostname", "")).lower(),
        urlparse(url or "").netloc.lower(),
    ):
        outlet = None  # a host name is trafilatura's guess, not the outlet's name
    headline = one_line(getattr(doc, "title", None)) or declared.get("headline") or top_h1
    if not headline:
        for h in tree.xpath("//h1"):
            headline = one_line(h.text_content())
            if headline:
                break
    guess = False
    if not headline:
        title = tree.xpath("//title")
        headline, guess = (one_line(title[0].text_content()) if title else None), True
    if headline:
        headline = _strip_title_suffix(headline, outlet, guess)
    else:
        headline = next(text for kind, text, _ in blocks if kind == "paragraph")[:120]
    while blocks and blocks[0][0] in ("paragraph", HEADING) and blocks[0][1].strip() == headline:
        blocks.pop(0)  # the page's own <h1> kept in the body
    meta["headline"] = headline
    if not outlet and guess is False:
        title = tree.xpath("//title")
        whole = one_line(title[0].text_content()) if title else None
        if whole and whole != headline and whole.startswith(headline):
            rest = re.match(r"^\s+[|–—-]\s+(.{2,40})$", whole[len(headline) :])
            outlet = rest.group(1).strip() if rest else None  # "Headline | Outlet"
    if outlet:
        meta["outlet"] = outlet
    page_url = url or one_line(getattr(doc, "url", None)) or declared.get("url")
    if page_url and urlparse(page_url).scheme in ("http", "https"):
        meta["url"] = page_url
    published = (
        declared.get("published") or page_date(getattr(doc, "date", None)) or furniture.get("published")
    )
    if published:
        meta["published"] = published
    # what the page declares, then a "By ..." line, then trafilatura's guess (which can keep a job title)
    author = declared.get("author") or furniture.get("author") or one_line(getattr(doc, "author", None))
    if author:
        meta["author"] = re.sub(r"^by\s+", "", author, flags=re.IGNORECASE).replace(";", ",")
    return meta, _page_markdown(headline, blocks, meta.get("url"))
