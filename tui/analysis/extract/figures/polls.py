"""Poll and election shares by candidate: what a bare percentage after a name counts.

- "Smith leading Jones, 51 percent to 43 percent": support for Smith, then for Jones
  (the names in the order of the numbers, whatever the verb: leads, edges, trails);
- "Gorse garnered 13 percent", "Hale won 52%", "Pell got 5 percent", "Vance leads
  the pack at 24 percent";
- "followed by Pell (16 percent)", "Vance (at 19 percent)";
- "followed by Pell at 16 percent", and a list going on after a share: "…, followed by
  Pell at 16 percent and Vance at 9 percent" (one name, right before "at" or "with");
- "Roe leads the field with 21 percent of primary voters", "Roe tied for second with
  Ann Poe at 17 percent";
- a preference: "voters favored a Democratic-controlled Congress over a Republican one
  46 percent to 41 percent" (support for each choice, in the order of the numbers; a
  plural other than the whole sample, "women favored …", makes it support among them).
A share "among Tea Party supporters" counts support among that group only. The thing counted is "support for <Name>", so two outlets' shares for one candidate meet."""

from __future__ import annotations

from collections.abc import Callable

from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re
from tui.analysis.words import STOPWORDS

_NAME = r"(?P<{}>[A-Z][\w'’-]+)"
_LEAD = (
    r"(?:leads?|leading|led|tops?|topping|topped|beats?|beating|edges?|edging|edged|outpolls?|"
    r"outpolling|over|trails?|trailing|trailed|ahead\s+of|behind)"
)
# "Smith leading Jones, " before the first number; "Smith leading Jones, 49 percent to " before the second.
_PAIR = lazy_re(
    rf"\b{_NAME.format('a')}\s+(?:(?:is|was|were|are|has|had|now|narrowly|still)\s+)*{_LEAD}\s+"
    rf"{_NAME.format('b')}(?:\s+(?:in|among)\s+[\w'’ -]{{1,30}}?)?,?\s+(?:by\s+)?"
    r"(?P<second>\d{1,2}(?:\.\d)?\s*(?:%|percent|per\s+cent)\s+to\s+)?$"
)
_GOT = lazy_re(
    rf"\b{_NAME.format('a')}\s+(?:(?:has|had|have|was|is|just|only)\s+)?"
    r"(?:got|gets|won|wins|earned|earns|garnered|garners|received|receives|drew|draws|took|takes|"
    r"polled|polls|captured|captures|netted|nets|tallied|scored|scores|"
    r"lead(?:s|ing)?\s+(?:the\s+(?:[\w'’-]+\s+){1,5}?)?(?:at|with)|"  # "leads the would-be field with"
    r"tied\s+(?:for\s+\w+\s+)?(?:with\s+(?:[A-Z][\w'’-]+\s+){1,2})?(?:(?:in|among)\s+(?:[\w'’-]+\s+){1,6}?)?at)"
    r"\s+(?:(?:just|only)\s+)?$"
)
# A preference: "<who> favored <one> over <other>, " before the first number, and the
# same with "N percent to " before the second. Neither choice spans " over " or " to ".
_CHOICE = r"(?:(?!\s(?:over|to)\s)[^,;:.()\d“”\"]){2,60}?"
_PREFER = lazy_re(
    r"\b(?P<who>[A-Za-z][\w'’-]*)\s+(?:(?:narrowly|still|now|strongly|overwhelmingly)\s+)?"
    r"(?:favou?r(?:s|ed)?|prefer(?:s|red)?|back(?:s|ed)?|support(?:s|ed)?|cho(?:se|ose|oses)|pick(?:s|ed)?)\s+"
    rf"(?P<a>{_CHOICE})\s+(?:over|to)\s+(?P<b>{_CHOICE}),?\s+(?:by\s+)?"
    r"(?P<second>\d{1,2}(?:\.\d)?\s*(?:%|percent|per\s+cent)\s+to\s+)?$"
)
_WHOLE_SAMPLE = frozenset(w.lower() for w in word_list("poll_whole_samples"))
_GROUP_PLURALS = frozenset("women men".split())  # plurals without an s


