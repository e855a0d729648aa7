"""The desktop around the app: clipboard tools, browsers, $EDITOR. Plain
subprocess code, no UI, so each path is testable with fake tools on PATH."""
