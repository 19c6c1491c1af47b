"""Import every model module so `Base.metadata` is complete (for Alembic and tests)."""

from storage import (
    broadcast_models,  # noqa: F401
    dashboard_models,  # noqa: F401
    garin_decision_models,  # noqa: F401
    garin_journey_models,  # noqa: F401
    garin_models,  # noqa: F401
    matching_models,  # noqa: F401
    meetings_models,  # noqa: F401
    models,  # noqa: F401
    survey_models,  # noqa: F401
    whatsapp_models,  # noqa: F401
)
from storage.models import Base

metadata = Base.metadata
