"""One grouping for the comparers: things joined pairwise (two quotes that share a run
of words, two sources that share wire copy, two date mentions of one event) fall into
groups, each the closure of its joins. Path-halving union-find over hashable keys."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
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
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self, keys: Iterable[K]) -> list[list[K]]:
        """`keys` grouped, each group in the order given, the groups in the order of
        their first key."""
        out: dict[K, list[K]] = {}
        for k in keys:
            out.setdefault(self.find(k), []).append(k)
        return list(out.values())
