<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Who you are</source>
        <translation type="vanished">Kdo jste</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation type="vanished">Pod tímto jménem vás uvidí kolegové a vedoucí týmu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="vanished">Vaše jméno</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="vanished">ID agenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Role</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="vanished">Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="vanished">Zaškolovaný agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="vanished">Vedoucí týmu</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation type="vanished">Jak se k vám dostanou hovory</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation type="vanished">Přes firemní telefonní ústřednu, nebo přímo od stolu ke stolu bez ní.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation type="vanished">Přes firemní telefonní ústřednu (SIP účet)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation type="vanished">Přímé hovory mezi stoly (bez ústředny)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="vanished">Registrátor</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Uživatel</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="vanished">uloženo v systémové klíčence</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Heslo</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="vanished">Naslouchat na</translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="vanished">Otestovat</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation type="vanished">Otestovat nastavení telefonu</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation type="vanished">Kolegové vám volají na sip:VAŠE-ID@TENTO-POČÍTAČ:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="vanished">Testuji…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation type="vanished">Soubor šablony</translation>
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
        <translation type="vanished">Token soukromé aplikace</translation>
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
        <translation type="vanished">Databáze</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">Přihlašovací jméno</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">API klíč</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation type="vanished">Odkud jsou vaši zákazníci</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation type="vanished">Konzole podle nich pozná volající. Další CRM můžete přidat později v Nastavení.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation type="vanished">Zákazníci z</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation type="vanished">Vlastní seznam: import souboru CSV nebo vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation type="vanished">Ukázkoví zákazníci (k vyzkoušení konzole)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation type="vanished">Naše vlastní CRM s REST API (šablona)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation type="vanished">zakaznici.csv nebo kontakty.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="vanished">Soubor k importu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Procházet…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="vanished">Importovat nyní</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation type="vanished">Načíst ukázkové zákazníky</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation type="vanished">Zákazníci k importu</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation type="vanished">Seznamy zákazníků (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation type="vanished">Nejprve vyberte soubor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="vanished">Pracuji…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation type="vanished">Zkušební hovor</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation type="vanished">Dokončit uloží nastavení a s nimi znovu spustí konzoli.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation type="vanished">Pak mi zavolejte zkušebním hovorem, abych ověřil, že slyším a jsem slyšet</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation type="vanished">Nastavení Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation type="vanished">Dokončit a restartovat</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation type="vanished">Neuloženo: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation type="vanished">Uloženo, ale: </translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation type="vanished">Číslo k vyhledání</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="vanished">Výsledek testu</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation type="vanished">uloženo v klíčence — napište nové pro nahrazení</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Nastavení</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="vanished">Stránky nastavení</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Co se stalo</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation type="vanished">Ještě běží jiný test; počkejte na jeho odpověď.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation type="vanished">Napište číslo, ze kterého volá zákazník, a stiskněte Otestovat.</translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation type="vanished">Neuloženo: soubor {path} nelze zapsat ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation type="vanished">Nastavení uloženo, ale: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation type="vanished">Uloženo do {path}. Nastavení telefonu, zvuku, CRM a týmu se projeví při příštím spuštění konzole.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="vanished">Nic se nezměnilo.</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>Notes not linked to a call</source>
        <translation>Poznámky nepřiřazené k hovoru</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>neznámý volající</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>dokončuje hovor</translation>
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
        <translation>Moje úkoly</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Záznamy hovorů</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Zápisy do CRM</translation>
    </message>
    <message>
        <source>Retry failed write-backs</source>
        <translation>Znovu odeslat neúspěšné zápisy</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>neúspěšné: %1</translation>
    </message>
    <message>
        <source>need a customer: %1</source>
        <translation>čekají na zákazníka: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Směr</translation>
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
        <translation>Trvání</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Výsledek hovoru</translation>
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
        <translation>Co</translation>
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
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Dispositions not available: %1</source>
        <translation>Výsledky hovorů nejsou k dispozici: %1</translation>
    </message>
    <message>
        <source>Link to a customer…</source>
        <translation>Přiřadit k zákazníkovi…</translation>
    </message>
    <message>
        <source>Link the selected write-back to a customer</source>
        <translation>Přiřadit vybraný zápis do CRM k zákazníkovi</translation>
    </message>
    <message>
        <source>After the call: My tasks, Call log, Write-backs</source>
        <translation>Po hovoru: Moje úkoly, Záznamy hovorů, Zápisy do CRM</translation>
    </message>
    <message>
        <source>Write-backs: starting…</source>
        <translation>Zápisy do CRM: spouští se…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>čekají: %1</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>odeslané: %1</translation>
    </message>
    <message>
        <source>Write-backs — %1</source>
        <translation>Zápisy do CRM — %1</translation>
    </message>
    <message>
        <source>needs a customer</source>
        <translation>čeká na zákazníka</translation>
    </message>
    <message>
        <source>A disposition belongs to a call: there is none in front of you.</source>
        <translation>Výsledek hovoru patří k hovoru: před vámi žádný není.</translation>
    </message>
    <message>
        <source>Call-back due: %1</source>
        <translation>Termín zpětného zavolání: %1</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Termín úkolu: %1</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n další)</numerusform>
            <numerusform>(+%n další)</numerusform>
            <numerusform>(+%n dalších)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Dokončování hovoru</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Na hovoru</translation>
    </message>
    <message>
        <source>Away — %1</source>
        <translation>Pryč — %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Pryč</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraven</translation>
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
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer call</source>
        <translation>Hovor se zákazníkem</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
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
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (ukončený)</translation>
    </message>
    <message>
        <source>SIP: registered at %1</source>
        <translation>SIP: registrován na %1</translation>
    </message>
    <message>
        <source>SIP: not registered — %1 (%2)</source>
        <translation>SIP: neregistrován — %1 (%2)</translation>
    </message>
    <message>
        <source>Refusing calls from %1: more than %2 in %3 s (%4 refused so far).</source>
        <translation>Odmítám hovory z %1: více než %2 za %3 s (zatím odmítnutých: %4).</translation>
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
        <translation>Hovory na lince</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavěsit</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odmítnout</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Podržet</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ztlumit</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Klávesnice</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Přepojit</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Dokončit přepojení</translation>
    </message>
    <message>
        <source>Cancel (back to the customer)</source>
        <translation>Zrušit (zpět k zákazníkovi)</translation>
    </message>
    <message>
        <source>Number or SIP address to call</source>
        <translation>Číslo nebo SIP adresa k volání</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Číslo k vytočení</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Volat</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Zavolat na toto číslo</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Připraven na hovory</translation>
    </message>
    <message>
        <source>after the call with %1</source>
        <translation>po hovoru s %1</translation>
    </message>
    <message>
        <source>Incoming call — ringing</source>
        <translation>Příchozí hovor — zvoní</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Volám…</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Na hovoru</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Podržený</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Hovor skončil</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ztlumeno</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>NAHR</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Konference s %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Zrušit ztlumení</translation>
    </message>
