"""The application and its main window: start-up and the open dialogs,
menus and actions, backups, preferences, the welcome page, and showing
what other windows and commands write (live_updates)."""
