"""The volunteer profile in chat: skills, places, weekly times, languages, load, pause/resume.

A first registration walks every step; afterwards the summary is a hub from which any part
can be edited, the profile paused or resumed, and open and past requests seen. Each part is
saved as soon as it is done (and mirrored into segment fields).
"""

from __future__ import annotations

from typing import Any

from conversations.domain.matcher import DAYS, PARTS, categories, mask_days, mask_parts, slot_mask
from conversations.domain.places import default_places
from conversations.engine.context import Ctx
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    goto,
    handles,
    not_understood,
    retry,
)
from conversations.engine.identity import link_phone, normalize_phone
from conversations.matching import texts as help_texts
from conversations.matching.choosing import (
    DONE,
    ask_which_locality,
    choose_all,
    find_localities,
    picked_locality,
    several,
    toggle,
    toggles,
)
from locales import LANGUAGES
from storage import matching as repo
from storage.matching_models import VolunteerProfile

MAX_NAME = 60
LOAD_CHOICES = ("1", "2", "3", "5")
STEPS = ("skills", "regions", "localities", "days", "parts", "languages", "load", "phone")
HUB = [("skills", "vol-edit-skills"), ("regions", "vol-edit-places"),
       ("days", "vol-edit-times"), ("languages", "vol-edit-languages"),
       ("load", "vol-edit-load"), ("pause", "vol-pause"), ("requests", "vol-my-requests"),
       ("finish", "vol-finish")]