</context>
<context>
    <name>CallRecordsView</name>
    <message>
        <source>Started</source>
        <translation>Začátek</translation>
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
        <translation>Směr</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Délka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agenta</translation>
    </message>
    <message>
        <source>Customer name, id or number</source>
        <translation>Jméno, ID nebo číslo zákazníka</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>Den (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Call records found</source>
        <translation>Nalezené nahrávky hovorů</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Přehrát</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Zastavit</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Smazat…</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>příchozí</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>odchozí</translation>
    </message>
    <message>
        <source>No call records found.</source>
        <translation>Nebyly nalezeny žádné nahrávky hovorů.</translation>
    </message>
    <message>
        <source>Playing record %1</source>
        <translation>Přehrává se nahrávka %1</translation>
    </message>
    <message>
        <source>Played record %1</source>
        <translation>Přehraná nahrávka %1</translation>
    </message>
    <message>
        <source>Stopped record %1</source>
        <translation>Zastavená nahrávka %1</translation>
    </message>
    <message>
        <source>Delete call record</source>
        <translation>Smazat nahrávku hovoru</translation>
    </message>
    <message>
        <source>Delete call record %1 for good? The deletion is written to the audit.</source>
        <translation>Natrvalo smazat nahrávku hovoru %1? Smazání se zapíše do auditu.</translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>What you noticed, for the next coaching session…</source>
        <translation>Co jste si všimli, na příští koučink…</translation>
    </message>
</context>
<context>
    <name>CoachingNotes</name>
    <message>
        <source>Coaching notes about %1 — only team leads see them; never sent to the CRM</source>
        <translation>Koučovací poznámky o %1 — vidí je jen vedoucí týmu; nikdy se neposílají do CRM</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Koučovací poznámky</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Uloženo v %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>SIP: starting…</source>
        <translation>SIP: spouští se…</translation>
    </message>
    <message>
        <source>CRM: starting…</source>
        <translation>CRM: spouští se…</translation>
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
        <translation>SIP: registrace na %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: direct calls on %1 (%2)</source>
        <translation>SIP: přímé hovory na %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: not running — %1</source>
        <translation>SIP: neběží — %1</translation>
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
        <translation>Žádný hovor. Karta volajícího se tu zobrazí, jakmile zazvoní telefon.</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Skryté číslo</translation>
    </message>
    <message>
        <source>The caller hides their number. Ask who is calling.</source>
        <translation>Volající skrývá své číslo. Zeptejte se, kdo volá.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámý volající</translation>
    </message>
    <message>
        <source>Looking up caller…</source>
        <translation>Hledám volajícího…</translation>
    </message>
    <message>
        <source>Create contact with this number</source>
        <translation>Vytvořit kontakt s tímto číslem</translation>
    </message>
    <message>
        <source>%1 — not a phone number we can look up</source>
        <translation>%1 — není telefonní číslo, které umíme vyhledat</translation>
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
        <translation>%1: nenalezen</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 nedostupné</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otevřené úkoly</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nic otevřeného.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message>
        <source>OVERDUE: </source>
        <translation>PO TERMÍNU: </translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Poslední kontakty</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Žádný dřívější kontakt.</translation>
    </message>
</context>
<context>
    <name>DispositionPicker</name>
    <message>
        <source>DISPOSITION</source>
        <translation>VÝSLEDEK HOVORU</translation>
    </message>
    <message>
        <source>Search codes… (Enter chooses)</source>
        <translation>Hledat kódy… (Enter vybere)</translation>
    </message>
    <message>
        <source>Search disposition codes</source>
        <translation>Hledat kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; arrows move, Enter chooses</source>
        <translation>Napište část názvu kódu; šipky posouvají, Enter vybere</translation>
    </message>
    <message>
        <source>All codes ▾</source>
        <translation>Všechny kódy ▾</translation>
    </message>
    <message>
        <source>Show all disposition codes</source>
        <translation>Zobrazit všechny kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>Disposition codes</source>
        <translation>Kódy výsledku hovoru</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nevybrán</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>After the call</source>
        <translation>Po hovoru</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Nahrávky hovorů</translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation>Monitorování</translation>
    </message>
    <message>
        <source>Supervision audit</source>
        <translation>Audit monitorování</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Týmová tabule</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tým</translation>
    </message>
</context>
<context>
    <name>DueTaskNotifier</name>
    <message>
        <source>Call back now</source>
        <translation>Zavolat teď</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odložit</translation>
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
        <translation>Kdo jste</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation>Pod tímto jménem vás uvidí kolegové a vedoucí týmu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Zaškolovaný agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Vedoucí týmu</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation>Jak se k vám dostanou hovory</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation>Přes firemní telefonní ústřednu, nebo přímo od stolu ke stolu bez ní.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation>Přes firemní telefonní ústřednu (SIP účet)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation>Přímé hovory mezi stoly (bez ústředny)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrátor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>uloženo v systémové klíčence</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Naslouchat na</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Otestovat</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation>Otestovat nastavení telefonu</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation>Kolegové vám volají na sip:VAŠE-ID@TENTO-POČÍTAČ:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testuji…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Soubor šablony</translation>
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
        <translation>Token soukromé aplikace</translation>
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
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API klíč</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation>Odkud jsou vaši zákazníci</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation>Konzole podle nich pozná volající. Další CRM můžete přidat později v Nastavení.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation>Zákazníci z</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation>Vlastní seznam: import souboru CSV nebo vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation>Ukázkoví zákazníci (k vyzkoušení konzole)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation>Naše vlastní CRM s REST API (šablona)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation>zakaznici.csv nebo kontakty.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Soubor k importu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importovat nyní</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation>Načíst ukázkové zákazníky</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation>Zákazníci k importu</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation>Seznamy zákazníků (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Nejprve vyberte soubor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Zkušební hovor</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation>Dokončit uloží nastavení a s nimi znovu spustí konzoli.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation>Pak mi zavolejte zkušebním hovorem, abych ověřil, že slyším a jsem slyšet</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation>Nastavení Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Dokončit a restartovat</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Neuloženo: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation>Uloženo, ale: </translation>
    </message>
    <message>
        <source>The settings were saved; the test call cannot be remembered (%1).</source>
        <translation>Nastavení se uložilo; zkušební hovor si nelze zapamatovat (%1).</translation>
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
        <translation>Klávesnice</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Hvězdička</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mřížka</translation>
    </message>
    <message>
        <source>Or type digits and press Enter</source>
        <translation>Nebo napište číslice a stiskněte Enter</translation>
    </message>
    <message>
        <source>Digits to send</source>
        <translation>Číslice k odeslání</translation>
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
        <translation>pevná linka nebo mobil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bezplatná linka</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>linka se zvýšeným tarifem</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>linka se sdílenými náklady</translation>
    </message>
    <message>
        <source>internet phone</source>
        <translation>internetový telefon</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>osobní číslo</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>firemní číslo</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>hlasová schránka</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>neznámý typ linky</translation>
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
        <translation>Karty zákazníků</translation>
    </message>
    <message>
        <source>Customer cards, one per call</source>
        <translation>Karty zákazníků, jedna na hovor</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Žádný hovor</translation>
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
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact not saved: %1</source>
        <translation>Kontakt nebyl uložen: %1</translation>
    </message>
    <message>
        <source>Contacts can only be created in the local CRM, and it is not running: add &quot;local&quot; to [crm] adapters in the settings.</source>
        <translation>Kontakty lze vytvářet jen v místním CRM a to neběží: v nastavení přidejte &quot;local&quot; do [crm] adapters.</translation>
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
        <translation>Poznámky k tomuto hovoru — jdou s přepojením a uloží se do CRM.</translation>
    </message>
    <message>
        <source>Notes for this call</source>
        <translation>Poznámky k tomuto hovoru</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Vložit frázi</translation>
    </message>
    <message>
        <source>Previous notes</source>
        <translation>Předchozí poznámky</translation>
    </message>
    <message>
        <source>Notes of earlier calls</source>
        <translation>Poznámky z dřívějších hovorů</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Uložit poznámku</translation>
    </message>
    <message>
        <source>Store the notes now; the wrap-up goes on</source>
        <translation>Uložit poznámky hned; dokončování hovoru pokračuje</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Dokončení hotovo</translation>
    </message>
    <message>
        <source>Save the call log with these notes and the disposition, and end the wrap-up</source>
        <translation>Uložit záznam hovoru s těmito poznámkami a výsledkem hovoru a ukončit dokončování</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Vložit frázi…</translation>
    </message>
    <message>
        <source>No earlier notes.</source>
        <translation>Žádné dřívější poznámky.</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <source>Agent Console — notices</source>
        <translation>Agent Console — upozornění</translation>
    </message>
</context>
<context>
    <name>OpenAddressDialog</name>
    <message>
        <source>Open the CRM record</source>
        <translation>Otevřít záznam v CRM</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Otevřít tuto adresu v prohlížeči?</translation>
    </message>
</context>
<context>
    <name>OutboxLink</name>
    <message>
        <source>Link to a customer</source>
        <translation>Přiřadit k zákazníkovi</translation>
    </message>
    <message>
        <source>Which customer in %1 is this write-back for?
Type their phone number, or their id in that CRM:</source>
        <translation>Pro kterého zákazníka v %1 je tento zápis do CRM?
Napište jeho telefonní číslo nebo jeho ID v tom CRM:</translation>
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
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
</context>
<context>
    <name>RecordLink</name>
    <message>
        <source>the address is empty</source>
        <translation>adresa je prázdná</translation>
    </message>
    <message>
        <source>the address is longer than 2048 characters</source>
        <translation>adresa je delší než 2048 znaků</translation>
    </message>
    <message>
        <source>the address contains spaces or invisible characters</source>
        <translation>adresa obsahuje mezery nebo neviditelné znaky</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>není to platná adresa</translation>
    </message>
    <message>
        <source>only http and https addresses are opened from the card</source>
        <translation>z karty se otevírají jen adresy http a https</translation>
    </message>
    <message>
        <source>the address names no web server</source>
        <translation>adresa neuvádí žádný webový server</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>adresa obsahuje uživatelské jméno nebo heslo</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s own CRM (record %1)</source>
        <translation>Uloženo v CRM této konzole (záznam %1)</translation>
    </message>
    <message>
        <source>Open in %1 CRM</source>
        <translation>Otevřít v CRM %1</translation>
    </message>
    <message>
        <source>Record address from %1 not opened — %2: %3</source>
        <translation>Adresa záznamu z %1 nebyla otevřena — %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordingBadges</name>
    <message>
        <source>⏸ ON HOLD — the customer cannot hear you</source>
        <translation>⏸ PODRŽENO — zákazník vás neslyší</translation>
    </message>
    <message>
        <source>Start or stop recording this call</source>
        <translation>Spustit nebo zastavit nahrávání tohoto hovoru</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Spustit nahrávání</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Nahrává se</translation>
    </message>
    <message>
        <source>Not recorded (this site does not record calls)</source>
        <translation>Nenahrává se (toto pracoviště hovory nenahrává)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nenahrává se</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Zastavit nahrávání</translation>
    </message>
</context>
<context>
    <name>ReserveRequestBanner</name>
    <message>
        <source>Join now (%1)</source>
        <translation>Připojit se nyní (%1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Teď ne</translation>
    </message>
    <message>
        <source>%1 asks you to join the line</source>
        <translation>%1 vás žádá, abyste se připojili na linku</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Number to look up</source>
        <translation>Číslo k vyhledání</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Výsledek testu</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Otestovat</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation>uloženo v klíčence — napište nové pro nahrazení</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Stránky nastavení</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation>Ještě běží jiný test; počkejte na jeho odpověď.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation>Napište číslo, ze kterého volá zákazník, a stiskněte Otestovat.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testuji…</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Neuloženo: </translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation>Neuloženo: soubor {path} nelze zapsat ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation>Nastavení uloženo, ale: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation>Uloženo do {path}. Nastavení telefonu, zvuku, CRM a týmu se projeví při příštím spuštění konzole.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nic se nezměnilo.</translation>
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
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>How colleagues and team leads see you.</source>
        <translation>Jak vás vidí kolegové a vedoucí týmu.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Vzhled</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Stay on top while a call rings</source>
        <translation>Zůstat navrchu, když zvoní hovor</translation>
    </message>
    <message>
        <source>The theme changes at once; &quot;system&quot; follows the desktop&apos;s light or dark mode.</source>
        <translation>Vzhled se změní hned; „system“ se řídí světlým nebo tmavým režimem plochy.</translation>
    </message>
    <message>
        <source>Phone (SIP)</source>
        <translation>Telefon (SIP)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrátor</translation>
    </message>
    <message>
        <source>pbx.example.com:5060 — empty for direct calls between desks</source>
        <translation>pbx.example.com:5060 — prázdné pro přímé hovory mezi stoly</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the file</source>
        <translation>uloženo v systémové klíčence, nikdy v souboru</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>empty: the registrar&apos;s host</source>
        <translation>prázdné: host registrátoru</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Naslouchat na</translation>
    </message>
    <message>
        <source>Name shown to callees</source>
        <translation>Jméno zobrazené volaným</translation>
    </message>
    <message>
        <source>Dial numbers at (without a registrar)</source>
        <translation>Vytáčet čísla přes (bez registrátoru)</translation>
    </message>
    <message>
        <source>Test registers with these settings and shows the registrar&apos;s answer.</source>
        <translation>Otestovat se zaregistruje s tímto nastavením a ukáže odpověď registrátoru.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Zvuk</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>default, null (silence) or a device name</source>
        <translation>default, null (ticho) nebo název zařízení</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Reproduktor</translation>
    </message>
    <message>
        <source>Ring tone (WAV file)</source>
        <translation>Vyzvánění (soubor WAV)</translation>
    </message>
    <message>
        <source>Test plays a tone on the speaker and shows how loud the microphone is.</source>
        <translation>Otestovat přehraje tón v reproduktoru a ukáže, jak hlasitý je mikrofon.</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Zákazníci (CRM)</translation>
    </message>
    <message>
        <source>CRMs, in order</source>
        <translation>CRM v pořadí</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Místní databáze</translation>
    </message>
    <message>
        <source>empty: the console&apos;s own database</source>
        <translation>prázdné: vlastní databáze konzole</translation>
    </message>
    <message>
        <source>Give up on a CRM after (ms)</source>
        <translation>Vzdát CRM po (ms)</translation>
    </message>
    <message>
        <source>Test looks a number up in these CRMs and shows the card.</source>
        <translation>Otestovat vyhledá číslo v těchto CRM a ukáže kartu.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tým</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Úložiště týmu</translation>
    </message>
    <message>
        <source>Team secret</source>
        <translation>Tajemství týmu</translation>
    </message>
    <message>
        <source>signs supervision requests; kept in the keyring</source>
        <translation>podepisuje žádosti o monitorování; uloženo v klíčence</translation>
    </message>
    <message>
        <source>Test connects to the team store.</source>
        <translation>Otestovat se připojí k úložišti týmu.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Přijmout zvonící hovor</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Ukončit hovor</translation>
    </message>
    <message>
        <source>Hold the call, or take it off hold</source>
        <translation>Podržet hovor nebo ho vrátit z podržení</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Ztlumit nebo zapnout mikrofon</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavěsit</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Podržet / pokračovat</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Ztlumit / zapnout mikrofon</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Přepojit…</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Vytočit číslo</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>Psát do poznámek</translation>
    </message>
    <message>
        <source>Choose the disposition</source>
        <translation>Vybrat výsledek hovoru</translation>
    </message>
    <message>
        <source>New follow-up task…</source>
        <translation>Nový navazující úkol…</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Dokončení hotovo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <source>Away (pause)</source>
        <translation>Pryč (přestávka)</translation>
    </message>
    <message>
        <source>Supervision: listen</source>
        <translation>Monitorování: poslouchat</translation>
    </message>
    <message>
        <source>Supervision: whisper</source>
        <translation>Monitorování: šeptat</translation>
    </message>
    <message>
        <source>Supervision: barge in</source>
        <translation>Monitorování: vstoupit do hovoru</translation>
    </message>
    <message>
        <source>Supervision: stop</source>
        <translation>Monitorování: ukončit</translation>
    </message>
    <message>
        <source>Follow-up tasks need the tasks feature, which this console does not have</source>
        <translation>Navazující úkoly potřebují funkci úkolů, kterou tato konzole nemá</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panely</translation>
    </message>
    <message>
        <source>New call-back or task…</source>
        <translation>Nové zpětné zavolání nebo úkol…</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>Customer asked for a call-back.</source>
        <translation>Zákazník požádal o zpětné zavolání.</translation>
    </message>
    <message>
        <source>Sent the offer by e-mail.</source>
        <translation>Nabídka odeslána e-mailem.</translation>
    </message>
    <message>
        <source>Verified identity (date of birth, address).</source>
        <translation>Totožnost ověřena (datum narození, adresa).</translation>
    </message>
    <message>
        <source>Explained the invoice.</source>
        <translation>Vysvětlena faktura.</translation>
    </message>
    <message>
        <source>Escalated to the team lead.</source>
        <translation>Předáno vedoucímu týmu.</translation>
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
        <translation>POSLOUCHÁTE — nikdo vás neslyší</translation>
    </message>
    <message>
        <source>WHISPERING — only {agent} hears you</source>
        <translation>ŠEPTÁTE — slyší vás jen {agent}</translation>
    </message>
    <message>
        <source>BARGED IN — everyone hears you</source>
        <translation>JSTE V HOVORU — slyší vás všichni</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Poslouchat</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Šeptat</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Vstoupit do hovoru</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>the customer is on hold: you hear nothing until the call resumes</source>
        <translation>zákazník je podržen: dokud hovor nepokračuje, nic neslyšíte</translation>
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
        <translation>%1 poslouchá</translation>
    </message>
    <message>
        <source>%1 is whispering to you</source>
        <translation>%1 vám šeptá</translation>
    </message>
    <message>
        <source>%1 is in the call (barge)</source>
        <translation>%1 je v hovoru (vstup)</translation>
    </message>
    <message>
        <source>Supervised: %1.</source>
        <translation>Monitorováno: %1.</translation>
    </message>
    <message>
        <source>You are listening to %1&apos;s call.</source>
        <translation>Posloucháte hovor: %1.</translation>
    </message>
    <message>
        <source>You are whispering to %1.</source>
        <translation>Šeptáte: %1.</translation>
    </message>
    <message>
        <source>You are in %1&apos;s call (barge).</source>
        <translation>Jste v hovoru: %1 (vstup).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Call-back</source>
        <translation>Zpětné zavolání</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>Za 15 min</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>Za 1 h</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Zítra 9:00</translation>
    </message>
    <message>
        <source>Monday 9:00</source>
        <translation>Pondělí 9:00</translation>
    </message>
    <message>
        <source>New call-back or task</source>
        <translation>Nové zpětné zavolání nebo úkol</translation>
    </message>
    <message>
        <source>No customer: the task is for the number below</source>
        <translation>Bez zákazníka: úkol je pro číslo níže</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Druh úkolu</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zavolat zpět</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co je třeba udělat</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Číslo pro zpětné zavolání</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Termín (datum a čas)</translation>
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
        <translation>&amp;Co</translation>
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
        <translation>Úkol</translation>
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
        <translation>Moje úkoly</translation>
    </message>
    <message>
        <source>dialled %1</source>
        <translation>vytočeno %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>PO TERMÍNU</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zavolat zpět</translation>
    </message>
    <message>
        <source>Call back: %1</source>
        <translation>Zavolat zpět: %1</translation>
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
        <translation>Úroveň služeb je hluboko pod cílem, nebo zákazník čekal příliš dlouho.</translation>
    </message>
    <message>
        <source>The service level is below the target.</source>
        <translation>Úroveň služeb je pod cílem.</translation>
    </message>
    <message>
        <source>Team service level</source>
        <translation>Úroveň služeb týmu</translation>
    </message>
    <message>
        <source>%1 has no call now.</source>
        <translation>%1 teď nemá hovor.</translation>
    </message>
    <message>
        <source>The CRM is not running, so the customer&apos;s card cannot be shown.</source>
        <translation>CRM neběží, proto nelze zobrazit kartu zákazníka.</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Ask away agents to join</source>
        <translation>Požádat nepřítomné agenty o připojení</translation>
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
        <translation>Ve stavu</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Aktuální hovor</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Směr</translation>
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
        <translation>Trvání</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>Monitoruje</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Čekal</translation>
    </message>
    <message>
        <source>Ringing at</source>
        <translation>Zvoní u</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Vyřízeno</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Zmeškáno</translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation>Prům. hovor</translation>
    </message>
    <message>
        <source>Avg wrap-up</source>
        <translation>Prům. dokončení</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Nejdelší čekání</translation>
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
        <translation>Na lince</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Čekající zákazníci</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámý volající</translation>
    </message>
    <message numerus="yes">
        <source>%n agents</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agenti</numerusform>
            <numerusform>%n agentů</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tým</translation>
    </message>
    <message>
        <source>Long call: over %1</source>
        <translation>Dlouhý hovor: přes %1</translation>
    </message>
    <message>
        <source>Waiting longer than the target of %1 s</source>
        <translation>Čeká déle než cíl %1 s</translation>
    </message>
    <message>
        <source>Service level %1 (target %2 % in %3 s)</source>
        <translation>Úroveň služeb %1 (cíl %2 % do %3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting, longest %1</source>
        <translation>
            <numerusform>%n zákazník čeká, nejdéle %1</numerusform>
            <numerusform>%n zákazníci čekají, nejdéle %1</numerusform>
            <numerusform>%n zákazníků čeká, nejdéle %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nikdo nečeká</translation>
    </message>
    <message>
        <source>over the %1 s target</source>
        <translation>nad cílem %1 s</translation>
    </message>
    <message>
        <source>Joining: %1</source>
        <translation>Připojují se: %1</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Teď ne: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n ještě neodpověděl</numerusform>
            <numerusform>%n ještě neodpověděli</numerusform>
            <numerusform>%n ještě neodpovědělo</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hodina dne</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Zvoní</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Na hovoru</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Dokončování hovoru</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Pryč</translation>
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
        <translation>Příchozí</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hovoří</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Podržený</translation>
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
        <translation>Ve stavu</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <source>A test customer is calling you now: answer it as any call.</source>
        <translation>Teď vám volá zkušební zákazník: přijměte hovor jako každý jiný.</translation>
    </message>
    <message>
        <source>Test call: </source>
        <translation>Zkušební hovor: </translation>
    </message>
    <message>
        <source>the test customer&apos;s call rang here</source>
        <translation>hovor zkušebního zákazníka tu zazvonil</translation>
    </message>
    <message>
        <source>no call arrived: check [sip] listen (another program may use the port) and the firewall</source>
        <translation>žádný hovor nepřišel: zkontrolujte [sip] listen (port může používat jiný program) a firewall</translation>
    </message>
    <message>
        <source>you answered it</source>
        <translation>přijali jste ho</translation>
    </message>
    <message>
        <source>it was not answered</source>
        <translation>nebyl přijat</translation>
    </message>
    <message>
        <source>the test customer heard your microphone</source>
        <translation>zkušební zákazník slyšel váš mikrofon</translation>
    </message>
    <message>
        <source>the test customer heard only silence: check the microphone in Settings → Sound</source>
        <translation>zkušební zákazník slyšel jen ticho: zkontrolujte mikrofon v Nastavení → Zvuk</translation>
    </message>
    <message>
        <source>the test customer could not start</source>
        <translation>zkušebního zákazníka se nepodařilo spustit</translation>
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
        <translation>po termínu</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>za %n h</numerusform>
            <numerusform>za %n h</numerusform>
            <numerusform>za %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n den</numerusform>
            <numerusform>za %n dny</numerusform>
            <numerusform>za %n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>ready</source>
        <translation>připraven</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>zvoní</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>na hovoru</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>dokončuje hovor</translation>
    </message>
    <message>
        <source>away</source>
        <translation>pryč</translation>
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
        <translation>Přepojit hovor</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, a number or a SIP address</source>
        <translation>Jméno kolegy, číslo nebo SIP adresa</translation>
    </message>
    <message>
        <source>Hand over now (blind transfer)</source>
        <translation>Předat hned (přepojení naslepo)</translation>
    </message>
    <message>
        <source>Talk to them first, then complete or cancel (consult)</source>
        <translation>Nejdřív si s nimi promluvit, pak dokončit nebo zrušit (konzultace)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Přepojit</translation>
    </message>
    <message>
        <source>Your notes, the disposition so far and the customer go with the call.</source>
        <translation>S hovorem odejdou vaše poznámky, dosavadní výsledek hovoru i zákazník.</translation>
    </message>
    <message>
        <source>No colleagues are online in the team list: type a number or SIP address.</source>
        <translation>V seznamu týmu nejsou online žádní kolegové: napište číslo nebo SIP adresu.</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Přepojit na:</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Transfer: %1</source>
        <translation>Přepojení: %1</translation>
    </message>
    <message>
        <source>The team store is not answering: the call is transferred, but your notes did not go with it.</source>
        <translation>Úložiště týmu neodpovídá: hovor je přepojen, ale vaše poznámky s ním neodešly.</translation>
    </message>
    <message>
        <source>The call is transferred.</source>
        <translation>Hovor je přepojen.</translation>
    </message>
    <message>
        <source>the other side refused it</source>
        <translation>druhá strana ho odmítla</translation>
    </message>
    <message>
        <source>The transfer did not go through (%1); the customer is still on your line.</source>
        <translation>Přepojení se nepodařilo (%1); zákazník je stále na vaší lince.</translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation>Přepojil(a) %1: %2</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Přepojil(a) %1</translation>
    </message>
    <message>
        <source>Disposition so far: %1</source>
        <translation>Dosavadní výsledek hovoru: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Set-up assistant…</source>
        <translation>Průvodce nastavením…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Zobrazit okno</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konzole</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Pryč</translation>
    </message>
    <message>
        <source>No tray icon</source>
        <translation>Bez ikony v liště</translation>
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
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Not in the CRM</source>
        <translation>Není v CRM</translation>
    </message>
</context>
<context>
    <name>UnsavedDrafts</name>
    <message>
        <source>Notes not saved</source>
        <translation>Poznámky neuloženy</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are not saved.</source>
        <translation>
            <numerusform>%n poznámka není uložena.</numerusform>
            <numerusform>%n poznámky nejsou uloženy.</numerusform>
            <numerusform>%n poznámek není uloženo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and try again, or copy the notes to paste them somewhere safe. If you quit anyway, a copy is kept outside the full disk when possible and put back at the next start.</source>
        <translation>Uvolněte místo na disku a zkuste to znovu, nebo poznámky zkopírujte a vložte na bezpečné místo. Pokud přesto skončíte, kopie se podle možností uloží mimo plný disk a při příštím spuštění se vrátí.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Copy the notes</source>
        <translation>Kopírovat poznámky</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Přesto skončit</translation>
    </message>
    <message>
        <source>The unsaved notes are on the clipboard: paste them somewhere safe.</source>
        <translation>Neuložené poznámky jsou ve schránce: vložte je na bezpečné místo.</translation>
    </message>
</context>
<context>
    <name>away_reasons</name>
    <message>
        <source>break</source>
        <translation>přestávka</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>oběd</translation>
    </message>
    <message>
        <source>training</source>
        <translation>školení</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>porada</translation>
    </message>
    <message>
        <source>back_office</source>
        <translation>administrativa</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>From cache, {age} old</source>
        <translation>Z mezipaměti, staré {age}</translation>
    </message>
</context>
<context>
    <name>dispositions</name>
    <message>
        <source>Resolved</source>
        <translation>Vyřešeno</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informace poskytnuta</translation>
    </message>
    <message>
        <source>Change made (address, tariff, contact)</source>
        <translation>Změna provedena (adresa, tarif, kontakt)</translation>
    </message>
    <message>
        <source>Complaint settled</source>
        <translation>Stížnost vyřízena</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Prodej</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nová smlouva</translation>
    </message>
    <message>
        <source>Upgrade / upsell</source>
        <translation>Vyšší služba / doprodej</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Nabídka odmítnuta</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Je třeba se ozvat</translation>
    </message>
    <message>
        <source>Call-back promised</source>
        <translation>Slíbeno zpětné zavolání</translation>
    </message>
    <message>
        <source>Escalated to team lead / 2nd level</source>
        <translation>Předáno vedoucímu / 2. úrovni</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s documents</source>
        <translation>Čeká se na doklady zákazníka</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Bez rozhovoru</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Špatné číslo</translation>
    </message>
    <message>
        <source>Call dropped</source>
        <translation>Hovor přerušen</translation>
    </message>
    <message>
        <source>Voicemail / answering machine</source>
        <translation>Hlasová schránka / záznamník</translation>
    </message>
    <message>
        <source>Spam / abusive caller</source>
        <translation>Spam / urážlivý volající</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The phone is not running. Restart the console.</source>
        <translation>Telefon neběží. Restartujte konzoli.</translation>
    </message>
    <message>
        <source>Only a call in progress can be transferred.</source>
        <translation>Přepojit lze jen probíhající hovor.</translation>
    </message>
    <message>
        <source>This call is already being transferred: complete or cancel that transfer first.</source>
        <translation>Tento hovor se už přepojuje: nejprve to přepojení dokončete nebo zrušte.</translation>
    </message>
    <message>
        <source>The colleague has not answered yet: wait for them, or cancel the transfer.</source>
        <translation>Kolega ještě nepřijal: počkejte na něj, nebo přepojení zrušte.</translation>
    </message>
    <message>
        <source>This call has no consultation: call the colleague first.</source>
        <translation>Tento hovor nemá konzultaci: nejprve zavolejte kolegovi.</translation>
    </message>
    <message>
        <source>The transfer did not go through: {reason}. The customer is still on your line.</source>
        <translation>Přepojení se nepodařilo: {reason}. Zákazník je stále na vaší lince.</translation>
    </message>
    <message>
        <source>The phone could not do that: {reason}.</source>
        <translation>Telefon to nedokázal: {reason}.</translation>
    </message>
    <message>
        <source>The phone could not start its SIP library: {reason}.</source>
        <translation>Telefon nedokázal spustit svou SIP knihovnu: {reason}.</translation>
    </message>
    <message>
        <source>The phone did not start: {reason}.</source>
        <translation>Telefon se nespustil: {reason}.</translation>
    </message>
    <message>
        <source>Another phone is already running in this program. Close it first.</source>
        <translation>V tomto programu už běží jiný telefon. Nejprve ho zavřete.</translation>
    </message>
    <message>
        <source>A [sip] setting is wrong: {detail}. Fix it in the configuration file.</source>
        <translation>Nastavení v [sip] je chybné: {detail}. Opravte ho v konfiguračním souboru.</translation>
    </message>
    <message>
        <source>The SIP address {address} is not HOST:PORT. Fix [sip] listen in the configuration file.</source>
        <translation>SIP adresa {address} není ve tvaru HOST:PORT. Opravte [sip] listen v konfiguračním souboru.</translation>
    </message>
    <message>
        <source>The port {port} in {address} is out of range. Use a port from 1 to 65535 in [sip] listen.</source>
        <translation>Port {port} v {address} je mimo rozsah. V [sip] listen použijte port od 1 do 65535.</translation>
    </message>
    <message>
        <source>{address} is not an address of this computer. Fix [sip] listen in the configuration file.</source>
        <translation>{address} není adresa tohoto počítače. Opravte [sip] listen v konfiguračním souboru.</translation>
    </message>
    <message>
        <source>The SIP transport {transport} is unknown. Set [sip] transport to udp, tcp or tls.</source>
        <translation>SIP transport {transport} je neznámý. Nastavte [sip] transport na udp, tcp nebo tls.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): {reason}.</source>
        <translation>Telefon nemůže naslouchat na {host}:{port} ({transport}): {reason}.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): another program uses this port. Close it or choose another port in [sip] listen.</source>
        <translation>Telefon nemůže naslouchat na {host}:{port} ({transport}): tento port používá jiný program. Zavřete ho nebo v [sip] listen zvolte jiný port.</translation>
    </message>
    <message>
        <source>The file {path} set in [sip] {key} cannot be read. Check the name and its permissions.</source>
        <translation>Soubor {path} nastavený v [sip] {key} nelze přečíst. Zkontrolujte název a oprávnění.</translation>
    </message>
    <message>
        <source>Secure SIP (TLS) needs trusted certificate authorities and this computer has none. Set [sip] tls_ca_file to a PEM file.</source>
        <translation>Zabezpečený SIP (TLS) potřebuje důvěryhodné certifikační autority a tento počítač žádné nemá. Nastavte [sip] tls_ca_file na soubor PEM.</translation>
    </message>
    <message>
        <source>{target} cannot be dialled. Enter a number, user@host or a sip: address.</source>
        <translation>{target} nelze vytočit. Zadejte číslo, user@host nebo adresu sip:.</translation>
    </message>
    <message>
        <source>There is no PBX to dial numbers through. Dial NUMBER@HOST:PORT or a sip: address, or set [sip] registrar.</source>
        <translation>Není ústředna, přes kterou by šlo vytáčet čísla. Vytočte ČÍSLO@HOST:PORT nebo adresu sip:, nebo nastavte [sip] registrar.</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Ten hovor skončil.</translation>
    </message>
    <message>
        <source>The call to {target} could not be started: {reason}.</source>
        <translation>Hovor na {target} se nepodařilo zahájit: {reason}.</translation>
    </message>
    <message>
        <source>{status} is not a SIP error code. Use a code from 400 to 699.</source>
        <translation>{status} není chybový kód SIP. Použijte kód od 400 do 699.</translation>
    </message>
    <message>
        <source>&quot;{digits}&quot; cannot be sent as tones. Use 0-9, *, # and A-D.</source>
        <translation>„{digits}“ nelze poslat jako tóny. Použijte 0-9, *, # a A-D.</translation>
    </message>
    <message>
        <source>A conference needs at least two calls.</source>
        <translation>Konference potřebuje alespoň dva hovory.</translation>
    </message>
    <message>
        <source>The message is too long or of the wrong kind (at most {limit} characters).</source>
        <translation>Zpráva je příliš dlouhá nebo nesprávného druhu (nejvýše {limit} znaků).</translation>
    </message>
    <message>
        <source>{header} is not a valid SIP header name.</source>
        <translation>{header} není platný název hlavičky SIP.</translation>
    </message>
    <message>
        <source>This call is not ringing any more.</source>
        <translation>Tento hovor už nezvoní.</translation>
    </message>
    <message>
        <source>Only a ringing incoming call can be rejected.</source>
        <translation>Odmítnout lze jen zvonící příchozí hovor.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Podržet lze jen spojený hovor.</translation>
    </message>
    <message>
        <source>This call is not on hold.</source>
        <translation>Tento hovor není podržený.</translation>
    </message>
    <message>
        <source>Only connected calls can be joined.</source>
        <translation>Spojit lze jen spojené hovory.</translation>
    </message>
    <message>
        <source>This call is already being recorded.</source>
        <translation>Tento hovor se už nahrává.</translation>
    </message>
    <message>
        <source>This call cannot be recorded: {detail}.</source>
        <translation>Tento hovor nelze nahrávat: {detail}.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Tento hovor se nenahrává.</translation>
    </message>
    <message>
        <source>This call record cannot be played: {detail}.</source>
        <translation>Tento záznam hovoru nelze přehrát: {detail}.</translation>
    </message>
    <message>
        <source>This site does not record calls ([recording] policy = &quot;never&quot;), so this call cannot be recorded.</source>
        <translation>Toto pracoviště hovory nenahrává ([recording] policy = &quot;never&quot;), proto tento hovor nelze nahrávat.</translation>
    </message>
    <message>
        <source>This site records every call ([recording] policy = &quot;always&quot;): the recording cannot be stopped.</source>
        <translation>Toto pracoviště nahrává každý hovor ([recording] policy = &quot;always&quot;): nahrávání nelze zastavit.</translation>
    </message>
    <message>
        <source>There is no call in progress to record. Answer or select a call first.</source>
        <translation>Neprobíhá žádný hovor k nahrávání. Nejprve hovor přijměte nebo vyberte.</translation>
    </message>
    <message>
        <source>Only a team lead can find, play or delete call records ([agent] role = &quot;lead&quot;).</source>
        <translation>Záznamy hovorů může hledat, přehrávat nebo mazat jen vedoucí týmu ([agent] role = &quot;lead&quot;).</translation>
    </message>
    <message>
        <source>There is no call record {record_id}: it may have been deleted. Search again (ctl records).</source>
        <translation>Záznam hovoru {record_id} neexistuje: možná byl smazán. Hledejte znovu (ctl records).</translation>
    </message>
    <message>
        <source>The team store is not open yet, so call records cannot be reached; try again in a moment.</source>
        <translation>Úložiště týmu ještě není otevřené, proto se k záznamům hovorů nelze dostat; zkuste to za chvíli.</translation>
    </message>
    <message>
        <source>The call record {record_id} could not be read from the team store: {detail}.</source>
        <translation>Záznam hovoru {record_id} se nepodařilo načíst z úložiště týmu: {detail}.</translation>
    </message>
    <message>
        <source>The day {day} is not a date like 2026-12-01.</source>
        <translation>Den {day} není datum ve tvaru 2026-12-01.</translation>
    </message>
    <message>
        <source>The microphone file {path} does not exist. Fix [audio] capture.</source>
        <translation>Soubor mikrofonu {path} neexistuje. Opravte [audio] capture.</translation>
    </message>
    <message>
        <source>The microphone file {path} is not a usable WAV file: {reason}.</source>
        <translation>Soubor mikrofonu {path} není použitelný soubor WAV: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the recorded sound does not exist. Fix [audio] playback.</source>
        <translation>Složka {folder} pro nahraný zvuk neexistuje. Opravte [audio] playback.</translation>
    </message>
    <message>
        <source>The sound cannot be recorded to {path}: {reason}.</source>
        <translation>Zvuk nelze nahrát do {path}: {reason}.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed. Start it from the console&apos;s team board.</source>
        <translation>Monitorování bylo odmítnuto: žádost nebyla podepsána. Spusťte ho z týmové tabule konzole.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request could not be read. Update the supervisor&apos;s console.</source>
        <translation>Monitorování bylo odmítnuto: žádost nešlo přečíst. Aktualizujte konzoli supervizora.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed with this team&apos;s secret. Check the team secret on both computers.</source>
        <translation>Monitorování bylo odmítnuto: žádost nebyla podepsána tajemstvím tohoto týmu. Zkontrolujte týmové tajemství na obou počítačích.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request had expired. Check that both computers show the right time, then try again.</source>
        <translation>Monitorování bylo odmítnuto: platnost žádosti vypršela. Zkontrolujte, zda oba počítače ukazují správný čas, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was valid for too long. Check that both computers show the right time.</source>
        <translation>Monitorování bylo odmítnuto: žádost platila příliš dlouho. Zkontrolujte, zda oba počítače ukazují správný čas.</translation>
    </message>
    <message>
        <source>Supervision was refused: the same request was used twice. Start it again from the team board.</source>
        <translation>Monitorování bylo odmítnuto: stejná žádost byla použita dvakrát. Spusťte ho znovu z týmové tabule.</translation>
    </message>
    <message>
        <source>Supervision was refused: the agent is no longer on that call.</source>
        <translation>Monitorování bylo odmítnuto: agent už na tom hovoru není.</translation>
    </message>
    <message>
        <source>Supervision was refused: this role may not do that. Trainees may only listen; team leads may listen, whisper and barge.</source>
        <translation>Monitorování bylo odmítnuto: tato role to nesmí. Zaškolovaní agenti mohou jen poslouchat; vedoucí týmu mohou poslouchat, šeptat a vstoupit do hovoru.</translation>
    </message>
    <message>
        <source>Supervision was refused: there is no room for another supervisor on this call. Try again when someone has left.</source>
        <translation>Monitorování bylo odmítnuto: na tomto hovoru už není místo pro dalšího supervizora. Zkuste to, až někdo odejde.</translation>
    </message>
    <message>
        <source>The mode was not changed: this site does not let phone keys switch supervision modes. Use the console&apos;s mode keys.</source>
        <translation>Režim se nezměnil: toto pracoviště nedovoluje přepínat režimy monitorování klávesami telefonu. Použijte klávesy režimů v konzoli.</translation>
    </message>
    <message>
        <source>The mode was not changed: the request was made for another supervisor or call.</source>
        <translation>Režim se nezměnil: žádost byla pro jiného supervizora nebo jiný hovor.</translation>
    </message>
    <message>
        <source>Supervision was refused: this team requires a signed role grant and the request had none. Ask the team&apos;s admin for a grant, then run agent-console supervision use-grant.</source>
        <translation>Monitorování bylo odmítnuto: tento tým vyžaduje podepsané oprávnění role a žádost ho neměla. Požádejte správce týmu o oprávnění a pak spusťte agent-console supervision use-grant.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant is not signed by this team&apos;s admin key. Ask the team&apos;s admin for a new grant, and check [supervision] roles_key on the agent&apos;s computer.</source>
        <translation>Monitorování bylo odmítnuto: oprávnění role není podepsáno klíčem správce tohoto týmu. Požádejte správce týmu o nové oprávnění a zkontrolujte [supervision] roles_key na počítači agenta.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant has expired. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorování bylo odmítnuto: platnost oprávnění role vypršela. Požádejte správce týmu o nové.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant belongs to someone else, or the request was not signed with its owner&apos;s key.</source>
        <translation>Monitorování bylo odmítnuto: oprávnění role patří někomu jinému, nebo žádost nebyla podepsána klíčem jeho vlastníka.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant does not give this role. Check [agent] role, or ask the team&apos;s admin for the right grant.</source>
        <translation>Monitorování bylo odmítnuto: oprávnění role tuto roli nedává. Zkontrolujte [agent] role, nebo požádejte správce týmu o správné oprávnění.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant was revoked. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorování bylo odmítnuto: oprávnění role bylo zrušeno. Požádejte správce týmu o nové.</translation>
    </message>
    <message>
        <source>A key is already kept for {name} ({env} or the keyring). Use --replace to make a new one (grants for the old key then stop working).</source>
        <translation>Pro {name} je už klíč uložen ({env} nebo klíčenka). Nový vytvoříte s --replace (oprávnění pro starý klíč pak přestanou fungovat).</translation>
    </message>
    <message>
        <source>{reason}. Run again with --print-private to see the private key once, and put it into {env}.</source>
        <translation>{reason}. Spusťte znovu s --print-private, jednou uvidíte soukromý klíč, a vložte ho do {env}.</translation>
    </message>
    <message>
        <source>This person has no supervision key yet. Run agent-console supervision keygen.</source>
        <translation>Tato osoba ještě nemá klíč pro monitorování. Spusťte agent-console supervision keygen.</translation>
    </message>
    <message>
        <source>The key kept in {env} or the keyring is not a supervision key. Make a new one with agent-console supervision keygen --replace.</source>
        <translation>Klíč uložený v {env} nebo v klíčence není klíč pro monitorování. Nový vytvoříte příkazem agent-console supervision keygen --replace.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admin can do this: the admin key is not in {env} or the keyring (agent-console supervision admin-keygen makes it).</source>
        <translation>Toto může udělat jen správce týmu: klíč správce není v {env} ani v klíčence (vytvoří ho agent-console supervision admin-keygen).</translation>
    </message>
    <message>
        <source>No grant was made: {reason}.</source>
        <translation>Oprávnění nebylo vytvořeno: {reason}.</translation>
    </message>
    <message>
        <source>This grant is for another key than yours. Give the team&apos;s admin your public key (agent-console supervision public-key).</source>
        <translation>Toto oprávnění je pro jiný klíč než váš. Dejte správci týmu svůj veřejný klíč (agent-console supervision public-key).</translation>
    </message>
    <message>
        <source>This grant cannot be used: {reason}. Ask the team&apos;s admin for a new one.</source>
        <translation>Toto oprávnění nelze použít: {reason}. Požádejte správce týmu o nové.</translation>
    </message>
    <message>
        <source>This grant is for {person}, but this console&apos;s [agent] id is {me}. Ask the team&apos;s admin for a grant in your id.</source>
        <translation>Toto oprávnění je pro {person}, ale [agent] id této konzole je {me}. Požádejte správce týmu o oprávnění na vaše id.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This grant expired on {day} (UTC). Ask the team&apos;s admin for a new one.</source>
        <translation>Platnost tohoto oprávnění skončila {day} (UTC). Požádejte správce týmu o nové.</translation>
    </message>
    <message>
        <source>--days must be from 1 to {most} (got {days}).</source>
        <translation>--days musí být od 1 do {most} (zadáno {days}).</translation>
    </message>
    <message>
        <source>{person} is not an agent id: use 1 to 64 letters, digits or _.@+-.</source>
        <translation>{person} není id agenta: použijte 1 až 64 písmen, číslic nebo _.@+-.</translation>
    </message>
    <message>
        <source>The team store cannot be opened or written ({reason}). Check [team] url and that the server is running.</source>
        <translation>Úložiště týmu nelze otevřít ani do něj zapisovat ({reason}). Zkontrolujte [team] url a zda server běží.</translation>
    </message>
    <message>
        <source>Anyone with the team secret can claim to be a team lead and listen in on this console&apos;s calls. Set [supervision] roles_key to the team admin&apos;s public key.</source>
        <translation>Kdokoli s týmovým tajemstvím se může vydávat za vedoucího týmu a poslouchat hovory této konzole. Nastavte [supervision] roles_key na veřejný klíč správce týmu.</translation>
    </message>
    <message>
        <source>Coaching notes are for team leads only ([agent] role = &quot;lead&quot;): this console cannot show or read them.</source>
        <translation>Koučovací poznámky jsou jen pro vedoucí týmu ([agent] role = &quot;lead&quot;): tato konzole je nemůže zobrazit ani číst.</translation>
    </message>
    <message>
        <source>Name the agent (ctl coaching AGENT): you are not listening to anyone&apos;s call now.</source>
        <translation>Uveďte agenta (ctl coaching AGENT): právě neposloucháte ničí hovor.</translation>
    </message>
    <message>
        <source>The team store is not open, so coaching notes cannot be kept. Check [team] url in the configuration.</source>
        <translation>Úložiště týmu není otevřené, proto nelze koučovací poznámky uchovat. Zkontrolujte [team] url v konfiguraci.</translation>
    </message>
    <message>
        <source>The coaching notes cannot be read now: the team store is not answering. Try again in a moment.</source>
        <translation>Koučovací poznámky teď nelze načíst: úložiště týmu neodpovídá. Zkuste to za chvíli.</translation>
    </message>
    <message>
        <source>Not saved: the team store is not answering. The notes are kept here and saved as soon as it answers.</source>
        <translation>Neuloženo: úložiště týmu neodpovídá. Poznámky zůstávají zde a uloží se, jakmile odpoví.</translation>
    </message>
    <message>
        <source>The PBX code for {mode} ({code}) cannot be dialled. Use digits, * and # with {{ext}} once, like *222{{ext}}, in [supervision.pbx] {mode}.</source>
        <translation>Kód ústředny pro {mode} ({code}) nelze vytočit. V [supervision.pbx] {mode} použijte číslice, * a # a jednou {{ext}}, například *222{{ext}}.</translation>
    </message>
    <message>
        <source>The keys to switch to {mode} ({keys}) cannot be sent. Use 0-9, * and # in [supervision.pbx] switch_dtmf.</source>
        <translation>Klávesy pro přepnutí do {mode} ({keys}) nelze poslat. V [supervision.pbx] switch_dtmf použijte 0-9, * a #.</translation>
    </message>
    <message>
        <source>{mode} is not a supervision mode. Use listen, whisper and barge in [supervision.pbx].</source>
        <translation>{mode} není režim monitorování. V [supervision.pbx] použijte listen, whisper a barge.</translation>
    </message>
    <message>
        <source>{agent}&apos;s extension ({extension}) cannot be dialled: it may only have letters, digits, dots, dashes and underscores. Fix [sip] user on their console.</source>
        <translation>Klapku agenta {agent} ({extension}) nelze vytočit: smí obsahovat jen písmena, číslice, tečky, pomlčky a podtržítka. Opravte [sip] user na jeho konzoli.</translation>
    </message>
    <message>
        <source>The PBX address {domain} is not a host or host:port. Fix [sip] registrar or [sip] domain.</source>
        <translation>Adresa ústředny {domain} není host ani host:port. Opravte [sip] registrar nebo [sip] domain.</translation>
    </message>
    <message>
        <source>Supervision through the PBX needs the PBX: set [sip] registrar, or set [supervision] strategy = &quot;console&quot;.</source>
        <translation>Monitorování přes ústřednu potřebuje ústřednu: nastavte [sip] registrar, nebo nastavte [supervision] strategy = &quot;console&quot;.</translation>
    </message>
    <message>
        <source>Your PBX offers no {mode} here ([supervision.pbx] {mode} is empty). Choose another mode.</source>
        <translation>Vaše ústředna zde nenabízí {mode} ([supervision.pbx] {mode} je prázdné). Zvolte jiný režim.</translation>
    </message>
    <message>
        <source>Your PBX has no key to switch to {mode} during a session ([supervision.pbx] switch_dtmf). Stop, then start again in {mode}.</source>
        <translation>Vaše ústředna nemá klávesu pro přepnutí do {mode} během monitorování ([supervision.pbx] switch_dtmf). Zastavte ho a spusťte znovu v režimu {mode}.</translation>
    </message>
    <message>
        <source>The PBX did not answer the supervision code {dialled}. Check that it is running, then try again.</source>
        <translation>Ústředna neodpověděla na kód monitorování {dialled}. Zkontrolujte, zda běží, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The PBX does not know the supervision code {dialled} ({status}). Add it to the PBX&apos;s dialplan, or fix [supervision.pbx].</source>
        <translation>Ústředna nezná kód monitorování {dialled} ({status}). Přidejte ho do číslovacího plánu ústředny, nebo opravte [supervision.pbx].</translation>
    </message>
    <message>
        <source>The PBX does not let this phone dial the supervision code {dialled} ({status}). Ask the PBX&apos;s administrator.</source>
        <translation>Ústředna nedovoluje tomuto telefonu vytočit kód monitorování {dialled} ({status}). Obraťte se na správce ústředny.</translation>
    </message>
    <message>
        <source>The PBX refused the supervision code {dialled}: {reason} ({status}).</source>
        <translation>Ústředna odmítla kód monitorování {dialled}: {reason} ({status}).</translation>
    </message>
    <message>
        <source>{service} did not answer in time. The card shows what is known so far.</source>
        <translation>{service} neodpověděl včas. Karta ukazuje, co je zatím známo.</translation>
    </message>
    <message>
        <source>Cannot connect to {service} at {host}. Check the network or the CRM&apos;s address.</source>
        <translation>Nelze se připojit k {service} na {host}. Zkontrolujte síť nebo adresu CRM.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted. If your company has its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>Certifikát {host} není důvěryhodný. Pokud má vaše firma vlastní certifikační autoritu, nastavte ca_bundle na její soubor PEM.</translation>
    </message>
    <message>
        <source>{service} asks to slow down; the request is tried again later.</source>
        <translation>{service} žádá o zpomalení; požadavek se zkusí znovu později.</translation>
    </message>
    <message>
        <source>{service} is unavailable for now; the request is tried again later.</source>
        <translation>{service} je momentálně nedostupný; požadavek se zkusí znovu později.</translation>
    </message>
    <message>
        <source>{service} refused the login. Check the user and the stored secret.</source>
        <translation>{service} odmítl přihlášení. Zkontrolujte uživatele a uložené tajemství.</translation>
    </message>
    <message>
        <source>{service} denied access. Ask the CRM&apos;s administrator for the permission.</source>
        <translation>{service} odepřel přístup. Požádejte správce CRM o oprávnění.</translation>
    </message>
    <message>
        <source>{service} had an internal error (HTTP {status}); the request is tried again later.</source>
        <translation>{service} měl vnitřní chybu (HTTP {status}); požadavek se zkusí znovu později.</translation>
    </message>
    <message>
        <source>{service} sent the request elsewhere (HTTP {status}). Check base_url.</source>
        <translation>{service} poslal požadavek jinam (HTTP {status}). Zkontrolujte base_url.</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP {status}).</source>
        <translation>{service} odmítl požadavek (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read.</source>
        <translation>{service} poslal odpověď, kterou nelze přečíst.</translation>
    </message>
    <message>
        <source>The answer from {service} was too large and was not read to the end.</source>
        <translation>Odpověď od {service} byla příliš velká a nebyla dočtena do konce.</translation>
    </message>
    <message>
        <source>{service} packs its answers in a way that cannot be read ({encoding}).</source>
        <translation>{service} balí své odpovědi způsobem, který nelze přečíst ({encoding}).</translation>
    </message>
    <message>
        <source>The packed answer from {service} is damaged.</source>
        <translation>Zabalená odpověď od {service} je poškozená.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) does not exist. Fix the CRM settings.</source>
        <translation>Soubor certifikátu {path} (ca_bundle) neexistuje. Opravte nastavení CRM.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) is not a PEM file. Fix the CRM settings.</source>
        <translation>Soubor certifikátu {path} (ca_bundle) není soubor PEM. Opravte nastavení CRM.</translation>
    </message>
    <message>
        <source>The secret {secret} is not set. Store it in the keyring or the environment.</source>
        <translation>Tajemství {secret} není nastaveno. Uložte ho do klíčenky nebo do prostředí.</translation>
    </message>
    <message>
        <source>Logging in to the CRM failed: {cause}</source>
        <translation>Přihlášení do CRM selhalo: {cause}</translation>
    </message>
    <message>
        <source>{service} answered the login without a token. Check the login settings.</source>
        <translation>{service} odpověděl na přihlášení bez tokenu. Zkontrolujte nastavení přihlášení.</translation>
    </message>
    <message>
        <source>The CRM request failed: {detail}.</source>
        <translation>Požadavek na CRM selhal: {detail}.</translation>
    </message>
    <message>
        <source>The CRM answered something that is not a list of {what}.</source>
        <translation>CRM odpovědělo něco, co není seznam {what}.</translation>
    </message>
    <message>
        <source>The CRM answered, but none of its {what} could be used.</source>
        <translation>CRM odpovědělo, ale žádné z jeho {what} nešlo použít.</translation>
    </message>
    <message>
        <source>{id} is not a customer id {service} knows.</source>
        <translation>{id} není id zákazníka, které {service} zná.</translation>
    </message>
    <message>
        <source>{service} needs a known customer to save this. Link the call to a customer first.</source>
        <translation>{service} potřebuje k uložení známého zákazníka. Nejprve hovor přiřaďte k zákazníkovi.</translation>
    </message>
    <message>
        <source>{service} did not store the {what}.</source>
        <translation>{service} neuložil {what}.</translation>
    </message>
    <message>
        <source>{service} needs a due date for a task. Set one.</source>
        <translation>{service} potřebuje pro úkol termín. Nastavte ho.</translation>
    </message>
    <message>
        <source>A task needs a title. Enter one.</source>
        <translation>Úkol potřebuje název. Zadejte ho.</translation>
    </message>
    <message>
        <source>{service} reported an error: {detail}.</source>
        <translation>{service} hlásí chybu: {detail}.</translation>
    </message>
    <message>
        <source>This Odoo is older than version 19. Set login and database to use its JSON-RPC interface.</source>
        <translation>Toto Odoo je starší než verze 19. Nastavte login a database, aby se použilo jeho rozhraní JSON-RPC.</translation>
    </message>
    <message>
        <source>The record could not be stored yet; it is tried again.</source>
        <translation>Záznam se zatím nepodařilo uložit; zkusí se to znovu.</translation>
    </message>
    <message>
        <source>The customer {id} is not in the local CRM.</source>
        <translation>Zákazník {id} není v místním CRM.</translation>
    </message>
    <message>
        <source>The local CRM database cannot be opened. Check [crm.local] url.</source>
        <translation>Databázi místního CRM nelze otevřít. Zkontrolujte [crm.local] url.</translation>
    </message>
    <message>
        <source>The CRM {adapter} is listed twice in [crm] adapters. Remove one.</source>
        <translation>CRM {adapter} je v [crm] adapters uvedeno dvakrát. Jedno odstraňte.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} must be a [crm.{adapter}] table.</source>
        <translation>Nastavení CRM {adapter} musí být tabulka [crm.{adapter}].</translation>
    </message>
    <message>
        <source>The CRM {adapter} has an invalid type {type}. Use a name such as &quot;rest&quot;.</source>
        <translation>CRM {adapter} má neplatný typ {type}. Použijte název jako &quot;rest&quot;.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} contain a secret. Move it to the keyring or the environment.</source>
        <translation>Nastavení CRM {adapter} obsahuje tajemství. Přesuňte ho do klíčenky nebo do prostředí.</translation>
    </message>
    <message>
        <source>The CRM type {type} of {adapter} is not installed (installed: {known}).</source>
        <translation>Typ CRM {type} pro {adapter} není nainstalován (nainstalováno: {known}).</translation>
    </message>
    <message>
        <source>The CRM {adapter} could not be loaded: {cause}</source>
        <translation>CRM {adapter} se nepodařilo načíst: {cause}</translation>
    </message>
    <message>
        <source>The CRM {adapter} is installed wrongly. Reinstall its package.</source>
        <translation>CRM {adapter} je nainstalováno chybně. Přeinstalujte jeho balíček.</translation>
    </message>
    <message>
        <source>The CRM {adapter} did not start: {cause}</source>
        <translation>CRM {adapter} se nespustilo: {cause}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] has an unknown setting {key}. Known: {known}.</source>
        <translation>[crm.{adapter}] má neznámé nastavení {key}. Známá: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be text in quotes.</source>
        <translation>[crm.{adapter}] {key} musí být text v uvozovkách.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs {key}. Add it to the configuration file.</source>
        <translation>[crm.{adapter}] potřebuje {key}. Přidejte ho do konfiguračního souboru.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a positive number.</source>
        <translation>[crm.{adapter}] {key} musí být kladné číslo.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a list of texts like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>[crm.{adapter}] {key} musí být seznam textů jako [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a table.</source>
        <translation>[crm.{adapter}] {key} musí být tabulka.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] number_formats must use some of: {known}.</source>
        <translation>[crm.{adapter}] number_formats musí použít některé z: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must start with https://.</source>
        <translation>[crm.{adapter}] {key} musí začínat https://.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be one of: {choices}.</source>
        <translation>[crm.{adapter}] {key} musí být jedno z: {choices}.</translation>
    </message>
    <message>
        <source>The CRM template {file} has a mistake at {where}: {detail}</source>
        <translation>Šablona CRM {file} má chybu v {where}: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {template} was not found (built in: {known}).</source>
        <translation>Šablona CRM {template} nebyla nalezena (vestavěné: {known}).</translation>
    </message>
    <message>
        <source>The CRM template {file} is not valid TOML: {detail}</source>
        <translation>Šablona CRM {file} není platný TOML: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {file} cannot be read: {detail}</source>
        <translation>Šablonu CRM {file} nelze přečíst: {detail}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs template = &quot;path/to/template.toml&quot; (or a built-in template&apos;s name).</source>
        <translation>[crm.{adapter}] potřebuje template = &quot;cesta/k/sablone.toml&quot; (nebo název vestavěné šablony).</translation>
    </message>
    <message>
        <source>The CRM template {file} has no base_url. Set it in the template or in the adapter settings.</source>
        <translation>Šablona CRM {file} nemá base_url. Nastavte ho v šabloně nebo v nastavení adaptéru.</translation>
    </message>
    <message>
        <source>{service} does not take this kind of record (its template has no [{section}] section), so it was skipped there. Nothing needs to be done.</source>
        <translation>{service} tento druh záznamu nepřijímá (jeho šablona nemá sekci [{section}]), proto byl tam vynechán. Není třeba nic dělat.</translation>
    </message>
    <message>
        <source>Some write-backs wait for a customer: the CRM does not know the caller. Select one and press “Link to a customer…” to send it to the right customer.</source>
        <translation>Některé zápisy do CRM čekají na zákazníka: CRM volajícího nezná. Vyberte jeden a stiskněte „Přiřadit k zákazníkovi…“, aby odešel správnému zákazníkovi.</translation>
    </message>
    <message>
        <source>{service} has no customer with the number {number}. Check the number, or give the customer&apos;s id in {service}.</source>
        <translation>{service} nemá zákazníka s číslem {number}. Zkontrolujte číslo, nebo zadejte id zákazníka v {service}.</translation>
    </message>
    <message>
        <source>The write-back was not linked: {reason}</source>
        <translation>Zápis do CRM nebyl přiřazen: {reason}</translation>
    </message>
    <message>
        <source>The CRM template could not be filled in: {detail}</source>
        <translation>Šablonu CRM se nepodařilo vyplnit: {detail}</translation>
    </message>
    <message>
        <source>The placeholder {{{placeholder}}} in the CRM template names nothing known.</source>
        <translation>Zástupný symbol {{{placeholder}}} v šabloně CRM neoznačuje nic známého.</translation>
    </message>
    <message>
        <source>The CRM template&apos;s body is not valid JSON once filled in (line {line}, column {column}).</source>
        <translation>Tělo šablony CRM po vyplnění není platný JSON (řádek {line}, sloupec {column}).</translation>
    </message>
    <message>
        <source>The disk is full: your work could NOT be saved. Free some disk space; the text stays here.</source>
        <translation>Disk je plný: vaše práce se NEULOŽILA. Uvolněte místo na disku; text zůstává zde.</translation>
    </message>
    <message>
        <source>The database is read-only: your work could NOT be saved. Ask IT to fix the file permissions; the text stays here.</source>
        <translation>Databáze je jen pro čtení: vaše práce se NEULOŽILA. Požádejte IT o opravu oprávnění souboru; text zůstává zde.</translation>
    </message>
    <message>
        <source>The local database cannot store your work ({detail}); the text stays here.</source>
        <translation>Místní databáze nemůže uložit vaši práci ({detail}); text zůstává zde.</translation>
    </message>
    <message>
        <source>Write what is to be done, for example: Call back about the invoice.</source>
        <translation>Napište, co je třeba udělat, například: Zavolat zpět kvůli faktuře.</translation>
    </message>
    <message>
        <source>A call-back needs the number to call: type it in Number.</source>
        <translation>Zpětné zavolání potřebuje číslo: napište ho do pole Číslo.</translation>
    </message>
    <message>
        <source>A task needs a customer: make it during or after a call, or type the customer&apos;s number.</source>
        <translation>Úkol potřebuje zákazníka: vytvořte ho během hovoru nebo po něm, nebo napište číslo zákazníka.</translation>
    </message>
    <message>
        <source>Tasks cannot be saved yet: the local database is still starting or not available. Try again in a moment; the status bar says if it failed.</source>
        <translation>Úkoly zatím nelze ukládat: místní databáze se ještě spouští nebo není dostupná. Zkuste to za chvíli; pokud selhala, stavový řádek to napíše.</translation>
    </message>
    <message>
        <source>Say whom to transfer to: a colleague&apos;s name, a number or a SIP address.</source>
        <translation>Řekněte, kam přepojit: jméno kolegy, číslo nebo SIP adresu.</translation>
    </message>
    <message>
        <source>More than one colleague matches &quot;{target}&quot; ({names}): type more of the name, or use their id.</source>
        <translation>„{target}“ odpovídá více kolegům ({names}): napište víc ze jména nebo použijte jejich ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: transfer to their number instead.</source>
        <translation>Konzole kolegy {name} neoznámila, kde je k zastižení: přepojte raději na jeho číslo.</translation>
    </message>
    <message>
        <source>{name} is offline: choose another colleague.</source>
        <translation>{name} je offline: vyberte jiného kolegu.</translation>
    </message>
    <message>
        <source>You are already consulting for this call: complete or cancel that first.</source>
        <translation>Pro tento hovor už konzultujete: nejprve to dokončete nebo zrušte.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address to call.</source>
        <translation>Napište číslo nebo SIP adresu, na kterou chcete volat.</translation>
    </message>
    <message>
        <source>That is not a number or a SIP address: type a phone number like 0905 123 456, or sip:name@host.</source>
        <translation>To není číslo ani SIP adresa: napište telefonní číslo jako 0905 123 456 nebo sip:jmeno@host.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a phone number: a tel: link must hold one, like tel:+421905123456.</source>
        <translation>„{target}“ není telefonní číslo: odkaz tel: musí obsahovat číslo, například tel:+421905123456.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: remove spaces, quotes and &lt; &gt;, like sip:jana@pbx.example.com.</source>
        <translation>„{target}“ není SIP adresa: odstraňte mezery, uvozovky a &lt; &gt;, například sip:jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: write it as name@host, like jana@pbx.example.com.</source>
        <translation>„{target}“ není SIP adresa: napište ji jako jmeno@host, například jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; cannot be dialled: type a phone number like 0905 123 456, a SIP address like sip:jana@host, or a colleague&apos;s name.</source>
        <translation>„{target}“ nelze vytočit: napište telefonní číslo jako 0905 123 456, SIP adresu jako sip:jana@host nebo jméno kolegy.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a valid phone number: check the digits, or write it with its country code, like +421 905 123 456.</source>
        <translation>„{target}“ není platné telefonní číslo: zkontrolujte číslice nebo ho napište s předvolbou země, například +421 905 123 456.</translation>
    </message>
    <message>
        <source>Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] dial_domain in the configuration file, or dial a SIP address like sip:name@host.</source>
        <translation>Čísla nelze vytáčet: tato konzole nemá ústřednu. Nastavte [sip] registrar nebo [sip] dial_domain v konfiguračním souboru, nebo vytočte SIP adresu jako sip:jmeno@host.</translation>
    </message>
    <message>
        <source>More than one colleague is called &quot;{name}&quot; ({names}): type their id.</source>
        <translation>Jménem „{name}“ se jmenuje více kolegů ({names}): napište jejich ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: ask them to restart their console, or dial their number.</source>
        <translation>Konzole kolegy {name} neoznámila, kde je k zastižení: požádejte ho o restart konzole nebo vytočte jeho číslo.</translation>
    </message>
    <message>
        <source>{name} is offline: call them later or dial their number.</source>
        <translation>{name} je offline: zavolejte později nebo vytočte jeho číslo.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved note(s) after a restart.</source>
        <translation>
            <numerusform>Po restartu byla obnovena %n neuložená poznámka.</numerusform>
            <numerusform>Po restartu byly obnoveny %n neuložené poznámky.</numerusform>
            <numerusform>Po restartu bylo obnoveno %n neuložených poznámek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Make it again once the disk has room.</source>
        <translation type="vanished">Úkol „{title}“ se nepodařilo uložit ({reason}). Vytvořte ho znovu, až bude na disku místo.</translation>
    </message>
    <message>
        <source>Task saved: {title}, due {due}.</source>
        <translation>Úkol uložen: {title}, termín {due}.</translation>
    </message>
    <message>
        <source>{title}: moved to {due}.</source>
        <translation>{title}: přesunuto na {due}.</translation>
    </message>
    <message>
        <source>The task could not be moved ({reason}); it stays due. Try Snooze again.</source>
        <translation>Úkol se nepodařilo přesunout ({reason}); zůstává splatný. Zkuste znovu Odložit.</translation>
    </message>
    <message>
        <source>That task is done or gone already: nothing to move.</source>
        <translation>Tento úkol je už hotový nebo pryč: není co přesouvat.</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Je třeba zavolat zpět</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Termín úkolu</translation>
    </message>
    <message>
        <source>{crms} cannot list tasks: My tasks shows only the tasks made in this console for them.</source>
        <translation>{crms} neumí vypsat úkoly: Moje úkoly ukazují jen úkoly pro ně vytvořené v této konzoli.</translation>
    </message>
    <message>
        <source>{crm} did not give its tasks ({reason}); they are shown again once it answers.</source>
        <translation>{crm} nevydalo své úkoly ({reason}); zobrazí se znovu, jakmile odpoví.</translation>
    </message>
    <message>
        <source>No tray icon: this desktop has no system tray. Calls and due call-backs are shown in a notice window instead.</source>
        <translation>Bez ikony v liště: tato pracovní plocha nemá systémovou lištu. Hovory a splatná zpětná volání se místo toho zobrazí v okně s oznámením.</translation>
    </message>
    <message>
        <source>Call from {caller}</source>
        <translation>Hovor od {caller}</translation>
    </message>
    <message>
        <source>install-desktop registers tel: and sip: links on Linux. On Windows and macOS the installer does it: see docs/desktop-integration.md.</source>
        <translation>install-desktop zaregistruje odkazy tel: a sip: v Linuxu. Ve Windows a macOS to udělá instalátor: viz docs/desktop-integration.md.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Check the folder&apos;s permissions, or set XDG_DATA_HOME to a folder you own.</source>
        <translation>{path} nelze zapsat ({reason}). Zkontrolujte oprávnění složky, nebo nastavte XDG_DATA_HOME na složku, kterou vlastníte.</translation>
    </message>
    <message>
        <source>There is no call in progress to transfer.</source>
        <translation>Neprobíhá žádný hovor k přepojení.</translation>
    </message>
    <message>
        <source>Dispositions are not available: the status bar said why when the console started.</source>
        <translation>Výsledky hovorů nejsou dostupné: stavový řádek při spuštění konzole napsal proč.</translation>
    </message>
    <message>
        <source>There is no call in wrap-up to finish.</source>
        <translation>Není žádný hovor v dokončování, který by šlo ukončit.</translation>
    </message>
    <message>
        <source>You will be {state} once your calls and wrap-up are done.</source>
        <translation type="vanished">Budete {state}, jakmile skončí vaše hovory a dokončování.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Poznámka uložena.</translation>
    </message>
    <message>
        <source>The local database is not available: notes and call logs cannot be saved.</source>
        <translation>Místní databáze není dostupná: poznámky a záznamy hovorů nelze uložit.</translation>
    </message>
    <message>
        <source>Write-backs to the CRM are not being sent ({reason}); they stay queued.</source>
        <translation>Zápisy do CRM se neodesílají ({reason}); zůstávají ve frontě.</translation>
    </message>
    <message>
        <source>Saved drafts could not be read: {reason}</source>
        <translation>Uložené koncepty se nepodařilo načíst: {reason}</translation>
    </message>
    <message>
        <source>Notes could not be saved: {reason}. They stay on screen.</source>
        <translation>Poznámky se nepodařilo uložit: {reason}. Zůstávají na obrazovce.</translation>
    </message>
    <message>
        <source>Note saved. The wrap-up goes on until you press Wrap-up done.</source>
        <translation>Poznámka uložena. Dokončování pokračuje, dokud nestisknete Dokončování hotovo.</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Name a CSV or vCard file.</source>
        <translation>{path} není běžný soubor. Zadejte soubor CSV nebo vCard.</translation>
    </message>
    <message>
        <source>{path} is a folder. Name the CSV or vCard file to import.</source>
        <translation>{path} je složka. Zadejte soubor CSV nebo vCard k importu.</translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and the folder.</source>
        <translation>{path} neexistuje. Zkontrolujte název a složku.</translation>
    </message>
    <message>
        <source>You may not read {path}. Ask for read permission or copy the file.</source>
        <translation>{path} nesmíte číst. Požádejte o oprávnění ke čtení nebo soubor zkopírujte.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} nelze přečíst ({detail}).</translation>
    </message>
    <message>
        <source>The encoding {encoding} cannot be used. Use e.g. utf-8, utf-16, cp1250 or cp1251.</source>
        <translation>Kódování {encoding} nelze použít. Použijte např. utf-8, utf-16, cp1250 nebo cp1251.</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet or an archive. Save it as CSV (UTF-8) or vCard and import that.</source>
        <translation>{path} je tabulka nebo archiv. Uložte ho jako CSV (UTF-8) nebo vCard a importujte ten.</translation>
    </message>
    <message>
        <source>{path} is not a text file. Import a CSV or vCard (.vcf) customer list.</source>
        <translation>{path} není textový soubor. Importujte seznam zákazníků CSV nebo vCard (.vcf).</translation>
    </message>
    <message>
        <source>The encoding of {path} cannot be told for sure. Save it as CSV UTF-8, or name its encoding, e.g. --encoding cp1250.</source>
        <translation>Kódování {path} nelze s jistotou určit. Uložte ho jako CSV UTF-8, nebo kódování uveďte, např. --encoding cp1250.</translation>
    </message>
    <message>
        <source>Line {line} should be the header (name, phone, ...) but cannot be read: {detail}</source>
        <translation>Řádek {line} by měl být záhlaví (name, phone, ...), ale nelze ho přečíst: {detail}</translation>
    </message>
    <message>
        <source>The header has no name column ({found}). Add a column named name.</source>
        <translation>Záhlaví nemá sloupec se jménem ({found}). Přidejte sloupec s názvem name.</translation>
    </message>
    <message>
        <source>The header has no phone column ({found}). Add a column named phone.</source>
        <translation>Záhlaví nemá sloupec s telefonem ({found}). Přidejte sloupec s názvem phone.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Řádek {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Řádek {line} nelze přečíst: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV; it is skipped.</source>
        <translation>Řádek {line} nelze přečíst jako CSV; vynechává se.</translation>
    </message>
    <message>
        <source>Line {line}: a quote is opened and never closed; the row is skipped.</source>
        <translation>Řádek {line}: uvozovky jsou otevřené a nikdy se nezavřou; řádek se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: {field} is too long ({length} characters, at most {limit}); the row is skipped.</source>
        <translation>Řádek {line}: {field} je příliš dlouhé ({length} znaků, nejvýše {limit}); řádek se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: a phone number is longer than {limit} characters; the row is skipped.</source>
        <translation>Řádek {line}: telefonní číslo je delší než {limit} znaků; řádek se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: the {field} was cut to {limit} characters.</source>
        <translation>Řádek {line}: {field} bylo zkráceno na {limit} znaků.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: no phone number could be understood (%n given); the row is skipped.</source>
        <translation>
            <numerusform>Řádek {line}: zadané telefonní číslo (%n) nešlo rozpoznat; řádek se vynechává.</numerusform>
            <numerusform>Řádek {line}: žádné z %n zadaných telefonních čísel nešlo rozpoznat; řádek se vynechává.</numerusform>
            <numerusform>Řádek {line}: žádné z %n zadaných telefonních čísel nešlo rozpoznat; řádek se vynechává.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: no phone number; the row is skipped.</source>
        <translation>Řádek {line}: bez telefonního čísla; řádek se vynechává.</translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Save it again once the disk has room; what you typed is kept in the dialog.</source>
        <translation>Úkol „{title}“ se nepodařilo uložit ({reason}). Uložte ho znovu, až bude na disku místo; co jste napsali, zůstává v okně.</translation>
    </message>
    <message>
        <source>You will be ready once your calls and wrap-up are done.</source>
        <translation>Budete připraven, až skončí vaše hovory a dokončování hovoru.</translation>
    </message>
    <message>
        <source>You will be away once your calls and wrap-up are done.</source>
        <translation>Budete pryč, až skončí vaše hovory a dokončování hovoru.</translation>
    </message>
    <message>
        <source>Line {line}: phone number {position} is not understood; it is kept as written.</source>
        <translation>Řádek {line}: telefonní číslo {position} není srozumitelné; ponechává se, jak je napsané.</translation>
    </message>
    <message>
        <source>Line {line}: no name; the row is skipped.</source>
        <translation>Řádek {line}: bez jména; řádek se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: unknown segment {segment}. Use vip, high, standard or low.</source>
        <translation>Řádek {line}: neznámý segment {segment}. Použijte vip, high, standard nebo low.</translation>
    </message>
    <message>
        <source>Line {line}: the value {value} is not a number; the row is skipped.</source>
        <translation>Řádek {line}: hodnota {value} není číslo; řádek se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: unknown country {country}. Use a code such as SK, CZ or GB.</source>
        <translation>Řádek {line}: neznámá země {country}. Použijte kód jako SK, CZ nebo GB.</translation>
    </message>
    <message>
        <source>Line {line}: text outside any vCard is skipped.</source>
        <translation>Řádek {line}: text mimo vCard se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}; the vCard starting on line {start} is skipped.</source>
        <translation>Řádek {line}: {detail}; vCard začínající na řádku {start} se vynechává.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard is too large; it is skipped.</source>
        <translation>Řádek {line}: vCard je příliš velká; vynechává se.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard cannot be read; it is skipped.</source>
        <translation>Řádek {line}: vCard nelze přečíst; vynechává se.</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD is missing; the vCard was read to the next one.</source>
        <translation>Řádek {line}: chybí END:VCARD; vCard se četla po následující.</translation>
    </message>
</context>
</TS>
