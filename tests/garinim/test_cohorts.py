"""The cohort proposal on its own: grouping by region and timing (and an extra field),
splitting toward the target size, the reasons given."""

from __future__ import annotations

from conversations.domain.cohorts import Candidate, propose


def test_groups_by_region_and_timing_biggest_first():
    people = [Candidate(1, ("negev",), "within_year"), Candidate(2, ("negev",), "within_year"),
              Candidate(3, ("negev",), "one_two"), Candidate(4, ("galilee",), "within_year"),
              Candidate(5, ("galilee", "negev"), "within_year")]
    cohorts = propose(people, target=20)
    assert [(c.region, c.timing, c.members) for c in cohorts] == [
        ("negev", "within_year", [1, 2, 5]),  # 5 goes where more people are
        ("galilee", "within_year", [4]), ("negev", "one_two", [3])]
    assert cohorts[0].reasons(20) == [("region", "negev"), ("timing", "within_year"),
                                      ("size", 3), ("small", 20)]


def test_a_big_group_is_split_evenly_toward_the_target():
    people = [Candidate(n, ("galilee",), "one_two") for n in range(45)]
    cohorts = propose(people, target=20)
    assert [c.size for c in cohorts] == [23, 22]
    assert ("split", 2) in cohorts[0].reasons(20)
    assert sorted(m for c in cohorts for m in c.members) == list(range(45))


def test_an_extra_field_separates_within_a_region():
    people = [Candidate(1, ("negev",), "within_year", ("parent",)),
              Candidate(2, ("negev",), "within_year", ("single",)),
              Candidate(3, ("negev",), "within_year", ("parent",))]
    cohorts = propose(people, target=4)
    assert [(c.extra, c.members) for c in cohorts] == [("parent", [1, 3]), ("single", [2])]
    assert ("extra", "parent") in cohorts[0].reasons(4)
