"""Webhook mode: the secret token is checked, each update_id is handled once, /healthz answers."""

from __future__ import annotations

import httpx

from bot.app import create_core
from bot.channels.telegram.adapter import SECRET_HEADER, TelegramChannel
from bot.http import build_http_app
from standins.server import LoopbackServer
from tests.support.settings import make_settings

NOA = 1001
SECRET = "s3cr3t-token_value"



def update(update_id: int, text: str) -> dict:
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1, "text": text,
        "chat": {"id": NOA, "type": "private"},
        "from": {"id": NOA, "is_bot": False, "first_name": "Noa", "language_code": "he"}}}


async def test_webhook_checks_the_secret_and_handles_each_update_once(database_url, api):
    settings = make_settings(database_url, telegram_bot_token=api.token,
                             telegram_api_base_url=api.base_url,
                             telegram_webhook_url="https://bot.example.org/webhooks/telegram",
                             telegram_webhook_secret=SECRET)
    core = await create_core(settings)
    channel = TelegramChannel(core.port(), webhook=True)
    await channel.start()
    server = LoopbackServer(build_http_app([channel.webhook_route()]))
    await server.start()
    try:
        assert api.webhook["url"] == "https://bot.example.org/webhooks/telegram"
        assert api.webhook["secret_token"] == SECRET
        async with httpx.AsyncClient(base_url=server.url) as client:
            assert (await client.get("/healthz")).json() == {"status": "ok"}
            url = "/webhooks/telegram"
            refused = [
                await client.post(url, json=update(1, "/start")),
                await client.post(url, json=update(1, "/start"),
                                  headers={SECRET_HEADER: "wrong"}),
                await client.post(url, json=update(1, "/start"),
                                  headers={SECRET_HEADER: SECRET[:-1]}),
            ]
            assert [r.status_code for r in refused] == [403, 403, 403]
            bad = await client.post(url, content=b"{not json", headers={SECRET_HEADER: SECRET})
            assert bad.status_code == 400
            for _ in range(3):  # Telegram retries: the same update three times
                ok = await client.post(url, json=update(2, "/start"),
                                       headers={SECRET_HEADER: SECRET})
                assert ok.status_code == 200
            [prompt] = await api.wait_for(NOA, 1)
            assert prompt.labels[0] == "עברית"
            await client.post(url, json=update(3, "עזרה"), headers={SECRET_HEADER: SECRET})
            await api.wait_for(NOA, 3)
            texts = [m.text for m in api.messages_to(NOA)]
            assert texts[0].startswith("שלום! 👋 באיזו שפה נמשיך?")
            assert texts[1].startswith("כך מדברים איתי")
            assert len([m for m in api.messages_to(NOA) if m.labels[:1] == ["עברית"]]) == 2
    finally:
        await server.stop()
        await channel.stop()
        await core.close()
