"""Card boundaries are found by a quick search that must agree with the pattern."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.vcard.split import _BOUNDARY, _boundaries

_PIECES = st.sampled_from([b"BEGIN:VCARD", b"END:VCARD", b"begin : vCard ", b"\tEnd:vcard\t",
                           b"X-NOTE:BEGIN:VCARD", b"BEGIN:VCARDS", b"vcard", b"VCARD:x",
                           b"N:M\xc3\xbcller", b"PHOTO;ENCODING=b:/9j/vcardVCARD", b" ", b"",
                           b"BEGIN:VCARD END:VCARD", b"\xff\xfe"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from([b"\n", b""]), st.integers(0, 3))
def test_the_quick_search_finds_what_the_pattern_finds(lines, end, skip):
    chunk = b"\n".join(lines) + end
    start = 0
    for _ in range(skip):  # the splitter starts after the first line of a long one
        start = chunk.find(b"\n", start) + 1 or len(chunk)
    want = [(m.start(), m.end(), m.group(1)) for m in _BOUNDARY.finditer(chunk, start)]
    got = [(m.start(), m.end(), m.group(1)) for m in _boundaries(chunk, start)]
    assert got == want
