"""app/ runs without Qt: the rule that keeps the domain testable and the
command line usable on a machine with no display. TagStudio's core/ grew a
QSettings import; this test keeps ours from eroding the same way."""
from __future__ import annotations

import ast
import os
import re
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
            f"print(sorted(n for n in sys.modules if n.split('.')[0] in {QT!r}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_window_on_a_file_starts_without_the_postgresql_driver(tmp_path):
    # psycopg is a quarter of a second of the start; only a server's address needs it.
    code = ("import sys\n"
            "from app.storage.connection import open_database, close_database\n"
            "from ui.main.application import make_application\n"
            "from ui.main.main_window import MainWindow\n"
            "app = make_application()\n"
            f"open_database({str(tmp_path / 'book.db')!r})\n"
            "w = MainWindow(); w.show(); app.processEvents(); w.close()\n"
            "print('psycopg' in sys.modules, 'peewee' in sys.modules)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2:] == ["False", "True"]


# --- no import cycles ------------------------------------------------------------------
# A cycle held apart only by an import inside a function still ties two modules into
# one: neither can be understood, tested or moved without the other. So every import
# counts, at any depth, and `from package import module` imports that module.

PACKAGES = ("app", "ui")


def _modules(root: Path = ROOT, packages=PACKAGES) -> dict[str, Path]:
    found = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _known(name: str, modules) -> str | None:
    """The longest prefix of a dotted name that is one of our modules."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported(module: str, path: Path, modules) -> set[str]:
    """Our modules that ``module`` imports anywhere in its body."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                here = here[:len(here) - (node.level - 1)]
                base = ".".join(here + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                  "import_module", "__import__")):
            targets = [node.args[0].value]
        for target in targets:
            found = _known(target, modules)
            # Importing a.b.c runs a/__init__ and a/b/__init__ too (unless they
            # are packages the importer itself is inside: those already ran).
            while found and not (module + ".").startswith(found + "."):
                out.add(found)
                found = _known(found.rpartition(".")[0], modules)
    out.discard(module)
    return out


