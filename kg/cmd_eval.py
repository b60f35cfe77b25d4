"""`kg eval`: score extraction against a gold file, beside a jieba-only baseline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import EXIT_CODES, UserError

# The targets of the project (dev and held-out gold).
TARGETS = {"date": 0.95, "chairs": 0.95, "provinces_spoke": 0.95, "speakers": 0.90,
           "officials_present": 0.90, "sectors": 0.80, "detection": 0.95}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "eval", help="score extraction against a gold file",
        description="Read INPUT files/folders, extract, and print per-field precision/recall/F1 and "
                    "accuracies against --gold, beside a naive jieba-only baseline, then the misses.",
    )
    parser.add_argument("--gold", required=True, type=Path, help="gold JSON (seeds.json or dev.json format)")
    parser.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                        help="files or folders (default: seeds/)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is not met")
    parser.epilog = EXIT_CODES
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from kg.evaluate import GoldError, evaluate, format_table  # jieba.posseg: seconds to import
    from kg.lexicon import load

    try:
        ours, base = evaluate(args.gold, args.inputs, load())
    except GoldError as exc:
        raise UserError(str(exc)) from exc
    print(format_table(ours, base))
    failed = []
    for name, target in TARGETS.items():
        s = ours[name]
        value = s.prf()[2] if name in ("chairs", "provinces_spoke", "speakers", "officials_present") else s.accuracy()
        if value < target:
            failed.append(f"{name} {value:.3f} < {target}")
    print("\ntargets: " + ("all met" if not failed else "NOT met: " + "; ".join(failed)))
    if failed and args.check:
        print("kg eval: targets not met", file=sys.stderr)
        return 1
    return 0
