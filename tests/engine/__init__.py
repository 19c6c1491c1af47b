"""Tests of the conversation engine, locales, log privacy and settings."""
