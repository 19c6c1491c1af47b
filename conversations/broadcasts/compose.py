"""The coordinator's broadcast flow: audience → count → message → button → preview → when.

An audience is a saved segment, everyone, or built here one condition at a time (each
condition is "field is any of these values"; conditions are ANDed; richer AND/OR trees can be
saved from the CLI). A coordinator limited to a region only ever reaches that region.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from conversations.broadcasts import fields
from conversations.broadcasts import jobs as broadcast_jobs
from conversations.broadcasts import render as rendering
from conversations.domain import dates, topics
from conversations.domain.segments import EVERYONE, REGION_ATTRIBUTES, Definition, all_of, scoped
from conversations.domain.survey_def import Survey, catalog
from conversations.domain.when import parse_when
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
from storage import segments

MAX_OPTIONS = 12
MAX_NAME = 60
SPECIAL_FIELDS = ("language", "channel")
CHANNELS = ("telegram", "whatsapp")


def region_of(ctx: Ctx) -> str | None:
    return ctx.settings.coordinator_regions.get(ctx.identity.urn)


def surveys(ctx: Ctx) -> dict[str, Survey]:
    return catalog(ctx.settings.survey_dir)


Known = dict[str, fields.Source]


def value_label(ctx: Ctx, field: str, value: str, known: Known | None = None) -> str:
    """A readable label for a segment value: languages, channels and regions are translated,
    a survey question's values read as its options."""
    localizer = ctx.services.localizer
    if field == "language":
        key = f"lang-{value}"
    elif field == "channel":
        key = f"channel-{value}"
    elif field in REGION_ATTRIBUTES:
        key = f"region-{value}"
    else:
        source = (fields.sources(surveys(ctx)) if known is None else known).get(field)
        text = fields.value_text(source, value, ctx.person.language) if source else None
        return text or value
    return ctx.t(key) if localizer.has("he", key) else value


def field_label(ctx: Ctx, field: str, known: Known | None = None) -> str:
    key = f"segment-field-{field.replace(':', '-')}"
    if ctx.services.localizer.has("he", key):
        return ctx.t(key)
    source = (fields.sources(surveys(ctx)) if known is None else known).get(field)
    return (fields.title(source, ctx.person.language) if source else None) or field


def describe(ctx: Ctx, conditions: list[Definition]) -> str:
    parts = []
    known = fields.sources(surveys(ctx))
    for leaf in conditions:
        if "attr" in leaf:
            field, values = leaf["attr"], leaf["in"]
        else:
            field = next(iter(leaf))
            values = leaf[field] if isinstance(leaf[field], list) else [leaf[field]]
        labels = " / ".join(value_label(ctx, field, v, known) for v in values)
        parts.append(f"{field_label(ctx, field, known)}: {labels}")
    return "\n".join(f"• {part}" for part in parts) or ctx.t("broadcast-everyone")


