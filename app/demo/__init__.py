"""Realistic made-up contacts and conversations for `hearth demo`, the
benchmark and the welcome page's sample data."""
