"""How a decision reads in a message, in the reader's language: the question, its options,
counts, the outcome. Labels typed by the lead stay as typed; fixed ones come from the locales."""

from __future__ import annotations

from datetime import datetime

from conversations.domain import decisions as rules
from conversations.domain.dates import moment as moment_text
from conversations.domain.types import Choice
from locales import Translator
from storage.garin_decision_models import GarinDecision

VOTE = "gd.vote"
"""The global action of a ballot button: target `<decision id>.<option id>`."""
MARKS = {rules.AGREE: "✅", rules.ABSTAIN: "🤷", rules.DISAGREE: "❌", rules.BLOCK: "✋"}


def option_ids(decision: GarinDecision) -> tuple[str, ...]:
    return rules.options_for(decision.kind, decision.option_ids())


def option_label(t: Translator, decision: GarinDecision, option: str, zone: str) -> str:
    if decision.kind == rules.PROPOSAL:
        return t(f"garin-vote-{option}")
    if decision.kind == rules.TIME:
        at = next((o.get("at") for o in decision.options if o["id"] == option), None)
        if at:
            return moment_text(datetime.fromisoformat(at), t.language, zone)
    return decision.label_of(option) or option


def deadline(t: Translator, decision: GarinDecision, zone: str) -> str:
    return moment_text(decision.deadline, t.language, zone)


def ballot_choices(t: Translator, decision: GarinDecision, zone: str,
                   ballot: tuple[str, ...] = ()) -> tuple[Choice, ...]:
    """One button per option; on a multi-choice or time poll, ticked ones show ✅."""
    choices = []
    for option in option_ids(decision):
        label = option_label(t, decision, option, zone)
        if decision.kind == rules.PROPOSAL:
            label = f"{MARKS[option]} {label}"
        elif decision.kind in rules.MULTIPLE:
            label = f"{'✅' if option in ballot else '▫️'} {label}"
        choices.append(Choice(label, VOTE, f"{decision.id}.{option}"))
    return tuple(choices)


def question_text(t: Translator, decision: GarinDecision, garin: str, zone: str) -> str:
    """The message every member gets when a decision opens (and sees again in its page)."""
    lines = [t(f"garin-decision-new-{decision.kind}", garin=garin), "", decision.question, "",
             t("garin-decision-deadline", when=deadline(t, decision, zone))]
    if decision.quorum:
        lines.append(t("garin-decision-quorum", quorum=decision.quorum))
    lines.append(t(f"garin-decision-how-{decision.kind}"))
    return "\n".join(lines)


def ballot_text(t: Translator, decision: GarinDecision, ballot: list[str] | tuple[str, ...],
                zone: str) -> str:
    """A member's ballot as words ("✅ agree", "Sun 20:00, Mon 19:00")."""
    labels = [option_label(t, decision, o, zone) for o in ballot]
    if decision.kind == rules.PROPOSAL and ballot:
        return f"{MARKS[ballot[0]]} {labels[0]}"
    return ", ".join(labels) if labels else t("garin-vote-nothing")


def counts_lines(t: Translator, decision: GarinDecision, counts: dict[str, int],
                 zone: str) -> list[str]:
    return [t("garin-decision-count-line", option=option_label(t, decision, option, zone),
              count=int(counts.get(option, 0)))
            for option in option_ids(decision)]


def outcome_text(t: Translator, decision: GarinDecision, garin: str, zone: str) -> str:
    """The announcement when a decision closes: what was asked, the result, the counts."""
    winners = ", ".join(option_label(t, decision, w, zone) for w in decision.winners)
    result = (decision.result or "").replace("_", "-")
    lines = [t("garin-decision-closed-title", garin=garin), "", decision.question, "",
             t(f"garin-outcome-{result}", winner=winners, voters=decision.voters,
               quorum=decision.quorum or 0),
             t("garin-decision-turnout", voters=decision.voters, members=decision.eligible)]
    lines += counts_lines(t, decision, decision.counts, zone)
    return "\n".join(lines)
