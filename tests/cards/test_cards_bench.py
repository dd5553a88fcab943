"""The card benchmark prints its figures and leaves the open database alone."""
import re

from app.bench import cards as cards_bench
from app.contacts import store as contacts
from app.contacts.model import ContactData


def test_bench_prints_figures_and_restores_the_database(db):
    contacts.create(ContactData(given_name="Mine"))
    lines = []
    cards_bench.run(lines.append, recipients=12)
    names = [re.fullmatch(r"(\w+): (\d+\.\d+) s", line).group(1) for line in lines]
    assert names == ["cards_new_run_12", "cards_labels_pdf_12", "cards_csv_12",
                     "cards_problems_12"]
    assert contacts.count() == 1  # still the test's own database
