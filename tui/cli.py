"""Arguments to one function per command. User errors: one line on stderr, exit 1."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.brief.errors import BriefError

COMMANDS = ("analyze", "export", "check", "new")


def _brief_paths(paths: Sequence[str]) -> list[Path]:
    from tui.brief.bundled import default_brief_path

    return [Path(p) for p in paths] if paths else [default_brief_path()]


def _analysis(paths: Sequence[str]):
    from tui.analysis import analyze
    from tui.brief.load import load_brief

    brief = load_brief(_brief_paths(paths))
    for warning in brief.warnings:
        print(warning, file=sys.stderr)
    return analyze(brief)


def cmd_analyze(args: argparse.Namespace) -> int:
    analysis = _analysis(args.paths)
    if args.json:
        from tui.output.json import analysis_to_json

        json.dump(analysis_to_json(analysis), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from tui.output.report import print_report

        print_report(analysis)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tui.output.files import write_atomically
    from tui.output.markdown import render_markdown

    text = render_markdown(_analysis(args.paths))
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    write_atomically(Path(args.output), text, overwrite=args.force)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from tui.brief.check import check_brief

    problems = check_brief(_brief_paths(args.paths))
    for problem in problems:
        print(problem, file=sys.stderr if problem.error else sys.stdout)
    errors = sum(p.error for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return 1
    print(f"ok ({warnings} warning(s))" if warnings else "ok")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from tui.brief.new import create_brief

    folder = create_brief(Path(args.dir), args.inputs, force=args.force)
    print(f"created {folder / 'brief.yaml'}; open it with: newsbrief {folder}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from tui.brief.load import load_brief

    paths = _brief_paths(args.paths)
    brief = load_brief(paths)  # fail fast, with one line, before the screen is taken over
    from tui.app.app import NewsbriefApp

    NewsbriefApp(paths, brief=brief).run()
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsbrief",
        description="Explore a news brief: several articles about one story, side by side.",
        epilog="commands: analyze, export, check, new (newsbrief COMMAND -h for each)",
    )
    p.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    p.add_argument(
        "paths", nargs="*", help="a brief folder, a brief.yaml, or article files (default: bundled brief)"
    )
    p.set_defaults(func=cmd_open)
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsbrief")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="print the analysis (as JSON with --json)")
    a.add_argument("paths", nargs="*")
    a.add_argument("--json", action="store_true", help="JSON on stdout (schema 1)")
    a.set_defaults(func=cmd_analyze)
    e = sub.add_parser("export", help="the brief as markdown")
    e.add_argument("paths", nargs="*")
    e.add_argument("-o", "--output", help="write to FILE (atomically) instead of stdout")
    e.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    e.set_defaults(func=cmd_export)
    c = sub.add_parser("check", help="validate a brief; exit 1 when it has errors")
    c.add_argument("paths", nargs="*")
    c.set_defaults(func=cmd_check)
    n = sub.add_parser("new", help="make a brief folder from article files or URLs")
    n.add_argument("dir")
    n.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    n.add_argument("--force", action="store_true", help="add to an existing folder")
    n.set_defaults(func=cmd_new)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _command_parser() if argv and argv[0] in COMMANDS else _parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BriefError as exc:
        print(f"newsbrief: {exc}", file=sys.stderr)
        return 1
    except FileExistsError as exc:
        print(f"newsbrief: {exc.filename or exc}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"newsbrief: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not the user's fault: still one line unless debugging
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        print(f"newsbrief: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
