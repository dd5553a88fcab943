"""Change notification on PostgreSQL: triggers that NOTIFY, and a watcher that LISTENs.

See :mod:`app.storage.changes` for the interface. :data:`DDL` runs after the
tables exist (app.storage.pg_schema): statement-level triggers on each table
call ``pg_notify('hearth_changes', <area>)`` when a statement changed rows. PostgreSQL delivers a
notification when its transaction commits, once per distinct area however
many rows changed, and never for a transaction rolled back.

:class:`PgChangeWatcher` LISTENs on a psycopg connection of its own (in
autocommit mode, so it holds no transaction and no snapshot). ``poll()``
drains what arrived without waiting and ignores what the polling thread's
own connection sent: the window is not told about its own saves, as on
SQLite. Notifications sent while the watcher was not listening are lost, so
a (re)connected watcher reports everything once.
"""
from __future__ import annotations

CHANNEL = "hearth_changes"

#: area -> the tables whose writes change it. Derived tables (the search
#: index's contact_fts, phone_fts, talk_fts) follow their sources and notify nothing.
AREAS: dict[str, tuple[str, ...]] = {
    "contacts": ("contact", "phone", "email", "address", "url", "photo", "tag",
                 "contact_tag"),
    "conversations": ("interaction", "interaction_contact"),
    "card_runs": ("card_run", "card_recipient", "card_household", "card_received",
                  "card_opt_out"),
    "settings": ("setting",),
}

#: (event, transition table) of each trigger on a table: a statement that
#: changed no row (an UPDATE whose WHERE matched nothing) notifies nothing.
#: PostgreSQL allows a transition table only on a trigger of one event.
_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))

DDL: list[str] = [
    "CREATE FUNCTION hearth_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'TRUNCATE' OR EXISTS (SELECT 1 FROM changed_rows) THEN "
    f"PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]); END IF; RETURN NULL; END $$",
    *(f"CREATE TRIGGER hearth_notify_{table}_{event.lower()} AFTER {event} ON {table} "
      f"REFERENCING {rows} TABLE AS changed_rows FOR EACH STATEMENT "
      f"EXECUTE FUNCTION hearth_notify_change('{area}')"
      for area, tables in AREAS.items() for table in tables for event, rows in _EVENTS),
    *(f"CREATE TRIGGER hearth_notify_{table}_truncate AFTER TRUNCATE ON {table} "
      f"FOR EACH STATEMENT EXECUTE FUNCTION hearth_notify_change('{area}')"
      for area, tables in AREAS.items() for table in tables),
]
