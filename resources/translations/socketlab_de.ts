<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddressExplorer</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address to explore</source>
        <translation>Zu untersuchende Adresse</translation>
    </message>
    <message>
        <source>192.168.1.100, 2001:db8::1, [::1]:443 or fe80::1%eth0</source>
        <translation>192.168.1.100, 2001:db8::1, [::1]:443 oder fe80::1%eth0</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>What this address is</source>
        <translation>Was diese Adresse ist</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Canonical form</source>
        <translation>Kanonische Form</translation>
    </message>
    <message>
        <source>Expanded form</source>
        <translation>Ausgeschriebene Form</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoint notation</source>
        <translation>Endpunkt-Schreibweise</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Familie:</translation>
    </message>
    <message>
        <source>Canonical:</source>
        <translation>Kanonisch:</translation>
    </message>
    <message>
        <source>Expanded:</source>
        <translation>Ausgeschrieben:</translation>
    </message>
    <message>
        <source>Bits:</source>
        <translation>Bits:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>With a port:</source>
        <translation>Mit Port:</translation>
    </message>
    <message>
        <source>How many addresses exist</source>
        <translation>Wie viele Adressen es gibt</translation>
    </message>
    <message>
        <source>IPv4 address space</source>
        <translation>IPv4-Adressraum</translation>
    </message>
    <message>
        <source>2^32 = %1 (about %2), 32-bit addresses</source>
        <translation>2^32 = %1 (etwa %2), 32-Bit-Adressen</translation>
    </message>
    <message>
        <source>IPv6 address space</source>
        <translation>IPv6-Adressraum</translation>
    </message>
    <message>
        <source>2^128 = %1 (about %2), 128-bit addresses</source>
        <translation>2^128 = %1 (etwa %2), 128-Bit-Adressen</translation>
    </message>
    <message>
        <source>IPv4:</source>
        <translation>IPv4:</translation>
    </message>
    <message>
        <source>IPv6:</source>
        <translation>IPv6:</translation>
    </message>
    <message>
        <source>This machine&apos;s interfaces</source>
        <translation>Schnittstellen dieses Rechners</translation>
    </message>
    <message>
        <source>This machine&apos;s interfaces and addresses</source>
        <translation>Schnittstellen und Adressen dieses Rechners</translation>
    </message>
    <message>
        <source>Interface / address</source>
        <translation>Schnittstelle / Adresse</translation>
    </message>
    <message>
        <source>MTU / prefix</source>
        <translation>MTU / Präfix</translation>
    </message>
    <message>
        <source>Press Enter or double-click on an address to explore it.</source>
        <translation>Enter drücken oder doppelt auf eine Adresse klicken, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>&amp;Refresh interfaces</source>
        <translation>Schnittstellen &amp;neu lesen</translation>
    </message>
    <message>
        <source>Not a valid address: %1. %2</source>
        <translation>Keine gültige Adresse: %1. %2</translation>
    </message>
    <message>
        <source>Valid IPv4 address.</source>
        <translation>Gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Valid IPv6 address.</source>
        <translation>Gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Port %1.</source>
        <translation>Port %1.</translation>
    </message>
    <message>
        <source>Scope (zone) %1.</source>
        <translation>Bereich (Zone) %1.</translation>
    </message>
    <message>
        <source>IPv4 (AF_INET, %1), 32 bits</source>
        <translation>IPv4 (AF_INET, %1), 32 Bit</translation>
    </message>
    <message>
        <source>IPv6 (AF_INET6, %1 here), 128 bits</source>
        <translation>IPv6 (AF_INET6, hier %1), 128 Bit</translation>
    </message>
    <message>
        <source>Inside: %1, %2.</source>
        <translation>Darin: %1, %2.</translation>
    </message>
    <message>
        <source>Add %interface (for example %lo or %eth0) before connecting: without it the kernel cannot tell which link is meant.</source>
        <translation>Vor dem Verbinden %Schnittstelle anhängen (zum Beispiel %lo oder %eth0): ohne sie weiß der Kernel nicht, welche Verbindung gemeint ist.</translation>
    </message>
    <message>
        <source>(example port; type one after the address)</source>
        <translation>(Beispiel-Port; einen nach der Adresse eingeben)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>No interfaces could be read on this system.</source>
        <translation>Auf diesem System ließen sich keine Schnittstellen lesen.</translation>
    </message>