def import_graph(root: Path = ROOT, packages=PACKAGES) -> dict[str, set[str]]:
    modules = _modules(root, packages)
    return {name: _imported(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_no_import_cycles_in_app_and_ui():
    graph = import_graph()
    assert len(graph) > 50 and any(graph.values())  # the walk really found the modules
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_check_sees_imports_at_any_depth(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for name, text in {
        "__init__.py": "",
        "a.py": "import os\nfrom pkg.sub import b\n",
        "sub/__init__.py": "",
        "sub/b.py": "from . import c\n",
        "sub/c.py": "def later():\n    from ..a import something\n",
        "d.py": "import importlib\nimportlib.import_module('pkg.a')\n",
        "e.py": "import pkg.d\n",
    }.items():
        (pkg / name).write_text(text, encoding="utf-8")
    graph = import_graph(tmp_path, ("pkg",))
    assert graph["pkg.a"] == {"pkg.sub", "pkg.sub.b"}
    assert graph["pkg.sub.b"] == {"pkg.sub.c"}
    assert graph["pkg.sub.c"] == {"pkg.a"}  # inside a function, relative, two levels up
    assert graph["pkg.d"] == {"pkg.a"}
    assert graph["pkg.e"] == {"pkg.d"}
    assert find_cycle(graph) == ["pkg.a", "pkg.sub.b", "pkg.sub.c", "pkg.a"]
    (pkg / "sub" / "c.py").write_text("import os\n", encoding="utf-8")
    assert find_cycle(import_graph(tmp_path, ("pkg",))) is None


# --- SQL only in storage and the stores ------------------------------------------------
# One owner per table: SQL is written in app/storage/ and in a feature's store modules,
# named `store.py` or `<what>_store.py`; everything else calls their functions.

SQL_CALLS = ("execute_sql", "execute", "executemany", "executescript")
#: How SQL starts, with enough of what follows that English text does not match
#: ("Delete 3 contacts?", "Select all", "BEGIN:VCARD" and "Update existing" don't). A bare
#: "BEGIN" is a vCard word as often as SQL: run as SQL, the call check sees it.
SQL_START = re.compile(
    r"\s*(SELECT\b(\s*$|.*\bFROM\b|\s+[\w.*()]+\s*,)"
    r"|INSERT\s+(OR\s+\w+\s+)?INTO\b"
    r"|UPDATE\s+(OR\s+\w+\s+)?\"?\w+\"?\s+SET\b"
    r"|DELETE\s+FROM\s+\"?\w+\"?(\s+WHERE\b|\s*;?\s*$)"
    r"|CREATE\s+(UNIQUE\s+|VIRTUAL\s+|TEMP\s+|TEMPORARY\s+)?(TABLE|INDEX|TRIGGER|VIEW)\b"
    r"|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\b"
    r"|ALTER\s+TABLE\b"
    r"|PRAGMA\s+\w+"
    r"|WITH\s+(RECURSIVE\s+)?\w+(\s*\([\w\s,]*\))?\s+AS\s*\("
    r"|BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION)\b|BEGIN\s*;)",
    re.IGNORECASE | re.DOTALL)


def may_hold_sql(path: Path, root: Path = ROOT) -> bool:
    parts = path.relative_to(root).parts
    return (parts[:2] == ("app", "storage")
            or (parts[0] == "app" and (path.stem == "store" or path.stem.endswith("_store"))))


def _sql_uses(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in SQL_CALLS:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {name}()")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and SQL_START.match(node.value)):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value[:40]!r}")
    return found


def test_sql_only_in_storage_and_stores():
    files = sorted(f for package in PACKAGES for f in (ROOT / package).rglob("*.py"))
    checked = [f for f in files if not may_hold_sql(f)]
    assert len(checked) > 50 and len(files) - len(checked) >= 5  # the walk found both kinds
    offenders = [hit for f in checked for hit in _sql_uses(f)]
    assert offenders == [], "SQL outside app/storage/ and the store modules:\n" + "\n".join(
        offenders)


def test_the_sql_check_sees_every_form(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "database.execute_sql(query)\n"
        "cur.execute(q)\n"
        "cur.executemany(q, rows)\n"
        "conn.executescript(script)\n"
        "A = 'SELECT id FROM contact'\n"
        "B = f'select {cols} from contact'\n"
        "C = 'SELECT '\n"
        "D = 'INSERT OR IGNORE INTO tag(name) VALUES (?)'\n"
        "E = 'update contact set x = 1'\n"
        "F = 'DELETE FROM contact WHERE id = ?'\n"
        "G = 'CREATE UNIQUE INDEX x ON contact(uid)'\n"
        "H = 'DROP TABLE x'\n"
        "I = 'ALTER TABLE contact ADD COLUMN y'\n"
        "J = 'PRAGMA user_version'\n"
        "K = 'WITH recent AS (SELECT 1)'\n"
        "L = 'BEGIN IMMEDIATE'\n"
        "M = ('Select all', 'Delete %n contact(s) for good?', 'BEGIN:VCARD', 'BEGIN',\n"
        "     'Update existing', 'Create new', 'With', 'update', 'Drop it', 'pragmatic')\n",
        encoding="utf-8")
    hits = [h.split(": ", 1)[1] for h in _sql_uses(sample, tmp_path)]
    assert hits[:4] == ["execute_sql()", "execute()", "executemany()", "executescript()"]
    assert len(hits) == 4 + 12, hits  # every SQL literal A..L, none of the words in M
    assert may_hold_sql(ROOT / "app/storage/purge.py")
    assert may_hold_sql(ROOT / "app/contacts/store.py")
    assert may_hold_sql(ROOT / "app/conversations/warmth_store.py")
    assert not may_hold_sql(ROOT / "app/conversations/warmth.py")
    assert not may_hold_sql(ROOT / "ui/contacts/store.py")


#: Modules allowed past the size limit, each with the reason it is one thing.
LONG_MODULES = {
    # One repair per quirk of a real program's vCards, each small; splitting
    # them would scatter the order in which they must run.
    "app/vcard/repair.py",
}
MAX_LINES = 400


def test_modules_stay_small_enough_to_read():
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "app").rglob("*.py"))
            + sorted((ROOT / "ui").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert set(long) <= LONG_MODULES, long


def test_app_keeps_its_code_in_feature_packages():
    top = sorted(p.name for p in APP.glob("*.py"))
    assert top == ["__init__.py", "__main__.py"]


#: The command-line entry points that exist to run them, and the welcome
#: page's "try with sample contacts", are the only users of the tools packages.
TOOL_USERS = {"app.cli.bench": "app.bench", "app.cli.demo": "app.demo",
              "ui.main.sample_data": "app.demo"}


def test_product_code_does_not_import_the_benchmark_or_demo():
    graph = import_graph()
    wrong = sorted(
        f"{module} -> {target}" for module, targets in graph.items()
        for target in targets
        for tool in ("app.bench", "app.demo")
        if (target == tool or target.startswith(tool + "."))
        and not module.startswith(("app.bench", "app.demo"))
        and TOOL_USERS.get(module) != tool)
    assert wrong == []
