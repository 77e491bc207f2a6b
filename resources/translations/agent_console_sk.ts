<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Who you are</source>
        <translation type="vanished">Kto ste</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation type="vanished">Pod týmto menom vás uvidia kolegovia a vedúci tímu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="vanished">Vaše meno</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="vanished">ID agenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rola</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="vanished">Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="vanished">Zaškoľovaný agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="vanished">Vedúci tímu</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation type="vanished">Ako sa k vám dostanú hovory</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation type="vanished">Cez telefónnu ústredňu vo firme, alebo priamo od stola k stolu bez nej.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation type="vanished">Cez telefónnu ústredňu vo firme (SIP účet)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation type="vanished">Priame hovory medzi stolmi (bez ústredne)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="vanished">Registrátor</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Používateľ</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="vanished">uložené v systémovej kľúčenke</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Heslo</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="vanished">Počúvať na</translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="vanished">Otestovať</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation type="vanished">Otestovať nastavenia telefónu</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation type="vanished">Kolegovia vám volajú na sip:VAŠE-ID@TENTO-POČÍTAČ:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="vanished">Testujem…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation type="vanished">Súbor šablóny</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Adresa</translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="vanished">Token</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation type="vanished">Token súkromnej aplikácie</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation type="vanished">Subdoména</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation type="vanished">E-mail agenta</translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="vanished">API token</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">Databáza</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">Prihlasovacie meno</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">API kľúč</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation type="vanished">Odkiaľ sú vaši zákazníci</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation type="vanished">Konzola podľa nich rozpozná volajúcich. Ďalšie CRM môžete pridať neskôr v Nastaveniach.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation type="vanished">Zákazníci z</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation type="vanished">Vlastný zoznam: import súboru CSV alebo vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation type="vanished">Ukážkoví zákazníci (na vyskúšanie konzoly)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation type="vanished">Naše vlastné CRM s REST API (šablóna)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation type="vanished">zakaznici.csv alebo kontakty.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="vanished">Súbor na import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Prehľadávať…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="vanished">Importovať teraz</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation type="vanished">Načítať ukážkových zákazníkov</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation type="vanished">Zákazníci na import</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation type="vanished">Zoznamy zákazníkov (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation type="vanished">Najprv vyberte súbor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="vanished">Pracujem…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation type="vanished">Skúšobný hovor</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation type="vanished">Dokončiť uloží nastavenia a s nimi znovu spustí konzolu.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation type="vanished">Potom mi zavolajte skúšobným hovorom, aby som overil, že počujem a som počuť</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation type="vanished">Nastavenie Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation type="vanished">Dokončiť a reštartovať</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation type="vanished">Neuložené: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation type="vanished">Uložené, ale: </translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation type="vanished">Číslo na vyhľadanie</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="vanished">Výsledok testu</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation type="vanished">uložené v kľúčenke — napíšte nové na nahradenie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Nastavenia</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="vanished">Stránky nastavení</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Čo sa stalo</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation type="vanished">Ešte beží iný test; počkajte na jeho odpoveď.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation type="vanished">Napíšte číslo, z ktorého volá zákazník, a stlačte Otestovať.</translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation type="vanished">Neuložené: súbor {path} sa nedá zapísať ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation type="vanished">Nastavenia uložené, ale: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation type="vanished">Uložené do {path}. Nastavenia telefónu, zvuku, CRM a tímu sa prejavia po ďalšom spustení konzoly.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="vanished">Nič sa nezmenilo.</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>Notes not linked to a call</source>
        <translation>Poznámky nepriradené k hovoru</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>neznámy volajúci</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>v dohre hovoru</translation>
    </message>
    <message>
        <source>call</source>
        <translation>hovor</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ukončený</translation>
    </message>
</context>
<context>
    <name>AfterCallViews</name>
    <message>
        <source>My tasks</source>
        <translation>Moje úlohy</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Záznamy hovorov</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Zápisy do CRM</translation>
    </message>
    <message>
        <source>Retry failed write-backs</source>
        <translation>Znova odoslať neúspešné zápisy</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>neúspešné: %1</translation>
    </message>
    <message>
        <source>need a customer: %1</source>
        <translation>čakajú na zákazníka: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trvanie</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Výsledok hovoru</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nahrávka</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Čo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Dispositions not available: %1</source>
        <translation>Výsledky hovorov nie sú k dispozícii: %1</translation>
    </message>
    <message>
        <source>Link to a customer…</source>
        <translation>Priradiť k zákazníkovi…</translation>
    </message>
    <message>
        <source>Link the selected write-back to a customer</source>
        <translation>Priradiť vybraný zápis do CRM k zákazníkovi</translation>
    </message>
    <message>
        <source>After the call: My tasks, Call log, Write-backs</source>
        <translation>Po hovore: Moje úlohy, Záznamy hovorov, Zápisy do CRM</translation>
    </message>
    <message>
        <source>Write-backs: starting…</source>
        <translation>Zápisy do CRM: spúšťa sa…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>čakajú: %1</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>odoslané: %1</translation>
    </message>
    <message>
        <source>Write-backs — %1</source>
        <translation>Zápisy do CRM — %1</translation>
    </message>
    <message>
        <source>needs a customer</source>
        <translation>čaká na zákazníka</translation>
    </message>
    <message>
        <source>A disposition belongs to a call: there is none in front of you.</source>
        <translation>Výsledok hovoru patrí k hovoru: pred vami žiadny nie je.</translation>
    </message>
    <message>
        <source>Call-back due: %1</source>
        <translation>Termín spätného zavolania: %1</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Termín úlohy: %1</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n ďalší)</numerusform>
            <numerusform>(+%n ďalšie)</numerusform>
            <numerusform>(+%n ďalších)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Dohra hovoru</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Na hovore</translation>
    </message>
    <message>
        <source>Away — %1</source>
        <translation>Preč — %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Preč</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravený</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Zvoní</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoruje</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervízor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer call</source>
        <translation>Hovor so zákazníkom</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Čo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>Withheld number</source>
        <translation>Skryté číslo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznámy</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (ukončený)</translation>
    </message>
    <message>
        <source>SIP: registered at %1</source>
        <translation>SIP: registrovaný na %1</translation>
    </message>
    <message>
        <source>SIP: not registered — %1 (%2)</source>
        <translation>SIP: neregistrovaný — %1 (%2)</translation>
    </message>
    <message>
        <source>Refusing calls from %1: more than %2 in %3 s (%4 refused so far).</source>
        <translation>Odmietam hovory z %1: viac ako %2 za %3 s (zatiaľ odmietnutých: %4).</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>CALL</source>
        <translation>HOVOR</translation>
    </message>
    <message>
        <source>Calls on the line</source>
        <translation>Hovory na linke</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavesiť</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odmietnuť</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Podržať</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stlmiť</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Klávesnica</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Prepojiť</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencia</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Dokončiť prepojenie</translation>
    </message>
    <message>
        <source>Cancel (back to the customer)</source>
        <translation>Zrušiť (späť k zákazníkovi)</translation>
    </message>
    <message>
        <source>Number or SIP address to call</source>
        <translation>Číslo alebo SIP adresa na volanie</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Číslo na vytočenie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Volať</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Zavolať na toto číslo</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Pripravený na hovory</translation>
    </message>
    <message>
        <source>after the call with %1</source>
        <translation>po hovore s %1</translation>
    </message>
    <message>
        <source>Incoming call — ringing</source>
        <translation>Prichádzajúci hovor — zvoní</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Volám…</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Na hovore</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Podržaný</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Hovor skončil</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stlmené</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>NAHR</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Konferencia s %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Zrušiť stlmenie</translation>
    </message>
