<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeskGate</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/access/gate.py" line="243"/>
        <source>%n complaint(s) past the retention period anonymised.</source>
        <translation>
            <numerusform>%n complaint past the retention period anonymised.</numerusform>
            <numerusform>%n complaints past the retention period anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDateUpkeep</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/due_date_upkeep.py" line="100"/>
        <source>Deadlines recalculated for %Ln complaint(s).</source>
        <translation>
            <numerusform>Deadlines recalculated for %Ln complaint.</numerusform>
            <numerusform>Deadlines recalculated for %Ln complaints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="191"/>
        <source>%n document(s) kept for %1.</source>
        <translation>
            <numerusform>%n document kept for %1.</numerusform>
            <numerusform>%n documents kept for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="307"/>
        <source>Exported %n file(s) to %1, with their list and SHA-256.</source>
        <translation>
            <numerusform>Exported %n file to %1, with its list and SHA-256.</numerusform>
            <numerusform>Exported %n files to %1, with their list and SHA-256.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPersonTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="121"/>
        <source>%n complaint(s) found.</source>
        <translation>
            <numerusform>%n complaint found.</numerusform>
            <numerusform>%n complaints found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="149"/>
        <source>%n complaint(s) exported.</source>
        <translation>
            <numerusform>%n complaint exported.</numerusform>
            <numerusform>%n complaints exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="177"/>
        <source>Erase the personal data of %n complaint(s)? The name, NIK, contact details, the text and the attachments are removed for good; only the number, dates and categories stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %n complaint? The name, NIK, contact details, the text and the attachments are removed for good; only the number, dates and categories stay for the statistics. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %n complaints? The name, NIK, contact details, the text and the attachments are removed for good; only the number, dates and categories stay for the statistics. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="193"/>
        <source>Personal data erased from %n complaint(s).</source>
        <translation>
            <numerusform>Personal data erased from %n complaint.</numerusform>
            <numerusform>Personal data erased from %n complaints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="140"/>
        <source>%1: by %2, %n working day(s) left (%3)</source>
        <translation>
            <numerusform>%1: by %2, %n working day left (%3)</numerusform>
            <numerusform>%1: by %2, %n working days left (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuedReportsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/register_dialog.py" line="135"/>
        <source>%n report(s) issued.</source>
        <translation>
            <numerusform>%n report issued.</numerusform>
            <numerusform>%n reports issued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="154"/>
        <source>%n item(s) may already have reached LAPOR! (%1): the connection broke before the answer came. Sending again what is there makes a duplicate that the national side has to close by hand.

Send again only after searching LAPOR! for each and not finding it. If you found one, enter its number instead.</source>
        <translation>
            <numerusform>%n item may already have reached LAPOR! (%1): the connection broke before the answer came. Sending again what is there makes a duplicate that the national side has to close by hand.

Send again only after searching LAPOR! for it and not finding it. If you found it, enter its number instead.</numerusform>
            <numerusform>%n items may already have reached LAPOR! (%1): the connection broke before the answer came. Sending again what is there makes a duplicate that the national side has to close by hand.

Send again only after searching LAPOR! for each and not finding it. If you found one, enter its number instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="173"/>
        <source>%n anonymous report(s) seem to hold personal data (a NIK, phone number or e-mail) in the title or description. Sent as they are, LAPOR! may learn, or show, who the complainant is.

Send anyway only if you read them and the complainant agrees; otherwise correct the complaint first.</source>
        <translation>
            <numerusform>%n anonymous report seems to hold personal data (a NIK, phone number or e-mail) in the title or description. Sent as it is, LAPOR! may learn, or show, who the complainant is.

Send it anyway only if you read it and the complainant agrees; otherwise correct the complaint first.</numerusform>
            <numerusform>%n anonymous reports seem to hold personal data (a NIK, phone number or e-mail) in the title or description. Sent as they are, LAPOR! may learn, or show, who the complainant is.

Send them anyway only if you read them and the complainants agree; otherwise correct the complaints first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="337"/>
        <source>%n item(s) held back for a missing entry go back in the queue.</source>
        <translation>
            <numerusform>%n item held back for a missing entry goes back in the queue.</numerusform>
            <numerusform>%n items held back for a missing entry go back in the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeStatusArea</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/office/status_area.py" line="63"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisionFilePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="272"/>
        <source>%n problem(s) in the file; nothing will be applied until it is corrected.</source>
        <translation>
            <numerusform>%n problem in the file; nothing will be applied until it is corrected.</numerusform>
            <numerusform>%n problems in the file; nothing will be applied until it is corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/receipt_content.py" line="70"/>
        <source>(%n working days)</source>
        <translation>
            <numerusform>(%n working day)</numerusform>
            <numerusform>(%n working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/receipt_content.py" line="139"/>
        <source>A verifier checks your report within %n working days.</source>
        <translation>
            <numerusform>A verifier checks your report within %n working day.</numerusform>
            <numerusform>A verifier checks your report within %n working days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyShownDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/access/recovery_key.py" line="100"/>
        <source>Copied. The clipboard is emptied in %n second(s), or when this window closes.</source>
        <translation>
            <numerusform>Copied. The clipboard is emptied in %n second, or when this window closes.</numerusform>
            <numerusform>Copied. The clipboard is emptied in %n seconds, or when this window closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="100"/>
        <source>Saved: personal data is kept for %n year(s).</source>
        <translation>
            <numerusform>Saved: personal data is kept for %n year.</numerusform>
            <numerusform>Saved: personal data is kept for %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="114"/>
        <source>Every complaint received more than %n year(s) ago loses its personal data for good. This cannot be undone. Save this period and apply it now?</source>
        <translation>
            <numerusform>Every complaint received more than %n year ago loses its personal data for good. This cannot be undone. Save this period and apply it now?</numerusform>
            <numerusform>Every complaint received more than %n years ago loses its personal data for good. This cannot be undone. Save this period and apply it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="136"/>
        <source>%n complaint(s) anonymised.</source>
        <translation>
            <numerusform>%n complaint anonymised.</numerusform>
            <numerusform>%n complaints anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundMessages</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/status_area.py" line="115"/>
        <source>%n item(s) sent to SP4N-LAPOR!.</source>
        <translation>
            <numerusform>%n item sent to SP4N-LAPOR!.</numerusform>
            <numerusform>%n items sent to SP4N-LAPOR!.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="56"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="57"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/panel.py" line="236"/>
        <source>Check on LAPOR!: %n item(s) wait for a person</source>
        <translation>
            <numerusform>Check on LAPOR!: %n item waits for a person</numerusform>
            <numerusform>Check on LAPOR!: %n items wait for a person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/panel.py" line="241"/>
        <source>%n item(s) the desk sends again by itself</source>
        <translation>
            <numerusform>%n item the desk sends again by itself</numerusform>
            <numerusform>%n items the desk sends again by itself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/status_area.py" line="74"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="75"/>
        <source>Too short: write at least %n characters.</source>
        <translation>
            <numerusform>Too short: write at least %n character.</numerusform>
            <numerusform>Too short: write at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="77"/>
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="123"/>
        <source>The file is larger than %n MB.</source>
        <translation>
            <numerusform>The file is larger than %n MB.</numerusform>
            <numerusform>The file is larger than %n MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="135"/>
        <source>At most %n files per complaint.</source>
        <translation>
            <numerusform>At most %n file per complaint.</numerusform>
            <numerusform>At most %n files per complaint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="202"/>
        <source>…and %Ln more, not listed here: find them in the Complaints tab.</source>
        <translation>
            <numerusform>…and %Ln more, not listed here: find them in the Complaints tab.</numerusform>
            <numerusform>…and %Ln more, not listed here: find them in the Complaints tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_model.py" line="148"/>
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
</context>
</TS>
