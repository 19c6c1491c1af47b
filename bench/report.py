"""Collect figures per section and write them to bench/RESULTS.md as Markdown tables."""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass, field
from pathlib import Path

RESULTS = Path(os.environ.get("BENCH_RESULTS") or Path(__file__).with_name("RESULTS.md"))
"""BENCH_RESULTS=<file> writes a trial run elsewhere, leaving the committed figures alone."""


def describe(error: BaseException, limit: int = 200) -> str:
    """An exception for a table cell: its repr, so one with an empty message (httpx's
    ReadTimeout) still says what it was; pipes would split the cell."""
    return repr(error)[:limit].replace("|", "/").replace("\n", " ")


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(seconds: list[float]) -> str:
    if not seconds:
        return "—"
    ms = [s * 1000 for s in seconds]
    return (f"p50 {percentile(ms, 50):.1f} / p95 {percentile(ms, 95):.1f} / "
            f"p99 {percentile(ms, 99):.1f} ms (mean {statistics.fmean(ms):.1f}, n={len(ms)})")


@dataclass
class Section:
    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append([str(c) for c in cells])
        print(f"  {self.title}: " + " | ".join(str(c) for c in cells), flush=True)

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", "| " + " | ".join(self.columns) + " |",
                 "|" + "---|" * len(self.columns)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        for note in self.notes:  # a paragraph each
            lines += ["", note]
        return "\n".join(lines)


def write(machine: dict[str, str], sections: list[Section], mode: str) -> None:
    header = ["# Benchmark results", "",
              f"Written by `make bench{' -- --quick' if mode == 'quick' else ''}` "
              f"({mode} sizes). Figures are from one run on the machine below; the baseline "
              "and the bot run in the same run, so their ratio holds on a noisy machine. The "
              "machine is shared with other engineers' test runs; the load averages below say "
              "how busy it was.", "",
              "| machine | |", "|---|---|"]
    header += [f"| {key} | {value} |" for key, value in machine.items()]
    body = "\n\n".join(section.markdown() for section in sections)
    RESULTS.write_text("\n".join(header) + "\n\n" + body + "\n", encoding="utf-8")