class VolunteerFlow(Flow):
    name = "volunteer"
    initial = "skills"
    states = ("name", *STEPS, "locality_pick", "summary")
    resting = frozenset({"summary"})  # the finished profile is a hub, not a question

    async def start(self, ctx: Ctx, **args: Any) -> str:
        profile = await repo.profile(ctx.db, ctx.person.id)
        if profile is None:
            ctx.data.update(skills=[], regions=[], localities=[], days=[], parts=[],
                            languages=[ctx.person.language], editing=False)
            ctx.say(ctx.t("vol-intro"))
            return "name" if not ctx.person.display_name else "skills"
        ctx.data.update(skills=list(profile.skills), regions=list(profile.regions)
                        + (["remote"] if profile.remote else []),
                        localities=list(profile.localities),
                        days=[str(d) for d in mask_days(profile.availability)],
                        parts=[str(p) for p in mask_parts(profile.availability)],
                        languages=list(profile.languages), editing=True)
        return "summary"

    @asks("name")
    async def ask_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("ask-name"))

    @asks("skills")
    async def ask_skills(self, ctx: Ctx) -> None:
        options = [(c, ctx.t(f"help-cat-{c}")) for c in categories()]
        ctx.ask(ctx.t("vol-skills-prompt"), toggles(ctx, "skills", options))

    @asks("regions")
    async def ask_regions(self, ctx: Ctx) -> None:
        t = ctx.t
        options = [(r, t(f"region-{r}")) for r in default_places().regions]
        options.append(("remote", t("vol-remote")))
        ctx.ask(t("vol-regions-prompt"), toggles(ctx, "regions", options))

    @asks("localities")
    async def ask_localities(self, ctx: Ctx) -> None:
        names = [loc.display(ctx.person.language) for key in ctx.data["localities"]
                 if (loc := default_places().get(key))]
        ctx.ask(ctx.t("vol-localities-prompt", chosen=", ".join(names) or "—"),
                [(DONE, ctx.t("choose-done"))])

    @asks("locality_pick")
    async def ask_locality_pick(self, ctx: Ctx) -> None:
        ask_which_locality(ctx)

    @asks("days")
    async def ask_days(self, ctx: Ctx) -> None:
        t = ctx.t
        options = [(str(i), t(f"help-day-{d}")) for i, d in enumerate(DAYS)]
        *days, done = toggles(ctx, "days", options)  # days first: "1-5" is Sunday–Thursday
        ctx.ask(t("vol-days-prompt"), [*days, ("all", t("vol-every-day")), done])

    @asks("parts")
    async def ask_parts(self, ctx: Ctx) -> None:
        options = [(str(i), ctx.t(f"help-part-{p}")) for i, p in enumerate(PARTS)]
        ctx.ask(ctx.t("vol-parts-prompt"), toggles(ctx, "parts", options))

    @asks("languages")
    async def ask_languages(self, ctx: Ctx) -> None:
        options = [(lang, ctx.t(f"lang-{lang}")) for lang in LANGUAGES]
        ctx.ask(ctx.t("vol-languages-prompt"), toggles(ctx, "languages", options))

    @asks("load")
    async def ask_load(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("vol-load-prompt"), [(n, n) for n in LOAD_CHOICES])

    @asks("phone")
    async def ask_phone(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("ask-phone"), [("skip", ctx.t("ask-phone-skip"))], request_contact=True)

    @asks("summary")
    async def ask_summary(self, ctx: Ctx) -> None:
        t = ctx.t
        profile = await repo.profile(ctx.db, ctx.person.id)
        assert profile is not None
        regions = [t("vol-remote") if r == "remote" else t(f"region-{r}")
                   for r in ctx.data["regions"]]
        places = [loc.display(ctx.person.language) for key in profile.localities
                  if (loc := default_places().get(key))]
        text = t("vol-summary", name=ctx.person.display_name or "—",
                 skills=", ".join(t(f"help-cat-{s}") for s in profile.skills),
                 places=", ".join(regions + places) or "—",
                 times=help_texts.times(t, profile.availability),
                 languages=", ".join(t(f"lang-{lang}") for lang in profile.languages),
                 load=profile.max_open,
                 status=t("vol-status-paused") if profile.paused else t("vol-status-active"))
        hub = [(target, t("vol-resume") if target == "pause" and profile.paused else t(key))
               for target, key in HUB]
        ctx.ask(text, hub)

    @handles("name")
    async def on_name(self, ctx: Ctx, reply: Reply) -> Move:
        name = " ".join((reply.text or "").split())
        if not name or len(name) > MAX_NAME:
            ctx.say(ctx.t("ask-name-invalid", limit=MAX_NAME))
            return retry()
        ctx.person.display_name = name
        return goto("skills")

    @handles("skills")
    async def on_skills(self, ctx: Ctx, reply: Reply) -> Move:
        return await self._toggle(ctx, "skills", reply)

    @handles("regions")
    async def on_regions(self, ctx: Ctx, reply: Reply) -> Move:
        return await self._toggle(ctx, "regions", reply)

    @handles("days")
    async def on_days(self, ctx: Ctx, reply: Reply) -> Move:
        return await self._toggle(ctx, "days", reply)

    @handles("parts")
    async def on_parts(self, ctx: Ctx, reply: Reply) -> Move:
        return await self._toggle(ctx, "parts", reply)

    @handles("languages")
    async def on_languages(self, ctx: Ctx, reply: Reply) -> Move:
        return await self._toggle(ctx, "languages", reply)

    @handles("localities")
    async def on_localities(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == DONE:
            return await self._next(ctx, "localities")
        if not reply.text or not find_localities(ctx, reply.text):
            ctx.say(ctx.t("locality-not-found"))
            return retry()
        return goto("locality_pick")

    @handles("locality_pick")
    async def on_locality_pick(self, ctx: Ctx, reply: Reply) -> Move:
        key = picked_locality(ctx, reply.choice)
        if key is not None:
            ctx.data["localities"] = list(dict.fromkeys([*ctx.data["localities"], key]))
            await self._save(ctx)
            return goto("localities")
        if reply.choice != "again" and reply.text and find_localities(ctx, reply.text):
            return retry()
        return goto("localities")

    @handles("load")
    async def on_load(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in LOAD_CHOICES:
            return not_understood(ctx)
        ctx.data["load"] = int(reply.choice)
        return await self._next(ctx, "load")

    async def _toggle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        if state == "days" and reply.choice == "all":
            ctx.data["days"] = [str(i) for i in range(len(DAYS))]
            return await self._next(ctx, state)
        if reply.choice == DONE:
            if not ctx.data.get(state):
                ctx.say(ctx.t("choose-at-least-one"))
                return retry()
            return await self._next(ctx, state)
        if reply.choice is None:  # several at once: "1,2,3", "1-5", "א-ה", "weekdays"
            if choose_all(ctx, state, several(ctx, reply.text, days=state == "days")):
                return goto(state)
            return not_understood(ctx)
        toggle(ctx, state, reply.choice)
        return goto(state)

    @handles("phone")
    async def on_phone(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.contact is not None and reply.contact.is_own:
            phone = normalize_phone(reply.contact.phone)
            if phone:
                await link_phone(ctx, phone)
                return await self._next(ctx, "phone")
        if reply.choice == "skip":
            return await self._next(ctx, "phone")
        phone = normalize_phone(reply.text or "")
        if phone is None:
            ctx.say(ctx.t("link-phone-invalid"))
            return retry()
        ctx.data["phone"] = phone
        return await self._next(ctx, "phone")

    async def _next(self, ctx: Ctx, state: str) -> Move:
        """Save what was chosen; a first registration walks on, an edit returns to the hub."""
        await self._save(ctx)
        if state == "regions":
            return goto("localities")
        if state == "days":
            return goto("parts")
        if ctx.data.get("editing"):
            return goto("summary")
        following = STEPS[STEPS.index(state) + 1:] if state in STEPS else ()
        for step in following:
            if step == "phone" and ctx.person.phone:
                continue
            return goto(step)
        ctx.data["editing"] = True
        ctx.say(ctx.t("vol-registered"))
        return goto("summary")

    async def _save(self, ctx: Ctx) -> None:
        profile = await repo.profile(ctx.db, ctx.person.id)
        if profile is None:
            profile = VolunteerProfile(person_id=ctx.person.id, created_at=ctx.now, max_open=2,
                                       accepted=0, declined=0, expired=0, paused=False)
        data = ctx.data
        profile.skills = [s for s in data["skills"] if s in categories()]
        profile.regions = [r for r in data["regions"] if r != "remote"]
        profile.remote = "remote" in data["regions"]
        profile.localities = list(data["localities"])
        days = [int(d) for d in data["days"]] or list(range(len(DAYS)))
        parts = [int(p) for p in data["parts"]] or list(range(len(PARTS)))
        profile.availability = slot_mask(days, parts)
        profile.languages = list(data["languages"]) or [ctx.person.language]
        profile.max_open = int(data.get("load", profile.max_open or 2))
        if data.get("phone"):
            profile.contact_phone = data["phone"]
        await repo.save_profile(ctx.db, profile, ctx.now)

    @handles("summary")
    async def on_summary(self, ctx: Ctx, reply: Reply) -> Move:
        """The hub of a registered volunteer: edit a part, pause, see requests, or leave."""
        choice = reply.choice
        if choice in ("skills", "regions", "days", "languages", "load"):
            return goto(choice)
        if choice == "pause":
            profile = await repo.profile(ctx.db, ctx.person.id)
            assert profile is not None
            profile.paused = not profile.paused
            await repo.save_profile(ctx.db, profile, ctx.now)
            ctx.say(ctx.t("vol-paused" if profile.paused else "vol-resumed"))
            return goto("summary")
        if choice == "requests":
            await self._requests(ctx)
            return goto("summary")
        if choice == "finish":
            return finish()
        return not_understood(ctx)

    async def _requests(self, ctx: Ctx) -> None:
        t = ctx.t
        rows = await repo.requests_of_volunteer(ctx.db, ctx.person.id)
        if not rows:
            ctx.say(t("vol-no-requests"))
            return
        lines = [t("vol-request-line", number=r.id, category=t(f"help-cat-{r.category}"),
                   place=help_texts.place(t, r), state=t(f"help-state-{r.state}"))
                 for r in rows]
        ctx.say(t("vol-requests-title") + "\n" + "\n".join(lines))
