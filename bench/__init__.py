"""Benchmarks: measure the real bot end to end on this machine; never part of the tests."""
