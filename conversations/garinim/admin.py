"""Coordinators: leads (filtered by region, exported), proposed cohorts (adjusted, turned
into a garin), garinim made by hand, invitations, the garin's lead and its group messages.

Only what the coordinator's scope covers is shown (scopes.py). Nobody joins from here:
people are *invited*, and join only by accepting (invitations.py).
"""

from __future__ import annotations

from typing import Any

from conversations.domain.cohorts import DEFAULT_TARGET, Candidate, Cohort, propose
from conversations.domain.places import default_places
from conversations.domain.types import Choice, Document
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
    switch,
)
from conversations.garinim import expiry, export, texts
from conversations.garinim.fanout import send_invitation
from conversations.garinim.group_link import LINK_CODE
from conversations.garinim.scopes import region_of, visible_garin, visible_garinim, visible_leads
from storage import garin_leads
from storage import garinim as repo
from storage.garin_leads import LeadView
from storage.garin_models import PENDING, Garin

SHOWN = 15
NAME_LIMIT = 80
EXTRA_FIELDS = ("family_status", "age_group", "occupation")
"""Fields offered as buttons for grouping cohorts further (any segment field may be typed)."""


async def _leads(ctx: Ctx) -> list[LeadView]:
    return visible_leads(ctx, await garin_leads.leads(ctx.db))


def _cohort_json(c: Cohort) -> dict[str, Any]:
    return {"region": c.region, "timing": c.timing, "extra": c.extra, "members": c.members,
            "part": c.part, "parts": c.parts}


def _cohort(data: dict[str, Any]) -> Cohort:
    return Cohort(data["region"], data["timing"], data["extra"], list(data["members"]),
                  data["part"], data["parts"])


