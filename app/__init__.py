"""Hearth's Qt-free half: domain rules, storage, file formats and the command line.

Grouped by feature; each package's docstring says what it owns. Nothing
here imports PySide6 (tests/test_architecture.py keeps it so)."""
