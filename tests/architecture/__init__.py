"""Tests of rules about the code itself: one clock, imports that only go down."""