class BroadcastFlow(Flow):
    name = "broadcast"
    initial = "audience"
    states = ("audience", "field", "values", "more", "save", "topic", "count", "text",
              "text_lang", "button", "preview", "when", "confirm")
    coordinator_only = True

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data.update({"conds": [], "texts": {}, "segment": None, "saved": None,
                         "urgent": False})
        return self.initial

    # --- prompts --------------------------------------------------------------------------

    @asks("audience")
    async def ask_audience(self, ctx: Ctx) -> None:
        saved = await segments.all_saved(ctx.db)
        choices = [(f"seg:{s.id}", f"📁 {s.name}") for s in saved[:MAX_OPTIONS]]
        choices += [("build", ctx.t("broadcast-build")), ("everyone", ctx.t("broadcast-all"))]
        ctx.ask(ctx.t("broadcast-audience-prompt"), choices)

    @asks("field")
    async def ask_field(self, ctx: Ctx) -> None:
        catalogue = surveys(ctx)
        same = fields.duplicates(catalogue)  # one question, stored under two names
        known = fields.sources(catalogue)
        names = [*SPECIAL_FIELDS, *(name for name in await segments.attribute_names(ctx.db)
                                    if name not in same)][:MAX_OPTIONS * 2]
        ctx.data["opts"] = names
        ctx.ask(ctx.t("broadcast-field-prompt"),
                [(str(i), field_label(ctx, f, known)) for i, f in enumerate(names)])

    @asks("values")
    async def ask_values(self, ctx: Ctx) -> None:
        field = ctx.data["field"]
        if field == "language":
            from locales import LANGUAGES

            values = list(LANGUAGES)
        elif field == "channel":
            values = list(CHANNELS)
        else:
            values = await segments.attribute_values(ctx.db, field, MAX_OPTIONS * 2)
        ctx.data["opts"] = values
        known = fields.sources(surveys(ctx))
        ctx.ask(ctx.t("broadcast-values-prompt", field=field_label(ctx, field, known)),
                [(str(i), value_label(ctx, field, v, known)) for i, v in enumerate(values)])

    @asks("more")
    async def ask_more(self, ctx: Ctx) -> None:
        split = await segments.split(ctx.db, self._definition(ctx))
        text = ctx.t("broadcast-more-prompt", conditions=describe(ctx, ctx.data["conds"]),
                     total=split.total)
        ctx.ask(text, [("add", ctx.t("broadcast-add-condition")),
                       ("done", ctx.t("broadcast-conditions-done"))])

    @asks("save")
    async def ask_save(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("broadcast-save-prompt"), [("skip", ctx.t("broadcast-save-skip"))])

    @asks("topic")
    async def ask_topic(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("broadcast-topic-prompt"),
                [(topic.id, ctx.t(topic.label_key)) for topic in topics.broadcast_topics()])

    @asks("count")
    async def ask_count(self, ctx: Ctx) -> None:
        split = await segments.split(ctx.db, self._definition(ctx), ctx.data["topic"])
        ctx.data["languages"] = list(split.by_language)
        lines = [ctx.t("broadcast-audience-summary", audience=self._audience_text(ctx)),
                 rendering.split_lines(ctx.t, split)]
        region = region_of(ctx)
        if region:
            lines.append(ctx.t("broadcast-scope-note", region=value_label(
                ctx, "residence_region", region)))
        if split.total == 0:
            ctx.ask("\n".join([*lines, ctx.t("broadcast-nobody")]),
                    [("change", ctx.t("broadcast-change-audience"))])
            return
        ctx.ask("\n".join(lines), [("ok", ctx.t("broadcast-continue")),
                                   ("change", ctx.t("broadcast-change-audience"))])

    @asks("text")
    async def ask_text(self, ctx: Ctx) -> None:
        choices = []
        if len(ctx.data.get("languages", [])) > 1:
            choices.append(("per_language", ctx.t("broadcast-per-language")))
        ctx.ask(ctx.t("broadcast-text-prompt"), choices)

    @asks("text_lang")
    async def ask_text_lang(self, ctx: Ctx) -> None:
        language = ctx.data["queue"][0]
        ctx.ask(ctx.t("broadcast-text-lang-prompt", lang=ctx.t(f"lang-{language}")))

    @asks("button")
    async def ask_button(self, ctx: Ctx) -> None:
        options = self._linkable(ctx)
        ctx.data["opts"] = options
        choices = [("none", ctx.t("broadcast-no-button"))]
        choices += [(str(i), ctx.t(key)) for i, (_a, _t, key) in enumerate(options)]
        ctx.ask(ctx.t("broadcast-button-prompt"), choices)

    @asks("preview")
    async def ask_preview(self, ctx: Ctx) -> None:
        self._show_preview(ctx, urgent=False)
        choices = [("now", ctx.t("broadcast-send-now"))]
        if ctx.identity.urn in ctx.settings.urgent_sender_urns:
            choices.append(("urgent", ctx.t("broadcast-send-urgent")))
        choices += [("later", ctx.t("broadcast-send-later")),
                    ("edit", ctx.t("broadcast-edit-text")),
                    ("drop", ctx.t("broadcast-drop"))]
        ctx.ask(ctx.t("broadcast-preview-question"), choices)

    @asks("when")
    async def ask_when(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("broadcast-when-prompt", example=self._when_example(ctx)))

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        split = await segments.split(ctx.db, self._definition(ctx), ctx.data["topic"])
        at = datetime.fromisoformat(ctx.data["at"]) if ctx.data.get("at") else None
        if ctx.data["urgent"]:  # recipients get it with the urgent mark: show that too
            self._show_preview(ctx, urgent=True)
        key = "broadcast-confirm-urgent" if ctx.data["urgent"] else "broadcast-confirm"
        ctx.ask(ctx.t(key, total=split.total, when=self._when_text(ctx, at)),
                [("yes", ctx.t("broadcast-yes")), ("no", ctx.t("broadcast-no"))])

    # --- answers --------------------------------------------------------------------------

    @handles("audience")
    async def on_audience(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice == "build":
            ctx.data.update(conds=[], segment=None)
            return goto("field")
        if choice == "everyone":
            ctx.data.update(conds=[], segment=None)
            return goto("topic")
        if choice.startswith("seg:"):
            saved = {str(s.id): s for s in await segments.all_saved(ctx.db)}
            segment = saved.get(choice[4:])
            if segment is not None:
                ctx.data.update(segment=segment.name, saved=segment.definition, conds=[])
                return goto("topic")
        return not_understood(ctx)

    @handles("field")
    async def on_field(self, ctx: Ctx, reply: Reply) -> Move:
        field = self._option(ctx, reply)
        if field is None:
            return not_understood(ctx)
        ctx.data["field"] = field
        return goto("values")

    @handles("values")
    async def on_values(self, ctx: Ctx, reply: Reply) -> Move:
        typed = reply.text or ""
        picked = None if "," in typed else self._option(ctx, reply)  # a list beats a fuzzy hit
        values = [picked] if picked is not None else self._typed_values(ctx, typed)
        if not values:
            ctx.say(ctx.t("broadcast-values-unknown"))
            return retry()
        field = ctx.data["field"]
        leaf: Definition = ({field: values} if field in SPECIAL_FIELDS
                            else {"attr": field, "in": values})
        ctx.data["conds"] = [*ctx.data["conds"], leaf]
        return goto("more")

    @handles("more")
    async def on_more(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "add":
            return goto("field")
        if reply.choice == "done":
            return goto("save")
        return not_understood(ctx)

    @handles("save")
    async def on_save(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "skip":
            return goto("topic")
        name = " ".join((reply.text or "").split())
        if not name or len(name) > MAX_NAME:
            ctx.say(ctx.t("broadcast-save-invalid", limit=MAX_NAME))
            return retry()
        await segments.save(ctx.db, name, self._built(ctx), by=ctx.identity.urn, now=ctx.now)
        ctx.data["segment"] = name
        ctx.say(ctx.t("broadcast-saved", name=name))
        return goto("topic")

    @handles("topic")
    async def on_topic(self, ctx: Ctx, reply: Reply) -> Move:
        if topics.get(reply.choice or "") is None or reply.choice == topics.DIGEST:
            return not_understood(ctx)
        ctx.data["topic"] = reply.choice
        return goto("count")

    @handles("count")
    async def on_count(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "ok":
            return goto("text")
        if reply.choice == "change":
            return goto("audience")
        return not_understood(ctx)

    @handles("text")
    async def on_text(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "per_language":
            ctx.data["queue"] = list(ctx.data["languages"])
            ctx.data["texts"] = {}
            return goto("text_lang")
        text = (reply.text or "").strip()
        if not text:
            return retry()
        ctx.data["texts"] = {"*": text}
        return goto("button")

    @handles("text_lang")
    async def on_text_lang(self, ctx: Ctx, reply: Reply) -> Move:
        text = (reply.text or "").strip()
        if not text:
            return retry()
        queue = list(ctx.data["queue"])
        ctx.data["texts"] = {**ctx.data["texts"], queue.pop(0): text}
        ctx.data["queue"] = queue
        return goto("text_lang") if queue else goto("button")

    @handles("button")
    async def on_button(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "none":
            ctx.data["button"] = None
            return goto("preview")
        options = self._linkable(ctx)
        if reply.choice is not None and reply.choice.isdigit() and \
                int(reply.choice) < len(options):
            action, target, key = options[int(reply.choice)]
            ctx.data["button"] = {"action": action, "target": target, "label_key": key}
            return goto("preview")
        return not_understood(ctx)

    @handles("preview")
    async def on_preview(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice
        if choice in ("now", "urgent"):
            if choice == "urgent" and ctx.identity.urn not in ctx.settings.urgent_sender_urns:
                ctx.say(ctx.t("not-allowed"))
                return retry()
            ctx.data.update(at=None, urgent=choice == "urgent")
            return goto("confirm")
        if choice == "later":
            ctx.data["urgent"] = False
            return goto("when")
        if choice == "edit":
            return goto("text")
        if choice == "drop":
            ctx.say(ctx.t("broadcast-dropped"))
            return finish()
        return not_understood(ctx)

    @handles("when")
    async def on_when(self, ctx: Ctx, reply: Reply) -> Move:
        words = ctx.services.localizer.words("words-tomorrow")
        at = parse_when(reply.text or "", ctx.now, ctx.settings.timezone, words)
        if at is None:
            ctx.say(ctx.t("broadcast-when-invalid", example=self._when_example(ctx)))
            return retry()
        if at <= ctx.now:
            ctx.say(ctx.t("broadcast-when-past"))
            return retry()
        ctx.data["at"] = at.isoformat()
        return goto("confirm")

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "no":
            return goto("preview")
        if reply.choice != "yes":
            return not_understood(ctx)
        at = datetime.fromisoformat(ctx.data["at"]) if ctx.data.get("at") else ctx.now
        broadcast = await broadcast_jobs.create(
            ctx.db, by=ctx.identity.urn, by_person_id=ctx.person.id,
            audience=self._definition(ctx), segment_name=ctx.data.get("segment"),
            scope=region_of(ctx), topic=ctx.data["topic"], texts=ctx.data["texts"],
            button=ctx.data.get("button"), urgent=bool(ctx.data["urgent"]), at=at, now=ctx.now)
        when = self._when_text(ctx, at if ctx.data.get("at") else None)
        ctx.say(ctx.t("broadcast-queued", id=broadcast.id, when=when))
        return finish()

    # --- helpers --------------------------------------------------------------------------

    def _show_preview(self, ctx: Ctx, *, urgent: bool) -> None:
        """The message in each language, made by the very function the real send uses."""
        ctx.say(ctx.t("broadcast-preview-intro"))
        texts = ctx.data["texts"]  # a JSON object: PostgreSQL does not keep its key order
        languages = [lang for lang in ctx.data.get("languages", []) if lang in texts] \
            or [ctx.person.language]
        render = rendering.for_recipients(
            ctx.services.localizer, texts=texts, topic=ctx.data["topic"],
            button=ctx.data.get("button"), default_language=ctx.settings.default_language,
            urgent=urgent)
        for language in languages:
            ctx.out.append(render(language, ctx.person.address_form))

    def _built(self, ctx: Ctx) -> Definition:
        conds = ctx.data.get("conds") or []
        return all_of(*conds) if conds else dict(EVERYONE)

    def _definition(self, ctx: Ctx) -> Definition:
        """The audience as it will be sent: picked or built, within the coordinator's region."""
        saved: Definition | None = ctx.data.get("saved")
        base = saved if saved and not ctx.data.get("conds") else self._built(ctx)
        return scoped(base, region_of(ctx))

    def _audience_text(self, ctx: Ctx) -> str:
        if ctx.data.get("saved") and not ctx.data.get("conds"):
            return f"📁 {ctx.data['segment']}"
        return describe(ctx, ctx.data.get("conds") or [])

    def _option(self, ctx: Ctx, reply: Reply) -> str | None:
        options: list[str] = ctx.data.get("opts", [])
        if reply.choice is not None and reply.choice.isdigit() and \
                int(reply.choice) < len(options):
            return options[int(reply.choice)]
        return None

    def _typed_values(self, ctx: Ctx, text: str) -> list[str]:
        """Several values typed with commas; each must be one of the offered ones."""
        field = ctx.data["field"]
        sources = fields.sources(surveys(ctx))
        known = {v.casefold(): v for v in ctx.data.get("opts", [])}
        known.update({value_label(ctx, field, v, sources).casefold(): v
                      for v in ctx.data.get("opts", [])})
        wanted = [part.strip().casefold() for part in text.split(",") if part.strip()]
        if not wanted or any(w not in known for w in wanted):
            return []
        return list(dict.fromkeys(known[w] for w in wanted))

    def _linkable(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        """Flows a recipient can open from a button: the menu entries every reader can use."""
        return [(item.action, item.target, item.label_key)
                for item in ctx.services.registry.menu
                if item.action == "flow" and not item.coordinator_only and item.in_broadcasts]

    @staticmethod
    def _when_example(ctx: Ctx) -> str:
        """A send time to show as an example, in the style parse_when reads."""
        return dates.example_moment(ctx.now, ctx.t.language, ctx.settings.timezone)

    def _when_text(self, ctx: Ctx, at: datetime | None) -> str:
        if at is None:
            return ctx.t("broadcast-when-now")
        return dates.moment(at, ctx.t.language, ctx.settings.timezone)
