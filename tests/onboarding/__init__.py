"""Tests of first contact, privacy and opt-out, identity linking, translated chat."""
