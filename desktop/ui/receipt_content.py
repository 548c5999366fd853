"""What the receipt ("tanda terima") says, as HTML for a QTextDocument: the complaint's facts,
its deadlines, how to follow it (the office's contact, SP4N-LAPOR!), a QR code of its number,
and who received it."""

from __future__ import annotations

import base64
import html
import io

import segno
from PySide6.QtCore import QCoreApplication

from desktop.domain.office_contact import LAPOR_SITE
from desktop.services.values import Receipt
from desktop.ui.privacy import receipt_privacy_note
from desktop.ui.texts import channel_label, format_date, format_datetime, type_label
from desktop.ui.translation_context import TranslationContext

# The receipt's plurals (see translation_context: lupdate takes the context from this name).
ReceiptTexts = TranslationContext("ReceiptTexts")


def qr_data_uri(text: str) -> str:
    """A PNG QR code of `text` as a data: URI, which QTextDocument shows as an image."""
    code = segno.make_qr(text, error="m")
    png = io.BytesIO()
    # Ten pixels a module: sharp at the printed size, still a few hundred bytes.
    code.save(png, kind="png", scale=10, border=2)
    return "data:image/png;base64," + base64.b64encode(png.getvalue()).decode("ascii")


def _rows(receipt: Receipt) -> list[tuple[str, str]]:
    """(label, HTML value) of the receipt's table."""
    e = html.escape
    rows = [
        (
            QCoreApplication.translate("Receipt", "Complaint number"),
            f"<b>{e(receipt.local_number)}</b>",
        ),
        (
            QCoreApplication.translate("Receipt", "Received"),
            e(format_datetime(receipt.received_at)),
        ),
        (QCoreApplication.translate("Receipt", "Channel"), e(channel_label(receipt.channel))),
        (QCoreApplication.translate("Receipt", "Type"), e(type_label(receipt.type))),
        (
            QCoreApplication.translate("Receipt", "Title"),
            e(
                QCoreApplication.translate("Receipt", "(confidential: not printed)")
                if receipt.is_secret
                else receipt.title
            ),
        ),
        (
            QCoreApplication.translate("Receipt", "Complainant"),
            e(
                QCoreApplication.translate("Receipt", "Anonymous")
                if receipt.is_anonymous
                else receipt.reporter_name
            ),
        ),
        (QCoreApplication.translate("Receipt", "Attachments"), e(str(receipt.attachment_count))),
        (
            QCoreApplication.translate("Receipt", "To be verified by"),
            f"<b>{e(format_date(receipt.verify_by))}</b>",
        ),
    ]
    if receipt.complete_by is not None:
        within = ReceiptTexts.tr("(%n working days)", "", receipt.complete_within_days)
        rows.append(
            (
                QCoreApplication.translate("Receipt", "To be completed by"),
                f"<b>{e(format_date(receipt.complete_by))}</b> {e(within)}",
            )
        )
    if receipt.national_tracking_id:
        rows.append(
            (
                QCoreApplication.translate("Receipt", "SP4N-LAPOR! tracking number"),
                e("#" + receipt.national_tracking_id),
            )
        )
    return rows


def _office_contact(receipt: Receipt) -> str:
    """One line: how to reach the office, with only what it has given."""
    ways = [
        (QCoreApplication.translate("Receipt", "Phone %1"), receipt.office_phone),
        (QCoreApplication.translate("Receipt", "WhatsApp %1"), receipt.office_whatsapp),
        (QCoreApplication.translate("Receipt", "E-mail %1"), receipt.office_email),
        (QCoreApplication.translate("Receipt", "Website %1"), receipt.office_website),
    ]
    given = [label.replace("%1", value) for label, value in ways if value]
    if not given:
        return QCoreApplication.translate(
            "Receipt", "Ask at this desk about its progress, quoting the complaint number."
        )
    return QCoreApplication.translate(
        "Receipt", "Ask this office about its progress, quoting the complaint number: %1."
    ).replace("%1", " · ".join(given))


def _lapor_line(receipt: Receipt) -> str:
    if receipt.national_tracking_id:
        return (
            QCoreApplication.translate(
                "Receipt", "Or follow it online at SP4N-LAPOR! (%1) with tracking number %2."
            )
            .replace("%1", LAPOR_SITE)
            .replace("%2", "#" + receipt.national_tracking_id)
        )
    return QCoreApplication.translate(
        "Receipt",
        "Or follow it online at SP4N-LAPOR! (%1): the office gives you its tracking number "
        "there once the complaint has been sent.",
    ).replace("%1", LAPOR_SITE)


