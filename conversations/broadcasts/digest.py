"""The weekly digest: for each subscriber, what the features have for them this week.

A cron job (bot/delivery/recurring.py) only records the week's item (`digest:<ISO week>`, so
a second process or a restart adds nothing); this handler builds each person's digest from
`registry.digest_sections`, in their language, and queues it. Nobody gets an empty digest.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.broadcasts import jobs as broadcast_jobs
from conversations.broadcasts.render import unsubscribe_choice
from conversations.domain import topics
from conversations.domain.segments import EVERYONE
from conversations.domain.types import Choice, Outbound
from conversations.engine.jobs import JobContext
from conversations.engine.registry import DigestRequest
from locales import Translator
from storage import broadcasts, outbox, segments
from storage.broadcast_models import Broadcast
from storage.models import ScheduledItem

log = logging.getLogger(__name__)

KIND = "digest"
MAX_BUTTONS = 6


def week_key(moment: datetime, timezone: str) -> str:
    """`digest:2026-W48`: the ISO week of the moment in local time."""
    year, week, _ = moment.astimezone(ZoneInfo(timezone)).isocalendar()
    return f"digest:{year}-W{week:02d}"


async def plan(db: AsyncSession, now: datetime, timezone: str) -> bool:
    """Record this week's digest as due now; False if it was already recorded."""
    key = week_key(now, timezone)
    return await outbox.schedule(db, kind=KIND, key=key, due_at=now, now=now,
                                 payload={"week": key.split(":", 1)[1]})


async def build(job: JobContext, person_id: int, language: str,
                form: str | None) -> Outbound | None:
    """One person's digest, or None when no section has anything for them."""
    t = job.services.localizer.bind(language, form)
    request = DigestRequest(db=job.db, person_id=person_id, language=language, translate=t,
                            now=job.now, zone=job.services.settings.timezone)
    blocks: list[str] = []
    buttons: list[Choice] = []
    for name, section in job.services.registry.digest_sections.items():
        try:
            items = await section(request)
        except Exception:
            log.exception("digest section %s failed for one person", name)
            continue
        lines = [item for item in items if isinstance(item, str) and item.strip()]
        buttons += [item for item in items if isinstance(item, Choice)]
        if lines:
            blocks.append("\n".join(line for line in [heading(t, name), *lines] if line))
    if not blocks:
        return None
    text = "\n\n".join([t("digest-title"), *blocks])
    choices = (*buttons[:MAX_BUTTONS], unsubscribe_choice(t, topics.DIGEST))
    return Outbound(text=text, choices=choices, language=language,
                    extras={"topic": topics.DIGEST})


def heading(t: Translator, section: str) -> str:
    """What a section is about: a line alone («• הסעות · … · היום») means nothing without it.
    Every feature's section has one (tests/locales/test_texts.py); an unnamed one gets none."""
    key = f"digest-section-{section}"
    return t(key) if t.localizer.has("en", key) else ""


async def on_digest(job: JobContext, item: ScheduledItem) -> None:
    """Build and queue every subscriber's digest; record it as a broadcast for the report."""
    digest = Broadcast(kind="digest", created_by="system:digest", audience={"topic": KIND},
                       topic=topics.DIGEST, texts={}, button=None, urgent=False,
                       state="sending", scheduled_at=item.due_at, started_at=job.now,
                       note=item.payload.get("week"), created_at=job.now, updated_at=job.now)
    job.db.add(digest)
    await job.db.flush()
    rows = []
    for person_id, language, form in await segments.recipients(job.db, EVERYONE, topics.DIGEST):
        message = await build(job, person_id, language, form)
        if message is not None:
            rows.append(broadcasts.outbox_row(digest, person_id, message.to_json(), job.now,
                                              KIND))
    await broadcasts.insert_rows(job.db, rows)
    digest.recipients = len(rows)
    job.notified += len(rows)
    if not rows:
        digest.state, digest.finished_at = "done", job.now
        job.skip("nobody had anything in their digest")
        return
    await broadcast_jobs.schedule_progress(job.db, job.services, digest, job.now)
