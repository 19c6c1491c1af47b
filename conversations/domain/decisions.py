"""How a garin's decision ends: pure rules over the ballots, with no storage and no clock.

Four kinds of decision share one tally:

* a **proposal**: each member answers agree / abstain / disagree / block. One block stops it
  (the consent-based rule garinim use: a block is a principled objection, not a "no");
  otherwise it passes when more agree than disagree; a tie or more "no" rejects it.
  Abstaining counts toward the quorum but on neither side.
* a **choose-one** poll and a **multi-choice** poll: the option(s) with the most votes win;
  equal tops are a tie, reported with every tied option.
* a **time** poll ("when can we meet"): members mark every time they can; the time most can
  make wins, and among equals the earliest (a time must be picked to meet at all); its
  options are stored in time order.

The quorum is the number of members who must answer (any answer, abstaining included); a
decision that closes with fewer voters has no outcome but "quorum missed".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PROPOSAL, SINGLE, MULTI, TIME = "proposal", "single", "multi", "time"
KINDS = (PROPOSAL, SINGLE, MULTI, TIME)
AGREE, ABSTAIN, DISAGREE, BLOCK = "agree", "abstain", "disagree", "block"
PROPOSAL_OPTIONS = (AGREE, ABSTAIN, DISAGREE, BLOCK)
MULTIPLE = frozenset({MULTI, TIME})
"""Kinds where a ballot may hold several options."""

PASSED, REJECTED, BLOCKED = "passed", "rejected", "blocked"
CHOSEN, TIE, NO_VOTES, QUORUM_MISSED = "chosen", "tie", "no_votes", "quorum_missed"
RESULTS = (PASSED, REJECTED, BLOCKED, CHOSEN, TIE, NO_VOTES, QUORUM_MISSED)
MAX_OPTIONS = 10
"""Options a poll may offer: one WhatsApp list, and a readable Telegram keyboard."""


@dataclass(frozen=True)
class Outcome:
    """What a closed decision says: a result, the winning option ids, and the counts."""

    result: str
    winners: tuple[str, ...]
    counts: dict[str, int]
    voters: int


def options_for(kind: str, poll_options: Sequence[str] = ()) -> tuple[str, ...]:
    """The option ids a ballot may hold: the fixed four of a proposal, else the poll's own."""
    if kind == PROPOSAL:
        return PROPOSAL_OPTIONS
    return tuple(poll_options)


def valid_ballot(kind: str, options: Sequence[str], choices: Iterable[str]) -> bool:
    """One known option (several on a multi-choice or time poll), none twice."""
    picked = list(choices)
    if not picked or len(set(picked)) != len(picked):
        return False
    if len(picked) > 1 and kind not in MULTIPLE:
        return False
    return set(picked) <= set(options_for(kind, options))


def toggle(kind: str, ballot: Sequence[str], option: str) -> tuple[str, ...]:
    """The ballot after pressing `option`: a single-answer kind replaces it; a multiple one
    adds or removes it (keeping the order options were pressed in)."""
    if kind not in MULTIPLE:
        return (option,)
    if option in ballot:
        return tuple(o for o in ballot if o != option)
    return (*ballot, option)


def tally(kind: str, options: Sequence[str], ballots: Iterable[Sequence[str]]) -> dict[str, int]:
    """How many ballots hold each option (every option listed, zeros included)."""
    known = options_for(kind, options)
    counted: Counter[str] = Counter()
    for ballot in ballots:
        counted.update(o for o in set(ballot) if o in known)
    return {option: counted[option] for option in known}


def outcome(kind: str, options: Sequence[str], ballots: Sequence[Sequence[str]], *,
            quorum: int | None = None) -> Outcome:
    """The decision's outcome from every ballot cast (empty ballots are not votes)."""
    cast = [b for b in ballots if b]
    counts = tally(kind, options, cast)
    voters = len(cast)
    if quorum is not None and voters < quorum:
        return Outcome(QUORUM_MISSED, (), counts, voters)
    if voters == 0:
        return Outcome(NO_VOTES, (), counts, voters)
    if kind == PROPOSAL:
        if counts[BLOCK]:
            return Outcome(BLOCKED, (), counts, voters)
        passed = counts[AGREE] > counts[DISAGREE]
        return Outcome(PASSED if passed else REJECTED, (), counts, voters)
    top = max(counts.values())
    if top == 0:  # every ballot was emptied (a multi-choice ballot with nothing ticked)
        return Outcome(NO_VOTES, (), counts, voters)
    leaders = tuple(o for o in options_for(kind, options) if counts[o] == top)
    if kind == TIME:  # options are in time order: the first leader is the earliest
        return Outcome(CHOSEN, leaders[:1], counts, voters)
    if len(leaders) > 1:
        return Outcome(TIE, leaders, counts, voters)
    return Outcome(CHOSEN, leaders, counts, voters)


def quorum_from(text: str, members: int) -> int | None:
    """A quorum as typed: a number of members ("12") or a share of them ("60%"), rounded up;
    None if it is not one, or asks for more members than the garin has."""
    cleaned = text.strip().replace(" ", "")
    share = cleaned.endswith("%")
    digits = cleaned.removesuffix("%")
    if not digits.isdigit():
        return None
    value = int(digits)
    if share:
        if not 0 < value <= 100:
            return None
        value = -(-value * members // 100)
    if not 1 <= value <= members:
        return None
    return value
