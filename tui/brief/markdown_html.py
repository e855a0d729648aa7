"""The text of raw HTML inside a markdown article (an "HTML block": a `<div>`, a
`<p>` or a `<table>` written into the markdown), so that it is read rather than
dropped. Scripts, styles and other things no reader sees give no text."""

from __future__ import annotations

from html.parser import HTMLParser

from tui.regex_cache import compiled

_UNSEEN = {"script", "style", "template", "noscript", "iframe", "object", "svg", "canvas", "head", "title"}
_BREAKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "table", "section", "article", "figure", "figcaption", "header", "footer", "aside", "pre", "hr",
}  # fmt: skip
_SPACE = compiled(r"\s+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _UNSEEN:
            self.hidden += 1
        elif tag in _BREAKS:
            self.paragraphs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.paragraphs[-1].append(data)


def html_block_paragraphs(html: str) -> list[str]:
    """The paragraphs of text an HTML block shows, in order."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    out = (_SPACE.sub(" ", "".join(parts)).strip() for parts in parser.paragraphs)
    return [p for p in out if p]
