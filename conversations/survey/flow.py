"""The survey as a conversation: one state per question, then review, change and submit.

States are derived from the definition: `q:<question id>`, `pick:<question id>` (choosing
among localities that match what was typed), `review` and `change`. Every answer is written
to the survey tables at once, because the engine wipes the session whenever the person
leaves a flow; resuming reads those tables, so a pause, a menu visit or a restart continues
at the same question.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from conversations.domain import dates
from conversations.domain.places import default_places
from conversations.domain.survey_answers import (
    Given,
    Invalid,
    display,
    is_visible,
    next_question,
    parse_typed,
    segment_values,
    visible_questions,
)
from conversations.domain.survey_def import (
    SURVEYS_DIR,
    Question,
    Survey,
    SurveyError,
    catalog,
    known_question_ids,
)
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, finish, goto, retry, switch
from conversations.survey.nudges import cancel_nudges, schedule_first_nudge
from locales import FALLBACK, normalize
from storage import attributes
from storage import survey as repo
from storage.survey_models import SurveyResponse

SKIP, BACK, DONE, AGAIN, SUBMIT, CHANGE = "_skip", "_back", "_done", "_again", "_submit", \
    "_change"
CONTROLS = frozenset({SKIP, BACK, DONE, AGAIN})


@dataclass
class Loaded:
    """What every step needs: the definition, the person's response and answers so far."""

    survey: Survey
    response: SurveyResponse
    answers: dict[str, Given]


def survey_for(ctx: Ctx, survey_id: str | None = None) -> Survey | None:
    surveys = catalog(ctx.settings.survey_dir)
    return surveys.get(survey_id or ctx.data.get("survey") or ctx.settings.survey_active)


