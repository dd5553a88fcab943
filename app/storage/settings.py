"""User settings kept in the database, so they travel with the address book."""
from __future__ import annotations

import json
from typing import Any

from app.storage.connection import database

DEFAULTS: dict[str, Any] = {
    "phone_region": "DE",
}


def get(key: str, default: Any = None) -> Any:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row[0])


def put(key: str, value: Any) -> None:
    database.execute_sql(
        "INSERT INTO setting(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)))
