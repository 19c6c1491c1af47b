"""`kehila run` with Twilio settings: the runtime serves the webhook and sends the outbox."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.app import create_core
from bot.http import bound_socket
from bot.runtime import Runtime, attach_channels
from conversations.domain.types import Outbound
from standins.twilio_api import TwilioStandIn, WhatsAppUser
from storage import outbox
from storage.models import OutboxMessage, Person
from tests.support.settings import make_settings
from tests.support.whatsapp import PUBLIC_BASE_URL, whatsapp_settings

RANA = "+972502345679"


def free_port() -> int:
    sock = bound_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    return port


async def test_the_runtime_serves_whatsapp_and_delivers_its_outbox(database_url, clock):
    """On the test clock, not the machine's: at 22:00 in Jerusalem the nudge would wait for
    the end of the quiet night (this test failed every evening after ten)."""
    api = TwilioStandIn()
    await api.start()
    port = free_port()
    settings = make_settings(database_url, http_port=port,
                             **whatsapp_settings(database_url, api))
    runtime = Runtime(await create_core(settings, clock=clock))
    assert attach_channels(runtime)
    assert "whatsapp" in runtime.senders
    await runtime.start()
    rana = WhatsAppUser(f"http://127.0.0.1:{port}", PUBLIC_BASE_URL, RANA)
    try:
        while not runtime._server.started:  # uvicorn binds in the background
            await asyncio.sleep(0.01)
        await rana.says("مرحبا")
        [language] = await api.wait_for(RANA, 1)
        assert "العربية" in language.options
        async with runtime.core.db.transaction() as db:
            person = await db.scalar(select(Person))
            await outbox.enqueue(db, person_id=person.id, kind="nudge", key="n1",
                                 message=Outbound("تذكير", language="ar"),
                                 now=runtime.core.clock.now())
        runtime.delivery.wake()
        [_, nudge] = await api.wait_for(RANA, 2)
        assert nudge.text == "تذكير"
        for _ in range(500):  # the worker records the outcome just after Twilio answers
            async with runtime.core.db.transaction() as db:
                row = await db.scalar(select(OutboxMessage))
            if row.state != "sending":
                break
            await asyncio.sleep(0.01)
        assert (row.state, row.channel, row.platform_message_id) == (
            "sent", "whatsapp", nudge.sid)
    finally:
        await rana.close()
        await runtime.stop()
        await api.stop()
