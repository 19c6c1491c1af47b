"""The dashboard's garinim page: per garin its members, lead, journey and open decisions.

Built from the garin features' own queries (`storage/garinim.py`, `garin_journey.py`,
`garin_decisions.py`), one query per kind for every garin in scope, not one per garin.
A coordinator limited to a region sees the garinim headed there, as in the chat.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage import garin_decisions, garin_journey, garinim
from storage.garin_decision_models import GarinDecision
from storage.garin_journey_models import GarinMilestone
from storage.garin_models import Garin


@dataclass
class GarinSummary:
    garin: Garin
    members: int
    has_lead: bool
    started: bool
    stage: str | None
    """The stage of the first milestone not done (None: not started, or every one done)."""
    percent: int
    overdue: list[GarinMilestone] = field(default_factory=list)
    decisions: list[GarinDecision] = field(default_factory=list)
    """Open decisions, nearest deadline first."""


async def summaries(db: AsyncSession, region: str | None, now: datetime
                    ) -> list[GarinSummary]:
    found = await garinim.all_garinim(db, regions=None if region is None else [region])
    ids = [g.id for g in found]
    members = await garinim.member_counts(db, ids)
    milestones: dict[int, list[GarinMilestone]] = defaultdict(list)
    for milestone in await garin_journey.all_rows(db, ids) if ids else []:
        milestones[milestone.garin_id].append(milestone)
    decisions: dict[int, list[GarinDecision]] = defaultdict(list)
    for decision in await garin_decisions.open_of_garinim(db, ids):
        decisions[decision.garin_id].append(decision)
    result = []
    for garin in found:
        rows = milestones[garin.id]
        following = next((m for m in rows if m.done_at is None), None)
        result.append(GarinSummary(
            garin=garin, members=members.get(garin.id, 0),
            has_lead=garin.lead_person_id is not None, started=bool(rows),
            stage=following.stage if following else None,
            percent=garin_journey.progress_of(rows).percent,
            overdue=garin_journey.overdue_of(rows, now),
            decisions=decisions[garin.id]))
    return result
