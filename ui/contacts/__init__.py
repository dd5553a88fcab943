"""Contacts in the window: the list model and view, the detail pane and its
form, multi-value editors, the contact lookup field, duplicates."""
