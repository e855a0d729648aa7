"""A verdict per source for one aligned fact: agrees, differs, silent, cannot tell.

The consensus is the value backed by the most independent origins (syndicated copies
count once), then by the most sources; when two values tie there is none, and every
source that gives a value differs. A source that gives no value is searched once more
(its whole text, for the value, the person's names or the quote's words) before it is
called silent, and a source cut off before the point where the others make the claim
cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tui.analysis.compare.context import Context
from tui.analysis.model import AGREES, DIFFERS, Verdict


@dataclass
class Decision:
    verdicts: dict[str, Verdict]
    consensus: str | None
    dissenters: list[str]

    def agreeing(self) -> list[str]:
        return [s for s, v in self.verdicts.items() if v.verdict == AGREES]

    def giving(self) -> list[str]:
        return [s for s, v in self.verdicts.items() if v.verdict in (AGREES, DIFFERS)]


def decide(
    ctx: Context,
    given: dict[str, list[str]],
    shown: dict[str, str],
    label: Callable[[str], str],
    others_at: list[tuple[str, int]],
    mentions: Callable[[str, str], bool] | None = None,
) -> Decision:
    """`given`: source → the value keys it gives (a source may give several);
    `shown`: source → what it says, as written; `label(key)`: a key as a reader sees it;
    `others_at`: (source, offset) where each giving source makes the claim;
    `mentions(source, key)`: does a silent source's text name this value after all?"""
    backing: dict[str, list[str]] = {}
    for sid in ctx.source_ids:
        for key in dict.fromkeys(given.get(sid, ())):
            backing.setdefault(key, []).append(sid)
    ranked = sorted(backing.items(), key=lambda kv: (-ctx.origins(kv[1]), -len(kv[1])))
    consensus = None
    if ranked and len(backing) == 1:
        consensus = ranked[0][0]
    elif len(ranked) > 1:
        top, second = ranked[0][1], ranked[1][1]
        if (ctx.origins(top), len(top)) > (ctx.origins(second), len(second)):
            consensus = ranked[0][0]
    verdicts: dict[str, Verdict] = {}
    dissenters = []
    for sid in ctx.source_ids:
        keys = given.get(sid)
        if keys:
            if consensus is not None and consensus in keys:
                verdicts[sid] = Verdict(AGREES, shown.get(sid))
            else:
                verdicts[sid] = Verdict(DIFFERS, shown.get(sid))
                dissenters.append(sid)
        elif consensus is not None and mentions is not None and mentions(sid, consensus):
            verdicts[sid] = Verdict(AGREES, label(consensus))
        else:
            verdicts[sid] = ctx.absent(sid, others_at)
    return Decision(verdicts, label(consensus) if consensus is not None else None, dissenters)
