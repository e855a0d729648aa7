"""The article columns: a window over the shown sources, with only the columns on
screen mounted. Moving past the last column (c, or a sideways scroll) shows the
next source in the window; a brief of a thousand sources mounts three columns.

The screen tells it which sources are shown and asks it to put a source on
screen; each column's marks are the screen's business (`on_show` is called with
every column that starts showing a source)."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.containers import Horizontal

from tui.app.widgets.article_view import ArticleView
from tui.brief.model import Article

NARROW = 100  # below this many columns, one article column at a time
MIN_SIDE_BY_SIDE = 3
MIN_COLUMN = 50  # wider terminals fit more columns, each at least this wide


def per_screen(width: int, count: int) -> int:
    if width < NARROW:
        return 1
    return max(1, min(count, max(MIN_SIDE_BY_SIDE, width // MIN_COLUMN)))


class ColumnsArea(Horizontal, can_focus=False):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: list[Article] = []  # the shown sources, in brief order
        self.total = 0  # every source of the brief, shown or not (for "3/20")
        self.positions: dict[str, int] = {}
        self.first = 0
        self.on_show: Callable[[ArticleView], None] | None = None
        self.scroll_memory: dict[str, float] = {}

    @property
    def views(self) -> list[ArticleView]:
        return list(self.query_children(ArticleView))

    def compose_views(self, articles: list[Article], total: int, width: int) -> list[ArticleView]:
        """The first window's columns, for compose (before the screen is laid out)."""
        self._set(articles, total)
        count = per_screen(width, len(articles)) if articles else 0
        return [self._view(i, i) for i in range(count)]

    def _set(self, articles: list[Article], total: int) -> None:
        self.articles, self.total, self.first = list(articles), total, 0

    def _view(self, slot: int, index: int) -> ArticleView:
        article = self.articles[index]
        return ArticleView(
            article, position=(self.positions.get(article.id, index) + 1, self.total), id=f"col-{slot}"
        )

    async def show_sources(self, articles: list[Article], total: int, positions: dict[str, int]) -> None:
        """Replace what is shown (a reload, the source picker). The columns stay (and
        so does focus): each shows its new source, where the reader left it."""
        on_screen = [v.article.id for v in self.views]
        self.positions = positions
        ids = [a.id for a in articles]
        first = next((ids.index(s) for s in on_screen if s in ids), 0)
        self.articles, self.total = list(articles), total
        self.first = first
        await self.fit(self.size.width or 120)

    async def fit(self, width: int) -> None:
        """As many columns as the width holds; the window stays on the focused source."""
        want = per_screen(width, len(self.articles)) if self.articles else 0
        views = self.views
        if len(views) > want:
            await self.remove_children(views[want:])
        elif len(views) < want:
            await self.mount_all([self._view(slot, self._index(slot)) for slot in range(len(views), want)])
        self.first = max(0, min(self.first, len(self.articles) - want))
        self._assign()

    def _index(self, slot: int) -> int:
        return min(len(self.articles) - 1, self.first + slot)

    def _assign(self) -> None:
        for slot, view in enumerate(self.views):
            index = self.first + slot
            if index >= len(self.articles):
                continue
            article = self.articles[index]
            if view.article is not article:
                self.scroll_memory[view.article.id] = view.scroll_y
                view.show_article(article, (self.positions.get(article.id, index) + 1, self.total))
                view.scroll_to(y=self.scroll_memory.get(article.id, 0), animate=False, immediate=True)
            if self.on_show is not None:
                self.on_show(view)

    def bring(self, source: str) -> ArticleView | None:
        """Put a source on screen (moving the window as little as it can); its column."""
        index = next((i for i, a in enumerate(self.articles) if a.id == source), None)
        if index is None:
            return None
        count = len(self.views)
        if not count:
            return None
        if index < self.first:
            self.first = index
        elif index >= self.first + count:
            self.first = index - count + 1
        self._assign()
        return self.views[index - self.first]

    def view_of(self, source: str) -> ArticleView | None:
        return next((v for v in self.views if v.article.id == source), None)

    def step(self, current: str | None, delta: int) -> ArticleView | None:
        """The column of the next (or previous) shown source, wrapping round."""
        if not self.articles:
            return None
        ids = [a.id for a in self.articles]
        index = ids.index(current) if current in ids else (-1 if delta > 0 else 0)
        return self.bring(ids[(index + delta) % len(ids)])

    def on_mouse_scroll_right(self, event: events.MouseScrollRight) -> None:
        self._shift(+1)
        event.stop()

    def on_mouse_scroll_left(self, event: events.MouseScrollLeft) -> None:
        self._shift(-1)
        event.stop()

    def _shift(self, delta: int) -> None:
        limit = max(0, len(self.articles) - len(self.views))
        first = max(0, min(limit, self.first + delta))
        if first != self.first:
            self.first = first
            self._assign()

    @property
    def window(self) -> tuple[int, int]:
        """The 1-based range of shown sources on screen: (4, 6) for sources 4–6."""
        return self.first + 1, self.first + len(self.views)
