"""Test modules never import other test modules (or conftest): what they share lives in
tests/support/ (and tests/timeline.py), so moving or deleting one test never breaks another."""

from __future__ import annotations

import ast

from tests.support.paths import ROOT


def imported_modules(source: str, package: str) -> set[str]:
    """Every module `source` imports (as absolute names), `package` being where it lives.

    For `from a import b` both `a` and `a.b` are listed: `b` may be a module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: `from . import x`, `from ..support import y`
                parts = package.split(".")
                anchor = parts[:len(parts) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def is_test_module(name: str) -> bool:
    parts = name.split(".")
    return parts[0] == "tests" and (parts[-1].startswith("test_") or parts[-1] == "conftest")


def test_no_test_module_imports_another() -> None:
    modules = sorted((ROOT / "tests").rglob("test_*.py"))
    assert len(modules) > 40  # the walk really found the suite
    offenders = {}
    for path in modules:
        package = ".".join(path.relative_to(ROOT).parts[:-1])
        names = sorted(filter(is_test_module,
                              imported_modules(path.read_text("utf-8"), package)))
        if names:
            offenders[str(path.relative_to(ROOT))] = names
    assert offenders == {}, "move what is shared into tests/support/"


def test_the_check_sees_every_import_form() -> None:
    source = ("import tests.onboarding.test_optout\n"
              "from tests.survey.test_survey_walk import NOA\n"
              "from . import test_survey_lifecycle\n"
              "from .test_survey_whatsapp import NOA as OTHER\n"
              "from tests import conftest\n"
              "from tests.support.person import on_telegram\n"
              "from ..support import person\n"
              "from tests.timeline import START\n"
              "def later():\n"
              "    from tests.matching.test_matching_core import RANA\n")
    found = {name for name in imported_modules(source, "tests.survey") if is_test_module(name)}
    assert found == {"tests.onboarding.test_optout", "tests.survey.test_survey_walk",
                     "tests.survey.test_survey_lifecycle", "tests.survey.test_survey_whatsapp",
                     "tests.conftest", "tests.matching.test_matching_core"}