</context>
<context>
    <name>CallRecordsView</name>
    <message>
        <source>Started</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dĺžka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agenta</translation>
    </message>
    <message>
        <source>Customer name, id or number</source>
        <translation>Meno, ID alebo číslo zákazníka</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>Deň (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>Call records found</source>
        <translation>Nájdené nahrávky hovorov</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Prehrať</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Zastaviť</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Vymazať…</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>prichádzajúci</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>odchádzajúci</translation>
    </message>
    <message>
        <source>No call records found.</source>
        <translation>Nenašli sa žiadne nahrávky hovorov.</translation>
    </message>
    <message>
        <source>Playing record %1</source>
        <translation>Prehráva sa nahrávka %1</translation>
    </message>
    <message>
        <source>Played record %1</source>
        <translation>Prehraná nahrávka %1</translation>
    </message>
    <message>
        <source>Stopped record %1</source>
        <translation>Zastavená nahrávka %1</translation>
    </message>
    <message>
        <source>Delete call record</source>
        <translation>Vymazať nahrávku hovoru</translation>
    </message>
    <message>
        <source>Delete call record %1 for good? The deletion is written to the audit.</source>
        <translation>Natrvalo vymazať nahrávku hovoru %1? Vymazanie sa zapíše do auditu.</translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>What you noticed, for the next coaching session…</source>
        <translation>Čo ste si všimli, na ďalší koučing…</translation>
    </message>
</context>
<context>
    <name>CoachingNotes</name>
    <message>
        <source>Coaching notes about %1 — only team leads see them; never sent to the CRM</source>
        <translation>Koučovacie poznámky o %1 — vidia ich len vedúci tímu; nikdy sa neposielajú do CRM</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Koučovacie poznámky</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Uložené o %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>SIP: starting…</source>
        <translation>SIP: spúšťa sa…</translation>
    </message>
    <message>
        <source>CRM: starting…</source>
        <translation>CRM: spúšťa sa…</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>CRM: not available — %1</source>
        <translation>CRM: nedostupné — %1</translation>
    </message>
    <message>
        <source>SIP: registering at %1 (%2)</source>
        <translation>SIP: registrácia na %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: direct calls on %1 (%2)</source>
        <translation>SIP: priame hovory na %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: not running — %1</source>
        <translation>SIP: nebeží — %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer card</source>
        <translation>Karta zákazníka</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>ZÁKAZNÍK</translation>
    </message>
    <message>
        <source>No call. The caller&apos;s card appears here as soon as the phone rings.</source>
        <translation>Žiadny hovor. Karta volajúceho sa tu zobrazí hneď, ako zazvoní telefón.</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Skryté číslo</translation>
    </message>
    <message>
        <source>The caller hides their number. Ask who is calling.</source>
        <translation>Volajúci skrýva svoje číslo. Opýtajte sa, kto volá.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámy volajúci</translation>
    </message>
    <message>
        <source>Looking up caller…</source>
        <translation>Hľadám volajúceho…</translation>
    </message>
    <message>
        <source>Create contact with this number</source>
        <translation>Vytvoriť kontakt s týmto číslom</translation>
    </message>
    <message>
        <source>%1 — not a phone number we can look up</source>
        <translation>%1 — nie je telefónne číslo, ktoré vieme vyhľadať</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>bez čísla</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Jazyk: %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Hodnota: %1</translation>
    </message>
    <message>
        <source>%1: no match</source>
        <translation>%1: nenájdený</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 nedostupné</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otvorené úlohy</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nič otvorené.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message>
        <source>OVERDUE: </source>
        <translation>PO TERMÍNE: </translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Posledné kontakty</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Žiadny skorší kontakt.</translation>
    </message>
</context>
<context>
    <name>DispositionPicker</name>
    <message>
        <source>DISPOSITION</source>
        <translation>VÝSLEDOK HOVORU</translation>
    </message>
    <message>
        <source>Search codes… (Enter chooses)</source>
        <translation>Hľadať kódy… (Enter vyberie)</translation>
    </message>
    <message>
        <source>Search disposition codes</source>
        <translation>Hľadať kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; arrows move, Enter chooses</source>
        <translation>Napíšte časť názvu kódu; šípky posúvajú, Enter vyberie</translation>
    </message>
    <message>
        <source>All codes ▾</source>
        <translation>Všetky kódy ▾</translation>
    </message>
    <message>
        <source>Show all disposition codes</source>
        <translation>Zobraziť všetky kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>Disposition codes</source>
        <translation>Kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nevybraný</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>After the call</source>
        <translation>Po hovore</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Nahrávky hovorov</translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation>Monitorovanie</translation>
    </message>
    <message>
        <source>Supervision audit</source>
        <translation>Audit monitorovania</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tímová tabuľa</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tím</translation>
    </message>
</context>
<context>
    <name>DueTaskNotifier</name>
    <message>
        <source>Call back now</source>
        <translation>Zavolať teraz</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odložiť</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who you are</source>
        <translation>Kto ste</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation>Pod týmto menom vás uvidia kolegovia a vedúci tímu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše meno</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Zaškoľovaný agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Vedúci tímu</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation>Ako sa k vám dostanú hovory</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation>Cez telefónnu ústredňu vo firme, alebo priamo od stola k stolu bez nej.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation>Cez telefónnu ústredňu vo firme (SIP účet)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation>Priame hovory medzi stolmi (bez ústredne)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrátor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Používateľ</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>uložené v systémovej kľúčenke</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Počúvať na</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Otestovať</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation>Otestovať nastavenia telefónu</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation>Kolegovia vám volajú na sip:VAŠE-ID@TENTO-POČÍTAČ:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testujem…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Súbor šablóny</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation>Token súkromnej aplikácie</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdoména</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation>E-mail agenta</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáza</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Prihlasovacie meno</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API kľúč</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation>Odkiaľ sú vaši zákazníci</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation>Konzola podľa nich rozpozná volajúcich. Ďalšie CRM môžete pridať neskôr v Nastaveniach.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation>Zákazníci z</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation>Vlastný zoznam: import súboru CSV alebo vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation>Ukážkoví zákazníci (na vyskúšanie konzoly)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation>Naše vlastné CRM s REST API (šablóna)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation>zakaznici.csv alebo kontakty.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Súbor na import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Prehľadávať…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importovať teraz</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation>Načítať ukážkových zákazníkov</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation>Zákazníci na import</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation>Zoznamy zákazníkov (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Najprv vyberte súbor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracujem…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Skúšobný hovor</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation>Dokončiť uloží nastavenia a s nimi znovu spustí konzolu.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation>Potom mi zavolajte skúšobným hovorom, aby som overil, že počujem a som počuť</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation>Nastavenie Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Dokončiť a reštartovať</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Neuložené: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation>Uložené, ale: </translation>
    </message>
    <message>
        <source>The settings were saved; the test call cannot be remembered (%1).</source>
        <translation>Nastavenia sa uložili; skúšobný hovor si nemožno zapamätať (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryKind</name>
    <message>
        <source>call</source>
        <translation>hovor</translation>
    </message>
    <message>
        <source>note</source>
        <translation>poznámka</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>tiket</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Klávesnica</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Hviezdička</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mriežka</translation>
    </message>
    <message>
        <source>Or type digits and press Enter</source>
        <translation>Alebo napíšte číslice a stlačte Enter</translation>
    </message>
    <message>
        <source>Digits to send</source>
        <translation>Číslice na odoslanie</translation>
    </message>
</context>
<context>
    <name>LineType</name>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>pevná linka</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>pevná linka alebo mobil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bezplatná linka</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>linka so zvýšenou tarifou</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>linka so zdieľanými nákladmi</translation>
    </message>
    <message>
        <source>internet phone</source>
        <translation>internetový telefón</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>osobné číslo</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>firemné číslo</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>hlasová schránka</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>neznámy typ linky</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Console — %1</source>
        <translation>Agent Console — %1</translation>
    </message>
    <message>
        <source>Customer cards</source>
        <translation>Karty zákazníkov</translation>
    </message>
    <message>
        <source>Customer cards, one per call</source>
        <translation>Karty zákazníkov, jedna na hovor</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Žiadny hovor</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Zvoní…</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Hovor</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 nefungovalo: %2</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact not saved: %1</source>
        <translation>Kontakt nebol uložený: %1</translation>
    </message>
    <message>
        <source>Contacts can only be created in the local CRM, and it is not running: add &quot;local&quot; to [crm] adapters in the settings.</source>
        <translation>Kontakty sa dajú vytvárať len v lokálnom CRM a to nebeží: v nastaveniach pridajte &quot;local&quot; do [crm] adapters.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>NOTES</source>
        <translation>POZNÁMKY</translation>
    </message>
    <message>
        <source>Notes for this call — they travel with transfers and go to the CRM.</source>
        <translation>Poznámky k tomuto hovoru — idú s prepojením a uložia sa do CRM.</translation>
    </message>
    <message>
        <source>Notes for this call</source>
        <translation>Poznámky k tomuto hovoru</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Vložiť frázu</translation>
    </message>
    <message>
        <source>Previous notes</source>
        <translation>Predchádzajúce poznámky</translation>
    </message>
    <message>
        <source>Notes of earlier calls</source>
        <translation>Poznámky zo skorších hovorov</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Uložiť poznámku</translation>
    </message>
    <message>
        <source>Store the notes now; the wrap-up goes on</source>
        <translation>Uložiť poznámky hneď; dohra hovoru pokračuje</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Dohra hotová</translation>
    </message>
    <message>
        <source>Save the call log with these notes and the disposition, and end the wrap-up</source>
        <translation>Uložiť záznam hovoru s týmito poznámkami a výsledkom hovoru a ukončiť dohru</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Vložiť frázu…</translation>
    </message>
    <message>
        <source>No earlier notes.</source>
        <translation>Žiadne skoršie poznámky.</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <source>Agent Console — notices</source>
        <translation>Agent Console — upozornenia</translation>
    </message>
</context>
<context>
    <name>OpenAddressDialog</name>
    <message>
        <source>Open the CRM record</source>
        <translation>Otvoriť záznam v CRM</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Otvoriť túto adresu v prehliadači?</translation>
    </message>
</context>
<context>
    <name>OutboxLink</name>
    <message>
        <source>Link to a customer</source>
        <translation>Priradiť k zákazníkovi</translation>
    </message>
    <message>
        <source>Which customer in %1 is this write-back for?
Type their phone number, or their id in that CRM:</source>
        <translation>Pre ktorého zákazníka v %1 je tento zápis do CRM?
Napíšte jeho telefónne číslo alebo jeho ID v tom CRM:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoriť</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Áno</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použiť</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomocník</translation>
    </message>
</context>
<context>
    <name>RecordLink</name>
    <message>
        <source>the address is empty</source>
        <translation>adresa je prázdna</translation>
    </message>
    <message>
        <source>the address is longer than 2048 characters</source>
        <translation>adresa je dlhšia ako 2048 znakov</translation>
    </message>
    <message>
        <source>the address contains spaces or invisible characters</source>
        <translation>adresa obsahuje medzery alebo neviditeľné znaky</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>nie je to platná adresa</translation>
    </message>
    <message>
        <source>only http and https addresses are opened from the card</source>
        <translation>z karty sa otvárajú len adresy http a https</translation>
    </message>
    <message>
        <source>the address names no web server</source>
        <translation>adresa neuvádza žiadny webový server</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>adresa obsahuje meno používateľa alebo heslo</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s own CRM (record %1)</source>
        <translation>Uložené v CRM tejto konzoly (záznam %1)</translation>
    </message>
    <message>
        <source>Open in %1 CRM</source>
        <translation>Otvoriť v CRM %1</translation>
    </message>
    <message>
        <source>Record address from %1 not opened — %2: %3</source>
        <translation>Adresa záznamu z %1 nebola otvorená — %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordingBadges</name>
    <message>
        <source>⏸ ON HOLD — the customer cannot hear you</source>
        <translation>⏸ PODRŽANÝ — zákazník vás nepočuje</translation>
    </message>
    <message>
        <source>Start or stop recording this call</source>
        <translation>Spustiť alebo zastaviť nahrávanie tohto hovoru</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Spustiť nahrávanie</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Nahráva sa</translation>
    </message>
    <message>
        <source>Not recorded (this site does not record calls)</source>
        <translation>Nenahráva sa (toto pracovisko hovory nenahráva)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nenahráva sa</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Zastaviť nahrávanie</translation>
    </message>
</context>
<context>
    <name>ReserveRequestBanner</name>
    <message>
        <source>Join now (%1)</source>
        <translation>Pripojiť sa teraz (%1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Teraz nie</translation>
    </message>
    <message>
        <source>%1 asks you to join the line</source>
        <translation>%1 vás žiada, aby ste sa pripojili na linku</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Number to look up</source>
        <translation>Číslo na vyhľadanie</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Výsledok testu</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Otestovať</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation>uložené v kľúčenke — napíšte nové na nahradenie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Stránky nastavení</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Čo sa stalo</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation>Ešte beží iný test; počkajte na jeho odpoveď.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation>Napíšte číslo, z ktorého volá zákazník, a stlačte Otestovať.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testujem…</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Neuložené: </translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation>Neuložené: súbor {path} sa nedá zapísať ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation>Nastavenia uložené, ale: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation>Uložené do {path}. Nastavenia telefónu, zvuku, CRM a tímu sa prejavia po ďalšom spustení konzoly.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agenta</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše meno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>How colleagues and team leads see you.</source>
        <translation>Ako vás vidia kolegovia a vedúci tímu.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Vzhľad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Stay on top while a call rings</source>
        <translation>Zostať navrchu, keď zvoní hovor</translation>
    </message>
    <message>
        <source>The theme changes at once; &quot;system&quot; follows the desktop&apos;s light or dark mode.</source>
        <translation>Vzhľad sa zmení hneď; „system“ sa riadi svetlým alebo tmavým režimom plochy.</translation>
    </message>
    <message>
        <source>Phone (SIP)</source>
        <translation>Telefón (SIP)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrátor</translation>
    </message>
    <message>
        <source>pbx.example.com:5060 — empty for direct calls between desks</source>
        <translation>pbx.example.com:5060 — prázdne pre priame hovory medzi stolmi</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Používateľ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the file</source>
        <translation>uložené v systémovej kľúčenke, nikdy v súbore</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>empty: the registrar&apos;s host</source>
        <translation>prázdne: host registrátora</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Počúvať na</translation>
    </message>
    <message>
        <source>Name shown to callees</source>
        <translation>Meno zobrazené volaným</translation>
    </message>
    <message>
        <source>Dial numbers at (without a registrar)</source>
        <translation>Vytáčať čísla cez (bez registrátora)</translation>
    </message>
    <message>
        <source>Test registers with these settings and shows the registrar&apos;s answer.</source>
        <translation>Otestovať sa zaregistruje s týmito nastaveniami a ukáže odpoveď registrátora.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Zvuk</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofón</translation>
    </message>
    <message>
        <source>default, null (silence) or a device name</source>
        <translation>default, null (ticho) alebo názov zariadenia</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Reproduktor</translation>
    </message>
    <message>
        <source>Ring tone (WAV file)</source>
        <translation>Zvonenie (súbor WAV)</translation>
    </message>
    <message>
        <source>Test plays a tone on the speaker and shows how loud the microphone is.</source>
        <translation>Otestovať prehrá tón v reproduktore a ukáže, aký hlasný je mikrofón.</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Zákazníci (CRM)</translation>
    </message>
    <message>
        <source>CRMs, in order</source>
        <translation>CRM v poradí</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Lokálna databáza</translation>
    </message>
    <message>
        <source>empty: the console&apos;s own database</source>
        <translation>prázdne: vlastná databáza konzoly</translation>
    </message>
    <message>
        <source>Give up on a CRM after (ms)</source>
        <translation>Vzdať CRM po (ms)</translation>
    </message>
    <message>
        <source>Test looks a number up in these CRMs and shows the card.</source>
        <translation>Otestovať vyhľadá číslo v týchto CRM a ukáže kartu.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Úložisko tímu</translation>
    </message>
    <message>
        <source>Team secret</source>
        <translation>Tajomstvo tímu</translation>
    </message>
    <message>
        <source>signs supervision requests; kept in the keyring</source>
        <translation>podpisuje žiadosti o monitorovanie; uložené v kľúčenke</translation>
    </message>
    <message>
        <source>Test connects to the team store.</source>
        <translation>Otestovať sa pripojí k úložisku tímu.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Prijať zvoniaci hovor</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Ukončiť hovor</translation>
    </message>
    <message>
        <source>Hold the call, or take it off hold</source>
        <translation>Podržať hovor alebo ho vrátiť z podržania</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Stlmiť alebo zapnúť mikrofón</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavesiť</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Podržať / pokračovať</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Stlmiť / zapnúť mikrofón</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Prepojiť…</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Vytočiť číslo</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>Písať do poznámok</translation>
    </message>
    <message>
        <source>Choose the disposition</source>
        <translation>Vybrať výsledok hovoru</translation>
    </message>
    <message>
        <source>New follow-up task…</source>
        <translation>Nová nadväzujúca úloha…</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Dohra hotová</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravený</translation>
    </message>
    <message>
        <source>Away (pause)</source>
        <translation>Preč (prestávka)</translation>
    </message>
    <message>
        <source>Supervision: listen</source>
        <translation>Monitorovanie: počúvať</translation>
    </message>
    <message>
        <source>Supervision: whisper</source>
        <translation>Monitorovanie: šepkať</translation>
    </message>
    <message>
        <source>Supervision: barge in</source>
        <translation>Monitorovanie: vstúpiť do hovoru</translation>
    </message>
    <message>
        <source>Supervision: stop</source>
        <translation>Monitorovanie: ukončiť</translation>
    </message>
    <message>
        <source>Follow-up tasks need the tasks feature, which this console does not have</source>
        <translation>Nadväzujúce úlohy potrebujú funkciu úloh, ktorú táto konzola nemá</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panely</translation>
    </message>
    <message>
        <source>New call-back or task…</source>
        <translation>Nové spätné zavolanie alebo úloha…</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>Customer asked for a call-back.</source>
        <translation>Zákazník požiadal o spätné zavolanie.</translation>
    </message>
    <message>
        <source>Sent the offer by e-mail.</source>
        <translation>Ponuka odoslaná e-mailom.</translation>
    </message>
    <message>
        <source>Verified identity (date of birth, address).</source>
        <translation>Totožnosť overená (dátum narodenia, adresa).</translation>
    </message>
    <message>
        <source>Explained the invoice.</source>
        <translation>Vysvetlená faktúra.</translation>
    </message>
    <message>
        <source>Escalated to the team lead.</source>
        <translation>Postúpené vedúcemu tímu.</translation>
    </message>
</context>
<context>
    <name>Supervising</name>
    <message>
        <source>Customer: %1</source>
        <translation>Zákazník: %1</translation>
    </message>
</context>
<context>
    <name>SupervisingView</name>
    <message>
        <source>LISTENING — nobody hears you</source>
        <translation>POČÚVATE — nikto vás nepočuje</translation>
    </message>
    <message>
        <source>WHISPERING — only {agent} hears you</source>
        <translation>ŠEPKÁTE — počuje vás len {agent}</translation>
    </message>
    <message>
        <source>BARGED IN — everyone hears you</source>
        <translation>STE V HOVORE — počujú vás všetci</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Počúvať</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Šepkať</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Vstúpiť do hovoru</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>the customer is on hold: you hear nothing until the call resumes</source>
        <translation>zákazník je podržaný: kým hovor nepokračuje, nič nepočujete</translation>
    </message>
    <message>
        <source>%1&apos;s call</source>
        <translation>Hovor: %1</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>%1 is listening</source>
        <translation>%1 počúva</translation>
    </message>
    <message>
        <source>%1 is whispering to you</source>
        <translation>%1 vám šepká</translation>
    </message>
    <message>
        <source>%1 is in the call (barge)</source>
        <translation>%1 je v hovore (vstup)</translation>
    </message>
    <message>
        <source>Supervised: %1.</source>
        <translation>Monitorované: %1.</translation>
    </message>
    <message>
        <source>You are listening to %1&apos;s call.</source>
        <translation>Počúvate hovor: %1.</translation>
    </message>
    <message>
        <source>You are whispering to %1.</source>
        <translation>Šepkáte: %1.</translation>
    </message>
    <message>
        <source>You are in %1&apos;s call (barge).</source>
        <translation>Ste v hovore: %1 (vstup).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Call-back</source>
        <translation>Spätné zavolanie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>O 15 min</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>O 1 h</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Zajtra 9:00</translation>
    </message>
    <message>
        <source>Monday 9:00</source>
        <translation>Pondelok 9:00</translation>
    </message>
    <message>
        <source>New call-back or task</source>
        <translation>Nové spätné zavolanie alebo úloha</translation>
    </message>
    <message>
        <source>No customer: the task is for the number below</source>
        <translation>Bez zákazníka: úloha je pre číslo nižšie</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Druh úlohy</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zavolať späť</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Čo treba urobiť</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Číslo na spätné zavolanie</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Termín (dátum a čas)</translation>
    </message>
    <message>
        <source>Due: %1 (Alt+%2)</source>
        <translation>Termín: %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Druh</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Č&amp;o</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>Čí&amp;slo</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Termín</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje úlohy</translation>
    </message>
    <message>
        <source>dialled %1</source>
        <translation>vytočené %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>PO TERMÍNE</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zavolať späť</translation>
    </message>
    <message>
        <source>Call back: %1</source>
        <translation>Zavolať späť: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hotovo: %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The service level is far below the target, or a customer has waited too long.</source>
        <translation>Úroveň služieb je hlboko pod cieľom, alebo zákazník čakal príliš dlho.</translation>
    </message>
    <message>
        <source>The service level is below the target.</source>
        <translation>Úroveň služieb je pod cieľom.</translation>
    </message>
    <message>
        <source>Team service level</source>
        <translation>Úroveň služieb tímu</translation>
    </message>
    <message>
        <source>%1 has no call now.</source>
        <translation>%1 teraz nemá hovor.</translation>
    </message>
    <message>
        <source>The CRM is not running, so the customer&apos;s card cannot be shown.</source>
        <translation>CRM nebeží, preto sa karta zákazníka nedá zobraziť.</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Ask away agents to join</source>
        <translation>Požiadať neprítomných agentov o pripojenie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>V stave</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Aktuálny hovor</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trvanie</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>Monitoruje</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Čakal</translation>
    </message>
    <message>
        <source>Ringing at</source>
        <translation>Zvoní u</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Vybavené</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Zmeškané</translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation>Priem. hovor</translation>
    </message>
    <message>
        <source>Avg wrap-up</source>
        <translation>Priem. dohra</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdlhšie čakanie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Hovory za hodinu</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>Na linke</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Čakajúci zákazníci</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámy volajúci</translation>
    </message>
    <message numerus="yes">
        <source>%n agents</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agenti</numerusform>
            <numerusform>%n agentov</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Long call: over %1</source>
        <translation>Dlhý hovor: viac ako %1</translation>
    </message>
    <message>
        <source>Waiting longer than the target of %1 s</source>
        <translation>Čaká dlhšie ako cieľ %1 s</translation>
    </message>
    <message>
        <source>Service level %1 (target %2 % in %3 s)</source>
        <translation>Úroveň služieb %1 (cieľ %2 % do %3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting, longest %1</source>
        <translation>
            <numerusform>%n zákazník čaká, najdlhšie %1</numerusform>
            <numerusform>%n zákazníci čakajú, najdlhšie %1</numerusform>
            <numerusform>%n zákazníkov čaká, najdlhšie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nikto nečaká</translation>
    </message>
    <message>
        <source>over the %1 s target</source>
        <translation>nad cieľom %1 s</translation>
    </message>
    <message>
        <source>Joining: %1</source>
        <translation>Pripájajú sa: %1</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Teraz nie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n ešte neodpovedal</numerusform>
            <numerusform>%n ešte neodpovedali</numerusform>
            <numerusform>%n ešte neodpovedalo</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hodina dňa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravený</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Zvoní</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Na hovore</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Dohra hovoru</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Preč</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoruje</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Prichádzajúci</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Odchádzajúci</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hovorí</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Podržaný</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <source>Colleague</source>
        <translation>Kolega</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>V stave</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <source>A test customer is calling you now: answer it as any call.</source>
        <translation>Teraz vám volá skúšobný zákazník: prijmite hovor ako každý iný.</translation>
    </message>
    <message>
        <source>Test call: </source>
        <translation>Skúšobný hovor: </translation>
    </message>
    <message>
        <source>the test customer&apos;s call rang here</source>
        <translation>hovor skúšobného zákazníka tu zazvonil</translation>
    </message>
    <message>
        <source>no call arrived: check [sip] listen (another program may use the port) and the firewall</source>
        <translation>žiadny hovor neprišiel: skontrolujte [sip] listen (port môže používať iný program) a firewall</translation>
    </message>
    <message>
        <source>you answered it</source>
        <translation>prijali ste ho</translation>
    </message>
    <message>
        <source>it was not answered</source>
        <translation>nebol prijatý</translation>
    </message>
    <message>
        <source>the test customer heard your microphone</source>
        <translation>skúšobný zákazník počul váš mikrofón</translation>
    </message>
    <message>
        <source>the test customer heard only silence: check the microphone in Settings → Sound</source>
        <translation>skúšobný zákazník počul len ticho: skontrolujte mikrofón v Nastavenia → Zvuk</translation>
    </message>
    <message>
        <source>the test customer could not start</source>
        <translation>skúšobného zákazníka sa nepodarilo spustiť</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po termíne</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>o %n min</numerusform>
            <numerusform>o %n min</numerusform>
            <numerusform>o %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>o %n h</numerusform>
            <numerusform>o %n h</numerusform>
            <numerusform>o %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>o %n deň</numerusform>
            <numerusform>o %n dni</numerusform>
            <numerusform>o %n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>ready</source>
        <translation>pripravený</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>zvoní</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>na hovore</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>v dohre hovoru</translation>
    </message>
    <message>
        <source>away</source>
        <translation>preč</translation>
    </message>
    <message>
        <source>supervising</source>
        <translation>monitoruje</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Prepojiť hovor</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, a number or a SIP address</source>
        <translation>Meno kolegu, číslo alebo SIP adresa</translation>
    </message>
    <message>
        <source>Hand over now (blind transfer)</source>
        <translation>Odovzdať hneď (prepojenie naslepo)</translation>
    </message>
    <message>
        <source>Talk to them first, then complete or cancel (consult)</source>
        <translation>Najprv sa s nimi porozprávať, potom dokončiť alebo zrušiť (konzultácia)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Prepojiť</translation>
    </message>
    <message>
        <source>Your notes, the disposition so far and the customer go with the call.</source>
        <translation>S hovorom odídu vaše poznámky, doterajší výsledok hovoru aj zákazník.</translation>
    </message>
    <message>
        <source>No colleagues are online in the team list: type a number or SIP address.</source>
        <translation>V zozname tímu nie sú online žiadni kolegovia: napíšte číslo alebo SIP adresu.</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Prepojiť na:</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Transfer: %1</source>
        <translation>Prepojenie: %1</translation>
    </message>
    <message>
        <source>The team store is not answering: the call is transferred, but your notes did not go with it.</source>
        <translation>Úložisko tímu neodpovedá: hovor je prepojený, ale vaše poznámky s ním neodišli.</translation>
    </message>
    <message>
        <source>The call is transferred.</source>
        <translation>Hovor je prepojený.</translation>
    </message>
    <message>
        <source>the other side refused it</source>
        <translation>druhá strana ho odmietla</translation>
    </message>
    <message>
        <source>The transfer did not go through (%1); the customer is still on your line.</source>
        <translation>Prepojenie sa nepodarilo (%1); zákazník je stále na vašej linke.</translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation>Prepojil(a) %1: %2</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Prepojil(a) %1</translation>
    </message>
    <message>
        <source>Disposition so far: %1</source>
        <translation>Doterajší výsledok hovoru: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Set-up assistant…</source>
        <translation>Sprievodca nastavením…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavenia…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravený</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Zobraziť okno</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konzola</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Preč</translation>
    </message>
    <message>
        <source>No tray icon</source>
        <translation>Bez ikony v lište</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 nefungovalo: %2</translation>
    </message>
    <message>
        <source>Agent Console — %1: %2</source>
        <translation>Agent Console — %1: %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <source>Not in the CRM</source>
        <translation>Nie je v CRM</translation>
    </message>
</context>
<context>
    <name>UnsavedDrafts</name>
    <message>
        <source>Notes not saved</source>
        <translation>Poznámky neuložené</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are not saved.</source>
        <translation>
            <numerusform>%n poznámka nie je uložená.</numerusform>
            <numerusform>%n poznámky nie sú uložené.</numerusform>
            <numerusform>%n poznámok nie je uložených.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and try again, or copy the notes to paste them somewhere safe. If you quit anyway, a copy is kept outside the full disk when possible and put back at the next start.</source>
        <translation>Uvoľnite miesto na disku a skúste to znova, alebo skopírujte poznámky a vložte ich na bezpečné miesto. Ak aj tak skončíte, kópia sa podľa možnosti uloží mimo plného disku a pri ďalšom spustení sa vráti.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Copy the notes</source>
        <translation>Kopírovať poznámky</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Aj tak skončiť</translation>
    </message>
    <message>
        <source>The unsaved notes are on the clipboard: paste them somewhere safe.</source>
        <translation>Neuložené poznámky sú v schránke: vložte ich na bezpečné miesto.</translation>
    </message>
</context>
<context>
    <name>away_reasons</name>
    <message>
        <source>break</source>
        <translation>prestávka</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>obed</translation>
    </message>
    <message>
        <source>training</source>
        <translation>školenie</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>porada</translation>
    </message>
    <message>
        <source>back_office</source>
        <translation>administratíva</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>From cache, {age} old</source>
        <translation>Z vyrovnávacej pamäte, staré {age}</translation>
    </message>
</context>
<context>
    <name>dispositions</name>
    <message>
        <source>Resolved</source>
        <translation>Vyriešené</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informácia poskytnutá</translation>
    </message>
    <message>
        <source>Change made (address, tariff, contact)</source>
        <translation>Zmena vykonaná (adresa, tarifa, kontakt)</translation>
    </message>
    <message>
        <source>Complaint settled</source>
        <translation>Sťažnosť vybavená</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Predaj</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nová zmluva</translation>
    </message>
    <message>
        <source>Upgrade / upsell</source>
        <translation>Vyššia služba / dopredaj</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Ponuka odmietnutá</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Treba sa ozvať</translation>
    </message>
    <message>
        <source>Call-back promised</source>
        <translation>Sľúbené spätné zavolanie</translation>
    </message>
    <message>
        <source>Escalated to team lead / 2nd level</source>
        <translation>Postúpené vedúcemu / 2. úrovni</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s documents</source>
        <translation>Čaká sa na doklady zákazníka</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Bez rozhovoru</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Nesprávne číslo</translation>
    </message>
    <message>
        <source>Call dropped</source>
        <translation>Hovor prerušený</translation>
    </message>
    <message>
        <source>Voicemail / answering machine</source>
        <translation>Hlasová schránka / odkazovač</translation>
    </message>
    <message>
        <source>Spam / abusive caller</source>
        <translation>Spam / urážlivý volajúci</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The phone is not running. Restart the console.</source>
        <translation>Telefón nebeží. Reštartujte konzolu.</translation>
    </message>
    <message>
        <source>Only a call in progress can be transferred.</source>
        <translation>Prepojiť sa dá len prebiehajúci hovor.</translation>
    </message>
    <message>
        <source>This call is already being transferred: complete or cancel that transfer first.</source>
        <translation>Tento hovor sa už prepája: najprv to prepojenie dokončite alebo zrušte.</translation>
    </message>
    <message>
        <source>The colleague has not answered yet: wait for them, or cancel the transfer.</source>
        <translation>Kolega ešte neprijal: počkajte naňho, alebo prepojenie zrušte.</translation>
    </message>
    <message>
        <source>This call has no consultation: call the colleague first.</source>
        <translation>Tento hovor nemá konzultáciu: najprv zavolajte kolegovi.</translation>
    </message>
    <message>
        <source>The transfer did not go through: {reason}. The customer is still on your line.</source>
        <translation>Prepojenie sa nepodarilo: {reason}. Zákazník je stále na vašej linke.</translation>
    </message>
    <message>
        <source>The phone could not do that: {reason}.</source>
        <translation>Telefón to nedokázal urobiť: {reason}.</translation>
    </message>
    <message>
        <source>The phone could not start its SIP library: {reason}.</source>
        <translation>Telefón nedokázal spustiť svoju SIP knižnicu: {reason}.</translation>
    </message>
    <message>
        <source>The phone did not start: {reason}.</source>
        <translation>Telefón sa nespustil: {reason}.</translation>
    </message>
    <message>
        <source>Another phone is already running in this program. Close it first.</source>
        <translation>V tomto programe už beží iný telefón. Najprv ho zatvorte.</translation>
    </message>
    <message>
        <source>A [sip] setting is wrong: {detail}. Fix it in the configuration file.</source>
        <translation>Nastavenie v [sip] je chybné: {detail}. Opravte ho v konfiguračnom súbore.</translation>
    </message>
    <message>
        <source>The SIP address {address} is not HOST:PORT. Fix [sip] listen in the configuration file.</source>
        <translation>SIP adresa {address} nie je v tvare HOST:PORT. Opravte [sip] listen v konfiguračnom súbore.</translation>
    </message>
    <message>
        <source>The port {port} in {address} is out of range. Use a port from 1 to 65535 in [sip] listen.</source>
        <translation>Port {port} v {address} je mimo rozsahu. V [sip] listen použite port od 1 do 65535.</translation>
    </message>
    <message>
        <source>{address} is not an address of this computer. Fix [sip] listen in the configuration file.</source>
        <translation>{address} nie je adresa tohto počítača. Opravte [sip] listen v konfiguračnom súbore.</translation>
    </message>
    <message>
        <source>The SIP transport {transport} is unknown. Set [sip] transport to udp, tcp or tls.</source>
        <translation>SIP transport {transport} je neznámy. Nastavte [sip] transport na udp, tcp alebo tls.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): {reason}.</source>
        <translation>Telefón nemôže počúvať na {host}:{port} ({transport}): {reason}.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): another program uses this port. Close it or choose another port in [sip] listen.</source>
        <translation>Telefón nemôže počúvať na {host}:{port} ({transport}): tento port používa iný program. Zatvorte ho alebo v [sip] listen zvoľte iný port.</translation>
    </message>
    <message>
        <source>The file {path} set in [sip] {key} cannot be read. Check the name and its permissions.</source>
        <translation>Súbor {path} nastavený v [sip] {key} sa nedá prečítať. Skontrolujte názov a oprávnenia.</translation>
    </message>
    <message>
        <source>Secure SIP (TLS) needs trusted certificate authorities and this computer has none. Set [sip] tls_ca_file to a PEM file.</source>
        <translation>Zabezpečený SIP (TLS) potrebuje dôveryhodné certifikačné autority a tento počítač nemá žiadne. Nastavte [sip] tls_ca_file na súbor PEM.</translation>
    </message>
    <message>
        <source>{target} cannot be dialled. Enter a number, user@host or a sip: address.</source>
        <translation>{target} sa nedá vytočiť. Zadajte číslo, user@host alebo adresu sip:.</translation>
    </message>
    <message>
        <source>There is no PBX to dial numbers through. Dial NUMBER@HOST:PORT or a sip: address, or set [sip] registrar.</source>
        <translation>Nie je ústredňa, cez ktorú by sa dali vytáčať čísla. Vytočte ČÍSLO@HOST:PORT alebo adresu sip:, alebo nastavte [sip] registrar.</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Ten hovor sa skončil.</translation>
    </message>
    <message>
        <source>The call to {target} could not be started: {reason}.</source>
        <translation>Hovor na {target} sa nepodarilo začať: {reason}.</translation>
    </message>
    <message>
        <source>{status} is not a SIP error code. Use a code from 400 to 699.</source>
        <translation>{status} nie je chybový kód SIP. Použite kód od 400 do 699.</translation>
    </message>
    <message>
        <source>&quot;{digits}&quot; cannot be sent as tones. Use 0-9, *, # and A-D.</source>
        <translation>„{digits}“ sa nedá poslať ako tóny. Použite 0-9, *, # a A-D.</translation>
    </message>
    <message>
        <source>A conference needs at least two calls.</source>
        <translation>Konferencia potrebuje aspoň dva hovory.</translation>
    </message>
    <message>
        <source>The message is too long or of the wrong kind (at most {limit} characters).</source>
        <translation>Správa je príliš dlhá alebo nesprávneho druhu (najviac {limit} znakov).</translation>
    </message>
    <message>
        <source>{header} is not a valid SIP header name.</source>
        <translation>{header} nie je platný názov hlavičky SIP.</translation>
    </message>
    <message>
        <source>This call is not ringing any more.</source>
        <translation>Tento hovor už nezvoní.</translation>
    </message>
    <message>
        <source>Only a ringing incoming call can be rejected.</source>
        <translation>Odmietnuť sa dá len zvoniaci prichádzajúci hovor.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Podržať sa dá len spojený hovor.</translation>
    </message>
    <message>
        <source>This call is not on hold.</source>
        <translation>Tento hovor nie je podržaný.</translation>
    </message>
    <message>
        <source>Only connected calls can be joined.</source>
        <translation>Spojiť sa dajú len spojené hovory.</translation>
    </message>
    <message>
        <source>This call is already being recorded.</source>
        <translation>Tento hovor sa už nahráva.</translation>
    </message>
    <message>
        <source>This call cannot be recorded: {detail}.</source>
        <translation>Tento hovor sa nedá nahrávať: {detail}.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Tento hovor sa nenahráva.</translation>
    </message>
    <message>
        <source>This call record cannot be played: {detail}.</source>
        <translation>Tento záznam hovoru sa nedá prehrať: {detail}.</translation>
    </message>
    <message>
        <source>This site does not record calls ([recording] policy = &quot;never&quot;), so this call cannot be recorded.</source>
        <translation>Toto pracovisko hovory nenahráva ([recording] policy = &quot;never&quot;), preto sa tento hovor nedá nahrávať.</translation>
    </message>
    <message>
        <source>This site records every call ([recording] policy = &quot;always&quot;): the recording cannot be stopped.</source>
        <translation>Toto pracovisko nahráva každý hovor ([recording] policy = &quot;always&quot;): nahrávanie sa nedá zastaviť.</translation>
    </message>
    <message>
        <source>There is no call in progress to record. Answer or select a call first.</source>
        <translation>Nie je žiadny prebiehajúci hovor na nahrávanie. Najprv hovor prijmite alebo vyberte.</translation>
    </message>
    <message>
        <source>Only a team lead can find, play or delete call records ([agent] role = &quot;lead&quot;).</source>
        <translation>Záznamy hovorov môže hľadať, prehrávať alebo mazať len vedúci tímu ([agent] role = &quot;lead&quot;).</translation>
    </message>
    <message>
        <source>There is no call record {record_id}: it may have been deleted. Search again (ctl records).</source>
        <translation>Záznam hovoru {record_id} neexistuje: možno bol zmazaný. Hľadajte znova (ctl records).</translation>
    </message>
    <message>
        <source>The team store is not open yet, so call records cannot be reached; try again in a moment.</source>
        <translation>Úložisko tímu ešte nie je otvorené, preto sa k záznamom hovorov nedá dostať; skúste to o chvíľu.</translation>
    </message>
    <message>
        <source>The call record {record_id} could not be read from the team store: {detail}.</source>
        <translation>Záznam hovoru {record_id} sa nepodarilo načítať z úložiska tímu: {detail}.</translation>
    </message>
    <message>
        <source>The day {day} is not a date like 2026-12-01.</source>
        <translation>Deň {day} nie je dátum v tvare 2026-12-01.</translation>
    </message>
    <message>
        <source>The microphone file {path} does not exist. Fix [audio] capture.</source>
        <translation>Súbor mikrofónu {path} neexistuje. Opravte [audio] capture.</translation>
    </message>
    <message>
        <source>The microphone file {path} is not a usable WAV file: {reason}.</source>
        <translation>Súbor mikrofónu {path} nie je použiteľný súbor WAV: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the recorded sound does not exist. Fix [audio] playback.</source>
        <translation>Priečinok {folder} pre nahraný zvuk neexistuje. Opravte [audio] playback.</translation>
    </message>
    <message>
        <source>The sound cannot be recorded to {path}: {reason}.</source>
        <translation>Zvuk sa nedá nahrať do {path}: {reason}.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed. Start it from the console&apos;s team board.</source>
        <translation>Monitorovanie bolo odmietnuté: žiadosť nebola podpísaná. Spustite ho z tímovej tabule konzoly.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request could not be read. Update the supervisor&apos;s console.</source>
        <translation>Monitorovanie bolo odmietnuté: žiadosť sa nedala prečítať. Aktualizujte konzolu supervízora.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed with this team&apos;s secret. Check the team secret on both computers.</source>
        <translation>Monitorovanie bolo odmietnuté: žiadosť nebola podpísaná tajomstvom tohto tímu. Skontrolujte tímové tajomstvo na oboch počítačoch.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request had expired. Check that both computers show the right time, then try again.</source>
        <translation>Monitorovanie bolo odmietnuté: platnosť žiadosti vypršala. Skontrolujte, či oba počítače ukazujú správny čas, a skúste to znova.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was valid for too long. Check that both computers show the right time.</source>
        <translation>Monitorovanie bolo odmietnuté: žiadosť platila príliš dlho. Skontrolujte, či oba počítače ukazujú správny čas.</translation>
    </message>
    <message>
        <source>Supervision was refused: the same request was used twice. Start it again from the team board.</source>
        <translation>Monitorovanie bolo odmietnuté: rovnaká žiadosť bola použitá dvakrát. Spustite ho znova z tímovej tabule.</translation>
    </message>
    <message>
        <source>Supervision was refused: the agent is no longer on that call.</source>
        <translation>Monitorovanie bolo odmietnuté: agent už na tom hovore nie je.</translation>
    </message>
    <message>
        <source>Supervision was refused: this role may not do that. Trainees may only listen; team leads may listen, whisper and barge.</source>
        <translation>Monitorovanie bolo odmietnuté: táto rola to nesmie. Zaškoľovaní agenti môžu len počúvať; vedúci tímu môžu počúvať, šepkať a vstúpiť do hovoru.</translation>
    </message>
    <message>
        <source>Supervision was refused: there is no room for another supervisor on this call. Try again when someone has left.</source>
        <translation>Monitorovanie bolo odmietnuté: na tomto hovore už nie je miesto pre ďalšieho supervízora. Skúste to, keď niekto odíde.</translation>
    </message>
    <message>
        <source>The mode was not changed: this site does not let phone keys switch supervision modes. Use the console&apos;s mode keys.</source>
        <translation>Režim sa nezmenil: toto pracovisko nedovoľuje prepínať režimy monitorovania klávesmi telefónu. Použite klávesy režimov v konzole.</translation>
    </message>
    <message>
        <source>The mode was not changed: the request was made for another supervisor or call.</source>
        <translation>Režim sa nezmenil: žiadosť bola pre iného supervízora alebo iný hovor.</translation>
    </message>
    <message>
        <source>Supervision was refused: this team requires a signed role grant and the request had none. Ask the team&apos;s admin for a grant, then run agent-console supervision use-grant.</source>
        <translation>Monitorovanie bolo odmietnuté: tento tím vyžaduje podpísané oprávnenie roly a žiadosť ho nemala. Požiadajte správcu tímu o oprávnenie a potom spustite agent-console supervision use-grant.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant is not signed by this team&apos;s admin key. Ask the team&apos;s admin for a new grant, and check [supervision] roles_key on the agent&apos;s computer.</source>
        <translation>Monitorovanie bolo odmietnuté: oprávnenie roly nie je podpísané kľúčom správcu tohto tímu. Požiadajte správcu tímu o nové oprávnenie a skontrolujte [supervision] roles_key na počítači agenta.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant has expired. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorovanie bolo odmietnuté: platnosť oprávnenia roly vypršala. Požiadajte správcu tímu o nové.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant belongs to someone else, or the request was not signed with its owner&apos;s key.</source>
        <translation>Monitorovanie bolo odmietnuté: oprávnenie roly patrí niekomu inému, alebo žiadosť nebola podpísaná kľúčom jeho vlastníka.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant does not give this role. Check [agent] role, or ask the team&apos;s admin for the right grant.</source>
        <translation>Monitorovanie bolo odmietnuté: oprávnenie roly túto rolu nedáva. Skontrolujte [agent] role, alebo požiadajte správcu tímu o správne oprávnenie.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant was revoked. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorovanie bolo odmietnuté: oprávnenie roly bolo zrušené. Požiadajte správcu tímu o nové.</translation>
    </message>
    <message>
        <source>A key is already kept for {name} ({env} or the keyring). Use --replace to make a new one (grants for the old key then stop working).</source>
        <translation>Pre {name} je už kľúč uložený ({env} alebo kľúčenka). Nový vytvoríte s --replace (oprávnenia pre starý kľúč potom prestanú fungovať).</translation>
    </message>
    <message>
        <source>{reason}. Run again with --print-private to see the private key once, and put it into {env}.</source>
        <translation>{reason}. Spustite znova s --print-private, raz uvidíte súkromný kľúč, a vložte ho do {env}.</translation>
    </message>
    <message>
        <source>This person has no supervision key yet. Run agent-console supervision keygen.</source>
        <translation>Táto osoba ešte nemá kľúč na monitorovanie. Spustite agent-console supervision keygen.</translation>
    </message>
    <message>
        <source>The key kept in {env} or the keyring is not a supervision key. Make a new one with agent-console supervision keygen --replace.</source>
        <translation>Kľúč uložený v {env} alebo v kľúčenke nie je kľúč na monitorovanie. Nový vytvoríte príkazom agent-console supervision keygen --replace.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admin can do this: the admin key is not in {env} or the keyring (agent-console supervision admin-keygen makes it).</source>
        <translation>Toto môže urobiť len správca tímu: kľúč správcu nie je v {env} ani v kľúčenke (vytvorí ho agent-console supervision admin-keygen).</translation>
    </message>
    <message>
        <source>No grant was made: {reason}.</source>
        <translation>Oprávnenie nebolo vytvorené: {reason}.</translation>
    </message>
    <message>
        <source>This grant is for another key than yours. Give the team&apos;s admin your public key (agent-console supervision public-key).</source>
        <translation>Toto oprávnenie je pre iný kľúč, než je váš. Dajte správcovi tímu svoj verejný kľúč (agent-console supervision public-key).</translation>
    </message>
    <message>
        <source>This grant cannot be used: {reason}. Ask the team&apos;s admin for a new one.</source>
        <translation>Toto oprávnenie sa nedá použiť: {reason}. Požiadajte správcu tímu o nové.</translation>
    </message>
    <message>
        <source>This grant is for {person}, but this console&apos;s [agent] id is {me}. Ask the team&apos;s admin for a grant in your id.</source>
        <translation>Toto oprávnenie je pre {person}, ale [agent] id tejto konzoly je {me}. Požiadajte správcu tímu o oprávnenie na vaše id.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This grant expired on {day} (UTC). Ask the team&apos;s admin for a new one.</source>
        <translation>Platnosť tohto oprávnenia skončila {day} (UTC). Požiadajte správcu tímu o nové.</translation>
    </message>
    <message>
        <source>--days must be from 1 to {most} (got {days}).</source>
        <translation>--days musí byť od 1 do {most} (zadané {days}).</translation>
    </message>
    <message>
        <source>{person} is not an agent id: use 1 to 64 letters, digits or _.@+-.</source>
        <translation>{person} nie je id agenta: použite 1 až 64 písmen, číslic alebo _.@+-.</translation>
    </message>
    <message>
        <source>The team store cannot be opened or written ({reason}). Check [team] url and that the server is running.</source>
        <translation>Úložisko tímu sa nedá otvoriť ani doň zapisovať ({reason}). Skontrolujte [team] url a či server beží.</translation>
    </message>
    <message>
        <source>Anyone with the team secret can claim to be a team lead and listen in on this console&apos;s calls. Set [supervision] roles_key to the team admin&apos;s public key.</source>
        <translation>Ktokoľvek s tímovým tajomstvom sa môže vydávať za vedúceho tímu a počúvať hovory tejto konzoly. Nastavte [supervision] roles_key na verejný kľúč správcu tímu.</translation>
    </message>
    <message>
        <source>Coaching notes are for team leads only ([agent] role = &quot;lead&quot;): this console cannot show or read them.</source>
        <translation>Koučovacie poznámky sú len pre vedúcich tímu ([agent] role = &quot;lead&quot;): táto konzola ich nemôže zobraziť ani čítať.</translation>
    </message>
    <message>
        <source>Name the agent (ctl coaching AGENT): you are not listening to anyone&apos;s call now.</source>
        <translation>Uveďte agenta (ctl coaching AGENT): práve nepočúvate nikoho hovor.</translation>
    </message>
    <message>
        <source>The team store is not open, so coaching notes cannot be kept. Check [team] url in the configuration.</source>
        <translation>Úložisko tímu nie je otvorené, preto sa koučovacie poznámky nedajú uchovať. Skontrolujte [team] url v konfigurácii.</translation>
    </message>
    <message>
        <source>The coaching notes cannot be read now: the team store is not answering. Try again in a moment.</source>
        <translation>Koučovacie poznámky sa teraz nedajú načítať: úložisko tímu neodpovedá. Skúste to o chvíľu.</translation>
    </message>
    <message>
        <source>Not saved: the team store is not answering. The notes are kept here and saved as soon as it answers.</source>
        <translation>Neuložené: úložisko tímu neodpovedá. Poznámky ostávajú tu a uložia sa, hneď ako odpovie.</translation>
    </message>
    <message>
        <source>The PBX code for {mode} ({code}) cannot be dialled. Use digits, * and # with {{ext}} once, like *222{{ext}}, in [supervision.pbx] {mode}.</source>
        <translation>Kód ústredne pre {mode} ({code}) sa nedá vytočiť. V [supervision.pbx] {mode} použite číslice, * a # a raz {{ext}}, napríklad *222{{ext}}.</translation>
    </message>
    <message>
        <source>The keys to switch to {mode} ({keys}) cannot be sent. Use 0-9, * and # in [supervision.pbx] switch_dtmf.</source>
        <translation>Klávesy na prepnutie do {mode} ({keys}) sa nedajú poslať. V [supervision.pbx] switch_dtmf použite 0-9, * a #.</translation>
    </message>
    <message>
        <source>{mode} is not a supervision mode. Use listen, whisper and barge in [supervision.pbx].</source>
        <translation>{mode} nie je režim monitorovania. V [supervision.pbx] použite listen, whisper a barge.</translation>
    </message>
    <message>
        <source>{agent}&apos;s extension ({extension}) cannot be dialled: it may only have letters, digits, dots, dashes and underscores. Fix [sip] user on their console.</source>
        <translation>Klapka agenta {agent} ({extension}) sa nedá vytočiť: smie obsahovať len písmená, číslice, bodky, pomlčky a podčiarkovníky. Opravte [sip] user na jeho konzole.</translation>
    </message>
    <message>
        <source>The PBX address {domain} is not a host or host:port. Fix [sip] registrar or [sip] domain.</source>
        <translation>Adresa ústredne {domain} nie je host ani host:port. Opravte [sip] registrar alebo [sip] domain.</translation>
    </message>
    <message>
        <source>Supervision through the PBX needs the PBX: set [sip] registrar, or set [supervision] strategy = &quot;console&quot;.</source>
        <translation>Monitorovanie cez ústredňu potrebuje ústredňu: nastavte [sip] registrar, alebo nastavte [supervision] strategy = &quot;console&quot;.</translation>
    </message>
    <message>
        <source>Your PBX offers no {mode} here ([supervision.pbx] {mode} is empty). Choose another mode.</source>
        <translation>Vaša ústredňa tu neponúka {mode} ([supervision.pbx] {mode} je prázdne). Zvoľte iný režim.</translation>
    </message>
    <message>
        <source>Your PBX has no key to switch to {mode} during a session ([supervision.pbx] switch_dtmf). Stop, then start again in {mode}.</source>
        <translation>Vaša ústredňa nemá kláves na prepnutie do {mode} počas monitorovania ([supervision.pbx] switch_dtmf). Zastavte ho a spustite znova v režime {mode}.</translation>
    </message>
    <message>
        <source>The PBX did not answer the supervision code {dialled}. Check that it is running, then try again.</source>
        <translation>Ústredňa neodpovedala na kód monitorovania {dialled}. Skontrolujte, či beží, a skúste to znova.</translation>
    </message>
    <message>
        <source>The PBX does not know the supervision code {dialled} ({status}). Add it to the PBX&apos;s dialplan, or fix [supervision.pbx].</source>
        <translation>Ústredňa nepozná kód monitorovania {dialled} ({status}). Pridajte ho do plánu vytáčania ústredne, alebo opravte [supervision.pbx].</translation>
    </message>
    <message>
        <source>The PBX does not let this phone dial the supervision code {dialled} ({status}). Ask the PBX&apos;s administrator.</source>
        <translation>Ústredňa nedovoľuje tomuto telefónu vytočiť kód monitorovania {dialled} ({status}). Obráťte sa na správcu ústredne.</translation>
    </message>
    <message>
        <source>The PBX refused the supervision code {dialled}: {reason} ({status}).</source>
        <translation>Ústredňa odmietla kód monitorovania {dialled}: {reason} ({status}).</translation>
    </message>
    <message>
        <source>{service} did not answer in time. The card shows what is known so far.</source>
        <translation>{service} neodpovedal včas. Karta ukazuje, čo je zatiaľ známe.</translation>
    </message>
    <message>
        <source>Cannot connect to {service} at {host}. Check the network or the CRM&apos;s address.</source>
        <translation>Nedá sa pripojiť k {service} na {host}. Skontrolujte sieť alebo adresu CRM.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted. If your company has its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>Certifikát {host} nie je dôveryhodný. Ak má vaša firma vlastnú certifikačnú autoritu, nastavte ca_bundle na jej súbor PEM.</translation>
    </message>
    <message>
        <source>{service} asks to slow down; the request is tried again later.</source>
        <translation>{service} žiada spomaliť; požiadavka sa skúsi znova neskôr.</translation>
    </message>
    <message>
        <source>{service} is unavailable for now; the request is tried again later.</source>
        <translation>{service} je momentálne nedostupný; požiadavka sa skúsi znova neskôr.</translation>
    </message>
    <message>
        <source>{service} refused the login. Check the user and the stored secret.</source>
        <translation>{service} odmietol prihlásenie. Skontrolujte používateľa a uložené tajomstvo.</translation>
    </message>
    <message>
        <source>{service} denied access. Ask the CRM&apos;s administrator for the permission.</source>
        <translation>{service} zamietol prístup. Požiadajte správcu CRM o oprávnenie.</translation>
    </message>
    <message>
        <source>{service} had an internal error (HTTP {status}); the request is tried again later.</source>
        <translation>{service} mal vnútornú chybu (HTTP {status}); požiadavka sa skúsi znova neskôr.</translation>
    </message>
    <message>
        <source>{service} sent the request elsewhere (HTTP {status}). Check base_url.</source>
        <translation>{service} poslal požiadavku inam (HTTP {status}). Skontrolujte base_url.</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP {status}).</source>
        <translation>{service} odmietol požiadavku (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read.</source>
        <translation>{service} poslal odpoveď, ktorá sa nedá prečítať.</translation>
    </message>
    <message>
        <source>The answer from {service} was too large and was not read to the end.</source>
        <translation>Odpoveď od {service} bola príliš veľká a nebola dočítaná do konca.</translation>
    </message>
    <message>
        <source>{service} packs its answers in a way that cannot be read ({encoding}).</source>
        <translation>{service} balí svoje odpovede spôsobom, ktorý sa nedá prečítať ({encoding}).</translation>
    </message>
    <message>
        <source>The packed answer from {service} is damaged.</source>
        <translation>Zbalená odpoveď od {service} je poškodená.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) does not exist. Fix the CRM settings.</source>
        <translation>Súbor certifikátu {path} (ca_bundle) neexistuje. Opravte nastavenia CRM.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) is not a PEM file. Fix the CRM settings.</source>
        <translation>Súbor certifikátu {path} (ca_bundle) nie je súbor PEM. Opravte nastavenia CRM.</translation>
    </message>
    <message>
        <source>The secret {secret} is not set. Store it in the keyring or the environment.</source>
        <translation>Tajomstvo {secret} nie je nastavené. Uložte ho do kľúčenky alebo do prostredia.</translation>
    </message>
    <message>
        <source>Logging in to the CRM failed: {cause}</source>
        <translation>Prihlásenie do CRM zlyhalo: {cause}</translation>
    </message>
    <message>
        <source>{service} answered the login without a token. Check the login settings.</source>
        <translation>{service} odpovedal na prihlásenie bez tokenu. Skontrolujte nastavenia prihlásenia.</translation>
    </message>
    <message>
        <source>The CRM request failed: {detail}.</source>
        <translation>Požiadavka na CRM zlyhala: {detail}.</translation>
    </message>
    <message>
        <source>The CRM answered something that is not a list of {what}.</source>
        <translation>CRM odpovedalo niečo, čo nie je zoznam {what}.</translation>
    </message>
    <message>
        <source>The CRM answered, but none of its {what} could be used.</source>
        <translation>CRM odpovedalo, ale žiadne z jeho {what} sa nedali použiť.</translation>
    </message>
    <message>
        <source>{id} is not a customer id {service} knows.</source>
        <translation>{id} nie je id zákazníka, ktoré {service} pozná.</translation>
    </message>
    <message>
        <source>{service} needs a known customer to save this. Link the call to a customer first.</source>
        <translation>{service} potrebuje na uloženie známeho zákazníka. Najprv hovor priraďte k zákazníkovi.</translation>
    </message>
    <message>
        <source>{service} did not store the {what}.</source>
        <translation>{service} neuložil {what}.</translation>
    </message>
    <message>
        <source>{service} needs a due date for a task. Set one.</source>
        <translation>{service} potrebuje pre úlohu termín. Nastavte ho.</translation>
    </message>
    <message>
        <source>A task needs a title. Enter one.</source>
        <translation>Úloha potrebuje názov. Zadajte ho.</translation>
    </message>
    <message>
        <source>{service} reported an error: {detail}.</source>
        <translation>{service} hlási chybu: {detail}.</translation>
    </message>
    <message>
        <source>This Odoo is older than version 19. Set login and database to use its JSON-RPC interface.</source>
        <translation>Toto Odoo je staršie ako verzia 19. Nastavte login a database, aby sa použilo jeho rozhranie JSON-RPC.</translation>
    </message>
    <message>
        <source>The record could not be stored yet; it is tried again.</source>
        <translation>Záznam sa zatiaľ nepodarilo uložiť; skúsi sa to znova.</translation>
    </message>
    <message>
        <source>The customer {id} is not in the local CRM.</source>
        <translation>Zákazník {id} nie je v lokálnom CRM.</translation>
    </message>
    <message>
        <source>The local CRM database cannot be opened. Check [crm.local] url.</source>
        <translation>Databáza lokálneho CRM sa nedá otvoriť. Skontrolujte [crm.local] url.</translation>
    </message>
    <message>
        <source>The CRM {adapter} is listed twice in [crm] adapters. Remove one.</source>
        <translation>CRM {adapter} je v [crm] adapters uvedené dvakrát. Jedno odstráňte.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} must be a [crm.{adapter}] table.</source>
        <translation>Nastavenia CRM {adapter} musia byť tabuľka [crm.{adapter}].</translation>
    </message>
    <message>
        <source>The CRM {adapter} has an invalid type {type}. Use a name such as &quot;rest&quot;.</source>
        <translation>CRM {adapter} má neplatný typ {type}. Použite názov ako &quot;rest&quot;.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} contain a secret. Move it to the keyring or the environment.</source>
        <translation>Nastavenia CRM {adapter} obsahujú tajomstvo. Presuňte ho do kľúčenky alebo do prostredia.</translation>
    </message>
    <message>
        <source>The CRM type {type} of {adapter} is not installed (installed: {known}).</source>
        <translation>Typ CRM {type} pre {adapter} nie je nainštalovaný (nainštalované: {known}).</translation>
    </message>
    <message>
        <source>The CRM {adapter} could not be loaded: {cause}</source>
        <translation>CRM {adapter} sa nepodarilo načítať: {cause}</translation>
    </message>
    <message>
        <source>The CRM {adapter} is installed wrongly. Reinstall its package.</source>
        <translation>CRM {adapter} je nainštalované nesprávne. Preinštalujte jeho balík.</translation>
    </message>
    <message>
        <source>The CRM {adapter} did not start: {cause}</source>
        <translation>CRM {adapter} sa nespustilo: {cause}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] has an unknown setting {key}. Known: {known}.</source>
        <translation>[crm.{adapter}] má neznáme nastavenie {key}. Známe: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be text in quotes.</source>
        <translation>[crm.{adapter}] {key} musí byť text v úvodzovkách.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs {key}. Add it to the configuration file.</source>
        <translation>[crm.{adapter}] potrebuje {key}. Pridajte ho do konfiguračného súboru.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a positive number.</source>
        <translation>[crm.{adapter}] {key} musí byť kladné číslo.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a list of texts like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>[crm.{adapter}] {key} musí byť zoznam textov ako [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a table.</source>
        <translation>[crm.{adapter}] {key} musí byť tabuľka.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] number_formats must use some of: {known}.</source>
        <translation>[crm.{adapter}] number_formats musí použiť niektoré z: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must start with https://.</source>
        <translation>[crm.{adapter}] {key} musí začínať https://.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be one of: {choices}.</source>
        <translation>[crm.{adapter}] {key} musí byť jedno z: {choices}.</translation>
    </message>
    <message>
        <source>The CRM template {file} has a mistake at {where}: {detail}</source>
        <translation>Šablóna CRM {file} má chybu v {where}: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {template} was not found (built in: {known}).</source>
        <translation>Šablóna CRM {template} sa nenašla (vstavané: {known}).</translation>
    </message>
    <message>
        <source>The CRM template {file} is not valid TOML: {detail}</source>
        <translation>Šablóna CRM {file} nie je platný TOML: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {file} cannot be read: {detail}</source>
        <translation>Šablóna CRM {file} sa nedá prečítať: {detail}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs template = &quot;path/to/template.toml&quot; (or a built-in template&apos;s name).</source>
        <translation>[crm.{adapter}] potrebuje template = &quot;cesta/k/sablone.toml&quot; (alebo názov vstavanej šablóny).</translation>
    </message>
    <message>
        <source>The CRM template {file} has no base_url. Set it in the template or in the adapter settings.</source>
        <translation>Šablóna CRM {file} nemá base_url. Nastavte ho v šablóne alebo v nastaveniach adaptéra.</translation>
    </message>
    <message>
        <source>{service} does not take this kind of record (its template has no [{section}] section), so it was skipped there. Nothing needs to be done.</source>
        <translation>{service} tento druh záznamu neprijíma (jeho šablóna nemá sekciu [{section}]), preto bol tam vynechaný. Netreba nič robiť.</translation>
    </message>
    <message>
        <source>Some write-backs wait for a customer: the CRM does not know the caller. Select one and press “Link to a customer…” to send it to the right customer.</source>
        <translation>Niektoré zápisy do CRM čakajú na zákazníka: CRM volajúceho nepozná. Vyberte jeden a stlačte „Priradiť k zákazníkovi…“, aby odišiel správnemu zákazníkovi.</translation>
    </message>
    <message>
        <source>{service} has no customer with the number {number}. Check the number, or give the customer&apos;s id in {service}.</source>
        <translation>{service} nemá zákazníka s číslom {number}. Skontrolujte číslo, alebo zadajte id zákazníka v {service}.</translation>
    </message>
    <message>
        <source>The write-back was not linked: {reason}</source>
        <translation>Zápis do CRM nebol priradený: {reason}</translation>
    </message>
    <message>
        <source>The CRM template could not be filled in: {detail}</source>
        <translation>Šablónu CRM sa nepodarilo vyplniť: {detail}</translation>
    </message>
    <message>
        <source>The placeholder {{{placeholder}}} in the CRM template names nothing known.</source>
        <translation>Zástupný symbol {{{placeholder}}} v šablóne CRM neoznačuje nič známe.</translation>
    </message>
    <message>
        <source>The CRM template&apos;s body is not valid JSON once filled in (line {line}, column {column}).</source>
        <translation>Telo šablóny CRM po vyplnení nie je platný JSON (riadok {line}, stĺpec {column}).</translation>
    </message>
    <message>
        <source>The disk is full: your work could NOT be saved. Free some disk space; the text stays here.</source>
        <translation>Disk je plný: vaša práca sa NEULOŽILA. Uvoľnite miesto na disku; text ostáva tu.</translation>
    </message>
    <message>
        <source>The database is read-only: your work could NOT be saved. Ask IT to fix the file permissions; the text stays here.</source>
        <translation>Databáza je len na čítanie: vaša práca sa NEULOŽILA. Požiadajte IT o opravu oprávnení súboru; text ostáva tu.</translation>
    </message>
    <message>
        <source>The local database cannot store your work ({detail}); the text stays here.</source>
        <translation>Lokálna databáza nemôže uložiť vašu prácu ({detail}); text ostáva tu.</translation>
    </message>
    <message>
        <source>Write what is to be done, for example: Call back about the invoice.</source>
        <translation>Napíšte, čo treba urobiť, napríklad: Zavolať späť kvôli faktúre.</translation>
    </message>
    <message>
        <source>A call-back needs the number to call: type it in Number.</source>
        <translation>Spätné zavolanie potrebuje číslo: napíšte ho do poľa Číslo.</translation>
    </message>
    <message>
        <source>A task needs a customer: make it during or after a call, or type the customer&apos;s number.</source>
        <translation>Úloha potrebuje zákazníka: vytvorte ju počas hovoru alebo po ňom, alebo napíšte číslo zákazníka.</translation>
    </message>
    <message>
        <source>Tasks cannot be saved yet: the local database is still starting or not available. Try again in a moment; the status bar says if it failed.</source>
        <translation>Úlohy sa zatiaľ nedajú ukladať: lokálna databáza sa ešte spúšťa alebo nie je dostupná. Skúste to o chvíľu; ak zlyhala, stavový riadok to napíše.</translation>
    </message>
    <message>
        <source>Say whom to transfer to: a colleague&apos;s name, a number or a SIP address.</source>
        <translation>Povedzte, kam prepojiť: meno kolegu, číslo alebo SIP adresu.</translation>
    </message>
    <message>
        <source>More than one colleague matches &quot;{target}&quot; ({names}): type more of the name, or use their id.</source>
        <translation>„{target}“ zodpovedá viac kolegom ({names}): napíšte viac z mena alebo použite ich ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: transfer to their number instead.</source>
        <translation>Konzola kolegu {name} neoznámila, kde je k zastihnutiu: prepojte radšej na jeho číslo.</translation>
    </message>
    <message>
        <source>{name} is offline: choose another colleague.</source>
        <translation>{name} je offline: vyberte iného kolegu.</translation>
    </message>
    <message>
        <source>You are already consulting for this call: complete or cancel that first.</source>
        <translation>Pre tento hovor už konzultujete: najprv to dokončite alebo zrušte.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address to call.</source>
        <translation>Napíšte číslo alebo SIP adresu, na ktorú chcete volať.</translation>
    </message>
    <message>
        <source>That is not a number or a SIP address: type a phone number like 0905 123 456, or sip:name@host.</source>
        <translation>To nie je číslo ani SIP adresa: napíšte telefónne číslo ako 0905 123 456 alebo sip:meno@host.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a phone number: a tel: link must hold one, like tel:+421905123456.</source>
        <translation>„{target}“ nie je telefónne číslo: odkaz tel: musí obsahovať číslo, napríklad tel:+421905123456.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: remove spaces, quotes and &lt; &gt;, like sip:jana@pbx.example.com.</source>
        <translation>„{target}“ nie je SIP adresa: odstráňte medzery, úvodzovky a &lt; &gt;, napríklad sip:jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: write it as name@host, like jana@pbx.example.com.</source>
        <translation>„{target}“ nie je SIP adresa: napíšte ju ako meno@host, napríklad jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; cannot be dialled: type a phone number like 0905 123 456, a SIP address like sip:jana@host, or a colleague&apos;s name.</source>
        <translation>„{target}“ sa nedá vytočiť: napíšte telefónne číslo ako 0905 123 456, SIP adresu ako sip:jana@host alebo meno kolegu.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a valid phone number: check the digits, or write it with its country code, like +421 905 123 456.</source>
        <translation>„{target}“ nie je platné telefónne číslo: skontrolujte číslice alebo ho napíšte s predvoľbou krajiny, napríklad +421 905 123 456.</translation>
    </message>
    <message>
        <source>Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] dial_domain in the configuration file, or dial a SIP address like sip:name@host.</source>
        <translation>Čísla sa nedajú vytáčať: táto konzola nemá ústredňu. Nastavte [sip] registrar alebo [sip] dial_domain v konfiguračnom súbore, alebo vytočte SIP adresu ako sip:meno@host.</translation>
    </message>
    <message>
        <source>More than one colleague is called &quot;{name}&quot; ({names}): type their id.</source>
        <translation>Menom „{name}“ sa volá viac kolegov ({names}): napíšte ich ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: ask them to restart their console, or dial their number.</source>
        <translation>Konzola kolegu {name} neoznámila, kde je k zastihnutiu: požiadajte ho o reštart konzoly alebo vytočte jeho číslo.</translation>
    </message>
    <message>
        <source>{name} is offline: call them later or dial their number.</source>
        <translation>{name} je offline: zavolajte neskôr alebo vytočte jeho číslo.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved note(s) after a restart.</source>
        <translation>
            <numerusform>Po reštarte bola obnovená %n neuložená poznámka.</numerusform>
            <numerusform>Po reštarte boli obnovené %n neuložené poznámky.</numerusform>
            <numerusform>Po reštarte bolo obnovených %n neuložených poznámok.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Make it again once the disk has room.</source>
        <translation type="vanished">Úlohu „{title}“ sa nepodarilo uložiť ({reason}). Vytvorte ju znova, keď bude na disku miesto.</translation>
    </message>
    <message>
        <source>Task saved: {title}, due {due}.</source>
        <translation>Úloha uložená: {title}, termín {due}.</translation>
    </message>
    <message>
        <source>{title}: moved to {due}.</source>
        <translation>{title}: presunuté na {due}.</translation>
    </message>
    <message>
        <source>The task could not be moved ({reason}); it stays due. Try Snooze again.</source>
        <translation>Úlohu sa nepodarilo presunúť ({reason}); ostáva splatná. Skúste znova Odložiť.</translation>
    </message>
    <message>
        <source>That task is done or gone already: nothing to move.</source>
        <translation>Táto úloha je už hotová alebo preč: nie je čo presúvať.</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Treba zavolať späť</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Termín úlohy</translation>
    </message>
    <message>
        <source>{crms} cannot list tasks: My tasks shows only the tasks made in this console for them.</source>
        <translation>{crms} nevie vypísať úlohy: Moje úlohy ukazujú len úlohy preň vytvorené v tejto konzole.</translation>
    </message>
    <message>
        <source>{crm} did not give its tasks ({reason}); they are shown again once it answers.</source>
        <translation>{crm} nevydalo svoje úlohy ({reason}); zobrazia sa znova, keď odpovie.</translation>
    </message>
    <message>
        <source>No tray icon: this desktop has no system tray. Calls and due call-backs are shown in a notice window instead.</source>
        <translation>Bez ikony v lište: táto pracovná plocha nemá systémovú lištu. Hovory a splatné spätné volania sa namiesto toho zobrazia v okne s oznámením.</translation>
    </message>
    <message>
        <source>Call from {caller}</source>
        <translation>Hovor od {caller}</translation>
    </message>
    <message>
        <source>install-desktop registers tel: and sip: links on Linux. On Windows and macOS the installer does it: see docs/desktop-integration.md.</source>
        <translation>install-desktop zaregistruje odkazy tel: a sip: v Linuxe. Vo Windows a macOS to urobí inštalátor: pozrite docs/desktop-integration.md.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Check the folder&apos;s permissions, or set XDG_DATA_HOME to a folder you own.</source>
        <translation>{path} sa nedá zapísať ({reason}). Skontrolujte oprávnenia priečinka, alebo nastavte XDG_DATA_HOME na priečinok, ktorý vlastníte.</translation>
    </message>
    <message>
        <source>There is no call in progress to transfer.</source>
        <translation>Nie je žiadny prebiehajúci hovor na prepojenie.</translation>
    </message>
    <message>
        <source>Dispositions are not available: the status bar said why when the console started.</source>
        <translation>Výsledky hovorov nie sú dostupné: stavový riadok pri spustení konzoly napísal prečo.</translation>
    </message>
    <message>
        <source>There is no call in wrap-up to finish.</source>
        <translation>Nie je žiadny hovor v dohre, ktorý by sa dal dokončiť.</translation>
    </message>
    <message>
        <source>You will be {state} once your calls and wrap-up are done.</source>
        <translation type="vanished">Budete {state}, hneď ako skončia vaše hovory a dohra.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Poznámka uložená.</translation>
    </message>
    <message>
        <source>The local database is not available: notes and call logs cannot be saved.</source>
        <translation>Lokálna databáza nie je dostupná: poznámky a záznamy hovorov sa nedajú uložiť.</translation>
    </message>
    <message>
        <source>Write-backs to the CRM are not being sent ({reason}); they stay queued.</source>
        <translation>Zápisy do CRM sa neodosielajú ({reason}); zostávajú vo fronte.</translation>
    </message>
    <message>
        <source>Saved drafts could not be read: {reason}</source>
        <translation>Uložené koncepty sa nepodarilo načítať: {reason}</translation>
    </message>
    <message>
        <source>Notes could not be saved: {reason}. They stay on screen.</source>
        <translation>Poznámky sa nepodarilo uložiť: {reason}. Zostávajú na obrazovke.</translation>
    </message>
    <message>
        <source>Note saved. The wrap-up goes on until you press Wrap-up done.</source>
        <translation>Poznámka uložená. Dohra pokračuje, kým nestlačíte Dohra hotová.</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Name a CSV or vCard file.</source>
        <translation>{path} nie je bežný súbor. Zadajte súbor CSV alebo vCard.</translation>
    </message>
    <message>
        <source>{path} is a folder. Name the CSV or vCard file to import.</source>
        <translation>{path} je priečinok. Zadajte súbor CSV alebo vCard na import.</translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and the folder.</source>
        <translation>{path} neexistuje. Skontrolujte názov a priečinok.</translation>
    </message>
    <message>
        <source>You may not read {path}. Ask for read permission or copy the file.</source>
        <translation>{path} nesmiete čítať. Požiadajte o oprávnenie na čítanie alebo súbor skopírujte.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} sa nedá prečítať ({detail}).</translation>
    </message>
    <message>
        <source>The encoding {encoding} cannot be used. Use e.g. utf-8, utf-16, cp1250 or cp1251.</source>
        <translation>Kódovanie {encoding} sa nedá použiť. Použite napr. utf-8, utf-16, cp1250 alebo cp1251.</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet or an archive. Save it as CSV (UTF-8) or vCard and import that.</source>
        <translation>{path} je tabuľka alebo archív. Uložte ho ako CSV (UTF-8) alebo vCard a importujte ten.</translation>
    </message>
    <message>
        <source>{path} is not a text file. Import a CSV or vCard (.vcf) customer list.</source>
        <translation>{path} nie je textový súbor. Importujte zoznam zákazníkov CSV alebo vCard (.vcf).</translation>
    </message>
    <message>
        <source>The encoding of {path} cannot be told for sure. Save it as CSV UTF-8, or name its encoding, e.g. --encoding cp1250.</source>
        <translation>Kódovanie {path} sa nedá s istotou určiť. Uložte ho ako CSV UTF-8, alebo kódovanie uveďte, napr. --encoding cp1250.</translation>
    </message>
    <message>
        <source>Line {line} should be the header (name, phone, ...) but cannot be read: {detail}</source>
        <translation>Riadok {line} by mal byť hlavička (name, phone, ...), ale nedá sa prečítať: {detail}</translation>
    </message>
    <message>
        <source>The header has no name column ({found}). Add a column named name.</source>
        <translation>Hlavička nemá stĺpec s menom ({found}). Pridajte stĺpec s názvom name.</translation>
    </message>
    <message>
        <source>The header has no phone column ({found}). Add a column named phone.</source>
        <translation>Hlavička nemá stĺpec s telefónom ({found}). Pridajte stĺpec s názvom phone.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Riadok {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Riadok {line} sa nedá prečítať: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV; it is skipped.</source>
        <translation>Riadok {line} sa nedá prečítať ako CSV; vynecháva sa.</translation>
    </message>
    <message>
        <source>Line {line}: a quote is opened and never closed; the row is skipped.</source>
        <translation>Riadok {line}: úvodzovky sú otvorené a nikdy sa nezatvoria; riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: {field} is too long ({length} characters, at most {limit}); the row is skipped.</source>
        <translation>Riadok {line}: {field} je príliš dlhé ({length} znakov, najviac {limit}); riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: a phone number is longer than {limit} characters; the row is skipped.</source>
        <translation>Riadok {line}: telefónne číslo je dlhšie ako {limit} znakov; riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: the {field} was cut to {limit} characters.</source>
        <translation>Riadok {line}: {field} bolo skrátené na {limit} znakov.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: no phone number could be understood (%n given); the row is skipped.</source>
        <translation>
            <numerusform>Riadok {line}: zadané telefónne číslo (%n) sa nedalo rozpoznať; riadok sa vynecháva.</numerusform>
            <numerusform>Riadok {line}: žiadne z %n zadaných telefónnych čísel sa nedalo rozpoznať; riadok sa vynecháva.</numerusform>
            <numerusform>Riadok {line}: žiadne z %n zadaných telefónnych čísel sa nedalo rozpoznať; riadok sa vynecháva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: no phone number; the row is skipped.</source>
        <translation>Riadok {line}: bez telefónneho čísla; riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Save it again once the disk has room; what you typed is kept in the dialog.</source>
        <translation>Úlohu „{title}“ sa nepodarilo uložiť ({reason}). Uložte ju znova, keď bude na disku miesto; čo ste napísali, ostáva v okne.</translation>
    </message>
    <message>
        <source>You will be ready once your calls and wrap-up are done.</source>
        <translation>Budete pripravený, keď skončia vaše hovory a dohra hovoru.</translation>
    </message>
    <message>
        <source>You will be away once your calls and wrap-up are done.</source>
        <translation>Budete preč, keď skončia vaše hovory a dohra hovoru.</translation>
    </message>
    <message>
        <source>Line {line}: phone number {position} is not understood; it is kept as written.</source>
        <translation>Riadok {line}: telefónne číslo {position} nie je zrozumiteľné; ponecháva sa, ako je napísané.</translation>
    </message>
    <message>
        <source>Line {line}: no name; the row is skipped.</source>
        <translation>Riadok {line}: bez mena; riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: unknown segment {segment}. Use vip, high, standard or low.</source>
        <translation>Riadok {line}: neznámy segment {segment}. Použite vip, high, standard alebo low.</translation>
    </message>
    <message>
        <source>Line {line}: the value {value} is not a number; the row is skipped.</source>
        <translation>Riadok {line}: hodnota {value} nie je číslo; riadok sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: unknown country {country}. Use a code such as SK, CZ or GB.</source>
        <translation>Riadok {line}: neznáma krajina {country}. Použite kód ako SK, CZ alebo GB.</translation>
    </message>
    <message>
        <source>Line {line}: text outside any vCard is skipped.</source>
        <translation>Riadok {line}: text mimo vCard sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}; the vCard starting on line {start} is skipped.</source>
        <translation>Riadok {line}: {detail}; vCard začínajúca na riadku {start} sa vynecháva.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard is too large; it is skipped.</source>
        <translation>Riadok {line}: vCard je príliš veľká; vynecháva sa.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard cannot be read; it is skipped.</source>
        <translation>Riadok {line}: vCard sa nedá prečítať; vynecháva sa.</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD is missing; the vCard was read to the next one.</source>
        <translation>Riadok {line}: chýba END:VCARD; vCard sa čítala po nasledujúcu.</translation>
    </message>
</context>
</TS>