def _preference(tail: str) -> tuple[str, str] | None:
    """(the choice this share is for, the group polled or "") when `tail` ends where a
    preference poll's share is written; None when who prefers is not a plural (a
    person's preference is not a poll)."""
    m = _PREFER.search(tail)
    if not m:
        return None
    who = m.group("who").lower()
    if who not in _WHOLE_SAMPLE and (who in STOPWORDS or not (who.endswith("s") or who in _GROUP_PLURALS)):
        return None
    choice = m.group("b") if m.group("second") else m.group("a")
    if choice.endswith(" one") and m.group("second"):
        # "a Democratic-controlled Congress over a Republican one": one is the other's noun
        noun = m.group("a").rsplit(None, 1)[-1]
        if noun.lower() != "one":
            choice = f"{choice[:-3]}{noun}"
    return choice, "" if who in _WHOLE_SAMPLE else who


# A share among a part of the electorate ("finishes first among Tea Party supporters"):
# another count than the share of everyone polled.
_AMONG = lazy_re(r"\bamong\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s*[(,;:]|\s+(?:at|with|by|in|and|than)\b)")
_PAREN = lazy_re(rf"\b{_NAME.format('a')}\s+\((?:at\s+|with\s+)?$")
# "followed by Pell at", "followed by former Gov. Ann Vance at": the name before "at" or
# "with" (not two, "Pell and Vance at 17 percent each": that share is both's, and aligns
# by its sentence); then "… at 16 percent and Vance at", "…, Vance with": a list going on.
_FOLLOWED = lazy_re(
    r"\bfollowed\s+(?:closely\s+)?by\s+(?:(?:(?!\band\b)[^,;:()]){0,60}?\s)?"
    rf"{_NAME.format('a')}\s+(?:at|with)\s+$"
)
_LISTED = lazy_re(
    r"\d\s*(?:%|percent|per\s+cent)(?:\s+each)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)"
    rf"(?:former\s+)?(?:[A-Z][\w'’.-]*\s+){{0,4}}?{_NAME.format('a')}\s+(?:at|with)\s+$"
)
# A word every share by candidate has near its number: a cheap test before the regexes.
_CUES = frozenset(
    "tied lead leads leading led top tops topping topped beat beats beating edge edges edging edged "
    "outpolls outpolling over trail trails trailing trailed ahead behind got gets won wins earned "
    "earns garnered garners received receives drew draws took takes polled polls captured captures "
    "netted nets tallied scored scores favored favoured favors favours preferred prefer prefers backed "
    "backs supported supports chose choose chooses picked picks followed".split()
)
_NOT_NAMES = frozenset("The A An It He She They We This That In On At But And Poll Polls".split())


def poll_share(before: str, sentence: Callable[[], str] | None = None) -> str | None:
    """ "support for Smith" when `before` ends where a candidate's share is written;
    `sentence()` (the sentence up to the share, when longer; asked for only when a
    share is found) is searched for "among"."""
    if not before.endswith((" ", "(")):
        return None
    tail = before[-130:]
    words = set(tail.lower().split()[-16:])
    if not (words & _CUES or tail.endswith("(") or tail.endswith(("(at ", "(with "))):
        return None  # no lead, poll verb or parenthesis: most percentages stop here
    group = ""  # who was polled, when not everyone: "women favored …"
    if preferred := _preference(tail):
        name, group = preferred
    elif m := _PAIR.search(tail):
        name = m.group("b") if m.group("second") else m.group("a")
    elif m := _PAREN.search(tail) or _GOT.search(tail) or _FOLLOWED.search(tail) or _LISTED.search(tail):
        name = m.group("a")
    else:
        return None
    if name in _NOT_NAMES:
        return None
    among = _AMONG.search(sentence() if sentence else tail)  # a list's group is named once, before its first
    group = among.group(1).lower() if among else group
    return f"support for {name}" + (f" among {group}" if group else "")
