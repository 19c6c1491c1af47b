"""Tests of volunteer matching: the pure matcher, the core loop, both channels."""
