"""Who might join a garin: the leads, gathered from what other features already stored.

A lead is anyone who consented and (a) said yes or maybe to "a group" in the survey
(`interests=group`), (b) asked after a meeting to hear when a group forms (`meeting_leads`),
(c) attended a house meeting, or (d) whose survey stance on settling is yes/maybe
(`settle_openness`, "considering"). Their interest fields are the survey's segment fields.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.garin_models import GarinMember
from storage.meetings_models import Lead, Signup
from storage.models import Person, PersonAttribute

GROUP_INTEREST = ("interests", "group")
STANCE_FIELD = "settle_openness"
CONSIDERING = ("yes", "maybe")
REGION_FIELD = "region_interest"
TIMING_FIELD = "settle_time_frame"
HOUSEHOLD_FIELD = "family_status"
RESIDENCE_FIELD = "residence_region"

# why someone is a lead (also the locale suffix of the reason's label)
SAID_GROUP, FEEDBACK, ATTENDED, STANCE = "group", "feedback", "attended", "considering"
REASONS = (SAID_GROUP, FEEDBACK, ATTENDED, STANCE)


def reason_queries() -> dict[str, Select[Any]]:
    """The person ids behind each reason (before consent is checked): the one definition
    that `leads` lists and the dashboard's funnel counts."""
    return {
        SAID_GROUP: select(PersonAttribute.person_id).where(
            PersonAttribute.name == GROUP_INTEREST[0],
            PersonAttribute.value == GROUP_INTEREST[1]),
        FEEDBACK: select(Lead.person_id),
        ATTENDED: select(Signup.person_id).where(Signup.attended.is_(True)),
        STANCE: select(PersonAttribute.person_id).where(
            PersonAttribute.name == STANCE_FIELD, PersonAttribute.value.in_(CONSIDERING)),
    }


def lead_ids() -> Select[Any]:
    """Every lead's person id (consented, not opted out), as one query: what `leads` lists."""
    return select(Person.id).where(
        or_(*(Person.id.in_(query) for query in reason_queries().values())),
        Person.consented_at.is_not(None), Person.opted_out_at.is_(None))


@dataclass
class LeadView:
    """One lead as coordinators see them."""

    person_id: int
    name: str
    language: str
    form: str | None = None
    """Their form of address: a survey answer about them reads in it («רווקה», not «רווקים»)."""
    reasons: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    timing: str = ""
    household: str = ""
    residence: str = ""
    garin_ids: list[int] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    """Every segment field of the person (for a cohort grouped by any survey field)."""


async def leads(db: AsyncSession) -> list[LeadView]:
    """Every lead, by person id, with their interest fields."""
    reasons: dict[int, list[str]] = defaultdict(list)
    sites: dict[int, list[str]] = defaultdict(list)
    extra_regions: dict[int, list[str]] = defaultdict(list)

    def add(person_id: int | None, reason: str) -> None:
        if person_id is not None and reason not in reasons[person_id]:
            reasons[person_id].append(reason)

    queries = reason_queries()
    for pid in await db.scalars(queries[SAID_GROUP]):
        add(pid, SAID_GROUP)
    for lead in await db.scalars(select(Lead).order_by(Lead.id)):
        add(lead.person_id, FEEDBACK)
        if lead.region:
            extra_regions[lead.person_id].append(lead.region)
        if lead.site:
            sites[lead.person_id].append(lead.site)
    for pid in await db.scalars(queries[ATTENDED]):
        add(pid, ATTENDED)
    for pid in await db.scalars(queries[STANCE]):
        add(pid, STANCE)
    if not reasons:
        return []
    people = {p.id: p for p in await db.scalars(select(Person).where(
        Person.id.in_(list(reasons)), Person.consented_at.is_not(None),
        Person.opted_out_at.is_(None)))}
    values = await _attributes(db, people)
    memberships: dict[int, list[int]] = defaultdict(list)
    for garin_id, pid in await db.execute(select(GarinMember.garin_id, GarinMember.person_id)
                                          .where(GarinMember.person_id.in_(list(people)),
                                                 GarinMember.left_at.is_(None))):
        memberships[pid].append(garin_id)
    found = []
    for pid in sorted(people):
        person, fields = people[pid], values.get(pid, {})
        regions = list(dict.fromkeys([*fields.get(REGION_FIELD, []), *extra_regions[pid]]))
        found.append(LeadView(
            person_id=pid, name=person.display_name or "", language=person.language,
            form=person.address_form,
            reasons=[r for r in REASONS if r in reasons[pid]], regions=regions,
            sites=list(dict.fromkeys(sites[pid])),
            timing=_one(fields.get(TIMING_FIELD)), household=_one(fields.get(HOUSEHOLD_FIELD)),
            residence=_one(fields.get(RESIDENCE_FIELD)), garin_ids=memberships[pid],
            fields=fields))
    return found


def _one(values: list[str] | None) -> str:
    return values[0] if values else ""


async def _attributes(db: AsyncSession,
                      people: Iterable[int]) -> dict[int, dict[str, list[str]]]:
    found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    ids = list(people)
    if not ids:
        return {}
    rows = await db.execute(select(PersonAttribute.person_id, PersonAttribute.name,
                                   PersonAttribute.value)
                            .where(PersonAttribute.person_id.in_(ids))
                            .order_by(PersonAttribute.name, PersonAttribute.value))
    for pid, name, value in rows:
        found[pid][name].append(value)
    return {pid: dict(fields) for pid, fields in found.items()}
