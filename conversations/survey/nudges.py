"""A gentle reminder for people who started the survey and went quiet.

One scheduled item per response at a time, due SURVEY_NUDGE_DELAY after the last activity;
the job re-checks when it runs (finished? active since?) so a reminder never reaches someone
who already answered or is in the middle of answering. Quiet hours are the delivery layer's.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.survey_answers import visible_questions
from conversations.domain.survey_def import catalog
from conversations.domain.types import Choice, Outbound
from conversations.engine.jobs import JobContext
from conversations.engine.settings import FeatureSettings
from storage import outbox
from storage import survey as repo
from storage.models import Person, ScheduledItem
from storage.survey_models import SurveyResponse

KIND = "survey_nudge"
CONTINUE_ACTION = "survey.continue"


def _key(response_id: int, number: int, suffix: str = "") -> str:
    return f"{KIND}:{response_id}:{number}{suffix}"


async def schedule_first_nudge(db: AsyncSession, response: SurveyResponse,
                               settings: FeatureSettings, now: datetime) -> None:
    if settings.survey_nudge_max < 1:
        return
    await outbox.schedule(db, kind=KIND, key=_key(response.id, 1),
                          due_at=now + settings.survey_nudge_delay, now=now,
                          person_id=response.person_id,
                          payload={"response": response.id, "n": 1})


async def cancel_nudges(db: AsyncSession, response: SurveyResponse, now: datetime) -> None:
    await outbox.cancel_scheduled(db, key_prefix=f"{KIND}:{response.id}:", now=now,
                                  reason="survey finished")


async def run_nudge(job: JobContext, item: ScheduledItem) -> None:
    """Remind once the person has been quiet for the whole delay; then maybe schedule the next."""
    settings = job.services.settings
    response = await job.db.get(SurveyResponse, item.payload.get("response"))
    number = int(item.payload.get("n", 1))
    if response is None or response.person_id is None:
        job.skip("the response or the person is gone")
        return
    if response.status == repo.FINISHED:
        job.skip("the survey is finished")
        return
    if response.nudges_sent >= settings.survey_nudge_max:
        job.skip("reminded enough")
        return
    quiet_until = response.updated_at + settings.survey_nudge_delay
    if quiet_until > job.now:  # they answered since this was planned: wait a full delay
        await job.schedule(kind=KIND, key=_key(response.id, number,
                                                f":{int(quiet_until.timestamp())}"),
                           due_at=quiet_until, person_id=response.person_id,
                           payload={"response": response.id, "n": number})
        job.skip("active since; moved later")
        return
    survey = catalog(settings.survey_dir).get(response.survey_id)
    person = await job.db.get(Person, response.person_id)
    if survey is None or person is None:
        job.skip("the survey is no longer offered")
        return
    answers = await repo.answers_of(job.db, response.id)
    total = len(visible_questions(survey, answers))
    t = job.t_for(person)
    message = Outbound(text=t("survey-nudge", answered=min(len(answers), total), total=total),
                       choices=(Choice(t("survey-nudge-continue"), CONTINUE_ACTION,
                                       survey.id),),
                       language=person.language)
    await job.notify(person.id, kind=KIND, key=_key(response.id, number), message=message)
    response.nudges_sent += 1
    if response.nudges_sent < settings.survey_nudge_max:
        await job.schedule(kind=KIND, key=_key(response.id, number + 1),
                           due_at=job.now + settings.survey_nudge_delay,
                           person_id=response.person_id,
                           payload={"response": response.id, "n": number + 1})
