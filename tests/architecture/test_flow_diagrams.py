"""Each flow's Mermaid diagram (the `.mmd` beside its module) draws every state the flow
declares, under the state's stored name. A survey's states come from its YAML file, so its
diagram draws them generically (`question`, `pick`) and is not checked here."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from conversations.features import build_registry

NODE = r"(\[\*\]|[\w:]+)"
TRANSITION = re.compile(rf"{NODE}\s*-->\s*{NODE}")
DECLARED = re.compile(r'state\s+(?:"[^"]*"\s+as\s+)?(\w+)')
DESCRIBED = re.compile(r"(\w+)\s*:")


def nodes(diagram: str) -> set[str]:
    found: set[str] = set()
    for line in diagram.splitlines():
        line = line.strip()
        if line.startswith("%%"):
            continue
        if match := TRANSITION.match(line):
            found.update(match.groups())
        elif match := DECLARED.match(line) or DESCRIBED.match(line):
            found.add(match[1])
    return found


def test_every_declared_state_is_drawn() -> None:
    missing = {}
    for name, flow in build_registry().flows.items():
        if flow.dynamic_states:
            continue
        diagram = Path(inspect.getfile(type(flow))).with_suffix(".mmd")
        assert diagram.exists(), f"flow {name!r} has no diagram {diagram.name}"
        drawn = nodes(diagram.read_text())
        if absent := [state for state in flow.states if state not in drawn]:
            missing[name] = absent
    assert missing == {}
