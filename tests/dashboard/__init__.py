"""Tests of the coordinators' web dashboard and the public results page (issue 17)."""
