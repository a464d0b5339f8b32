<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressInfo</name>
    <message numerus="yes">
        <source>it has %n number(s); an IPv4 address has exactly four, separated by dots</source>
        <translation>
            <numerusform>it has %n number; an IPv4 address has exactly four, separated by dots</numerusform>
            <numerusform>it has %n numbers; an IPv4 address has exactly four, separated by dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChunkModel</name>
    <message numerus="yes">
        <source>(+%Ln byte(s))</source>
        <translation>
            <numerusform>(+%Ln byte)</numerusform>
            <numerusform>(+%Ln bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stream ended %n byte(s) into a character that never finished.</source>
        <translation>
            <numerusform>The stream ended %n byte into a character that never finished.</numerusform>
            <numerusform>The stream ended %n bytes into a character that never finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its first %n byte(s) complete a character that the previous chunk began.</source>
        <translation>
            <numerusform>Its first byte completes a character that the previous chunk began.</numerusform>
            <numerusform>Its first %n bytes complete a character that the previous chunk began.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n byte(s) into a %1-byte character; the next chunk must complete it.</source>
        <translation>
            <numerusform>Ends %n byte into a %1-byte character; the next chunk must complete it.</numerusform>
            <numerusform>Ends %n bytes into a %1-byte character; the next chunk must complete it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) not shown</source>
        <translation>
            <numerusform>%Ln byte not shown</numerusform>
            <numerusform>%Ln bytes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstantsExplorer</name>
    <message numerus="yes">
        <source>All %Ln constant(s) this system&apos;s headers define. Type a prefix such as AF_ to narrow them.</source>
        <translation>
            <numerusform>The one constant this system&apos;s headers define. Type a prefix such as AF_ to narrow them.</numerusform>
            <numerusform>All %Ln constants this system&apos;s headers define. Type a prefix such as AF_ to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) start with “%1” on %2 (values from this system&apos;s headers; * marks a value that differs elsewhere).</source>
        <translation>
            <numerusform>%Ln name starts with “%1” on %2 (values from this system&apos;s headers; * marks a value that differs elsewhere).</numerusform>
            <numerusform>%Ln names start with “%1” on %2 (values from this system&apos;s headers; * marks a value that differs elsewhere).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message numerus="yes">
        <source>%1: %Ln chunk(s)</source>
        <translation>
            <numerusform>%1: %Ln chunk</numerusform>
            <numerusform>%1: %Ln chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) cut off)</source>
        <translation>
            <numerusform>(%Ln byte cut off)</numerusform>
            <numerusform>(%Ln bytes cut off)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s) received</source>
        <translation>
            <numerusform>%Ln datagram received</numerusform>
            <numerusform>%Ln datagrams received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) in the accept queue</source>
        <translation>
            <numerusform>%Ln connection in the accept queue</numerusform>
            <numerusform>%Ln connections in the accept queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetaddrinfoExplorer</name>
    <message numerus="yes">
        <source>%Ln row(s) in the order this system returned them, after %1 ms.</source>
        <translation>
            <numerusform>%Ln row, after %1 ms.</numerusform>
            <numerusform>%Ln rows in the order this system returned them, after %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message numerus="yes">
        <source>✔ Demo done: all %n check(s) hold.</source>
        <translation>
            <numerusform>✔ Demo done: its check holds.</numerusform>
            <numerusform>✔ Demo done: all %n checks hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Demo done: %n check(s) hold.</source>
        <translation>
            <numerusform>✔ Demo done: %n check holds.</numerusform>
            <numerusform>✔ Demo done: %n checks hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source> (the last of %Ln call(s) in a row)</source>
        <translation>
            <numerusform> (the last of %Ln call in a row)</numerusform>
            <numerusform> (the last of %Ln calls in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortTable</name>
    <message numerus="yes">
        <source>%1 is held only by closed connections waiting in TIME_WAIT (%n of them): the side that closed first keeps its port for 60 seconds, so that late segments of the old connection cannot reach a new one.</source>
        <translation>
            <numerusform>%1 is held only by a closed connection waiting in TIME_WAIT: the side that closed first keeps its port for 60 seconds, so that late segments of the old connection cannot reach a new one.</numerusform>
            <numerusform>%1 is held only by closed connections waiting in TIME_WAIT (%n of them): the side that closed first keeps its port for 60 seconds, so that late segments of the old connection cannot reach a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel frees it in %n second(s).</source>
        <translation>
            <numerusform>The kernel frees it in %n second.</numerusform>
            <numerusform>The kernel frees it in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>wait %n second</numerusform>
            <numerusform>wait %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketPlayground</name>
    <message numerus="yes">
        <source>%Ln socket(s) are open, the playground&apos;s limit: close some first.</source>
        <translation>
            <numerusform>%Ln socket is open, the playground&apos;s limit: close it first.</numerusform>
            <numerusform>%Ln sockets are open, the playground&apos;s limit: close some first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>… %Ln more call(s) not kept</source>
        <translation>
            <numerusform>… %Ln more call not kept</numerusform>
            <numerusform>… %Ln more calls not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut: %Ln byte(s) lost</source>
        <translation>
            <numerusform>cut: %Ln byte lost</numerusform>
            <numerusform>cut: %Ln bytes lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s)</source>
        <translation>
            <numerusform>%Ln datagram</numerusform>
            <numerusform>%Ln datagrams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message numerus="yes">
        <source>the datagram was cut: %n byte(s) lost</source>
        <translation>
            <numerusform>the datagram was cut: %n byte lost</numerusform>
            <numerusform>the datagram was cut: %n bytes lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier call(s) are not kept here</source>
        <translation>
            <numerusform>%Ln earlier call is not kept here</numerusform>
            <numerusform>%Ln earlier calls are not kept here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the last %Ln call(s) were kept; earlier ones are missing.</source>
        <translation>
            <numerusform>Only the last call was kept; earlier ones are missing.</numerusform>
            <numerusform>Only the last %Ln calls were kept; earlier ones are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source> … (%Ln more character(s); a saved file holds the whole line)</source>
        <translation>
            <numerusform> … (%Ln more character; a saved file holds the whole line)</numerusform>
            <numerusform> … (%Ln more characters; a saved file holds the whole line)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireMenus</name>
    <message numerus="yes">
        <source>%Ln segment(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln segment saved to %1.</numerusform>
            <numerusform>%Ln segments saved to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
