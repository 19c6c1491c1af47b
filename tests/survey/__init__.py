"""Tests of the graduates survey: definition, walks on each channel, reminders and summary."""
