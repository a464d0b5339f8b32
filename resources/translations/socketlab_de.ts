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
    <name>AddressInfo</name>
    <message>
        <source>there is an empty number between two dots</source>
        <translation>zwischen zwei Punkten steht eine leere Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a decimal number</source>
        <translation>„%1“ ist keine Dezimalzahl</translation>
    </message>
    <message numerus="yes">
        <source>it has %n number(s); an IPv4 address has exactly four, separated by dots</source>
        <translation>
            <numerusform>sie hat %n Zahl; eine IPv4-Adresse hat genau vier, durch Punkte getrennt</numerusform>
            <numerusform>sie hat %n Zahlen; eine IPv4-Adresse hat genau vier, durch Punkte getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>it has %1 numbers; an IPv4 address has exactly four</source>
        <translation>sie hat %1 Zahlen; eine IPv4-Adresse hat genau vier</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some systems read as octal; inet_pton refuses it</source>
        <translation>„%1“ beginnt mit einer Null, die manche Systeme als Oktalzahl lesen; inet_pton lehnt das ab</translation>
    </message>
    <message>
        <source>%1 is over 255, the largest value one byte can hold</source>
        <translation>%1 ist größer als 255, der größte Wert, den ein Byte fassen kann</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal digit (0-9, a-f)</source>
        <translation>„%1“ ist keine Hexadezimalziffer (0-9, a-f)</translation>
    </message>
    <message>
        <source>it has three colons in a row</source>
        <translation>sie hat drei Doppelpunkte hintereinander</translation>
    </message>
    <message>
        <source>“::” appears %1 times; it may stand for a run of zero groups only once</source>
        <translation>„::“ kommt %1-mal vor; es darf nur einmal für eine Folge von Null-Gruppen stehen</translation>
    </message>
    <message>
        <source>it starts with a single colon</source>
        <translation>sie beginnt mit einem einzelnen Doppelpunkt</translation>
    </message>
    <message>
        <source>it ends with a single colon</source>
        <translation>sie endet mit einem einzelnen Doppelpunkt</translation>
    </message>
    <message>
        <source>the IPv4 part at the end, “%1”, is not a valid IPv4 address</source>
        <translation>der IPv4-Teil am Ende, „%1“, ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>an IPv4 part may only come last</source>
        <translation>ein IPv4-Teil darf nur am Ende stehen</translation>
    </message>
    <message>
        <source>the group “%1” has more than four hex digits</source>
        <translation>die Gruppe „%1“ hat mehr als vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>it has %1 groups; without “::” it needs %2</source>
        <translation>sie hat %1 Gruppen; ohne „::“ braucht sie %2</translation>
    </message>
    <message>
        <source>it has %1 groups, more than the %2 an IPv6 address holds</source>
        <translation>sie hat %1 Gruppen, mehr als die %2, die eine IPv6-Adresse fasst</translation>
    </message>
    <message>
        <source>Type an address such as 192.168.1.100, 2001:db8::1 or [::1]:443.</source>
        <translation>Eine Adresse eingeben, etwa 192.168.1.100, 2001:db8::1 oder [::1]:443.</translation>
    </message>
    <message>
        <source>nothing is typed yet</source>
        <translation>noch ist nichts eingegeben</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>sie enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>Remove the space.</source>
        <translation>Das Leerzeichen entfernen.</translation>
    </message>
    <message>
        <source>the “[” has no matching “]”</source>
        <translation>zur „[“ fehlt die passende „]“</translation>
    </message>
    <message>
        <source>Close the bracket, as in [2001:db8::1]:443.</source>
        <translation>Die Klammer schließen, wie in [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>only “:port” may follow the “]”</source>
        <translation>nach der „]“ darf nur „:Port“ folgen</translation>
    </message>
    <message>
        <source>Write the port after a colon, as in [::1]:443.</source>
        <translation>Den Port nach einem Doppelpunkt schreiben, wie in [::1]:443.</translation>
    </message>
    <message>
        <source>square brackets are only for IPv6 addresses</source>
        <translation>eckige Klammern gibt es nur für IPv6-Adressen</translation>
    </message>
    <message>
        <source>Write an IPv4 address with a port as 192.168.1.100:80.</source>
        <translation>Eine IPv4-Adresse mit Port so schreiben: 192.168.1.100:80.</translation>
    </message>
    <message>
        <source>it has one colon: an IPv6 address has at least two, and an IPv4 address with a port has dots before the colon</source>
        <translation>sie hat einen Doppelpunkt: Eine IPv6-Adresse hat mindestens zwei, und eine IPv4-Adresse mit Port hat Punkte vor dem Doppelpunkt</translation>
    </message>
    <message>
        <source>there is a colon but no port after it</source>
        <translation>nach dem Doppelpunkt folgt kein Port</translation>
    </message>
    <message>
        <source>Add a port from 0 to 65535, or remove the colon.</source>
        <translation>Einen Port von 0 bis 65535 anfügen oder den Doppelpunkt entfernen.</translation>
    </message>
    <message>
        <source>the port “%1” is not a whole number</source>
        <translation>der Port „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>A port is a whole number from 0 to 65535.</source>
        <translation>Ein Port ist eine ganze Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>port %1 is over 65535, the largest 16-bit value</source>
        <translation>Port %1 ist größer als 65535, der größte 16-Bit-Wert</translation>
    </message>
    <message>
        <source>Ports are 16-bit numbers: 0 to 65535.</source>
        <translation>Ports sind 16-Bit-Zahlen: 0 bis 65535.</translation>
    </message>
    <message>
        <source>a %scope belongs only to IPv6 addresses</source>
        <translation>ein %Bereich (Scope) gehört nur zu IPv6-Adressen</translation>
    </message>
    <message>
        <source>Remove the part from “%” on.</source>
        <translation>Den Teil ab „%“ entfernen.</translation>
    </message>
    <message>
        <source>nothing follows the “%”</source>
        <translation>nach dem „%“ folgt nichts</translation>
    </message>
    <message>
        <source>Name the interface, as in fe80::1%eth0, or give its index, as in fe80::1%2.</source>
        <translation>Die Schnittstelle nennen, wie in fe80::1%eth0, oder ihren Index angeben, wie in fe80::1%2.</translation>
    </message>
    <message>
        <source>the scope “%1” is not an interface name or index</source>
        <translation>der Scope „%1“ ist weder Name noch Index einer Schnittstelle</translation>
    </message>
    <message>
        <source>Use an interface name (eth0, lo, wlan0) or its number.</source>
        <translation>Den Namen einer Schnittstelle (eth0, lo, wlan0) oder ihre Nummer angeben.</translation>
    </message>
    <message>
        <source>An IPv6 address is eight groups of up to four hex digits separated by colons; “::” stands for one run of zero groups.</source>
        <translation>Eine IPv6-Adresse besteht aus acht Gruppen von bis zu vier Hexadezimalziffern, getrennt durch Doppelpunkte; „::“ steht für eine Folge von Null-Gruppen.</translation>
    </message>
    <message>
        <source>If the last part is a port, put the address in brackets: [2001:db8::1]:443.</source>
        <translation>Ist der letzte Teil ein Port, die Adresse in Klammern setzen: [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>sie ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>An IPv4 address is four numbers from 0 to 255 separated by dots, as in 192.168.1.100.</source>
        <translation>Eine IPv4-Adresse besteht aus vier Zahlen von 0 bis 255, getrennt durch Punkte, wie in 192.168.1.100.</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>sie ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation>privat (RFC 1918)</translation>
    </message>
    <message>
        <source>shared (RFC 6598)</source>
        <translation>geteilt (RFC 6598)</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>unique-local (RFC 4193)</source>
        <translation>Unique Local (RFC 4193)</translation>
    </message>
    <message>
        <source>IPv4-mapped</source>
        <translation>IPv4-gemappt</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>Not an address.</source>
        <translation>Keine Adresse.</translation>
    </message>
    <message>
        <source>Means “no particular address”: bind to it to accept connections on every interface; never a destination.</source>
        <translation>Bedeutet „keine bestimmte Adresse“: Wer daran bindet, nimmt Verbindungen auf jeder Schnittstelle an; nie ein Ziel.</translation>
    </message>
    <message>
        <source>Traffic to it never leaves this machine: the kernel hands it straight back (interface lo).</source>
        <translation>Verkehr dorthin verlässt diesen Rechner nie: Der Kernel reicht ihn direkt zurück (Schnittstelle lo).</translation>
    </message>
    <message>
        <source>Usable inside a home or company network; routers on the Internet drop it, so NAT translates it on the way out.</source>
        <translation>Nutzbar innerhalb eines Heim- oder Firmennetzes; Router im Internet verwerfen sie, deshalb übersetzt NAT sie auf dem Weg nach draußen.</translation>
    </message>
    <message>
        <source>Used between a provider&apos;s NAT and its customers (carrier-grade NAT); not routed on the Internet.</source>
        <translation>Zwischen dem NAT eines Providers und seinen Kunden verwendet (Carrier-Grade-NAT); im Internet nicht geroutet.</translation>
    </message>
    <message>
        <source>Valid only on one network link, e.g. self-assigned when no DHCP answers; IPv6 needs a %scope to say which link.</source>
        <translation>Nur auf einer Netzverbindung gültig, etwa selbst vergeben, wenn kein DHCP antwortet; IPv6 braucht einen %Scope, der die Verbindung nennt.</translation>
    </message>
    <message>
        <source>Names a group: one datagram sent to it reaches every member that joined; not for TCP.</source>
        <translation>Benennt eine Gruppe: Ein dorthin gesendetes Datagramm erreicht jedes Mitglied, das beigetreten ist; nicht für TCP.</translation>
    </message>
    <message>
        <source>Set aside for examples in books and manuals; never assigned to a real host.</source>
        <translation>Für Beispiele in Büchern und Handbüchern reserviert; nie an einen echten Rechner vergeben.</translation>
    </message>
    <message>
        <source>IPv6&apos;s counterpart of private addresses: routed inside a site, never on the Internet.</source>
        <translation>Das IPv6-Gegenstück zu privaten Adressen: innerhalb eines Standorts geroutet, nie im Internet.</translation>
    </message>
    <message>
        <source>An IPv4 address written inside IPv6; a dual-stack socket shows IPv4 peers this way.</source>
        <translation>Eine in IPv6 geschriebene IPv4-Adresse; ein Dual-Stack-Socket zeigt IPv4-Gegenseiten so an.</translation>
    </message>
    <message>
        <source>Reaches every host on the local network segment; routers never forward it.</source>
        <translation>Erreicht jeden Rechner im lokalen Netzsegment; Router leiten sie nie weiter.</translation>
    </message>
    <message>
        <source>Set aside by IANA and not used for ordinary hosts.</source>
        <translation>Von der IANA zurückgehalten und nicht für gewöhnliche Rechner verwendet.</translation>
    </message>
    <message>
        <source>A public address: routers on the Internet can carry packets to it.</source>
        <translation>Eine öffentliche Adresse: Router im Internet können Pakete zu ihr befördern.</translation>
    </message>
</context>
<context>
    <name>BytesFormat</name>
    <message>
        <source>The text ends with a lone backslash; write \\ for a backslash.</source>
        <translation>Der Text endet mit einem einzelnen Backslash; für einen Backslash \\ schreiben.</translation>
    </message>
    <message>
        <source>\x at character %1 needs two hex digits, like \x00 or \x1b.</source>
        <translation>\x bei Zeichen %1 braucht zwei Hex-Ziffern, etwa \x00 oder \x1b.</translation>
    </message>
    <message>
        <source>\u at character %1 needs four hex digits, like \u00e9.</source>
        <translation>\u bei Zeichen %1 braucht vier Hex-Ziffern, etwa \u00e9.</translation>
    </message>
    <message>
        <source>\U at character %1 needs eight hex digits, like \U0001f600.</source>
        <translation>\U bei Zeichen %1 braucht acht Hex-Ziffern, etwa \U0001f600.</translation>
    </message>
    <message>
        <source>%1 at character %2 names no character: code points end at U+10FFFF, and U+D800 to U+DFFF are kept for UTF-16.</source>
        <translation>%1 bei Zeichen %2 benennt kein Zeichen: Codepunkte enden bei U+10FFFF, und U+D800 bis U+DFFF sind für UTF-16 reserviert.</translation>
    </message>
    <message>
        <source>Unknown escape \%1 at character %2; use \xNN, \uNNNN, \UNNNNNNNN, \0, \n, \r, \t or \\.</source>
        <translation>Unbekanntes Escape \%1 bei Zeichen %2; \xNN, \uNNNN, \UNNNNNNNN, \0, \n, \r, \t oder \\ verwenden.</translation>
    </message>
</context>
<context>
    <name>CallButtons</name>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <source>Show or hide the fields the calls take: address, port, backlog, bufsize, message</source>
        <translation>Die Felder der Aufrufe zeigen oder verbergen: Adresse, Port, Backlog, bufsize, Nachricht</translation>
    </message>
    <message>
        <source>Every &amp;call</source>
        <translation>&amp;Jeder Aufruf</translation>
    </message>
    <message>
        <source>Enable every button, also calls that make no sense now, to see the kernel&apos;s error</source>
        <translation>Jeden Knopf freigeben, auch Aufrufe, die jetzt keinen Sinn ergeben, um den Fehler des Kernels zu sehen</translation>
    </message>
    <message>
        <source>Connection the conn buttons act on</source>
        <translation>Verbindung, auf die die conn-Knöpfe wirken</translation>
    </message>
    <message>
        <source>The connection accept() returned that these calls use</source>
        <translation>Die von accept() gelieferte Verbindung, die diese Aufrufe nutzen</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>There is no connection yet: the server&apos;s accept() returns one.</source>
        <translation>Noch keine Verbindung: accept() des Servers liefert eine.</translation>
    </message>
    <message>
        <source>%1 already has a socket: close() it first.</source>
        <translation>%1 hat schon einen Socket: zuerst close().</translation>
    </message>
    <message>
        <source>%1 is closed: socket() makes a new one.</source>
        <translation>%1 ist geschlossen: socket() legt einen neuen an.</translation>
    </message>
    <message>
        <source>%1 has no socket yet: press socket() first.</source>
        <translation>%1 hat noch keinen Socket: zuerst socket() drücken.</translation>
    </message>
    <message>
        <source>No call of %1 is waiting.</source>
        <translation>Kein Aufruf von %1 wartet.</translation>
    </message>
    <message>
        <source>%1 is bound already: one socket binds once.</source>
        <translation>%1 ist schon gebunden: Ein Socket bindet nur einmal.</translation>
    </message>
    <message>
        <source>A SOCK_DGRAM socket does not listen: it takes datagrams with recvfrom().</source>
        <translation>Ein SOCK_DGRAM-Socket lauscht nicht: Er nimmt Datagramme mit recvfrom() an.</translation>
    </message>
    <message>
        <source>%1 listens already.</source>
        <translation>%1 lauscht schon.</translation>
    </message>
    <message>
        <source>bind() first: listen() waits on the address bind() gave.</source>
        <translation>Zuerst bind(): listen() wartet an der Adresse, die bind() vergeben hat.</translation>
    </message>
    <message>
        <source>listen() first: accept() takes connections from its queue.</source>
        <translation>Zuerst listen(): accept() nimmt Verbindungen aus dessen Warteschlange.</translation>
    </message>
    <message>
        <source>A SOCK_DGRAM socket has no connections to accept.</source>
        <translation>Ein SOCK_DGRAM-Socket hat keine Verbindungen anzunehmen.</translation>
    </message>
    <message>
        <source>accept() is waiting already.</source>
        <translation>accept() wartet schon.</translation>
    </message>
    <message>
        <source>%1 is connected already (or listening): a socket connects once.</source>
        <translation>%1 ist schon verbunden (oder lauscht): Ein Socket verbindet sich nur einmal.</translation>
    </message>
    <message>
        <source>connect() is waiting already.</source>
        <translation>connect() wartet schon.</translation>
    </message>
    <message>
        <source>connect() first: these bytes need a connection.</source>
        <translation>Zuerst connect(): Diese Bytes brauchen eine Verbindung.</translation>
    </message>
    <message>
        <source>A SOCK_DGRAM socket without connect() sends with sendto().</source>
        <translation>Ein SOCK_DGRAM-Socket ohne connect() sendet mit sendto().</translation>
    </message>
    <message>
        <source>sendall() is still sending.</source>
        <translation>sendall() sendet noch.</translation>
    </message>
    <message>
        <source>connect() first: recv() reads a connection&apos;s bytes.</source>
        <translation>Zuerst connect(): recv() liest die Bytes einer Verbindung.</translation>
    </message>
    <message>
        <source>A SOCK_DGRAM socket without connect() reads with recvfrom().</source>
        <translation>Ein SOCK_DGRAM-Socket ohne connect() liest mit recvfrom().</translation>
    </message>
    <message>
        <source>recv() is waiting already.</source>
        <translation>recv() wartet schon.</translation>
    </message>
    <message>
        <source>sendto() sends datagrams: make a SOCK_DGRAM socket (type in the fields).</source>
        <translation>sendto() sendet Datagramme: einen SOCK_DGRAM-Socket anlegen (Typ in den Feldern).</translation>
    </message>
    <message>
        <source>No datagram has come yet: recvfrom() tells addr, where the reply goes.</source>
        <translation>Noch kein Datagramm angekommen: recvfrom() nennt addr, wohin die Antwort geht.</translation>
    </message>
    <message>
        <source>recvfrom() reads datagrams: make a SOCK_DGRAM socket (type in the fields).</source>
        <translation>recvfrom() liest Datagramme: einen SOCK_DGRAM-Socket anlegen (Typ in den Feldern).</translation>
    </message>
    <message>
        <source>%1 has no address yet: nothing can reach it (bind() or sendto() first).</source>
        <translation>%1 hat noch keine Adresse: Nichts erreicht ihn (zuerst bind() oder sendto()).</translation>
    </message>
    <message>
        <source>recvfrom() is waiting already.</source>
        <translation>recvfrom() wartet schon.</translation>
    </message>
    <message>
        <source>Type a host or a port in the fields: getaddrinfo needs one of them.</source>
        <translation>Tragen Sie in den Feldern einen Host oder einen Port ein: getaddrinfo braucht eines davon.</translation>
    </message>
    <message>
        <source>getaddrinfo() is running already.</source>
        <translation>getaddrinfo() läuft schon.</translation>
    </message>
</context>
<context>
    <name>CallFields</name>
    <message>
        <source>Call arguments</source>
        <translation>Argumente der Aufrufe</translation>
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
        <source>Server address: bind() and connect()</source>
        <translation>Adresse des Servers: bind() und connect()</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address; 0.0.0.0 binds every interface.</source>
        <translation>Eine IPv4- oder IPv6-Adresse; 0.0.0.0 bindet an jede Schnittstelle.</translation>
    </message>
    <message>
        <source>Server port: bind() and connect()</source>
        <translation>Port des Servers: bind() und connect()</translation>
    </message>
    <message>
        <source>0 to 65535; bind() to 0 lets the kernel choose a free port.</source>
        <translation>0 bis 65535; bind() an Port 0 lässt den Kernel einen freien Port wählen.</translation>
    </message>
    <message>
        <source>Backlog for listen()</source>
        <translation>Backlog für listen()</translation>
    </message>
    <message>
        <source>How many finished handshakes the kernel may queue before accept().</source>
        <translation>Wie viele fertige Handshakes der Kernel vor accept() einreihen darf.</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) just before bind(): the port may be bound again while an old connection on it is in TIME_WAIT.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) direkt vor bind(): Der Port lässt sich wieder binden, während eine alte Verbindung darauf in TIME_WAIT steht.</translation>
    </message>
    <message>
        <source>Buffer size for recv()</source>
        <translation>Puffergröße für recv()</translation>
    </message>
    <message>
        <source>The most bytes one recv() returns.</source>
        <translation>So viele Bytes liefert ein recv() höchstens.</translation>
    </message>
    <message>
        <source>Message for send(), sendall() and sendto()</source>
        <translation>Nachricht für send(), sendall() und sendto()</translation>
    </message>
    <message>
        <source>Sent as UTF-8. Escapes: \n \r \t \0 \\ \xNN (one byte) \uNNNN (a character).</source>
        <translation>Gesendet als UTF-8. Escapes: \n \r \t \0 \\ \xNN (ein Byte) \uNNNN (ein Zeichen).</translation>
    </message>
    <message>
        <source>Destination of the client&apos;s sendto()</source>
        <translation>Ziel von sendto() des Clients</translation>
    </message>
    <message>
        <source>Where the client&apos;s datagram goes: 127.0.0.1:5000 or [::1]:5000.</source>
        <translation>Wohin das Datagramm des Clients geht: 127.0.0.1:5000 oder [::1]:5000.</translation>
    </message>
    <message>
        <source>Buffer size for recvfrom()</source>
        <translation>Puffergröße für recvfrom()</translation>
    </message>
    <message>
        <source>The most bytes one recvfrom() keeps; the rest of a longer datagram is lost.</source>
        <translation>So viele Bytes behält ein recvfrom() höchstens; der Rest eines längeren Datagramms geht verloren.</translation>
    </message>
    <message>
        <source>t&amp;ype</source>
        <translation>T&amp;yp</translation>
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
        <source>bac&amp;klog</source>
        <translation>bac&amp;klog</translation>
    </message>
    <message>
        <source>&amp;bufsize</source>
        <translation>&amp;bufsize</translation>
    </message>
    <message>
        <source>&amp;message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>send&amp;to</source>
        <translation>send&amp;to</translation>
    </message>
    <message>
        <source>recv&amp;from</source>
        <translation>recv&amp;from</translation>
    </message>
    <message>
        <source>Problem with the fields</source>
        <translation>Problem mit den Feldern</translation>
    </message>
    <message>
        <source>host, port: %1 %2</source>
        <translation>Host, Port: %1 %2</translation>
    </message>
    <message>
        <source>sendto: a datagram goes to an IP address and port, such as 127.0.0.1:5000 or [::1]:5000.</source>
        <translation>sendto: Ein Datagramm geht an eine IP-Adresse mit Port, etwa 127.0.0.1:5000 oder [::1]:5000.</translation>
    </message>
    <message>
        <source>sendto: %1 %2</source>
        <translation>sendto: %1 %2</translation>
    </message>
    <message>
        <source>message: %1 Type \\ for a backslash itself.</source>
        <translation>Nachricht: %1 Für einen Backslash selbst \\ tippen.</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>AF_INET or AF_INET6 (as the host is typed): host and port. AF_UNIX: a file path on this machine.</source>
        <translation>AF_INET oder AF_INET6 (je nach eingetragenem Host): Host und Port. AF_UNIX: ein Dateipfad auf diesem Rechner.</translation>
    </message>
    <message>
        <source>AF_UNIX path: bind() and connect()</source>
        <translation>AF_UNIX-Pfad: bind() und connect()</translation>
    </message>
    <message>
        <source>The file bind() makes and connect() reaches (AF_UNIX only).</source>
        <translation>Die Datei, die bind() anlegt und connect() erreicht (nur AF_UNIX).</translation>
    </message>
    <message>
        <source>How shutdown() closes</source>
        <translation>Wie shutdown() schließt</translation>
    </message>
    <message>
        <source>SHUT_WR: no more bytes from this side (the peer reads b&apos;&apos;). SHUT_RD: this side reads no more. SHUT_RDWR: both.</source>
        <translation>SHUT_WR: keine Bytes mehr von dieser Seite (die Gegenseite liest b&apos;&apos;). SHUT_RD: diese Seite liest nichts mehr. SHUT_RDWR: beides.</translation>
    </message>
    <message>
        <source>free p&amp;ort</source>
        <translation>freier P&amp;ort</translation>
    </message>
    <message>
        <source>Use a free port</source>
        <translation>Einen freien Port nehmen</translation>
    </message>
    <message>
        <source>Asks the kernel for a port that is free right now (bind to port 0, then getsockname) and puts it in the port field.</source>
        <translation>Fragt den Kernel nach einem Port, der gerade frei ist (bind an Port 0, dann getsockname), und trägt ihn ins Port-Feld ein.</translation>
    </message>
    <message>
        <source>fami&amp;ly</source>
        <translation>Fami&amp;lie</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>sh&amp;utdown</source>
        <translation>sh&amp;utdown</translation>
    </message>
    <message>
        <source>path: %1 %2</source>
        <translation>Pfad: %1 %2</translation>
    </message>
    <message>
        <source>free port: the kernel gave no port for host %1; type a numeric address of this machine (127.0.0.1, ::1).</source>
        <translation>freier Port: der Kernel gab für den Host %1 keinen Port; tragen Sie eine numerische Adresse dieses Rechners ein (127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <source>Stage caption</source>
        <translation>Untertitel des Schritts</translation>
    </message>
    <message>
        <source>Show the whole narration (N)</source>
        <translation>Die ganze Erläuterung zeigen (N)</translation>
    </message>
    <message>
        <source>N: whole narration</source>
        <translation>N: ganze Erläuterung</translation>
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
        <source>Use the lesson in folder DIR (index.json and Markdown files).</source>
        <translation>Die Lektion im Ordner ORDNER verwenden (index.json und Markdown-Dateien).</translation>
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
    <message>
        <source>Write every call event to FILE, one JSON object a line (a run of recv calls is one line with its chunk sizes), until FILE holds --events-limit MB; a last line then says what was left out.</source>
        <translation>Jedes Aufruf-Ereignis in DATEI schreiben, ein JSON-Objekt pro Zeile (eine Folge von recv-Aufrufen ist eine Zeile mit ihren Stückgrößen), bis DATEI --events-limit MB enthält; eine letzte Zeile sagt dann, was ausgelassen wurde.</translation>
    </message>
    <message>
        <source>Most MB (millions of bytes) --events writes, default %1; 0 for no limit.</source>
        <translation>Höchstens so viele MB (Millionen Bytes) schreibt --events, Vorgabe %1; 0 für keine Grenze.</translation>
    </message>
    <message>
        <source>--events-limit must be a number of MB from 0 (no limit) to 1000000, not &quot;%1&quot;.</source>
        <translation>--events-limit muss eine Anzahl MB von 0 (keine Grenze) bis 1000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Run the start stage&apos;s demo at once (with --stage and --present: a prepared screen).</source>
        <translation>Die Demo des Startschritts gleich ausführen (mit --stage und --present: ein vorbereiteter Bildschirm).</translation>
    </message>
    <message>
        <source>--demo and --autoplay do not go together: --autoplay runs every demo already.</source>
        <translation>--demo und --autoplay passen nicht zusammen: --autoplay führt schon jede Demo aus.</translation>
    </message>
    <message>
        <source>role</source>
        <comment>--help value name</comment>
        <translation>rolle</translation>
    </message>
    <message>
        <source>host</source>
        <comment>--help value name</comment>
        <translation>host</translation>
    </message>
    <message>
        <source>port</source>
        <comment>--help value name</comment>
        <translation>port</translation>
    </message>
    <message>
        <source>file</source>
        <comment>--help value name</comment>
        <translation>datei</translation>
    </message>
    <message>
        <source>mb</source>
        <comment>--help value name</comment>
        <translation>mb</translation>
    </message>
    <message>
        <source>dir</source>
        <comment>--help value name</comment>
        <translation>ordner</translation>
    </message>
    <message>
        <source>id</source>
        <comment>--help value name</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>--help value name</comment>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>code</source>
        <comment>--help value name</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Once the start stage is in place (and, with --demo, its demo ran), write what presentation mode shows of each of the stage&apos;s focus to FILE as JSON: {&quot;stage&quot;: id, &quot;focus&quot;: [{&quot;name&quot;: ..., &quot;text&quot;: ...}]}.</source>
        <translation>Sobald der Start-Schritt bereit ist (und mit --demo seine Demo lief), in DATEI als JSON schreiben, was der Präsentationsmodus von jedem Fokus des Schritts zeigt: {&quot;stage&quot;: id, &quot;focus&quot;: [{&quot;name&quot;: ..., &quot;text&quot;: ...}]}.</translation>
    </message>
    <message>
        <source>--focus-texts needs a file name.</source>
        <translation>--focus-texts braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--focus-texts and --autoplay do not go together: --focus-texts writes the start stage&apos;s texts once.</source>
        <translation>--focus-texts und --autoplay passen nicht zusammen: --focus-texts schreibt die Texte des Start-Schritts einmal.</translation>
    </message>
    <message>
        <source>Where the sockets live: lab (default), a private network of SocketLab&apos;s own whose segments the wire lane shows, or host, this machine&apos;s network, for outside peers and a classroom.</source>
        <translation>Wo die Sockets leben: lab (Vorgabe), ein eigenes privates Netz von SocketLab, dessen Segmente die Leitungsspur zeigt, oder host, das Netz dieses Rechners, für Gegenstellen von außen und ein Klassenzimmer.</translation>
    </message>
    <message>
        <source>network</source>
        <comment>--help value name</comment>
        <translation>netz</translation>
    </message>
    <message>
        <source>When SocketLab quits, write the segments captured to FILE as pcap (Wireshark and tshark read it).</source>
        <translation>Beim Beenden von SocketLab die mitgeschnittenen Segmente als pcap in DATEI schreiben (Wireshark und tshark lesen sie).</translation>
    </message>
    <message>
        <source>--network must be lab or host, not &quot;%1&quot;.</source>
        <translation>--network muss lab oder host sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pcap needs a file name, such as capture.pcap.</source>
        <translation>--pcap braucht einen Dateinamen, etwa capture.pcap.</translation>
    </message>
    <message>
        <source>The side this machine plays: server, client or both.</source>
        <translation>Seite dieses Rechners: server, client oder both.</translation>
    </message>
    <message>
        <source>Address the call buttons start with.</source>
        <translation>Adresse, mit der die Aufruf-Knöpfe beginnen.</translation>
    </message>
    <message>
        <source>Port the call buttons start with (0-65535).</source>
        <translation>Port, mit dem die Aufruf-Knöpfe beginnen (0-65535).</translation>
    </message>
</context>
<context>
    <name>Constants</name>
    <message>
        <source>AF_INET6 is 10 on Linux, 30 on macOS, 28 on FreeBSD and 23 on Windows: always use the name, never the number.</source>
        <translation>AF_INET6 ist 10 unter Linux, 30 unter macOS, 28 unter FreeBSD und 23 unter Windows: immer den Namen verwenden, nie die Zahl.</translation>
    </message>
    <message>
        <source>AF_UNIX is 1 on Linux, macOS and Windows 10+, which accepts it since 2018.</source>
        <translation>AF_UNIX ist 1 unter Linux, macOS und Windows 10+, das ihn seit 2018 kennt.</translation>
    </message>
    <message>
        <source>AF_PACKET exists only on Linux; macOS and the BSDs use BPF devices instead.</source>
        <translation>AF_PACKET gibt es nur unter Linux; macOS und die BSDs verwenden stattdessen BPF-Geräte.</translation>
    </message>
    <message>
        <source>AF_ROUTE is an alias of AF_NETLINK (16) on Linux, but its own family 17 on macOS.</source>
        <translation>AF_ROUTE ist unter Linux ein anderer Name für AF_NETLINK (16), unter macOS aber eine eigene Familie 17.</translation>
    </message>
    <message>
        <source>SOCK_STREAM is 1 almost everywhere, but 2 on Linux for MIPS processors.</source>
        <translation>SOCK_STREAM ist fast überall 1, aber 2 unter Linux auf MIPS-Prozessoren.</translation>
    </message>
    <message>
        <source>SOCK_DGRAM is 2 almost everywhere, but 1 on Linux for MIPS processors.</source>
        <translation>SOCK_DGRAM ist fast überall 2, aber 1 unter Linux auf MIPS-Prozessoren.</translation>
    </message>
    <message>
        <source>SOCK_NONBLOCK is a Linux (and BSD) extension; macOS and Windows have no such flag and need fcntl/ioctlsocket.</source>
        <translation>SOCK_NONBLOCK ist eine Erweiterung von Linux (und BSD); macOS und Windows haben kein solches Flag und brauchen fcntl/ioctlsocket.</translation>
    </message>
    <message>
        <source>SOCK_CLOEXEC is a Linux (and BSD) extension; macOS lacks it.</source>
        <translation>SOCK_CLOEXEC ist eine Erweiterung von Linux (und BSD); macOS fehlt sie.</translation>
    </message>
    <message>
        <source>SOL_SOCKET is 1 on Linux but 0xffff (65535) on macOS, the BSDs and Windows.</source>
        <translation>SOL_SOCKET ist 1 unter Linux, aber 0xffff (65535) unter macOS, den BSDs und Windows.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is 2 on Linux and 4 on macOS and Windows; on Windows it also lets another program steal a bound port.</source>
        <translation>SO_REUSEADDR ist 2 unter Linux und 4 unter macOS und Windows; unter Windows lässt es außerdem ein anderes Programm einen gebundenen Port übernehmen.</translation>
    </message>
    <message>
        <source>SO_REUSEPORT is 15 on Linux and 0x200 on macOS, with different load-balancing rules; Windows has none.</source>
        <translation>SO_REUSEPORT ist 15 unter Linux und 0x200 unter macOS, mit anderen Regeln zur Lastverteilung; Windows hat es nicht.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE is 9 on Linux and 8 on macOS and Windows.</source>
        <translation>SO_KEEPALIVE ist 9 unter Linux und 8 unter macOS und Windows.</translation>
    </message>
    <message>
        <source>SO_ERROR is 4 on Linux and 0x1007 on macOS and Windows.</source>
        <translation>SO_ERROR ist 4 unter Linux und 0x1007 unter macOS und Windows.</translation>
    </message>
    <message>
        <source>SO_RCVBUF is 8 on Linux and 0x1002 on macOS and Windows; Linux doubles the value you set.</source>
        <translation>SO_RCVBUF ist 8 unter Linux und 0x1002 unter macOS und Windows; Linux verdoppelt den gesetzten Wert.</translation>
    </message>
    <message>
        <source>SO_SNDBUF is 7 on Linux and 0x1001 on macOS and Windows; Linux doubles the value you set.</source>
        <translation>SO_SNDBUF ist 7 unter Linux und 0x1001 unter macOS und Windows; Linux verdoppelt den gesetzten Wert.</translation>
    </message>
    <message>
        <source>MSG_NOSIGNAL exists on Linux and the BSDs; macOS uses the SO_NOSIGPIPE option instead, and Windows never raises SIGPIPE.</source>
        <translation>MSG_NOSIGNAL gibt es unter Linux und den BSDs; macOS verwendet stattdessen die Option SO_NOSIGPIPE, und Windows löst nie SIGPIPE aus.</translation>
    </message>
    <message>
        <source>MSG_DONTWAIT is 0x40 on Linux and 0x80 on macOS; Windows has no such flag.</source>
        <translation>MSG_DONTWAIT ist 0x40 unter Linux und 0x80 unter macOS; Windows hat kein solches Flag.</translation>
    </message>
    <message>
        <source>MSG_WAITALL is 0x100 on Linux, 0x40 on macOS and 0x8 on Windows.</source>
        <translation>MSG_WAITALL ist 0x100 unter Linux, 0x40 unter macOS und 0x8 unter Windows.</translation>
    </message>
    <message>
        <source>IPPROTO_IPV6 is 41 everywhere: protocol numbers come from IANA, not from the operating system.</source>
        <translation>IPPROTO_IPV6 ist überall 41: Protokollnummern vergibt die IANA, nicht das Betriebssystem.</translation>
    </message>
    <message>
        <source>IPPROTO_TCP is 6 everywhere: protocol numbers come from IANA&apos;s registry, not from the operating system.</source>
        <translation>IPPROTO_TCP ist überall 6: Protokollnummern stammen aus dem Register der IANA, nicht vom Betriebssystem.</translation>
    </message>
    <message>
        <source>IPPROTO_UDP is 17 everywhere: protocol numbers come from IANA&apos;s registry, not from the operating system.</source>
        <translation>IPPROTO_UDP ist überall 17: Protokollnummern stammen aus dem Register der IANA, nicht vom Betriebssystem.</translation>
    </message>
    <message>
        <source>IPV6_V6ONLY is 26 on Linux and 27 on macOS and Windows; its default is off on Linux and on in Windows.</source>
        <translation>IPV6_V6ONLY ist 26 unter Linux und 27 unter macOS und Windows; unter Linux ist es anfangs aus, unter Windows an.</translation>
    </message>
    <message>
        <source>EAI_NONAME is -2 with glibc, 8 on macOS, and 11001 (WSAHOST_NOT_FOUND) on Windows.</source>
        <translation>EAI_NONAME ist -2 mit glibc, 8 unter macOS und 11001 (WSAHOST_NOT_FOUND) unter Windows.</translation>
    </message>
    <message>
        <source>EAI_SERVICE is -8 with glibc, 9 on macOS, and 10109 (WSATYPE_NOT_FOUND) on Windows.</source>
        <translation>EAI_SERVICE ist -8 mit glibc, 9 unter macOS und 10109 (WSATYPE_NOT_FOUND) unter Windows.</translation>
    </message>
    <message>
        <source>EAI_AGAIN is -3 with glibc, 2 on macOS, and 11002 (WSATRY_AGAIN) on Windows.</source>
        <translation>EAI_AGAIN ist -3 mit glibc, 2 unter macOS und 11002 (WSATRY_AGAIN) unter Windows.</translation>
    </message>
    <message>
        <source>AI_CANONNAME is 2 on Linux, macOS and Windows.</source>
        <translation>AI_CANONNAME ist 2 unter Linux, macOS und Windows.</translation>
    </message>
    <message>
        <source>AI_NUMERICHOST is 4 on Linux, macOS and Windows.</source>
        <translation>AI_NUMERICHOST ist 4 unter Linux, macOS und Windows.</translation>
    </message>
    <message>
        <source>AI_ADDRCONFIG is 0x20 with glibc, 0x400 on macOS and Windows.</source>
        <translation>AI_ADDRCONFIG ist 0x20 mit glibc, 0x400 unter macOS und Windows.</translation>
    </message>
    <message>
        <source>SHUT_RDWR is 2 everywhere; Windows calls it SD_BOTH.</source>
        <translation>SHUT_RDWR ist überall 2; Windows nennt es SD_BOTH.</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>diesem System</translation>
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
    <name>DemoAction</name>
    <message>
        <source>bad %1 &quot;%2&quot;: expected a whole number from %3 to %4</source>
        <translation>ungültiger Wert für %1, „%2“: erwartet ist eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>bad %1 &quot;%2&quot;: expected %3</source>
        <translation>ungültiger Wert für %1, „%2“: erwartet ist %3</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>option value</source>
        <translation>Optionswert</translation>
    </message>
    <message>
        <source>shutdown mode</source>
        <translation>shutdown-Modus</translation>
    </message>
    <message>
        <source>stop rule</source>
        <translation>Abbruchregel</translation>
    </message>
    <message>
        <source>explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>backlog</translation>
    </message>
    <message>
        <source>client count</source>
        <translation>Anzahl der Clients</translation>
    </message>
    <message>
        <source>timeout in ms</source>
        <translation>Zeitlimit in ms</translation>
    </message>
    <message>
        <source>byte count</source>
        <translation>Anzahl der Bytes</translation>
    </message>
    <message>
        <source>bad host &quot;%1&quot;: expected an IPv4 or IPv6 address (no brackets) or a host name</source>
        <translation>ungültiger Host „%1“: erwartet ist eine IPv4- oder IPv6-Adresse (ohne Klammern) oder ein Rechnername</translation>
    </message>
    <message>
        <source>port or service name</source>
        <translation>Port oder Dienstname</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is longer than 107 bytes (sun_path holds 108 with the NUL)</source>
        <translation>der Pfad „%1“ ist länger als 107 Bytes (sun_path fasst 108 mit dem NUL)</translation>
    </message>
    <message>
        <source>bad path &quot;%1&quot;: a socket path contains a &apos;.&apos; or a &apos;/&apos;, e.g. socketlab.sock</source>
        <translation>ungültiger Pfad „%1“: ein Socket-Pfad enthält einen „.“ oder einen „/“, z. B. socketlab.sock</translation>
    </message>
    <message>
        <source>bad constant prefix &quot;%1&quot;: expected capitals, digits and _, e.g. AF_</source>
        <translation>ungültiges Konstanten-Präfix „%1“: erwartet sind Großbuchstaben, Ziffern und _, z. B. AF_</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>erwartet „%1“, gefunden „%2“</translation>
    </message>
    <message>
        <source>empty action</source>
        <translation>leere Aktion</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: an action starts with server., client., crowd., explorer., measure. or is reset</source>
        <translation>unbekannte Aktion „%1“: Eine Aktion beginnt mit server., client., crowd., explorer., measure. oder ist reset</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: %2 knows %3</source>
        <translation>unbekannte Aktion „%1“: %2 kennt %3</translation>
    </message>
    <message>
        <source>needs a text after it</source>
        <translation>braucht danach einen Text</translation>
    </message>
    <message>
        <source>bad arguments for %1%2; it takes %3</source>
        <translation>ungültige Argumente für %1%2; erlaubt ist %3</translation>
    </message>
    <message>
        <source>until a chunk is shorter than %1</source>
        <translation>bis ein Stück kürzer ist als %1</translation>
    </message>
    <message>
        <source>until b&apos;&apos;</source>
        <translation>bis b&apos;&apos;</translation>
    </message>
    <message>
        <source>until the announced length is in</source>
        <translation>bis die angekündigte Länge da ist</translation>
    </message>
    <message>
        <source>until %1 arrives</source>
        <translation>bis %1 ankommt</translation>
    </message>
    <message>
        <source>again %1</source>
        <translation>wiederholt, %1</translation>
    </message>
    <message>
        <source>again until b&apos;&apos;, then conn.close()</source>
        <translation>wiederholt bis b&apos;&apos;, dann conn.close()</translation>
    </message>
    <message>
        <source>the extra clients close</source>
        <translation>die zusätzlichen Clients schließen</translation>
    </message>
    <message>
        <source>%1 more clients connect, each giving up after %2 ms</source>
        <translation>%1 weitere Clients verbinden sich, jeder gibt nach %2 ms auf</translation>
    </message>
    <message>
        <source>measure: %1 bytes over %2, read with recv(%3)</source>
        <translation>Messung: %1 Bytes über %2, gelesen mit recv(%3)</translation>
    </message>
    <message>
        <source>fresh panels: every socket closed</source>
        <translation>frische Bereiche: jeder Socket geschlossen</translation>
    </message>
    <message>
        <source>address explorer: %1</source>
        <translation>Adress-Explorer: %1</translation>
    </message>
    <message>
        <source>port explorer: %1</source>
        <translation>Port-Explorer: %1</translation>
    </message>
    <message>
        <source>open the %1 explorer</source>
        <translation>den Explorer %1 öffnen</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Enter a whole number from 0 to 65535 (0 lets the kernel choose a free port).</source>
        <translation>Eine ganze Zahl von 0 bis 65535 eingeben (bei 0 wählt der Kernel einen freien Port).</translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation>Der Port ist leer.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a whole number.</source>
        <translation>Der Port „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports go from 0 to 65535 (16 bits).</source>
        <translation>Der Port %1 liegt außerhalb des Bereichs: Ports gehen von 0 bis 65535 (16 Bit).</translation>
    </message>
    <message>
        <source>The socket path is empty.</source>
        <translation>Der Socket-Pfad ist leer.</translation>
    </message>
    <message>
        <source>Enter a file path such as /tmp/socketlab.sock.</source>
        <translation>Einen Dateipfad wie /tmp/socketlab.sock eingeben.</translation>
    </message>
    <message>
        <source>The path is %1 bytes long; an AF_UNIX address holds at most %2 bytes (sun_path has room for %3 with the final NUL).</source>
        <translation>Der Pfad ist %1 Bytes lang; eine AF_UNIX-Adresse fasst höchstens %2 Bytes (sun_path hat Platz für %3 mit dem abschließenden NUL).</translation>
    </message>
    <message>
        <source>Use a shorter path, for example one directly under /tmp.</source>
        <translation>Einen kürzeren Pfad verwenden, zum Beispiel direkt unter /tmp.</translation>
    </message>
    <message>
        <source>Address family %1 is not one SocketLab handles.</source>
        <translation>Die Adressfamilie %1 behandelt SocketLab nicht.</translation>
    </message>
    <message>
        <source>Use AF_INET, AF_INET6 or AF_UNIX.</source>
        <translation>AF_INET, AF_INET6 oder AF_UNIX verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address, but the socket is AF_INET.</source>
        <translation>„%1“ ist eine IPv6-Adresse, aber der Socket ist AF_INET.</translation>
    </message>
    <message>
        <source>Use an IPv4 address such as 127.0.0.1, or an AF_INET6 socket.</source>
        <translation>Eine IPv4-Adresse wie 127.0.0.1 oder einen AF_INET6-Socket verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address, but the socket is AF_INET6.</source>
        <translation>„%1“ ist eine IPv4-Adresse, aber der Socket ist AF_INET6.</translation>
    </message>
    <message>
        <source>Use an IPv6 address such as ::1 (or ::ffff:%1), or an AF_INET socket.</source>
        <translation>Eine IPv6-Adresse wie ::1 (oder ::ffff:%1) oder einen AF_INET-Socket verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a numeric %2 address.</source>
        <translation>„%1“ ist keine numerische %2-Adresse.</translation>
    </message>
    <message>
        <source>Write four numbers 0-255 separated by dots, e.g. 127.0.0.1; names go through getaddrinfo().</source>
        <translation>Vier Zahlen von 0 bis 255 mit Punkten dazwischen schreiben, z. B. 127.0.0.1; Namen gehen über getaddrinfo().</translation>
    </message>
    <message>
        <source>Write eight groups of hex digits separated by colons, &apos;::&apos; once for zeros, e.g. ::1; names go through getaddrinfo().</source>
        <translation>Acht Gruppen aus Hexadezimalziffern mit Doppelpunkten dazwischen schreiben, „::“ einmal für Nullen, z. B. ::1; Namen gehen über getaddrinfo().</translation>
    </message>
    <message>
        <source>Only IPv6 addresses carry a %scope.</source>
        <translation>Nur IPv6-Adressen tragen einen %Scope.</translation>
    </message>
    <message>
        <source>Remove the part after %.</source>
        <translation>Den Teil nach % entfernen.</translation>
    </message>
    <message>
        <source>This machine has no network interface named &quot;%1&quot;.</source>
        <translation>Dieser Rechner hat keine Netzwerkschnittstelle namens „%1“.</translation>
    </message>
    <message>
        <source>Use an interface name such as lo or eth0, or its index.</source>
        <translation>Einen Schnittstellennamen wie lo oder eth0 oder ihren Index verwenden.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>Write host:port, e.g. 127.0.0.1:5000 or [::1]:5000.</source>
        <translation>Host:Port schreiben, z. B. 127.0.0.1:5000 oder [::1]:5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the form [IPv6]:port.</source>
        <translation>„%1“ hat nicht die Form [IPv6]:Port.</translation>
    </message>
    <message>
        <source>Write the address in brackets followed by the port, e.g. [::1]:5000.</source>
        <translation>Die Adresse in Klammern schreiben, gefolgt vom Port, z. B. [::1]:5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port.</source>
        <translation>„%1“ hat keinen Port.</translation>
    </message>
    <message>
        <source>Add the port after a colon, e.g. 127.0.0.1:5000.</source>
        <translation>Den Port nach einem Doppelpunkt anfügen, z. B. 127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address without brackets.</source>
        <translation>„%1“ sieht aus wie eine IPv6-Adresse ohne Klammern.</translation>
    </message>
    <message>
        <source>Put IPv6 addresses in brackets before the port, e.g. [::1]:5000.</source>
        <translation>IPv6-Adressen vor dem Port in Klammern setzen, z. B. [::1]:5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a numeric IPv4 address.</source>
        <translation>„%1“ ist keine numerische IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Write four numbers 0-255 separated by dots, e.g. 127.0.0.1.</source>
        <translation>Vier Zahlen von 0 bis 255 mit Punkten dazwischen schreiben, z. B. 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a numeric IPv6 address.</source>
        <translation>„%1“ ist keine numerische IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Write an IPv6 address such as ::1, without brackets.</source>
        <translation>Eine IPv6-Adresse wie ::1 schreiben, ohne Klammern.</translation>
    </message>
    <message>
        <source>No address was given.</source>
        <translation>Es wurde keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>Enter a host and port, or a path.</source>
        <translation>Host und Port oder einen Pfad eingeben.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>The file reached its limit of %1 bytes (--events-limit): no event from number %2 on is written.</source>
        <translation>Die Datei hat ihre Grenze von %1 Bytes erreicht (--events-limit): Ab Ereignis Nummer %2 wird keines mehr geschrieben.</translation>
    </message>
    <message>
        <source>The file reached its limit of %1 bytes (--events-limit): %2 events (%3 calls, numbers %4 to %5) are not written.</source>
        <translation>Die Datei hat ihre Grenze von %1 Bytes erreicht (--events-limit): %2 Ereignisse (%3 Aufrufe, Nummern %4 bis %5) werden nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an errno name like EADDRINUSE, or none</source>
        <translation>„%1“ ist kein errno-Name wie EADDRINUSE und nicht none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AF_ name</source>
        <translation>„%1“ ist kein AF_-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SOCK_ name</source>
        <translation>„%1“ ist kein SOCK_-Name</translation>
    </message>
    <message>
        <source>an endpoint cannot be empty</source>
        <translation>ein Endpunkt darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected SUBJECT OP VALUE with OP one of == != &gt;= &lt;= &gt; &lt; contains, separated by single spaces</source>
        <translation>erwartet ist SUBJEKT OP WERT, mit OP aus == != &gt;= &lt;= &gt; &lt; contains, getrennt durch einzelne Leerzeichen</translation>
    </message>
    <message>
        <source>unknown subject &quot;%1&quot; (see the subjects in README.md)</source>
        <translation>unbekanntes Subjekt „%1“ (die Subjekte stehen in README.md)</translation>
    </message>
    <message>
        <source>no value after %1 (write &quot;&quot; for an empty value)</source>
        <translation>kein Wert nach %1 (&quot;&quot; für einen leeren Wert schreiben)</translation>
    </message>
    <message>
        <source>%1 and %2 hold different kinds of value</source>
        <translation>%1 und %2 enthalten verschiedene Arten von Werten</translation>
    </message>
    <message>
        <source>%1 compares numbers only; %2 is not a number</source>
        <translation>%1 vergleicht nur Zahlen; %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>contains does not apply to the number %1</source>
        <translation>contains passt nicht zur Zahl %1</translation>
    </message>
    <message>
        <source>%1: found %2</source>
        <translation>%1: gefunden %2</translation>
    </message>
    <message>
        <source>, while %1 is %2</source>
        <translation>, während %1 gleich %2 ist</translation>
    </message>
</context>
<context>
    <name>ExplorerStack</name>
    <message>
        <source>Show &amp;explorers</source>
        <translation>&amp;Explorer zeigen</translation>
    </message>
    <message>
        <source>The explorers in the timeline&apos;s place, or the timeline again</source>
        <translation>Die Explorer an Stelle der Zeitleiste, oder wieder die Zeitleiste</translation>
    </message>
    <message>
        <source>Back to the timeline</source>
        <translation>Zurück zur Zeitleiste</translation>
    </message>
    <message>
        <source>The timeline and the panels again (Ctrl+E)</source>
        <translation>Wieder die Zeitleiste und die Panels (Strg+E)</translation>
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
    <name>FocusView</name>
    <message>
        <source>What this stage is about</source>
        <translation>Worum es in diesem Schritt geht</translation>
    </message>
    <message>
        <source>Chunks received</source>
        <translation>Empfangene Stücke</translation>
    </message>
    <message>
        <source>Datagrams received</source>
        <translation>Empfangene Datagramme</translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation>Accept-Warteschlange</translation>
    </message>
    <message>
        <source>no connection yet</source>
        <translation>noch keine Verbindung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln chunk(s)</source>
        <translation>
            <numerusform>%1: %Ln Stück</numerusform>
            <numerusform>%1: %Ln Stücke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>No chunk received yet</source>
        <translation>Noch kein Stück empfangen</translation>
    </message>
    <message>
        <source>recv(): the chunks as the kernel returned them</source>
        <translation>recv(): die Stücke, wie der Kernel sie lieferte</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) cut off)</source>
        <translation>
            <numerusform>(%Ln Byte abgeschnitten)</numerusform>
            <numerusform>(%Ln Bytes abgeschnitten)</numerusform>
        </translation>
    </message>
    <message>
        <source>No datagram received yet</source>
        <translation>Noch kein Datagramm empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s) received</source>
        <translation>
            <numerusform>%Ln Datagramm empfangen</numerusform>
            <numerusform>%Ln Datagramme empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) in the accept queue</source>
        <translation>
            <numerusform>%Ln Verbindung in der Accept-Warteschlange</numerusform>
            <numerusform>%Ln Verbindungen in der Accept-Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>backlog %1</translation>
    </message>
    <message>
        <source>No listening socket</source>
        <translation>Kein lauschender Socket</translation>
    </message>
    <message>
        <source>waits in the queue</source>
        <translation>wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>knocks: its SYN goes unanswered</source>
        <translation>klopft an: sein SYN bleibt unbeantwortet</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>hat aufgegeben</translation>
    </message>
    <message>
        <source>Send and receive queues</source>
        <translation>Sende- und Empfangswarteschlangen</translation>
    </message>
    <message>
        <source>%1: sendq %L2 B, recvq %L3 B</source>
        <translation>%1: Sende-Q %L2 B, Empfangs-Q %L3 B</translation>
    </message>
    <message>
        <source>sendq %L1 B</source>
        <translation>Sende-Q %L1 B</translation>
    </message>
    <message>
        <source>(%L1 B not sent yet)</source>
        <translation>(%L1 B noch nicht gesendet)</translation>
    </message>
    <message>
        <source>recvq %L1 B</source>
        <translation>Empfangs-Q %L1 B</translation>
    </message>
    <message>
        <source>window %L1 B</source>
        <translation>Fenster %L1 B</translation>
    </message>
    <message>
        <source>No connected socket</source>
        <translation>Kein verbundener Socket</translation>
    </message>
    <message>
        <source>The kernel&apos;s queues</source>
        <translation>Die Warteschlangen des Kernels</translation>
    </message>
    <message>
        <source>Interfaces of this machine</source>
        <translation>Schnittstellen dieses Rechners</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>MTU unknown</source>
        <translation>MTU unbekannt</translation>
    </message>
    <message>
        <source>(loopback)</source>
        <translation>(Loopback)</translation>
    </message>
    <message>
        <source>No interface is up</source>
        <translation>Keine Schnittstelle ist aktiv</translation>
    </message>
    <message>
        <source>This machine&apos;s interfaces and the largest packet each carries</source>
        <translation>Die Schnittstellen dieses Rechners und das größte Paket, das jede trägt</translation>
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
        <source>set by SocketLab: conn leaves port %1 in TIME_WAIT, and with the option a later stage may bind it again</source>
        <translation>von SocketLab gesetzt: conn lässt Port %1 in TIME_WAIT zurück, und mit der Option darf eine spätere Stufe ihn wieder binden</translation>
    </message>
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
    <message>
        <source>The lab network&apos;s lo cannot be captured (%1): the calls still work, without their segments.</source>
        <translation>Das lo des Labornetzes lässt sich nicht mitschneiden (%1): die Aufrufe funktionieren weiter, nur ohne ihre Segmente.</translation>
    </message>
    <message>
        <source>Capturing this machine&apos;s lo needs root or the CAP_NET_RAW capability (sudo setcap cap_net_raw+ep socketlab): the calls work without their segments, or choose the lab network, which needs neither.</source>
        <translation>Das lo dieses Rechners mitzuschneiden braucht root oder die Fähigkeit CAP_NET_RAW (sudo setcap cap_net_raw+ep socketlab): die Aufrufe funktionieren ohne ihre Segmente, oder wählen Sie das Labornetz, das keins von beiden braucht.</translation>
    </message>
    <message>
        <source>This machine&apos;s lo cannot be captured: %1 failed with %2.</source>
        <translation>Das lo dieses Rechners lässt sich nicht mitschneiden: %1 scheiterte mit %2.</translation>
    </message>
    <message>
        <source>The capture stopped (%1): later segments are missing.</source>
        <translation>Der Mitschnitt hat aufgehört (%1): spätere Segmente fehlen.</translation>
    </message>
    <message>
        <source>the lab network is not there</source>
        <translation>das Labornetz ist nicht da</translation>
    </message>
    <message>
        <source>Choose the network again.</source>
        <translation>Wählen Sie das Netz erneut.</translation>
    </message>
    <message>
        <source>nothing is captured on this network.</source>
        <translation>auf diesem Netz wird nichts mitgeschnitten.</translation>
    </message>
    <message>
        <source>set by SocketLab: port %1 is in %2 from an earlier stage</source>
        <translation>von SocketLab gesetzt: Port %1 ist aus einer früheren Stufe in %2</translation>
    </message>
    <message>
        <source>Each bar: %1 through a socket pair of this machine, per second of time.</source>
        <translation>Jeder Balken: %1 durch ein Socket-Paar dieses Rechners, je Sekunde Zeit.</translation>
    </message>
    <message>
        <source>Each bar: %1 through a socket pair, per second of CPU time the receiver spent in recv().</source>
        <translation>Jeder Balken: %1 durch ein Socket-Paar, je Sekunde CPU-Zeit, die der Empfänger in recv() verbrachte.</translation>
    </message>
