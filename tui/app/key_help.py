"""What every key does, in words: one table for the help screen and the command
palette, so the two never disagree. Keys are written "@id" (the key that binding
answers to now, remaps included) or literally. No textual import."""

from __future__ import annotations

# binding id: (palette title, what it does)
COMMANDS: dict[str, tuple[str, str]] = {
    "tab-discrepancies": ("Discrepancies", "list where the sources disagree or leave something out"),
    "tab-takeaways": (
        "Takeaways",
        "list each source's key points, what the sources agree on, and what one source alone gives",
    ),
    "tab-people": ("People", "list everyone named, with the role each source gives"),
    "tab-quotes": ("Quotes", "list every quote, with who carries it"),
    "tab-figures": ("Figures", "list the numbers, grouped by what they count"),
    "next-discrepancy": ("Next discrepancy", "select the next discrepancy and highlight it in every column"),
    "previous-discrepancy": ("Previous discrepancy", "select the previous discrepancy"),
    "confirm": ("Mark confirmed", "the selected finding is real (saved at once in the brief's review)"),
    "dismiss": ("Mark dismissed", "the selected finding is not a real difference (a synonym, a misreading)"),
    "follow-up": ("Mark follow up", "the selected finding needs a call, a document, a second look"),
    "clear-verdict": ("Clear the verdict", "the selected finding is unreviewed again (its note stays)"),
    "note": ("Note", "a one-line note on the selected finding (enter saves, escape cancels)"),
    "note-editor": ("Note in $EDITOR", "a longer note on the selected finding in $VISUAL / $EDITOR"),
    "unreviewed": ("Only unreviewed findings", "Discrepancies and Takeaways show only what has no verdict"),
    "filter": ("Filter the list", "show only the rows of this list that contain the words you type"),
    "find": (
        "Find in every column",
        "search the text of every shown source; > and < step through the matches",
    ),
    "find-column": ("Find in this column", "search the text of the focused source only"),
    "next-match": ("Next match", "go to the next match of the search"),
    "previous-match": ("Previous match", "go to the previous match of the search"),
    "maximise": ("Maximise the pane", "give the focused pane the whole screen (z or escape restores it)"),
    "sort": ("Sort the discrepancies", "by severity, by kind, or by source (the odd one out first)"),
    "copy": ("Copy the selected item", "with what each source says and where (paragraph), as markdown"),
    "export": ("Export to markdown", "the whole brief as a markdown roundup with citations"),
    "pick-sources": ("Choose the sources shown", "hide or show source columns (the analysis keeps them all)"),
    "sync-scroll": ("Synchronised scrolling", "scroll every column together, on or off"),
    "open-url": ("Open the source's URL", "in your browser (no browser: the URL is copied instead)"),
    "copy-url": ("Copy the source's URL", "the focused source's URL to the clipboard"),
    "next-source": ("Next source", "focus the next source column (the window moves over many sources)"),
    "previous-source": ("Previous source", "focus the previous source column"),
    "edit-source": ("Edit the source file", "in $VISUAL / $EDITOR, then analyse again"),
    "edit-brief": ("Edit brief.yaml", "in $VISUAL / $EDITOR, then analyse again"),
    "faint-marks": ("Faint marks", "mark every discrepancy faintly in the text, on or off"),
    "back": ("Back", "one step back: a maximised pane, the detail, a kept filter, a search, the selection"),
    "help": ("Help", "every key, and what the markers mean"),
}

SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere",
        [
            ("@next-pane / @previous-pane", "move focus: columns, list, detail"),
            (
                " ".join(f"@tab-{t}" for t in ("discrepancies", "takeaways", "people", "quotes", "figures")),
                "Discrepancies, Takeaways, People, Quotes, Figures",
            ),
            ("@next-discrepancy", "next discrepancy: highlights it in every column, focus in the list"),
            ("@previous-discrepancy", "previous discrepancy"),
            ("@sort", "sort the discrepancies: severity, kind, source (the odd one out first)"),
            ("@filter", "filter the current list as you type (enter keeps it, escape clears it)"),
            ("@find", "find in the text of every column (enter / ↓ next, ↑ previous)"),
            ("@find-column", "find in the focused column only"),
            ("@next-match / @previous-match", "next / previous match, from anywhere"),
            ("@maximise", "maximise the focused pane (again, or escape, to restore)"),
            ("@next-source / @previous-source", "next / previous source column"),
            ("@sync-scroll", "synchronised scrolling of the columns on/off"),
            ("@faint-marks", "faint marks on every discrepancy on/off"),
            ("@pick-sources", "choose which sources are shown"),
            ("@copy", "copy the selected item with each source's claim and paragraph"),
            ("@copy-url", "copy the focused source's URL"),
            ("@open-url", "open the focused source's URL in a browser"),
            ("@export", "export the brief to markdown (in a browser: a download)"),
            ("@edit-source", "edit the focused source's file in $VISUAL / $EDITOR"),
            ("@edit-brief", "edit brief.yaml in $VISUAL / $EDITOR (then re-analyse)"),
            ("@back", "back one step: maximised pane, detail, kept filter, search, selection"),
            ("ctrl+p", "command palette: every action, jump to a person, quote or figure; themes"),
            ("@suspend", "suspend to the shell (fg brings it back)"),
            ("@help", "this help"),
            ("@quit", "quit"),
        ],
    ),
    (
        "Reviewing",
        [
            ("", "the selected finding: a discrepancy, an agreement or an only-here item"),
            ("@confirm / @dismiss / @follow-up", "mark it confirmed / dismissed / to follow up"),
            ("@clear-verdict", "clear its verdict (the note stays)"),
            ("@note", "a one-line note (enter saves, an empty note removes it, escape cancels)"),
            ("@note-editor", "a longer note in $VISUAL / $EDITOR"),
            ("@unreviewed", "show only the findings without a verdict, or all again"),
            ("", "each change is saved at once: review.yaml beside brief.yaml, else the data folder"),
        ],
    ),
    (
        "In a list",
        [
            ("@down / @up, ↓ ↑", "move the selection"),
            ("@top / @bottom, home / end", "first / last row"),
            ("pgup / pgdn", "a page up / down"),
            ("@open-detail", "the whole detail (at small sizes, over the list; enter again returns)"),
        ],
    ),
    (
        "In an article column",
        [
            ("@down / @up, ↓ ↑", "scroll"),
            ("@top / @bottom, home / end", "top / bottom"),
            ("@page-down, pgup / pgdn", "page"),
            ("click a marked word", "select the discrepancy it belongs to"),
        ],
    ),
]
