"""jq's command line over the jq bindings from PyPI, for tests/test_jq_recipes.py.

The `jq` package (the test extra) bundles libjq, so the recipes in docs/jq.md are
checked with nothing installed outside pip.  This covers the options the recipes
use (-r, -c, -s, -n, --arg, --argjson) and prints as jq does: two-space indents,
or one record a line with -c, strings bare with -r, UTF-8 unescaped.
"""

from __future__ import annotations

import json
import sys

import jq


def main(argv: list[str]) -> int:
    raw = compact = slurp = null_input = False
    args: dict[str, object] = {}
    program = None
    words = iter(argv)
    for word in words:
        if word in ("--arg", "--argjson"):
            name, value = next(words), next(words)
            args[name] = value if word == "--arg" else json.loads(value)
        elif word.startswith("--"):
            flags = {"--raw-output": "r", "--compact-output": "c", "--slurp": "s", "--null-input": "n"}
            if word not in flags:
                sys.stderr.write(f"jq_cli.py: {word} is not supported; use -r, -c, -s, -n, --arg or --argjson\n")
                return 2
            word = "-" + flags[word]
        if word.startswith("-") and not word.startswith("--") and len(word) > 1:
            for flag in word[1:]:
                if flag not in "rcsn":
                    sys.stderr.write(f"jq_cli.py: -{flag} is not supported; use -r, -c, -s, -n, --arg or --argjson\n")
                    return 2
                raw, compact = raw or flag == "r", compact or flag == "c"
                slurp, null_input = slurp or flag == "s", null_input or flag == "n"
        elif not word.startswith("--"):
            if program is not None:
                sys.stderr.write("jq_cli.py: reads standard input only; pipe the JSON in\n")
                return 2
            program = word
    if program is None:
        sys.stderr.write("jq_cli.py: give a jq program\n")
        return 2
    try:
        compiled = jq.compile(program, args=args)
        text = sys.stdin.read()
        results = compiled.input_value(None) if null_input else compiled.input_text(text, slurp=slurp)
        values = results.all()
    except ValueError as error:
        sys.stderr.write(f"jq: error: {error}\n")
        return 5
    for value in values:
        if raw and isinstance(value, str):
            sys.stdout.write(value + "\n")
        elif compact:
            sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
