"""The test suite: one folder per package part (see docs/architecture.md)."""
