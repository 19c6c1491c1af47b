"""A chat's turns (bot/channels/turns.py): in the order taken, one at a time, and a turn
given up before it came — cancelled while waiting, or released unentered — never lets the
ones behind it go before the ones in front of it are over."""

from __future__ import annotations

import asyncio

import pytest

from bot.channels.turns import ChatTurns


async def _turn(turns: ChatTurns, chat: int, name: str, log: list[str],
                hold: asyncio.Event | None = None) -> None:
    async with turns.take(chat):
        log.append(f"{name} in")
        if hold is not None:
            await hold.wait()
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def test_turns_go_one_at_a_time_in_the_order_taken_and_other_chats_do_not_wait():
    turns, log, hold = ChatTurns(), [], asyncio.Event()
    first = asyncio.create_task(_turn(turns, 1, "a", log, hold))
    second = asyncio.create_task(_turn(turns, 1, "b", log))
    other = asyncio.create_task(_turn(turns, 2, "x", log))
    await other
    assert log == ["a in", "x in", "x out"]
    hold.set()
    await asyncio.gather(first, second)
    assert log[3:] == ["a out", "b in", "b out"]


async def test_a_turn_cancelled_while_waiting_keeps_the_next_one_behind_the_first():
    turns, log, hold = ChatTurns(), [], asyncio.Event()
    first = asyncio.create_task(_turn(turns, 1, "a", log, hold))
    cancelled = asyncio.create_task(_turn(turns, 1, "b", log))
    third = asyncio.create_task(_turn(turns, 1, "c", log))
    await asyncio.sleep(0.01)
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await asyncio.sleep(0.01)
    assert log == ["a in"]  # c still waits for a
    hold.set()
    await asyncio.gather(first, third)
    assert log == ["a in", "a out", "c in", "c out"]


async def test_a_turn_released_unentered_lets_the_next_go_only_after_the_one_before():
    turns, log, hold = ChatTurns(), [], asyncio.Event()
    first = asyncio.create_task(_turn(turns, 1, "a", log, hold))
    await asyncio.sleep(0)
    given_up = turns.take(1)  # e.g. the press's acknowledgement failed before its turn
    third = asyncio.create_task(_turn(turns, 1, "c", log))
    given_up.release()
    given_up.release()  # twice is once
    await asyncio.sleep(0.01)
    assert log == ["a in"]
    hold.set()
    await asyncio.gather(first, third)
    assert log == ["a in", "a out", "c in", "c out"]
    assert not turns._last  # nothing kept for an idle chat
