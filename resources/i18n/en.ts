<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation>
            <numerusform>Key date within %n day</numerusform>
            <numerusform>Key date within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation>
            <numerusform> · %n page</numerusform>
            <numerusform> · %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation>
            <numerusform>Locking in %n second without use — move the mouse or press a key to stay unlocked.</numerusform>
            <numerusform>Locking in %n seconds without use — move the mouse or press a key to stay unlocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation>
            <numerusform>no backup in %n day: File → Backup…</numerusform>
            <numerusform>no backup in %n days: File → Backup…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation>
            <numerusform>Kept aside: %n</numerusform>
            <numerusform>Kept aside: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation>
            <numerusform>Conflicts: %n case</numerusform>
            <numerusform>Conflicts: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, not changed or removed.</numerusform>
            <numerusform>The audit log is intact: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation>
            <numerusform>The audit log has problems (%n entry checked):
{problems}</numerusform>
            <numerusform>The audit log has problems (%n entries checked):
{problems}</numerusform>
        </translation>
    </message>
</context>
</TS>
