"""Storage: the one place that opens a database.

:mod:`~app.storage.connection` opens the file, :mod:`~app.storage.migrations`
brings its schema up to date, :mod:`~app.storage.backup` copies it with
SQLite's backup API, :mod:`~app.storage.search_index` keeps the full-text
index, :mod:`~app.storage.settings` the key-value settings,
:mod:`~app.storage.errors` says what can go wrong with a file,
:mod:`~app.storage.file_probe` looks at a file that may be a database
without opening it outside SQLite, and :mod:`~app.storage.changes` tells a
window what other processes wrote.

On PostgreSQL (a ``postgresql://`` URL, :mod:`~app.storage.pg`) the same
stores run; :mod:`~app.storage.pg_schema` derives the schema,
:mod:`~app.storage.pg_migrate` runs the same schema steps translated,
:mod:`~app.storage.pg_backup` backs up with ``pg_dump`` and
:mod:`~app.storage.pg_check` is ``hearth check`` there.

The connection model:

- There is one database object, ``app.storage.connection.database``: a
  peewee proxy that :func:`~app.storage.connection.open_database` binds to
  one ``SqliteDatabase`` (a test binds its own temporary file).
- peewee keeps connections *per thread*: the first query a thread runs opens
  that thread's own SQLite connection to the file, and only that thread
  closes it (``check_same_thread=False`` only allows handing a connection
  to another thread; it does not make the connection shared).
- The main thread (the GUI, or the command line) opens its connection in
  ``open_database`` and closes it with
  :func:`~app.storage.connection.close_database` when it quits.
- Every other thread that touches the database closes its connection when
  its work ends, with :func:`~app.storage.connection.close_thread_connection`.
  ``ui.common.tasks`` does that after every background task, so work run
  through ``run_task`` needs nothing more. A connection left open keeps a
  file descriptor and a page cache for as long as the pool keeps the thread,
  and outlives ``close_database`` (which closes the calling thread's only).
- Worker *processes* (the vCard reader's) only parse text; they never open
  the database, and start from a fresh process (forkserver or spawn), so
  they inherit no connection either.

Only SQLite may open the database file, its ``-wal`` and its ``-shm``: no
``open()``, copying, hashing or sniffing by anything else in a Hearth
process. SQLite locks with POSIX advisory locks, which belong to the
process, and closing *any* descriptor of a file drops all the process's
locks on it, so another process could then write under our feet and
corrupt the file (SQLite's "How To Corrupt An SQLite Database File",
section 2.2). Copies go through the backup API for the same reason. So:

- a file that may be a database is looked at with ``os.stat`` or through a
  (read-only) SQLite connection, closed by SQLite: :mod:`app.storage.file_probe`;
- every file dialog is ``ui.common.file_dialogs``, whose icon provider answers
  from the file name (Qt's own sniffs each listed file's content), and which
  never hands back the open database's files
  (:func:`~app.storage.connection.is_database_file`) to be read or written;
- tests/storage/test_file_hazards.py and tests/main/test_file_dialogs.py keep
  this: another process writes and closes, and the WAL must survive.
"""
