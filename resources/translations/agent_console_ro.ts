<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Who you are</source>
        <translation type="vanished">Cine sunteți</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation type="vanished">Colegii și șefii de echipă vă văd sub acest nume.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="vanished">Numele dumneavoastră</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="vanished">ID agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rol</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="vanished">Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="vanished">Agent în instruire</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="vanished">Șef de echipă</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation type="vanished">Cum ajung apelurile la dumneavoastră</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation type="vanished">Prin centrala telefonică a biroului sau direct de la un birou la altul, fără ea.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation type="vanished">Prin centrala telefonică a biroului (cont SIP)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation type="vanished">Apeluri directe între birouri (fără centrală)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="vanished">Registrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Utilizator</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="vanished">păstrată în portcheiul sistemului</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Parolă</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="vanished">Ascultă pe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="vanished">Testează</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation type="vanished">Testează setările telefonului</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation type="vanished">Colegii vă sună la sip:ID-UL-DVS@ACEST-CALCULATOR:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="vanished">Se testează…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation type="vanished">Fișier șablon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Adresă</translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="vanished">Token</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation type="vanished">Token de aplicație privată</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation type="vanished">Subdomeniu</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation type="vanished">E-mailul agentului</translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="vanished">Token API</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">Bază de date</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">Autentificare</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">Cheie API</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation type="vanished">De unde vin clienții dumneavoastră</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation type="vanished">Consola recunoaște apelanții din acestea. Puteți adăuga alte CRM-uri mai târziu, în Setări.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation type="vanished">Clienți din</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation type="vanished">Lista mea: import dintr-un fișier CSV sau vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation type="vanished">Clienții demonstrativi (pentru a încerca consola)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation type="vanished">CRM-ul nostru cu API REST (un șablon)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation type="vanished">clienti.csv sau contacte.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="vanished">Fișier de importat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Răsfoiește…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="vanished">Importă acum</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation type="vanished">Încarcă clienții demonstrativi</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation type="vanished">Clienți de importat</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation type="vanished">Liste de clienți (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation type="vanished">Alegeți mai întâi fișierul.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="vanished">Se lucrează…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation type="vanished">Un apel de test</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation type="vanished">Finalizare salvează setările și repornește consola cu ele.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation type="vanished">Apoi sunați-mă cu un apel de test, ca să verific că aud și că mă aude</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation type="vanished">Configurarea Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation type="vanished">Finalizează și repornește</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation type="vanished">Nesalvat: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation type="vanished">Salvat, dar: </translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation type="vanished">Număr de căutat</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="vanished">Rezultatul testului</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation type="vanished">păstrată în portchei — tastați pentru a o înlocui</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Setări</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="vanished">Pagini de setări</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation type="vanished">Un alt test încă rulează; așteptați răspunsul lui.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation type="vanished">Tastați un număr de pe care sună un client, apoi apăsați Testează.</translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation type="vanished">Nesalvat: fișierul {path} nu poate fi scris ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation type="vanished">Setări salvate, dar: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation type="vanished">Salvat în {path}. Setările pentru telefon, sunet, CRM și echipă intră în vigoare la următoarea pornire a consolei.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="vanished">Nimic nu s-a schimbat.</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>Notes not linked to a call</source>
        <translation>Notițe nelegate de un apel</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>apelant necunoscut</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>în încheierea apelului</translation>
    </message>
    <message>
        <source>call</source>
        <translation>apel</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>încheiat</translation>
    </message>
