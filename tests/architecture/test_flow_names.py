"""Names written in code name something that exists: read conversations/ as syntax trees and
check every literal flow, state, action and job kind against the real registry.

Checked (a string literal, or a module-level constant such as `RATE` or `jobs.SEND`):
- `switch("flow", ...)` and `Move("switch", flow="flow")` name a registered flow;
- `goto("state")` inside a flow class names one of that class's states;
- `Choice(label, "action", ...)` and `Pressed("action", ...)` name a registered global
  action (or answer the current prompt);
- `schedule(kind="kind", ...)` names a registered job kind.

Not checkable here, so left to `Registry.validate()` at start-up and to the tests that walk the
flows: names computed at run time (`goto(ctx.data["back"])`, `goto(nxt)`, `switch(target)` in
the menu's "flow" action, a `Choice` whose action comes from a menu item or a variable), a
`goto` outside a flow class body (a helper function cannot know which flow calls it), and kinds
scheduled through a variable.
"""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from conversations.domain.types import ANSWER
from conversations.engine.flow import Flow
from conversations.features import build_registry
from tests.support.paths import ROOT

PACKAGE = ROOT / "conversations"
UNKNOWN = object()


def modules() -> Iterator[tuple[str, ModuleType, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        yield str(path.relative_to(ROOT)), importlib.import_module(name), \
            ast.parse(path.read_text(), str(path))


def value(node: ast.expr | None, module: ModuleType) -> Any:
    """A string literal, or a dotted name of module-level string constants; else UNKNOWN."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else UNKNOWN
    attributes = []
    while isinstance(node, ast.Attribute):
        attributes.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in vars(module):
        return UNKNOWN
    found = vars(module)[node.id]
    for attribute in reversed(attributes):
        found = getattr(found, attribute, UNKNOWN)
    return found if isinstance(found, str) else UNKNOWN


def called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else ""


def argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return call.args[position] if len(call.args) > position else None


class Walker(ast.NodeVisitor):
    def __init__(self, where: str, module: ModuleType, registry: Any) -> None:
        self.where, self.module, self.registry = where, module, registry
        self.flow: type[Flow] | None = None
        self.problems: list[str] = []
        self.checked: Counter[str] = Counter()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer = self.flow
        cls = getattr(self.module, node.name, None)
        self.flow = cls if isinstance(cls, type) and issubclass(cls, Flow) else None
        self.generic_visit(node)
        self.flow = outer

    def visit_Call(self, node: ast.Call) -> None:
        name = called(node)
        if name == "switch":
            self._check("switch", argument(node, 0, "flow"), self.registry.flows, node)
        elif name == "Move" and value(argument(node, 0, "kind"), self.module) == "switch":
            self._check("switch", argument(node, 2, "flow"), self.registry.flows, node)
        elif name == "goto":
            self._goto(node)
        elif name == "Choice":
            self._check("action", argument(node, 1, "action"), self._actions(), node)
        elif name == "Pressed":
            self._check("action", argument(node, 0, "action"), self._actions(), node)
        elif name == "schedule":
            self._check("job kind", argument(node, 99, "kind"), self.registry.jobs, node)
        self.generic_visit(node)

    def _actions(self) -> set[str]:
        return {*self.registry.actions, ANSWER}

    def _goto(self, node: ast.Call) -> None:
        state = value(argument(node, 0, "state"), self.module)
        if state is UNKNOWN or self.flow is None:
            self.checked["unchecked goto"] += 1
            return
        self.checked["goto"] += 1
        if not self.flow().knows(state):
            self.problems.append(f"{self.where}:{node.lineno}: goto({state!r}) is not a state "
                                 f"of {self.flow.__name__}")

    def _check(self, what: str, node: ast.expr | None, known: Any, call: ast.Call) -> None:
        name = value(node, self.module)
        if name is UNKNOWN:
            self.checked[f"unchecked {what}"] += 1
            return
        self.checked[what] += 1
        if name not in known:
            self.problems.append(f"{self.where}:{call.lineno}: unknown {what} {name!r}")


def walk() -> tuple[list[str], Counter[str]]:
    registry = build_registry()
    problems: list[str] = []
    checked: Counter[str] = Counter()
    for where, module, tree in modules():
        walker = Walker(where, module, registry)
        walker.visit(tree)
        problems += walker.problems
        checked += walker.checked
    return problems, checked


def test_literal_flow_state_action_and_job_names_exist() -> None:
    problems, checked = walk()
    assert problems == []
    # the walk really looked: most names in the code are literals it could check
    assert checked["switch"] >= 10
    assert checked["goto"] >= 90
    assert checked["action"] >= 20
    assert checked["job kind"] >= 8


def test_the_walk_catches_a_mistyped_name(tmp_path: Path) -> None:
    source = '''
class OnboardingFlow:
    def handle(self):
        goto("langauge")
        switch("setings")
        Choice("x", "my_data", "")
        schedule(kind="reminder_typo")
'''
    import conversations.onboarding.first_contact as module

    walker = Walker("typo.py", module, build_registry())
    walker.visit(ast.parse(source))
    assert walker.problems == [
        "typo.py:4: goto('langauge') is not a state of OnboardingFlow",
        "typo.py:5: unknown switch 'setings'",
        "typo.py:6: unknown action 'my_data'",
        "typo.py:7: unknown job kind 'reminder_typo'",
    ]
