from __future__ import annotations

from pathlib import Path

from cecingest.config import Settings
from cecingest.importer import Importer, discover, is_ignored_name
from cecingest.store import Store
from tests.extract.conftest import write_text_pdf

LINES = ["Certificate of Completion", "This certifies that", "Jane Doe", "has successfully completed",
         "Ethics in Practice", "1.0 contact hours", "Date of Completion: May 1, 2025",
         "Provided by: Acme Learning Institute"]


def test_ignored_names() -> None:
    for name in (".hidden.pdf", ".~lock.cert.pdf#", "~$cert.docx", "scan.pdf.part", "cert.pdf.crdownload"):
        assert is_ignored_name(name), name
    assert not is_ignored_name("cert.pdf")


def test_discover_picks_by_content_and_skips_the_rest(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "a.pdf", [LINES])
    (tmp_path / "sub").mkdir()
    write_text_pdf(tmp_path / "sub" / "no-extension", [LINES])
    (tmp_path / "notes.txt").write_text("not a certificate")
    (tmp_path / "fake.pdf").write_text("named like one, so it is reported, not skipped")
    (tmp_path / "x.pdf.part").write_bytes(b"%PDF-1.7")
    (tmp_path / "link.pdf").symlink_to(tmp_path / "a.pdf")
    found, skipped = discover([tmp_path])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in found) == ["a.pdf", "fake.pdf", "sub/no-extension"]
    assert skipped == 3


def test_same_bytes_twice_in_one_batch_is_one_document(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "a.pdf", [LINES])
    (tmp_path / "copy.pdf").write_bytes((tmp_path / "a.pdf").read_bytes())
    with Store(tmp_path / "t.db") as store:
        todo, known = Importer(store, Settings(), "t").plan(sorted(tmp_path.glob("*.pdf")))
    assert [p.name for p in todo] == ["a.pdf"]
    assert [(o.path.rsplit("/", 1)[-1], o.outcome) for o in known] == [("copy.pdf", "duplicate")]


def test_same_credit_from_another_file_goes_to_review(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "a.pdf", [LINES])
    write_text_pdf(tmp_path / "b.pdf", [[*LINES, "Certificate No: 42-B"]])  # other bytes, same credit
    with Store(tmp_path / "t.db") as store:
        lenient = Settings(audit_rate=0.0, accept_threshold=0.5, field_threshold=0.5, trust_layout_after=0)
        outcomes = list(Importer(store, lenient, "t").run(sorted(tmp_path.glob("*.pdf")), workers=1))
    assert [o.status for o in outcomes] == ["accepted", "needs_review"]
    assert "likely duplicate of record" in outcomes[1].reason


def test_failures_are_outcomes_not_exceptions(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    write_text_pdf(tmp_path / "good.pdf", [LINES])
    with Store(tmp_path / "t.db") as store:
        outcomes = list(Importer(store, Settings(), "t").run(sorted(tmp_path.glob("*.pdf")), workers=2))
        assert [f.error for f in store.failures()] == [f"{tmp_path / 'empty.pdf'}: empty file (0 bytes)"]
    assert sorted(o.outcome for o in outcomes) == ["failed", "imported"]
