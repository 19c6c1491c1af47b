"""What the core reads of the configuration, as a protocol.

`bot.settings.Settings` (from the environment and `.env`) satisfies it; the core never imports
the edge, and a test or a tool may pass any object with these attributes. Read them from the
running settings (`ctx.settings`, `job.services.settings`), never from class defaults.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol


class FeatureSettings(Protocol):
    default_language: str
    timezone: str
    quiet_hours: str
    quiet_night: str
    quiet_hours_regions: dict[str, str]
    quiet_region_attributes: list[str]
    meeting_reminder_offsets: str
    meeting_feedback_after: str
    meeting_attendance_window: str
    survey_active: str
    survey_dir: str
    survey_nudge_delay: timedelta
    survey_nudge_max: int
    broadcast_progress_minutes: int
    offer_timeout_hours: float
    followup_delay_days: float
    match_parallel_urgent: int
    match_escalate_after: int
    public_base_url: str
    http_host: str
    http_port: int
    dashboard_link_minutes: int
    garin_decision_reminder_hours: float
    garin_journey_file: str
    garin_journey_checkin_days: int
    garin_invitation_days: int
    garin_invitation_reminder_days: int
    garin_invite_link_hours: int
    garin_link_code_minutes: int

    @property
    def coordinator_urns(self) -> frozenset[str]: ...

    @property
    def urgent_sender_urns(self) -> frozenset[str]: ...

    @property
    def coordinator_regions(self) -> dict[str, str]: ...