</context>
<context>
    <name>AfterCallViews</name>
    <message>
        <source>My tasks</source>
        <translation>Sarcinile mele</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Jurnal apeluri</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Scrieri în CRM</translation>
    </message>
    <message>
        <source>Retry failed write-backs</source>
        <translation>Retrimite scrierile eșuate</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>eșuate: %1</translation>
    </message>
    <message>
        <source>need a customer: %1</source>
        <translation>așteaptă un client: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Dispoziție</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Înregistrare</translation>
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
        <translation>Ce</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Dispositions not available: %1</source>
        <translation>Dispozițiile nu sunt disponibile: %1</translation>
    </message>
    <message>
        <source>Link to a customer…</source>
        <translation>Leagă de un client…</translation>
    </message>
    <message>
        <source>Link the selected write-back to a customer</source>
        <translation>Leagă scrierea selectată de un client</translation>
    </message>
    <message>
        <source>After the call: My tasks, Call log, Write-backs</source>
        <translation>După apel: Sarcinile mele, Jurnal apeluri, Scrieri în CRM</translation>
    </message>
    <message>
        <source>Write-backs: starting…</source>
        <translation>Scrieri în CRM: pornire…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>în așteptare: %1</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>livrate: %1</translation>
    </message>
    <message>
        <source>Write-backs — %1</source>
        <translation>Scrieri în CRM — %1</translation>
    </message>
    <message>
        <source>needs a customer</source>
        <translation>așteaptă un client</translation>
    </message>
    <message>
        <source>A disposition belongs to a call: there is none in front of you.</source>
        <translation>O dispoziție aparține unui apel: nu aveți niciun apel în față.</translation>
    </message>
    <message>
        <source>Call-back due: %1</source>
        <translation>Apel înapoi scadent: %1</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Sarcină scadentă: %1</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(încă %n)</numerusform>
            <numerusform>(încă %n)</numerusform>
            <numerusform>(încă %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Încheierea apelului</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>În apel</translation>
    </message>
    <message>
        <source>Away — %1</source>
        <translation>Absent — %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sună</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorizează</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Când</translation>
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
        <translation>Apelul clientului</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>Withheld number</source>
        <translation>Număr ascuns</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (încheiat)</translation>
    </message>
    <message>
        <source>SIP: registered at %1</source>
        <translation>SIP: înregistrat la %1</translation>
    </message>
    <message>
        <source>SIP: not registered — %1 (%2)</source>
        <translation>SIP: neînregistrat — %1 (%2)</translation>
    </message>
    <message>
        <source>Refusing calls from %1: more than %2 in %3 s (%4 refused so far).</source>
        <translation>Refuz apelurile de la %1: mai mult de %2 în %3 s (refuzate până acum: %4).</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>CALL</source>
        <translation>APEL</translation>
    </message>
    <message>
        <source>Calls on the line</source>
        <translation>Apeluri pe linie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respinge</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Pune în așteptare</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Dezactivează microfonul</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastatură</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferă</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferință</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Finalizează transferul</translation>
    </message>
    <message>
        <source>Cancel (back to the customer)</source>
        <translation>Anulează (înapoi la client)</translation>
    </message>
    <message>
        <source>Number or SIP address to call</source>
        <translation>Număr sau adresă SIP de apelat</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Număr de format</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Sună</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Sună la acest număr</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Disponibil pentru apeluri</translation>
    </message>
    <message>
        <source>after the call with %1</source>
        <translation>după apelul cu %1</translation>
    </message>
    <message>
        <source>Incoming call — ringing</source>
        <translation>Apel primit — sună</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Se apelează…</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>În apel</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Apel încheiat</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>microfon oprit</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ÎNREG</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Conferință cu %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reia</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activează microfonul</translation>
    </message>
</context>
<context>
    <name>CallRecordsView</name>
    <message>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agent</translation>
    </message>
    <message>
        <source>Customer name, id or number</source>
        <translation>Numele, ID-ul sau numărul clientului</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>Ziua (AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>Call records found</source>
        <translation>Înregistrări de apeluri găsite</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Redă</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Oprește</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>primit</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>efectuat</translation>
    </message>
    <message>
        <source>No call records found.</source>
        <translation>Nu s-a găsit nicio înregistrare de apel.</translation>
    </message>
    <message>
        <source>Playing record %1</source>
        <translation>Se redă înregistrarea %1</translation>
    </message>
    <message>
        <source>Played record %1</source>
        <translation>Înregistrarea %1 a fost redată</translation>
    </message>
    <message>
        <source>Stopped record %1</source>
        <translation>Înregistrarea %1 a fost oprită</translation>
    </message>
    <message>
        <source>Delete call record</source>
        <translation>Șterge înregistrarea apelului</translation>
    </message>
    <message>
        <source>Delete call record %1 for good? The deletion is written to the audit.</source>
        <translation>Ștergeți definitiv înregistrarea apelului %1? Ștergerea este trecută în audit.</translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>What you noticed, for the next coaching session…</source>
        <translation>Ce ați observat, pentru următoarea sesiune de coaching…</translation>
    </message>
</context>
<context>
    <name>CoachingNotes</name>
    <message>
        <source>Coaching notes about %1 — only team leads see them; never sent to the CRM</source>
        <translation>Notițe de coaching despre %1 — le văd doar șefii de echipă; nu se trimit niciodată în CRM</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notițe de coaching</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Salvat la %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>SIP: starting…</source>
        <translation>SIP: pornește…</translation>
    </message>
    <message>
        <source>CRM: starting…</source>
        <translation>CRM: pornește…</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>CRM: not available — %1</source>
        <translation>CRM: indisponibil — %1</translation>
    </message>
    <message>
        <source>SIP: registering at %1 (%2)</source>
        <translation>SIP: înregistrare la %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: direct calls on %1 (%2)</source>
        <translation>SIP: apeluri directe pe %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: not running — %1</source>
        <translation>SIP: nu rulează — %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer card</source>
        <translation>Fișa clientului</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>No call. The caller&apos;s card appears here as soon as the phone rings.</source>
        <translation>Niciun apel. Fișa apelantului apare aici imediat ce sună telefonul.</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Număr ascuns</translation>
    </message>
    <message>
        <source>The caller hides their number. Ask who is calling.</source>
        <translation>Apelantul își ascunde numărul. Întrebați cine sună.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Apelant necunoscut</translation>
    </message>
    <message>
        <source>Looking up caller…</source>
        <translation>Se caută apelantul…</translation>
    </message>
    <message>
        <source>Create contact with this number</source>
        <translation>Creează un contact cu acest număr</translation>
    </message>
    <message>
        <source>%1 — not a phone number we can look up</source>
        <translation>%1 — nu este un număr de telefon pe care îl putem căuta</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>fără număr</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Limba: %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valoare: %1</translation>
    </message>
    <message>
        <source>%1: no match</source>
        <translation>%1: negăsit</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1 indisponibil</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nimic deschis.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadent %1</translation>
    </message>
    <message>
        <source>OVERDUE: </source>
        <translation>ÎNTÂRZIAT: </translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Ultimele interacțiuni</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Niciun contact anterior.</translation>
    </message>
</context>
<context>
    <name>DispositionPicker</name>
    <message>
        <source>DISPOSITION</source>
        <translation>DISPOZIȚIE</translation>
    </message>
    <message>
        <source>Search codes… (Enter chooses)</source>
        <translation>Caută coduri… (Enter alege)</translation>
    </message>
    <message>
        <source>Search disposition codes</source>
        <translation>Caută coduri de dispoziție</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; arrows move, Enter chooses</source>
        <translation>Tastați o parte din numele codului; săgețile mută, Enter alege</translation>
    </message>
    <message>
        <source>All codes ▾</source>
        <translation>Toate codurile ▾</translation>
    </message>
    <message>
        <source>Show all disposition codes</source>
        <translation>Arată toate codurile de dispoziție</translation>
    </message>
    <message>
        <source>Disposition codes</source>
        <translation>Coduri de dispoziție</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nealeasă</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>After the call</source>
        <translation>După apel</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Înregistrări de apeluri</translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>Supervision audit</source>
        <translation>Auditul monitorizării</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Panoul echipei</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
</context>
<context>
    <name>DueTaskNotifier</name>
    <message>
        <source>Call back now</source>
        <translation>Sună acum</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Amână</translation>
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
        <translation>Cine sunteți</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation>Colegii și șefii de echipă vă văd sub acest nume.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Numele dumneavoastră</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Agent în instruire</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Șef de echipă</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation>Cum ajung apelurile la dumneavoastră</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation>Prin centrala telefonică a biroului sau direct de la un birou la altul, fără ea.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation>Prin centrala telefonică a biroului (cont SIP)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation>Apeluri directe între birouri (fără centrală)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>păstrată în portcheiul sistemului</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Ascultă pe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testează</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation>Testează setările telefonului</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation>Colegii vă sună la sip:ID-UL-DVS@ACEST-CALCULATOR:PORT.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Se testează…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Fișier șablon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation>Token de aplicație privată</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomeniu</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation>E-mailul agentului</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Cheie API</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation>De unde vin clienții dumneavoastră</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation>Consola recunoaște apelanții din acestea. Puteți adăuga alte CRM-uri mai târziu, în Setări.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation>Clienți din</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation>Lista mea: import dintr-un fișier CSV sau vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation>Clienții demonstrativi (pentru a încerca consola)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation>CRM-ul nostru cu API REST (un șablon)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation>clienti.csv sau contacte.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fișier de importat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importă acum</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation>Încarcă clienții demonstrativi</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation>Clienți de importat</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation>Liste de clienți (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Alegeți mai întâi fișierul.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Se lucrează…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Un apel de test</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation>Finalizare salvează setările și repornește consola cu ele.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation>Apoi sunați-mă cu un apel de test, ca să verific că aud și că mă aude</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation>Configurarea Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Finalizează și repornește</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nesalvat: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation>Salvat, dar: </translation>
    </message>
    <message>
        <source>The settings were saved; the test call cannot be remembered (%1).</source>
        <translation>Setările au fost salvate; apelul de test nu poate fi reținut (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryKind</name>
    <message>
        <source>call</source>
        <translation>apel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notiță</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>tichet</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Tastatură</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stea</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Diez</translation>
    </message>
    <message>
        <source>Or type digits and press Enter</source>
        <translation>Sau tastați cifre și apăsați Enter</translation>
    </message>
    <message>
        <source>Digits to send</source>
        <translation>Cifre de trimis</translation>
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
        <translation>fix</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fix sau mobil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>număr gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>număr cu tarif special</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>număr cu cost partajat</translation>
    </message>
    <message>
        <source>internet phone</source>
        <translation>telefon prin internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>număr personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>număr de companie</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>mesagerie vocală</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>tip de linie necunoscut</translation>
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
        <translation>Fișele clienților</translation>
    </message>
    <message>
        <source>Customer cards, one per call</source>
        <translation>Fișele clienților, câte una pe apel</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Niciun apel</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Sună…</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Apel</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 nu a funcționat: %2</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Contact not saved: %1</source>
        <translation>Contactul nu a fost salvat: %1</translation>
    </message>
    <message>
        <source>Contacts can only be created in the local CRM, and it is not running: add &quot;local&quot; to [crm] adapters in the settings.</source>
        <translation>Contactele pot fi create doar în CRM-ul local, iar acesta nu rulează: adăugați &quot;local&quot; la [crm] adapters în setări.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>NOTES</source>
        <translation>NOTIȚE</translation>
    </message>
    <message>
        <source>Notes for this call — they travel with transfers and go to the CRM.</source>
        <translation>Notițe pentru acest apel — merg odată cu transferul și ajung în CRM.</translation>
    </message>
    <message>
        <source>Notes for this call</source>
        <translation>Notițe pentru acest apel</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Inserează o frază</translation>
    </message>
    <message>
        <source>Previous notes</source>
        <translation>Notițe anterioare</translation>
    </message>
    <message>
        <source>Notes of earlier calls</source>
        <translation>Notițe din apelurile anterioare</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salvează notița</translation>
    </message>
    <message>
        <source>Store the notes now; the wrap-up goes on</source>
        <translation>Salvează notițele acum; încheierea apelului continuă</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Încheiere gata</translation>
    </message>
    <message>
        <source>Save the call log with these notes and the disposition, and end the wrap-up</source>
        <translation>Salvează jurnalul apelului cu aceste notițe și dispoziția și încheie apelul</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Inserează o frază…</translation>
    </message>
    <message>
        <source>No earlier notes.</source>
        <translation>Nicio notiță anterioară.</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <source>Agent Console — notices</source>
        <translation>Agent Console — notificări</translation>
    </message>
</context>
<context>
    <name>OpenAddressDialog</name>
    <message>
        <source>Open the CRM record</source>
        <translation>Deschide înregistrarea din CRM</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Deschideți această adresă în browser?</translation>
    </message>
</context>
<context>
    <name>OutboxLink</name>
    <message>
        <source>Link to a customer</source>
        <translation>Leagă de un client</translation>
    </message>
    <message>
        <source>Which customer in %1 is this write-back for?
Type their phone number, or their id in that CRM:</source>
        <translation>Pentru ce client din %1 este această scriere în CRM?
Tastați numărul de telefon sau ID-ul lui în acel CRM:</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
</context>
<context>
    <name>RecordLink</name>
    <message>
        <source>the address is empty</source>
        <translation>adresa este goală</translation>
    </message>
    <message>
        <source>the address is longer than 2048 characters</source>
        <translation>adresa are mai mult de 2048 de caractere</translation>
    </message>
    <message>
        <source>the address contains spaces or invisible characters</source>
        <translation>adresa conține spații sau caractere invizibile</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>nu este o adresă validă</translation>
    </message>
    <message>
        <source>only http and https addresses are opened from the card</source>
        <translation>din fișă se deschid doar adrese http și https</translation>
    </message>
    <message>
        <source>the address names no web server</source>
        <translation>adresa nu numește niciun server web</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>adresa conține un nume de utilizator sau o parolă</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s own CRM (record %1)</source>
        <translation>Păstrat în CRM-ul propriu al acestei console (înregistrarea %1)</translation>
    </message>
    <message>
        <source>Open in %1 CRM</source>
        <translation>Deschide în CRM-ul %1</translation>
    </message>
    <message>
        <source>Record address from %1 not opened — %2: %3</source>
        <translation>Adresa înregistrării din %1 nu a fost deschisă — %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordingBadges</name>
    <message>
        <source>⏸ ON HOLD — the customer cannot hear you</source>
        <translation>⏸ ÎN AȘTEPTARE — clientul nu vă aude</translation>
    </message>
    <message>
        <source>Start or stop recording this call</source>
        <translation>Pornește sau oprește înregistrarea acestui apel</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Pornește înregistrarea</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Se înregistrează</translation>
    </message>
    <message>
        <source>Not recorded (this site does not record calls)</source>
        <translation>Nu se înregistrează (acest sediu nu înregistrează apelurile)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nu se înregistrează</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Oprește înregistrarea</translation>
    </message>
</context>
<context>
    <name>ReserveRequestBanner</name>
    <message>
        <source>Join now (%1)</source>
        <translation>Intră acum (%1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
    <message>
        <source>%1 asks you to join the line</source>
        <translation>%1 vă roagă să intrați pe linie</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Number to look up</source>
        <translation>Număr de căutat</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Rezultatul testului</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testează</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation>păstrată în portchei — tastați pentru a o înlocui</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagini de setări</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation>Un alt test încă rulează; așteptați răspunsul lui.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation>Tastați un număr de pe care sună un client, apoi apăsați Testează.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Se testează…</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nesalvat: </translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation>Nesalvat: fișierul {path} nu poate fi scris ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation>Setări salvate, dar: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation>Salvat în {path}. Setările pentru telefon, sunet, CRM și echipă intră în vigoare la următoarea pornire a consolei.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nimic nu s-a schimbat.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dumneavoastră</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID agent</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Numele dumneavoastră</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>How colleagues and team leads see you.</source>
        <translation>Cum vă văd colegii și șefii de echipă.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastra</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Stay on top while a call rings</source>
        <translation>Rămâi deasupra cât timp sună un apel</translation>
    </message>
    <message>
        <source>The theme changes at once; &quot;system&quot; follows the desktop&apos;s light or dark mode.</source>
        <translation>Tema se schimbă imediat; „system” urmează modul luminos sau întunecat al desktopului.</translation>
    </message>
    <message>
        <source>Phone (SIP)</source>
        <translation>Telefon (SIP)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>pbx.example.com:5060 — empty for direct calls between desks</source>
        <translation>pbx.example.com:5060 — gol pentru apeluri directe între birouri</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the file</source>
        <translation>păstrată în portcheiul sistemului, niciodată în fișier</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>empty: the registrar&apos;s host</source>
        <translation>gol: hostul registrarului</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Ascultă pe</translation>
    </message>
    <message>
        <source>Name shown to callees</source>
        <translation>Numele afișat celor apelați</translation>
    </message>
    <message>
        <source>Dial numbers at (without a registrar)</source>
        <translation>Formează numerele prin (fără registrar)</translation>
    </message>
    <message>
        <source>Test registers with these settings and shows the registrar&apos;s answer.</source>
        <translation>Testează se înregistrează cu aceste setări și arată răspunsul registrarului.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sunet</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfon</translation>
    </message>
    <message>
        <source>default, null (silence) or a device name</source>
        <translation>default, null (liniște) sau numele unui dispozitiv</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Difuzor</translation>
    </message>
    <message>
        <source>Ring tone (WAV file)</source>
        <translation>Ton de apel (fișier WAV)</translation>
    </message>
    <message>
        <source>Test plays a tone on the speaker and shows how loud the microphone is.</source>
        <translation>Testează redă un ton în difuzor și arată cât de tare se aude microfonul.</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Clienți (CRM)</translation>
    </message>
    <message>
        <source>CRMs, in order</source>
        <translation>CRM-uri, în ordine</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Baza de date locală</translation>
    </message>
    <message>
        <source>empty: the console&apos;s own database</source>
        <translation>gol: baza de date proprie a consolei</translation>
    </message>
    <message>
        <source>Give up on a CRM after (ms)</source>
        <translation>Renunță la un CRM după (ms)</translation>
    </message>
    <message>
        <source>Test looks a number up in these CRMs and shows the card.</source>
        <translation>Testează caută un număr în aceste CRM-uri și arată fișa.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Depozitul echipei</translation>
    </message>
    <message>
        <source>Team secret</source>
        <translation>Secretul echipei</translation>
    </message>
    <message>
        <source>signs supervision requests; kept in the keyring</source>
        <translation>semnează cererile de monitorizare; păstrat în portchei</translation>
    </message>
    <message>
        <source>Test connects to the team store.</source>
        <translation>Testează se conectează la depozitul echipei.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Răspunde la apelul care sună</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Închide apelul</translation>
    </message>
    <message>
        <source>Hold the call, or take it off hold</source>
        <translation>Pune apelul în așteptare sau reia-l</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Oprește sau pornește microfonul</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Așteptare / reluare</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Microfon oprit / pornit</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferă…</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Formează un număr</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>Scrie în notițe</translation>
    </message>
    <message>
        <source>Choose the disposition</source>
        <translation>Alege dispoziția</translation>
    </message>
    <message>
        <source>New follow-up task…</source>
        <translation>Sarcină nouă de urmărire…</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Încheiere gata</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Away (pause)</source>
        <translation>Absent (pauză)</translation>
    </message>
    <message>
        <source>Supervision: listen</source>
        <translation>Monitorizare: ascultă</translation>
    </message>
    <message>
        <source>Supervision: whisper</source>
        <translation>Monitorizare: șoptește</translation>
    </message>
    <message>
        <source>Supervision: barge in</source>
        <translation>Monitorizare: intră în apel</translation>
    </message>
    <message>
        <source>Supervision: stop</source>
        <translation>Monitorizare: oprește</translation>
    </message>
    <message>
        <source>Follow-up tasks need the tasks feature, which this console does not have</source>
        <translation>Sarcinile de urmărire au nevoie de funcția de sarcini, pe care această consolă nu o are</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panouri</translation>
    </message>
    <message>
        <source>New call-back or task…</source>
        <translation>Apel înapoi sau sarcină nouă…</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>Customer asked for a call-back.</source>
        <translation>Clientul a cerut să fie sunat înapoi.</translation>
    </message>
    <message>
        <source>Sent the offer by e-mail.</source>
        <translation>Am trimis oferta pe e-mail.</translation>
    </message>
    <message>
        <source>Verified identity (date of birth, address).</source>
        <translation>Identitate verificată (data nașterii, adresa).</translation>
    </message>
    <message>
        <source>Explained the invoice.</source>
        <translation>Am explicat factura.</translation>
    </message>
    <message>
        <source>Escalated to the team lead.</source>
        <translation>Escaladat la șeful de echipă.</translation>
    </message>
</context>
<context>
    <name>Supervising</name>
    <message>
        <source>Customer: %1</source>
        <translation>Client: %1</translation>
    </message>
</context>
<context>
    <name>SupervisingView</name>
    <message>
        <source>LISTENING — nobody hears you</source>
        <translation>ASCULTAȚI — nu vă aude nimeni</translation>
    </message>
    <message>
        <source>WHISPERING — only {agent} hears you</source>
        <translation>ȘOPTIȚI — vă aude doar {agent}</translation>
    </message>
    <message>
        <source>BARGED IN — everyone hears you</source>
        <translation>SUNTEȚI ÎN APEL — vă aud toți</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Șoptește</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intră în apel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <source>the customer is on hold: you hear nothing until the call resumes</source>
        <translation>clientul este în așteptare: nu auziți nimic până la reluarea apelului</translation>
    </message>
    <message>
        <source>%1&apos;s call</source>
        <translation>Apelul lui %1</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>%1 is listening</source>
        <translation>%1 ascultă</translation>
    </message>
    <message>
        <source>%1 is whispering to you</source>
        <translation>%1 vă șoptește</translation>
    </message>
    <message>
        <source>%1 is in the call (barge)</source>
        <translation>%1 este în apel (intervenție)</translation>
    </message>
    <message>
        <source>Supervised: %1.</source>
        <translation>Monitorizat: %1.</translation>
    </message>
    <message>
        <source>You are listening to %1&apos;s call.</source>
        <translation>Ascultați apelul lui %1.</translation>
    </message>
    <message>
        <source>You are whispering to %1.</source>
        <translation>Îi șoptiți lui %1.</translation>
    </message>
    <message>
        <source>You are in %1&apos;s call (barge).</source>
        <translation>Sunteți în apelul lui %1 (intervenție).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Call-back</source>
        <translation>Apel înapoi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>Peste 15 min</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>Peste 1 h</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Mâine 9:00</translation>
    </message>
    <message>
        <source>Monday 9:00</source>
        <translation>Luni 9:00</translation>
    </message>
    <message>
        <source>New call-back or task</source>
        <translation>Apel înapoi sau sarcină nouă</translation>
    </message>
    <message>
        <source>No customer: the task is for the number below</source>
        <translation>Fără client: sarcina este pentru numărul de mai jos</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Tipul sarcinii</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Sună înapoi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce trebuie făcut</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Numărul de sunat înapoi</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Data și ora scadenței</translation>
    </message>
    <message>
        <source>Due: %1 (Alt+%2)</source>
        <translation>Scadent: %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tip</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Ce</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Număr</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Sca&amp;dență</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Due</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Sarcinile mele</translation>
    </message>
    <message>
        <source>dialled %1</source>
        <translation>format la %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÎNTÂRZIAT</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Sună înapoi</translation>
    </message>
    <message>
        <source>Call back: %1</source>
        <translation>Sună înapoi: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gata: %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The service level is far below the target, or a customer has waited too long.</source>
        <translation>Nivelul de servicii este mult sub țintă sau un client a așteptat prea mult.</translation>
    </message>
    <message>
        <source>The service level is below the target.</source>
        <translation>Nivelul de servicii este sub țintă.</translation>
    </message>
    <message>
        <source>Team service level</source>
        <translation>Nivelul de servicii al echipei</translation>
    </message>
    <message>
        <source>%1 has no call now.</source>
        <translation>%1 nu are acum niciun apel.</translation>
    </message>
    <message>
        <source>The CRM is not running, so the customer&apos;s card cannot be shown.</source>
        <translation>CRM-ul nu rulează, așa că fișa clientului nu poate fi afișată.</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Ask away agents to join</source>
        <translation>Roagă agenții absenți să intre</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>În stare de</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Apel curent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>Monitorizat de</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>A așteptat</translation>
    </message>
    <message>
        <source>Ringing at</source>
        <translation>Sună la</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Preluate</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation>Durată medie apel</translation>
    </message>
    <message>
        <source>Avg wrap-up</source>
        <translation>Încheiere medie</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Cea mai lungă așteptare</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Apeluri pe oră</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenți</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>Pe linie</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Clienți în așteptare</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Apelant necunoscut</translation>
    </message>
    <message numerus="yes">
        <source>%n agents</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agenți</numerusform>
            <numerusform>%n de agenți</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Long call: over %1</source>
        <translation>Apel lung: peste %1</translation>
    </message>
    <message>
        <source>Waiting longer than the target of %1 s</source>
        <translation>Așteaptă mai mult decât ținta de %1 s</translation>
    </message>
    <message>
        <source>Service level %1 (target %2 % in %3 s)</source>
        <translation>Nivel de servicii %1 (țintă %2 % în %3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting, longest %1</source>
        <translation>
            <numerusform>%n client așteaptă, cel mai mult %1</numerusform>
            <numerusform>%n clienți așteaptă, cel mai mult %1</numerusform>
            <numerusform>%n de clienți așteaptă, cel mai mult %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nu așteaptă nimeni</translation>
    </message>
    <message>
        <source>over the %1 s target</source>
        <translation>peste ținta de %1 s</translation>
    </message>
    <message>
        <source>Joining: %1</source>
        <translation>Intră: %1</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Nu acum: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n nu a răspuns încă</numerusform>
            <numerusform>%n nu au răspuns încă</numerusform>
            <numerusform>%n nu au răspuns încă</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Ora din zi</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sună</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>În apel</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Încheierea apelului</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorizează</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Deconectat</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Efectuat</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Vorbește</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>În așteptare</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <source>Colleague</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>În stare de</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <source>A test customer is calling you now: answer it as any call.</source>
        <translation>Acum vă sună un client de test: răspundeți ca la orice apel.</translation>
    </message>
    <message>
        <source>Test call: </source>
        <translation>Apel de test: </translation>
    </message>
    <message>
        <source>the test customer&apos;s call rang here</source>
        <translation>apelul clientului de test a sunat aici</translation>
    </message>
    <message>
        <source>no call arrived: check [sip] listen (another program may use the port) and the firewall</source>
        <translation>nu a sosit niciun apel: verificați [sip] listen (alt program poate folosi portul) și firewall-ul</translation>
    </message>
    <message>
        <source>you answered it</source>
        <translation>ați răspuns</translation>
    </message>
    <message>
        <source>it was not answered</source>
        <translation>nu s-a răspuns</translation>
    </message>
    <message>
        <source>the test customer heard your microphone</source>
        <translation>clientul de test v-a auzit microfonul</translation>
    </message>
    <message>
        <source>the test customer heard only silence: check the microphone in Settings → Sound</source>
        <translation>clientul de test a auzit doar liniște: verificați microfonul în Setări → Sunet</translation>
    </message>
    <message>
        <source>the test customer could not start</source>
        <translation>clientul de test nu a putut porni</translation>
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
        <translation>întârziat</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>în %n min</numerusform>
            <numerusform>în %n min</numerusform>
            <numerusform>în %n de min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>în %n oră</numerusform>
            <numerusform>în %n ore</numerusform>
            <numerusform>în %n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>în %n zi</numerusform>
            <numerusform>în %n zile</numerusform>
            <numerusform>în %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>ready</source>
        <translation>disponibil</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sună</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>în apel</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>în încheierea apelului</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>supervising</source>
        <translation>monitorizează</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>deconectat</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transferă apelul</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, a number or a SIP address</source>
        <translation>Numele colegului, un număr sau o adresă SIP</translation>
    </message>
    <message>
        <source>Hand over now (blind transfer)</source>
        <translation>Predă acum (transfer direct)</translation>
    </message>
    <message>
        <source>Talk to them first, then complete or cancel (consult)</source>
        <translation>Vorbiți întâi cu ei, apoi finalizați sau anulați (consultare)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferă</translation>
    </message>
    <message>
        <source>Your notes, the disposition so far and the customer go with the call.</source>
        <translation>Notițele dumneavoastră, dispoziția de până acum și clientul merg odată cu apelul.</translation>
    </message>
    <message>
        <source>No colleagues are online in the team list: type a number or SIP address.</source>
        <translation>Niciun coleg nu este online în lista echipei: tastați un număr sau o adresă SIP.</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transferă către:</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Transfer: %1</source>
        <translation>Transfer: %1</translation>
    </message>
    <message>
        <source>The team store is not answering: the call is transferred, but your notes did not go with it.</source>
        <translation>Depozitul echipei nu răspunde: apelul este transferat, dar notițele dumneavoastră nu au plecat odată cu el.</translation>
    </message>
    <message>
        <source>The call is transferred.</source>
        <translation>Apelul a fost transferat.</translation>
    </message>
    <message>
        <source>the other side refused it</source>
        <translation>cealaltă parte l-a refuzat</translation>
    </message>
    <message>
        <source>The transfer did not go through (%1); the customer is still on your line.</source>
        <translation>Transferul nu a reușit (%1); clientul este încă pe linia dumneavoastră.</translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation>Transferat de %1: %2</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Transferat de %1</translation>
    </message>
    <message>
        <source>Disposition so far: %1</source>
        <translation>Dispoziția de până acum: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Set-up assistant…</source>
        <translation>Asistent de configurare…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Arată fereastra</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Consolă</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>No tray icon</source>
        <translation>Fără pictogramă în tavă</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 nu a funcționat: %2</translation>
    </message>
    <message>
        <source>Agent Console — %1: %2</source>
        <translation>Agent Console — %1: %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>Not in the CRM</source>
        <translation>Nu este în CRM</translation>
    </message>
</context>
<context>
    <name>UnsavedDrafts</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notițe nesalvate</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are not saved.</source>
        <translation>
            <numerusform>%n notiță nu este salvată.</numerusform>
            <numerusform>%n notițe nu sunt salvate.</numerusform>
            <numerusform>%n de notițe nu sunt salvate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and try again, or copy the notes to paste them somewhere safe. If you quit anyway, a copy is kept outside the full disk when possible and put back at the next start.</source>
        <translation>Eliberați spațiu pe disc și încercați din nou, sau copiați notițele ca să le lipiți într-un loc sigur. Dacă ieșiți totuși, o copie este păstrată în afara discului plin, când se poate, și pusă înapoi la următoarea pornire.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>Copy the notes</source>
        <translation>Copiază notițele</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Ieși oricum</translation>
    </message>
    <message>
        <source>The unsaved notes are on the clipboard: paste them somewhere safe.</source>
        <translation>Notițele nesalvate sunt în clipboard: lipiți-le într-un loc sigur.</translation>
    </message>
</context>
<context>
    <name>away_reasons</name>
    <message>
        <source>break</source>
        <translation>pauză</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>prânz</translation>
    </message>
    <message>
        <source>training</source>
        <translation>instruire</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>ședință</translation>
    </message>
    <message>
        <source>back_office</source>
        <translation>back office</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>From cache, {age} old</source>
        <translation>Din memoria cache, vechime {age}</translation>
    </message>
</context>
<context>
    <name>dispositions</name>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informații oferite</translation>
    </message>
    <message>
        <source>Change made (address, tariff, contact)</source>
        <translation>Modificare făcută (adresă, tarif, contact)</translation>
    </message>
    <message>
        <source>Complaint settled</source>
        <translation>Reclamație soluționată</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vânzare</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Contract nou</translation>
    </message>
    <message>
        <source>Upgrade / upsell</source>
        <translation>Upgrade / vânzare suplimentară</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Ofertă refuzată</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Necesită revenire</translation>
    </message>
    <message>
        <source>Call-back promised</source>
        <translation>Apel înapoi promis</translation>
    </message>
    <message>
        <source>Escalated to team lead / 2nd level</source>
        <translation>Escaladat la șeful de echipă / nivelul 2</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s documents</source>
        <translation>Se așteaptă documentele clientului</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Fără conversație</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Număr greșit</translation>
    </message>
    <message>
        <source>Call dropped</source>
        <translation>Apel întrerupt</translation>
    </message>
    <message>
        <source>Voicemail / answering machine</source>
        <translation>Mesagerie vocală / robot telefonic</translation>
    </message>
    <message>
        <source>Spam / abusive caller</source>
        <translation>Spam / apelant abuziv</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The phone is not running. Restart the console.</source>
        <translation>Telefonul nu rulează. Reporniți consola.</translation>
    </message>
    <message>
        <source>Only a call in progress can be transferred.</source>
        <translation>Doar un apel în desfășurare poate fi transferat.</translation>
    </message>
    <message>
        <source>This call is already being transferred: complete or cancel that transfer first.</source>
        <translation>Acest apel este deja în curs de transfer: finalizați sau anulați mai întâi acel transfer.</translation>
    </message>
    <message>
        <source>The colleague has not answered yet: wait for them, or cancel the transfer.</source>
        <translation>Colegul nu a răspuns încă: așteptați-l sau anulați transferul.</translation>
    </message>
    <message>
        <source>This call has no consultation: call the colleague first.</source>
        <translation>Acest apel nu are o consultare: sunați mai întâi colegul.</translation>
    </message>
    <message>
        <source>The transfer did not go through: {reason}. The customer is still on your line.</source>
        <translation>Transferul nu a reușit: {reason}. Clientul este încă pe linia dumneavoastră.</translation>
    </message>
    <message>
        <source>The phone could not do that: {reason}.</source>
        <translation>Telefonul nu a putut face asta: {reason}.</translation>
    </message>
    <message>
        <source>The phone could not start its SIP library: {reason}.</source>
        <translation>Telefonul nu a putut porni biblioteca SIP: {reason}.</translation>
    </message>
    <message>
        <source>The phone did not start: {reason}.</source>
        <translation>Telefonul nu a pornit: {reason}.</translation>
    </message>
    <message>
        <source>Another phone is already running in this program. Close it first.</source>
        <translation>În acest program rulează deja un alt telefon. Închideți-l mai întâi.</translation>
    </message>
    <message>
        <source>A [sip] setting is wrong: {detail}. Fix it in the configuration file.</source>
        <translation>O setare din [sip] este greșită: {detail}. Corectați-o în fișierul de configurare.</translation>
    </message>
    <message>
        <source>The SIP address {address} is not HOST:PORT. Fix [sip] listen in the configuration file.</source>
        <translation>Adresa SIP {address} nu are forma HOST:PORT. Corectați [sip] listen în fișierul de configurare.</translation>
    </message>
    <message>
        <source>The port {port} in {address} is out of range. Use a port from 1 to 65535 in [sip] listen.</source>
        <translation>Portul {port} din {address} este în afara intervalului. Folosiți în [sip] listen un port de la 1 la 65535.</translation>
    </message>
    <message>
        <source>{address} is not an address of this computer. Fix [sip] listen in the configuration file.</source>
        <translation>{address} nu este o adresă a acestui calculator. Corectați [sip] listen în fișierul de configurare.</translation>
    </message>
    <message>
        <source>The SIP transport {transport} is unknown. Set [sip] transport to udp, tcp or tls.</source>
        <translation>Transportul SIP {transport} este necunoscut. Setați [sip] transport la udp, tcp sau tls.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): {reason}.</source>
        <translation>Telefonul nu poate asculta pe {host}:{port} ({transport}): {reason}.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): another program uses this port. Close it or choose another port in [sip] listen.</source>
        <translation>Telefonul nu poate asculta pe {host}:{port} ({transport}): alt program folosește acest port. Închideți-l sau alegeți alt port în [sip] listen.</translation>
    </message>
    <message>
        <source>The file {path} set in [sip] {key} cannot be read. Check the name and its permissions.</source>
        <translation>Fișierul {path} setat în [sip] {key} nu poate fi citit. Verificați numele și permisiunile.</translation>
    </message>
    <message>
        <source>Secure SIP (TLS) needs trusted certificate authorities and this computer has none. Set [sip] tls_ca_file to a PEM file.</source>
        <translation>SIP securizat (TLS) are nevoie de autorități de certificare de încredere, iar acest calculator nu are niciuna. Setați [sip] tls_ca_file la un fișier PEM.</translation>
    </message>
    <message>
        <source>{target} cannot be dialled. Enter a number, user@host or a sip: address.</source>
        <translation>{target} nu poate fi apelat. Introduceți un număr, user@host sau o adresă sip:.</translation>
    </message>
    <message>
        <source>There is no PBX to dial numbers through. Dial NUMBER@HOST:PORT or a sip: address, or set [sip] registrar.</source>
        <translation>Nu există o centrală prin care să se formeze numere. Formați NUMĂR@HOST:PORT sau o adresă sip:, ori setați [sip] registrar.</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Acel apel s-a încheiat.</translation>
    </message>
    <message>
        <source>The call to {target} could not be started: {reason}.</source>
        <translation>Apelul către {target} nu a putut fi inițiat: {reason}.</translation>
    </message>
    <message>
        <source>{status} is not a SIP error code. Use a code from 400 to 699.</source>
        <translation>{status} nu este un cod de eroare SIP. Folosiți un cod de la 400 la 699.</translation>
    </message>
    <message>
        <source>&quot;{digits}&quot; cannot be sent as tones. Use 0-9, *, # and A-D.</source>
        <translation>„{digits}” nu poate fi trimis ca tonuri. Folosiți 0-9, *, # și A-D.</translation>
    </message>
    <message>
        <source>A conference needs at least two calls.</source>
        <translation>O conferință are nevoie de cel puțin două apeluri.</translation>
    </message>
    <message>
        <source>The message is too long or of the wrong kind (at most {limit} characters).</source>
        <translation>Mesajul este prea lung sau de tip greșit (cel mult {limit} caractere).</translation>
    </message>
    <message>
        <source>{header} is not a valid SIP header name.</source>
        <translation>{header} nu este un nume valid de antet SIP.</translation>
    </message>
    <message>
        <source>This call is not ringing any more.</source>
        <translation>Acest apel nu mai sună.</translation>
    </message>
    <message>
        <source>Only a ringing incoming call can be rejected.</source>
        <translation>Doar un apel primit care sună poate fi respins.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Doar un apel conectat poate fi pus în așteptare.</translation>
    </message>
    <message>
        <source>This call is not on hold.</source>
        <translation>Acest apel nu este în așteptare.</translation>
    </message>
    <message>
        <source>Only connected calls can be joined.</source>
        <translation>Doar apelurile conectate pot fi unite.</translation>
    </message>
    <message>
        <source>This call is already being recorded.</source>
        <translation>Acest apel este deja înregistrat.</translation>
    </message>
    <message>
        <source>This call cannot be recorded: {detail}.</source>
        <translation>Acest apel nu poate fi înregistrat: {detail}.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Acest apel nu este înregistrat.</translation>
    </message>
    <message>
        <source>This call record cannot be played: {detail}.</source>
        <translation>Această înregistrare a apelului nu poate fi redată: {detail}.</translation>
    </message>
    <message>
        <source>This site does not record calls ([recording] policy = &quot;never&quot;), so this call cannot be recorded.</source>
        <translation>Acest sediu nu înregistrează apelurile ([recording] policy = &quot;never&quot;), așa că acest apel nu poate fi înregistrat.</translation>
    </message>
    <message>
        <source>This site records every call ([recording] policy = &quot;always&quot;): the recording cannot be stopped.</source>
        <translation>Acest sediu înregistrează fiecare apel ([recording] policy = &quot;always&quot;): înregistrarea nu poate fi oprită.</translation>
    </message>
    <message>
        <source>There is no call in progress to record. Answer or select a call first.</source>
        <translation>Nu există niciun apel în desfășurare de înregistrat. Răspundeți sau selectați mai întâi un apel.</translation>
    </message>
    <message>
        <source>Only a team lead can find, play or delete call records ([agent] role = &quot;lead&quot;).</source>
        <translation>Doar un șef de echipă poate căuta, reda sau șterge înregistrări de apeluri ([agent] role = &quot;lead&quot;).</translation>
    </message>
    <message>
        <source>There is no call record {record_id}: it may have been deleted. Search again (ctl records).</source>
        <translation>Nu există înregistrarea de apel {record_id}: poate a fost ștearsă. Căutați din nou (ctl records).</translation>
    </message>
    <message>
        <source>The team store is not open yet, so call records cannot be reached; try again in a moment.</source>
        <translation>Depozitul echipei nu este încă deschis, așa că înregistrările apelurilor nu pot fi accesate; încercați din nou peste puțin timp.</translation>
    </message>
    <message>
        <source>The call record {record_id} could not be read from the team store: {detail}.</source>
        <translation>Înregistrarea de apel {record_id} nu a putut fi citită din depozitul echipei: {detail}.</translation>
    </message>
    <message>
        <source>The day {day} is not a date like 2026-12-01.</source>
        <translation>Ziua {day} nu este o dată de forma 2026-12-01.</translation>
    </message>
    <message>
        <source>The microphone file {path} does not exist. Fix [audio] capture.</source>
        <translation>Fișierul de microfon {path} nu există. Corectați [audio] capture.</translation>
    </message>
    <message>
        <source>The microphone file {path} is not a usable WAV file: {reason}.</source>
        <translation>Fișierul de microfon {path} nu este un fișier WAV utilizabil: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the recorded sound does not exist. Fix [audio] playback.</source>
        <translation>Dosarul {folder} pentru sunetul înregistrat nu există. Corectați [audio] playback.</translation>
    </message>
    <message>
        <source>The sound cannot be recorded to {path}: {reason}.</source>
        <translation>Sunetul nu poate fi înregistrat în {path}: {reason}.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed. Start it from the console&apos;s team board.</source>
        <translation>Monitorizarea a fost refuzată: cererea nu a fost semnată. Porniți-o din panoul echipei din consolă.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request could not be read. Update the supervisor&apos;s console.</source>
        <translation>Monitorizarea a fost refuzată: cererea nu a putut fi citită. Actualizați consola supervizorului.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed with this team&apos;s secret. Check the team secret on both computers.</source>
        <translation>Monitorizarea a fost refuzată: cererea nu a fost semnată cu secretul acestei echipe. Verificați secretul echipei pe ambele calculatoare.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request had expired. Check that both computers show the right time, then try again.</source>
        <translation>Monitorizarea a fost refuzată: cererea expirase. Verificați că ambele calculatoare arată ora corectă, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was valid for too long. Check that both computers show the right time.</source>
        <translation>Monitorizarea a fost refuzată: cererea era valabilă prea mult timp. Verificați că ambele calculatoare arată ora corectă.</translation>
    </message>
    <message>
        <source>Supervision was refused: the same request was used twice. Start it again from the team board.</source>
        <translation>Monitorizarea a fost refuzată: aceeași cerere a fost folosită de două ori. Porniți-o din nou din panoul echipei.</translation>
    </message>
    <message>
        <source>Supervision was refused: the agent is no longer on that call.</source>
        <translation>Monitorizarea a fost refuzată: agentul nu mai este în acel apel.</translation>
    </message>
    <message>
        <source>Supervision was refused: this role may not do that. Trainees may only listen; team leads may listen, whisper and barge.</source>
        <translation>Monitorizarea a fost refuzată: acest rol nu are voie să facă asta. Agenții în instruire pot doar asculta; șefii de echipă pot asculta, șopti și interveni.</translation>
    </message>
    <message>
        <source>Supervision was refused: there is no room for another supervisor on this call. Try again when someone has left.</source>
        <translation>Monitorizarea a fost refuzată: nu mai este loc pentru încă un supervizor în acest apel. Încercați din nou după ce pleacă cineva.</translation>
    </message>
    <message>
        <source>The mode was not changed: this site does not let phone keys switch supervision modes. Use the console&apos;s mode keys.</source>
        <translation>Modul nu a fost schimbat: acest sediu nu permite schimbarea modurilor de monitorizare cu tastele telefonului. Folosiți tastele de mod ale consolei.</translation>
    </message>
    <message>
        <source>The mode was not changed: the request was made for another supervisor or call.</source>
        <translation>Modul nu a fost schimbat: cererea a fost făcută pentru alt supervizor sau alt apel.</translation>
    </message>
    <message>
        <source>Supervision was refused: this team requires a signed role grant and the request had none. Ask the team&apos;s admin for a grant, then run agent-console supervision use-grant.</source>
        <translation>Monitorizarea a fost refuzată: această echipă cere o autorizare de rol semnată, iar cererea nu avea niciuna. Cereți o autorizare administratorului echipei, apoi rulați agent-console supervision use-grant.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant is not signed by this team&apos;s admin key. Ask the team&apos;s admin for a new grant, and check [supervision] roles_key on the agent&apos;s computer.</source>
        <translation>Monitorizarea a fost refuzată: autorizarea de rol nu este semnată cu cheia administratorului acestei echipe. Cereți administratorului echipei o autorizare nouă și verificați [supervision] roles_key pe calculatorul agentului.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant has expired. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorizarea a fost refuzată: autorizarea de rol a expirat. Cereți una nouă administratorului echipei.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant belongs to someone else, or the request was not signed with its owner&apos;s key.</source>
        <translation>Monitorizarea a fost refuzată: autorizarea de rol aparține altcuiva sau cererea nu a fost semnată cu cheia proprietarului ei.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant does not give this role. Check [agent] role, or ask the team&apos;s admin for the right grant.</source>
        <translation>Monitorizarea a fost refuzată: autorizarea de rol nu acordă acest rol. Verificați [agent] role sau cereți administratorului echipei autorizarea potrivită.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant was revoked. Ask the team&apos;s admin for a new one.</source>
        <translation>Monitorizarea a fost refuzată: autorizarea de rol a fost revocată. Cereți una nouă administratorului echipei.</translation>
    </message>
    <message>
        <source>A key is already kept for {name} ({env} or the keyring). Use --replace to make a new one (grants for the old key then stop working).</source>
        <translation>Există deja o cheie păstrată pentru {name} ({env} sau portcheiul). Folosiți --replace pentru a crea una nouă (autorizările pentru cheia veche nu vor mai funcționa).</translation>
    </message>
    <message>
        <source>{reason}. Run again with --print-private to see the private key once, and put it into {env}.</source>
        <translation>{reason}. Rulați din nou cu --print-private pentru a vedea o singură dată cheia privată și puneți-o în {env}.</translation>
    </message>
    <message>
        <source>This person has no supervision key yet. Run agent-console supervision keygen.</source>
        <translation>Această persoană nu are încă o cheie de monitorizare. Rulați agent-console supervision keygen.</translation>
    </message>
    <message>
        <source>The key kept in {env} or the keyring is not a supervision key. Make a new one with agent-console supervision keygen --replace.</source>
        <translation>Cheia păstrată în {env} sau în portchei nu este o cheie de monitorizare. Creați una nouă cu agent-console supervision keygen --replace.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admin can do this: the admin key is not in {env} or the keyring (agent-console supervision admin-keygen makes it).</source>
        <translation>Doar administratorul echipei poate face asta: cheia de administrator nu este în {env} sau în portchei (agent-console supervision admin-keygen o creează).</translation>
    </message>
    <message>
        <source>No grant was made: {reason}.</source>
        <translation>Nu s-a creat nicio autorizare: {reason}.</translation>
    </message>
    <message>
        <source>This grant is for another key than yours. Give the team&apos;s admin your public key (agent-console supervision public-key).</source>
        <translation>Această autorizare este pentru altă cheie decât a dumneavoastră. Dați administratorului echipei cheia dumneavoastră publică (agent-console supervision public-key).</translation>
    </message>
    <message>
        <source>This grant cannot be used: {reason}. Ask the team&apos;s admin for a new one.</source>
        <translation>Această autorizare nu poate fi folosită: {reason}. Cereți una nouă administratorului echipei.</translation>
    </message>
    <message>
        <source>This grant is for {person}, but this console&apos;s [agent] id is {me}. Ask the team&apos;s admin for a grant in your id.</source>
        <translation>Această autorizare este pentru {person}, dar [agent] id al acestei console este {me}. Cereți administratorului echipei o autorizare pe id-ul dumneavoastră.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This grant expired on {day} (UTC). Ask the team&apos;s admin for a new one.</source>
        <translation>Această autorizare a expirat la {day} (UTC). Cereți una nouă administratorului echipei.</translation>
    </message>
    <message>
        <source>--days must be from 1 to {most} (got {days}).</source>
        <translation>--days trebuie să fie între 1 și {most} (primit {days}).</translation>
    </message>
    <message>
        <source>{person} is not an agent id: use 1 to 64 letters, digits or _.@+-.</source>
        <translation>{person} nu este un id de agent: folosiți între 1 și 64 de litere, cifre sau _.@+-.</translation>
    </message>
    <message>
        <source>The team store cannot be opened or written ({reason}). Check [team] url and that the server is running.</source>
        <translation>Depozitul echipei nu poate fi deschis sau scris ({reason}). Verificați [team] url și că serverul rulează.</translation>
    </message>
    <message>
        <source>Anyone with the team secret can claim to be a team lead and listen in on this console&apos;s calls. Set [supervision] roles_key to the team admin&apos;s public key.</source>
        <translation>Oricine are secretul echipei poate pretinde că este șef de echipă și poate asculta apelurile acestei console. Setați [supervision] roles_key la cheia publică a administratorului echipei.</translation>
    </message>
    <message>
        <source>Coaching notes are for team leads only ([agent] role = &quot;lead&quot;): this console cannot show or read them.</source>
        <translation>Notițele de coaching sunt doar pentru șefii de echipă ([agent] role = &quot;lead&quot;): această consolă nu le poate afișa sau citi.</translation>
    </message>
    <message>
        <source>Name the agent (ctl coaching AGENT): you are not listening to anyone&apos;s call now.</source>
        <translation>Numiți agentul (ctl coaching AGENT): acum nu ascultați apelul nimănui.</translation>
    </message>
    <message>
        <source>The team store is not open, so coaching notes cannot be kept. Check [team] url in the configuration.</source>
        <translation>Depozitul echipei nu este deschis, așa că notițele de coaching nu pot fi păstrate. Verificați [team] url în configurare.</translation>
    </message>
    <message>
        <source>The coaching notes cannot be read now: the team store is not answering. Try again in a moment.</source>
        <translation>Notițele de coaching nu pot fi citite acum: depozitul echipei nu răspunde. Încercați din nou peste puțin timp.</translation>
    </message>
    <message>
        <source>Not saved: the team store is not answering. The notes are kept here and saved as soon as it answers.</source>
        <translation>Nesalvat: depozitul echipei nu răspunde. Notițele sunt păstrate aici și salvate imediat ce răspunde.</translation>
    </message>
    <message>
        <source>The PBX code for {mode} ({code}) cannot be dialled. Use digits, * and # with {{ext}} once, like *222{{ext}}, in [supervision.pbx] {mode}.</source>
        <translation>Codul centralei pentru {mode} ({code}) nu poate fi format. Folosiți cifre, * și # cu {{ext}} o singură dată, de exemplu *222{{ext}}, în [supervision.pbx] {mode}.</translation>
    </message>
    <message>
        <source>The keys to switch to {mode} ({keys}) cannot be sent. Use 0-9, * and # in [supervision.pbx] switch_dtmf.</source>
        <translation>Tastele pentru trecerea la {mode} ({keys}) nu pot fi trimise. Folosiți 0-9, * și # în [supervision.pbx] switch_dtmf.</translation>
    </message>
    <message>
        <source>{mode} is not a supervision mode. Use listen, whisper and barge in [supervision.pbx].</source>
        <translation>{mode} nu este un mod de monitorizare. Folosiți listen, whisper și barge în [supervision.pbx].</translation>
    </message>
    <message>
        <source>{agent}&apos;s extension ({extension}) cannot be dialled: it may only have letters, digits, dots, dashes and underscores. Fix [sip] user on their console.</source>
        <translation>Interiorul lui {agent} ({extension}) nu poate fi format: poate avea doar litere, cifre, puncte, cratime și liniuțe de subliniere. Corectați [sip] user pe consola lui.</translation>
    </message>
    <message>
        <source>The PBX address {domain} is not a host or host:port. Fix [sip] registrar or [sip] domain.</source>
        <translation>Adresa centralei {domain} nu este un host sau host:port. Corectați [sip] registrar sau [sip] domain.</translation>
    </message>
    <message>
        <source>Supervision through the PBX needs the PBX: set [sip] registrar, or set [supervision] strategy = &quot;console&quot;.</source>
        <translation>Monitorizarea prin centrală are nevoie de centrală: setați [sip] registrar sau setați [supervision] strategy = &quot;console&quot;.</translation>
    </message>
    <message>
        <source>Your PBX offers no {mode} here ([supervision.pbx] {mode} is empty). Choose another mode.</source>
        <translation>Centrala dumneavoastră nu oferă aici {mode} ([supervision.pbx] {mode} este gol). Alegeți alt mod.</translation>
    </message>
    <message>
        <source>Your PBX has no key to switch to {mode} during a session ([supervision.pbx] switch_dtmf). Stop, then start again in {mode}.</source>
        <translation>Centrala dumneavoastră nu are o tastă pentru trecerea la {mode} în timpul unei sesiuni ([supervision.pbx] switch_dtmf). Opriți, apoi porniți din nou în {mode}.</translation>
    </message>
    <message>
        <source>The PBX did not answer the supervision code {dialled}. Check that it is running, then try again.</source>
        <translation>Centrala nu a răspuns la codul de monitorizare {dialled}. Verificați că rulează, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The PBX does not know the supervision code {dialled} ({status}). Add it to the PBX&apos;s dialplan, or fix [supervision.pbx].</source>
        <translation>Centrala nu cunoaște codul de monitorizare {dialled} ({status}). Adăugați-l în planul de apelare al centralei sau corectați [supervision.pbx].</translation>
    </message>
    <message>
        <source>The PBX does not let this phone dial the supervision code {dialled} ({status}). Ask the PBX&apos;s administrator.</source>
        <translation>Centrala nu permite acestui telefon să formeze codul de monitorizare {dialled} ({status}). Adresați-vă administratorului centralei.</translation>
    </message>
    <message>
        <source>The PBX refused the supervision code {dialled}: {reason} ({status}).</source>
        <translation>Centrala a refuzat codul de monitorizare {dialled}: {reason} ({status}).</translation>
    </message>
    <message>
        <source>{service} did not answer in time. The card shows what is known so far.</source>
        <translation>{service} nu a răspuns la timp. Fișa arată ce se știe până acum.</translation>
    </message>
    <message>
        <source>Cannot connect to {service} at {host}. Check the network or the CRM&apos;s address.</source>
        <translation>Nu se poate face conexiunea la {service} pe {host}. Verificați rețeaua sau adresa CRM-ului.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted. If your company has its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>Certificatul lui {host} nu este de încredere. Dacă firma dumneavoastră are propria autoritate de certificare, setați ca_bundle la fișierul ei PEM.</translation>
    </message>
    <message>
        <source>{service} asks to slow down; the request is tried again later.</source>
        <translation>{service} cere să se încetinească; cererea se reîncearcă mai târziu.</translation>
    </message>
    <message>
        <source>{service} is unavailable for now; the request is tried again later.</source>
        <translation>{service} nu este disponibil deocamdată; cererea se reîncearcă mai târziu.</translation>
    </message>
    <message>
        <source>{service} refused the login. Check the user and the stored secret.</source>
        <translation>{service} a refuzat autentificarea. Verificați utilizatorul și secretul păstrat.</translation>
    </message>
    <message>
        <source>{service} denied access. Ask the CRM&apos;s administrator for the permission.</source>
        <translation>{service} a refuzat accesul. Cereți permisiunea administratorului CRM-ului.</translation>
    </message>
    <message>
        <source>{service} had an internal error (HTTP {status}); the request is tried again later.</source>
        <translation>{service} a avut o eroare internă (HTTP {status}); cererea se reîncearcă mai târziu.</translation>
    </message>
    <message>
        <source>{service} sent the request elsewhere (HTTP {status}). Check base_url.</source>
        <translation>{service} a trimis cererea în altă parte (HTTP {status}). Verificați base_url.</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP {status}).</source>
        <translation>{service} a refuzat cererea (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read.</source>
        <translation>{service} a trimis un răspuns care nu poate fi citit.</translation>
    </message>
    <message>
        <source>The answer from {service} was too large and was not read to the end.</source>
        <translation>Răspunsul de la {service} a fost prea mare și nu a fost citit până la capăt.</translation>
    </message>
    <message>
        <source>{service} packs its answers in a way that cannot be read ({encoding}).</source>
        <translation>{service} își împachetează răspunsurile într-un mod care nu poate fi citit ({encoding}).</translation>
    </message>
    <message>
        <source>The packed answer from {service} is damaged.</source>
        <translation>Răspunsul împachetat de la {service} este deteriorat.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) does not exist. Fix the CRM settings.</source>
        <translation>Fișierul de certificat {path} (ca_bundle) nu există. Corectați setările CRM.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) is not a PEM file. Fix the CRM settings.</source>
        <translation>Fișierul de certificat {path} (ca_bundle) nu este un fișier PEM. Corectați setările CRM.</translation>
    </message>
    <message>
        <source>The secret {secret} is not set. Store it in the keyring or the environment.</source>
        <translation>Secretul {secret} nu este setat. Păstrați-l în portchei sau în mediu.</translation>
    </message>
    <message>
        <source>Logging in to the CRM failed: {cause}</source>
        <translation>Autentificarea în CRM a eșuat: {cause}</translation>
    </message>
    <message>
        <source>{service} answered the login without a token. Check the login settings.</source>
        <translation>{service} a răspuns la autentificare fără token. Verificați setările de autentificare.</translation>
    </message>
    <message>
        <source>The CRM request failed: {detail}.</source>
        <translation>Cererea către CRM a eșuat: {detail}.</translation>
    </message>
    <message>
        <source>The CRM answered something that is not a list of {what}.</source>
        <translation>CRM-ul a răspuns ceva ce nu este o listă de {what}.</translation>
    </message>
    <message>
        <source>The CRM answered, but none of its {what} could be used.</source>
        <translation>CRM-ul a răspuns, dar niciunul dintre {what} nu a putut fi folosit.</translation>
    </message>
    <message>
        <source>{id} is not a customer id {service} knows.</source>
        <translation>{id} nu este un id de client cunoscut de {service}.</translation>
    </message>
    <message>
        <source>{service} needs a known customer to save this. Link the call to a customer first.</source>
        <translation>{service} are nevoie de un client cunoscut pentru a salva asta. Legați mai întâi apelul de un client.</translation>
    </message>
    <message>
        <source>{service} did not store the {what}.</source>
        <translation>{service} nu a salvat {what}.</translation>
    </message>
    <message>
        <source>{service} needs a due date for a task. Set one.</source>
        <translation>{service} are nevoie de un termen pentru o sarcină. Setați unul.</translation>
    </message>
    <message>
        <source>A task needs a title. Enter one.</source>
        <translation>O sarcină are nevoie de un titlu. Introduceți unul.</translation>
    </message>
    <message>
        <source>{service} reported an error: {detail}.</source>
        <translation>{service} a raportat o eroare: {detail}.</translation>
    </message>
    <message>
        <source>This Odoo is older than version 19. Set login and database to use its JSON-RPC interface.</source>
        <translation>Acest Odoo este mai vechi decât versiunea 19. Setați login și database pentru a folosi interfața sa JSON-RPC.</translation>
    </message>
    <message>
        <source>The record could not be stored yet; it is tried again.</source>
        <translation>Înregistrarea nu a putut fi salvată încă; se reîncearcă.</translation>
    </message>
    <message>
        <source>The customer {id} is not in the local CRM.</source>
        <translation>Clientul {id} nu este în CRM-ul local.</translation>
    </message>
    <message>
        <source>The local CRM database cannot be opened. Check [crm.local] url.</source>
        <translation>Baza de date a CRM-ului local nu poate fi deschisă. Verificați [crm.local] url.</translation>
    </message>
    <message>
        <source>The CRM {adapter} is listed twice in [crm] adapters. Remove one.</source>
        <translation>CRM-ul {adapter} apare de două ori în [crm] adapters. Eliminați unul.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} must be a [crm.{adapter}] table.</source>
        <translation>Setările CRM-ului {adapter} trebuie să fie un tabel [crm.{adapter}].</translation>
    </message>
    <message>
        <source>The CRM {adapter} has an invalid type {type}. Use a name such as &quot;rest&quot;.</source>
        <translation>CRM-ul {adapter} are un tip invalid {type}. Folosiți un nume precum &quot;rest&quot;.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} contain a secret. Move it to the keyring or the environment.</source>
        <translation>Setările CRM-ului {adapter} conțin un secret. Mutați-l în portchei sau în mediu.</translation>
    </message>
    <message>
        <source>The CRM type {type} of {adapter} is not installed (installed: {known}).</source>
        <translation>Tipul de CRM {type} pentru {adapter} nu este instalat (instalate: {known}).</translation>
    </message>
    <message>
        <source>The CRM {adapter} could not be loaded: {cause}</source>
        <translation>CRM-ul {adapter} nu a putut fi încărcat: {cause}</translation>
    </message>
    <message>
        <source>The CRM {adapter} is installed wrongly. Reinstall its package.</source>
        <translation>CRM-ul {adapter} este instalat greșit. Reinstalați pachetul lui.</translation>
    </message>
    <message>
        <source>The CRM {adapter} did not start: {cause}</source>
        <translation>CRM-ul {adapter} nu a pornit: {cause}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] has an unknown setting {key}. Known: {known}.</source>
        <translation>[crm.{adapter}] are o setare necunoscută {key}. Cunoscute: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be text in quotes.</source>
        <translation>[crm.{adapter}] {key} trebuie să fie text între ghilimele.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs {key}. Add it to the configuration file.</source>
        <translation>[crm.{adapter}] are nevoie de {key}. Adăugați-l în fișierul de configurare.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a positive number.</source>
        <translation>[crm.{adapter}] {key} trebuie să fie un număr pozitiv.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a list of texts like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>[crm.{adapter}] {key} trebuie să fie o listă de texte precum [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a table.</source>
        <translation>[crm.{adapter}] {key} trebuie să fie un tabel.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] number_formats must use some of: {known}.</source>
        <translation>[crm.{adapter}] number_formats trebuie să folosească unele dintre: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must start with https://.</source>
        <translation>[crm.{adapter}] {key} trebuie să înceapă cu https://.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be one of: {choices}.</source>
        <translation>[crm.{adapter}] {key} trebuie să fie unul dintre: {choices}.</translation>
    </message>
    <message>
        <source>The CRM template {file} has a mistake at {where}: {detail}</source>
        <translation>Șablonul CRM {file} are o greșeală la {where}: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {template} was not found (built in: {known}).</source>
        <translation>Șablonul CRM {template} nu a fost găsit (încorporate: {known}).</translation>
    </message>
    <message>
        <source>The CRM template {file} is not valid TOML: {detail}</source>
        <translation>Șablonul CRM {file} nu este TOML valid: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {file} cannot be read: {detail}</source>
        <translation>Șablonul CRM {file} nu poate fi citit: {detail}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs template = &quot;path/to/template.toml&quot; (or a built-in template&apos;s name).</source>
        <translation>[crm.{adapter}] are nevoie de template = &quot;cale/catre/sablon.toml&quot; (sau numele unui șablon încorporat).</translation>
    </message>
    <message>
        <source>The CRM template {file} has no base_url. Set it in the template or in the adapter settings.</source>
        <translation>Șablonul CRM {file} nu are base_url. Setați-l în șablon sau în setările adaptorului.</translation>
    </message>
    <message>
        <source>{service} does not take this kind of record (its template has no [{section}] section), so it was skipped there. Nothing needs to be done.</source>
        <translation>{service} nu acceptă acest tip de înregistrare (șablonul lui nu are secțiunea [{section}]), așa că a fost omisă acolo. Nu trebuie făcut nimic.</translation>
    </message>
    <message>
        <source>Some write-backs wait for a customer: the CRM does not know the caller. Select one and press “Link to a customer…” to send it to the right customer.</source>
        <translation>Unele scrieri în CRM așteaptă un client: CRM-ul nu cunoaște apelantul. Selectați una și apăsați „Leagă de un client…” pentru a o trimite clientului potrivit.</translation>
    </message>
    <message>
        <source>{service} has no customer with the number {number}. Check the number, or give the customer&apos;s id in {service}.</source>
        <translation>{service} nu are niciun client cu numărul {number}. Verificați numărul sau dați id-ul clientului din {service}.</translation>
    </message>
    <message>
        <source>The write-back was not linked: {reason}</source>
        <translation>Scrierea în CRM nu a fost legată: {reason}</translation>
    </message>
    <message>
        <source>The CRM template could not be filled in: {detail}</source>
        <translation>Șablonul CRM nu a putut fi completat: {detail}</translation>
    </message>
    <message>
        <source>The placeholder {{{placeholder}}} in the CRM template names nothing known.</source>
        <translation>Substituentul {{{placeholder}}} din șablonul CRM nu denumește nimic cunoscut.</translation>
    </message>
    <message>
        <source>The CRM template&apos;s body is not valid JSON once filled in (line {line}, column {column}).</source>
        <translation>Corpul șablonului CRM nu este JSON valid după completare (linia {line}, coloana {column}).</translation>
    </message>
    <message>
        <source>The disk is full: your work could NOT be saved. Free some disk space; the text stays here.</source>
        <translation>Discul este plin: munca dumneavoastră NU a putut fi salvată. Eliberați spațiu pe disc; textul rămâne aici.</translation>
    </message>
    <message>
        <source>The database is read-only: your work could NOT be saved. Ask IT to fix the file permissions; the text stays here.</source>
        <translation>Baza de date este doar pentru citire: munca dumneavoastră NU a putut fi salvată. Cereți departamentului IT să corecteze permisiunile fișierului; textul rămâne aici.</translation>
    </message>
    <message>
        <source>The local database cannot store your work ({detail}); the text stays here.</source>
        <translation>Baza de date locală nu vă poate salva munca ({detail}); textul rămâne aici.</translation>
    </message>
    <message>
        <source>Write what is to be done, for example: Call back about the invoice.</source>
        <translation>Scrieți ce trebuie făcut, de exemplu: Sună înapoi în legătură cu factura.</translation>
    </message>
    <message>
        <source>A call-back needs the number to call: type it in Number.</source>
        <translation>Un apel înapoi are nevoie de numărul de apelat: tastați-l în Număr.</translation>
    </message>
    <message>
        <source>A task needs a customer: make it during or after a call, or type the customer&apos;s number.</source>
        <translation>O sarcină are nevoie de un client: creați-o în timpul sau după un apel, ori tastați numărul clientului.</translation>
    </message>
    <message>
        <source>Tasks cannot be saved yet: the local database is still starting or not available. Try again in a moment; the status bar says if it failed.</source>
        <translation>Sarcinile nu pot fi salvate încă: baza de date locală încă pornește sau nu este disponibilă. Încercați din nou peste puțin timp; bara de stare spune dacă a eșuat.</translation>
    </message>
    <message>
        <source>Say whom to transfer to: a colleague&apos;s name, a number or a SIP address.</source>
        <translation>Spuneți unde să fie transferat: numele unui coleg, un număr sau o adresă SIP.</translation>
    </message>
    <message>
        <source>More than one colleague matches &quot;{target}&quot; ({names}): type more of the name, or use their id.</source>
        <translation>Mai mulți colegi corespund cu „{target}” ({names}): tastați mai mult din nume sau folosiți ID-ul lor.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: transfer to their number instead.</source>
        <translation>Consola lui {name} nu a spus unde poate fi găsită: transferați mai bine la numărul lui.</translation>
    </message>
    <message>
        <source>{name} is offline: choose another colleague.</source>
        <translation>{name} este deconectat: alegeți alt coleg.</translation>
    </message>
    <message>
        <source>You are already consulting for this call: complete or cancel that first.</source>
        <translation>Consultați deja pentru acest apel: finalizați sau anulați mai întâi.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address to call.</source>
        <translation>Tastați un număr sau o adresă SIP de apelat.</translation>
    </message>
    <message>
        <source>That is not a number or a SIP address: type a phone number like 0905 123 456, or sip:name@host.</source>
        <translation>Acesta nu este un număr sau o adresă SIP: tastați un număr de telefon ca 0905 123 456 sau sip:nume@host.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a phone number: a tel: link must hold one, like tel:+421905123456.</source>
        <translation>„{target}” nu este un număr de telefon: un link tel: trebuie să conțină unul, ca tel:+421905123456.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: remove spaces, quotes and &lt; &gt;, like sip:jana@pbx.example.com.</source>
        <translation>„{target}” nu este o adresă SIP: eliminați spațiile, ghilimelele și &lt; &gt;, ca sip:jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: write it as name@host, like jana@pbx.example.com.</source>
        <translation>„{target}” nu este o adresă SIP: scrieți-o ca nume@host, de exemplu jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; cannot be dialled: type a phone number like 0905 123 456, a SIP address like sip:jana@host, or a colleague&apos;s name.</source>
        <translation>„{target}” nu poate fi format: tastați un număr de telefon ca 0905 123 456, o adresă SIP ca sip:jana@host sau numele unui coleg.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a valid phone number: check the digits, or write it with its country code, like +421 905 123 456.</source>
        <translation>„{target}” nu este un număr de telefon valid: verificați cifrele sau scrieți-l cu prefixul țării, ca +421 905 123 456.</translation>
    </message>
    <message>
        <source>Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] dial_domain in the configuration file, or dial a SIP address like sip:name@host.</source>
        <translation>Numerele nu pot fi formate: această consolă nu are centrală. Setați [sip] registrar sau [sip] dial_domain în fișierul de configurare ori formați o adresă SIP ca sip:nume@host.</translation>
    </message>
    <message>
        <source>More than one colleague is called &quot;{name}&quot; ({names}): type their id.</source>
        <translation>Mai mulți colegi se numesc „{name}” ({names}): tastați ID-ul lor.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: ask them to restart their console, or dial their number.</source>
        <translation>Consola lui {name} nu a spus unde poate fi găsită: rugați-l să își repornească consola sau formați numărul lui.</translation>
    </message>
    <message>
        <source>{name} is offline: call them later or dial their number.</source>
        <translation>{name} este deconectat: sunați mai târziu sau formați numărul lui.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved note(s) after a restart.</source>
        <translation>
            <numerusform>După repornire a fost restaurată %n notiță nesalvată.</numerusform>
            <numerusform>După repornire au fost restaurate %n notițe nesalvate.</numerusform>
            <numerusform>După repornire au fost restaurate %n de notițe nesalvate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Make it again once the disk has room.</source>
        <translation type="vanished">Sarcina „{title}” nu a putut fi salvată ({reason}). Creați-o din nou când discul are spațiu.</translation>
    </message>
    <message>
        <source>Task saved: {title}, due {due}.</source>
        <translation>Sarcină salvată: {title}, termen {due}.</translation>
    </message>
    <message>
        <source>{title}: moved to {due}.</source>
        <translation>{title}: mutată la {due}.</translation>
    </message>
    <message>
        <source>The task could not be moved ({reason}); it stays due. Try Snooze again.</source>
        <translation>Sarcina nu a putut fi mutată ({reason}); rămâne scadentă. Încercați din nou Amână.</translation>
    </message>
    <message>
        <source>That task is done or gone already: nothing to move.</source>
        <translation>Acea sarcină este deja făcută sau nu mai există: nu este nimic de mutat.</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Apel înapoi scadent</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Sarcină scadentă</translation>
    </message>
    <message>
        <source>{crms} cannot list tasks: My tasks shows only the tasks made in this console for them.</source>
        <translation>{crms} nu poate lista sarcini: Sarcinile mele arată doar sarcinile create pentru el în această consolă.</translation>
    </message>
    <message>
        <source>{crm} did not give its tasks ({reason}); they are shown again once it answers.</source>
        <translation>{crm} nu și-a dat sarcinile ({reason}); sunt afișate din nou când răspunde.</translation>
    </message>
    <message>
        <source>No tray icon: this desktop has no system tray. Calls and due call-backs are shown in a notice window instead.</source>
        <translation>Fără pictogramă în bara de sistem: acest desktop nu are bară de sistem. Apelurile și apelurile înapoi scadente sunt afișate într-o fereastră de notificare.</translation>
    </message>
    <message>
        <source>Call from {caller}</source>
        <translation>Apel de la {caller}</translation>
    </message>
    <message>
        <source>install-desktop registers tel: and sip: links on Linux. On Windows and macOS the installer does it: see docs/desktop-integration.md.</source>
        <translation>install-desktop înregistrează linkurile tel: și sip: pe Linux. Pe Windows și macOS o face programul de instalare: vedeți docs/desktop-integration.md.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Check the folder&apos;s permissions, or set XDG_DATA_HOME to a folder you own.</source>
        <translation>{path} nu poate fi scris ({reason}). Verificați permisiunile dosarului sau setați XDG_DATA_HOME la un dosar care vă aparține.</translation>
    </message>
    <message>
        <source>There is no call in progress to transfer.</source>
        <translation>Nu există niciun apel în desfășurare de transferat.</translation>
    </message>
    <message>
        <source>Dispositions are not available: the status bar said why when the console started.</source>
        <translation>Dispozițiile nu sunt disponibile: bara de stare a spus de ce la pornirea consolei.</translation>
    </message>
    <message>
        <source>There is no call in wrap-up to finish.</source>
        <translation>Nu există niciun apel în încheiere de finalizat.</translation>
    </message>
    <message>
        <source>You will be {state} once your calls and wrap-up are done.</source>
        <translation type="vanished">Veți fi {state} după ce se termină apelurile și încheierea lor.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiță salvată.</translation>
    </message>
    <message>
        <source>The local database is not available: notes and call logs cannot be saved.</source>
        <translation>Baza de date locală nu este disponibilă: notițele și jurnalele apelurilor nu pot fi salvate.</translation>
    </message>
    <message>
        <source>Write-backs to the CRM are not being sent ({reason}); they stay queued.</source>
        <translation>Scrierile în CRM nu se trimit ({reason}); rămân la coadă.</translation>
    </message>
    <message>
        <source>Saved drafts could not be read: {reason}</source>
        <translation>Ciornele salvate nu au putut fi citite: {reason}</translation>
    </message>
    <message>
        <source>Notes could not be saved: {reason}. They stay on screen.</source>
        <translation>Notițele nu au putut fi salvate: {reason}. Rămân pe ecran.</translation>
    </message>
    <message>
        <source>Note saved. The wrap-up goes on until you press Wrap-up done.</source>
        <translation>Notiță salvată. Încheierea continuă până apăsați Încheiere gata.</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Name a CSV or vCard file.</source>
        <translation>{path} nu este un fișier obișnuit. Numiți un fișier CSV sau vCard.</translation>
    </message>
    <message>
        <source>{path} is a folder. Name the CSV or vCard file to import.</source>
        <translation>{path} este un dosar. Numiți fișierul CSV sau vCard de importat.</translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and the folder.</source>
        <translation>{path} nu există. Verificați numele și dosarul.</translation>
    </message>
    <message>
        <source>You may not read {path}. Ask for read permission or copy the file.</source>
        <translation>Nu aveți voie să citiți {path}. Cereți permisiune de citire sau copiați fișierul.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} nu poate fi citit ({detail}).</translation>
    </message>
    <message>
        <source>The encoding {encoding} cannot be used. Use e.g. utf-8, utf-16, cp1250 or cp1251.</source>
        <translation>Codificarea {encoding} nu poate fi folosită. Folosiți de ex. utf-8, utf-16, cp1250 sau cp1251.</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet or an archive. Save it as CSV (UTF-8) or vCard and import that.</source>
        <translation>{path} este o foaie de calcul sau o arhivă. Salvați-o ca CSV (UTF-8) sau vCard și importați-o pe aceea.</translation>
    </message>
    <message>
        <source>{path} is not a text file. Import a CSV or vCard (.vcf) customer list.</source>
        <translation>{path} nu este un fișier text. Importați o listă de clienți CSV sau vCard (.vcf).</translation>
    </message>
    <message>
        <source>The encoding of {path} cannot be told for sure. Save it as CSV UTF-8, or name its encoding, e.g. --encoding cp1250.</source>
        <translation>Codificarea lui {path} nu poate fi stabilită sigur. Salvați-l ca CSV UTF-8 sau numiți-i codificarea, de ex. --encoding cp1250.</translation>
    </message>
    <message>
        <source>Line {line} should be the header (name, phone, ...) but cannot be read: {detail}</source>
        <translation>Linia {line} ar trebui să fie antetul (name, phone, ...), dar nu poate fi citită: {detail}</translation>
    </message>
    <message>
        <source>The header has no name column ({found}). Add a column named name.</source>
        <translation>Antetul nu are o coloană pentru nume ({found}). Adăugați o coloană numită name.</translation>
    </message>
    <message>
        <source>The header has no phone column ({found}). Add a column named phone.</source>
        <translation>Antetul nu are o coloană pentru telefon ({found}). Adăugați o coloană numită phone.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Linia {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Linia {line} nu poate fi citită: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV; it is skipped.</source>
        <translation>Linia {line} nu poate fi citită ca CSV; este omisă.</translation>
    </message>
    <message>
        <source>Line {line}: a quote is opened and never closed; the row is skipped.</source>
        <translation>Linia {line}: ghilimelele sunt deschise și nu se mai închid; rândul este omis.</translation>
    </message>
    <message>
        <source>Line {line}: {field} is too long ({length} characters, at most {limit}); the row is skipped.</source>
        <translation>Linia {line}: {field} este prea lung ({length} caractere, cel mult {limit}); rândul este omis.</translation>
    </message>
    <message>
        <source>Line {line}: a phone number is longer than {limit} characters; the row is skipped.</source>
        <translation>Linia {line}: un număr de telefon are mai mult de {limit} caractere; rândul este omis.</translation>
    </message>
    <message>
        <source>Line {line}: the {field} was cut to {limit} characters.</source>
        <translation>Linia {line}: {field} a fost scurtat la {limit} caractere.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: no phone number could be understood (%n given); the row is skipped.</source>
        <translation>
            <numerusform>Linia {line}: numărul de telefon dat (%n) nu a putut fi înțeles; rândul este omis.</numerusform>
            <numerusform>Linia {line}: niciunul dintre cele %n numere de telefon date nu a putut fi înțeles; rândul este omis.</numerusform>
            <numerusform>Linia {line}: niciunul dintre cele %n de numere de telefon date nu a putut fi înțeles; rândul este omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: no phone number; the row is skipped.</source>
        <translation>Linia {line}: fără număr de telefon; rândul este omis.</translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Save it again once the disk has room; what you typed is kept in the dialog.</source>
        <translation>Sarcina „{title}” nu a putut fi salvată ({reason}). Salvați-o din nou când discul are spațiu; ce ați scris rămâne în fereastră.</translation>
    </message>
    <message>
        <source>You will be ready once your calls and wrap-up are done.</source>
        <translation>Veți fi disponibil după ce se termină apelurile și încheierea lor.</translation>
    </message>
    <message>
        <source>You will be away once your calls and wrap-up are done.</source>
        <translation>Veți fi absent după ce se termină apelurile și încheierea lor.</translation>
    </message>
    <message>
        <source>Line {line}: phone number {position} is not understood; it is kept as written.</source>
        <translation>Linia {line}: numărul de telefon {position} nu este înțeles; este păstrat așa cum este scris.</translation>
    </message>
    <message>
        <source>Line {line}: no name; the row is skipped.</source>
        <translation>Linia {line}: fără nume; rândul este omis.</translation>
    </message>
    <message>
        <source>Line {line}: unknown segment {segment}. Use vip, high, standard or low.</source>
        <translation>Linia {line}: segment necunoscut {segment}. Folosiți vip, high, standard sau low.</translation>
    </message>
    <message>
        <source>Line {line}: the value {value} is not a number; the row is skipped.</source>
        <translation>Linia {line}: valoarea {value} nu este un număr; rândul este omis.</translation>
    </message>
    <message>
        <source>Line {line}: unknown country {country}. Use a code such as SK, CZ or GB.</source>
        <translation>Linia {line}: țară necunoscută {country}. Folosiți un cod precum SK, CZ sau GB.</translation>
    </message>
    <message>
        <source>Line {line}: text outside any vCard is skipped.</source>
        <translation>Linia {line}: textul din afara oricărui vCard este omis.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}; the vCard starting on line {start} is skipped.</source>
        <translation>Linia {line}: {detail}; vCard-ul care începe la linia {start} este omis.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard is too large; it is skipped.</source>
        <translation>Linia {line}: vCard-ul este prea mare; este omis.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard cannot be read; it is skipped.</source>
        <translation>Linia {line}: vCard-ul nu poate fi citit; este omis.</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD is missing; the vCard was read to the next one.</source>
        <translation>Linia {line}: lipsește END:VCARD; vCard-ul a fost citit până la următorul.</translation>
    </message>
</context>
</TS>
