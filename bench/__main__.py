"""`make bench`: run every benchmark and write bench/RESULTS.md. `--quick` for small sizes."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging

from bench import machine, report

SECTIONS = ["bench.inbound", "bench.memory", "bench.matching"]


async def main(quick: bool, only: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    described = machine.describe()
    print("machine:", described, flush=True)
    sections = []
    for name in SECTIONS:
        if only and not any(o in name for o in only):
            continue
        print(f"running {name} …", flush=True)
        module = importlib.import_module(name)
        result = await module.run(quick)
        sections.extend(result if isinstance(result, list) else [result])
    report.write(described, sections, "quick" if quick else "full")
    print(f"written {report.RESULTS}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="small sizes for a fast look")
    parser.add_argument("only", nargs="*", help="run only sections whose module name matches")
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.only))