class SurveyFlow(Flow):
    """The one flow without per-state methods: its states are `q:<id>` and `pick:<id>` for
    whatever questions the YAML definition has, so `knows`, `ask` and `handle` parse the state
    (a deliberate, declared exception to `@asks`/`@handles`)."""

    name = "survey"
    initial = "review"
    dynamic_states = True

    def knows(self, state: str | None) -> bool:
        if state in ("review", "change"):
            return True
        prefix, _, qid = (state or "").partition(":")
        return prefix in ("q", "pick") and qid in known_question_ids()

    async def start(self, ctx: Ctx, survey: str | None = None, **_: Any) -> str:
        definition = survey_for(ctx, survey)
        assert definition is not None, "survey.continue checks the id first"
        ctx.data["survey"] = definition.id
        response = await response_of(ctx, definition.id, with_answers=True)
        if response is None:
            response = await _start_response(ctx, definition)
            await schedule_first_nudge(ctx.db, response, ctx.settings, ctx.now)
            if definition.texts.has("intro", FALLBACK):
                ctx.say(definition.text("intro", ctx.person.language, ctx.person.address_form))
        elif response.status == repo.FINISHED:
            ctx.say(ctx.t("survey-already-done"))
            return "review"
        else:
            ctx.say(ctx.t("survey-welcome-back"))
        response.version = definition.version  # answers keep the version they were given in
        answers = await _answers(ctx, response)
        current = definition.question(response.current_question or "")
        if current is not None and is_visible(definition, current, answers):
            return f"q:{current.id}"
        following = next_question(definition, answers)
        return f"q:{following.id}" if following else "review"

    async def _load(self, ctx: Ctx) -> Loaded:
        definition = survey_for(ctx)
        assert definition is not None
        ctx.data["survey"] = definition.id
        response = await response_of(ctx, definition.id, with_answers=True)
        if response is None:  # the flow outlived its response (an admin cleared it)
            response = await _start_response(ctx, definition)
        return Loaded(definition, response, await _answers(ctx, response))

    # --- asking ---------------------------------------------------------------------------

    async def ask(self, ctx: Ctx, state: str) -> None:
        st = await self._load(ctx)
        shown = visible_questions(st.survey, st.answers)
        if state in ("review", "change"):
            ctx.session.history = [f"q:{q.id}" for q in shown]
            if state == "review":
                self._ask_review(ctx, st, shown)
            else:
                self._ask_change(ctx, st, shown)
            return
        prefix, _, qid = state.partition(":")
        q = st.survey.question(qid)
        assert q is not None
        position = next((i for i, s in enumerate(shown) if s.id == q.id), len(shown))
        ctx.session.history = [f"q:{s.id}" for s in shown[:position]]
        if prefix == "pick":
            self._ask_pick(ctx)
            return
        await repo.set_progress(ctx.db, st.response, now=ctx.now, current_question=(
            q.id if st.response.status != repo.FINISHED else None))
        self._ask_question(ctx, st, q, position + 1, len(shown))

    def _ask_question(self, ctx: Ctx, st: Loaded, q: Question, number: int,
                      total: int) -> None:
        t, language, form = ctx.t, ctx.person.language, ctx.person.address_form
        text = (t("survey-progress", n=number, total=total) + "\n"
                + st.survey.question_text(q, language, form))
        choices: list[tuple[str, str]] = []
        if q.type == "multi":
            selected = self._selection(ctx, st, q)
            choices = [(o, ("✅ " if o in selected else "") + st.survey.option_text(
                q, o, language, form)) for o in q.option_ids]
            choices.append((DONE, t("survey-done")))
        elif q.type == "yesno":
            choices = [(o, self._yes_no(ctx, st.survey, q, o)) for o in q.option_ids]
        elif q.type in ("single", "scale"):
            choices = [(o, st.survey.option_text(q, o, language, form)) for o in q.option_ids]
        if q.optional:
            choices.append((SKIP, t("survey-skip")))
        if number > 1:
            choices.append((BACK, t("survey-back")))
        ctx.ask(text, choices)

    def _ask_pick(self, ctx: Ctx) -> None:
        places = default_places()
        choices = []
        for index, key in enumerate(ctx.data.get("_candidates", [])):
            place = places.get(key)
            if place is not None:
                region = ctx.t(f"region-{place.region}")
                choices.append((str(index), f"{place.display(ctx.person.language)} · {region}"))
        choices.append((AGAIN, ctx.t("survey-locality-none")))
        ctx.ask(ctx.t("survey-locality-pick"), choices)

    def _ask_review(self, ctx: Ctx, st: Loaded, shown: list[Question]) -> None:
        lines = [ctx.t("survey-review-title")]
        for q in shown:  # bullets, not numbers: on WhatsApp numbers belong to the choices
            answer = self._shown_answer(ctx, st, q)
            lines.append(f"• {st.survey.title(q, ctx.person.language)}: {answer}")
        choices = [(SUBMIT, ctx.t("survey-submit")), (CHANGE, ctx.t("survey-change"))]
        ctx.ask("\n".join(lines), choices)

    def _ask_change(self, ctx: Ctx, st: Loaded, shown: list[Question]) -> None:
        choices = [(q.id, st.survey.title(q, ctx.person.language)) for q in shown]
        choices.append((BACK, ctx.t("survey-back")))
        ctx.ask(ctx.t("survey-change-prompt"), choices)

    def _shown_answer(self, ctx: Ctx, st: Loaded, q: Question) -> str:
        given = st.answers.get(q.id)
        if given is None:
            return ctx.t("survey-review-missing")
        return display(st.survey, q, given, ctx.person.language, ctx.person.address_form,
                       yes=ctx.t("survey-yes"), no=ctx.t("survey-no"),
                       skipped=ctx.t("survey-review-skipped"))

    @staticmethod
    def _yes_no(ctx: Ctx, survey: Survey, q: Question, option: str) -> str:
        label = survey.option_text(q, option, ctx.person.language, ctx.person.address_form)
        return ctx.t(f"survey-{option}") if label == option else label

    @staticmethod
    def _selection(ctx: Ctx, st: Loaded, q: Question) -> list[str]:
        chosen = ctx.data.setdefault("_multi", {})
        if q.id not in chosen:
            given = st.answers.get(q.id)
            chosen[q.id] = list(given.value) if given and given.value else []
        return chosen[q.id]

    # --- handling -------------------------------------------------------------------------

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        st = await self._load(ctx)
        if state == "review":
            return await self._on_review(ctx, st, reply)
        if state == "change":
            shown = {q.id for q in visible_questions(st.survey, st.answers)}
            if reply.choice in shown:
                return goto(f"q:{reply.choice}")
            if reply.choice == BACK:
                return goto("review")
            ctx.say(ctx.t("survey-not-an-option"))
            return retry()
        prefix, _, qid = state.partition(":")
        q = st.survey.question(qid)
        assert q is not None
        if prefix == "pick":
            return await self._on_pick(ctx, st, q, reply)
        control = self._control(ctx, q, reply)
        if control == BACK:
            return self._back(ctx, st, q)
        if control == SKIP:
            if not q.optional:
                ctx.say(ctx.t("survey-required"))
                return retry()
            return await self._save(ctx, st, q, None, skipped=True)
        if q.type == "multi":
            return await self._on_multi(ctx, st, q, reply)
        if q.type in ("single", "yesno"):
            if reply.choice in q.option_ids:
                return await self._save(ctx, st, q, reply.choice)
            ctx.say(ctx.t("survey-not-an-option"))
            return retry()
        if q.type == "scale" and reply.text is None and reply.choice in q.option_ids:
            return await self._save(ctx, st, q, int(reply.choice or 0))
        if reply.text is None:
            ctx.say(ctx.t("survey-type-answer"))
            return retry()
        if q.type == "locality":
            return await self._on_locality(ctx, st, q, reply.text)
        value = parse_typed(q, reply.text)
        if isinstance(value, Invalid):
            example = dates.example_date(ctx.now, ctx.t.language, ctx.settings.timezone)
            ctx.say(ctx.t(value.key, example=example, **value.args))  # survey-invalid-date's
            return retry()
        if self._number_taken(q, reply):  # it also named an option: say which was taken
            option = next((c["label"] for c in ctx.session.choices
                           if c.get("target") == reply.choice), "")
            ctx.say(ctx.t("survey-number-taken", number=reply.text.strip(), option=option))
        return await self._save(ctx, st, q, value)

    @staticmethod
    def _number_taken(q: Question, reply: Reply) -> bool:
        """A bare number that names a listed option but is also a valid answer to a number
        question is that answer (the person is told, and can go back for the option)."""
        return (reply.choice in CONTROLS and reply.text is not None
                and _bare_number(reply.text) and q.type in ("number", "scale")
                and not isinstance(parse_typed(q, reply.text), Invalid))

    def _control(self, ctx: Ctx, q: Question, reply: Reply) -> str | None:
        """Skip / back / done, whether tapped or typed; typed values are never mistaken."""
        if reply.choice not in CONTROLS:
            return None
        if reply.text is None or q.type in ("single", "multi", "yesno"):
            return reply.choice
        if _bare_number(reply.text):  # it names a listed option ("2" for "2. ↩️ back")
            if self._number_taken(q, reply):
                return None  # "2" on a number question is the number 2 (and we say so)
            return reply.choice
        labels = {SKIP: "survey-skip", BACK: "survey-back", DONE: "survey-done"}
        label = normalize("".join(ch for ch in ctx.t(labels.get(reply.choice, "survey-back"))
                                  if ch.isalnum() or ch.isspace()))
        return reply.choice if normalize(reply.text) == label else None

    def _back(self, ctx: Ctx, st: Loaded, q: Question) -> Move:
        shown = visible_questions(st.survey, st.answers)
        index = next((i for i, s in enumerate(shown) if s.id == q.id), 0)
        if index == 0:
            ctx.say(ctx.t("nothing-to-go-back"))
            return retry()
        return goto(f"q:{shown[index - 1].id}")

    async def _on_review(self, ctx: Ctx, st: Loaded, reply: Reply) -> Move:
        if reply.choice == SUBMIT:
            missing = next_question(st.survey, st.answers)
            if missing is not None:
                return goto(f"q:{missing.id}")
            await repo.set_progress(ctx.db, st.response, now=ctx.now, status=repo.FINISHED,
                                    clear_question=True)
            await cancel_nudges(ctx.db, st.response, ctx.now)
            ctx.say(st.survey.text("thanks", ctx.person.language, ctx.person.address_form))
            return finish()
        if reply.choice == CHANGE:
            return goto("change")
        ctx.say(ctx.t("survey-not-an-option"))
        return retry()

    async def _on_multi(self, ctx: Ctx, st: Loaded, q: Question, reply: Reply) -> Move:
        selected = self._selection(ctx, st, q)
        if reply.choice in q.option_ids:
            if reply.choice in selected:
                selected.remove(reply.choice)
            else:
                selected.append(reply.choice)
            return goto(f"q:{q.id}")  # show the ticks again
        if reply.choice == DONE:
            if not selected:
                if q.optional:
                    return await self._save(ctx, st, q, None, skipped=True)
                ctx.say(ctx.t("survey-multi-empty"))
                return retry()
            ordered = [o for o in q.option_ids if o in selected]
            return await self._save(ctx, st, q, ordered)
        ctx.say(ctx.t("survey-not-an-option"))
        return retry()

    async def _on_locality(self, ctx: Ctx, st: Loaded, q: Question, text: str) -> Move:
        matches = default_places().search(text)
        if not matches:
            ctx.say(ctx.t("survey-locality-unknown", text=text[:60]))
            return retry()
        if len(matches) == 1 and default_places().is_named(matches[0], text):
            return await self._save_locality(ctx, st, q, matches[0].key)
        ctx.data["_candidates"] = [m.key for m in matches]
        return goto(f"pick:{q.id}")

    async def _on_pick(self, ctx: Ctx, st: Loaded, q: Question, reply: Reply) -> Move:
        candidates = ctx.data.get("_candidates", [])
        if reply.choice == AGAIN:
            return goto(f"q:{q.id}")
        if reply.choice is not None and reply.choice.isdigit() \
                and int(reply.choice) < len(candidates):
            return await self._save_locality(ctx, st, q, candidates[int(reply.choice)])
        if reply.text:  # typed another name instead of choosing: search again
            return await self._on_locality(ctx, st, q, reply.text)
        ctx.say(ctx.t("survey-not-an-option"))
        return retry()

    async def _save_locality(self, ctx: Ctx, st: Loaded, q: Question, key: str) -> Move:
        place = default_places().get(key)
        assert place is not None
        ctx.say(ctx.t("survey-locality-found", place=place.display(ctx.person.language),
                      region=ctx.t(f"region-{place.region}")))
        return await self._save(ctx, st, q, {"key": place.key, "region": place.region})

    async def _save(self, ctx: Ctx, st: Loaded, q: Question, value: Any, *,
                    skipped: bool = False) -> Move:
        """Store the answer now, forget answers a changed branch hides, update segments."""
        await repo.save_answer(ctx.db, st.response, version=st.survey.version,
                               question_id=q.id, kind=q.type, value=value, skipped=skipped,
                               now=ctx.now)
        st.answers[q.id] = Given(value, skipped)
        ctx.data.get("_multi", {}).pop(q.id, None)
        shown = {s.id for s in visible_questions(st.survey, st.answers)}
        hidden = [qid for qid in st.answers if qid not in shown]
        await repo.drop_answers(ctx.db, st.response.id, hidden)
        for qid in hidden:
            del st.answers[qid]
        await attributes.set_many(ctx.db, ctx.person.id, segment_values(st.survey, st.answers),
                                  ctx.now)
        following = next_question(st.survey, st.answers, after=q.id)
        return goto(f"q:{following.id}") if following else goto("review")


