"""vCard import and export speed, measured against vobject alone.

``python -m app.bench.vcard`` (or ``python -m app bench``, which calls
:func:`run`) writes 10,000 generated cards, a tenth of them with a ~20 KB
photo, into a temporary folder and prints, as ``name: value unit``:

- how long vobject alone needs to parse them, our full import (repair,
  parse, map, match, store) into a fresh database, and the ratio;
- how long vobject alone needs to serialise them, our export of the stored
  contacts to one file, and the ratio;
- the peak memory of an import of the 10,000 cards in a fresh process, its
  fork server and workers together (the sum of each one's VmHWM, read from
  /proc while it runs; Linux only), the CPU time that import's processes
  used together (utime + stime, read the same way, so each process's last
  twentieth of a second may be missed) and its ratio to vobject's CPU time
  for the parse (on a shared machine a steadier figure than the wall-clock
  ratio), and with ``HEARTH_BENCH_LARGE=1`` the
  same for a 200 MB file of such cards (minutes). Target: < 500 MB.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CARDS = 10_000
PHOTO_EVERY = 10
PHOTO_BYTES = 20_000

_GIVEN = ["Anna", "Jörg", "Lena", "Max", "Zoë", "Paul", "Sofía", "Emil", "Marie", "Jonas"]
_FAMILY = ["Müller", "Schmidt", "Weiß", "Nguyen", "Öztürk", "Fischer", "Wagner", "Dubois"]
_CITIES = [("Berlin", "10115", "Germany"), ("Wien", "1010", "Austria"),
           ("Zürich", "8001", "Switzerland"), ("Köln", "50667", "Deutschland")]


def _photo(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xe0" + rng.randbytes(PHOTO_BYTES - 4)


def generate(path: Path, count: int = CARDS, seed: int = 4, target_bytes: int = 0) -> None:
    """Write ``count`` vCard 3.0 cards like a phone's export into one file
    (with ``target_bytes``, as many more as it takes to reach that size)."""
    import base64

    from app.vcard.writer import fold

    rng = random.Random(seed)
    photo_b64 = base64.b64encode(_photo(rng)).decode("ascii")
    with path.open("w", encoding="utf-8", newline="") as fh:
        i = 0
        while i < count or fh.tell() < target_bytes:
            given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
            city, code, country = rng.choice(_CITIES)
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;",
                     f"FN:{given} {family}", f"ORG:Firma {i % 700};Vertrieb",
                     "TITLE:Sales",
                     f"TEL;TYPE=CELL:+49 171 {i:07d}", f"TEL;TYPE=WORK:+49 30 {i:07d}",
                     f"EMAIL;TYPE=INTERNET,WORK:{given.lower()}.{i}@example.com",
                     f"ADR;TYPE=WORK:;;Hauptstraße {i % 200 + 1};{city};;{code};{country}",
                     f"BDAY:19{50 + i % 50}-0{1 + i % 9}-1{i % 9}",
                     "NOTE:Met at the fair\\, asked for a quote.\\nCall back in May.",
                     "CATEGORIES:Kunde,Messe", f"UID:bench-{i}"]
            if i % PHOTO_EVERY == 0:
                lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo_b64}")
            lines.append("END:VCARD")
            fh.write("\r\n".join(fold(ln) for ln in lines) + "\r\n")
            i += 1


_IMPORT = ("import sys\n"
           "from app.storage.connection import open_database\n"
           "from app.vcard.importer import import_paths\n"
           "open_database(sys.argv[1])\n"
           "print(import_paths([sys.argv[2]]).created)\n")


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _session_peaks(sid: int, peaks: dict[int, int], cpu: dict[int, float]) -> None:
    """Each live process of a session's VmHWM (kB), the highest seen kept, and
    the CPU seconds it has used."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[3]) != sid:
                continue
            cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICK
            status = (entry / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                pid = int(entry.name)
                peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]))


def import_peak_memory(source: Path, database: Path) -> tuple[float, int, float]:
    """Peak MB of importing ``source`` in a fresh process (with its workers),
    how many contacts it created, and the CPU seconds its processes used."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-c", _IMPORT, str(database), str(source)],
                            cwd=root, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        _session_peaks(proc.pid, peaks, cpu)
        time.sleep(0.05)
    created = int(proc.stdout.read().strip() or 0)
    proc.stdout.close()
    return sum(peaks.values()) / 1024, created, sum(cpu.values())


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(print_line: Callable[[str], None] = print, count: int = CARDS) -> dict[str, float]:
    """Measure and print; returns the figures by name."""
    import vobject

    from app.contacts import listing
    from app.storage.connection import close_database, open_database
    from app.vcard.importer import import_paths
    from app.vcard.writer import export_ids

    figures: dict[str, float] = {}

    def report(name: str, value: float, unit: str) -> None:
        figures[name] = value
        text = {"x": f"{value:.2f}", "s": f"{value:.3f}"}.get(unit, f"{value:.0f}")
        print_line(f"{name}: {text} {unit}")

    with tempfile.TemporaryDirectory(prefix="hearth-vcard-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "cards.vcf"
        generate(source, count)
        text = source.read_text(encoding="utf-8")
        parsed: list = []
        cpu_before = time.process_time()
        vobject_parse = _timed(lambda: parsed.extend(vobject.readComponents(text)))
        vobject_cpu = time.process_time() - cpu_before
        report("vcard_vobject_parse", vobject_parse, "s")
        open_database(folder / "bench.db")
        try:
            result = []
            ours = _timed(lambda: result.append(import_paths([source])))
            report("vcard_import", ours, "s")
            report("vcard_import_ratio", ours / vobject_parse, "x")
            report("vcard_import_cards", result[0].created, "cards")
            vobject_write = _timed(lambda: [c.serialize() for c in parsed])
            report("vcard_vobject_serialize", vobject_write, "s")
            ids = listing.ordered_ids()
            out = folder / "export.vcf"
            export = _timed(lambda: export_ids(ids, out))
            report("vcard_export", export, "s")
            report("vcard_export_ratio", export / vobject_write, "x")
        finally:
            close_database()
        if Path("/proc/self/status").exists():
            peak, _, cpu = import_peak_memory(source, folder / "memory.db")
            report(f"vcard_import_peak_memory_{count}", peak, "MB")
            report("vcard_vobject_parse_cpu", vobject_cpu, "s")
            report("vcard_import_cpu", cpu, "s")
            report("vcard_import_cpu_ratio", cpu / vobject_cpu, "x")
            if os.environ.get("HEARTH_BENCH_LARGE"):
                large = folder / "large.vcf"
                generate(large, count=count, target_bytes=200 * 1024 * 1024)
                peak, created, _ = import_peak_memory(large, folder / "large.db")
                report("vcard_import_peak_memory_200mb_file", peak, "MB")
                report("vcard_import_200mb_file_cards", created, "cards")
    return figures


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else CARDS
    print(f"# {count} cards, cores: {os.cpu_count()}", file=sys.stderr)
    run(print, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
