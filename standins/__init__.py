"""Stand-in platform servers on loopback, shared by the tests and the benchmarks."""
