"""Property tests of the pure matcher: no ranked volunteer ever breaks a hard filter."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.domain.matcher import (
    ALL_SLOTS,
    WEIGHTS,
    RequestView,
    VolunteerView,
    categories,
    rank,
    reach,
    rejections,
)
from tests.timeline import START

NOW = START
CATEGORIES = sorted(categories())
REGIONS = ["negev", "galilee", "jerusalem", "haifa", "center"]
LOCALITIES = ["ירכא", "אופקים", "שדרות", "עכו", "בית שאן"]
LANGUAGES = ["he", "ar", "en", "ru"]

slots = st.integers(min_value=0, max_value=ALL_SLOTS)
requests = st.builds(
    RequestView, id=st.integers(1, 10**6), category=st.sampled_from(CATEGORIES),
    region=st.sampled_from(REGIONS), locality=st.none() | st.sampled_from(LOCALITIES),
    language=st.sampled_from(LANGUAGES), slots=slots, remote_allowed=st.booleans())


def sets_of(values: list[str], size: int) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values), max_size=size)


volunteer = st.builds(
    VolunteerView, person_id=st.integers(1, 10**6), skills=sets_of(CATEGORIES, 4),
    languages=sets_of(LANGUAGES, 3), regions=sets_of(REGIONS, 3),
    localities=sets_of(LOCALITIES, 2), remote=st.booleans(), availability=slots,
    max_open=st.integers(1, 5), open_count=st.integers(0, 6), paused=st.booleans(),
    excluded=st.booleans(),
    last_asked_at=st.none() | st.integers(0, 400).map(lambda h: NOW - timedelta(hours=h)),
    accepted=st.integers(0, 20), declined=st.integers(0, 20), expired=st.integers(0, 20))


def volunteers() -> st.SearchStrategy[list[VolunteerView]]:
    return st.lists(volunteer, max_size=12, unique_by=lambda v: v.person_id)


@settings(max_examples=120, deadline=None)
@given(requests, volunteers())
def test_ranked_volunteers_pass_every_hard_filter(request: RequestView,
                                                  pool: list[VolunteerView]) -> None:
    for candidate in rank(request, pool, NOW):
        v = candidate.volunteer
        assert request.category in v.skills
        assert request.language in v.languages
        assert (request.locality in v.localities or request.region in v.regions
                or (request.remote_allowed and v.remote))
        assert request.slots & v.availability
        assert v.open_count < v.max_open
        assert not v.paused and not v.excluded


@settings(max_examples=60, deadline=None)
@given(requests, volunteers())
def test_everyone_is_either_ranked_or_rejected_with_a_reason(
        request: RequestView, pool: list[VolunteerView]) -> None:
    ranked = rank(request, pool, NOW)
    assert len(ranked) + sum(rejections(request, pool).values()) == len(pool)


@settings(max_examples=60, deadline=None)
@given(requests, volunteers())
def test_scores_are_transparent_ordered_and_deterministic(
        request: RequestView, pool: list[VolunteerView]) -> None:
    ranked = rank(request, pool, NOW)
    assert ranked == rank(request, list(reversed(pool)), NOW)  # ties never depend on order
    for candidate in ranked:
        assert set(candidate.parts) == set(WEIGHTS)
        assert all(0.0 <= value <= 1.0 for value in candidate.parts.values())
        weighted = sum(WEIGHTS[k] * v for k, v in candidate.parts.items())
        assert abs(candidate.score - weighted) < 1e-5
        assert candidate.reach == reach(request, candidate.volunteer)
    scores = [c.score for c in ranked]
    assert scores == sorted(scores, reverse=True)


def test_a_closer_volunteer_ranks_first() -> None:
    request = RequestView(1, "rides", "galilee", "ירכא", "ar", ALL_SLOTS)
    base = dict(skills=frozenset({"rides"}), languages=frozenset({"ar"}),
                availability=ALL_SLOTS, max_open=2)
    by_region = VolunteerView(person_id=1, regions=frozenset({"galilee"}), **base)
    by_locality = VolunteerView(person_id=2, localities=frozenset({"ירכא"}), **base)
    assert [c.volunteer.person_id for c in rank(request, [by_region, by_locality], NOW)] \
        == [2, 1]
