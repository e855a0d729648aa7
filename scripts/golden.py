"""Regenerate tests/golden/analysis/*.json: `newsbrief analyze --json` of every brief.

    python scripts/golden.py          # rewrite the files
    python scripts/golden.py --check  # exit 1 and name the briefs whose output changed

The briefs are every folder in content/ and tests/briefs/, and each story of
../shared/devset/ when that folder exists (its texts are not ours to copy, so only the
analysis is kept, and the test skips those files when the dev set is absent).

A change of behaviour on purpose regenerates these files; read `git diff tests/golden`
before committing, and explain every changed line that is not an improvement.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "analysis"
DEVSET = ROOT.parent / "shared" / "devset"


def briefs() -> dict[str, Path]:
    """Golden file name → brief folder, for every brief that exists here."""
    found: dict[str, Path] = {}
    for prefix, folder in (("content", ROOT / "content"), ("briefs", ROOT / "tests" / "briefs")):
        for brief in sorted(p for p in folder.iterdir() if p.is_dir()):
            found[f"{prefix}--{brief.name}"] = brief
    if DEVSET.is_dir():
        for story in sorted(p for p in DEVSET.iterdir() if (p / "truth.yaml").exists()):
            found[f"devset--{story.name}"] = story
    return found


def analyze_json(folder: Path) -> str:
    """Exactly what `newsbrief analyze FOLDER --json` prints, with the folder's path made
    relative so the files do not depend on where the checkout lives."""
    from tui.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["analyze", str(folder), "--json"])
    if status:
        raise SystemExit(f"{folder}: exit {status}: {err.getvalue().strip()}")
    return out.getvalue().replace(str(folder), folder.name)


def update(folder: Path, texts: dict[str, str], *, check: bool) -> int:
    """Write each file of `texts` (name → text) that differs; with `check`, only name them."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in texts.items():
        path = folder / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        changed.append(name)
        if not check:
            path.write_text(text, encoding="utf-8")
    verb = "differ" if check else "rewritten"
    print(f"{len(changed)} {verb}: {', '.join(changed)}" if changed else "all golden files current")
    return 1 if check and changed else 0


def main(argv: list[str]) -> int:
    # Your own reviews (kept in the data folder for the bundled brief) stay out of the files.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="newsbrief-golden-")
    texts = {f"{name}.json": analyze_json(folder) for name, folder in briefs().items()}
    return update(GOLDEN, texts, check="--check" in argv)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
