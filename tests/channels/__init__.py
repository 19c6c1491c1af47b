"""Tests of the channel adapters: Telegram webhook, WhatsApp, terminal chat, runtime."""