def receipt_html(receipt: Receipt, scale: float = 1.0) -> str:
    """The receipt as HTML; `scale` shrinks every size (text, QR code, spacing) together so a
    receipt with long texts still fits one page."""
    e = html.escape

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    office = receipt.office_name or QCoreApplication.translate(
        "Receipt", "Complaint desk (office not yet configured)"
    )
    table = "".join(
        f"<tr><td width='35%' style='padding:2px'>{e(label)}</td>"
        f"<td style='padding:2px'>{value}</td></tr>"
        for label, value in _rows(receipt)
    )
    steps = [
        ReceiptTexts.tr(
            "A verifier checks your report within %n working days.",
            "",
            receipt.verify_within_days,
        ),
        QCoreApplication.translate(
            "Receipt",
            "After verification it is passed to the unit responsible, which must follow it up.",
        ),
        QCoreApplication.translate(
            "Receipt",
            "You are contacted with the answer. Quote the complaint number when you ask "
            "about its progress.",
        ),
    ]
    flags = []
    if receipt.is_secret:
        flags.append(
            QCoreApplication.translate(
                "Receipt", "This report is confidential: its content is not published."
            )
        )
    if receipt.is_anonymous:
        flags.append(
            QCoreApplication.translate(
                "Receipt",
                "This report is anonymous: your identity is not shown to the party "
                "you report about or to the public.",
            )
        )
    follow = [_office_contact(receipt), _lapor_line(receipt)]
    officer = QCoreApplication.translate("Receipt", "Receiving officer")
    # The officer's name under the signature space; the complainant signs their own.
    signers = [(officer, receipt.officer_name)]
    if not receipt.is_anonymous:
        signers.append(
            (QCoreApplication.translate("Receipt", "Complainant"), receipt.reporter_name)
        )
    dots = "." * 24
    signatures = "".join(
        f"<td width='50%' align='center'>{e(role)}<br><br><br><br>"
        f"({e(name) if name else dots})</td>"
        for role, name in signers
    )
    qr_size = round(80 * scale)
    # The number itself stands large beside it: the code carries nothing else.
    qr = f"<img src='{qr_data_uri(receipt.local_number)}' width='{qr_size}' height='{qr_size}'>"
    # Out of the f-string below: lupdate does not read inside f-strings.
    heading = QCoreApplication.translate("Receipt", "COMPLAINT RECEIPT")
    next_heading = QCoreApplication.translate("Receipt", "What happens next")
    follow_heading = QCoreApplication.translate("Receipt", "How to follow your complaint")
    keep = QCoreApplication.translate("Receipt", "Keep this receipt.")
    return f"""
    <html><body style="font-family:'DejaVu Sans',Arial,sans-serif; font-size:{pt(10)}">
    <p align="center" style="font-size:{pt(12)}"><b>{e(office)}</b><br>
    {e(receipt.office_address)}</p>
    <table width="100%" cellspacing="0"><tr>
    <td valign="middle"><p style="font-size:{pt(15)}"><b>{e(heading)}</b></p>
    <p style="font-size:{pt(15)}"><b>{e(receipt.local_number)}</b></p></td>
    <td align="right" valign="middle" width="{qr_size + 10}">{qr}</td>
    </tr></table>
    <table width="100%" cellspacing="0" border="1" style="border-collapse:collapse">{table}</table>
    <p style="font-size:{pt(11)}"><b>{e(next_heading)}</b></p>
    <ol style="margin-top:0">{"".join(f"<li>{e(step)}</li>" for step in steps)}</ol>
    <p style="font-size:{pt(11)}"><b>{e(follow_heading)}</b></p>
    <ul style="margin-top:0">{"".join(f"<li>{e(line)}</li>" for line in follow)}</ul>
    {"".join(f"<p>{e(flag)}</p>" for flag in flags)}
    <p style="font-size:{pt(8)}">{e(receipt_privacy_note())}</p>
    <p style="font-size:{pt(8)}">{e(keep)}</p>
    <table width="100%" cellspacing="0"><tr>{signatures}</tr></table>
    </body></html>
    """