class GarinAdminFlow(Flow):
    name = "garin_admin"
    initial = "menu"
    states = ("menu", "leads", "cohorts", "cohort", "cohort_add", "cohort_name", "new_name",
              "new_place", "garin", "invite", "set_lead")
    coordinator_only = True
    resting = frozenset({"menu", "leads", "garin"})

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data.setdefault("target", DEFAULT_TARGET)
        return "menu"

    # --- the menu ---------------------------------------------------------------------

    @asks("menu")
    async def ask_menu(self, ctx: Ctx) -> None:
        t = ctx.t
        garinim = await visible_garinim(ctx)
        choices = [(f"g{g.id}", t("garin-admin-line", garin=g.name, place=texts.place(t, g),
                                  count=await repo.member_count(ctx.db, g.id)))
                   for g in garinim]
        choices += [("leads", t("garin-admin-leads")), ("cohorts", t("garin-admin-cohorts")),
                    ("new", t("garin-admin-new")), ("menu", t("garin-to-menu"))]
        ctx.ask(t("garin-admin-title", count=len(garinim)), choices)

    @handles("menu")
    async def on_menu(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("g") and choice[1:].isdigit():
            ctx.data["garin_id"] = int(choice[1:])
            return goto("garin")
        if choice in ("leads", "cohorts"):
            ctx.data.pop("cohorts", None)
            return goto(choice)
        if choice == "new":
            return goto("new_name")
        return finish()

    # --- leads --------------------------------------------------------------------------

    @asks("leads")
    async def ask_leads(self, ctx: Ctx) -> None:
        t, wanted = ctx.t, ctx.data.get("region_filter")
        every = await _leads(ctx)
        shown = [lead for lead in every if not wanted or wanted in lead.regions]
        lines = [texts.lead_line(ctx, lead) for lead in shown[:SHOWN]]
        where = texts.region(t, wanted) if wanted else t("garin-everywhere")
        text = t("garin-leads-title", count=len(shown), where=where)
        if len(shown) > SHOWN:
            lines.append(t("garin-leads-more", count=len(shown) - SHOWN))
        regions = sorted({r for lead in every for r in lead.regions})
        choices = [(f"r:{r}", texts.region(t, r)) for r in regions if r != wanted]
        if wanted:
            choices.append(("r:", t("garin-leads-all")))
        choices += [("csv", t("garin-export-csv")), ("xlsx", t("garin-export-xlsx")),
                    ("back", t("garin-back"))]
        ctx.ask("\n".join([text, *lines]), choices)

    @handles("leads")
    async def on_leads(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("r:"):
            ctx.data["region_filter"] = choice[2:] or None
            return goto("leads")
        if choice in ("csv", "xlsx"):
            wanted = ctx.data.get("region_filter")
            shown = [lead for lead in await _leads(ctx)
                     if not wanted or wanted in lead.regions]
            table = export.rows(shown, ctx.t, texts.survey(ctx))
            mime = export.CSV_MIME if choice == "csv" else export.XLSX_MIME
            ctx.say(ctx.t("garin-export-ready", count=len(shown)),
                    document=Document(f"leads.{choice}", export.to_bytes(table, choice), mime))
            return goto("leads")
        return goto("menu")

    # --- proposed cohorts -----------------------------------------------------------------

    async def _propose(self, ctx: Ctx) -> list[Cohort]:
        extra = ctx.data.get("extra_field") or ""
        candidates = [Candidate(lead.person_id, tuple(lead.regions), lead.timing,
                                tuple(lead.fields.get(extra, [])) if extra else ())
                      for lead in await _leads(ctx) if not lead.garin_ids]
        return propose(candidates, target=int(ctx.data.get("target", DEFAULT_TARGET)))

    @asks("cohorts")
    async def ask_cohorts(self, ctx: Ctx) -> None:
        t = ctx.t
        if "cohorts" not in ctx.data:
            ctx.data["cohorts"] = [_cohort_json(c) for c in await self._propose(ctx)]
        cohorts = [_cohort(c) for c in ctx.data["cohorts"]]
        target, extra = int(ctx.data["target"]), ctx.data.get("extra_field") or ""
        lines = [t("garin-cohorts-title", count=len(cohorts), target=target)]
        choices = []
        for n, cohort in enumerate(cohorts):
            title = texts.cohort_title(ctx, cohort)
            lines.append(f"{n + 1}. {title}: {texts.cohort_reasons(ctx, cohort, target, extra)}")
            choices.append((f"c{n}", f"{n + 1}. {title}"))
        choices += [(f"x:{name}", t("garin-cohorts-by", field=texts.field_title(ctx, name)))
                    for name in EXTRA_FIELDS if name != extra]
        if extra:
            choices.append(("x:", t("garin-cohorts-plain")))
        choices.append(("back", t("garin-back")))
        ctx.ask("\n".join([*lines, t("garin-cohorts-hint")]), choices)

    @handles("cohorts")
    async def on_cohorts(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("c") and choice[1:].isdigit() and \
                int(choice[1:]) < len(ctx.data["cohorts"]):
            ctx.data["cohort"] = int(choice[1:])
            return goto("cohort")
        if choice.startswith("x:"):
            ctx.data["extra_field"] = choice[2:]
        elif reply.text and reply.text.strip().isdigit():  # a target size
            ctx.data["target"] = max(2, min(200, int(reply.text.strip())))
        elif reply.text and reply.text.strip():  # a survey field's name
            ctx.data["extra_field"] = reply.text.strip()
        elif choice == "back":
            return goto("menu")
        else:
            return not_understood(ctx)
        ctx.data.pop("cohorts", None)
        return goto("cohorts")

    def _held(self, ctx: Ctx) -> dict[str, Any]:
        held: dict[str, Any] = ctx.data["cohorts"][ctx.data["cohort"]]
        return held

    @asks("cohort")
    async def ask_cohort(self, ctx: Ctx) -> None:
        t, held = ctx.t, self._held(ctx)
        cohort = _cohort(held)
        by_id = {lead.person_id: lead for lead in await _leads(ctx)}
        lines = [texts.cohort_title(ctx, cohort),
                 texts.cohort_reasons(ctx, cohort, int(ctx.data["target"]),
                                      ctx.data.get("extra_field") or "")]
        choices = []
        for pid in cohort.members:
            lead = by_id.get(pid)
            if lead is not None:
                lines.append("• " + texts.lead_line(ctx, lead))
                choices.append((f"out:{pid}", t("garin-cohort-remove", name=lead.name or
                                                f"#{pid}")))
        choices += [("add", t("garin-cohort-add")), ("create", t("garin-cohort-create")),
                    ("back", t("garin-back"))]
        ctx.ask("\n".join(lines), choices)

    @handles("cohort")
    async def on_cohort(self, ctx: Ctx, reply: Reply) -> Move:
        choice, held = reply.choice or "", self._held(ctx)
        if choice.startswith("out:") and choice[4:].isdigit():
            held["members"] = [m for m in held["members"] if m != int(choice[4:])]
            return goto("cohort")
        if choice == "add":
            return goto("cohort_add")
        if choice == "create":
            if not held["members"]:
                ctx.say(ctx.t("garin-cohort-empty"))
                return retry()
            return goto("cohort_name")
        return goto("cohorts")

    @asks("cohort_add")
    async def ask_cohort_add(self, ctx: Ctx) -> None:
        held = self._held(ctx)
        others = [lead for lead in await _leads(ctx)
                  if lead.person_id not in held["members"] and not lead.garin_ids]
        choices = [(f"in:{lead.person_id}", texts.lead_line(ctx, lead))
                   for lead in others[:SHOWN]]
        ctx.ask(ctx.t("garin-cohort-add-prompt", count=len(others)),
                [*choices, ("back", ctx.t("garin-back"))])

    @handles("cohort_add")
    async def on_cohort_add(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("in:") and choice[3:].isdigit():
            self._held(ctx)["members"].append(int(choice[3:]))
        return goto("cohort")

    @asks("cohort_name")
    async def ask_cohort_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-new-name"), [("back", ctx.t("garin-back"))])

    @handles("cohort_name")
    async def on_cohort_name(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "back":
            return goto("cohort")
        name = _name(ctx, reply)
        if name is None:
            return retry()
        held = self._held(ctx)
        garin = await self._create(ctx, name, region=held["region"])
        invited = await self._invite(ctx, garin, held["members"])
        ctx.say(ctx.t("garin-created", garin=garin.name, count=invited))
        ctx.data.pop("cohorts", None)
        return goto("garin")

    # --- a garin by hand ------------------------------------------------------------------

    @asks("new_name")
    async def ask_new_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-new-name"), [("back", ctx.t("garin-back"))])

    @handles("new_name")
    async def on_new_name(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "back":
            return goto("menu")
        name = _name(ctx, reply)
        if name is None:
            return retry()
        ctx.data["new_name"] = name
        return goto("new_place")

    @asks("new_place")
    async def ask_new_place(self, ctx: Ctx) -> None:
        t = ctx.t
        found = ctx.data.get("places") or []
        if found:
            choices = [(key, default_places().get(key).display(t.language))  # type: ignore[union-attr]
                       for key in found]
            ctx.ask(t("garin-new-place-pick"), [*choices, ("back", t("garin-back"))])
            return
        regions = [(f"r:{r}", texts.region(t, r)) for r in default_places().regions]
        ctx.ask(t("garin-new-place"), [*regions, ("back", t("garin-back"))])

    @handles("new_place")
    async def on_new_place(self, ctx: Ctx, reply: Reply) -> Move:
        choice, places = reply.choice or "", default_places()
        if choice == "back":
            ctx.data.pop("places", None)
            return goto("menu")
        if choice.startswith("r:") and choice[2:] in places.regions:
            return await self._made(ctx, region=choice[2:], locality="")
        picked = places.get(choice) if choice else None
        if picked is not None:
            return await self._made(ctx, region=picked.region, locality=picked.key)
        found = places.search(reply.text or "") if reply.text else []
        if len(found) == 1:
            return await self._made(ctx, region=found[0].region, locality=found[0].key)
        if not found:
            ctx.say(ctx.t("garin-place-unknown"))
            return retry()
        ctx.data["places"] = [p.key for p in found]
        return retry()

    async def _made(self, ctx: Ctx, *, region: str, locality: str) -> Move:
        scope = region_of(ctx)
        if scope is not None and region != scope:
            ctx.say(ctx.t("garin-out-of-scope", region=texts.region(ctx.t, scope)))
            return retry()
        ctx.data.pop("places", None)
        garin = await self._create(ctx, ctx.data.pop("new_name"), region=region,
                                   locality=locality)
        ctx.say(ctx.t("garin-created", garin=garin.name, count=0))
        return goto("garin")

    async def _create(self, ctx: Ctx, name: str, *, region: str, locality: str = "") -> Garin:
        garin = await repo.create(ctx.db, name=name, target_region=region,
                                  target_locality=locality,
                                  coordinator_person_id=ctx.person.id,
                                  created_by=ctx.person.id, now=ctx.now)
        ctx.data["garin_id"] = garin.id
        return garin

    async def _invite(self, ctx: Ctx, garin: Garin, people: list[int]) -> int:
        sent = 0
        for pid in people:
            invitation = await repo.invite(ctx.db, garin.id, pid, invited_by=ctx.person.id,
                                           now=ctx.now, expires_at=expiry.expires_at(ctx))
            if invitation is not None:
                sent += await send_invitation(ctx, garin, invitation)
                await expiry.plan(ctx, invitation)
        return sent

    # --- one garin ----------------------------------------------------------------------

    async def ask(self, ctx: Ctx, state: str) -> None:
        """The garin's states need a garin this coordinator may see."""
        if state in ("garin", "invite", "set_lead") and \
                await visible_garin(ctx, ctx.data.get("garin_id", 0)) is None:
            ctx.ask(ctx.t("garin-gone"), [("back", ctx.t("garin-back"))])
            return
        await super().ask(ctx, state)

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        if state in ("garin", "invite", "set_lead") and \
                await visible_garin(ctx, ctx.data.get("garin_id", 0)) is None:
            return goto("menu")
        return await super().handle(ctx, state, reply)

    async def _garin(self, ctx: Ctx) -> Garin:
        garin = await visible_garin(ctx, ctx.data["garin_id"])
        assert garin is not None  # ask/handle checked
        return garin

    @asks("garin")
    async def ask_garin(self, ctx: Ctx) -> None:
        t, garin = ctx.t, await self._garin(ctx)
        members = await repo.active_members(ctx.db, garin.id)
        pending = [i for i in await repo.invitations_of_garin(ctx.db, garin.id)
                   if i.state == PENDING]
        lead = next((m.first_name for m in members if m.person_id == garin.lead_person_id), "")
        text = t("garin-detail", garin=garin.name, place=texts.place(t, garin),
                 count=len(members), names=", ".join(m.first_name or "—" for m in members),
                 pending=len(pending), lead=lead or "—",
                 telegram=t("garin-detail-group-linked" if garin.telegram_chat_id is not None
                            else "garin-detail-group-none"))
        ctx.ask(text, [("invite", t("garin-invite")), ("set_lead", t("garin-set-lead")),
                       ("announce", t("garin-announce-button")),
                       ("gathering", t("garin-gathering-new")),
                       Choice(t("garin-group-link-button"), LINK_CODE, str(garin.id)),
                       ("back", t("garin-back"))])

    @handles("garin")
    async def on_garin(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice in ("invite", "set_lead"):
            return goto(reply.choice)
        if reply.choice == "announce":
            return switch("garin_message", garin_id=ctx.data["garin_id"])
        if reply.choice == "gathering":  # the house-meeting wizard, for members only
            return switch("meeting_new", garin_id=ctx.data["garin_id"])
        return goto("menu")

    @asks("invite")
    async def ask_invite(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        asked = {i.person_id for i in await repo.invitations_of_garin(ctx.db, garin.id)
                 if i.state == PENDING}
        others = [lead for lead in await _leads(ctx)
                  if garin.id not in lead.garin_ids and lead.person_id not in asked]
        choices = [(f"p{lead.person_id}", texts.lead_line(ctx, lead)) for lead in others[:SHOWN]]
        ctx.ask(ctx.t("garin-invite-prompt", count=len(others)),
                [*choices, ("back", ctx.t("garin-back"))])

    @handles("invite")
    async def on_invite(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("p") and choice[1:].isdigit():
            sent = await self._invite(ctx, await self._garin(ctx), [int(choice[1:])])
            ctx.say(ctx.t("garin-invited", count=sent))
            return goto("invite")
        return goto("garin")

    @asks("set_lead")
    async def ask_set_lead(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        members = await repo.active_members(ctx.db, garin.id)
        choices = [(f"p{m.person_id}", m.first_name or f"#{m.person_id}") for m in members]
        ctx.ask(ctx.t("garin-set-lead-prompt", count=len(members)),
                [*choices, ("back", ctx.t("garin-back"))])

    @handles("set_lead")
    async def on_set_lead(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice.startswith("p") and choice[1:].isdigit():
            if await repo.set_lead(ctx.db, ctx.data["garin_id"], int(choice[1:]), ctx.now):
                ctx.say(ctx.t("garin-lead-set"))
        return goto("garin")


def _name(ctx: Ctx, reply: Reply) -> str | None:
    name = (reply.text or "").strip()
    if not name or len(name) > NAME_LIMIT:
        ctx.say(ctx.t("garin-name-invalid", limit=NAME_LIMIT))
        return None
    return name

