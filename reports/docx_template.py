"""Writes the Word template of the weekly report, ``templates/reports/weekly.docx``.

The committed file is what the report is made from; this script only made its
first version. To change the report's look, open the .docx in Word or LibreOffice
and edit it, keeping the docxtpl tags: ``{{ … }}`` for a value, a table row whose
first cell is ``{%tr for row in … %}`` / ``{%tr endfor %}`` to repeat the row
between them, and paragraphs ``{%p if … %}`` / ``{%p endif %}``. The names
available are those of ``reports.weekly.weekly_report``. To start over:

    uv run python -m reports.docx_template
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

# reports.weekly.DOCX_TEMPLATE (not imported: this script runs without Django)
DOCX_TEMPLATE = Path(__file__).resolve().parent / "templates" / "reports" / "weekly.docx"

# (title, list expression, [(column header, value expression)])
TABLES = [
    (
        "Инциденты по темам",
        "incidents.by_topic",
        [
            ("Тема", "row.name"),
            ("За неделю", "row.count"),
            ("Неделей ранее", "row.previous"),
            ("Динамика", "row.trend"),
        ],
    ),
    (
        "Инциденты по территориям",
        "incidents.by_territory",
        [
            ("Территория", "row.name"),
            ("За неделю", "row.count"),
            ("Неделей ранее", "row.previous"),
            ("Динамика", "row.trend"),
        ],
    ),
]


def _table(document, items: str, columns: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=4, cols=len(columns))
    table.style = "Table Grid"
    for i, (header, value) in enumerate(columns):
        table.rows[0].cells[i].text = header
        table.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        table.rows[2].cells[i].text = f"{{{{ {value} }}}}"
    table.rows[1].cells[0].text = f"{{%tr for row in {items} %}}"
    table.rows[3].cells[0].text = "{%tr endfor %}"


def build() -> None:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)

    title = document.add_heading("Еженедельный отчёт: обращения жителей в сети", level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("Неделя {{ week }}: {{ period }}")
    document.add_paragraph("Сформирован {{ generated }} (система «Резонанс»).")

    document.add_heading("1. Инциденты", level=1)
    document.add_paragraph(
        "Всего за неделю: {{ incidents.total }} (неделей ранее — "
        "{{ incidents.total_previous }}, {{ incidents.total_trend }})."
    )
    for heading, items, columns in TABLES:
        document.add_heading(heading, level=2)
        _table(document, items, columns)

    document.add_heading("2. Сроки ответа", level=1)
    document.add_paragraph(
        "Время до первого ответа в рабочих часах и доля ответов в срок по инцидентам, "
        "обнаруженным за неделю."
    )
    table = document.add_table(rows=5, cols=3)
    table.style = "Table Grid"
    rows = [
        ("Показатель", "За неделю", "Неделей ранее"),
        ("Медиана", "{{ response.total.median }}", "{{ response.previous.median }}"),
        ("90-й перцентиль", "{{ response.total.p90 }}", "{{ response.previous.p90 }}"),
        ("Первый ответ в срок", "{{ response.total.on_time }}", "{{ response.previous.on_time }}"),
        (
            "Решено в срок",
            "{{ response.total.resolution_on_time_text }}",
            "{{ response.previous.resolution_on_time_text }}",
        ),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    document.add_paragraph(
        "Ответов дано: {{ response.total.answered }} из {{ response.total.incidents }}; "
        "просрочено сейчас: {{ response.total.overdue_now }}."
    )
    document.add_heading("По территориям", level=2)
    _table(
        document,
        "response.by_territory",
        [
            ("Территория", "row.name"),
            ("Инцидентов", "row.incidents"),
            ("Медиана", "row.median"),
            ("90-й перцентиль", "row.p90"),
            ("В срок", "row.on_time"),
        ],
    )

    document.add_heading("3. Главные усилители недели", level=1)
    document.add_paragraph(
        "Аккаунты, чьи репосты и упоминания других за неделю весили больше всего; "
        "влияние — по расчёту {% if run %}от {{ run.date }}{% else %}(расчётов ещё не было)"
        "{% endif %}."
    )
    _table(
        document,
        "amplifiers",
        [
            ("№", "row.place"),
            ("Аккаунт", "row.name"),
            ("Блогер", "row.blogger"),
            ("Репосты", "row.reposts"),
            ("Упоминания", "row.mentions"),
            ("Влияние", "row.score_text"),
        ],
    )

    document.add_heading("4. Кто поднялся и кто упал в рейтинге", level=1)
    for heading, items in (("Поднялись", "risers"), ("Опустились", "fallers")):
        document.add_heading(heading, level=2)
        _table(
            document,
            items,
            [
                ("Блогер", "row.name"),
                ("Территория", "row.territory"),
                ("Место", "row.rank"),
                ("Было", "row.previous_rank"),
                ("Изменение", "row.delta_text"),
                ("Влияние", "row.score_text"),
            ],
        )
    document.save(str(DOCX_TEMPLATE))


if __name__ == "__main__":
    build()
    print(DOCX_TEMPLATE)