</context>
<context>
    <name>BytesView</name>
    <message>
        <source>Received chunks</source>
        <translation>Empfangene Stücke</translation>
    </message>
    <message>
        <source>One row per recv() call: call number, bytes asked, bytes returned, text and hex</source>
        <translation>Eine Zeile pro recv()-Aufruf: Aufrufnummer, verlangte Bytes, gelieferte Bytes, Text und Hex</translation>
    </message>
    <message>
        <source>Receive totals</source>
        <translation>Empfangen insgesamt</translation>
    </message>
    <message>
        <source>The bytes received so far, joined into one message</source>
        <translation>Die bisher empfangenen Bytes, zu einer Nachricht zusammengefügt</translation>
    </message>
    <message>
        <source>Reassembled message</source>
        <translation>Zusammengesetzte Nachricht</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>%L1 EOF</source>
        <translation>%L1 EOF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recv call(s)</source>
        <translation>
            <numerusform>%Ln recv-Aufruf</numerusform>
            <numerusform>%Ln recv-Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) split between chunks</source>
        <translation>
            <numerusform>%Ln Zeichen auf zwei Stücke verteilt</numerusform>
            <numerusform>%Ln Zeichen auf zwei Stücke verteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) not valid UTF-8</source>
        <translation>
            <numerusform>%Ln Byte kein gültiges UTF-8</numerusform>
            <numerusform>%Ln Bytes kein gültiges UTF-8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the last %Ln row(s)</source>
        <translation>
            <numerusform>die letzte Zeile wird gezeigt</numerusform>
            <numerusform>die letzten %Ln Zeilen werden gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChunkModel</name>
    <message>
        <source>recv() returned 0: the peer shut down its sending side (TCP FIN). No more bytes will arrive on this connection.</source>
        <translation>recv() lieferte 0: Die Gegenseite hat ihre Senderichtung geschlossen (TCP FIN). Auf dieser Verbindung kommen keine Bytes mehr an.</translation>
    </message>
    <message>
        <source>recv() returned -1: %1</source>
        <translation>recv() lieferte -1: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>verlangt</translation>
    </message>
    <message>
        <source>got</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Which recv() call this was, counting from 1</source>
        <translation>Der wievielte recv()-Aufruf das war, ab 1 gezählt</translation>
    </message>
    <message>
        <source>The buffer length passed to recv(): the most it may return</source>
        <translation>Die an recv() übergebene Pufferlänge: höchstens so viel darf es liefern</translation>
    </message>
    <message>
        <source>What recv() returned: a byte count, 0 for end of stream, -1 for an error</source>
        <translation>Was recv() lieferte: eine Byte-Anzahl, 0 für das Ende des Datenstroms, -1 für einen Fehler</translation>
    </message>
    <message>
        <source>The bytes as UTF-8 text; control bytes and invalid UTF-8 appear as \x escapes</source>
        <translation>Die Bytes als UTF-8-Text; Steuerbytes und ungültiges UTF-8 erscheinen als \x-Escapes</translation>
    </message>
    <message>
        <source>Every byte in hexadecimal</source>
        <translation>Jedes Byte hexadezimal</translation>
    </message>
    <message>
        <source>peer closed the connection (orderly shutdown)</source>
        <translation>Gegenseite hat die Verbindung geschlossen (geordnetes Beenden)</translation>
    </message>
    <message numerus="yes">
        <source>The stream ended %n byte(s) into a character that never finished.</source>
        <translation>
            <numerusform>Der Datenstrom endete %n Byte nach dem Beginn eines Zeichens, das nie vollständig wurde.</numerusform>
            <numerusform>Der Datenstrom endete %n Bytes nach dem Beginn eines Zeichens, das nie vollständig wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>error %1 (%2)</source>
        <translation>Fehler %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Its first %n byte(s) complete a character that the previous chunk began.</source>
        <translation>
            <numerusform>Sein erstes Byte vervollständigt ein Zeichen, das das vorige Stück begonnen hat.</numerusform>
            <numerusform>Seine ersten %n Bytes vervollständigen ein Zeichen, das das vorige Stück begonnen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous chunk ended inside a character, but this chunk does not continue it: those bytes are not valid UTF-8.</source>
        <translation>Das vorige Stück endete mitten in einem Zeichen, aber dieses Stück setzt es nicht fort: Diese Bytes sind kein gültiges UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>Ends %n byte(s) into a %1-byte character; the next chunk must complete it.</source>
        <translation>
            <numerusform>Endet nach %n Byte eines %1-Byte-Zeichens; das nächste Stück muss es vervollständigen.</numerusform>
            <numerusform>Endet nach %n Bytes eines %1-Byte-Zeichens; das nächste Stück muss es vervollständigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln byte(s))</source>
        <translation>
            <numerusform>(+%Ln Byte)</numerusform>
            <numerusform>(+%Ln Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) not shown</source>
        <translation>
            <numerusform>%Ln Byte nicht gezeigt</numerusform>
            <numerusform>%Ln Bytes nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes not shown</source>
        <translation>%1 Bytes nicht gezeigt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Panels to show: server, client or both.</source>
        <translation>Anzuzeigende Bereiche: server, client oder both.</translation>
    </message>
    <message>
        <source>Address both panels start with.</source>
        <translation>Adresse, mit der beide Bereiche beginnen.</translation>
    </message>
    <message>
        <source>Port both panels start with (0-65535).</source>
        <translation>Port, mit dem beide Bereiche beginnen (0-65535).</translation>
    </message>
    <message>
        <source>Write every call event to FILE, one JSON object a line.</source>
        <translation>Jedes Aufruf-Ereignis in FILE schreiben, ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Use the lesson in folder DIR (index.json and Markdown files).</source>
        <translation>Die Lektion im Ordner DIR verwenden (index.json und Markdown-Dateien).</translation>
    </message>
    <message>
        <source>Start at the stage with this id.</source>
        <translation>Beim Schritt mit dieser id beginnen.</translation>
    </message>
    <message>
        <source>Play the lesson: every stage&apos;s demo, one stage after the other.</source>
        <translation>Die Lektion abspielen: die Demo jedes Schritts, einen Schritt nach dem anderen.</translation>
    </message>
    <message>
        <source>Seconds to stay on each stage in --autoplay (default 4).</source>
        <translation>Sekunden pro Schritt bei --autoplay (Standard 4).</translation>
    </message>
    <message>
        <source>With --autoplay: quit at the end; exit status 0 only if every stage did what it expects.</source>
        <translation>Mit --autoplay: am Ende beenden; Exit-Status 0 nur, wenn jeder Schritt tat, was er erwartet.</translation>
    </message>
    <message>
        <source>Start in presentation mode (F5).</source>
        <translation>Im Präsentationsmodus starten (F5).</translation>
    </message>
    <message>
        <source>User interface language for this run: en or de (default: the one chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Lauf: en oder de (Standard: die unter Ansicht &gt; Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Teaches TCP/IP and BSD sockets by making the real calls.</source>
        <translation>Lehrt TCP/IP und BSD-Sockets mit echten Aufrufen.</translation>
    </message>
    <message>
        <source>--lang must be en (English) or de (Deutsch), not &quot;%1&quot;.</source>
        <translation>--lang muss en (English) oder de (Deutsch) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--role must be server, client or both, not &quot;%1&quot;.</source>
        <translation>--role muss server, client oder both sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--host is empty: give an address such as 127.0.0.1 or ::1, or a name such as localhost.</source>
        <translation>--host ist leer: eine Adresse wie 127.0.0.1 oder ::1 oder einen Namen wie localhost angeben.</translation>
    </message>
    <message>
        <source>--host &quot;%1&quot; contains a space or a control character; names and addresses have none.</source>
        <translation>--host „%1“ enthält ein Leer- oder Steuerzeichen; Namen und Adressen haben keine.</translation>
    </message>
    <message>
        <source>--role server binds to --host, which must then be an address such as 127.0.0.1, 0.0.0.0 or ::1, not &quot;%1&quot;.</source>
        <translation>--role server bindet an --host, das dann eine Adresse wie 127.0.0.1, 0.0.0.0 oder ::1 sein muss, nicht „%1“.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pace must be a number of seconds from 0 to 3600, not &quot;%1&quot;.</source>
        <translation>--pace muss eine Anzahl Sekunden von 0 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--quit-when-done needs --autoplay.</source>
        <translation>--quit-when-done braucht --autoplay.</translation>
    </message>
    <message>
        <source>SocketLab takes options only, not &quot;%1&quot;. See --help for the list.</source>
        <translation>SocketLab nimmt nur Optionen, nicht „%1“. Die Liste zeigt --help.</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>(gone)</source>
        <translation>(weg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source> (reset)</source>
        <translation> (zurückgesetzt)</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>raddr</source>
        <translation>raddr</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>recv()</source>
        <translation>recv()</translation>
    </message>
    <message>
        <source>sendall()</source>
        <translation>sendall()</translation>
    </message>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>shutdown()</source>
        <translation>shutdown()</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>bufsize </source>
        <translation>bufsize </translation>
    </message>
    <message>
        <source>Buffer length for recv, in bytes</source>
        <translation>Pufferlänge für recv, in Bytes</translation>
    </message>
    <message>
        <source>The most bytes one recv() may return (1 to 65536).</source>
        <translation>Höchstens so viele Bytes darf ein recv() liefern (1 bis 65536).</translation>
    </message>
    <message>
        <source>Which direction shutdown closes</source>
        <translation>Welche Richtung shutdown schließt</translation>
    </message>
    <message>
        <source>One recv(2): returns what is there now, at most bufsize bytes; waits if nothing is.</source>
        <translation>Ein recv(2): liefert, was jetzt da ist, höchstens bufsize Bytes; wartet, wenn nichts da ist.</translation>
    </message>
    <message>
        <source>Calls send(2) until every byte of the message is gone.</source>
        <translation>Ruft send(2) auf, bis jedes Byte der Nachricht weg ist.</translation>
    </message>
    <message>
        <source>One send(2): the kernel may take fewer bytes than offered; the count is shown.</source>
        <translation>Ein send(2): Der Kernel nimmt vielleicht weniger Bytes als angeboten; die Anzahl wird gezeigt.</translation>
    </message>
    <message>
        <source>shutdown(2): SHUT_WR tells the peer &quot;no more data from me&quot; (it reads EOF).</source>
        <translation>shutdown(2): SHUT_WR sagt der Gegenseite „keine Daten mehr von mir“ (sie liest EOF).</translation>
    </message>
    <message>
        <source>close(2): gives the file descriptor back.</source>
        <translation>close(2): gibt den Dateideskriptor zurück.</translation>
    </message>
    <message>
        <source>What the peer did</source>
        <translation>Was die Gegenseite getan hat</translation>
    </message>
    <message>
        <source>Every recv call and the bytes it returned</source>
        <translation>Jeder recv-Aufruf und die Bytes, die er lieferte</translation>
    </message>
    <message>
        <source>Fix the escape, or switch escapes off to send the text as typed.</source>
        <translation>Escape-Sequenz korrigieren oder Escapes ausschalten, um den Text wie getippt zu senden.</translation>
    </message>
    <message>
        <source>bad escape in the message</source>
        <translation>fehlerhafte Escape-Sequenz in der Nachricht</translation>
    </message>
    <message>
        <source>fix the escape</source>
        <translation>Escape-Sequenz korrigieren</translation>
    </message>
    <message>
        <source>sendall() failed: %1</source>
        <translation>sendall() fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>send() failed: %1</source>
        <translation>send() fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>■ Peer closed the connection (orderly shutdown): recv() returned 0 bytes. Nothing more will arrive; you may still send, then close().</source>
        <translation>■ Die Gegenseite hat die Verbindung geschlossen (geordnetes Beenden): recv() lieferte 0 Bytes. Es kommt nichts mehr an; senden geht noch, danach close().</translation>
    </message>
    <message>
        <source>⚡ Connection reset by the peer (RST): not an orderly close. Data that was still unread on either side may be lost.</source>
        <translation>⚡ Verbindung von der Gegenseite zurückgesetzt (RST): kein geordnetes Schließen. Noch ungelesene Daten auf beiden Seiten können verloren sein.</translation>
    </message>
    <message numerus="yes">
        <source>sendall(): all %Ln byte(s) are now with the kernel.</source>
        <translation>
            <numerusform>sendall(): Das eine Byte ist jetzt beim Kernel.</numerusform>
            <numerusform>sendall(): Alle %Ln Bytes sind jetzt beim Kernel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sendall(): sending %Ln byte(s)…</source>
        <translation>
            <numerusform>sendall(): sendet %Ln Byte…</numerusform>
            <numerusform>sendall(): sendet %Ln Bytes…</numerusform>
        </translation>
    </message>
    <message>
        <source>send(): the kernel took %L1 of %L2 bytes; the other %L3 were not sent. sendall() would keep calling send() until all are gone.</source>
        <translation>send(): Der Kernel nahm %L1 von %L2 Bytes; die übrigen %L3 wurden nicht gesendet. sendall() würde send() so lange aufrufen, bis alle weg sind.</translation>
    </message>
    <message>
        <source>send(): the kernel took %L1 of %L2 bytes (one call).</source>
        <translation>send(): Der Kernel nahm %L1 von %L2 Bytes (ein Aufruf).</translation>
    </message>
    <message numerus="yes">
        <source>sendall() failed after %Ln byte(s): %1</source>
        <translation>
            <numerusform>sendall() nach %Ln Byte fehlgeschlagen: %1</numerusform>
            <numerusform>sendall() nach %Ln Bytes fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstantsExplorer</name>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>Constant name prefix</source>
        <translation>Anfang des Konstantennamens</translation>
    </message>
    <message>
        <source>AF_, SOCK_, IPPROTO_ or any start of a name</source>
        <translation>AF_, SOCK_, IPPROTO_ oder ein beliebiger Namensanfang</translation>
    </message>
    <message>
        <source>Show %1 constants</source>
        <translation>%1-Konstanten zeigen</translation>
    </message>
    <message>
        <source>Constants and their values on this system</source>
        <translation>Konstanten und ihre Werte auf diesem System</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>As the lesson&apos;s get_constants() prints it:</source>
        <translation>So, wie get_constants() aus der Lektion es ausgibt:</translation>
    </message>
    <message>
        <source>get_constants result in Python</source>
        <translation>Ergebnis von get_constants in Python</translation>
    </message>
    <message>
        <source>Note on the selected constant</source>
        <translation>Hinweis zur gewählten Konstante</translation>
    </message>
    <message>
        <source>No constant on %1 starts with “%2”. Try AF_, SOCK_, IPPROTO_, SO_, MSG_, AI_ or EAI_.</source>
        <translation>Keine Konstante auf %1 beginnt mit „%2“. AF_, SOCK_, IPPROTO_, SO_, MSG_, AI_ oder EAI_ versuchen.</translation>
    </message>
    <message>
        <source>Select a name to see whether its value is the same on other systems.</source>
        <translation>Einen Namen wählen, um zu sehen, ob sein Wert auf anderen Systemen gleich ist.</translation>
    </message>
    <message>
        <source>%1 = %2 on %3.</source>
        <translation>%1 = %2 auf %3.</translation>
    </message>
    <message>
        <source>Same value: %1; get_constants keeps %2.</source>
        <translation>Gleicher Wert: %1; get_constants behält %2.</translation>
    </message>
    <message>
        <source>No difference between systems is recorded for it.</source>
        <translation>Für sie ist kein Unterschied zwischen Systemen verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln constant(s) this system&apos;s headers define. Type a prefix such as AF_ to narrow them.</source>
        <translation>
            <numerusform>Die eine Konstante, die die Header dieses Systems definieren. Ein Präfix wie AF_ eingeben, um einzugrenzen.</numerusform>
            <numerusform>Alle %Ln Konstanten, die die Header dieses Systems definieren. Ein Präfix wie AF_ eingeben, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) start with “%1” on %2 (values from this system&apos;s headers; * marks a value that differs elsewhere).</source>
        <translation>
            <numerusform>%Ln Name beginnt auf %2 mit „%1“ (Werte aus den Headern dieses Systems; * markiert einen Wert, der anderswo abweicht).</numerusform>
            <numerusform>%Ln Namen beginnen auf %2 mit „%1“ (Werte aus den Headern dieses Systems; * markiert einen Wert, der anderswo abweicht).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>✖ Error in %1(): %2 — %3</source>
        <translation>✖ Fehler in %1(): %2 — %3</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Python would raise: %1</source>
        <translation>Python würde auslösen: %1</translation>
    </message>
    <message>
        <source>✖ Check the input: %1</source>
        <translation>✖ Eingabe prüfen: %1</translation>
    </message>
</context>
<context>
    <name>ExplorerDock</name>
    <message>
        <source>Explorers</source>
        <translation>Explorer</translation>
    </message>
</context>
<context>
    <name>ExplorersWidget</name>
    <message>
        <source>Explorers</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>getaddrinfo</source>
        <translation>getaddrinfo</translation>
    </message>
    <message>
        <source>Socket playground</source>
        <translation>Socket-Spielwiese</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 addresses: forms, bits, kinds; this machine&apos;s interfaces</source>
        <translation>IPv4- und IPv6-Adressen: Formen, Bits, Arten; die Schnittstellen dieses Rechners</translation>
    </message>
    <message>
        <source>Port ranges, services, this kernel&apos;s ephemeral range, listeners</source>
        <translation>Portbereiche, Dienste, der ephemere Bereich dieses Kernels, lauschende Sockets</translation>
    </message>
    <message>
        <source>AF_, SOCK_, IPPROTO_ and other constants of this system</source>
        <translation>AF_, SOCK_, IPPROTO_ und weitere Konstanten dieses Systems</translation>
    </message>
    <message>
        <source>Host and service to the list of 5-tuples</source>
        <translation>Host und Dienst zur Liste der 5-Tupel</translation>
    </message>
    <message>
        <source>socket() with any family, type and protocol</source>
        <translation>socket() mit beliebiger Familie, beliebigem Typ und Protokoll</translation>
    </message>
</context>
<context>
    <name>GetaddrinfoExplorer</name>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>localhost, 127.0.0.1, ::1, a name (empty = None)</source>
        <translation>localhost, 127.0.0.1, ::1, ein Name (leer = None)</translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation>&amp;Port oder Dienst:</translation>
    </message>
    <message>
        <source>Port number or service name</source>
        <translation>Portnummer oder Dienstname</translation>
    </message>
    <message>
        <source>5000 or http (empty = None)</source>
        <translation>5000 oder http (leer = None)</translation>
    </message>
    <message>
        <source>Family hint</source>
        <translation>Hinweis zur Familie</translation>
    </message>
    <message>
        <source>Socket type hint</source>
        <translation>Hinweis zum Socket-Typ</translation>
    </message>
    <message>
        <source>0 (any type)</source>
        <translation>0 (jeder Typ)</translation>
    </message>
    <message>
        <source>Protocol hint</source>
        <translation>Hinweis zum Protokoll</translation>
    </message>
    <message>
        <source>0 (any protocol)</source>
        <translation>0 (jedes Protokoll)</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>P&amp;roto:</source>
        <translation>P&amp;roto:</translation>
    </message>
    <message>
        <source>Ask for the host&apos;s official name; it comes back in the first row&apos;s canonname.</source>
        <translation>Nach dem offiziellen Namen des Hosts fragen; er kommt in canonname der ersten Zeile zurück.</translation>
    </message>
    <message>
        <source>For a server: with no host, return the wildcard address (0.0.0.0 or ::) to bind to.</source>
        <translation>Für einen Server: ohne Host die Platzhalteradresse (0.0.0.0 oder ::) zum Binden liefern.</translation>
    </message>
    <message>
        <source>Accept only a numeric address: no DNS query is ever made.</source>
        <translation>Nur eine numerische Adresse annehmen: Es wird nie eine DNS-Anfrage gestellt.</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>The call in Python</source>
        <translation>Der Aufruf in Python</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>&amp;Call getaddrinfo</source>
        <translation>getaddrinfo &amp;aufrufen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Lookup in progress</source>
        <translation>Abfrage läuft</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Stand der Abfrage</translation>
    </message>
    <message>
        <source>getaddrinfo results</source>
        <translation>Ergebnisse von getaddrinfo</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>proto</source>
        <translation>proto</translation>
    </message>
    <message>
        <source>canonname</source>
        <translation>canonname</translation>
    </message>
    <message>
        <source>sockaddr</source>
        <translation>sockaddr</translation>
    </message>
    <message>
        <source>getaddrinfo results as Python</source>
        <translation>Ergebnisse von getaddrinfo als Python</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>P&amp;ython</source>
        <translation>P&amp;ython</translation>
    </message>
    <message>
        <source>&amp;Use for socket/connect</source>
        <translation>Für socket/connect &amp;verwenden</translation>
    </message>
    <message>
        <source>What the chosen row becomes</source>
        <translation>Was aus der gewählten Zeile wird</translation>
    </message>
    <message>
        <source>The host contains a space: remove it.</source>
        <translation>Der Host enthält ein Leerzeichen: bitte entfernen.</translation>
    </message>
    <message>
        <source>The port or service contains a space: remove it.</source>
        <translation>Port oder Dienst enthält ein Leerzeichen: bitte entfernen.</translation>
    </message>
    <message>
        <source>Port %1 is over 65535, the largest port: type 0-65535 or a service name.</source>
        <translation>Port %1 liegt über 65535, dem größten Port: 0-65535 oder einen Dienstnamen eingeben.</translation>
    </message>
    <message>
        <source>With neither host nor service getaddrinfo has nothing to look up: expect EAI_NONAME.</source>
        <translation>Ohne Host und ohne Dienst hat getaddrinfo nichts nachzuschlagen: EAI_NONAME ist zu erwarten.</translation>
    </message>
    <message>
        <source>AI_NUMERICHOST forbids DNS, and “%1” is not a numeric address: expect EAI_NONAME.</source>
        <translation>AI_NUMERICHOST verbietet DNS, und „%1“ ist keine numerische Adresse: EAI_NONAME ist zu erwarten.</translation>
    </message>
    <message>
        <source>AI_PASSIVE only matters when the host is empty (None).</source>
        <translation>AI_PASSIVE zählt nur, wenn der Host leer ist (None).</translation>
    </message>
    <message>
        <source>Waiting for getaddrinfo… %1 s (it runs on another thread; the window stays responsive; Esc cancels)</source>
        <translation>Warte auf getaddrinfo… %1 s (es läuft in einem anderen Thread; das Fenster reagiert weiter; Esc bricht ab)</translation>
    </message>
    <message>
        <source>Cancelled after %1 s. getaddrinfo cannot be interrupted: it finishes in the background and its answer is thrown away.</source>
        <translation>Nach %1 s abgebrochen. getaddrinfo lässt sich nicht unterbrechen: Es läuft im Hintergrund zu Ende und seine Antwort wird verworfen.</translation>
    </message>
    <message>
        <source>%1: %2. %3 %4</source>
        <translation>%1: %2. %3 %4</translation>
    </message>
    <message>
        <source>Pick a row to hand it to the client: socket(*info[:3]), then connect(info[-1]).</source>
        <translation>Eine Zeile wählen, um sie dem Client zu geben: socket(*info[:3]), dann connect(info[-1]).</translation>
    </message>
    <message>
        <source>Press Enter or “Call getaddrinfo” to ask this system.</source>
        <translation>Enter oder „getaddrinfo aufrufen“ drücken, um dieses System zu fragen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the order this system returned them, after %1 ms.</source>
        <translation>
            <numerusform>%Ln Zeile, nach %1 ms.</numerusform>
            <numerusform>%Ln Zeilen in der Reihenfolge, in der dieses System sie lieferte, nach %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>%1 playground sockets are already open</source>
        <translation>%1 Sockets der Spielwiese sind schon offen</translation>
    </message>
    <message>
        <source>Close some before creating more.</source>
        <translation>Erst einige schließen, dann weitere erzeugen.</translation>
    </message>
    <message>
        <source>that socket is not one of the playground&apos;s</source>
        <translation>dieser Socket gehört nicht zur Spielwiese</translation>
    </message>
    <message>
        <source>Pick one from the list.</source>
        <translation>Einen aus der Liste wählen.</translation>
    </message>
    <message>
        <source>another action is still settling</source>
        <translation>eine andere Aktion ist noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unknown target %1</source>
        <translation>unbekanntes Ziel %1</translation>
    </message>
    <message>
        <source>no connected socket to receive on</source>
        <translation>kein verbundener Socket zum Empfangen</translation>
    </message>
    <message>
        <source>cannot build an address from %1</source>
        <translation>aus %1 lässt sich keine Adresse bilden</translation>
    </message>
    <message>
        <source>the server has no connection for %1</source>
        <translation>der Server hat keine Verbindung für %1</translation>
    </message>
    <message>
        <source>the Lab does not know %1</source>
        <translation>das Lab kennt %1 nicht</translation>
    </message>
    <message>
        <source>no SOCK_STREAM row from getaddrinfo for *info[:3]</source>
        <translation>keine SOCK_STREAM-Zeile von getaddrinfo für *info[:3]</translation>
    </message>
    <message>
        <source>the crowd needs a server</source>
        <translation>die Menge braucht einen Server</translation>
    </message>
    <message>
        <source>%1, recv(%2)</source>
        <translation>%1, recv(%2)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart SocketLab in the chosen language</source>
        <translation>SocketLab in der gewählten Sprache neu starten</translation>
    </message>
    <message>
        <source>The language changes to %1 when SocketLab starts again.</source>
        <translation>Die Sprache wechselt zu %1, wenn SocketLab neu startet.</translation>
    </message>
</context>
<context>
    <name>LayerDiagram</name>
    <message>
        <source>TCP/IP layer diagram</source>
        <translation>TCP/IP-Schichtendiagramm</translation>
    </message>
    <message>
        <source>Your program lives here. It gives bytes to the kernel with send() and collects them with recv(); what those bytes mean is agreed between the two programs, for example HTTP or a chat message.</source>
        <translation>Hier lebt dein Programm. Es übergibt dem Kernel Bytes mit send() und holt sie mit recv() ab; was diese Bytes bedeuten, vereinbaren die beiden Programme, zum Beispiel HTTP oder eine Chatnachricht.</translation>
    </message>
    <message>
        <source>TCP or UDP, picked by the socket&apos;s type. Its header carries the source and destination ports, which name the socket on each host. TCP also numbers every byte, resends losses and keeps the order; UDP sends each datagram once, as it is.</source>
        <translation>TCP oder UDP, gewählt durch den Typ des Sockets. Sein Header trägt Quell- und Zielport, die den Socket auf jedem Host benennen. TCP nummeriert außerdem jedes Byte, sendet Verlorenes erneut und hält die Reihenfolge ein; UDP sendet jedes Datagramm einmal, so wie es ist.</translation>
    </message>
    <message>
        <source>IP. Its header carries the two addresses and the protocol number (6 for TCP, 17 for UDP), so routers can forward the packet to the right machine. It tries its best but promises nothing: packets may be lost or reordered.</source>
        <translation>IP. Sein Header trägt die beiden Adressen und die Protokollnummer (6 für TCP, 17 für UDP), damit Router das Paket zum richtigen Rechner weiterleiten können. IP gibt sein Bestes, verspricht aber nichts: Pakete können verloren gehen oder die Reihenfolge wechseln.</translation>
    </message>
    <message>
        <source>The network interface. It puts each packet in a frame for a single hop: Ethernet adds two MAC addresses, a type and a checksum. The loopback interface lo turns the frame straight around inside this machine.</source>
        <translation>Die Netzwerkschnittstelle. Sie verpackt jedes Paket für eine einzelne Strecke in einen Rahmen: Ethernet fügt zwei MAC-Adressen, einen Typ und eine Prüfsumme hinzu. Die Loopback-Schnittstelle lo schickt den Rahmen innerhalb dieses Rechners direkt zurück.</translation>
    </message>
    <message>
        <source>not used
(AF_UNIX)</source>
        <translation>nicht benutzt
(AF_UNIX)</translation>
    </message>
    <message>
        <source>client program</source>
        <translation>Client-Programm</translation>
    </message>
    <message>
        <source>server program</source>
        <translation>Server-Programm</translation>
    </message>
    <message>
        <source>send() · recv()</source>
        <translation>send() · recv()</translation>
    </message>
    <message>
        <source>port —</source>
        <translation>Port —</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>IPv4 or IPv6</source>
        <translation>IPv4 oder IPv6</translation>
    </message>
    <message>
        <source>interface unknown</source>
        <translation>Schnittstelle unbekannt</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>Both ends are this machine (AF_UNIX)</source>
        <translation>Beide Enden sind dieser Rechner (AF_UNIX)</translation>
    </message>
    <message>
        <source>Both ends are this machine, via %1</source>
        <translation>Beide Enden sind dieser Rechner, über %1</translation>
    </message>
    <message>
        <source>Two machines, via %1</source>
        <translation>Zwei Rechner, über %1</translation>
    </message>
    <message>
        <source>No link: an AF_UNIX socket never leaves the kernel</source>
        <translation>Keine Verbindungsschicht: Ein AF_UNIX-Socket verlässt nie den Kernel</translation>
    </message>
    <message>
        <source>Link: interface not known yet</source>
        <translation>Verbindung: Schnittstelle noch nicht bekannt</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>the frames never leave this machine</source>
        <translation>die Rahmen verlassen diesen Rechner nie</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 → %2: %3 copied by the kernel from one AF_UNIX socket to the other; no headers, no interface.</source>
        <translation>%1 → %2: %3, vom Kernel von einem AF_UNIX-Socket zum anderen kopiert; keine Header, keine Schnittstelle.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 is more than one UDP datagram can carry (%4); sendto() fails with EMSGSIZE.</source>
        <translation>%1 → %2: %3 ist mehr, als ein UDP-Datagramm tragen kann (%4); sendto() scheitert mit EMSGSIZE.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 in one UDP datagram</source>
        <translation>%1 → %2: %3 in einem UDP-Datagramm</translation>
    </message>
    <message>
        <source>, cut into %1 IP fragments to fit MTU %2</source>
        <translation>, in %1 IP-Fragmente zerlegt, passend zur MTU %2</translation>
    </message>
    <message>
        <source>; %1 handed to %2.</source>
        <translation>; %1 an %2 übergeben.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 in one TCP segment</source>
        <translation>%1 → %2: %3 in einem TCP-Segment</translation>
    </message>
    <message>
        <source>%1 → %2: %3 in %4 TCP segments of at most %5</source>
        <translation>%1 → %2: %3 in %4 TCP-Segmenten zu höchstens %5</translation>
    </message>
    <message>
        <source>; %1 handed to %2 (%3 of headers).</source>
        <translation>; %1 an %2 übergeben (%3 davon Header).</translation>
    </message>
    <message>
        <source>%1 layer: %2</source>
        <translation>%1-Schicht: %2</translation>
    </message>
    <message>
        <source>Click a layer to see what it does.</source>
        <translation>Eine Schicht anklicken, um zu sehen, was sie tut.</translation>
    </message>
    <message>
        <source>Client %1, server %2.</source>
        <translation>Client %1, Server %2.</translation>
    </message>
    <message>
        <source>Both ends are this machine; the bytes go through %1.</source>
        <translation>Beide Enden sind dieser Rechner; die Bytes gehen über %1.</translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation>den Kernel</translation>
    </message>
    <message>
        <source>%1 wait in the %2&apos;s receive buffer for recv().</source>
        <translation>%1 warten im Empfangspuffer von %2 auf recv().</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>Client-Host</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Netzzugang</translation>
    </message>
    <message>
        <source>%1 in the kernel buffer, waiting for recv()</source>
        <translation>%1 im Kernel-Puffer, warten auf recv()</translation>
    </message>
    <message>
        <source>kernel buffer empty</source>
        <translation>Kernel-Puffer leer</translation>
    </message>
    <message>
        <source>AF_UNIX: no port, no address, no frame. The kernel copies the bytes from one socket&apos;s buffer to the other&apos;s.</source>
        <translation>AF_UNIX: kein Port, keine Adresse, kein Rahmen. Der Kernel kopiert die Bytes aus dem Puffer des einen Sockets in den des anderen.</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>data %1 in %2 segments</source>
        <translation>Daten %1 in %2 Segmenten</translation>
    </message>
    <message>
        <source>data %1: too big for one datagram, EMSGSIZE</source>
        <translation>Daten %1: zu groß für ein Datagramm, EMSGSIZE</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Port %1 is in use on this machine, so the lesson uses port %2 instead.</source>
        <translation>Port %1 ist auf diesem Rechner belegt, daher nimmt die Lektion stattdessen Port %2.</translation>
    </message>
    <message>
        <source>Running the demo…</source>
        <translation>Die Demo läuft…</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>Schritt „%1“: %2</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; failed: %2</source>
        <translation>Prüfung „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✔ Demo done.</source>
        <translation>✔ Demo fertig.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Demo done: all %n check(s) hold.</source>
        <translation>
            <numerusform>✔ Demo fertig: Die Prüfung ist erfüllt.</numerusform>
            <numerusform>✔ Demo fertig: Alle %n Prüfungen sind erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Something did not go as this stage expects:</source>
        <translation>✘ Etwas lief nicht so, wie dieser Schritt es erwartet:</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson stages</source>
        <translation>Schritte der Lektion</translation>
    </message>
    <message>
        <source>Stage narration</source>
        <translation>Erläuterung zum Schritt</translation>
    </message>
    <message>
        <source>This stage&apos;s demo:</source>
        <translation>Demo dieses Schritts:</translation>
    </message>
    <message>
        <source>Demo steps</source>
        <translation>Schritte der Demo</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous stage (Left, Page Up, Backspace)</source>
        <translation>Voriger Schritt (Links, Bild auf, Rücktaste)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next stage (Right, Page Down, Space)</source>
        <translation>Nächster Schritt (Rechts, Bild ab, Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Run this stage&apos;s demo</source>
        <translation>&amp;Demo dieses Schritts ausführen</translation>
    </message>
    <message>
        <source>Perform this stage&apos;s calls on the real sockets, one by one</source>
        <translation>Die Aufrufe dieses Schritts einzeln auf den echten Sockets ausführen</translation>
    </message>
    <message>
        <source>Going further</source>
        <translation>Vertiefung</translation>
    </message>
    <message>
        <source>%1 (current stage)</source>
        <translation>%1 (aktueller Schritt)</translation>
    </message>
    <message>
        <source>No lesson loaded</source>
        <translation>Keine Lektion geladen</translation>
    </message>
    <message>
        <source>Going further — stage %1 of %2</source>
        <translation>Vertiefung — Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Running the demo…</source>
        <translation>Die Demo läuft…</translation>
    </message>
    <message>
        <source>No demo in this stage</source>
        <translation>Keine Demo in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>LiveSocket</name>
    <message>
        <source>unopened</source>
        <translation>ungeöffnet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>gebunden</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>Gegenseite zu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>waiting in accept()</source>
        <translation>wartet in accept()</translation>
    </message>
    <message>
        <source>waiting in recv()</source>
        <translation>wartet in recv()</translation>
    </message>
    <message>
        <source>waiting in recvfrom()</source>
        <translation>wartet in recvfrom()</translation>
    </message>
    <message>
        <source>waiting in sendall()</source>
        <translation>wartet in sendall()</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab — sockets, one real system call at a time</source>
        <translation>SocketLab — Sockets, ein echter Systemaufruf nach dem anderen</translation>
    </message>
    <message>
        <source>TCP/IP layer diagram</source>
        <translation>TCP/IP-Schichtendiagramm</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschrift</translation>
    </message>
    <message>
        <source>Start with server = socket(), then bind, listen and accept.</source>
        <translation>Mit server = socket() beginnen, dann bind, listen und accept.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Save &amp;transcript…</source>
        <translation>&amp;Mitschrift speichern…</translation>
    </message>
    <message>
        <source>Save &amp;events (JSON lines)…</source>
        <translation>&amp;Ereignisse speichern (JSON Lines)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Explorers</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>Show &amp;explorers</source>
        <translation>&amp;Explorer anzeigen</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>&amp;Constants (AF_, SOCK_, IPPROTO_)</source>
        <translation>&amp;Konstanten (AF_, SOCK_, IPPROTO_)</translation>
    </message>
    <message>
        <source>&amp;getaddrinfo</source>
        <translation>&amp;getaddrinfo</translation>
    </message>
    <message>
        <source>Socket p&amp;layground</source>
        <translation>Socket-&amp;Spielwiese</translation>
    </message>
    <message>
        <source>&amp;Animate the diagram</source>
        <translation>&amp;Diagramm animieren</translation>
    </message>
    <message>
        <source>Animation &amp;speed</source>
        <translation>Animations&amp;tempo</translation>
    </message>
    <message>
        <source>&amp;Slow (half speed)</source>
        <translation>&amp;Langsam (halbes Tempo)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Fast (double speed)</source>
        <translation>&amp;Schnell (doppeltes Tempo)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Mitschrift</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>Ü&amp;ber SocketLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1: waiting in %2</source>
        <translation>%1: wartet in %2</translation>
    </message>
    <message>
        <source>%1: %2 was cancelled</source>
        <translation>%1: %2 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2  # fd %3</source>
        <translation>%1: %2  # fd %3</translation>
    </message>
    <message>
        <source>%1: %2  # from %3</source>
        <translation>%1: %2  # von %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Mitschrift speichern</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Mitschrift gespeichert in %1</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Ereignisse speichern</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Events saved to %1</source>
        <translation>Ereignisse gespeichert in %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation>Über SocketLab</translation>
    </message>
    <message>
        <source>SocketLab %1

Every button makes a real system call on a real socket of this machine, and the window shows what the kernel answered.</source>
        <translation>SocketLab %1

Jeder Knopf macht einen echten Systemaufruf auf einem echten Socket dieses Rechners, und das Fenster zeigt, was der Kernel geantwortet hat.</translation>
    </message>
    <message numerus="yes">
        <source> (the last of %Ln call(s) in a row)</source>
        <translation>
            <numerusform> (der letzte von %Ln Aufruf in Folge)</numerusform>
            <numerusform> (der letzte von %Ln Aufrufen in Folge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortExplorer</name>
    <message>
        <source>none listed</source>
        <translation>keiner verzeichnet</translation>
    </message>
    <message>
        <source>also</source>
        <translation>auch</translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation>&amp;Port oder Dienst:</translation>
    </message>
    <message>
        <source>Port number or service name</source>
        <translation>Portnummer oder Dienstname</translation>
    </message>
    <message>
        <source>0-65535, or a name such as http</source>
        <translation>0-65535 oder ein Name wie http</translation>
    </message>
    <message>
        <source>&amp;Check listeners now</source>
        <translation>Lauschende Sockets jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>This port</source>
        <translation>Dieser Port</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Ephemer</translation>
    </message>
    <message>
        <source>Service names</source>
        <translation>Dienstnamen</translation>
    </message>
    <message>
        <source>Listening now</source>
        <translation>Lauscht gerade</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Binding it:</source>
        <translation>Ihn binden:</translation>
    </message>
    <message>
        <source>Ephemeral:</source>
        <translation>Ephemer:</translation>
    </message>
    <message>
        <source>Service names:</source>
        <translation>Dienstnamen:</translation>
    </message>
    <message>
        <source>Listening now:</source>
        <translation>Lauscht gerade:</translation>
    </message>
    <message>
        <source>Ranges: IANA&apos;s and this kernel&apos;s</source>
        <translation>Bereiche: die der IANA und die dieses Kernels</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>Alle Ports</translation>
    </message>
    <message>
        <source>%1 values, 0-65535 (16 bits). Port 0 asks the kernel to choose a free port.</source>
        <translation>%1 Werte, 0-65535 (16 Bit). Port 0 bittet den Kernel, einen freien Port zu wählen.</translation>
    </message>
    <message>
        <source>All ports:</source>
        <translation>Alle Ports:</translation>
    </message>
    <message>
        <source>%1-%2: %3</source>
        <translation>%1-%2: %3</translation>
    </message>
    <message>
        <source>This kernel&apos;s ephemeral range</source>
        <translation>Ephemerer Bereich dieses Kernels</translation>
    </message>
    <message>
        <source>This kernel&apos;s ephemeral:</source>
        <translation>Ephemer bei diesem Kernel:</translation>
    </message>
    <message>
        <source>Unprivileged port floor</source>
        <translation>Untergrenze für unprivilegierte Ports</translation>
    </message>
    <message>
        <source>0: any program may bind any port here (from %1).</source>
        <translation>0: Hier darf jedes Programm jeden Port binden (aus %1).</translation>
    </message>
    <message>
        <source>Ports below %1 need root or CAP_NET_BIND_SERVICE here (from %2).</source>
        <translation>Ports unter %1 brauchen hier root oder CAP_NET_BIND_SERVICE (aus %2).</translation>
    </message>
    <message>
        <source>Privileged below:</source>
        <translation>Privilegiert unter:</translation>
    </message>
    <message>
        <source>Well-known ports of the lesson</source>
        <translation>Bekannte Ports aus der Lektion</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>Bekannte Ports</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Service name (tcp)</source>
        <translation>Dienstname (tcp)</translation>
    </message>
    <message>
        <source>Listening here</source>
        <translation>Lauscht hier</translation>
    </message>
    <message>
        <source>Carries</source>
        <translation>Überträgt</translation>
    </message>
    <message>
        <source>Services database note</source>
        <translation>Hinweis aus der Dienste-Datenbank</translation>
    </message>
    <message>
        <source>Type a port from 0 to 65535, or a service name such as ssh.</source>
        <translation>Einen Port von 0 bis 65535 oder einen Dienstnamen wie ssh eingeben.</translation>
    </message>
    <message>
        <source>Not a port: %1 is over 65535, the largest 16-bit number. Type 0-65535.</source>
        <translation>Kein Port: %1 liegt über 65535, der größten 16-Bit-Zahl. 0-65535 eingeben.</translation>
    </message>
    <message>
        <source>Not a port: ports are never negative. Type 0-65535.</source>
        <translation>Kein Port: Ports sind nie negativ. 0-65535 eingeben.</translation>
    </message>
    <message>
        <source>No service called “%1” in this system&apos;s services database. Check the spelling, or type a number.</source>
        <translation>Kein Dienst namens „%1“ in der Dienste-Datenbank dieses Systems. Schreibweise prüfen oder eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>“%1” is port %2/%3 in the services database. </source>
        <translation>„%1“ ist Port %2/%3 in der Dienste-Datenbank. </translation>
    </message>
    <message>
        <source>Port %1.</source>
        <translation>Port %1.</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>Port 0 is not a real port: bind() to it and the kernel picks a free one from its ephemeral range.</source>
        <translation>Port 0 ist kein echter Port: Bei bind() darauf wählt der Kernel einen freien aus seinem ephemeren Bereich.</translation>
    </message>
    <message>
        <source>Needs root or CAP_NET_BIND_SERVICE on this machine (below %1): expect EACCES otherwise.</source>
        <translation>Braucht auf diesem Rechner root oder CAP_NET_BIND_SERVICE (unter %1): sonst ist EACCES zu erwarten.</translation>
    </message>
    <message>
        <source>Any program may bind it on this machine (the floor is %1).</source>
        <translation>Jedes Programm darf ihn auf diesem Rechner binden (die Untergrenze ist %1).</translation>
    </message>
    <message>
        <source>Yes: this kernel may hand it to a client socket (its range is %1-%2).</source>
        <translation>Ja: Dieser Kernel kann ihn einem Client-Socket geben (sein Bereich ist %1-%2).</translation>
    </message>
    <message>
        <source>No: this kernel picks client ports from %1-%2.</source>
        <translation>Nein: Dieser Kernel wählt Client-Ports aus %1-%2.</translation>
    </message>
    <message>
        <source>It is in IANA&apos;s dynamic range all the same.</source>
        <translation>Im dynamischen Bereich der IANA liegt er trotzdem.</translation>
    </message>
    <message>
        <source>IANA&apos;s dynamic range would not include it.</source>
        <translation>Der dynamische Bereich der IANA enthielte ihn nicht.</translation>
    </message>
    <message>
        <source>tcp: %1; udp: %2</source>
        <translation>tcp: %1; udp: %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing on this machine listens on port %1 right now.</source>
        <translation>Auf diesem Rechner lauscht gerade nichts auf Port %1.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1-%2 (%L3 ports; from %4). IANA suggests %5-%6.</source>
        <translation>%1-%2 (%L3 Ports; aus %4). Die IANA empfiehlt %5-%6.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ReceiveLoop</name>
    <message>
        <source>A delimiter must be 1 to 256 bytes long.</source>
        <translation>Ein Trennzeichen muss 1 bis 256 Bytes lang sein.</translation>
    </message>
    <message>
        <source>Type the bytes that end each message, for example \n.</source>
        <translation>Die Bytes eingeben, die jede Nachricht beenden, zum Beispiel \n.</translation>
    </message>
    <message>
        <source>The socket this loop reads from is gone.</source>
        <translation>Der Socket, aus dem diese Schleife liest, ist weg.</translation>
    </message>
    <message>
        <source>The previous recv() is still waiting for data.</source>
        <translation>Das vorige recv() wartet noch auf Daten.</translation>
    </message>
    <message>
        <source>Send something from the other side, or cancel.</source>
        <translation>Von der anderen Seite etwas senden oder abbrechen.</translation>
    </message>
    <message>
        <source>A chunk came back shorter than the buffer, so the loop took the message as complete. That is a guess: TCP keeps no message boundaries.</source>
        <translation>Ein Stück kam kürzer als der Puffer zurück, daher hielt die Schleife die Nachricht für vollständig. Das ist geraten: TCP bewahrt keine Nachrichtengrenzen.</translation>
    </message>
    <message>
        <source>recv() returned 0: the peer shut down its sending side, so the message is complete.</source>
        <translation>recv() lieferte 0: Die Gegenseite hat ihre Senderichtung geschlossen, also ist die Nachricht vollständig.</translation>
    </message>
    <message>
        <source>recv() returned 0 before the message was complete: the peer shut down its sending side early.</source>
        <translation>recv() lieferte 0, bevor die Nachricht vollständig war: Die Gegenseite hat ihre Senderichtung zu früh geschlossen.</translation>
    </message>
    <message>
        <source>The delimiter arrived: the message ends just before it.</source>
        <translation>Das Trennzeichen ist angekommen: Die Nachricht endet direkt davor.</translation>
    </message>
    <message>
        <source>Every byte the 4-byte length prefix announced has arrived.</source>
        <translation>Jedes Byte, das das 4-Byte-Längenpräfix angekündigt hat, ist angekommen.</translation>
    </message>
    <message>
        <source>recv() failed, so the loop stopped.</source>
        <translation>recv() ist fehlgeschlagen, daher hielt die Schleife an.</translation>
    </message>
    <message>
        <source>The loop was cancelled; a recv() that was waiting was abandoned.</source>
        <translation>Die Schleife wurde abgebrochen; ein wartendes recv() wurde aufgegeben.</translation>
    </message>
    <message>
        <source>A buffer length of %L1 bytes is outside what this loop accepts.</source>
        <translation>Eine Pufferlänge von %L1 Bytes liegt außerhalb dessen, was diese Schleife annimmt.</translation>
    </message>
    <message>
        <source>Choose a buffer length from %L1 to %L2 bytes.</source>
        <translation>Eine Pufferlänge von %L1 bis %L2 Bytes wählen.</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>&amp;Escapes (\xNN \0 \n \r \t \\)</source>
        <translation>&amp;Escapes (\xNN \0 \n \r \t \\)</translation>
    </message>
    <message>
        <source>Message to send (any length, sent as UTF-8)</source>
        <translation>Zu sendende Nachricht (beliebig lang, gesendet als UTF-8)</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <source>Decode escapes in the message</source>
        <translation>Escapes in der Nachricht auswerten</translation>
    </message>
    <message>
        <source>When on, \x00 sends one byte of value 0, \n a newline, and so on.</source>
        <translation>Wenn an, sendet \x00 ein Byte mit Wert 0, \n einen Zeilenumbruch und so weiter.</translation>
    </message>
    <message>
        <source>Characters and bytes</source>
        <translation>Zeichen und Bytes</translation>
    </message>
    <message>
        <source>Result of the last send</source>
        <translation>Ergebnis des letzten Sendens</translation>
    </message>
    <message>
        <source>The message ends with a lone backslash; write \\ for a backslash.</source>
        <translation>Die Nachricht endet mit einem einzelnen Backslash; für einen Backslash \\ schreiben.</translation>
    </message>
    <message>
        <source>\x at character %1 needs two hex digits, like \x00 or \x1b.</source>
        <translation>\x bei Zeichen %1 braucht zwei Hex-Ziffern, etwa \x00 oder \x1b.</translation>
    </message>
    <message>
        <source>Unknown escape \%1 at character %2; use \xNN, \0, \n, \r, \t or \\.</source>
        <translation>Unbekanntes Escape \%1 bei Zeichen %2; \xNN, \0, \n, \r, \t oder \\ verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) in UTF-8</source>
        <translation>
            <numerusform>%Ln Byte in UTF-8</numerusform>
            <numerusform>%Ln Bytes in UTF-8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s); escape problem: %1</source>
        <translation>
            <numerusform>%Ln Zeichen; Problem mit Escape: %1</numerusform>
            <numerusform>%Ln Zeichen; Problem mit Escape: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketPanel</name>
    <message>
        <source>Server panel</source>
        <translation>Server-Bereich</translation>
    </message>
    <message>
        <source>Client panel</source>
        <translation>Client-Bereich</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Expert: enable every call</source>
        <translation>Experte: jeden Aufruf erlauben</translation>
    </message>
    <message>
        <source>Expert mode: enable every call</source>
        <translation>Expertenmodus: jeden Aufruf erlauben</translation>
    </message>
    <message>
        <source>Every button works in every state, so you can make a call at the wrong time and read the kernel&apos;s real error.</source>
        <translation>Jeder Knopf geht in jedem Zustand: So lässt sich ein Aufruf zur falschen Zeit machen und der echte Fehler des Kernels lesen.</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>AF_INET: IPv4 addresses. AF_INET6: IPv6. AF_UNIX: a file path on this machine.</source>
        <translation>AF_INET: IPv4-Adressen. AF_INET6: IPv6. AF_UNIX: ein Dateipfad auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Socket type</source>
        <translation>Socket-Typ</translation>
    </message>
    <message>
        <source>SOCK_STREAM: a byte stream (TCP). SOCK_DGRAM: separate datagrams (UDP).</source>
        <translation>SOCK_STREAM: ein Bytestrom (TCP). SOCK_DGRAM: einzelne Datagramme (UDP).</translation>
    </message>
    <message>
        <source>0 (default)</source>
        <translation>0 (Standard)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>0 lets the kernel pick the transport protocol that fits the type.</source>
        <translation>Mit 0 wählt der Kernel das zum Typ passende Transportprotokoll.</translation>
    </message>
    <message>
        <source>Address to bind</source>
        <translation>Adresse zum Binden</translation>
    </message>
    <message>
        <source>Host to connect to</source>
        <translation>Host, zu dem verbunden wird</translation>
    </message>
    <message>
        <source>Port to bind</source>
        <translation>Port zum Binden</translation>
    </message>
    <message>
        <source>Port or service to connect to</source>
        <translation>Port oder Dienst, zu dem verbunden wird</translation>
    </message>
    <message>
        <source>0 to 65535; 0 asks the kernel to choose a free port.</source>
        <translation>0 bis 65535; 0 bittet den Kernel, einen freien Port zu wählen.</translation>
    </message>
    <message>
        <source>A number 0 to 65535, or a service name such as http.</source>
        <translation>Eine Zahl von 0 bis 65535 oder ein Dienstname wie http.</translation>
    </message>
    <message>
        <source>&amp;family</source>
        <translation>&amp;family</translation>
    </message>
    <message>
        <source>&amp;type</source>
        <translation>&amp;type</translation>
    </message>
    <message>
        <source>pr&amp;oto</source>
        <translation>pr&amp;oto</translation>
    </message>
    <message>
        <source>&amp;address</source>
        <translation>&amp;address</translation>
    </message>
    <message>
        <source>&amp;host</source>
        <translation>&amp;host</translation>
    </message>
    <message>
        <source>&amp;port</source>
        <translation>&amp;port</translation>
    </message>
    <message>
        <source>Backlog for listen</source>
        <translation>Backlog für listen</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel may queue before accept().</source>
        <translation>Wie viele fertige Handshakes der Kernel vor accept() in die Warteschlange stellen darf.</translation>
    </message>
    <message>
        <source>bac&amp;klog</source>
        <translation>bac&amp;klog</translation>
    </message>
    <message>
        <source>Problem with the fields</source>
        <translation>Problem mit den Feldern</translation>
    </message>
    <message>
        <source>IPv4 loopback: this machine</source>
        <translation>IPv4-Loopback: dieser Rechner</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine</source>
        <translation>IPv6-Loopback: dieser Rechner</translation>
    </message>
    <message>
        <source>A name: getaddrinfo turns it into addresses</source>
        <translation>Ein Name: getaddrinfo macht Adressen daraus</translation>
    </message>
    <message>
        <source>IPv4 loopback: only this machine can connect</source>
        <translation>IPv4-Loopback: Nur dieser Rechner kann sich verbinden</translation>
    </message>
    <message>
        <source>IPv6 loopback: only this machine can connect</source>
        <translation>IPv6-Loopback: Nur dieser Rechner kann sich verbinden</translation>
    </message>
    <message>
        <source>every IPv4 interface: others on the network can connect</source>
        <translation>jede IPv4-Schnittstelle: Andere im Netz können sich verbinden</translation>
    </message>
    <message>
        <source>every IPv6 interface (and IPv4 too unless IPV6_V6ONLY is on)</source>
        <translation>jede IPv6-Schnittstelle (und auch IPv4, außer IPV6_V6ONLY ist an)</translation>
    </message>
    <message>
        <source>address of interface %1</source>
        <translation>Adresse der Schnittstelle %1</translation>
    </message>
    <message>
        <source>socket(2): a new socket with the family, type and proto above.</source>
        <translation>socket(2): ein neuer Socket mit family, type und proto von oben.</translation>
    </message>
    <message>
        <source>bind(2): give the socket the address and port above.</source>
        <translation>bind(2): dem Socket Adresse und Port von oben geben.</translation>
    </message>
    <message>
        <source>listen(2): accept connections; the backlog limits the queue.</source>
        <translation>listen(2): Verbindungen annehmen; backlog begrenzt die Warteschlange.</translation>
    </message>
    <message>
        <source>accept(2): take the next finished connection; waits if there is none.</source>
        <translation>accept(2): die nächste fertige Verbindung nehmen; wartet, wenn keine da ist.</translation>
    </message>
    <message>
        <source>close(2) the listening socket. Accepted connections stay open.</source>
        <translation>close(2) auf den lauschenden Socket. Angenommene Verbindungen bleiben offen.</translation>
    </message>
    <message>
        <source>getaddrinfo(3): turn host and port into addresses to try.</source>
        <translation>getaddrinfo(3): aus Host und Port Adressen zum Ausprobieren machen.</translation>
    </message>
    <message>
        <source>socket(2): with the chosen getaddrinfo row&apos;s family, type and proto (or the fields).</source>
        <translation>socket(2): mit family, type und proto der gewählten getaddrinfo-Zeile (oder der Felder).</translation>
    </message>
    <message>
        <source>connect(2) to the chosen row&apos;s address (or host and port typed as numbers).</source>
        <translation>connect(2) zur Adresse der gewählten Zeile (oder zu Host und Port, als Zahlen eingegeben).</translation>
    </message>
    <message>
        <source>getaddrinfo results: pick the row to use</source>
        <translation>Ergebnisse von getaddrinfo: die zu verwendende Zeile wählen</translation>
    </message>
    <message>
        <source>Accepted connections</source>
        <translation>Angenommene Verbindungen</translation>
    </message>
    <message>
        <source>No connection yet. After listen(), click accept(): it waits until a client connects, then the connection appears here with its own recv, sendall and close.</source>
        <translation>Noch keine Verbindung. Nach listen() auf accept() klicken: Es wartet, bis sich ein Client verbindet, dann erscheint die Verbindung hier mit eigenem recv, sendall und close.</translation>
    </message>
    <message>
        <source>Connections: 0</source>
        <translation>Verbindungen: 0</translation>
    </message>
    <message>
        <source>The host is empty. Type a name (localhost) or an address (127.0.0.1, ::1).</source>
        <translation>Der Host ist leer. Einen Namen (localhost) oder eine Adresse (127.0.0.1, ::1) eingeben.</translation>
    </message>
    <message>
        <source>The host contains a space. Names and addresses have none; remove it.</source>
        <translation>Der Host enthält ein Leerzeichen. Namen und Adressen haben keines; bitte entfernen.</translation>
    </message>
    <message>
        <source>The port is empty. Type the server&apos;s port, e.g. 5000.</source>
        <translation>Der Port ist leer. Den Port des Servers eingeben, z. B. 5000.</translation>
    </message>
    <message>
        <source>Port %1 is too big: ports go from 0 to 65535 (16 bits). Type a smaller number.</source>
        <translation>Port %1 ist zu groß: Ports reichen von 0 bis 65535 (16 Bit). Eine kleinere Zahl eingeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a port number (0-65535) nor a service name like http. Type digits only, or a name from /etc/services.</source>
        <translation>„%1“ ist weder eine Portnummer (0-65535) noch ein Dienstname wie http. Nur Ziffern oder einen Namen aus /etc/services eingeben.</translation>
    </message>
    <message>
        <source>Host or port changed since getaddrinfo: run it again, or connect to the numeric address typed.</source>
        <translation>Host oder Port haben sich seit getaddrinfo geändert: es erneut aufrufen oder zur eingegebenen numerischen Adresse verbinden.</translation>
    </message>
    <message>
        <source>Use free port %1</source>
        <translation>Freien Port %1 nehmen</translation>
    </message>
    <message>
        <source>Run getaddrinfo first to turn a name into an address, or type a numeric address of the chosen family.</source>
        <translation>Erst getaddrinfo aufrufen, um einen Namen in eine Adresse zu verwandeln, oder eine numerische Adresse der gewählten Familie eingeben.</translation>
    </message>
    <message>
        <source>getaddrinfo(%1, %2) is running off the GUI thread…</source>
        <translation>getaddrinfo(%1, %2) läuft außerhalb des GUI-Threads…</translation>
    </message>
    <message>
        <source>getaddrinfo found nothing.</source>
        <translation>getaddrinfo hat nichts gefunden.</translation>
    </message>
    <message>
        <source>see SocketPanel::perform for the calls and arguments</source>
        <translation>Aufrufe und Argumente stehen in SocketPanel::perform</translation>
    </message>
    <message>
        <source>no connection number %1</source>
        <translation>keine Verbindung Nummer %1</translation>
    </message>
    <message>
        <source>no getaddrinfo row to take *info[:3] from</source>
        <translation>keine getaddrinfo-Zeile, aus der *info[:3] kommen könnte</translation>
    </message>
    <message>
        <source>no getaddrinfo row to take info[-1] from</source>
        <translation>keine getaddrinfo-Zeile, aus der info[-1] kommen könnte</translation>
    </message>
    <message>
        <source>unknown constant %1</source>
        <translation>unbekannte Konstante %1</translation>
    </message>
    <message>
        <source>no connection yet for %1</source>
        <translation>noch keine Verbindung für %1</translation>
    </message>
    <message>
        <source>unknown call %1</source>
        <translation>unbekannter Aufruf %1</translation>
    </message>
    <message numerus="yes">
        <source>Connections: %Ln (select one to see its bytes)</source>
        <translation>
            <numerusform>Verbindungen: %Ln (auswählen, um ihre Bytes zu sehen)</numerusform>
            <numerusform>Verbindungen: %Ln (eine auswählen, um ihre Bytes zu sehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); using row %1 (%2, %3) → socket(*row[:3]), connect(%4). Click another row to change.</source>
        <translation>
            <numerusform>%Ln Zeile; verwendet wird Zeile %1 (%2, %3) → socket(*row[:3]), connect(%4).</numerusform>
            <numerusform>%Ln Zeilen; verwendet wird Zeile %1 (%2, %3) → socket(*row[:3]), connect(%4). Zum Wechseln eine andere Zeile anklicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Port %1 is taken (the error above says by which socket). Port %2 is free: use it, or free port %1 and try again.</source>
        <translation>⚠ Port %1 ist belegt (der Fehler oben sagt, von welchem Socket). Port %2 ist frei: ihn nehmen oder Port %1 freigeben und es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SocketPlayground</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Proto:</source>
        <translation>&amp;Proto:</translation>
    </message>
    <message>
        <source>&amp;socket()</source>
        <translation>&amp;socket()</translation>
    </message>
    <message>
        <source>Create the socket</source>
        <translation>Den Socket erzeugen</translation>
    </message>
    <message>
        <source>Pick a value or type a constant&apos;s name or any number; the kernel decides what exists.</source>
        <translation>Einen Wert wählen oder den Namen einer Konstante oder eine beliebige Zahl eingeben; der Kernel entscheidet, was es gibt.</translation>
    </message>
    <message>
        <source>The call in Python</source>
        <translation>Der Aufruf in Python</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>What the kernel answered</source>
        <translation>Was der Kernel geantwortet hat</translation>
    </message>
    <message>
        <source>Result of the last call</source>
        <translation>Ergebnis des letzten Aufrufs</translation>
    </message>
    <message>
        <source>Socket repr</source>
        <translation>repr des Sockets</translation>
    </message>
    <message>
        <source>Open sockets</source>
        <translation>Offene Sockets</translation>
    </message>
    <message>
        <source>Open sockets with their file descriptors</source>
        <translation>Offene Sockets mit ihren Dateideskriptoren</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>proto</source>
        <translation>proto</translation>
    </message>
    <message>
        <source>laddr</source>
        <translation>laddr</translation>
    </message>
    <message>
        <source>&amp;Close selected (Del)</source>
        <translation>Gewählten &amp;schließen (Entf)</translation>
    </message>
    <message>
        <source>Close &amp;all</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <source>Nothing created yet.</source>
        <translation>Noch nichts erzeugt.</translation>
    </message>
    <message>
        <source>Family “%1” is neither an AF_ name of this system nor a number.</source>
        <translation>Familie „%1“ ist weder ein AF_-Name dieses Systems noch eine Zahl.</translation>
    </message>
    <message>
        <source>Type “%1” is neither a SOCK_ name nor a number.</source>
        <translation>Typ „%1“ ist weder ein SOCK_-Name noch eine Zahl.</translation>
    </message>
    <message>
        <source>Protocol “%1” is neither an IPPROTO_ name nor a number (0 lets the kernel choose).</source>
        <translation>Protokoll „%1“ ist weder ein IPPROTO_-Name noch eine Zahl (mit 0 wählt der Kernel).</translation>
    </message>
    <message>
        <source>socket(%1, %2, %3) failed: %4</source>
        <translation>socket(%1, %2, %3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Python would raise: %1</source>
        <translation>Python würde auslösen: %1</translation>
    </message>
    <message>
        <source>(the kernel chose %1)</source>
        <translation>(der Kernel wählte %1)</translation>
    </message>
    <message>
        <source>%1: fd %2 — family %3, type %4, proto %5, laddr %6</source>
        <translation>%1: fd %2 — family %3, type %4, proto %5, laddr %6</translation>
    </message>
    <message>
        <source>%1.close() failed: %2</source>
        <translation>%1.close() fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1.close(): the fd is released.</source>
        <translation>%1.close(): der fd ist freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln socket(s) are open, the playground&apos;s limit: close some first.</source>
        <translation>
            <numerusform>%Ln Socket ist offen, die Grenze der Spielwiese: erst einen schließen.</numerusform>
            <numerusform>%Ln Sockets sind offen, die Grenze der Spielwiese: erst einige schließen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketStatusView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ask the kernel</source>
        <translation>Den Kernel fragen</translation>
    </message>
    <message>
        <source>laddr, the local address</source>
        <translation>laddr, die lokale Adresse</translation>
    </message>
    <message>
        <source>raddr, the remote address</source>
        <translation>raddr, die entfernte Adresse</translation>
    </message>
    <message>
        <source>The socket as Python prints it</source>
        <translation>Der Socket, wie Python ihn ausgibt</translation>
    </message>
    <message>
        <source>Pending call</source>
        <translation>Laufender Aufruf</translation>
    </message>
    <message>
        <source>Cancel the pending call</source>
        <translation>Den laufenden Aufruf abbrechen</translation>
    </message>
    <message>
        <source>Read the kernel&apos;s TCP state again</source>
        <translation>Den TCP-Zustand des Kernels neu lesen</translation>
    </message>
    <message>
        <source>Reads TCP_INFO now, e.g. to see the accept queue fill while clients from elsewhere connect.</source>
        <translation>Liest TCP_INFO jetzt, z. B. um zu sehen, wie sich die Accept-Warteschlange füllt, während sich Clients von anderswo verbinden.</translation>
    </message>
    <message>
        <source>laddr:</source>
        <translation>laddr:</translation>
    </message>
    <message>
        <source>raddr:</source>
        <translation>raddr:</translation>
    </message>
    <message>
        <source> · accept queue %1 of %2</source>
        <translation> · Accept-Warteschlange %1 von %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) waiting for recv()</source>
        <translation>
            <numerusform>%Ln Byte wartet auf recv()</numerusform>
            <numerusform>%Ln Bytes warten auf recv()</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <source>Lifecycle state diagram</source>
        <translation>Zustandsdiagramm des Lebenszyklus</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>; kernel TCP state: %1</source>
        <translation>; TCP-Zustand im Kernel: %1</translation>
    </message>
    <message>
        <source>Kernel TCP state: %1</source>
        <translation>TCP-Zustand im Kernel: %1</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Measured throughput</source>
        <translation>Gemessener Durchsatz</translation>
    </message>
    <message>
        <source>Bars of the measured throughput, in MB/s</source>
        <translation>Balken des gemessenen Durchsatzes, in MB/s</translation>
    </message>
    <message>
        <source>%1: %2 MB/s</source>
        <translation>%1: %2 MB/s</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>… %Ln more call(s) not kept</source>
        <translation>
            <numerusform>… %Ln weiterer Aufruf nicht behalten</numerusform>
            <numerusform>… %Ln weitere Aufrufe nicht behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Every call a socket makes appears here, in its socket&apos;s lane.</source>
        <translation>Jeder Aufruf eines Sockets erscheint hier, in der Spur seines Sockets.</translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation>… wartet</translation>
    </message>
    <message>
        <source>%L1 B</source>
        <translation>%L1 B</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>not called: %1</source>
        <translation>nicht aufgerufen: %1</translation>
    </message>
    <message>
        <source>handshake under way; wait for POLLOUT</source>
        <translation>Handshake läuft; auf POLLOUT warten</translation>
    </message>
    <message>
        <source>nothing ready yet; wait for POLLIN</source>
        <translation>noch nichts bereit; auf POLLIN warten</translation>
    </message>
    <message>
        <source>stopped waiting; no data was lost</source>
        <translation>Warten beendet; keine Daten verloren</translation>
    </message>
    <message numerus="yes">
        <source>the datagram was cut: %n byte(s) lost</source>
        <translation>
            <numerusform>das Datagramm wurde gekürzt: %n Byte verloren</numerusform>
            <numerusform>das Datagramm wurde gekürzt: %n Bytes verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>recv returned 0 bytes: the peer closed its side</source>
        <translation>recv lieferte 0 Bytes: die Gegenseite hat ihre Seite geschlossen</translation>
    </message>
    <message>
        <source>%1 is fd %2, %3 = %4</source>
        <translation>%1 ist fd %2, %3 = %4</translation>
    </message>
    <message>
        <source>%1 is fd %2</source>
        <translation>%1 ist fd %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>Gegenseite %1</translation>
    </message>
    <message>
        <source>end of stream: the peer closed its side</source>
        <translation>Ende des Datenstroms: die Gegenseite hat ihre Seite geschlossen</translation>
    </message>
    <message>
        <source>%1(): stopped waiting; no system call was interrupted</source>
        <translation>%1(): Warten beendet; kein Systemaufruf wurde unterbrochen</translation>
    </message>
    <message>
        <source>SocketLab: the %1 side&apos;s calls, replayed with Python&apos;s socket module.</source>
        <translation>SocketLab: die Aufrufe der Seite %1, nachgespielt mit Pythons socket-Modul.</translation>
    </message>
    <message>
        <source>cancelled while waiting: %1</source>
        <translation>beim Warten abgebrochen: %1</translation>
    </message>
    <message>
        <source>first %L1 of %L2 bytes shown</source>
        <translation>die ersten %L1 von %L2 Bytes gezeigt</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes, in a loop</source>
        <translation>%L1 von %L2 Bytes, in einer Schleife</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes went before the error</source>
        <translation>%L1 von %L2 Bytes gingen vor dem Fehler hinaus</translation>
    </message>
    <message>
        <source>only %L1 fit in buf, %L2 lost</source>
        <translation>nur %L1 passten in buf, %L2 verloren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier call(s) are not kept here</source>
        <translation>
            <numerusform>%Ln früherer Aufruf ist hier nicht aufbewahrt</numerusform>
            <numerusform>%Ln frühere Aufrufe sind hier nicht aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the last %Ln call(s) were kept; earlier ones are missing.</source>
        <translation>
            <numerusform>Nur der letzte Aufruf wurde aufbewahrt; frühere fehlen.</numerusform>
            <numerusform>Nur die letzten %Ln Aufrufe wurden aufbewahrt; frühere fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Server transcript, IPython style</source>
        <translation>Mitschrift des Servers, im Stil von IPython</translation>
    </message>
    <message>
        <source>Client transcript, IPython style</source>
        <translation>Mitschrift des Clients, im Stil von IPython</translation>
    </message>
    <message>
        <source>The same calls in C</source>
        <translation>Dieselben Aufrufe in C</translation>
    </message>
    <message>
        <source>Every call as a JSON line</source>
        <translation>Jeder Aufruf als JSON-Zeile</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the calls as a Python script or as JSON Lines</source>
        <translation>Die Aufrufe als Python-Skript oder als JSON Lines speichern</translation>
    </message>
    <message>
        <source>Server side as a Python script…</source>
        <translation>Server-Seite als Python-Skript…</translation>
    </message>
    <message>
        <source>Client side as a Python script…</source>
        <translation>Client-Seite als Python-Skript…</translation>
    </message>
    <message>
        <source>Every event as JSON Lines…</source>
        <translation>Jedes Ereignis als JSON Lines…</translation>
    </message>
    <message>
        <source>… %L1 calls not shown here …</source>
        <translation>… %L1 Aufrufe hier nicht gezeigt …</translation>
    </message>
    <message>
        <source>There is no transcript to save.</source>
        <translation>Es gibt keine Mitschrift zum Speichern.</translation>
    </message>
    <message>
        <source>Save JSON Lines</source>
        <translation>JSON Lines speichern</translation>
    </message>
    <message>
        <source>Save the %1 side as Python</source>
        <translation>Seite %1 als Python speichern</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message numerus="yes">
        <source> … (%Ln more character(s); a saved file holds the whole line)</source>
        <translation>
            <numerusform> … (%Ln weiteres Zeichen; eine gespeicherte Datei enthält die ganze Zeile)</numerusform>
            <numerusform> … (%Ln weitere Zeichen; eine gespeicherte Datei enthält die ganze Zeile)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write events to %1: %2</source>
        <translation>Ereignisse können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SocketLab needs a display: start it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it unseen (tests, CI).</source>
        <translation>SocketLab braucht einen Bildschirm: in einer Desktop-Sitzung starten oder QT_QPA_PLATFORM=offscreen setzen, um es unsichtbar laufen zu lassen (Tests, CI).</translation>
    </message>
    <message>
        <source>See --help for the options and their values.</source>
        <translation>Die Optionen und ihre Werte zeigt --help.</translation>
    </message>
    <message>
        <source>Writing events to %1 failed (%2); no more events are written there.</source>
        <translation>Schreiben der Ereignisse nach %1 fehlgeschlagen (%2); dort werden keine Ereignisse mehr geschrieben.</translation>
    </message>
    <message>
        <source>Lesson refused, using the built-in lesson instead: %1</source>
        <translation>Lektion abgelehnt, stattdessen läuft die eingebaute Lektion: %1</translation>
    </message>
    <message>
        <source>--stage: the lesson has no stage &quot;%1&quot;.</source>
        <translation>--stage: Die Lektion hat keinen Schritt „%1“.</translation>
    </message>
    <message>
        <source>Your lesson was refused, so this is the built-in one. %1</source>
        <translation>Deine Lektion wurde abgelehnt, daher ist dies die eingebaute. %1</translation>
    </message>
    <message>
        <source>Autoplay: every stage of the built-in lesson did what it expects, but your lesson was refused (see above), so the run fails.</source>
        <translation>Autoplay: Jeder Schritt der eingebauten Lektion tat, was er erwartet, aber deine Lektion wurde abgelehnt (siehe oben), daher schlägt der Lauf fehl.</translation>
    </message>
    <message>
        <source>Autoplay: every stage did what it expects.</source>
        <translation>Autoplay: Jeder Schritt tat, was er erwartet.</translation>
    </message>
    <message>
        <source>Autoplay: these stages did not do what they expect:</source>
        <translation>Autoplay: Diese Schritte taten nicht, was sie erwarten:</translation>
    </message>
    <message>
        <source>Could not start SocketLab again (%1); start it by hand.</source>
        <translation>SocketLab konnte nicht neu gestartet werden (%1); bitte von Hand starten.</translation>
    </message>
</context>
</TS>
