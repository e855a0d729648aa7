"""One grouping for the comparers: things joined pairwise (two quotes that share a run
of words, two sources that share wire copy, two date mentions of one event) fall into
groups, each the closure of its joins. Path-halving union-find over hashable keys, with
the finds inlined: the quote comparer joins tens of thousands of pairs on a big brief."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    __slots__ = ("parent",)

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}

    def find(self, key: K) -> K:
        parent = self.parent
        root = parent.setdefault(key, key)
        while parent[root] != root:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(self, a: K, b: K) -> None:
        parent = self.parent
        ra = parent.setdefault(a, a)
        while parent[ra] != ra:
            parent[ra] = parent[parent[ra]]
            ra = parent[ra]
        rb = parent.setdefault(b, b)
        while parent[rb] != rb:
            parent[rb] = parent[parent[rb]]
            rb = parent[rb]
        if ra != rb:
            parent[rb] = ra

    def groups(self, keys: Iterable[K]) -> list[list[K]]:
        """`keys` grouped, each group in the order given, the groups in the order of
        their first key."""
        find = self.find
        out: dict[K, list[K]] = {}
        for k in keys:
            out.setdefault(find(k), []).append(k)
        return list(out.values())
