<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentState</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message numerus="yes">
        <source>%n agents</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting, longest %1</source>
        <translation>
            <numerusform>%n customer waiting, longest %1</numerusform>
            <numerusform>%n customers waiting, longest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n not answered yet</numerusform>
            <numerusform>%n not answered yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedDrafts</name>
    <message numerus="yes">
        <source>%n note(s) are not saved.</source>
        <translation>
            <numerusform>%n note is not saved.</numerusform>
            <numerusform>%n notes are not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>Line {line}: no phone number could be understood (%n given); the row is skipped.</source>
        <translation>
            <numerusform>Line {line}: the phone number given could not be understood (%n given); the row is skipped.</numerusform>
            <numerusform>Line {line}: no phone number could be understood (%n given); the row is skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved note(s) after a restart.</source>
        <translation>
            <numerusform>Restored %n unsaved note after a restart.</numerusform>
            <numerusform>Restored %n unsaved notes after a restart.</numerusform>
        </translation>
    </message>
</context>
</TS>
