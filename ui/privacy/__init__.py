"""A person's data on request, in the window: export it, or erase it for good.

``PrivacyCommands`` (ui/privacy/commands.py) owns the two commands on the
contact shown in the detail pane; ``EraseDialog`` is the confirmation that
names what goes. The work itself is app.privacy's.
"""
