"""Redis for the cluster tests: skipped with a visible reason when TEST_REDIS_URL is unset,
an error when REQUIRE_REDIS=1 and it is unreachable (CI). Each test gets its own key prefix,
so parallel runs on one Redis never see each other's buckets."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest

REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
REQUIRE_REDIS = os.environ.get("REQUIRE_REDIS") == "1"


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    if not REDIS_URL:
        pytest.skip("Redis tests skipped: TEST_REDIS_URL is not set")
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as error:
        await client.aclose()
        if REQUIRE_REDIS:
            raise RuntimeError(f"Redis at TEST_REDIS_URL is unreachable: {error}") from error
        pytest.skip(f"Redis tests skipped: TEST_REDIS_URL is unreachable ({error})")
    await client.aclose()
    yield REDIS_URL


@pytest.fixture
async def redis_prefix(redis_url: str) -> AsyncIterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    from redis.asyncio import Redis

    prefix = f"test:{uuid.uuid4().hex[:12]}:"
    yield prefix
    client = Redis.from_url(redis_url)
    keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()
