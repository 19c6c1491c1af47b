"""`python -m bench.profile FILE…`: the top of py-spy's collapsed stacks (BENCH_PROFILE).

Two lists per file: where samples were taken (self time, by function) and which of the
project's own functions were on the stack (inclusive), so a RESULTS.md reader sees where the
CPU goes without a flame graph viewer.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path


def top(path: Path, n: int = 15) -> str:
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = [frame.split(" (")[0] + " (" + _where(frame) + ")" for frame in
                  stack.split(";") if frame]
        if frames:
            own[frames[-1]] += count
        project = {f for f in frames if _is_project(f)}
        for frame in project:
            inclusive[frame] += count
    if not total:
        return f"{path.name}: no samples"
    lines = [f"{path.stem}: {total} samples", "", "self (where the CPU was):"]
    lines += [f"  {c / total:6.1%}  {name}" for name, c in own.most_common(n)]
    lines += ["", "inclusive, the project's own functions:"]
    lines += [f"  {c / total:6.1%}  {name}" for name, c in inclusive.most_common(n)]
    return "\n".join(lines)


def _where(frame: str) -> str:
    inside = frame.partition(" (")[2].rstrip(")")
    file = inside.split(":")[0]
    for marker in ("site-packages/", "/work/", "lib/python3"):
        if marker in file:
            file = file.split(marker, 1)[1]
    return file.split("/", 1)[1] if file.startswith("perf/") else file


def _is_project(frame: str) -> bool:
    where = frame.rpartition(" (")[2]
    return where.startswith(("bot/", "conversations/", "storage/", "locales/"))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(top(Path(name)))
        print()
