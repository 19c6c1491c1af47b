"""The conversation engine: route one inbound event through universal words, buttons and flows.

It mutates only the context (stored state, prompts, outbox rows); the caller commits and then
sends `ctx.out`. Nothing here knows which channel the person is on.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from conversations.domain.choice_matching import match_choice
from conversations.domain.types import ANSWER, Choice, Inbound, Pressed
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, not_understood
from conversations.engine.registry import DELETE_ME, MY_DATA, ONBOARDING
from locales import normalize

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 4000
COMMANDS = ("start", "menu", "help", "back", "cancel", "mydata", "deleteme", "optout",
            "optin")


class Engine:
    """Stateless router; one instance serves every person."""

    def __init__(self, services) -> None:  # type: ignore[no-untyped-def]
        self.services = services
        self.registry = services.registry
        localizer = services.localizer
        self.words = {word: command for command in COMMANDS
                      for word in localizer.words(f"words-{command}")}

    async def process(self, ctx: Ctx, event: Inbound) -> None:
        if event.media is not None:
            ctx.say(ctx.t("media-unsupported"))
            await self.reask(ctx)
            return
        if event.pressed is not None:
            before = (ctx.session.flow, ctx.session.state, len(ctx.out))
            await self._on_pressed(ctx, event.pressed)
            self._in_place(ctx, event, before)
            return
        if event.contact is not None or event.location is not None:
            await self._on_shared(ctx, event)
            return
        await self._on_text(ctx, (event.text or "").strip())

    # --- inputs -------------------------------------------------------------------------

    async def _on_text(self, ctx: Ctx, text: str) -> None:
        if not text:
            ctx.say(ctx.t("empty-text"))
            await self.reask(ctx)
            return
        command = self._command(text)
        if command == "start" and not text.startswith("/") and self._flow(ctx) is not None:
            command = None  # a greeting typed as an answer ("שלום") is an answer, not a reset
        if command is not None:
            await self.command(ctx, command)
            return
        if len(text) > MAX_INPUT_CHARS:
            ctx.say(ctx.t("text-too-long", length=len(text), limit=MAX_INPUT_CHARS))
            await self.reask(ctx)
            return
        if not self._consented(ctx) and self._flow(ctx) is None:
            await self.run_move(ctx, Move("switch", flow=ONBOARDING))
            return
        offered = [Choice.from_json(c) for c in ctx.session.choices]
        chosen = match_choice(text, offered)
        if chosen is not None and chosen.action != ANSWER:
            await self._on_pressed(ctx, Pressed(chosen.action, chosen.target))
            return
        flow = self._flow(ctx)
        if flow is None:  # consented (checked above), so asking again shows the menu
            await self.run_move(ctx, not_understood(ctx))
            return
        reply = Reply(text=text, choice=chosen.target if chosen else None)
        await self.run_move(ctx, await flow.handle(ctx, ctx.session.state or "", reply))

    async def _on_pressed(self, ctx: Ctx, pressed: Pressed) -> None:
        if pressed.action == ANSWER:
            flow = self._flow(ctx)
            if flow is None or pressed.step != ctx.session.step:
                await self._stale(ctx)
                return
            reply = Reply(choice=pressed.target)
            await self.run_move(ctx, await flow.handle(ctx, ctx.session.state or "", reply))
            return
        action = self.registry.actions.get(pressed.action)
        if action is None:
            await self._stale(ctx)
            return
        if action.requires_consent and not self._consented(ctx):
            ctx.say(ctx.t("consent-required"))
            await self.reask(ctx)
            return
        if action.coordinator_only and not ctx.is_coordinator:
            ctx.say(ctx.t("not-allowed"))
            await self.reask(ctx)
            return
        move = await action.handler(ctx, pressed.target)
        if move is None:
            flow = self._flow(ctx)
            if ctx.deleted or flow is None:
                return
            if ctx.session.state in flow.resting:  # not mid-question: nothing to resume
                self._leave_flow(ctx)
                return
            ctx.say(ctx.t("resume-prompt"))
            await self.reask(ctx)
            return
        await self.run_move(ctx, move)

    async def _on_shared(self, ctx: Ctx, event: Inbound) -> None:
        flow = self._flow(ctx)
        if flow is not None and self._consented(ctx):
            reply = Reply(contact=event.contact, location=event.location)
            await self.run_move(ctx, await flow.handle(ctx, ctx.session.state or "", reply))
            return
        on_contact = ctx.services.registry.on_shared_contact
        if event.contact is not None and on_contact is not None and self._consented(ctx):
            await self.run_move(ctx, await on_contact(ctx, event.contact))
            return
        await self.run_move(ctx, not_understood(ctx))

    def _command(self, text: str) -> str | None:
        if text.startswith("/"):
            name = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else ""
            return name if name in COMMANDS else "unknown"
        return self.words.get(normalize(text))

    # --- universal commands ---------------------------------------------------------------

    async def command(self, ctx: Ctx, command: str) -> None:
        if command == "unknown":
            await self.run_move(ctx, not_understood(ctx))
        elif command == "optout":
            await self._opt_out(ctx)
        elif command == "optin":
            await self._opt_in(ctx)
            await self.command(ctx, "start")
        elif command == "start":
            if ctx.person.opted_out_at is not None:
                await self._opt_in(ctx)
            target = ONBOARDING if not self._consented(ctx) else None
            if target:
                await self.run_move(ctx, Move("switch", flow=target))
            else:
                self._leave_flow(ctx)
                await self.show_menu(ctx)
        elif command == "help":
            ctx.say(ctx.t("help-text"))
            await self.reask(ctx)
        elif command == "back":
            await self._back(ctx)
        elif command == "cancel":
            if self._consented(ctx):
                self._leave_flow(ctx)
                ctx.say(ctx.t("cancelled"))
                await self.show_menu(ctx)
            else:
                await self.reask(ctx)
        elif command == "menu":
            if self._consented(ctx):
                self._leave_flow(ctx)
                await self.show_menu(ctx)
            else:
                ctx.say(ctx.t("consent-required"))
                await self.reask(ctx)
        elif command == "mydata":
            await self._on_pressed(ctx, Pressed(MY_DATA, ""))
        elif command == "deleteme":
            await self.run_move(ctx, Move("switch", flow=DELETE_ME))

    async def _opt_out(self, ctx: Ctx) -> None:
        """STOP: no business-initiated messages any more; answers to the person still go."""
        if ctx.person.opted_out_at is None:
            ctx.person.opted_out_at = ctx.now
        ctx.say(ctx.t("optout-done"))

    async def _opt_in(self, ctx: Ctx) -> None:
        """START after STOP: reminders, offers and broadcasts may come again."""
        if ctx.person.opted_out_at is not None:
            ctx.person.opted_out_at = None
            ctx.say(ctx.t("optin-done"))

    async def _back(self, ctx: Ctx) -> None:
        flow = self._flow(ctx)
        history = list(ctx.session.history or [])
        if flow is None or not history:
            ctx.say(ctx.t("nothing-to-go-back"))
            await self.reask(ctx)
            return
        ctx.session.state = history.pop()
        ctx.session.history = history
        ctx.session.step += 1
        await flow.ask(ctx, ctx.session.state)

    # --- moves ----------------------------------------------------------------------------

    async def run_move(self, ctx: Ctx, move: Move) -> None:
        """Apply a flow's move: change state, then ask what the new state asks."""
        session = ctx.session
        if move.kind == "retry":
            await self.reask(ctx)
        elif move.kind == "stay":
            return
        elif move.kind == "goto":
            assert move.state is not None
            if session.state and session.state != move.state:
                session.history = [*(session.history or []), session.state]
            session.state = move.state
            session.step += 1
            flow = self._flow(ctx)
            assert flow is not None, "goto outside a flow"
            await flow.ask(ctx, move.state)
        elif move.kind == "finish":
            self._leave_flow(ctx)
            if move.show_menu and not ctx.deleted:
                await self.show_menu(ctx)
        elif move.kind == "switch":
            await self._start_flow(ctx, move)

    async def _start_flow(self, ctx: Ctx, move: Move) -> None:
        flow = self.registry.flows.get(move.flow or "")
        if flow is None:
            log.error("unknown flow %s", move.flow)
            ctx.say(ctx.t("error-internal"))
            return
        if flow.requires_consent and not self._consented(ctx):
            ctx.say(ctx.t("consent-required"))
            await self.reask(ctx)
            return
        if flow.coordinator_only and not ctx.is_coordinator:
            ctx.say(ctx.t("not-allowed"))
            await self.reask(ctx)
            return
        self._leave_flow(ctx, keep_form=True)
        ctx.session.flow = flow.name
        state = move.state or await flow.start(ctx, **move.args)
        if ctx.session.flow != flow.name:  # start() itself moved on (e.g. finished at once)
            return
        ctx.session.state = state
        await flow.ask(ctx, state)

    def _leave_flow(self, ctx: Ctx, *, keep_form: bool = False) -> None:
        session = ctx.session
        form = session.data.get("_form") if keep_form else None
        session.flow = None
        session.state = None
        session.data = {"_form": form} if form else {}
        session.history = []
        session.choices = []
        session.step += 1
        session.version += 1

    async def reask(self, ctx: Ctx) -> None:
        """Repeat the current question (same step, so its earlier buttons stay valid)."""
        if ctx.deleted:
            return
        flow = self._flow(ctx)
        if flow is not None:
            await flow.ask(ctx, ctx.session.state or flow.initial)
        elif not self._consented(ctx):
            await self.run_move(ctx, Move("switch", flow=ONBOARDING))
        else:
            await self.show_menu(ctx)

    async def show_menu(self, ctx: Ctx) -> None:
        choices = []
        for item in self.registry.menu:
            if item.coordinator_only and not ctx.is_coordinator:
                continue
            if item.visible is not None and not await item.visible(ctx):
                continue
            choices.append(Choice(ctx.t(item.label_key), item.action, item.target))
        ctx.ask(ctx.t("menu-title"), choices)

    async def _stale(self, ctx: Ctx) -> None:
        ctx.refuse(ctx.t("stale-button"))
        await self.reask(ctx)

    # --- helpers --------------------------------------------------------------------------

    @staticmethod
    def _in_place(ctx: Ctx, event: Inbound, before: tuple[str | None, str | None, int]
                  ) -> None:
        """A press that only asks the same question again (a tick moved, another page) and
        says nothing else replaces the message it was pressed on; anything else — a final
        answer, a new question, an explanation — leaves that message as it is."""
        flow, state, count = before
        if event.pressed_on is None or flow is None or ctx.deleted:
            return
        if (ctx.session.flow, ctx.session.state) != (flow, state) or len(ctx.out) != count + 1:
            return
        prompt = ctx.out[-1]
        if prompt.choices and prompt.document is None and not prompt.request_contact:
            ctx.out[-1] = replace(prompt, edits=event.pressed_on)

    def _flow(self, ctx: Ctx) -> Flow | None:
        flow = self.registry.flows.get(ctx.session.flow or "")
        if flow is not None and not flow.knows(ctx.session.state):
            log.warning("stored state %s.%s no longer exists; resetting", flow.name,
                        ctx.session.state)
            return None
        return flow

    @staticmethod
    def _consented(ctx: Ctx) -> bool:
        return ctx.person.consented_at is not None
