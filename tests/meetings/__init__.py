"""Tests of house meetings: seats, changes, end to end on Telegram and WhatsApp."""
