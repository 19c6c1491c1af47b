"""Tests of the outbox worker, timed work, quiet hours and rate limits."""
