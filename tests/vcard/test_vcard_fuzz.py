"""A bounded fuzz over the real-world samples in ../shared/vcards.

Bytes are inserted, deleted, duplicated and flipped; parameters, quotes,
NULs, hostile charsets and long runs are spliced in. No exception may escape
the reader, none may need its last resort (``vcard.read_failed`` means a
bug to fix), and no card may take a second of CPU time. A few seconds here; set
``HEARTH_FUZZ_EXAMPLES=N`` for a longer run.
"""
from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.vcard import notes as n
from app.vcard.reader import parse_one, read_bytes
from app.vcard.split import split_cards

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "vcards"
FILES = sorted(SAMPLES.glob("*.vcf")) if SAMPLES.is_dir() else []
EXAMPLES = int(os.environ.get("HEARTH_FUZZ_EXAMPLES", "40"))

SPLICES = [b'"', b"\x00", b";", b":", b",", b"=", b"\r\n", b"\n ", b"\r", b"\\",
           b";TYPE=" + b",".join([b"x"] * 40), b";X=a" * 30, b';LABEL="open',
           b";CHARSET=base64", b";CHARSET=idna", b";CHARSET=UTF-8\x00", b";CHARSET=undefined",
           b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=b", b"=\r\n", b"=C3=",
           b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"\xff\xfe", b"\xc3", b"\x1b[0m"]

mutation = st.one_of(
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("splice"), st.floats(0, 1), st.sampled_from(SPLICES)),
    st.tuples(st.just("run"), st.floats(0, 1),
              st.tuples(st.sampled_from([b"x", b";", b'"', b",", b"=", b"\x00", b" "]),
                        st.integers(100, 20_000))),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 200)),
    st.tuples(st.just("duplicate"), st.floats(0, 1), st.integers(1, 400)),
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
)


def mutate(data: bytes, steps) -> bytes:
    for kind, where, arg in steps:
        at = int(where * len(data))
        if kind == "insert" or kind == "splice":
            data = data[:at] + arg + data[at:]
        elif kind == "run":
            data = data[:at] + arg[0] * arg[1] + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + arg:]
        elif kind == "duplicate":
            data = data[:at] + data[at:at + arg] * 2 + data[at + arg:]
        elif data and at < len(data):
            data = data[:at] + bytes([data[at] ^ arg]) + data[at + 1:]
    return data


@pytest.mark.skipif(not FILES, reason="../shared/vcards is not present beside the checkout")
@settings(max_examples=EXAMPLES, deadline=timedelta(seconds=10), derandomize=EXAMPLES <= 40,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(FILES), st.lists(mutation, min_size=1, max_size=6))
def test_mutated_samples_never_crash_or_hang(path, steps):
    data = mutate(path.read_bytes(), steps)
    raws, _ = split_cards(data, path.name)
    for raw in raws:
        start = time.process_time()  # CPU time: the machine may be busy with others
        card = parse_one(raw, "DE")
        assert time.process_time() - start < 1, (raw.number, raw.line)
        assert card.reason is None or card.reason.code != n.READ_FAILED, card.reason
        assert (card.contact is None) == (card.reason is not None)
    assert len(read_bytes(data, path.name).cards) == len(raws)
