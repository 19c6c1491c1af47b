"""This feature's part of `kehila demo`: a few finished responses to the active survey, so the
coordinators' summary and `kehila survey summary` have something to count.

The answers are picked from the survey's own options (so an organisation's own survey works
too): each demo respondent answers every choice question with a different option. `--clear`
deletes the demo respondents' responses (a person's deletion would only anonymise them).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.survey_def import catalog
from conversations.engine.demo import DemoContext, DemoSection
from storage import survey as repo

RESPONDENTS = (("graduate_1", "שירה בן דוד", "f"), ("graduate_2", "עומר פרץ", "m"),
               ("graduate_3", "ליאור וגלית", "p"), ("graduate_4", "דניאל כץ", "m"))


async def load(ctx: DemoContext) -> str:
    settings = ctx.services.settings
    survey = catalog(settings.survey_dir).get(settings.survey_active)
    if survey is None:
        return f"skipped: no survey {settings.survey_active!r}"
    for number, (key, name, form) in enumerate(RESPONDENTS):
        person_id = await ctx.person(key, name, form=form)
        response = await repo.start_response(
            ctx.db, survey_id=survey.id, version=survey.version, person_id=person_id,
            channel="demo", language="he", now=ctx.now)
        for question in survey.questions:
            options = question.option_ids
            if question.type not in ("single", "multi", "yesno") or not options:
                continue
            pick = options[number % len(options)]
            await repo.save_answer(ctx.db, response, version=survey.version,
                                   question_id=question.id, kind=question.type,
                                   value=[pick] if question.type == "multi" else pick,
                                   skipped=False, now=ctx.now)
        await repo.set_progress(ctx.db, response, now=ctx.now, status=repo.FINISHED)
    return f"{len(RESPONDENTS)} finished survey responses"


async def clear(db: AsyncSession, people: list[int]) -> int:
    return await repo.delete_responses_of(db, people)


SECTION = DemoSection("survey", load, clear)
