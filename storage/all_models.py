"""Import every model module so `Base.metadata` is complete (for Alembic and tests)."""

from storage import matching_models, models  # noqa: F401
from storage.models import Base

metadata = Base.metadata
