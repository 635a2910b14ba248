"""Fakes for the test suite (local servers speaking real protocols); importable as `fakes` via tests/conftest.py."""
