"""Tests of broadcasts, the weekly digest and audience segments."""
