"""Arguments to one function per command. User errors: one line on stderr, exit 1.

Output pipes cleanly: UTF-8 whatever the locale, no padding when it is not a
terminal, and a reader that stops early (`| head`) ends the run quietly, status 0."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.brief.errors import BriefError
from tui.stdout import CheckedOutput, OutputError

COMMANDS = ("analyze", "export", "check", "new", "serve")
# markdown_findings.SELECTIONS, written out so that parsing arguments imports no YAML
EXPORT_ONLY = ("all", "confirmed", "follow_up", "dismissed", "unreviewed")
VERSION = f"newsbrief {__version__}"
PATHS_HELP = "a brief folder, its brief.yaml, or article files (.md, .txt, .html); default: the bundled brief"


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


def _report_text(analysis) -> str:
    """The report as a terminal would show it, without the spaces Rich pads lines with."""
    from rich.console import Console

    from tui.output.report import print_report

    buffer = io.StringIO()
    print_report(analysis, Console(file=buffer, highlight=False, color_system=None))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.jsonl:
        return cmd_analyze_many(args)
    if args.jobs is not None:
        print(
            "newsbrief: -j/--jobs goes with --jsonl (one brief is analysed in one process)", file=sys.stderr
        )
        return 1
    analysis = _analysis(args.paths)
    if args.json:
        from tui.output.json import review_to_json
        from tui.output.json_write import write_json

        review = _review(analysis)
        extra = {"review": review_to_json(review, analysis)} if review.exists else None
        write_json(analysis, sys.stdout, extra)  # built whole, then written in large chunks
    elif sys.stdout.isatty():
        from tui.output.report import print_report

        print_report(analysis)
    else:
        sys.stdout.write(_report_text(analysis))
    return 0


def _review(analysis):
    """The brief's review (verdicts and notes); a review file with errors stops here."""
    from tui.review import Review, ReviewError

    review = Review.load(analysis.brief)
    if review.problems:
        raise ReviewError(review.problems[0])
    for warning in review.warnings:
        print(warning, file=sys.stderr)
    return review


def _export_text(args: argparse.Namespace) -> str:
    """The markdown, or with --format claims the confirmed discrepancies as JSON-LD."""
    analysis = _analysis(args.paths)
    if args.format == "claims" and args.only not in ("all", "confirmed"):
        raise BriefError("--only is for markdown: --format claims holds the confirmed discrepancies")
    review = _review(analysis)
    if args.format == "markdown":
        from tui.output.markdown import render_markdown

        return render_markdown(analysis, review, args.only)
    from tui.output.claims import claims_document

    document = claims_document(analysis, review)
    if not document["@graph"]:
        print("newsbrief: no confirmed discrepancies in this brief's review", file=sys.stderr)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def cmd_analyze_many(args: argparse.Namespace) -> int:
    """`analyze --jsonl BRIEF...`: each path its own brief, a JSON line each, on every core."""
    from tui.batch import run_batch

    paths = [str(p) for p in _brief_paths(args.paths)]

    def write(line: str) -> None:
        sys.stdout.write(line)
        sys.stdout.flush()  # a line as soon as its brief is done, for a reader downstream

    def say(line: str) -> None:
        print(line, file=sys.stderr)

    return run_batch(paths, write, say, jobs=args.jobs, progress=sys.stderr.isatty())


def cmd_export(args: argparse.Namespace) -> int:
    from tui.output.files import write_atomically

    text = _export_text(args)
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


def cmd_serve(args: argparse.Namespace) -> int:
    from tui.brief.load import load_brief

    paths = _brief_paths(args.paths)
    brief = load_brief(paths)  # a bad brief is one line here, not a broken page in the browser
    try:
        from tui.web import serve
    except ImportError:
        print("newsbrief: serve needs textual-serve: pip install 'newsbrief[web]'", file=sys.stderr)
        return 1
    serve(paths, host=args.host, port=args.port, title=brief.title, debug=args.debug)
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    if args.print_config:
        return cmd_print_config()
    if args.print_completion:
        sys.stdout.write(completion_script(args.print_completion))
        return 0
    from tui.brief.load import load_brief
    from tui.config import load_settings

    paths = _brief_paths(args.paths)
    brief = load_brief(paths)  # fail fast, with one line, before the screen is taken over
    from tui.app.app import NewsbriefApp

    NewsbriefApp(paths, brief=brief, settings=load_settings()).run()
    return 0


def cmd_print_config() -> int:
    """The settings in force as a config file; problems with the file on stderr."""
    from tui.app.keymap import check_keys, keys_in_force
    from tui.config import dump_settings, load_settings

    settings = load_settings()
    keys, warnings = check_keys(settings.keys, settings.path)
    theme = os.environ.get("TEXTUAL_THEME") or settings.theme or "textual-dark"
    sys.stdout.write(dump_settings(settings, keys_in_force(keys), theme))
    for line in [*settings.problems, *warnings]:
        print(f"newsbrief: {line}", file=sys.stderr)
    return 0 if settings.writable else 1


# --- parsing -----------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {value!r}")
    return n


