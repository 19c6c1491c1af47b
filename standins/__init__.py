"""Stand-in platforms on loopback and bulk seeding, shared by the tests and the benchmarks."""
