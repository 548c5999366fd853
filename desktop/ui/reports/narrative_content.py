"""The narrative report's pages as HTML for a QTextDocument: cover, legal basis, summary table,
charts, notable cases, obstacles, conclusions, recommendations and the signature block."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from desktop.domain.report_figures import ReportFigures
from desktop.services.report_narrative import NarrativeText, NotableCase
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.figure_rows import FigureRow, figure_rows
from desktop.ui.texts import format_date, format_datetime, status_label
from desktop.ui.translation_context import TranslationContext

# lupdate reads `NarrativeReport.tr("...")` in the context of that name (translation_context).
NarrativeReport = TranslationContext("NarrativeReport")


def _paragraphs(text: str) -> str:
    """What the user typed, one paragraph per blank-line-separated block, escaped."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    if not blocks:
        nothing = NarrativeReport.tr("(nothing written)")
        return f"<p><i>{html.escape(nothing)}</i></p>"
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
    )


def _cover(figures: ReportFigures, texts: ReportTexts) -> str:
    e = html.escape
    office = figures.office_name or NarrativeReport.tr("Complaint desk (office not yet configured)")
    title = NarrativeReport.tr("COMPLAINT HANDLING REPORT")
    subtitle = NarrativeReport.tr(
        "Public service complaints, aspirations and requests for information"
    )
    period = texts.name_period(figures.period)
    cut_off = NarrativeReport.tr("Data as of %1").replace("%1", format_datetime(figures.cut_off))
    return f"""
    <p align="center" style="font-size:20pt; margin-top:160px"><b>{e(title)}</b></p>
    <p align="center" style="font-size:12pt">{e(subtitle)}</p>
    <p align="center" style="font-size:16pt; margin-top:40px"><b>{e(period)}</b></p>
    <p align="center" style="font-size:14pt; margin-top:120px"><b>{e(office)}</b></p>
    <p align="center" style="font-size:10pt">{e(cut_off)}</p>
    """


def _header(*columns: tuple[str, int]) -> str:
    """A table's heading row: (text, width in percent) per column."""
    return "".join(
        f"<th width='{width}%' style='padding:3px' bgcolor='#e8e8e8'>{html.escape(text)}</th>"
        for text, width in columns
    )