# --- what a step read ----------------------------------------------------------------------
# A step reads the response and its answers in the handler and again in the next question's
# ask, and the menu asks three times for the response's status: once each is enough (the
# step's memo, `Ctx.memo`), and the flow reads the two in one statement. The response is the
# session's own object, so its status and question stay current; the answers' dict is the
# one `_save` keeps in step with the table.


async def response_of(ctx: Ctx, survey_id: str, *,
                      with_answers: bool = False) -> SurveyResponse | None:
    """The person's response; `with_answers` reads its answers in the same round trip, for
    `_answers` (the flow's steps need both, the menu only the status)."""
    key = f"survey.response:{survey_id}:{ctx.person.id}"
    if key not in ctx.memo:
        if with_answers:
            ctx.memo[key], answers = await repo.response_with_answers(ctx.db, survey_id,
                                                                      ctx.person.id)
            if ctx.memo[key] is not None:
                ctx.memo[f"survey.answers:{ctx.memo[key].id}"] = answers
        else:
            ctx.memo[key] = await repo.response_for(ctx.db, survey_id, ctx.person.id)
    response: SurveyResponse | None = ctx.memo[key]
    return response


async def _start_response(ctx: Ctx, definition: Survey) -> SurveyResponse:
    response = await repo.start_response(
        ctx.db, survey_id=definition.id, version=definition.version,
        person_id=ctx.person.id, channel=ctx.identity.channel,
        language=ctx.person.language, now=ctx.now)
    ctx.memo[f"survey.response:{definition.id}:{ctx.person.id}"] = response
    ctx.memo[f"survey.answers:{response.id}"] = {}
    return response


