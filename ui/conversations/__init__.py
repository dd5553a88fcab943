"""Conversations in the window: the panel beside a contact, the log dialog,
Today, the briefing, temperature colours and settings."""
