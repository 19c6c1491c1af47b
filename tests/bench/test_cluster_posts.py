"""The several-process bench posts webhooks as Telegram does: a post not answered in time is
counted and sent again, not the end of the section (it was: an httpx.ReadTimeout lost every
figure), and an update never answered is counted as lost."""

from __future__ import annotations

import asyncio

import httpx

from bench.cluster import ATTEMPTS, Posted, post_update


async def webhook(hang_first: int) -> tuple[asyncio.Server, list[bytes]]:
    """A loopback HTTP server that never answers its first `hang_first` requests and answers
    200 to the rest; the bodies it got, in order."""
    bodies: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length"))
        bodies.append(await reader.readexactly(length))
        if len(bodies) <= hang_first:
            await asyncio.sleep(5)  # a loaded web process: no answer within the timeout
        else:
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
        writer.close()

    return await asyncio.start_server(serve, "127.0.0.1", 0), bodies


async def post(hang_first: int) -> tuple[Posted, list[bytes]]:
    server, bodies = await webhook(hang_first)
    port = server.sockets[0].getsockname()[1]
    posted = Posted()
    try:
        async with httpx.AsyncClient(timeout=0.3) as client:
            await post_update(client, f"http://127.0.0.1:{port}/webhooks/telegram",
                              {"update_id": 7}, asyncio.Semaphore(40), posted)
    finally:
        server.close()
    return posted, bodies


async def test_a_timed_out_post_is_counted_and_sent_again() -> None:
    posted, bodies = await post(hang_first=1)
    assert (posted.answered, posted.timeouts, posted.lost) == (1, 1, 0)
    assert len(bodies) == 2 and bodies[0] == bodies[1]  # the same update, its id and all
    assert len(posted.latencies) == 1 and posted.latencies[0] < 0.3


async def test_an_update_never_answered_is_lost_not_raised() -> None:
    posted, bodies = await post(hang_first=ATTEMPTS)
    assert (posted.answered, posted.timeouts, posted.lost) == (0, ATTEMPTS, 1)
    assert len(bodies) == ATTEMPTS
