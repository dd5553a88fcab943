"""Problems travel as a code and parameters and become one sentence late."""
from __future__ import annotations

import pytest

from app.core.i18n import N_
from app.core.problems import Problem, describe, problem_code

SAMPLE = problem_code("test.sample", N_("Card {card} in {path} could not be read."))


def test_a_problem_keeps_its_code_and_parameters_and_reads_as_a_sentence():
    problem = Problem(SAMPLE, card=3, path="/tmp/a.vcf")
    assert problem.code == "test.sample"
    assert problem.params == {"card": 3, "path": "/tmp/a.vcf"}
    assert describe(problem) == "Card 3 in /tmp/a.vcf could not be read."


def test_a_translation_is_used_and_a_broken_one_falls_back_to_english():
    problem = Problem(SAMPLE, card=3, path="x.vcf")
    german = {"Card {card} in {path} could not be read.":
              "Karte {card} in {path} ist nicht lesbar."}
    assert describe(problem, german.get) == "Karte 3 in x.vcf ist nicht lesbar."
    broken = {"Card {card} in {path} could not be read.": "Karte {nummer}"}
    assert describe(problem, broken.get) == "Card 3 in x.vcf could not be read."


def test_an_unregistered_code_is_a_bug_not_a_message():
    with pytest.raises(KeyError):
        Problem("test.never-registered")
    with pytest.raises(ValueError):
        problem_code("test.sample", "other text")
