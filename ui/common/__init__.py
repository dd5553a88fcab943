"""What every window uses: running work off the GUI thread (tasks.py),
turning problems into text (messages.py), small list-backed table models."""
