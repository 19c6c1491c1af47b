"""What an audience is, as data: a small JSON tree of conditions, independent of the database.

A leaf names one field and the values any of which matches:
    {"channel": ["telegram"]}                    a reachable identity on one of these channels
    {"language": ["he", "ar"]}                   the person's language
    {"attr": "region_interest", "in": ["negev"]}  a person attribute (survey answers, skills…)
    {"topic": "settlement_news"}                  subscribed to a topic
Inner nodes combine: {"all": [...]} (AND), {"any": [...]} (OR), {"not": {...}}.
`{"all": []}` is everyone reachable. `storage/segments.py` turns a tree into SQL.
"""

from __future__ import annotations

from typing import Any

Definition = dict[str, Any]
EVERYONE: Definition = {"all": []}
REGION_ATTRIBUTES = ("residence_region", "region_interest")
MAX_DEPTH = 8


class InvalidSegment(ValueError):
    """A definition that is not a well-formed tree of known conditions."""


def validate(node: Any, depth: int = 0) -> Definition:
    """Return the definition if well formed; raise InvalidSegment saying what is wrong."""
    if depth > MAX_DEPTH:
        raise InvalidSegment("nested too deeply")
    if not isinstance(node, dict) or len(node) == 0:
        raise InvalidSegment(f"a condition must be a non-empty object, not {node!r}")
    if "all" in node or "any" in node:
        key = "all" if "all" in node else "any"
        children = node[key]
        if len(node) != 1 or not isinstance(children, list):
            raise InvalidSegment(f"{key!r} takes a list of conditions")
        for child in children:
            validate(child, depth + 1)
        return node
    if "not" in node:
        if len(node) != 1:
            raise InvalidSegment("'not' takes one condition")
        validate(node["not"], depth + 1)
        return node
    if "attr" in node:
        if set(node) != {"attr", "in"} or not isinstance(node["attr"], str) or not node["attr"]:
            raise InvalidSegment("an attribute condition is {'attr': name, 'in': [values]}")
        _values(node["in"])
        return node
    if "topic" in node:
        if len(node) != 1 or not isinstance(node["topic"], str):
            raise InvalidSegment("a topic condition is {'topic': name}")
        return node
    for key in ("channel", "language"):
        if key in node:
            if len(node) != 1:
                raise InvalidSegment(f"{key!r} takes a list of values")
            _values(node[key])
            return node
    raise InvalidSegment(f"unknown condition {sorted(node)}")


def _values(values: Any) -> None:
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise InvalidSegment("values must be a non-empty list of strings")


def attr(name: str, *values: str) -> Definition:
    return {"attr": name, "in": list(values)}


def all_of(*conditions: Definition) -> Definition:
    """AND of the conditions, flattening nested ANDs and dropping "everyone"."""
    flat: list[Definition] = []
    for condition in conditions:
        if "all" in condition:
            flat.extend(condition["all"])
        else:
            flat.append(condition)
    return flat[0] if len(flat) == 1 else {"all": flat}


def any_of(*conditions: Definition) -> Definition:
    return conditions[0] if len(conditions) == 1 else {"any": list(conditions)}


def in_region(region: str) -> Definition:
    """People who live in or are interested in a region (a coordinator's scope)."""
    return any_of(*(attr(name, region) for name in REGION_ATTRIBUTES))


def scoped(definition: Definition, region: str | None) -> Definition:
    """The definition intersected with a coordinator's region, if they are limited to one."""
    return all_of(definition, in_region(region)) if region else definition


def leaves(node: Definition) -> list[Definition]:
    """Every leaf condition, in order (for describing an audience)."""
    for key in ("all", "any"):
        if key in node:
            return [leaf for child in node[key] for leaf in leaves(child)]
    if "not" in node:
        return leaves(node["not"])
    return [node]


def topics_in(node: Definition) -> list[str]:
    return [leaf["topic"] for leaf in leaves(node) if "topic" in leaf]
