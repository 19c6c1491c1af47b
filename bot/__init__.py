"""Kehila Bot: channel adapters, app wiring and the command line."""
