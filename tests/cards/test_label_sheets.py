"""Label sheet geometry read from the gLabels templates, checked against the
numbers printed in those templates (converted by hand) and the makers' specs."""
import pytest

from app.cards import labels as ls

PT = 25.4 / 72
IN = 25.4

# part: (labels per sheet, label w x h, first label's top-left, last label's top-left), mm.
EXPECTED = {
    "Zweckform 3474": (24, (70, 37), (0, 0), (140, 259)),
    "Zweckform 3475": (24, (70, 36), (0, 12.566 * PT),
                       (2 * 198.570 * PT, 12.566 * PT + 7 * 102.121 * PT)),
    "Zweckform 3490": (24, (70, 36), (0, 12.557 * PT),
                       (2 * 198.425 * PT, 12.557 * PT + 7 * 102.047 * PT)),
    "Avery L7160": (21, (181.4 * PT, 108 * PT), (21.2 * PT, 43.9 * PT),
                    ((21.2 + 2 * 187.2) * PT, (43.9 + 6 * 108) * PT)),
    "Avery L7161": (18, (180.2 * PT, 132.6 * PT), (21 * PT, 23 * PT),
                    ((21 + 2 * 186.9) * PT, (23 + 5 * 132.5) * PT)),
    "Avery L7163": (14, (99.1, 38.1), (9.5 * PT, 43 * PT), ((9.5 + 292) * PT, (43 + 6 * 108) * PT)),
    "Avery 5160": (30, (2.625 * IN, 1 * IN), (0.15625 * IN, 0.5 * IN),
                   ((0.15625 + 2 * 2.78125) * IN, 9.5 * IN)),
    "Avery 5163": (10, (4 * IN, 2 * IN), (0.1625 * IN, 0.5 * IN),
                   ((0.1625 + 4.1875) * IN, 8.5 * IN)),
}


def close(a, b, tol=0.5):
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_first_and_last_label_sit_where_the_template_puts_them(name):
    count, size, first, last = EXPECTED[name]
    sheet = ls.find_sheet(name)
    assert sheet.per_sheet == count
    assert close((sheet.label_width, sheet.label_height), size, 0.2)
    spots = sheet.positions()
    assert len(spots) == count
    assert close(spots[0], first)
    assert close(spots[-1], last)
    # Every label lies on the page.
    for x, y in spots:
        assert x >= -0.01 and y >= -0.01
        assert x + sheet.label_width <= sheet.page_width + 0.5
        assert y + sheet.label_height <= sheet.page_height + 0.5


def test_paper_sizes_come_from_the_sheet():
    assert close((ls.find_sheet("Zweckform 3475").page_width,
                  ls.find_sheet("Zweckform 3475").page_height), (210, 297))
    assert close((ls.find_sheet("5160").page_width, ls.find_sheet("5160").page_height),
                 (215.9, 279.4))


def test_labels_are_numbered_along_the_row_first():
    spots = ls.find_sheet("Zweckform 3474").positions()
    assert close(spots[1], (70, 0)) and close(spots[2], (140, 0)) and close(spots[3], (0, 37))


def test_start_position_on_a_partly_used_sheet():
    sheet = ls.find_sheet("Zweckform 3475")
    spots = ls.placements(sheet, 20, start=7)
    # Label 7 is the first of the third row: 2 rows of 36.03 mm below the first.
    assert spots[0].number == 7 and spots[0].page == 0
    assert close((spots[0].x, spots[0].y), (0, 4.43 + 2 * 36.03))
    # 18 labels remain on the first sheet; the 19th recipient starts sheet two at label 1.
    assert spots[17].page == 0 and spots[17].number == 24
    assert spots[18].page == 1 and spots[18].number == 1
    assert close((spots[18].x, spots[18].y), (0, 4.43))
    assert ls.pages_needed(sheet, 20, start=7) == 2
    assert ls.pages_needed(sheet, 18, start=7) == 1


def test_start_position_outside_the_sheet_is_refused_with_the_range():
    with pytest.raises(ls.SheetProblem, match="between 1 and 24"):
        ls.placements(ls.find_sheet("3475"), 3, start=25)


def test_sheet_names_are_found_loosely_and_unknown_ones_explained():
    assert ls.find_sheet("l7160").name == "Avery L7160"
    assert ls.find_sheet("zweckform  3490").part == "3490"
    with pytest.raises(ls.SheetProblem, match="No label sheet"):
        ls.find_sheet("Zweckform 99999")


def test_custom_sheet_from_a_spec():
    sheet = ls.find_sheet("custom:2x5:99x57:6,6:99,57")
    assert sheet.per_sheet == 10
    spots = sheet.positions()
    assert close(spots[0], (6, 6)) and close(spots[-1], (105, 6 + 4 * 57))


def test_custom_sheet_without_margins_is_centred():
    sheet = ls.custom_sheet(3, 8, 70, 36)
    assert close(sheet.positions()[0], (0, (297 - 8 * 36) / 2))


def test_custom_sheet_that_does_not_fit_is_refused():
    with pytest.raises(ls.SheetProblem, match="do not fit"):
        ls.custom_sheet(4, 8, 70, 36)
    with pytest.raises(ls.SheetProblem, match="not a custom sheet"):
        ls.find_sheet("custom:3 by 8")


def test_lengths_with_and_without_units():
    assert ls.length_mm("72") == pytest.approx(25.4)
    assert ls.length_mm("1in") == pytest.approx(25.4)
    assert ls.length_mm("2.5 cm") == pytest.approx(25)
    assert ls.length_mm("") == 0


def test_the_licence_travels_with_the_templates():
    from app.core.resources import resource

    for name in ls.TEMPLATE_FILES + (ls.PAPER_FILE, "LICENSE"):
        assert resource("labels", name).is_file()
    assert "Jim Evins" in resource("labels", "LICENSE").read_text()