async def _answers(ctx: Ctx, response: SurveyResponse) -> dict[str, Given]:
    key = f"survey.answers:{response.id}"
    if key not in ctx.memo:
        ctx.memo[key] = await repo.answers_of(ctx.db, response.id)
    answers: dict[str, Given] = ctx.memo[key]
    return answers


# --- wiring -------------------------------------------------------------------------------


async def continue_survey(ctx: Ctx, target: str) -> Move | None:
    """The menu entries' and the reminder's button: open (or resume) the survey."""
    if survey_for(ctx, target or None) is None:
        ctx.say(ctx.t("survey-unknown"))
        return None
    return switch(SurveyFlow.name, survey=target or ctx.settings.survey_active)


def status_is(*statuses: str | None) -> Callable[[Ctx], Awaitable[bool]]:
    """A menu entry shown by the state of the person's response to the active survey."""
    async def visible(ctx: Ctx) -> bool:
        response = await response_of(ctx, ctx.settings.survey_active)
        return (response.status if response else None) in statuses
    return visible


async def export_person(db: Any, person_id: int) -> dict[str, Any]:
    """The person's survey answers, for "my data"."""
    result: dict[str, Any] = {}
    for response in await repo.responses_of_person(db, person_id):
        answers = await repo.answers_of(db, response.id)
        result[response.survey_id] = {
            "status": response.status, "version": response.version,
            "started_at": response.started_at.isoformat(),
            "finished_at": response.finished_at.isoformat() if response.finished_at else None,
            "answers": {qid: (None if g.skipped else g.value) for qid, g in answers.items()},
        }
    return result


def check_surveys(settings: Any) -> None:
    """Load every survey at start-up, so a mistake in a file stops the bot with its line."""
    surveys = catalog(settings.survey_dir)
    if settings.survey_active not in surveys:
        raise SurveyError(settings.survey_dir or SURVEYS_DIR, None,
                          f"SURVEY_ACTIVE={settings.survey_active!r} is not one of "
                          f"{', '.join(sorted(surveys))}")


def _bare_number(text: str) -> bool:
    return text.strip().isdigit()