def _summary_table(figures: ReportFigures, texts: ReportTexts) -> str:
    """The tab's rows: K1-K16 in REPORTS.md's terms, the values below each indented."""
    head = _header(
        (NarrativeReport.tr("No."), 7),
        (NarrativeReport.tr("Indicator"), 45),
        (NarrativeReport.tr("Figure"), 22),
        (NarrativeReport.tr("%"), 10),
        (NarrativeReport.tr("Counted over"), 16),
    )
    body = "".join(_summary_line(row, texts) for row in figure_rows(figures, texts))
    return (
        "<table width='100%' cellspacing='0' border='1' style='border-collapse:collapse'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def _summary_line(row: FigureRow, texts: ReportTexts, depth: int = 0) -> str:
    e = html.escape
    scope = "" if row.scope is None else texts.scope_names[row.scope]
    code = row.indicator.value if depth == 0 else ""
    name = f"<b>{e(row.name)}</b>" if depth == 0 else e(row.name)
    line = (
        f"<tr><td style='padding:2px 3px; white-space:nowrap'>{e(code)}</td>"
        f"<td style='padding:2px 3px; padding-left:{3 + 14 * depth}px'>{name}</td>"
        f"<td style='padding:2px 3px' align='right'>{e(row.value)}</td>"
        f"<td style='padding:2px 3px' align='right'>{e(row.percent)}</td>"
        f"<td style='padding:2px 3px'>{e(scope)}</td></tr>"
    )
    return line + "".join(_summary_line(child, texts, depth + 1) for child in row.children)


def _cases_table(cases: Sequence[NotableCase], texts: ReportTexts) -> str:
    e = html.escape
    if not cases:
        none_chosen = NarrativeReport.tr("No case was chosen for this report.")
        return f"<p><i>{e(none_chosen)}</i></p>"
    confidential = NarrativeReport.tr("(confidential)")
    rows = []
    for number, case in enumerate(cases, 1):
        title = e(case.title) if not case.confidential else f"<i>{e(confidential)}</i>"
        rows.append(
            f"<tr><td style='padding:3px'>{number}</td>"
            f"<td style='padding:3px; white-space:nowrap'>{e(case.local_number)}<br>"
            f"{e(format_date(case.received_on))}"
            f"</td><td style='padding:3px'>{title}<br><small>"
            f"{e(texts.classifications[case.classification])} · {e(case.category)}</small></td>"
            f"<td style='padding:3px'>{e(status_label(case.status))}</td>"
            f"<td style='padding:3px'>{e(case.note)}</td></tr>"
        )
    head = _header(
        (NarrativeReport.tr("No."), 5),
        (NarrativeReport.tr("Number, received"), 22),
        (NarrativeReport.tr("Report"), 35),
        (NarrativeReport.tr("Status"), 15),
        (NarrativeReport.tr("Note"), 23),
    )
    return (
        "<table width='100%' cellspacing='0' border='1' style='border-collapse:collapse'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


def _signature(text: NarrativeText, signed_on: dt.date) -> str:
    e = html.escape
    signer = text.signatory
    place_date = ", ".join(p for p in (signer.place.strip(), format_date(signed_on)) if p)
    nip = NarrativeReport.tr("NIP %1").replace("%1", signer.nip) if signer.nip.strip() else ""
    dots = "." * 30
    return f"""
    <table width="100%" cellspacing="0" style="margin-top:30px"><tr><td width="50%"></td>
    <td width="50%" align="center">{e(place_date)}<br>{e(signer.position or dots)}
    <br><br><br><br><br><b><u>{e(signer.name or dots)}</u></b><br>{e(nip)}</td></tr></table>
    """


def narrative_html(
    figures: ReportFigures,
    text: NarrativeText,
    cases: Sequence[NotableCase],
    charts: Sequence[tuple[str, str]],
    signed_on: dt.date,
    texts: ReportTexts,
) -> str:
    """`charts` are (resource url, caption) of images the document holds as resources."""
    e = html.escape
    sections = [
        (
            NarrativeReport.tr("Legal basis"),
            "<ol>" + "".join(f"<li>{e(b)}</li>" for b in text.legal_basis) + "</ol>",
        ),
        (
            NarrativeReport.tr("Summary of figures"),
            _summary_table(figures, texts) + _definitions_note(),
        ),
        (
            NarrativeReport.tr("Charts"),
            "".join(
                f"<p align='center'><img src='{e(url)}' width='560'><br><small>{e(caption)}"
                "</small></p>"
                for url, caption in charts
            ),
        ),
        (NarrativeReport.tr("Notable cases"), _cases_table(cases, texts)),
        (NarrativeReport.tr("Obstacles"), _paragraphs(text.obstacles)),
        (NarrativeReport.tr("Conclusions"), _paragraphs(text.conclusions)),
        (NarrativeReport.tr("Recommendations"), _paragraphs(text.recommendations)),
    ]
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
    body = "".join(
        f"<h3>{roman[n]}. {e(heading)}</h3>{content}"
        for n, (heading, content) in enumerate(sections)
    )
    return f"""
    <html><body style="font-family:'DejaVu Sans',Arial,sans-serif; font-size:10pt">
    {_cover(figures, texts)}
    <p style="page-break-before:always"></p>
    {body}
    {_signature(text, signed_on)}
    </body></html>
    """


def _definitions_note() -> str:
    note = NarrativeReport.tr(
        "Cohort figures count the complaints received in the period as they stood at the "
        "cut-off; flow figures count what happened in the period; snapshot figures count "
        "everything open at the cut-off. Working days follow the desk's calendar, time on hold "
        "not counted. Where no official formula is published, the desk's definition is used "
        "as given in the recap workbook."
    )
    return f"<p style='font-size:8pt'>{html.escape(note)}</p>"
