from __future__ import annotations

import re
from pathlib import Path

from cecingest.knowledge import load_knowledge

CONTRACT_UNITS = {"contact_hour", "clock_hour", "CEU", "CEC", "CPE", "PDU", "CME", "CLE", "PDH", "CE"}
CONTRACT_TOPICS = {
    "patient-care", "patient-safety", "infection-control", "pharmacology", "mental-health", "medical-technology",
    "ethics", "regulatory-compliance", "exercise-science", "nutrition", "injury-prevention", "program-design",
    "cybersecurity", "cloud-computing", "data-analytics", "programming", "accounting-auditing", "taxation",
    "project-management", "leadership", "law-practice", "education",
}


def test_shipped_units_are_the_contract_units() -> None:
    kn = load_knowledge(None)
    assert set(kn.units) == CONTRACT_UNITS
    assert kn.units["CEU"].hours == 10.0
    assert round(kn.units["CPE"].hours * 60) == 50


def test_shipped_topics_are_contract_codes() -> None:
    # "other" is the fallback; its words (engineering practice) only let it win over words it shares.
    topics = load_knowledge(None).topics
    assert set(topics) == CONTRACT_TOPICS | {"other"}
    assert "pavement" in topics["other"]


def test_user_data_dir_extends_defaults(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text('[units.CPE]\nhours = 1.0\naliases = ["ethics points"]\n')
    (tmp_path / "topics.toml").write_text('[topics.aviation]\nwords = ["flight safety"]\n')
    kn = load_knowledge(str(tmp_path))
    assert kn.units["CPE"].hours == 1.0
    assert kn.unit_for_alias("Ethics Points") == "CPE"
    assert kn.unit_for_alias("cpe credits") == "CPE"  # defaults are kept beside the additions
    assert "aviation" in kn.topics


def test_aliases_are_longest_first() -> None:
    aliases = load_knowledge(None).units["CE"].aliases
    assert list(aliases) == sorted(aliases, key=lambda a: (-len(a), a))
    assert all(re.fullmatch(r"[\w ()'’™./-]+", a) for a in aliases)


def test_a_total_claimed_or_earned_labels_an_amount() -> None:
    labels = load_knowledge(None).amount_labels()
    assert {"total credit hours claimed", "total contact hours earned", "total ceus awarded"} <= labels


def test_words_as_written_keep_their_case_and_extend_like_the_others(tmp_path: Path) -> None:
    shipped = load_knowledge(None)
    assert "Board" in shipped.words_as_written("accrediting_body", "body_words")
    assert "board" in shipped.words("accrediting_body", "body_words")  # the lower-cased copy, as for every list
    (tmp_path / "labels.toml").write_text('[accrediting_body]\nbody_words = ["Tribunal"]\n', encoding="utf-8")
    words = load_knowledge(str(tmp_path)).words_as_written("accrediting_body", "body_words")
    assert "Tribunal" in words and "Board" in words and words == tuple(sorted(words, key=lambda w: (-len(w), w)))


def test_a_blank_word_in_a_users_list_is_dropped(tmp_path: Path) -> None:
    # An empty alternative would match everywhere: every text a body's name, every line after a label.
    from cecingest.parse.codes import _body

    (tmp_path / "labels.toml").write_text('[accrediting_body]\nbody_words = ["", "Tribunal"]\n'
                                          '[participant]\nhonorifics = ["  "]\n', encoding="utf-8")
    kn = load_knowledge(str(tmp_path))
    assert "" not in kn.words_as_written("accrediting_body", "body_words")
    assert "Tribunal" in kn.words_as_written("accrediting_body", "body_words")
    assert "" not in kn.words("participant", "honorifics")
    assert _body(kn).search("approved by Jane Smith today") is None