</context>
<context>
    <name>LabNetwork</name>
    <message>
        <source>The lab network needs its helper program %1, which is not installed next to SocketLab: reinstall SocketLab, or use this machine&apos;s network.</source>
        <translation>Das Labornetz braucht sein Hilfsprogramm %1, das nicht neben SocketLab installiert ist: SocketLab neu installieren oder das Netz dieses Rechners verwenden.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper should start through %1, which is not installed.</source>
        <translation>Das Hilfsprogramm des Labornetzes soll über %1 starten, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>The lab network could not be made: socketpair() failed with %1.</source>
        <translation>Das Labornetz ließ sich nicht einrichten: socketpair() scheiterte mit %1.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper answered out of turn.</source>
        <translation>Das Hilfsprogramm des Labornetzes hat außer der Reihe geantwortet.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper stopped; the lab&apos;s sockets stay open, but no new ones can be made there.</source>
        <translation>Das Hilfsprogramm des Labornetzes wurde beendet; die Sockets im Labor bleiben offen, aber dort entstehen keine neuen mehr.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper did not answer within %1 ms.</source>
        <translation>Das Hilfsprogramm des Labornetzes hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper stopped before it answered (exit status %1).</source>
        <translation>Das Hilfsprogramm des Labornetzes wurde beendet, bevor es antwortete (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper sent a message SocketLab does not understand.</source>
        <translation>Das Hilfsprogramm des Labornetzes hat eine Nachricht geschickt, die SocketLab nicht versteht.</translation>
    </message>
    <message>
        <source>the lab network is not there</source>
        <translation>das Labornetz ist nicht da</translation>
    </message>
    <message>
        <source>Start the lab network first.</source>
        <translation>Zuerst das Labornetz starten.</translation>
    </message>
    <message>
        <source>The lab network&apos;s helper stopped; no new sockets can be made there.</source>
        <translation>Das Hilfsprogramm des Labornetzes wurde beendet; dort entstehen keine neuen Sockets mehr.</translation>
    </message>
    <message>
        <source>the lab network&apos;s helper stopped</source>
        <translation>das Hilfsprogramm des Labornetzes wurde beendet</translation>
    </message>
    <message>
        <source>The lab network needs a user namespace, and this system allows no more (user.max_user_namespaces is 0 or used up): raise it with sysctl user.max_user_namespaces=10000, or start SocketLab as root.</source>
        <translation>Das Labornetz braucht einen User-Namespace, und dieses System erlaubt keinen weiteren (user.max_user_namespaces ist 0 oder ausgeschöpft): mit sysctl user.max_user_namespaces=10000 erhöhen oder SocketLab als root starten.</translation>
    </message>
    <message>
        <source>The lab network needs user namespaces, which this kernel lacks: start SocketLab as root.</source>
        <translation>Das Labornetz braucht User-Namespaces, die dieser Kernel nicht hat: SocketLab als root starten.</translation>
    </message>
    <message>
        <source>Unprivileged user namespaces are switched off here: run sysctl kernel.unprivileged_userns_clone=1 as root, or start SocketLab as root.</source>
        <translation>Unprivilegierte User-Namespaces sind hier abgeschaltet: als root sysctl kernel.unprivileged_userns_clone=1 ausführen oder SocketLab als root starten.</translation>
    </message>
    <message>
        <source>AppArmor keeps unprivileged programs out of user namespaces here: run sysctl kernel.apparmor_restrict_unprivileged_userns=0 as root, or start SocketLab as root.</source>
        <translation>AppArmor hält unprivilegierte Programme hier aus User-Namespaces heraus: als root sysctl kernel.apparmor_restrict_unprivileged_userns=0 ausführen oder SocketLab als root starten.</translation>
    </message>
    <message>
        <source>The kernel refused SocketLab a user namespace (EPERM), as it does inside a chroot or a locked-down container: start SocketLab outside it, or as root.</source>
        <translation>Der Kernel verweigert SocketLab einen User-Namespace (EPERM), wie in einem chroot oder einem abgeschotteten Container: SocketLab außerhalb davon oder als root starten.</translation>
    </message>
    <message>
        <source>The lab network could not be made: %1 failed with %2; the lessons can use this machine&apos;s network instead.</source>
        <translation>Das Labornetz ließ sich nicht einrichten: %1 scheiterte mit %2; die Lektionen können stattdessen das Netz dieses Rechners verwenden.</translation>
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
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · geschlossen</translation>
    </message>
    <message>
        <source>Both ends called close(): no connection is left. The side that closed first keeps its port in TIME_WAIT for a while.</source>
        <translation>Beide Enden haben close() aufgerufen: Es bleibt keine Verbindung. Die Seite, die zuerst geschlossen hat, hält ihren Port noch eine Weile in TIME_WAIT.</translation>
    </message>
    <message>
        <source>The %1 called close(): its end of the connection is gone. The %2 learns it from the FIN (recv() then returns b&apos;&apos;), or from an RST if bytes were left unread.</source>
        <translation>Der %1 hat close() aufgerufen: Sein Ende der Verbindung ist fort. Der %2 erfährt es durch das FIN (recv() liefert dann b&apos;&apos;), oder durch ein RST, wenn Bytes ungelesen blieben.</translation>
    </message>
    <message>
        <source>%1 for recv()</source>
        <translation>%1 für recv()</translation>
    </message>
    <message>
        <source>buffer empty</source>
        <translation>Puffer leer</translation>
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
        <source>Application: what do the bytes mean? Your program decides (HTTP, a chat).</source>
        <translation>Anwendung: Was bedeuten die Bytes? Das legt dein Programm fest (HTTP, ein Chat).</translation>
    </message>
    <message>
        <source>Transport: which socket on that host? Ports, with TCP or UDP.</source>
        <translation>Transport: Welcher Socket auf diesem Rechner? Ports, mit TCP oder UDP.</translation>
    </message>
    <message>
        <source>Internet: which machine? IP addresses, routed hop by hop.</source>
        <translation>Internet: Welcher Rechner? IP-Adressen, von Router zu Router weitergeleitet.</translation>
    </message>
    <message>
        <source>Link: how to reach the next device? Frames on one wire or radio.</source>
        <translation>Netzzugang: Wie erreicht man das nächste Gerät? Rahmen auf einem Kabel oder Funkkanal.</translation>
    </message>
    <message>
        <source>Link: no peer yet, so no interface</source>
        <translation>Netzzugang: noch keine Gegenseite, also keine Schnittstelle</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>unknown field %1 (fields: %2)</source>
        <translation>unbekanntes Feld %1 (Felder: %2)</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>Feld %1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1 must hold only strings</source>
        <translation>%1 darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>unknown %1 name %2 (known: %3)</source>
        <translation>unbekannter %1-Name %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1 is listed twice in %2</source>
        <translation>%1 steht zweimal in %2</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (known: %2)</source>
        <translation>unbekannter Platzhalter %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB, more than a lesson file may be</source>
        <translation>sie ist größer als %1 KiB, mehr als eine Lektionsdatei sein darf</translation>
    </message>
    <message>
        <source>file %1 must be the name of a .md file in the lesson folder</source>
        <translation>file %1 muss der Name einer .md-Datei im Lektionsordner sein</translation>
    </message>
    <message>
        <source>stage %1: cannot read %2: %3</source>
        <translation>Stufe %1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8</source>
        <translation>diese Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>images are not allowed in narration (nothing is loaded from outside the lesson text)</source>
        <translation>Bilder sind in der Erzählung nicht erlaubt (nichts wird von außerhalb des Lektionstextes geladen)</translation>
    </message>
    <message>
        <source>the code block opened here is never closed with ```</source>
        <translation>der hier geöffnete Codeblock wird nie mit ``` geschlossen</translation>
    </message>
    <message>
        <source>the narration is empty</source>
        <translation>die Erzählung ist leer</translation>
    </message>
    <message>
        <source>cannot read the lesson index: %1</source>
        <translation>der Index der Lektion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>field %1 appears twice in the same object</source>
        <translation>Feld %1 kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>the index must be a JSON object</source>
        <translation>der Index muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1 (the only format so far)</source>
        <translation>„format“ muss 1 sein (das bisher einzige Format)</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a whole number from 1 to 65535</source>
        <translation>„port“ muss eine ganze Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>&quot;stages&quot; must be a non-empty array of stage objects</source>
        <translation>„stages“ muss ein nicht leeres Array von Stufen-Objekten sein</translation>
    </message>
    <message>
        <source>each stage must be a JSON object</source>
        <translation>jede Stufe muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>id %1 may hold only lowercase letters, digits and -</source>
        <translation>id %1 darf nur Kleinbuchstaben, Ziffern und - enthalten</translation>
    </message>
    <message>
        <source>id %1 is already used by the stage on line %2</source>
        <translation>id %1 ist schon von der Stufe in Zeile %2 belegt</translation>
    </message>
    <message>
        <source>stage %1: </source>
        <translation>Stufe %1: </translation>
    </message>
    <message>
        <source>part %1 must be &quot;lesson&quot; or &quot;further&quot;</source>
        <translation>part %1 muss „lesson“ oder „further“ sein</translation>
    </message>
    <message>
        <source>unknown panels %1 (known: %2)</source>
        <translation>unbekannte panels %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>continues %1, which is not an earlier stage</source>
        <translation>continues %1 ist keine frühere Stufe</translation>
    </message>
    <message>
        <source>%1–%2 (a default; this system&apos;s own range could not be read)</source>
        <translation>%1–%2 (eine Vorgabe; der eigene Bereich dieses Systems war nicht lesbar)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>focus names &quot;explorer&quot;, but &quot;explorers&quot; opens none</source>
        <translation>focus nennt &quot;explorer&quot;, aber &quot;explorers&quot; öffnet keinen</translation>
    </message>
    <message>
        <source>%1 names the step %2, which is not one of this stage&apos;s actions</source>
        <translation>%1 nennt die Aktion %2, die nicht unter den Aktionen dieses Schritts ist</translation>
    </message>
    <message>
        <source>keep names a call as socket.call (server.bind), not %1</source>
        <translation>keep nennt einen Aufruf als socket.call (server.bind), nicht %1</translation>
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
    <message>
        <source>not checked: &quot;%1&quot;: %2</source>
        <translation>nicht geprüft: „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>✔ Demo done: %n check(s) hold.</source>
        <translation>
            <numerusform>✔ Demo fertig: %n Prüfung ist erfüllt.</numerusform>
            <numerusform>✔ Demo fertig: %n Prüfungen sind erfüllt.</numerusform>
        </translation>
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
        <source>waiting in %1()</source>
        <translation>wartet in %1()</translation>
    </message>
    <message>
        <source>%1() cannot start: this socket is still %2.</source>
        <translation>%1() kann nicht beginnen: Dieser Socket ist noch %2.</translation>
    </message>
    <message>
        <source>Wait for the pending call to finish, or cancel it first.</source>
        <translation>Warten, bis der laufende Aufruf endet, oder ihn erst abbrechen.</translation>
    </message>
    <message>
        <source>This object already holds an open socket.</source>
        <translation>Dieses Objekt hat schon einen offenen Socket.</translation>
    </message>
    <message>
        <source>Close it first, or use another object.</source>
        <translation>Ihn erst schließen oder ein anderes Objekt verwenden.</translation>
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
    <message>
        <source>The client&apos;s arguments are the chosen row&apos;s: %1</source>
        <translation>Die Argumente des Clients sind jetzt die der gewählten Zeile: %1</translation>
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
    <message>
        <source>Ranges</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>All ports: %1 values, 0-65535 (0: the kernel picks one)</source>
        <translation>Alle Ports: %1 Werte, 0-65535 (bei 0 wählt der Kernel einen)</translation>
    </message>
    <message>
        <source>%1: %2-%3</source>
        <translation>%1: %2-%3</translation>
    </message>
</context>
<context>
    <name>PortTable</name>
    <message>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1-Port %2</translation>
    </message>
    <message>
        <source>%1 on %2 is taken by a socket of this machine that is bound but neither listens nor is connected (the kernel&apos;s tables do not list such a socket).</source>
        <translation>%1 auf %2 ist belegt, und zwar von einem Socket dieses Rechners, der gebunden ist, aber weder lauscht noch verbunden ist (solche Sockets führen die Tabellen des Kernels nicht auf).</translation>
    </message>
    <message>
        <source>Close that socket, or bind another port. With SO_REUSEADDR set before bind() on both, two sockets may share a port while neither listens.</source>
        <translation>Diesen Socket schließen oder an einen anderen Port binden. Mit SO_REUSEADDR vor bind() auf beiden können sich zwei Sockets einen Port teilen, solange keiner lauscht.</translation>
    </message>
    <message>
        <source>%1 is taken: another UDP socket of this machine is bound to %2.</source>
        <translation>%1 ist belegt: Ein anderer UDP-Socket dieses Rechners ist an %2 gebunden.</translation>
    </message>
    <message>
        <source>Close that socket (or stop its program), or bind another port; port 0 lets the kernel choose.</source>
        <translation>Diesen Socket schließen (oder sein Programm beenden) oder an einen anderen Port binden; bei Port 0 wählt der Kernel.</translation>
    </message>
    <message>
        <source>%1 is taken: a socket of this machine listens on %2 (LISTEN).</source>
        <translation>%1 ist belegt: Ein Socket dieses Rechners lauscht auf %2 (LISTEN).</translation>
    </message>
    <message>
        <source>Close that listening socket (or stop its program), or bind another port; port 0 lets the kernel choose. SO_REUSEADDR does not get past a socket that listens.</source>
        <translation>Diesen lauschenden Socket schließen (oder sein Programm beenden) oder an einen anderen Port binden; bei Port 0 wählt der Kernel. An einem lauschenden Socket kommt auch SO_REUSEADDR nicht vorbei.</translation>
    </message>
    <message>
        <source>%1 is still held by a connection of this machine, %2 → %3, in %4.</source>
        <translation>%1 wird noch von einer Verbindung dieses Rechners gehalten, %2 → %3, im Zustand %4.</translation>
    </message>
    <message>
        <source>This socket has SO_REUSEADDR, so the connection that holds the port lacks it. Close that connection first, or bind another port.</source>
        <translation>Dieser Socket hat SO_REUSEADDR, also fehlt es der Verbindung, die den Port hält. Erst diese Verbindung schließen oder an einen anderen Port binden.</translation>
    </message>
    <message>
        <source>Close that connection first, or bind another port. SO_REUSEADDR set before bind() passes it only if the connection&apos;s socket had the option too.</source>
        <translation>Erst diese Verbindung schließen oder an einen anderen Port binden. SO_REUSEADDR vor bind() hilft nur, wenn auch der Socket der Verbindung die Option hatte.</translation>
    </message>
    <message>
        <source>Close that socket, or bind another port. This socket has SO_REUSEADDR already, so the other one lacks it.</source>
        <translation>Jenen Socket schließen oder an einen anderen Port binden. Dieser Socket hat SO_REUSEADDR bereits, also fehlt es dem anderen.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR on this socket before bind(): the other one has it too, and a trial bind with the option passed (two sockets may share a port while neither listens). Or close that socket, or bind another port.</source>
        <translation>SO_REUSEADDR auf diesem Socket vor bind() setzen: Der andere hat es auch, und ein Probe-bind mit der Option ist gelungen (zwei Sockets dürfen sich einen Port teilen, solange keiner lauscht). Oder jenen Socket schließen oder an einen anderen Port binden.</translation>
    </message>
    <message>
        <source>Close that socket, or bind another port. SO_REUSEADDR would not help: the other socket lacks it (a trial bind with the option failed too).</source>
        <translation>Jenen Socket schließen oder an einen anderen Port binden. SO_REUSEADDR hülfe nicht: Dem anderen Socket fehlt es (auch ein Probe-bind mit der Option ist gescheitert).</translation>
    </message>
    <message>
        <source>Close that socket (or stop its program), or bind another port; port 0 lets the kernel choose. This socket has SO_REUSEADDR already, so the other one lacks it.</source>
        <translation>Jenen Socket schließen (oder sein Programm beenden) oder an einen anderen Port binden; bei Port 0 wählt der Kernel. Dieser Socket hat SO_REUSEADDR bereits, also fehlt es dem anderen.</translation>
    </message>
    <message>
        <source>Close that listening socket (or stop its program), or bind another port; port 0 lets the kernel choose. This socket has SO_REUSEADDR already: the option never gets past a socket that listens.</source>
        <translation>Diesen lauschenden Socket schließen (oder sein Programm beenden) oder an einen anderen Port binden; bei Port 0 wählt der Kernel. Dieser Socket hat SO_REUSEADDR bereits: An einem lauschenden Socket kommt die Option nie vorbei.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR on this socket before bind(): the connection&apos;s socket has it too, and a trial bind with the option passed. Or close that connection first, or bind another port.</source>
        <translation>SO_REUSEADDR auf diesem Socket vor bind() setzen: Der Socket der Verbindung hat es auch, und ein Probe-bind mit der Option ist gelungen. Oder erst diese Verbindung schließen oder an einen anderen Port binden.</translation>
    </message>
    <message>
        <source>Close that connection first, or bind another port. SO_REUSEADDR would not help: the connection&apos;s socket lacks it (a trial bind with the option failed too).</source>
        <translation>Erst diese Verbindung schließen oder an einen anderen Port binden. SO_REUSEADDR hülfe nicht: Dem Socket der Verbindung fehlt es (auch ein Probe-bind mit der Option ist gescheitert).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is held only by closed connections waiting in TIME_WAIT (%n of them): the side that closed first keeps its port for 60 seconds, so that late segments of the old connection cannot reach a new one.</source>
        <translation>
            <numerusform>%1 wird nur von einer geschlossenen Verbindung in TIME_WAIT gehalten (%n): Die Seite, die zuerst geschlossen hat, behält ihren Port 60 Sekunden, damit verspätete Segmente der alten Verbindung keine neue erreichen.</numerusform>
            <numerusform>%1 wird nur von geschlossenen Verbindungen in TIME_WAIT gehalten (%n davon): Die Seite, die zuerst geschlossen hat, behält ihren Port 60 Sekunden, damit verspätete Segmente der alten Verbindung keine neue erreichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel frees it in %n second(s).</source>
        <translation>
            <numerusform>Der Kernel gibt ihn in %n Sekunde frei.</numerusform>
            <numerusform>Der Kernel gibt ihn in %n Sekunden frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wait %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde warten</numerusform>
            <numerusform>%n Sekunden warten</numerusform>
        </translation>
    </message>
    <message>
        <source>wait about a minute</source>
        <translation>etwa eine Minute warten</translation>
    </message>
    <message>
        <source>This socket has SO_REUSEADDR already, but the socket that left TIME_WAIT behind did not, and Linux needs the option on both. %1, or bind another port; from now on, set SO_REUSEADDR on every server socket before bind().</source>
        <translation>Dieser Socket hat SO_REUSEADDR bereits, aber der Socket, der TIME_WAIT hinterlassen hat, nicht, und Linux braucht die Option auf beiden. %1 oder an einen anderen Port binden; ab jetzt SO_REUSEADDR auf jedem Server-Socket vor bind() setzen.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR on this socket before bind(): the socket that left TIME_WAIT had it too, and a trial bind with the option passed. Or %1, or bind another port.</source>
        <translation>SO_REUSEADDR auf diesem Socket vor bind() setzen: Der Socket, der TIME_WAIT hinterlassen hat, hatte es auch, und ein Probe-bind mit der Option ist gelungen. Oder %1 oder an einen anderen Port binden.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR on this socket alone would not help: the socket that left TIME_WAIT did not have it (a trial bind with the option failed too). %1, or bind another port; a server that sets SO_REUSEADDR before every bind() can restart at once.</source>
        <translation>SO_REUSEADDR nur auf diesem Socket hülfe nicht: Der Socket, der TIME_WAIT hinterlassen hat, hatte es nicht (auch ein Probe-bind mit der Option ist gescheitert). %1 oder an einen anderen Port binden; ein Server, der SO_REUSEADDR vor jedem bind() setzt, kann sofort neu starten.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR on this socket before bind() (that works when the old server socket had it too), %1, or bind another port.</source>
        <translation>SO_REUSEADDR auf diesem Socket vor bind() setzen (das wirkt, wenn auch der alte Server-Socket es hatte), %1 oder an einen anderen Port binden.</translation>
    </message>
    <message>
        <source>TCP port %1 is shared: SO_REUSEADDR let this socket bind it beside another, and that one listens on %2 (LISTEN) already. Only one socket may listen on a port.</source>
        <translation>TCP-Port %1 ist geteilt: SO_REUSEADDR hat diesen Socket neben einem anderen binden lassen, und jener lauscht schon auf %2 (LISTEN). Nur ein Socket darf auf einem Port lauschen.</translation>
    </message>
    <message>
        <source>Close the listening socket first, or close this one and bind another port.</source>
        <translation>Erst den lauschenden Socket schließen, oder diesen schließen und an einen anderen Port binden.</translation>
    </message>
</context>
<context>
    <name>Ports</name>
    <message>
        <source>system (well-known)</source>
        <translation>System (Well-known)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>dynamic (private)</source>
        <translation>dynamisch (privat)</translation>
    </message>
    <message>
        <source>IANA assigns these to the long-standing services (SSH, HTTP, SMTP...); many systems let only privileged programs bind them.</source>
        <translation>Die IANA vergibt sie an die altbekannten Dienste (SSH, HTTP, SMTP …); viele Systeme lassen nur privilegierte Programme an sie binden.</translation>
    </message>
    <message>
        <source>Applications register these with IANA to avoid clashes (PostgreSQL 5432, for example); any program may bind them.</source>
        <translation>Anwendungen lassen sie bei der IANA registrieren, um Zusammenstöße zu vermeiden (PostgreSQL 5432 zum Beispiel); jedes Programm darf an sie binden.</translation>
    </message>
    <message>
        <source>Never assigned by IANA: meant for short-lived client ports and private use.</source>
        <translation>Von der IANA nie vergeben: gedacht für kurzlebige Client-Ports und privaten Gebrauch.</translation>
    </message>
    <message>
        <source>%1 could not be read; 32768-60999 is Linux&apos;s default</source>
        <translation>%1 war nicht lesbar; 32768-60999 ist die Vorgabe von Linux</translation>
    </message>
    <message>
        <source>no /proc here; IANA&apos;s dynamic range is this system&apos;s usual default</source>
        <translation>kein /proc hier; der dynamische Bereich der IANA ist die übliche Vorgabe dieses Systems</translation>
    </message>
    <message>
        <source>%1 could not be read; 1024 is the traditional rule</source>
        <translation>%1 war nicht lesbar; 1024 ist die überlieferte Regel</translation>
    </message>
    <message>
        <source>/etc/services is missing, so no port has a service name here. On Debian it comes with the netbase package (apt-get install netbase).</source>
        <translation>/etc/services fehlt, daher hat hier kein Port einen Dienstnamen. Unter Debian kommt die Datei mit dem Paket netbase (apt-get install netbase).</translation>
    </message>
    <message>
        <source>FTP data</source>
        <translation>FTP-Daten</translation>
    </message>
    <message>
        <source>File contents and directory listings in active-mode FTP.</source>
        <translation>Dateiinhalte und Verzeichnislisten im aktiven FTP-Modus.</translation>
    </message>
    <message>
        <source>FTP control</source>
        <translation>FTP-Steuerung</translation>
    </message>
    <message>
        <source>FTP&apos;s commands and replies (USER, RETR, 226...).</source>
        <translation>Die Befehle und Antworten von FTP (USER, RETR, 226 …).</translation>
    </message>
    <message>
        <source>Encrypted remote shells and file copies (ssh, scp, sftp).</source>
        <translation>Verschlüsselte entfernte Shells und Dateikopien (ssh, scp, sftp).</translation>
    </message>
    <message>
        <source>Unencrypted remote terminals; kept for old devices and teaching.</source>
        <translation>Unverschlüsselte entfernte Terminals; für alte Geräte und den Unterricht erhalten.</translation>
    </message>
    <message>
        <source>Mail handed from one mail server to the next.</source>
        <translation>E-Mail, von einem Mailserver zum nächsten weitergereicht.</translation>
    </message>
    <message>
        <source>Web pages without encryption.</source>
        <translation>Webseiten ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Web pages over TLS.</source>
        <translation>Webseiten über TLS.</translation>
    </message>
    <message>
        <source>The kernel&apos;s socket tables (/proc/net/tcp and friends) could not be read on this system.</source>
        <translation>Die Socket-Tabellen des Kernels (/proc/net/tcp und Verwandte) waren auf diesem System nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>SocketLab — presenter console</source>
        <translation>SocketLab — Referentenansicht</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Projected on %1 (%2×%3). Esc leaves presentation mode.</source>
        <translation>Projiziert auf %1 (%2×%3). Esc verlässt den Präsentationsmodus.</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>The whole narration: N or Esc closes it.</source>
        <translation>Die ganze Erläuterung: N oder Esc schließt sie.</translation>
    </message>
    <message>
        <source>Projection blanked (B shows it again)</source>
        <translation>Projektion abgedunkelt (B zeigt sie wieder)</translation>
    </message>
    <message>
        <source>Projection &amp;screen</source>
        <translation>Projektions&amp;bildschirm</translation>
    </message>
    <message>
        <source>&amp;Automatic: a screen the window is not on</source>
        <translation>&amp;Automatisch: ein Bildschirm, auf dem das Fenster nicht ist</translation>
    </message>
    <message>
        <source>%1 (%2×%3 at %4, %5)</source>
        <translation>%1 (%2×%3 bei %4, %5)</translation>
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
    <name>Resolver</name>
    <message>
        <source>the name “%1” cannot be written in DNS form (IDNA)</source>
        <translation>der Name „%1“ lässt sich nicht in DNS-Form (IDNA) schreiben</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Die Schreibweise des Rechnernamens prüfen.</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <source>ack</source>
        <translation>ack</translation>
    </message>
    <message>
        <source>len</source>
        <translation>len</translation>
    </message>
    <message>
        <source>win</source>
        <translation>win</translation>
    </message>
</context>
<context>
    <name>Socket</name>
    <message>
        <source>This program may not create the socket file in that directory.</source>
        <translation>Dieses Programm darf in diesem Verzeichnis keine Socket-Datei anlegen.</translation>
    </message>
    <message>
        <source>Choose a directory you can write to, such as /tmp.</source>
        <translation>Ein beschreibbares Verzeichnis wählen, etwa /tmp.</translation>
    </message>
    <message>
        <source>The system refused this address to this program, although the port itself needs no privileges (a security policy may forbid it).</source>
        <translation>Das System verweigert diesem Programm diese Adresse, obwohl der Port selbst keine Privilegien braucht (eine Sicherheitsrichtlinie kann es verbieten).</translation>
    </message>
    <message>
        <source>Try another address or port, or check the system&apos;s security settings.</source>
        <translation>Eine andere Adresse oder einen anderen Port versuchen oder die Sicherheitseinstellungen des Systems prüfen.</translation>
    </message>
    <message>
        <source>recv() needs a buffer of at least 1 byte.</source>
        <translation>recv() braucht einen Puffer von mindestens 1 Byte.</translation>
    </message>
    <message>
        <source>Ask for 1 to 65536 bytes.</source>
        <translation>1 bis 65536 Bytes anfordern.</translation>
    </message>
    <message>
        <source>recvfrom() needs a buffer of at least 1 byte.</source>
        <translation>recvfrom() braucht einen Puffer von mindestens 1 Byte.</translation>
    </message>
</context>
<context>
    <name>SocketError</name>
    <message>
        <source>Another socket on this machine already holds this address and port.</source>
        <translation>Ein anderer Socket auf diesem Rechner hält diese Adresse und diesen Port schon.</translation>
    </message>
    <message>
        <source>Pick another port (port 0 lets the kernel choose), or close the socket that holds it.</source>
        <translation>Einen anderen Port wählen (bei Port 0 wählt der Kernel) oder den Socket schließen, der ihn hält.</translation>
    </message>
    <message>
        <source>That address does not belong to any interface of this machine.</source>
        <translation>Diese Adresse gehört zu keiner Schnittstelle dieses Rechners.</translation>
    </message>
    <message>
        <source>Bind to 127.0.0.1, ::1, 0.0.0.0 or an address this machine really has.</source>
        <translation>An 127.0.0.1, ::1, 0.0.0.0 oder eine Adresse binden, die dieser Rechner wirklich hat.</translation>
    </message>
    <message>
        <source>The other side answered that nothing is listening on that port.</source>
        <translation>Die andere Seite hat geantwortet, dass auf diesem Port niemand lauscht.</translation>
    </message>
    <message>
        <source>Start the server first (bind, listen) and check the address and port.</source>
        <translation>Erst den Server starten (bind, listen) und Adresse und Port prüfen.</translation>
    </message>
    <message>
        <source>The peer aborted the connection with a reset (RST) instead of closing it in order.</source>
        <translation>Die Gegenseite hat die Verbindung mit einem Reset (RST) abgebrochen, statt sie ordentlich zu schließen.</translation>
    </message>
    <message>
        <source>This happens when the peer closes while data it never read is still waiting; read everything before closing.</source>
        <translation>Das passiert, wenn die Gegenseite schließt, während Daten, die sie nie gelesen hat, noch warten; vor dem Schließen alles lesen.</translation>
    </message>
    <message>
        <source>The connection was dropped before the call could finish.</source>
        <translation>Die Verbindung ging verloren, bevor der Aufruf fertig war.</translation>
    </message>
    <message>
        <source>Try the call again; the client may have gone away while waiting in the queue.</source>
        <translation>Den Aufruf wiederholen; der Client ist vielleicht gegangen, während er in der Warteschlange wartete.</translation>
    </message>
    <message>
        <source>The system does not allow this program to do that.</source>
        <translation>Das System erlaubt diesem Programm das nicht.</translation>
    </message>
    <message>
        <source>Use a port of 1024 or above, or run with the needed privileges.</source>
        <translation>Einen Port ab 1024 verwenden oder mit den nötigen Privilegien starten.</translation>
    </message>
    <message>
        <source>The operation is not permitted for this program.</source>
        <translation>Dieser Vorgang ist diesem Programm nicht gestattet.</translation>
    </message>
    <message>
        <source>Check for a firewall rule or missing privileges.</source>
        <translation>Nach einer Firewall-Regel oder fehlenden Privilegien sehen.</translation>
    </message>
    <message>
        <source>This side can no longer send: the connection&apos;s sending direction is shut down or the peer is gone.</source>
        <translation>Diese Seite kann nicht mehr senden: Die Senderichtung der Verbindung ist geschlossen oder die Gegenseite ist weg.</translation>
    </message>
    <message>
        <source>Do not send after shutdown(SHUT_WR) or close() on either side; open a new connection.</source>
        <translation>Nach shutdown(SHUT_WR) oder close() auf einer der beiden Seiten nicht mehr senden; eine neue Verbindung öffnen.</translation>
    </message>
    <message>
        <source>The socket is not connected, so there is no peer to talk to.</source>
        <translation>Der Socket ist nicht verbunden, also gibt es keine Gegenseite.</translation>
    </message>
    <message>
        <source>Call connect() first (or use sendto() for a datagram socket).</source>
        <translation>Erst connect() aufrufen (oder bei einem Datagramm-Socket sendto() verwenden).</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>Der Socket ist schon verbunden.</translation>
    </message>
    <message>
        <source>Use the existing connection, or open a new socket for a new one.</source>
        <translation>Die bestehende Verbindung nutzen oder für eine neue einen neuen Socket öffnen.</translation>
    </message>
    <message>
        <source>The kernel rejected an argument as invalid for this socket in its current state.</source>
        <translation>Der Kernel hat ein Argument als ungültig für diesen Socket in seinem jetzigen Zustand abgelehnt.</translation>
    </message>
    <message>
        <source>Check the order of calls (bind once, listen before accept) and the address given.</source>
        <translation>Die Reihenfolge der Aufrufe (bind nur einmal, listen vor accept) und die angegebene Adresse prüfen.</translation>
    </message>
    <message>
        <source>The datagram is larger than the kernel will send in one piece.</source>
        <translation>Das Datagramm ist größer, als der Kernel in einem Stück sendet.</translation>
    </message>
    <message>
        <source>Send less data per datagram, or use a stream socket.</source>
        <translation>Weniger Daten pro Datagramm senden oder einen Stream-Socket verwenden.</translation>
    </message>
    <message>
        <source>The file or directory named in the address does not exist.</source>
        <translation>Die in der Adresse genannte Datei oder das Verzeichnis existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path; for a Unix domain socket the server must have bound it first.</source>
        <translation>Den Pfad prüfen; bei einem Unix-Domain-Socket muss der Server ihn zuerst gebunden haben.</translation>
    </message>
    <message>
        <source>This system does not support that address family for the call.</source>
        <translation>Dieses System unterstützt diese Adressfamilie für den Aufruf nicht.</translation>
    </message>
    <message>
        <source>Use AF_INET, AF_INET6 or AF_UNIX, and an address of the socket&apos;s own family.</source>
        <translation>AF_INET, AF_INET6 oder AF_UNIX verwenden, und eine Adresse der Familie des Sockets.</translation>
    </message>
    <message>
        <source>This protocol is not available for that family and type.</source>
        <translation>Dieses Protokoll gibt es für diese Familie und diesen Typ nicht.</translation>
    </message>
    <message>
        <source>Use proto 0 to let the kernel pick, or IPPROTO_TCP with SOCK_STREAM and IPPROTO_UDP with SOCK_DGRAM.</source>
        <translation>proto 0 verwenden, damit der Kernel wählt, oder IPPROTO_TCP mit SOCK_STREAM und IPPROTO_UDP mit SOCK_DGRAM.</translation>
    </message>
    <message>
        <source>The protocol does not fit the socket type.</source>
        <translation>Das Protokoll passt nicht zum Socket-Typ.</translation>
    </message>
    <message>
        <source>Pair SOCK_STREAM with IPPROTO_TCP and SOCK_DGRAM with IPPROTO_UDP, or pass 0.</source>
        <translation>SOCK_STREAM mit IPPROTO_TCP und SOCK_DGRAM mit IPPROTO_UDP kombinieren oder 0 übergeben.</translation>
    </message>
    <message>
        <source>This socket type is not supported in that family.</source>
        <translation>Dieser Socket-Typ wird in dieser Familie nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use SOCK_STREAM or SOCK_DGRAM.</source>
        <translation>SOCK_STREAM oder SOCK_DGRAM verwenden.</translation>
    </message>
    <message>
        <source>This kind of socket does not offer that operation.</source>
        <translation>Diese Art Socket bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>listen() and accept() work only on stream sockets; use recvfrom() for datagrams.</source>
        <translation>listen() und accept() gehen nur mit Stream-Sockets; für Datagramme recvfrom() verwenden.</translation>
    </message>
    <message>
        <source>The other side did not answer in time.</source>
        <translation>Die andere Seite hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check that the host is reachable and that no firewall drops the packets.</source>
        <translation>Prüfen, ob der Rechner erreichbar ist und keine Firewall die Pakete verwirft.</translation>
    </message>
    <message>
        <source>No route leads to that host.</source>
        <translation>Kein Weg führt zu diesem Rechner.</translation>
    </message>
    <message>
        <source>Check the address and the network connection.</source>
        <translation>Die Adresse und die Netzverbindung prüfen.</translation>
    </message>
    <message>
        <source>This machine has no route to that network.</source>
        <translation>Dieser Rechner hat keinen Weg in dieses Netz.</translation>
    </message>
    <message>
        <source>Check the address, the network connection and, for IPv6, that the machine has IPv6.</source>
        <translation>Die Adresse, die Netzverbindung und, bei IPv6, ob der Rechner IPv6 hat, prüfen.</translation>
    </message>
    <message>
        <source>Nothing is ready yet; a blocking socket would wait here.</source>
        <translation>Noch ist nichts bereit; ein blockierender Socket würde hier warten.</translation>
    </message>
    <message>
        <source>Wait until the kernel signals the socket is ready, then call again.</source>
        <translation>Warten, bis der Kernel meldet, dass der Socket bereit ist, dann erneut aufrufen.</translation>
    </message>
    <message>
        <source>The connection has started and is not finished yet.</source>
        <translation>Der Verbindungsaufbau hat begonnen und ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>Wait until the socket becomes writable; SO_ERROR then tells how it ended.</source>
        <translation>Warten, bis der Socket beschreibbar wird; SO_ERROR sagt dann, wie es ausging.</translation>
    </message>
    <message>
        <source>A previous call of this kind is still in progress on the socket.</source>
        <translation>Ein früherer Aufruf dieser Art läuft auf dem Socket noch.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it first.</source>
        <translation>Warten, bis er endet, oder ihn erst abbrechen.</translation>
    </message>
    <message>
        <source>The file descriptor is not open: this socket was never created, or it is closed already.</source>
        <translation>Der Dateideskriptor ist nicht offen: Dieser Socket wurde nie erzeugt oder ist schon geschlossen.</translation>
    </message>
    <message>
        <source>Create a socket with socket() first.</source>
        <translation>Erst mit socket() einen Socket erzeugen.</translation>
    </message>
    <message>
        <source>The file descriptor is not a socket.</source>
        <translation>Der Dateideskriptor ist kein Socket.</translation>
    </message>
    <message>
        <source>Use a descriptor returned by socket() or accept().</source>
        <translation>Einen Deskriptor verwenden, den socket() oder accept() geliefert hat.</translation>
    </message>
    <message>
        <source>The socket has no destination address.</source>
        <translation>Der Socket hat keine Zieladresse.</translation>
    </message>
    <message>
        <source>Use sendto() with an address, or connect() the datagram socket first.</source>
        <translation>sendto() mit einer Adresse verwenden oder den Datagramm-Socket erst mit connect() verbinden.</translation>
    </message>
    <message>
        <source>This program has opened as many files and sockets as it may.</source>
        <translation>Dieses Programm hat so viele Dateien und Sockets geöffnet, wie es darf.</translation>
    </message>
    <message>
        <source>Close sockets you no longer need.</source>
        <translation>Nicht mehr benötigte Sockets schließen.</translation>
    </message>
    <message>
        <source>The whole system has run out of file descriptors.</source>
        <translation>Dem ganzen System sind die Dateideskriptoren ausgegangen.</translation>
    </message>
    <message>
        <source>Close sockets you no longer need, here or in other programs.</source>
        <translation>Nicht mehr benötigte Sockets schließen, hier oder in anderen Programmen.</translation>
    </message>
    <message>
        <source>The kernel has no buffer space left for this.</source>
        <translation>Der Kernel hat dafür keinen Pufferplatz mehr.</translation>
    </message>
    <message>
        <source>Send less at once, or wait and try again.</source>
        <translation>Weniger auf einmal senden oder warten und es erneut versuchen.</translation>
    </message>
    <message>
        <source>The kernel is out of memory for this request.</source>
        <translation>Der Kernel hat für diese Anfrage keinen Speicher mehr.</translation>
    </message>
    <message>
        <source>Close other sockets or programs and try again.</source>
        <translation>Andere Sockets oder Programme schließen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>A signal interrupted the call before it finished.</source>
        <translation>Ein Signal hat den Aufruf unterbrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Simply repeat the call.</source>
        <translation>Den Aufruf einfach wiederholen.</translation>
    </message>
    <message>
        <source>The path is longer than the system accepts.</source>
        <translation>Der Pfad ist länger, als das System annimmt.</translation>
    </message>
    <message>
        <source>Use a shorter path, for example under /tmp.</source>
        <translation>Einen kürzeren Pfad verwenden, zum Beispiel unter /tmp.</translation>
    </message>
    <message>
        <source>Something with that name exists already.</source>
        <translation>Etwas mit diesem Namen existiert schon.</translation>
    </message>
    <message>
        <source>Remove it or choose another name.</source>
        <translation>Es entfernen oder einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Part of the path is not a directory.</source>
        <translation>Ein Teil des Pfades ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Den Pfad prüfen.</translation>
    </message>
    <message>
        <source>The path names a directory.</source>
        <translation>Der Pfad nennt ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Name a file inside the directory instead.</source>
        <translation>Stattdessen eine Datei im Verzeichnis nennen.</translation>
    </message>
    <message>
        <source>The file system is read-only.</source>
        <translation>Das Dateisystem ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Use a path on a writable file system, such as /tmp.</source>
        <translation>Einen Pfad auf einem beschreibbaren Dateisystem verwenden, etwa /tmp.</translation>
    </message>
    <message>
        <source>The socket&apos;s sending side is shut down.</source>
        <translation>Die Senderichtung des Sockets ist geschlossen.</translation>
    </message>
    <message>
        <source>Do not send after shutdown(); open a new connection.</source>
        <translation>Nach shutdown() nicht mehr senden; eine neue Verbindung öffnen.</translation>
    </message>
    <message>
        <source>The network interface is down.</source>
        <translation>Die Netzwerkschnittstelle ist abgeschaltet.</translation>
    </message>
    <message>
        <source>Bring the interface up or use another one.</source>
        <translation>Die Schnittstelle einschalten oder eine andere verwenden.</translation>
    </message>
    <message>
        <source>The host is down.</source>
        <translation>Der Rechner ist nicht in Betrieb.</translation>
    </message>
    <message>
        <source>Check that the other machine is running.</source>
        <translation>Prüfen, ob der andere Rechner läuft.</translation>
    </message>
    <message>
        <source>The socket does not know that option at that level.</source>
        <translation>Der Socket kennt diese Option auf dieser Ebene nicht.</translation>
    </message>
    <message>
        <source>Check the option name and level (SOL_SOCKET, IPPROTO_IPV6, ...).</source>
        <translation>Namen und Ebene der Option prüfen (SOL_SOCKET, IPPROTO_IPV6, …).</translation>
    </message>
    <message>
        <source>An address given to the kernel was not valid memory.</source>
        <translation>Eine an den Kernel übergebene Adresse war kein gültiger Speicher.</translation>
    </message>
    <message>
        <source>This is a program error; please report it.</source>
        <translation>Das ist ein Programmfehler; bitte melden.</translation>
    </message>
    <message>
        <source>No such network interface.</source>
        <translation>Keine solche Netzwerkschnittstelle.</translation>
    </message>
    <message>
        <source>Check the interface name or index after %.</source>
        <translation>Den Namen oder Index der Schnittstelle nach % prüfen.</translation>
    </message>
    <message>
        <source>No such device or address.</source>
        <translation>Kein solches Gerät und keine solche Adresse.</translation>
    </message>
    <message>
        <source>Check the interface and address.</source>
        <translation>Schnittstelle und Adresse prüfen.</translation>
    </message>
    <message>
        <source>The name server could not answer right now.</source>
        <translation>Der Nameserver konnte gerade nicht antworten.</translation>
    </message>
    <message>
        <source>Try again in a moment, or use a numeric address.</source>
        <translation>Gleich noch einmal versuchen oder eine numerische Adresse verwenden.</translation>
    </message>
    <message>
        <source>The flags given in the hints are not valid.</source>
        <translation>Die Flags in den Hints sind ungültig.</translation>
    </message>
    <message>
        <source>Clear the flags and try again.</source>
        <translation>Die Flags löschen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>The name server failed for good.</source>
        <translation>Der Nameserver ist endgültig gescheitert.</translation>
    </message>
    <message>
        <source>Check the name, or use a numeric address.</source>
        <translation>Den Namen prüfen oder eine numerische Adresse verwenden.</translation>
    </message>
    <message>
        <source>The address family in the hints is not supported.</source>
        <translation>Die Adressfamilie in den Hints wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use AF_UNSPEC, AF_INET or AF_INET6.</source>
        <translation>AF_UNSPEC, AF_INET oder AF_INET6 verwenden.</translation>
    </message>
    <message>
        <source>The resolver ran out of memory.</source>
        <translation>Dem Resolver ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Erneut versuchen.</translation>
    </message>
    <message>
        <source>The name is unknown, or neither a host nor a service was given.</source>
        <translation>Der Name ist unbekannt, oder es wurde weder Host noch Dienst angegeben.</translation>
    </message>
    <message>
        <source>Check the spelling, or use a numeric address such as 127.0.0.1.</source>
        <translation>Die Schreibweise prüfen oder eine numerische Adresse wie 127.0.0.1 verwenden.</translation>
    </message>
    <message>
        <source>The service name is unknown for this socket type.</source>
        <translation>Der Dienstname ist für diesen Socket-Typ unbekannt.</translation>
    </message>
    <message>
        <source>Use a port number, or a name listed in /etc/services.</source>
        <translation>Eine Portnummer oder einen Namen aus /etc/services verwenden.</translation>
    </message>
    <message>
        <source>The socket type in the hints is not supported.</source>
        <translation>Der Socket-Typ in den Hints wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use SOCK_STREAM, SOCK_DGRAM or 0.</source>
        <translation>SOCK_STREAM, SOCK_DGRAM oder 0 verwenden.</translation>
    </message>
    <message>
        <source>A system call failed inside the resolver.</source>
        <translation>Ein Systemaufruf im Resolver ist gescheitert.</translation>
    </message>
    <message>
        <source>See the errno shown with it.</source>
        <translation>Siehe die dazu angezeigte errno.</translation>
    </message>
    <message>
        <source>The result did not fit the buffer.</source>
        <translation>Das Ergebnis passte nicht in den Puffer.</translation>
    </message>
    <message>
        <source>The name exists but has no address.</source>
        <translation>Den Namen gibt es, aber er hat keine Adresse.</translation>
    </message>
    <message>
        <source>Check the name, or ask for another address family.</source>
        <translation>Den Namen prüfen oder eine andere Adressfamilie anfordern.</translation>
    </message>
    <message>
        <source>The host has no address of the requested family.</source>
        <translation>Der Rechner hat keine Adresse der angeforderten Familie.</translation>
    </message>
    <message>
        <source>Ask for AF_UNSPEC, or the other family.</source>
        <translation>AF_UNSPEC anfordern oder die andere Familie.</translation>
    </message>
    <message>
        <source>The lookup is still running.</source>
        <translation>Die Abfrage läuft noch.</translation>
    </message>
    <message>
        <source>Wait for it to finish.</source>
        <translation>Warten, bis sie endet.</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start it again if it is still needed.</source>
        <translation>Sie erneut starten, falls sie noch gebraucht wird.</translation>
    </message>
    <message>
        <source>The lookup could not be cancelled.</source>
        <translation>Die Abfrage ließ sich nicht abbrechen.</translation>
    </message>
    <message>
        <source>Every lookup has finished already.</source>
        <translation>Jede Abfrage ist schon fertig.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>A signal interrupted the lookup.</source>
        <translation>Ein Signal hat die Abfrage unterbrochen.</translation>
    </message>
    <message>
        <source>The name could not be converted to its international (IDN) form.</source>
        <translation>Der Name ließ sich nicht in seine internationale Form (IDN) umwandeln.</translation>
    </message>
    <message>
        <source>Check the characters of the name.</source>
        <translation>Die Zeichen des Namens prüfen.</translation>
    </message>
    <message>
        <source>Ports below %1 need privileges on this system.</source>
        <translation>Ports unter %1 brauchen auf diesem System Privilegien.</translation>
    </message>
    <message>
        <source>Use port %1 or above (or port 0), or run with the needed privileges.</source>
        <translation>Port %1 oder höher (oder Port 0) verwenden oder mit den nötigen Privilegien starten.</translation>
    </message>
    <message>
        <source>Low ports need privileges on this system.</source>
        <translation>Niedrige Ports brauchen auf diesem System Privilegien.</translation>
    </message>
    <message>
        <source>The socket is already bound; a socket binds only once.</source>
        <translation>Der Socket ist schon gebunden; ein Socket bindet nur einmal.</translation>
    </message>
    <message>
        <source>Create a new socket to bind another address.</source>
        <translation>Einen neuen Socket erzeugen, um eine andere Adresse zu binden.</translation>
    </message>
    <message>
        <source>The directory that should hold the socket file does not exist.</source>
        <translation>Das Verzeichnis, das die Socket-Datei aufnehmen soll, existiert nicht.</translation>
    </message>
    <message>
        <source>Create the directory first or choose a path in an existing one.</source>
        <translation>Erst das Verzeichnis anlegen oder einen Pfad in einem vorhandenen wählen.</translation>
    </message>
    <message>
        <source>The address is of another family than the socket.</source>
        <translation>Die Adresse gehört zu einer anderen Familie als der Socket.</translation>
    </message>
    <message>
        <source>Bind an AF_INET socket to an IPv4 address and an AF_INET6 socket to an IPv6 address.</source>
        <translation>Einen AF_INET-Socket an eine IPv4-Adresse und einen AF_INET6-Socket an eine IPv6-Adresse binden.</translation>
    </message>
    <message>
        <source>No socket file exists at that path.</source>
        <translation>Unter diesem Pfad gibt es keine Socket-Datei.</translation>
    </message>
    <message>
        <source>Check the path and start the server (bind, listen) first.</source>
        <translation>Den Pfad prüfen und erst den Server starten (bind, listen).</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port (for a path: the file is there but no socket listens on it).</source>
        <translation>An dieser Adresse und diesem Port lauscht niemand (bei einem Pfad: Die Datei ist da, aber kein Socket lauscht an ihr).</translation>
    </message>
    <message>
        <source>Start the server first and check the address and port; a stale socket file can be removed.</source>
        <translation>Erst den Server starten und Adresse und Port prüfen; eine verwaiste Socket-Datei kann entfernt werden.</translation>
    </message>
    <message>
        <source>The kernel cannot use this address here; an IPv6 link-local address (fe80::) needs the interface it belongs to.</source>
        <translation>Der Kernel kann diese Adresse hier nicht verwenden; eine IPv6-Link-local-Adresse (fe80::) braucht die Schnittstelle, zu der sie gehört.</translation>
    </message>
    <message>
        <source>For fe80:: addresses add the interface, e.g. %eth0 (the scope id).</source>
        <translation>Bei fe80::-Adressen die Schnittstelle anfügen, z. B. %eth0 (die Scope-ID).</translation>
    </message>
    <message>
        <source>A connect() on this socket is still in progress.</source>
        <translation>Ein connect() auf diesem Socket läuft noch.</translation>
    </message>
    <message>
        <source>Wait for it to finish; it cannot be started twice.</source>
        <translation>Warten, bis es endet; es lässt sich nicht zweimal starten.</translation>
    </message>
    <message>
        <source>Connect an AF_INET socket to an IPv4 address and an AF_INET6 socket to an IPv6 address.</source>
        <translation>Einen AF_INET-Socket mit einer IPv4-Adresse und einen AF_INET6-Socket mit einer IPv6-Adresse verbinden.</translation>
    </message>
    <message>
        <source>Only stream sockets can listen; datagram sockets have no connections.</source>
        <translation>Nur Stream-Sockets können lauschen; Datagramm-Sockets haben keine Verbindungen.</translation>
    </message>
    <message>
        <source>Use SOCK_STREAM for a server that accepts connections.</source>
        <translation>SOCK_STREAM für einen Server verwenden, der Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>Another socket already listens on the port this one was given.</source>
        <translation>Ein anderer Socket lauscht schon auf dem Port, den dieser bekommen hat.</translation>
    </message>
    <message>
        <source>The socket is not listening.</source>
        <translation>Der Socket lauscht nicht.</translation>
    </message>
    <message>
        <source>Call listen() before accept().</source>
        <translation>listen() vor accept() aufrufen.</translation>
    </message>
    <message>
        <source>Datagram sockets have no connections to accept.</source>
        <translation>Datagramm-Sockets haben keine Verbindungen, die sich annehmen ließen.</translation>
    </message>
    <message>
        <source>Use recvfrom() on a datagram socket.</source>
        <translation>Bei einem Datagramm-Socket recvfrom() verwenden.</translation>
    </message>
    <message>
        <source>An earlier datagram reached a port where nothing listens; the kernel reports that refusal on this later call.</source>
        <translation>Ein früheres Datagramm erreichte einen Port, an dem niemand lauscht; der Kernel meldet diese Ablehnung bei diesem späteren Aufruf.</translation>
    </message>
    <message>
        <source>Start the receiving side; the socket itself is still usable.</source>
        <translation>Die empfangende Seite starten; der Socket selbst bleibt nutzbar.</translation>
    </message>
    <message>
        <source>The socket is not connected, so there is nothing to receive.</source>
        <translation>Der Socket ist nicht verbunden, also gibt es nichts zu empfangen.</translation>
    </message>
    <message>
        <source>Connect first, or accept() on a listening socket and receive on the new socket.</source>
        <translation>Erst verbinden, oder auf einem lauschenden Socket accept() aufrufen und auf dem neuen Socket empfangen.</translation>
    </message>
    <message>
        <source>Sending is no longer possible on this connection: this side shut down its sending direction or the peer has gone.</source>
        <translation>Auf dieser Verbindung kann nicht mehr gesendet werden: Diese Seite hat ihre Senderichtung geschlossen oder die Gegenseite ist weg.</translation>
    </message>
    <message>
        <source>The option cannot be changed in the socket&apos;s current state.</source>
        <translation>Die Option lässt sich im jetzigen Zustand des Sockets nicht ändern.</translation>
    </message>
    <message>
        <source>Set options such as IPV6_V6ONLY before bind().</source>
        <translation>Optionen wie IPV6_V6ONLY vor bind() setzen.</translation>
    </message>
    <message>
        <source>refused before the call</source>
        <translation>vor dem Aufruf abgelehnt</translation>
    </message>
    <message>
        <source>refused before the call: %1</source>
        <translation>vor dem Aufruf abgelehnt: %1</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Die Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Die angeforderte Adresse kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindungsaufbau abgelehnt</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Die Verbindung wurde vom Kommunikationspartner zurückgesetzt</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Das Programm verursachte den Abbruch der Verbindung</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Die Operation ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Datenübergabe unterbrochen (broken pipe)</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Der Socket ist nicht verbunden</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>Der Socket ist bereits verbunden</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Das Argument ist ungültig</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Die Nachricht ist zu lang</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Die Adressfamilie wird von der Protokollfamilie nicht unterstützt</translation>
    </message>
    <message>
        <source>Protocol not supported</source>
        <translation>Das Protokoll wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket</source>
        <translation>Das Protokoll passt nicht zu dem Socket</translation>
    </message>
    <message>
        <source>Socket type not supported</source>
        <translation>Socket-Typ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>Die Operation wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Die Wartezeit für die Verbindung ist abgelaufen</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Keine Route zum Zielrechner</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Die Ressource ist zur Zeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Die Operation ist jetzt in Bearbeitung</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>Die Operation wird bereits ausgeführt</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Ungültiger Dateideskriptor</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Socket-Operation an einem nicht-Socket</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>Es ist eine Zieladresse notwendig</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Zu viele offene Dateien im System</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Kein Hauptspeicher für den Puffer verfügbar</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Nicht genügend Hauptspeicher verfügbar</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Unterbrechung während des Betriebssystemaufrufs</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Das Dateisystem ist nur lesbar</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>Ein Senden nach dem Beenden des Sockets ist nicht möglich</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Das Netzwerk ist nicht aktiv</translation>
    </message>
    <message>
        <source>Host is down</source>
        <translation>Der Rechner ist nicht aktiv</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>Das Protokoll ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Kein passendes Gerät gefunden</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Kein passendes Gerät bzw. keine passende Adresse gefunden</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>Temporärer Fehler bei der Namensauflösung</translation>
    </message>
    <message>
        <source>Bad value for ai_flags</source>
        <translation>Ungültiger Wert für »ai_flags«</translation>
    </message>
    <message>
        <source>Non-recoverable failure in name resolution</source>
        <translation>Nicht-behebbarer Fehler in der Namensauflösung</translation>
    </message>
    <message>
        <source>ai_family not supported</source>
        <translation>»ai_family« wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Memory allocation failure</source>
        <translation>Fehler beim Anfordern von Hauptspeicher</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>Der Name oder der Dienst ist nicht bekannt</translation>
    </message>
    <message>
        <source>Servname not supported for ai_socktype</source>
        <translation>»Servname« wird für »ai_socktype« nicht unterstützt</translation>
    </message>
    <message>
        <source>ai_socktype not supported</source>
        <translation>»ai_socktype« wird nicht unterstützt</translation>
    </message>
    <message>
        <source>System error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>No address associated with hostname</source>
        <translation>Zu diesem Hostnamen gehört keine Adresse</translation>
    </message>
    <message>
        <source>Address family for hostname not supported</source>
        <translation>Die Adressfamilie für Hostnamen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Processing request in progress</source>
        <translation>Die Anfrage wird noch bearbeitet</translation>
    </message>
    <message>
        <source>Request canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Request not canceled</source>
        <translation>Die Anfrage wurde nicht abgebrochen</translation>
    </message>
    <message>
        <source>All requests done</source>
        <translation>Alle Requests verarbeitet</translation>
    </message>
    <message>
        <source>Interrupted by a signal</source>
        <translation>Unterbrechung durch ein Signal</translation>
    </message>
    <message>
        <source>Parameter string not correctly encoded</source>
        <translation>Der Parameter-String ist nicht korrekt kodiert</translation>
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
    <name>SplitMarks</name>
    <message>
        <source>byte %1 of %2</source>
        <translation>Byte %1 von %2</translation>
    </message>
    <message>
        <source>bytes %1-%2 of %3</source>
        <translation>Bytes %1-%2 von %3</translation>
    </message>
    <message>
        <source>%1 completed: %2 (%3)</source>
        <translation>%1 vervollständigt: %2 (%3)</translation>
    </message>
    <message>
        <source>a character split: %1 (%2)</source>
        <translation>ein Zeichen geteilt: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 split: %2 (%3)</source>
        <translation>%1 geteilt: %2 (%3)</translation>
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
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Log scale: each grey line is ten times the one under it.</source>
        <translation>Logarithmische Skala: jede graue Linie steht für das Zehnfache der Linie darunter.</translation>
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
    <message numerus="yes">
        <source>cut: %Ln byte(s) lost</source>
        <translation>
            <numerusform>gekürzt: %Ln Byte verloren</numerusform>
            <numerusform>gekürzt: %Ln Bytes verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>the peer closed: FIN</source>
        <translation>die Gegenseite schloss: FIN</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>FIN sent</source>
        <translation>FIN raus</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>ack %1</source>
        <translation>ack %1</translation>
    </message>
    <message>
        <source>len %1</source>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>win %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>closed with %L1 B unread: RST sent</source>
        <translation>mit %L1 B ungelesen geschlossen: RST gesendet</translation>
    </message>
    <message>
        <source>already queued, handshake done</source>
        <translation>lag schon in der Warteschlange, Handshake fertig</translation>
    </message>
    <message>
        <source>window 0: no room left, the sender must wait</source>
        <translation>Fenster 0: kein Platz mehr, der Sender muss warten</translation>
    </message>
    <message>
        <source>window open again: sending goes on</source>
        <translation>Fenster wieder offen: das Senden geht weiter</translation>
    </message>
    <message>
        <source>window probe: is there room yet?</source>
        <translation>Fensterprobe: ist wieder Platz?</translation>
    </message>
    <message>
        <source>window probe ×%1: is there room yet?</source>
        <translation>Fensterprobe ×%1: ist wieder Platz?</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>seq %1–%2 len %3</source>
        <translation>seq %1–%2 len %3</translation>
    </message>
    <message>
        <source>held by the kernel (MSG_MORE), dropped by the reset</source>
        <translation>vom Kernel zurückgehalten (MSG_MORE), vom Reset verworfen</translation>
    </message>
    <message>
        <source>held by the kernel (MSG_MORE) until the FIN</source>
        <translation>vom Kernel zurückgehalten (MSG_MORE) bis zum FIN</translation>
    </message>
    <message>
        <source>held by the kernel (MSG_MORE)</source>
        <translation>vom Kernel zurückgehalten (MSG_MORE)</translation>
    </message>
    <message>
        <source>held by the kernel (MSG_MORE) until the next send</source>
        <translation>vom Kernel zurückgehalten (MSG_MORE) bis zum nächsten send</translation>
    </message>
    <message>
        <source>with the %L1 B held before</source>
        <translation>samt den %L1 B, die zuvor zurückgehalten wurden</translation>
    </message>
    <message>
        <source>held by the kernel (MSG_MORE) until a segment took it</source>
        <translation>vom Kernel zurückgehalten (MSG_MORE), bis ein Segment es mitnahm</translation>
    </message>
    <message>
        <source>nothing more: the peer reset (RST)</source>
        <translation>nichts mehr: die Gegenseite hat zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>largest %1</source>
        <translation>größtes %1</translation>
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
    <message>
        <source>wire</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>no capture</source>
        <translation>kein Mitschnitt</translation>
    </message>
    <message>
        <source>lo of the lab network</source>
        <translation>lo des Labornetzes</translation>
    </message>
    <message>
        <source>lo of this machine</source>
        <translation>lo dieses Rechners</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>sendq %L1 B</source>
        <translation>Sende-Q %L1 B</translation>
    </message>
    <message>
        <source>recvq %L1 B</source>
        <translation>Empfangs-Q %L1 B</translation>
    </message>
    <message>
        <source>window %L1 B</source>
        <translation>Fenster %L1 B</translation>
    </message>
    <message numerus="yes">
        <source>%Ln datagram(s)</source>
        <translation>
            <numerusform>%Ln Datagramm</numerusform>
            <numerusform>%Ln Datagramme</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1, then waiting</source>
        <translation>→ %1, der nächste wartet</translation>
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
    <name>WireMenus</name>
    <message>
        <source>Save &amp;capture (pcap)…</source>
        <translation>&amp;Mitschnitt speichern (pcap)…</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>pcap capture (*.pcap);;All files (*)</source>
        <translation>pcap-Mitschnitt (*.pcap);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln Segment in %1 gespeichert.</numerusform>
            <numerusform>%Ln Segmente in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture could not be saved to %1: %2</source>
        <translation>Der Mitschnitt ließ sich nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netz</translation>
    </message>
    <message>
        <source>&amp;Lab network (private, its segments on the wire)</source>
        <translation>&amp;Labornetz (privat, seine Segmente auf der Leitung)</translation>
    </message>
    <message>
        <source>&amp;This machine&apos;s network (outside peers, a class)</source>
        <translation>Netz &amp;dieses Rechners (Gegenstellen von außen, eine Klasse)</translation>
    </message>
    <message>
        <source>New sockets are made in the lab network.</source>
        <translation>Neue Sockets entstehen im Labornetz.</translation>
    </message>
    <message>
        <source>New sockets are made on this machine&apos;s network.</source>
        <translation>Neue Sockets entstehen im Netz dieses Rechners.</translation>
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
    <message>
        <source>Cannot write the focus texts to %1: %2</source>
        <translation>Die Fokus-Texte lassen sich nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot write the capture to %1: %2</source>
        <translation>Der Mitschnitt kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Autoplay: these checks were not made (no capture of the segments):</source>
        <translation>Autoplay: Diese Prüfungen wurden nicht gemacht (kein Mitschnitt der Segmente):</translation>
    </message>
</context>
</TS>
