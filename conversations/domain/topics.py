"""Broadcast topics as data (`data/topics.yaml`): their ids and whether they start subscribed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data") / "topics.yaml"
DIGEST = "digest"
GENERAL = "announcements"


@dataclass(frozen=True)
class Topic:
    id: str
    default: bool

    @property
    def label_key(self) -> str:
        return f"topic-{self.id}"


@cache
def all_topics() -> tuple[Topic, ...]:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return tuple(Topic(str(name), bool((spec or {}).get("default", True)))
                 for name, spec in raw.items())


def get(topic_id: str) -> Topic | None:
    return next((t for t in all_topics() if t.id == topic_id), None)


def broadcast_topics() -> tuple[Topic, ...]:
    """Topics a coordinator can send to (the digest has its own weekly schedule)."""
    return tuple(t for t in all_topics() if t.id != DIGEST)
