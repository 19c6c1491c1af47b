"""The pure rules a decision closes by: quorum, block, majority, ties, the earliest time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conversations.domain import decisions as d

POLL = ("a", "b", "c")


def test_one_block_stops_a_proposal_however_many_agree() -> None:
    ballots = [["agree"]] * 9 + [["block"]]
    result = d.outcome(d.PROPOSAL, (), ballots, quorum=5)
    assert result.result == d.BLOCKED
    assert result.counts == {"agree": 9, "abstain": 0, "disagree": 0, "block": 1}
    assert result.voters == 10


def test_a_proposal_passes_on_more_agree_than_disagree_and_abstaining_is_neither() -> None:
    passed = d.outcome(d.PROPOSAL, (), [["agree"], ["agree"], ["disagree"], ["abstain"]] * 1)
    assert passed.result == d.PASSED
    tied = d.outcome(d.PROPOSAL, (), [["agree"], ["disagree"], ["abstain"], ["abstain"]])
    assert tied.result == d.REJECTED  # a tie does not carry a proposal


def test_abstaining_counts_toward_the_quorum() -> None:
    ballots = [["agree"], ["abstain"], ["abstain"]]
    assert d.outcome(d.PROPOSAL, (), ballots, quorum=3).result == d.PASSED
    missed = d.outcome(d.PROPOSAL, (), ballots, quorum=4)
    assert missed.result == d.QUORUM_MISSED and missed.winners == ()
    assert missed.counts["abstain"] == 2  # the counts are still recorded


def test_no_quorum_and_no_votes_is_no_votes() -> None:
    assert d.outcome(d.PROPOSAL, (), []).result == d.NO_VOTES
    assert d.outcome(d.SINGLE, POLL, []).result == d.NO_VOTES


def test_a_poll_picks_the_most_votes_and_reports_a_tie_with_every_tied_option() -> None:
    assert d.outcome(d.SINGLE, POLL, [["b"], ["b"], ["a"]]).winners == ("b",)
    tie = d.outcome(d.SINGLE, POLL, [["c"], ["a"]])
    assert tie.result == d.TIE and tie.winners == ("a", "c")  # in the poll's order


def test_a_multi_choice_ballot_counts_once_per_option() -> None:
    result = d.outcome(d.MULTI, POLL, [["a", "b"], ["b"], ["b", "c"]])
    assert result.counts == {"a": 1, "b": 3, "c": 1} and result.winners == ("b",)


def test_a_time_poll_breaks_a_tie_by_the_earliest_time() -> None:
    times = ("t1", "t2", "t3")  # stored in time order
    result = d.outcome(d.TIME, times, [["t3", "t2"], ["t2", "t3"], ["t1"]])
    assert result.result == d.CHOSEN and result.winners == ("t2",)


def test_an_emptied_multi_ballot_is_not_a_vote() -> None:
    assert d.outcome(d.MULTI, POLL, [[]], quorum=1).result == d.QUORUM_MISSED


def test_ballots_and_toggles() -> None:
    assert d.valid_ballot(d.PROPOSAL, (), ["block"])
    assert not d.valid_ballot(d.PROPOSAL, (), ["agree", "block"])
    assert not d.valid_ballot(d.SINGLE, POLL, ["a", "b"])
    assert d.valid_ballot(d.TIME, POLL, ["a", "c"])
    assert not d.valid_ballot(d.MULTI, POLL, ["a", "a"])
    assert not d.valid_ballot(d.SINGLE, POLL, ["z"])
    assert d.toggle(d.SINGLE, ("a",), "b") == ("b",)
    assert d.toggle(d.MULTI, ("a",), "b") == ("a", "b")
    assert d.toggle(d.MULTI, ("a", "b"), "a") == ("b",)


@pytest.mark.parametrize(("typed", "members", "expected"), [
    ("12", 20, 12), ("60%", 20, 12), ("50 %", 7, 4), ("100%", 3, 3),
    ("0", 20, None), ("21", 20, None), ("150%", 20, None), ("half", 20, None), ("", 5, None),
])
def test_a_typed_quorum(typed: str, members: int, expected: int | None) -> None:
    assert d.quorum_from(typed, members) == expected


@given(st.lists(st.sampled_from(d.PROPOSAL_OPTIONS), max_size=30),
       st.integers(min_value=0, max_value=30))
def test_the_outcome_of_a_proposal_is_always_one_result_and_counts_add_up(
        votes: list[str], quorum: int) -> None:
    result = d.outcome(d.PROPOSAL, (), [[v] for v in votes], quorum=quorum or None)
    assert result.result in d.RESULTS
    assert sum(result.counts.values()) == len(votes) == result.voters
    if len(votes) >= quorum and "block" in votes:
        assert result.result == d.BLOCKED
