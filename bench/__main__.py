"""`make bench`: run every benchmark and write bench/RESULTS.md. `--quick` for small sizes."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import time

from bench import machine, report

SECTIONS = ["bench.inbound", "bench.broadcast", "bench.broadcast_expand", "bench.scheduler",
            "bench.cluster",
            "bench.match", "bench.export", "bench.memory", "bench.dashboard"]


async def main(quick: bool, only: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    started = time.monotonic()
    described = machine.describe()
    print("machine:", described, flush=True)
    sections = []
    walls: list[str] = []
    for name in SECTIONS:
        if only and not any(o in name for o in only):
            continue
        print(f"running {name} …", flush=True)
        section_started = time.monotonic()
        try:
            module = importlib.import_module(name)
            result = await module.run(quick)
        except Exception as error:  # a benchmark records what it could; it never fails
            logging.exception("%s failed", name)
            result = report.Section(name, ["not measured"], [[report.describe(error)]])
        sections.extend(result if isinstance(result, list) else [result])
        walls.append(f"{name.removeprefix('bench.')} {time.monotonic() - section_started:.0f} s")
        print(f"  {walls[-1]}", flush=True)
    load = os.getloadavg()
    described["load average at end"] = f"{load[0]:.2f} (1 min), {load[2]:.2f} (15 min)"
    described["wall time of the run"] = f"{time.monotonic() - started:.0f} s"
    described["wall time per section"] = " · ".join(walls)
    report.write(described, sections, "quick" if quick else "full")
    print(f"written {report.RESULTS}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="small sizes for a fast look")
    parser.add_argument("only", nargs="*", help="run only sections whose module name matches")
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.only))
