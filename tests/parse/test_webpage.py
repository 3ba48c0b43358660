from __future__ import annotations

from cecingest.knowledge import Knowledge
from cecingest.models import Word
from cecingest.parse.layout import page_lines, paragraphs
from cecingest.parse.names import parse_provider
from cecingest.parse.webpage import is_chrome, name_part
from tests.helpers import words_of_line


def provider(words: list[Word], kn: Knowledge) -> str | None:
    lines = page_lines(1, words)
    return parse_provider(lines, paragraphs(lines), kn, ()).value


def portal_page(footer: str) -> list[Word]:
    return (words_of_line("Home    My Courses    Transcript    Log out", 20, 9, left=400)
            + words_of_line("Home > My Courses > Certificate", 40, 8, left=20)
            + words_of_line("Certificate of Completion", 80, 22, left=150)
            + words_of_line("Jane Doe", 130, 24, left=200)
            + words_of_line("Sponsored by", 400, 8, left=60)
            + words_of_line("Redwood Pharmaceuticals", 425, 8, left=60)
            + words_of_line("Hudson Medical Supply", 425, 8, left=260)
            + words_of_line("Crescent Health System", 425, 8, left=460)
            + words_of_line(footer, 560, 7, left=150))


def test_sponsors_in_a_logo_strip_are_not_the_provider(kn: Knowledge) -> None:
    page = portal_page("Privacy Policy · Terms of Use · Accessibility · Contact us")
    assert provider(page, kn) is None


def test_the_provider_after_the_footer_links(kn: Knowledge) -> None:
    page = portal_page("About Help Center Privacy Terms Sitemap · Brightwater Accounting Education Partners")
    assert provider(page, kn) == "Brightwater Accounting Education Partners"


def test_the_provider_in_a_copyright_line(kn: Knowledge) -> None:
    page = portal_page("© 2024 Clearwater Career Institute. All rights reserved.")
    assert provider(page, kn) == "Clearwater Career Institute"


def test_one_sponsor_named_under_sponsored_by_is_the_provider(kn: Knowledge) -> None:
    words = words_of_line("Sponsored by", 100, 9) + words_of_line("Granite Nursing Association", 115, 11)
    assert provider(words, kn) == "Granite Nursing Association"


def test_a_provider_number_is_no_provider(kn: Knowledge) -> None:
    words = words_of_line("Provider No.: A32855", 100) + words_of_line("Lakeshore Health Institute", 200, 14)
    assert provider(words, kn) == "Lakeshore Health Institute"


def test_navigation_is_chrome_and_a_name_is_not(kn: Knowledge) -> None:
    assert is_chrome("Dashboard Catalog Certificates Profile Sign out", kn)
    assert not is_chrome("Harbor Professional Seminars", kn)
    assert name_part("Support | Privacy | Cookie settings | Careers", kn) == ""


def test_an_organisation_named_with_site_words_is_no_page_chrome(kn: Knowledge) -> None:
    assert not is_chrome("Community Health Resources", kn)
    assert not is_chrome("Community Resources Institute", kn)
    assert is_chrome("About Help Center Privacy Terms Sitemap", kn)