def _subcommand(sub, name: str, help: str, func, paths: bool = True) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
    p.add_argument("--version", action="version", version=VERSION)
    if paths:
        p.add_argument("paths", nargs="*", metavar="PATH", help=PATHS_HELP)
    p.set_defaults(func=func)
    return p


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsbrief",
        description="Explore a news brief: several articles about one story, side by side.",
        epilog="commands: analyze, export, check, new, serve (newsbrief COMMAND -h for each)",
    )
    p.add_argument("--version", action="version", version=VERSION)
    p.add_argument("--print-config", action="store_true", help="show the settings in force and exit")
    p.add_argument(
        "--print-completion",
        choices=("bash", "zsh", "tcsh"),
        metavar="SHELL",
        help="print a completion script for bash, zsh or tcsh and exit",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help=PATHS_HELP)
    p.set_defaults(func=cmd_open)
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsbrief")
    p.add_argument("--version", action="version", version=VERSION)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = _subcommand(sub, "analyze", "print the analysis (as JSON with --json)", cmd_analyze)
    form = a.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="JSON on stdout (schema 1) instead of a report")
    form.add_argument(
        "--jsonl",
        action="store_true",
        help="each PATH a brief of its own: one JSON line per brief, analysed on every core",
    )
    a.add_argument(
        "-j", "--jobs", type=_positive, metavar="N", help="with --jsonl: N processes (default: one per core)"
    )
    e = _subcommand(
        sub, "export", "the brief as markdown with citations, or its confirmed claims", cmd_export
    )
    e.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    e.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    e.add_argument(
        "--only",
        choices=EXPORT_ONLY,
        default="all",
        help="the findings to include, by the review's verdict (default: all)",
    )
    e.add_argument(
        "--format",
        choices=("markdown", "claims"),
        default="markdown",
        help="markdown (default), or claims: the confirmed discrepancies as schema.org JSON-LD",
    )
    _subcommand(sub, "check", "validate a brief; exit 1 when it has errors", cmd_check)
    n = _subcommand(sub, "new", "make a brief folder from article files or URLs", cmd_new, paths=False)
    n.add_argument("dir", metavar="DIR", help="the folder to create (it must be new or empty)")
    n.add_argument(
        "inputs", nargs="+", metavar="FILE_OR_URL", help="articles: .md, .txt, .html files or URLs"
    )
    n.add_argument("--force", action="store_true", help="add to a folder that has files (never replaces one)")
    s = _subcommand(sub, "serve", "the app in a web browser (textual-serve)", cmd_serve)
    s.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    s.add_argument("--debug", action="store_true", help="log what the server does")
    return p


def _actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        yield action
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)


def completion_script(shell: str) -> str:
    """shtab writes the script from the parser itself, so it cannot go stale: commands,
    options, and file (or folder) names where a command takes a path."""
    import shtab

    parser = _command_parser()
    for action in _actions(parser):
        if action.dest in ("paths", "inputs", "output"):
            action.complete = shtab.FILE
        elif action.dest == "dir":
            action.complete = shtab.DIRECTORY
    return shtab.complete(parser, shell=shell)


def unknown_command(word: str) -> str | None:
    """The line for a first argument that is neither a command nor an existing path
    (a name with a folder or a file suffix in it is a path: the loader says it is missing)."""
    if word.startswith("-") or word in COMMANDS or os.sep in word or "." in word or Path(word).exists():
        return None
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    return f"unknown command '{word}', and no file or folder of that name (commands: {', '.join(COMMANDS)})"


def _utf8_output() -> None:
    """Write UTF-8 whatever the locale says (LC_ALL=C would make every “ an error)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            # surrogateescape: a file name the C locale could not decode goes out as it came in
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="surrogateescape")


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush says nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _run(argv: list[str]) -> int:
    command = argv[0] if argv else None
    if command is not None and (line := unknown_command(command)):
        print(f"newsbrief: {line}", file=sys.stderr)
        return 1
    parser = _command_parser() if command in COMMANDS else _parser()
    args = parser.parse_args(argv)
    if args.func is not cmd_open or args.print_config or args.print_completion:
        _utf8_output()  # not for the app: Textual writes to the terminal itself
        stdout = sys.stdout
        sys.stdout = CheckedOutput(stdout)
        try:
            status = args.func(args)
            sys.stdout.flush()  # inside the try: a closed pipe or a full disk shows up here, not at exit
        finally:
            sys.stdout = stdout
        return status
    return args.func(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from tui.regex_cache import cache_module_patterns

    cache_module_patterns()  # the libraries' patterns too, from the cache: a faster start
    try:
        return _run(argv)
    except BriefError as exc:
        print(f"newsbrief: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader stopped (`| head`): not an error, say nothing
        _quiet_stdout()
        return 0
    except OutputError as exc:
        print(f"newsbrief: cannot write the output: {exc}", file=sys.stderr)
        _quiet_stdout()  # what is still buffered would fail again at exit
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
    except Exception as exc:  # a bug, not the user's fault: still one line unless debugging
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        print(f"newsbrief: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
