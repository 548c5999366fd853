"""'What we hold': the desk's record of processing and its breach procedure, read-only.

Written for the admin who answers a complainant's or an auditor's questions (UU 27/2022).
Each sentence is translated on its own; the HTML around them is not translatable text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget


class HeldPage(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenExternalLinks(False)
        self.setHtml(self._html())

    def _html(self) -> str:
        parts: list[str] = []

        def heading(text: str) -> None:
            parts.append(f"<h3>{escape(text)}</h3>")

        def paragraph(text: str) -> None:
            parts.append(f"<p>{escape(text)}</p>")

        def items(texts: list[str], numbered: bool = False) -> None:
            tag = "ol" if numbered else "ul"
            parts.append(f"<{tag}>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + f"</{tag}>")

        heading(self.tr("What personal data this desk holds"))
        items(
            [
                self.tr("About complainants: name, NIK, phone number, e-mail and address."),
                self.tr(
                    "In the complaint: its title and description, the place of the incident, "
                    "and attached files (photos may show people, documents may carry more "
                    "personal data)."
                ),
                self.tr("About staff: accounts (username, full name, role) and the audit trail."),
            ]
        )
        heading(self.tr("Why: the lawful basis"))
        paragraph(
            self.tr(
                "Handling complaints is a public service and an exercise of the authority of "
                "this office (Law 25/2009 on Public Services; Law 27/2022 on Personal Data "
                "Protection). The data is used only to verify the report, pass it to the unit "
                "responsible and send the answer. The complainant hears this purpose from the "
                "privacy notice read at intake."
            )
        )
        heading(self.tr("Where it is kept"))
        items(
            [
                self.tr("In the desk's database, encrypted (SQLCipher) with a random key."),
                self.tr("Attached files in the desk's data folder, encrypted."),
                self.tr("Backups, encrypted with the same key; keep copies in a locked place."),
                self.tr(
                    "Complaints sent to SP4N-LAPOR! are also held by the national system "
                    "under its own rules."
                ),
            ]
        )
        heading(self.tr("Who can see it"))
        items(
            [
                self.tr(
                    "Front-desk officers (petugas): record and view complaints; NIK and phone "
                    "are masked."
                ),
                self.tr(
                    "Verifiers (verifikator): also the follow-up, confidential reports, and "
                    "revealing an identity, which is recorded in the audit trail."
                ),
                self.tr(
                    "Administrators: accounts, settings, backups, the audit trail and the "
                    "requests of data subjects on this page."
                ),
            ]
        )
        heading(self.tr("How long"))
        paragraph(
            self.tr(
                "Until the retention period set on the Retention tab runs out (follow the "
                "regional archive schedule). Then the personal data, the text and the "
                "attachments are removed; the number, dates and categories stay for the "
                "statistics. The audit trail never contains personal data."
            )
        )
        heading(self.tr("The rights of data subjects"))
        items(
            [
                self.tr("To be told what data is held and why (this page, the privacy notice)."),
                self.tr("To get a copy: Find a person, then Export…"),
                self.tr("To have wrong data corrected: Find a person, then Correct…"),
                self.tr(
                    "To have data erased when it is no longer needed: Find a person, then "
                    "Erase personal data…"
                ),
                self.tr(
                    "Check the identity of the person asking (their KTP) before you act, and "
                    "keep their written request."
                ),
            ]
        )
        heading(self.tr("If personal data leaks: the steps"))
        items(
            [
                self.tr(
                    "Contain the breach at once: disconnect the affected computer, recover "
                    "or lock lost devices and backups, and stop the cause."
                ),
                self.tr(
                    "Change the passwords of every account at the desk; if the recovery key "
                    "or a backup may be exposed, ask IT staff to make a new recovery key."
                ),
                self.tr(
                    "Within 3 x 24 hours of finding out, notify in writing the people "
                    "affected and the authority for personal data protection."
                ),
                self.tr(
                    "The notice says: what personal data was exposed; when and how it "
                    "happened; what has been done to contain it and recover; and what the "
                    "people affected can do, with a contact at this office."
                ),
                self.tr(
                    "Keep a record: what happened, when it was found, who was notified and "
                    "when, and what was changed afterwards. Export the audit trail for it."
                ),
            ],
            numbered=True,
        )
        return "".join(parts)
