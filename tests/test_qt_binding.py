"""Guards against a PySide6 release that crashes on ordinary calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
Qt method returning void; after some thousands of calls None's refcount
reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc").
pyproject.toml keeps 6.12 away from Python < 3.12; this test makes an
upgrade that brings the bug back fail the suite instead of the user's
session. It runs in a subprocess because the failure is an abort, which
would take pytest down with it.
"""
from __future__ import annotations

import os
import subprocess
import sys

CALLS = 50_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range({CALLS}):
    label.setText("x")  # returns void: each call used to leak a None decref
print("ok")
"""


def test_many_void_qt_calls_do_not_crash_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "ok"
