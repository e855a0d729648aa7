"""A saved or fetched page parsed with lxml and made ready for trafilatura: what a reader
never sees goes, and each captioned photo becomes a marked paragraph so that its caption
survives. lxml is imported inside the functions: the TUI start-up must not pay for it."""

from __future__ import annotations

from tui.brief.errors import BriefError
from tui.brief.html_text import FIG_OPEN, FIG_SEP, one_line


def parse_html(html: str):
    import lxml.html
    from lxml import etree

    data = html.encode("utf-8", "replace")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise BriefError("the page is not readable HTML") from exc
    return tree


_NEVER_TEXT = (
    "//script | //style | //template | //noscript | //iframe | //object | //embed | //svg | //canvas"
    " | //button | //select | //textarea"
)
_HIDDEN = (
    "//dialog | //*[@hidden] | //*[@aria-hidden='true']"
    " | //*[contains(translate(@style, ' ', ''), 'display:none')]"
    " | //*[contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)


def drop_unseen(tree, hidden: bool) -> None:
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


def prepare_figures(tree) -> None:
    """Replace each captioned photo by a marked paragraph, so the caption survives
    trafilatura (which drops <figcaption>) as a caption right where the photo was."""
    for cap in _captions(tree):
        if cap.getparent() is None or cap.getroottree().getroot() is not tree:
            continue  # already replaced with its figure
        caption = one_line(cap.text_content(), 2000)
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
        p.text = f"{FIG_OPEN}{_image_src(container)}{FIG_SEP}{caption}"
        p.tail = container.tail
        parent = container.getparent()
        if parent is not None:
            parent.replace(container, p)
