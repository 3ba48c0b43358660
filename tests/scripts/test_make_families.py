"""scripts/make_families.py: expected files are well formed, splits share no family, text layers hold the values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest

from tests.scripts.loader import load_script

UNITS = {"contact_hour", "clock_hour", "CEU", "CEC", "CPE", "PDU", "CME", "CLE", "PDH", "CE"}
TOPICS = {"patient-care", "patient-safety", "infection-control", "pharmacology", "mental-health",
          "medical-technology", "ethics", "regulatory-compliance", "exercise-science", "nutrition",
          "injury-prevention", "program-design", "cybersecurity", "cloud-computing", "data-analytics", "programming",
          "accounting-auditing", "taxation", "project-management", "leadership", "law-practice", "education", "other"}
FIELDS = {"participant", "provider", "course_title", "completion_date", "start_date", "credits", "hours", "topic",
          "delivery_format", "certificate_id", "accreditation", "license_number"}


@pytest.fixture(scope="module")
def mf() -> ModuleType:
    return load_script("make_families")


def check_expected(path: Path) -> dict[str, object]:
    record = json.loads(path.read_text(encoding="utf-8"))
    assert set(record) == {"file", "media_type", "pages", "text_source", "is_certificate", "fields"}
    assert (path.parent / record["file"]).exists()
    assert record["text_source"] in ("text-layer", "ocr")
    fields = record["fields"]
    assert set(fields) == FIELDS
    for key in ("participant", "provider", "course_title"):
        assert isinstance(fields[key], str) and fields[key]
    completion = date.fromisoformat(fields["completion_date"])
    if fields["start_date"]:
        assert date.fromisoformat(fields["start_date"]) < completion
    if fields["credits"] is None:  # a certificate that states no credit (only an effort in weeks): no hours
        assert fields["hours"] is None and str(record["file"]).startswith("f63")
    else:
        assert fields["credits"] and all(c["unit"] in UNITS and c["amount"] > 0 for c in fields["credits"])
        assert isinstance(fields["hours"], float) and fields["hours"] > 0
    assert fields["topic"] in TOPICS
    assert fields["delivery_format"] in (None, "live", "online", "self-study", "conference")
    return record


def test_splits_use_disjoint_families(mf: ModuleType) -> None:
    train = {f.fid for f in mf.families("train")}
    heldout = {f.fid for f in mf.families("heldout")}
    assert not train & heldout
    assert len(train | heldout) >= 50 and len(heldout) >= 10
    assert heldout == set(mf.HELDOUT_IDS)
    assert set(mf.HELDOUT_IDS) == {"f05", "f08", "f09", "f12", "f17", "f19", "f22", "f24", "f25", "f30", "f33", "f34",
                                  "f66", "f67", "f68", "f77", "f78", "f79",
                                  "f80", "f81", "f82"}


def test_course_titles_are_split_and_every_topic_has_both(mf: ModuleType) -> None:
    topics = set(mf.VOCABULARY["titles"]) | set(mf.WORDING["titles"])
    assert topics == TOPICS
    for topic in topics:
        train, heldout = mf.course_titles(topic, "train"), mf.course_titles(topic, "heldout")
        assert len(train) >= 4 and len(heldout) >= 4, topic
        assert not {t.lower() for t in train} & {t.lower() for t in heldout}, topic


def test_documents_use_their_own_split_titles(mf: ModuleType, tmp_path: Path) -> None:
    for split in ("train", "heldout"):
        other = {t.lower() for topic in TOPICS for t in mf.course_titles(topic, "heldout" if split == "train"
                                                                          else "train")}
        result = mf.generate(tmp_path / split, 2 * len(mf.families(split)), split, "text", seed=11)
        for doc, _, _ in result.docs:
            assert doc.facts.course_title.lower() not in other


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_text_pdfs_match_their_expected_files(mf: ModuleType, tmp_path: Path, split: str) -> None:
    n = len(mf.families(split))
    result = mf.generate(tmp_path, n, split, "text", seed=3)
    fids = {f.fid for f in mf.families(split)}
    records = [check_expected(p) for p in sorted(tmp_path.glob("*.expected.json"))]
    assert len(records) == n
    assert {str(r["file"]).split("-")[0] for r in records} == fids  # "f100-..." too
    for record in records[:4]:
        with pdfplumber.open(tmp_path / str(record["file"])) as pdf:
            text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
        fields = record["fields"]
        assert isinstance(fields, dict)
        assert fields["participant"] in text
        assert " ".join(fields["course_title"].split()[:3]) in text
    assert mf.verify(result, ocr=False) == 0


def test_families_option_restricts_the_generated_families(mf: ModuleType, tmp_path: Path) -> None:
    result = mf.generate(tmp_path, 4, "train", "text", seed=2, only=("f59", "f63"))
    assert [doc.fam.fid for doc, _, _ in result.docs] == ["f59", "f63", "f59", "f63"]
    records = [check_expected(p) for p in sorted(tmp_path.glob("f63-*.expected.json"))]
    assert all(r["fields"]["credits"] is None for r in records)  # type: ignore[index]


def test_column_tables_and_web_captures_hold_their_values(mf: ModuleType, tmp_path: Path) -> None:
    result = mf.generate(tmp_path, 12, "train", "text", seed=4, only=("f64", "f65"))
    assert {doc.fam.fid for doc, _, _ in result.docs} == {"f64", "f65"}
    assert mf.verify(result, ocr=False) == 0
    for doc, _, _ in result.docs:
        sponsors = mf.sponsor_names(doc, 3)  # the logo strip's organisations are never the provider
        assert doc.facts.provider not in sponsors
        assert not any(s.split()[0] in doc.facts.provider.split()[0] for s in sponsors)


def test_same_seed_same_bytes_and_names_from_the_split_pool(mf: ModuleType, tmp_path: Path) -> None:
    a = mf.generate(tmp_path / "a", 3, "heldout", "text", seed=5)
    b = mf.generate(tmp_path / "b", 3, "heldout", "text", seed=5)
    for (_, pa, _), (_, pb, _) in zip(a.docs, b.docs, strict=True):
        assert pa.read_bytes() == pb.read_bytes()
    train_first = set(mf.half(mf.VOCABULARY["people"]["first"], "train"))
    for doc, _, _ in a.docs:
        assert doc.facts.participant.split()[0].title() not in train_first
