"""app/ runs without Qt: the rule that keeps the domain testable and the
command line usable on a machine with no display. TagStudio's core/ grew a
QSettings import; this test keeps ours from eroding the same way."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                  "import_module", "__import__")):
            names = [node.args[0].value]
        else:
            continue
        found += [f"{path.relative_to(root)}:{node.lineno}: {n}" for n in names
                  if n.split(".")[0] in QT]
    return found


def test_no_module_under_app_imports_qt():
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 10  # the walk really found the package
    offenders = [hit for f in files for hit in _qt_imports(f)]
    assert offenders == []


def test_the_check_sees_every_way_of_importing(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nimport PySide6.QtCore\nfrom shiboken6 import isValid\n"
                      "def f():\n    from PySide6 import QtGui\n"
                      "importlib.import_module('PySide6.QtWidgets')\n", encoding="utf-8")
    hits = _qt_imports(sample, tmp_path)
    assert [h.split(": ")[1] for h in hits] == ["PySide6.QtCore", "shiboken6", "PySide6",
                                                "PySide6.QtWidgets"]


def test_importing_all_of_app_loads_no_qt():
    # Catches indirect imports too (app importing a ui module that imports Qt).
    code = ("import importlib, pkgutil, sys, app\n"
            "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
            "    if m.name != 'app.__main__':\n"
            "        importlib.import_module(m.name)\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in %r))" % (QT,))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
