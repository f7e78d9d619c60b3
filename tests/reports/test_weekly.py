"""The weekly report: its figures from a small region worked out by hand
(tests/reports/data.py), and the DOCX and PDF documents made from them."""

from __future__ import annotations

import io

import pytest
from docx import Document
from pypdf import PdfReader

from reports.weekly import (
    Week,
    week_last_complete,
    week_parse,
    weekly_report,
    weekly_report_docx,
    weekly_report_pdf,
)
from tests.reports.data import WEEK, build_region

pytestmark = pytest.mark.django_db


@pytest.fixture
def report():
    region = build_region()
    return weekly_report(week=WEEK, now=region["now"])


def test_week_parsing():
    assert week_parse("2026-W46") == Week(2026, 46)
    assert Week(2026, 46).previous() == Week(2026, 45)
    assert Week(2026, 1).previous() == Week(2025, 52)
    assert Week(2026, 46).since.isoformat() == "2026-11-09T00:00:00+03:00"
    for bad in ("2026-46", "2026W46", "2026-W4", "abc", ""):
        with pytest.raises(ValueError, match="ГГГГ-Wнн"):
            week_parse(bad)
    with pytest.raises(ValueError, match="нет недели 53"):
        week_parse("2025-W53")
    assert week_parse("2026-W53") == Week(2026, 53)  # 2026 starts on a Thursday


def test_the_default_week_is_the_last_complete_one():
    now = Week(2026, 46).since.replace(hour=12)  # Monday noon of week 46
    assert week_last_complete(now) == Week(2026, 45)


def test_incidents_by_topic_and_territory_with_the_trend(report):
    incidents = report["incidents"]
    assert (incidents["total"], incidents["total_previous"]) == (4, 4)
    assert incidents["total_trend"] == "без изменений"
    by_topic = {r["name"]: (r["count"], r["previous"], r["trend"]) for r in incidents["by_topic"]}
    assert by_topic == {"ЖКХ": (3, 2, "▲ +1"), "Дороги": (1, 2, "▼ −1")}
    assert [r["name"] for r in incidents["by_territory"]] == ["Заречье", "Озёрск"]
    assert incidents["by_territory"][1]["delta"] == -1


def test_response_times_against_the_deadlines(report):
    total = report["response"]["total"]
    assert total["incidents"] == 4 and total["answered"] == 2
    assert total["first_response_median_hours"] == 5.5
    assert total["first_response_p90_hours"] == 8.3
    assert total["first_response_on_time"] == 0.25
    assert (total["median"], total["p90"], total["on_time"]) == ("5,5 ч", "8,3 ч", "25 %")
    previous = report["response"]["previous"]
    assert previous["incidents"] == 4 and previous["answered"] == 0
    assert previous["median"] == "—" and previous["on_time"] == "0 %"
    territories = {r["name"]: r["incidents"] for r in report["response"]["by_territory"]}
    assert territories == {"Заречье": 3, "Озёрск": 1}


def test_top_amplifiers_of_the_week_with_their_score(report):
    rows = [
        (r["name"], r["reposts"], r["mentions"], r["weight"], r["score"])
        for r in report["amplifiers"]
    ]
    assert rows == [
        ("Громкий", 3, 2, 4.0, 71.5),
        ("Эхо", 0, 4, 2.0, 40.25),
        ("Тихий", 1, 0, 1.0, 10.0),
    ]
    assert report["amplifiers"][0]["score_text"] == "71,5"


def test_risers_and_fallers_of_the_weeks_ranking(report):
    assert [
        (r["name"], r["rank"], r["previous_rank"], r["delta_text"]) for r in report["risers"]
    ] == [("Ракета", 1, 10, "+9")]
    assert [(r["name"], r["delta_text"]) for r in report["fallers"]] == [("Камень", "−8")]
    assert report["run"]["date"] == "14.11.2026"


def test_a_week_without_data_reports_nothing():
    report = weekly_report(week=Week(2020, 10))
    assert report["incidents"]["total"] == 0 and report["incidents"]["by_topic"] == []
    assert report["amplifiers"] == [] and report["risers"] == [] and report["run"] is None
    assert weekly_report_pdf(report)[:5] == b"%PDF-"
    assert Document(io.BytesIO(weekly_report_docx(report))).tables


def _cells(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_docx_holds_the_figures(report):
    document = Document(io.BytesIO(weekly_report_docx(report)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Неделя 2026-W46: 9 ноября — 15 ноября 2026 г." in text
    assert "Всего за неделю: 4 (неделей ранее — 4, без изменений)." in text
    assert "{{" not in text and "{%" not in text
    tables = [_cells(t) for t in document.tables]
    topics = next(t for t in tables if t[0][0] == "Тема")
    assert topics[1:] == [["ЖКХ", "3", "2", "▲ +1"], ["Дороги", "1", "2", "▼ −1"]]
    response = next(t for t in tables if t[0][0] == "Показатель")
    assert response[1] == ["Медиана", "5,5 ч", "—"]
    assert response[3] == ["Первый ответ в срок", "25 %", "0 %"]
    amplifiers = next(t for t in tables if t[0][:2] == ["№", "Аккаунт"])
    assert amplifiers[1] == ["1", "Громкий", "", "3", "2", "71,5"]
    assert len(amplifiers) == 4
    movers = [t for t in tables if t[0][0] == "Блогер"]
    assert movers[0][1][:5] == ["Ракета", "Заречье", "1", "10", "+9"]
    assert movers[1][1][0] == "Камень" and len(movers[1]) == 2


def test_the_pdf_holds_the_figures(report):
    pdf = weekly_report_pdf(report)
    assert pdf[:5] == b"%PDF-"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "Еженедельный отчёт",
        "2026-W46",
        "ЖКХ",
        "Заречье",
        "5,5 ч",
        "25 %",
        "Громкий",
        "71,5",
        "Ракета",
        "Камень",
    ):
        assert expected in text, expected
