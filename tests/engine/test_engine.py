"""The engine's universal words, back/cancel/help, and global buttons mid-flow (no network)."""

from __future__ import annotations

from sqlalchemy import select

from conversations.domain.types import Choice
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, finish, goto, retry
from conversations.engine.registry import MenuItem
from storage.models import ConversationState
from tests.support.person import on_core


class PizzaFlow(Flow):
    """A tiny two-question flow used only by these tests."""

    name = "pizza"
    initial = "size"
    states = ("size", "topping")

    async def ask(self, ctx: Ctx, state: str) -> None:
        if state == "size":
            ctx.ask("size?", [("s", "small"), ("l", "large")])
        else:
            ctx.ask("topping?", [("olive", "olives"), ("onion", "onions")])

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        if reply.choice is None:
            ctx.say("pick one")
            return retry()
        ctx.data[state] = reply.choice
        if state == "size":
            return goto("topping")
        ctx.say(f"ordered {ctx.data['size']} with {ctx.data['topping']}")
        return finish()


async def ping(ctx: Ctx, target: str) -> Move | None:
    ctx.say(f"pong {target}")
    return None


def install(core) -> None:  # type: ignore[no-untyped-def]
    registry = core.services.registry
    registry.add_flow(PizzaFlow())
    registry.add_action("ping", ping)
    registry.add_menu_item(MenuItem("menu-settings", "flow", "pizza", order=1))


async def test_back_help_and_a_global_button_keep_the_flow(core):
    install(core)
    noa = on_core(core, "terminal:noa")
    await noa.onboard()
    await noa.tap("⚙️ שפה ואופן פנייה", on=noa.last)  # order=1 item opens pizza
    assert noa.last.text == "size?"
    await noa.say("large")
    assert noa.last.text == "topping?"
    await noa.say("חזרה")
    assert noa.last.text == "size?"
    replies = await noa.say("עזרה")
    assert replies[0].text.startswith("כך מדברים איתי") and replies[-1].text == "size?"
    # a button from a business-initiated message, pressed mid-flow, does not derail it
    notice = type(noa.last)(text="news", choices=(Choice("ping!", "ping", "7"),))
    replies = await noa.tap("ping!", on=notice)
    assert [r.text for r in replies] == ["pong 7", "ממשיכים מאיפה שעצרנו:", "size?"]
    await noa.say("smal")  # a close misspelling of a label
    await noa.say("2")  # a number
    assert noa.received[-2].text == "ordered s with onion"


async def test_old_buttons_of_the_same_question_stay_valid_but_older_ones_are_stale(core):
    install(core)
    avi = on_core(core, "terminal:avi", form="m")
    await avi.onboard()
    await avi.tap("⚙️ שפה ואופן פנייה", on=avi.last)
    first_size = avi.last
    await avi.say("עזרה")  # re-asks the same question
    await avi.tap("small", on=first_size)  # the earlier copy still works
    assert avi.last.text == "topping?"
    replies = await avi.tap("large", on=first_size)  # now it is an old question
    assert replies[0].text.startswith("הכפתור הזה שייך להודעה קודמת")
    assert replies[-1].text == "topping?"


async def test_cancel_and_menu_leave_the_flow_and_forget_its_data(core):
    install(core)
    dana = on_core(core, "terminal:dana")
    await dana.onboard()
    await dana.tap("⚙️ שפה ואופן פנייה", on=dana.last)
    await dana.say("large")
    replies = await dana.say("ביטול")
    assert replies[0].text == "בוטל. חזרנו לתפריט הראשי."
    async with core.db.transaction() as db:
        state = await db.scalar(select(ConversationState))
        assert state.flow is None and state.data == {}
    replies = await dana.say("/back")
    assert replies[0].text == "אין לאן לחזור מכאן."


async def test_before_consent_nothing_but_first_contact(core):
    rana = on_core(core, "terminal:rana")
    await rana.say("/start")
    await rana.tap("العربية", on=rana.last)
    assert rana.last.text == "كيف تحبّون أن نخاطبكم؟"
    replies = await rana.say("قائمة")  # menu before consent
    assert replies[0].text == "للمتابعة نحتاج أولًا إلى الموافقة على شروط الخصوصية."
    await rana.tap("بصيغة المؤنّث (أنتِ)", on=rana.last)
    await rana.tap("ليس الآن", on=rana.last)
    assert rana.last.text.startswith("لا بأس")
    replies = await rana.say("hello")
    assert replies[-1].choices[0].label == "עברית"  # back to first contact, nothing stored


def test_typed_labels_match_with_or_without_their_emoji() -> None:
    from conversations.domain.choice_matching import match_choice

    choices = [Choice("✅ כן, לשלוח", "a", "yes"), Choice("✏️ לתקן", "a", "edit")]
    assert match_choice("✅ כן, לשלוח", choices) is choices[0]
    assert match_choice("כן, לשלוח", choices) is choices[0]
    assert match_choice("לתקן", choices) is choices[1]
    assert match_choice("2", choices) is choices[1]
    assert match_choice("7", choices) is None


async def test_a_greeting_typed_inside_a_flow_is_an_answer_not_a_reset(core):
    install(core)
    noa = on_core(core, "terminal:noa")
    await noa.onboard()
    await noa.tap("⚙️ שפה ואופן פנייה", on=noa.last)
    replies = await noa.say("שלום")  # not an option of "size?": re-asked, still in the flow
    assert [r.text for r in replies] == ["pick one", "size?"]
    replies = await noa.say("/start")  # the command itself still works
    assert replies[-1].text == "מה תרצי לעשות?"
