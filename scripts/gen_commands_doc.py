"""Write docs/commands.md, the command reference, from each command's --help.

    python scripts/gen_commands_doc.py          # rewrite docs/commands.md
    python scripts/gen_commands_doc.py --check  # exit 1 if docs/commands.md is out of date

tests/test_docs.py fails when the file differs from what this script writes, so
after changing a command, an option or a help text, run it and commit the result.
The help is rendered as on a terminal 80 columns wide (click uses no more on a wider
one) without colour, so the file is the same on every machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parents[1] / "docs" / "commands.md"
WIDTH = 80
REGENERATE = "python scripts/gen_commands_doc.py"


def command_paths() -> list[list[str]]:
    """Every command and subcommand, as the words after `ainews`, in --help order."""
    import typer

    from ainews_cli.cli import app

    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(command: Any, path: list[str]) -> None:
        paths.append(path)
        if hasattr(command, "list_commands"):  # a group (typer's own copy of click's)
            context = typer.Context(command, info_name=" ".join(["ainews", *path]))
            for name in command.list_commands(context):
                sub = command.get_command(context, name)
                if sub is not None and not sub.hidden:
                    walk(sub, [*path, name])

    walk(root, [])
    return paths


def help_text(path: list[str]) -> str:
    from typer.testing import CliRunner

    from ainews_cli.cli import app

    env: dict[str, str | None] = {"NO_COLOR": "1", "TERM": "dumb", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": None}
    # Click fills a terminal's width less 2 columns, at most 78; its CliRunner would force 80.
    result = CliRunner().invoke(app, [*path, "--help"], env=env, prog_name="ainews", terminal_width=WIDTH - 2,
                                color=False)
    if result.exit_code != 0:
        raise SystemExit(f"ainews {' '.join(path)} --help failed: {result.output}")
    return "\n".join(line.rstrip() for line in result.stdout.strip("\n").splitlines())


def render() -> str:
    paths = command_paths()
    lines = [
        "# Command reference",
        "",
        "<!-- Generated from each command's --help by scripts/gen_commands_doc.py; do not edit.",
        f"     After changing a command, regenerate it with `{REGENERATE}`",
        "     (tests/test_docs.py fails while it is out of date). -->",
        "",
        "Every command's `--help` as printed on a terminal 80 columns wide or wider. The JSON",
        "each command writes is described in [json.md](json.md), the settings in [config.md](config.md),",
        "and [jq.md](jq.md) has recipes for the JSON output.",
        "",
    ]
    lines += [f"- [`{' '.join(['ainews', *path])}`](#{anchor(path)})" for path in paths]
    for path in paths:
        lines += ["", f"## {' '.join(['ainews', *path])}", "", "```text", help_text(path), "```"]
    return "\n".join(lines) + "\n"


def anchor(path: list[str]) -> str:
    return "-".join(["ainews", *path])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that docs/commands.md is up to date")
    args = parser.parse_args()
    text = render()
    if args.check:
        if DOC.read_text(encoding="utf-8") != text:
            sys.exit(f"{DOC} is out of date; regenerate it with `{REGENERATE}`")
        return
    DOC.write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {DOC}\n")


if __name__ == "__main__":
    main()
