"""A verdict per source for one aligned fact: agrees, differs, silent, cannot tell.

The consensus is the value backed by the most independent origins (syndicated copies
count once), then by the most sources; when two values tie there is none, and every
source that gives a value differs. A source that gives no value is searched once more
(its whole text, for the value, the person's names or the quote's words) before it is
called silent, and a source cut off before the point where the others make the claim
cannot tell. A verdict left out is silent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tui.analysis.compare.context import Context
from tui.analysis.model import AGREES, CANNOT_TELL, DIFFERS, HAS_IT, SILENT, Verdict

_SILENT = Verdict(SILENT)


@dataclass(slots=True)
class Decision:
    verdicts: dict[str, Verdict]  # sources that say something or cannot tell; the rest are silent
    consensus: str | None
    dissenters: list[str]

    def of(self, source: str) -> Verdict:
        return self.verdicts.get(source, _SILENT)

    def agreeing(self) -> list[str]:
        return [s for s, v in self.verdicts.items() if v.verdict == AGREES]

    def giving(self) -> list[str]:
        return [s for s, v in self.verdicts.items() if v.verdict in (AGREES, DIFFERS)]

    def fields(self) -> dict:
        """The Discrepancy keywords this decision fills: `Discrepancy(..., **d.fields())`."""
        return {"verdicts": self.verdicts, "consensus": self.consensus, "dissenters": self.dissenters}


def odd_one_out(
    ctx: Context,
    odd: str,
    value: str,
    agreeing: dict[str, str] | None = None,
    differing: dict[str, str] | None = None,
) -> Decision:
    """One source stands apart on its own (a caption's stale date, a headline's claim its
    body never makes, loaded wording): it differs, giving `value`; the sources in
    `agreeing` (source → what it says instead) agree, those in `differing` differ with
    it; the rest are silent. No consensus value is stated: what the others share is the
    absence of the odd source's."""
    found = {odd: Verdict(DIFFERS, value)}
    for sid, said in (agreeing or {}).items():
        found.setdefault(sid, Verdict(AGREES, said))
    for sid, said in (differing or {}).items():
        found.setdefault(sid, Verdict(DIFFERS, said))
    order = ctx.order
    dissenters = sorted((s for s, v in found.items() if v.verdict == DIFFERS), key=order.__getitem__)
    return Decision({s: found[s] for s in sorted(found, key=order.__getitem__)}, None, dissenters)


def each_its_own(ctx: Context, shown: dict[str, str]) -> Decision:
    """Every source that speaks says something of its own (a different message, a
    different record claim): no consensus, and each one differs."""
    return decide(ctx, {sid: [sid] for sid in shown}, shown, str, [])


def decide(
    ctx: Context,
    given: dict[str, list[str]],
    shown: dict[str, str],
    label: Callable[[str], str],
    others_at: list[tuple[str, int]],
    mentioned_by: Callable[[str], set[str]] | None = None,
) -> Decision:
    """`given`: source → the value keys it gives (a source may give several);
    `shown`: source → what it says, as written; `label(key)`: a key as a reader sees it;
    `others_at`: (source, offset) where each giving source makes the claim;
    `mentioned_by(key)`: the sources whose text names this value after all.

    Only sources that say something, or cannot tell, get an entry in `verdicts`: every
    other source is silent (`Decision.of`), so the cost grows with what is said, not
    with sources times facts."""
    backing: dict[str, list[str]] = {}
    for sid, keys in given.items():
        if len(keys) == 1:  # most sources give one value: no copy made to drop repeats
            backing.setdefault(keys[0], []).append(sid)
            continue
        for key in dict.fromkeys(keys):
            backing.setdefault(key, []).append(sid)
    consensus = None
    if len(backing) == 1:  # one value (most facts): it is the consensus, nothing to weigh
        consensus = next(iter(backing))
    elif len(backing) > 1:
        # (independent origins, sources) behind each value, counted once
        weight = {key: (ctx.origins(sids), len(sids)) for key, sids in backing.items()}
        ranked = sorted(
            backing.items(), key=lambda kv: weight[kv[0]], reverse=True
        )  # stable: ties keep order
        (top_key, top), (second_key, second) = ranked[0], ranked[1]
        # Two values the same sources give (one story's two counts of a noun) tie without
        # any disagreement: the first is the consensus, and every one of them agrees.
        if weight[top_key] > weight[second_key] or set(top) == set(second):
            consensus = ranked[0][0]
    found: dict[str, Verdict] = {}
    dissenters = []
    made: dict[tuple[str, str | None], Verdict] = {}  # one object per verdict and value: frozen
    for sid, keys in given.items():
        if not keys:
            continue
        kind = AGREES if consensus is not None and consensus in keys else DIFFERS
        value = shown.get(sid)
        verdict = made.get((kind, value))
        if verdict is None:
            verdict = made[(kind, value)] = Verdict(kind, value)
        found[sid] = verdict
        if kind == DIFFERS:
            dissenters.append(sid)
    if consensus is not None and mentioned_by is not None:
        for sid in mentioned_by(consensus):
            if sid not in found:
                found[sid] = Verdict(AGREES, label(consensus))
    for sid in ctx.reach.reason:  # cut off: silence may be the cut
        if sid not in found and ctx.reach.cannot_tell(sid, others_at):
            found[sid] = Verdict(CANNOT_TELL)
    order = ctx.order
    verdicts = {s: found[s] for s in sorted(found, key=order.__getitem__)}
    dissenters.sort(key=order.__getitem__)
    return Decision(verdicts, label(consensus) if consensus is not None else None, dissenters)


def alone(status: dict[str, str], speaking: list[str] | None = None) -> dict[str, str]:
    """A status map (source → verdict) where one source alone gives the item and agrees
    with nobody: that source has it (`has_it`, the UI's ◆), rather than agrees.
    `speaking`: the sources not silent, when the caller knows them (else found here, by
    a walk over every source's status)."""
    if speaking is None:
        speaking = [s for s, st in status.items() if st != SILENT]
    if len(speaking) == 1 and status[speaking[0]] == AGREES:
        return {**status, speaking[0]: HAS_IT}
    return status
