<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="526"/>
        <source>These agreements are shown and read aloud before every recording. Tick the ones your organisation makes; you can change the text. Agreements stay in Dutch: the client hears them.</source>
        <translation>Deze afspraken ziet en hoort iedereen voor elke opname. Vink de afspraken aan die uw organisatie maakt. U kunt de tekst aanpassen. De afspraken blijven in het Nederlands: de cliënt hoort ze.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="531"/>
        <source>&amp;Text of the chosen agreement:</source>
        <translation>&amp;Tekst van de gekozen afspraak:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="532"/>
        <source>Add an agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="533"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="535"/>
        <source>Only agreements you added can be removed; untick the others</source>
        <translation>Alleen afspraken die u zelf hebt toegevoegd, kunt u verwijderen. De andere vinkt u uit.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="537"/>
        <source>Back to the standard agreements</source>
        <translation>Terug naar de standaardafspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="569"/>
        <source>An agreement without text: write it, or remove it.</source>
        <translation>Er is een afspraak zonder tekst. Schrijf de tekst, of verwijder de afspraak.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="724"/>
        <source>The agreements</source>
        <translation>De afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="725"/>
        <source>Step 4 of 4</source>
        <translation>Stap 4 van 4</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="262"/>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>EditTimeline</name>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="64"/>
        <source>Added: about {copy} in this copy (in the original at about {orig_at})</source>
        <translation>Toegevoegd: ongeveer {copy} in deze kopie (in het origineel rond {orig_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="69"/>
        <source>Added: {copy} in this copy (in the original at {orig_at})</source>
        <translation>Toegevoegd: {copy} in deze kopie (in het origineel op {orig_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="74"/>
        <source>Replaced: about {orig} of the original (in this copy about {copy})</source>
        <translation>Vervangen: ongeveer {orig} van het origineel (in deze kopie ongeveer {copy})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="78"/>
        <source>Replaced: {orig} of the original (in this copy {copy})</source>
        <translation>Vervangen: {orig} van het origineel (in deze kopie {copy})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="82"/>
        <source>Removed: about {orig} of the original (in this copy at about {copy_at})</source>
        <translation>Weggehaald: ongeveer {orig} van het origineel (in deze kopie rond {copy_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="87"/>
        <source>Removed: {orig} of the original (in this copy at {copy_at})</source>
        <translation>Weggehaald: {orig} van het origineel (in deze kopie op {copy_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="92"/>
        <source>(in a silence: the exact place cannot be determined)</source>
        <translation>(in een stilte: de precieze plek is niet te bepalen)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="117"/>
        <source>Timeline of the original recording</source>
        <translation>Tijdlijn van de originele opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="144"/>
        <source>The original recording is {length} long.</source>
        <translation>De originele opname duurt {length}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="146"/>
        <source>Nothing is marked on it.</source>
        <translation>Er is niets op aangegeven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="245"/>
        <source>the original recording</source>
        <translation>de originele opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="250"/>
        <source>unchanged</source>
        <translation>niet veranderd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="252"/>
        <source>removed</source>
        <translation>weggehaald</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="254"/>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="256"/>
        <source>added here</source>
        <translation>hier toegevoegd</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="779"/>
        <source>Set up OpnameStudio</source>
        <translation>OpnameStudio instellen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="781"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="782"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="783"/>
        <source>&amp;Finish</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="784"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="693"/>
        <source>The key of this computer</source>
        <translation>De sleutel van deze computer</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="694"/>
        <source>Step 2 of 4</source>
        <translation>Stap 2 van 4</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="318"/>
        <source>OpnameStudio signs every recording with the key of this computer. Put the key ID on the website of your organisation, with the information about recording conversations. Then clients, a complaints committee or a court can check that a recording comes from you.</source>
        <translation>OpnameStudio ondertekent elke opname met de sleutel van deze computer. Zet de sleutel-ID op de website van uw organisatie, bij de informatie over het opnemen van gesprekken. Dan kunnen cliënten, een klachtencommissie of een rechter nagaan dat een opname van u komt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="324"/>
        <source>Key ID (publish this on your website)</source>
        <translation>Sleutel-ID (zet dit op uw website)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="325"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="326"/>
        <source>Copies the key ID, to paste it into the website</source>
        <translation>Kopieert de sleutel-ID, om die in de website te plakken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="327"/>
        <source>Save the public key…</source>
        <translation>Openbare sleutel opslaan…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="329"/>
        <source>A small file for experts who check seals with the minisign tool</source>
        <translation>Een klein bestand voor deskundigen die zegels controleren met het programma minisign</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="332"/>
        <location filename="../../opnamestudio/ui/first_run.py" line="356"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="364"/>
        <source>Save the public key</source>
        <translation>Openbare sleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="366"/>
        <source>Public key (*.pub)</source>
        <translation>Openbare sleutel (*.pub)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="380"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="160"/>
        <source>In which language should OpnameStudio speak to you?</source>
        <extracomment>Each language in its own name: never translated, so everyone finds their own. The module the encrypted archive brings; its ``export_recovery_key(folder) -&gt; Path`` writes the recovery key into ``folder`` (a USB stick) and returns the file. The tick boxes of the agreements: an outline in the text colour reads on light and dark palettes alike (some styles draw an empty box nearly invisible on dark); ticked is the seal&apos;s green of the app icon.</extracomment>
        <translation>In welke taal wilt u OpnameStudio gebruiken?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="163"/>
        <source>What clients read and hear (the agreements, the text on their copy) is always in Dutch.</source>
        <translation>Wat cliënten lezen en horen (de afspraken, de tekst bij hun kopie) is altijd in het Nederlands.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="661"/>
        <source>Welcome to OpnameStudio</source>
        <translation>Welkom bij OpnameStudio</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="663"/>
        <source>Four short steps set up OpnameStudio for your organisation on this computer.</source>
        <translation>In vier korte stappen stelt u OpnameStudio op deze computer in voor uw organisatie.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="109"/>
        <source>Sound level</source>
        <translation>Geluidsniveau</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="135"/>
        <location filename="../../opnamestudio/ui/widgets.py" line="165"/>
        <source>not recorded</source>
        <translation>niet opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="167"/>
        <source>too loud</source>
        <translation>te hard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="169"/>
        <source>silent</source>
        <translation>stil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="56"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="57"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="107"/>
        <source>A recording was cut off unexpectedly. The recording up to that moment is kept:
{path}
Length: {length}</source>
        <translation>Een opname werd onverwacht afgebroken. De opname tot dat moment is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="112"/>
        <source>Recording restored</source>
        <translation>Opname hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="136"/>
        <source>A recording is running</source>
        <translation>Er loopt een opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="137"/>
        <source>&lt;b&gt;A recording is running&lt;/b&gt;</source>
        <translation>&lt;b&gt;Er loopt een opname&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="140"/>
        <source>Do you want to stop the recording and close OpnameStudio? The recording is kept.</source>
        <translation>Wilt u de opname stoppen en OpnameStudio sluiten? De opname wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="143"/>
        <source>Stop and close</source>
        <translation>Stoppen en sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="144"/>
        <source>Keep recording</source>
        <translation>Doorgaan met opnemen</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="220"/>
        <source>Who records? The name appears on the agreements, on the client&apos;s copy and in the information for your website.</source>
        <translation>Wie neemt op? De naam staat op de afspraken, bij de kopie voor de cliënt en in de informatie voor uw website.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="225"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="226"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="227"/>
        <source>&amp;Contact (phone or e-mail):</source>
        <translation>&amp;Contact (telefoon of e-mail):</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="228"/>
        <source>&amp;Keep recordings for:</source>
        <translation>Opnamen &amp;bewaren:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="232"/>
        <source>for example: Jeugdzorg Zuid</source>
        <translation>bijvoorbeeld: Jeugdzorg Zuid</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="233"/>
        <source>for example: www.jeugdzorgzuid.nl</source>
        <translation>bijvoorbeeld: www.jeugdzorgzuid.nl</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="234"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="250"/>
        <source>Fill in the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="678"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="679"/>
        <source>Step 1 of 4</source>
        <translation>Stap 1 van 4</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="297"/>
        <source>Pause the recording</source>
        <translation>De opname pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="299"/>
        <source>Say aloud that you are pausing the recording, and why.</source>
        <translation>Zeg hardop dat u de opname pauzeert, en waarom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="308"/>
        <source>What you say now is still recorded. During the pause nothing is recorded. The pause and its reason are noted in the seal.</source>
        <translation>Wat u nu zegt, wordt nog opgenomen. Tijdens de pauze wordt niets opgenomen. De pauze en de reden komen in het zegel.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="313"/>
        <source>Why are you pausing?</source>
        <translation>Waarom pauzeert u?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="315"/>
        <source>A short break</source>
        <translation>Een korte pauze</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="316"/>
        <source>Something private, not part of the conversation</source>
        <translation>Iets persoonlijks dat niet bij het gesprek hoort</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="317"/>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="327"/>
        <source>Pause now</source>
        <translation>Nu pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="328"/>
        <source>Pause the recording now</source>
        <translation>De opname nu pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="331"/>
        <source>Keep recording</source>
        <translation>Doorgaan met opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="332"/>
        <source>Keep recording without a pause</source>
        <translation>Doorgaan met opnemen, zonder pauze</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="91"/>
        <source>less than 1 min</source>
        <translation>minder dan 1 minuut</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="93"/>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="94"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} uur en {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="138"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="535"/>
        <source>Ready to record.</source>
        <extracomment>The open pause question, if any.</extracomment>
        <translation>Klaar om op te nemen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="144"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="148"/>
        <source>Choose the microphone and where the recording goes. Then click &apos;Start recording&apos;.</source>
        <translation>Kies de microfoon en waar de opname komt. Klik daarna op ‘Start opname’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="158"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="470"/>
        <source>● Recording</source>
        <translation>● Opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="161"/>
        <source>Recording in progress</source>
        <translation>De opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="167"/>
        <source>Microphone in use</source>
        <translation>Gebruikte microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="170"/>
        <source>Space left on the disk</source>
        <translation>Ruimte op de schijf</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="198"/>
        <source>Marker</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="201"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="257"/>
        <source>Set a marker</source>
        <translation>Markering zetten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="203"/>
        <source>Mark this moment in the recording ({keys})</source>
        <translation>Markeer dit moment in de opname ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="223"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="224"/>
        <source>Open the folder of the recording</source>
        <translation>De map van de opname openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="251"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="588"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="590"/>
        <source>Start recording</source>
        <translation>Start opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="254"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="582"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="584"/>
        <source>Stop recording</source>
        <translation>Stop opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="260"/>
        <source>Pause or resume the recording</source>
        <translation>De opname pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="315"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="435"/>
        <source>Microphone: {name}</source>
        <translation>Microfoon: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="318"/>
        <source>Recording. Click &apos;Stop recording&apos; when the conversation is over.</source>
        <translation>De opname loopt. Klik op ‘Stop opname’ als het gesprek klaar is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="326"/>
        <source>A conversation is being recorded</source>
        <translation>Er wordt een gesprek opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="342"/>
        <source>Marker {number} set at {time}.</source>
        <translation>Markering {number} gezet op {time}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="371"/>
        <source>Paused: nothing is recorded now. Click &apos;Resume&apos; ({keys}) to go on.</source>
        <translation>Gepauzeerd: er wordt nu niets opgenomen. Klik op ‘Hervatten’ ({keys}) om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="382"/>
        <source>Recording again. Say aloud that the recording goes on.</source>
        <translation>De opname loopt weer. Zeg hardop dat de opname verder gaat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="401"/>
        <source>The battery is almost empty: {percent} % left. Connect the laptop to power now. If it switches off, the recording up to that moment is kept.</source>
        <translation>De batterij is bijna leeg: nog {percent}%. Sluit de laptop nu aan op de stroom. Gaat de laptop uit? Dan blijft de opname tot dat moment bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="406"/>
        <source>The battery is getting low: {percent} % left. Connect the laptop to power. The recording goes on.</source>
        <translation>De batterij raakt leeg: nog {percent}%. Sluit de laptop aan op de stroom. De opname gaat gewoon door.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="449"/>
        <source>Little space left on the disk: {time}. Finish the conversation in time.</source>
        <translation>Weinig ruimte op de schijf: nog {time}. Rond het gesprek op tijd af.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="452"/>
        <source>Space on the disk: {time} left</source>
        <translation>Ruimte op de schijf: nog {time}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="470"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="474"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="474"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="477"/>
        <source>Resume the recording</source>
        <translation>De opname hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="477"/>
        <source>Pause the recording</source>
        <translation>De opname pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="479"/>
        <source>Record again ({keys})</source>
        <translation>Weer opnemen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="479"/>
        <source>Pause, announced ({keys})</source>
        <translation>Aangekondigde pauze ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="486"/>
        <source>Sleep mode could not be turned off. Keep the laptop open and connected to power.</source>
        <translation>De slaapstand kon niet worden uitgezet. Houd de laptop open en aan de stroom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="501"/>
        <source>Saving the recording…</source>
        <translation>De opname wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="540"/>
        <source>The recording up to the interruption is saved:
{path}
Length: {length}</source>
        <translation>De opname tot de onderbreking is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="543"/>
        <source>The recording is saved:
{path}
Length: {length}</source>
        <translation>De opname is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="585"/>
        <source>Stop the recording ({keys})</source>
        <translation>De opname stoppen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="588"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="592"/>
        <source>Start the recording ({keys})</source>
        <translation>De opname starten ({keys})</translation>
    </message>
</context>
<context>
    <name>RecordingForm</name>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="56"/>
        <source>Microphone</source>
        <translation>Microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="58"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="60"/>
        <source>No microphone found</source>
        <translation>Geen microfoon gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="64"/>
        <source>Connect a microphone and click &apos;Search again&apos;.
Still nothing? Check the sound settings of the computer.</source>
        <translation>Sluit een microfoon aan en klik op ‘Opnieuw zoeken’.
Nog steeds niets? Kijk dan bij de geluidsinstellingen van de computer.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="68"/>
        <source>What to do without a microphone</source>
        <translation>Wat u kunt doen zonder microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="69"/>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="70"/>
        <source>Search for microphones again</source>
        <translation>Opnieuw naar microfoons zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="81"/>
        <source>Folder for the recording</source>
        <translation>Map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="82"/>
        <source>Choose folder…</source>
        <translation>Kies map…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="83"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="154"/>
        <source>Choose the folder for the recording</source>
        <translation>Kies de map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="90"/>
        <source>File name of the recording</source>
        <translation>Bestandsnaam van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="95"/>
        <source>Letters, digits, spaces and - _ . ( ) are allowed.</source>
        <translation>U kunt letters, cijfers, spaties en - _ . ( ) gebruiken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="99"/>
        <source>Problem with the file name</source>
        <translation>Probleem met de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="105"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfoon:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="107"/>
        <source>&amp;Save in:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="108"/>
        <source>File &amp;name:</source>
        <translation>&amp;Bestandsnaam:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="133"/>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="169"/>
        <source>This name cannot be used. Use letters, digits, spaces and - _ . ( )</source>
        <translation>Deze naam kan niet. Gebruik alleen letters, cijfers, spaties en - _ . ( )</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="712"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="713"/>
        <source>Step 3 of 4</source>
        <translation>Stap 3 van 4</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="431"/>
        <source>The recordings on this computer are stored encrypted. If the computer breaks or the key is lost, only the recovery key can open them again.

Save the recovery key on a USB stick and keep it locked away, apart from this laptop. Your IT department may already keep one: ask them.</source>
        <translation>De opnamen op deze computer worden versleuteld bewaard. Gaat de computer kapot of raakt de sleutel kwijt? Dan kan alleen de herstelsleutel ze weer openen.

Zet de herstelsleutel op een USB-stick en bewaar die achter slot, niet bij deze laptop. Misschien bewaart uw IT-afdeling er al een: vraag het hun.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="440"/>
        <source>A recovery key belongs to the encrypted archive, which comes in a later version of OpnameStudio. This version stores recordings as ordinary files, so there is no recovery key to save yet.

Until then, make sure this folder is in the backup:
{folder}</source>
        <translation>Een herstelsleutel hoort bij het versleutelde archief. Dat komt in een latere versie van OpnameStudio. Deze versie bewaart opnamen als gewone bestanden. Er is dus nog geen herstelsleutel om op te slaan.

Zorg er tot die tijd voor dat deze map in de back-up zit:
{folder}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="446"/>
        <source>Save the recovery key…</source>
        <translation>Herstelsleutel opslaan…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="453"/>
        <source>Choose the USB stick or folder for the recovery key</source>
        <translation>Kies de USB-stick of map voor de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/first_run.py" line="472"/>
        <source>Saved: {path}. Keep it locked away.</source>
        <translation>Opgeslagen: {path}. Bewaar de herstelsleutel achter slot.</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="42"/>
        <source>Fingerprint of the recording</source>
        <extracomment>How long the copy button says &quot;Copied&quot; before it reads &quot;Copy&quot; again.</extracomment>
        <translation>Vingerafdruk van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="54"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="56"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="67"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="149"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="58"/>
        <source>Copy the whole fingerprint</source>
        <translation>De hele vingerafdruk kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="60"/>
        <source>Copies the whole fingerprint (64 characters), to paste it elsewhere</source>
        <translation>Kopieert de hele vingerafdruk (64 tekens), om die ergens anders te plakken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="75"/>
        <source>Put this fingerprint on the agreements and on the receipt for the client.</source>
        <translation>Zet deze vingerafdruk op de afspraken en op het bonnetje voor de cliënt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="81"/>
        <source>Sealing…</source>
        <translation>Verzegelen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="67"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="127"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="61"/>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal ziet u als u OpnameStudio opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="66"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="67"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="68"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/settings_dialog.py" line="69"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="55"/>
        <source>Recording time</source>
        <extracomment>The reasons for an announced pause, as the codes the seal keeps (never free text).</extracomment>
        <translation>Opnameduur</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="63"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="119"/>
        <source>This is the original recording. Nothing has been changed.</source>
        <extracomment>Every content verdict of DESIGN §6, and &quot;no-seal&quot;: nothing to check against yet. Wider than this, lines get too long to read and buttons drift away from what they change.</extracomment>
        <translation>Dit is de originele opname. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="122"/>
        <source>The file is exactly the same as the recording that was sealed, down to the smallest detail.</source>
        <translation>Het bestand is tot in het kleinste detail gelijk aan de opname die verzegeld is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="131"/>
        <source>This is the original sound. Nothing has been changed in it.</source>
        <translation>Dit is het originele geluid. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="134"/>
        <source>Only the kind of file is different (for example WAV instead of FLAC), or the information stored with the sound. That happens when someone saves the recording in another way.</source>
        <translation>Alleen het soort bestand is anders (bijvoorbeeld WAV in plaats van FLAC), of de informatie die bij het geluid is opgeslagen. Dat gebeurt als iemand de opname op een andere manier opslaat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="144"/>
        <source>This is not the original recording. It has been changed.</source>
        <translation>Dit is niet de originele opname. Er is iets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="145"/>
        <source>The sound is not the same as in the original. Below you can see what is different.</source>
        <translation>Het geluid is niet hetzelfde als in het origineel. Hieronder ziet u wat er anders is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="153"/>
        <source>This is an edited copy. The edits were announced.</source>
        <translation>Dit is een bewerkte kopie. De bewerkingen zijn vooraf gemeld.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="154"/>
        <source>Parts were taken out on purpose, and the seal says which ones and why. Below you can see which parts.</source>
        <translation>Er zijn met opzet stukken uit gehaald. In het zegel staat welke stukken en waarom. Hieronder ziet u welke stukken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="163"/>
        <source>This is a converted copy of the recording.</source>
        <translation>Dit is een omgezette kopie van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="164"/>
        <source>Someone saved the recording in another way, for example as MP3. That changes the sound a little, so OpnameStudio can only compare it roughly.</source>
        <translation>Iemand heeft de opname op een andere manier opgeslagen, bijvoorbeeld als MP3. Daardoor is het geluid een beetje veranderd. OpnameStudio kan het daarom alleen ongeveer vergelijken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="173"/>
        <source>This file is not the sealed recording.</source>
        <translation>Dit bestand is niet de verzegelde opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="174"/>
        <source>The sound is different from the recording that this seal belongs to. Maybe you chose the wrong seal.</source>
        <translation>Het geluid is anders dan de opname waar dit zegel bij hoort. Misschien hebt u het verkeerde zegel gekozen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="183"/>
        <source>The seal is not right.</source>
        <translation>Het zegel klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="184"/>
        <source>The seal is damaged, or it was changed after it was made. So this check cannot say anything about the recording. Ask the organisation for the original seal files.</source>
        <translation>Het zegel is beschadigd, of het is veranderd nadat het gemaakt is. Daarom kan deze controle niets zeggen over de opname. Vraag de organisatie om de originele zegelbestanden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="193"/>
        <source>No seal found</source>
        <translation>Geen zegel gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="194"/>
        <source>There is no seal beside this file (a file whose name ends in .zegel.json). Click &apos;Choose seal&apos; and choose the seal that belongs to this recording.</source>
        <translation>Naast dit bestand staat geen zegel (een bestand waarvan de naam eindigt op .zegel.json). Klik op ‘Zegel kiezen’ en kies het zegel dat bij deze opname hoort.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="204"/>
        <source>This version of OpnameStudio cannot show this result</source>
        <translation>Deze versie van OpnameStudio kan deze uitkomst niet tonen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="205"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="215"/>
        <source>Signed with a trusted key</source>
        <translation>Ondertekend met een vertrouwde sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="216"/>
        <source>The seal is genuine. It was made with a key that this computer trusts.</source>
        <translation>Het zegel is echt. Het is gemaakt met een sleutel die deze computer vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="223"/>
        <source>Signed with an unknown key</source>
        <translation>Ondertekend met een onbekende sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="224"/>
        <source>The seal is signed correctly, but with a key that this computer does not know. Compare the key ID below with the one the organisation publishes on its website and on the paper with the agreements. Only if they are the same do you know that the seal comes from that organisation.</source>
        <translation>Het zegel is goed ondertekend, maar met een sleutel die deze computer niet kent. Vergelijk de sleutel-ID hieronder met de sleutel-ID die de organisatie op haar website en op het papier met de afspraken zet. Alleen als ze gelijk zijn, weet u dat het zegel van die organisatie komt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="235"/>
        <source>The signature is not right</source>
        <translation>De handtekening klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="236"/>
        <source>Do not trust this seal.</source>
        <translation>Vertrouw dit zegel niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="242"/>
        <source>The file is different from the original, and its sound cannot be read. So it is not the original recording.</source>
        <translation>Het bestand is anders dan het origineel, en het geluid is niet te lezen. Het is dus niet de originele opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="247"/>
        <source>Some parts seem to be different. Below you can see roughly where.</source>
        <translation>Sommige stukken lijken anders. Hieronder ziet u ongeveer waar.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="250"/>
        <source>No part seems to be missing or added.</source>
        <translation>Er lijkt geen stuk weggehaald of toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="251"/>
        <source>Only a short part sounds the same: {parts} of the original. That can be a standard text, such as the agreements read out at the start.</source>
        <translation>Alleen een kort stuk klinkt hetzelfde: {parts} van het origineel. Dat kan een vaste tekst zijn, zoals de afspraken die aan het begin worden voorgelezen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="256"/>
        <source>The signature file that belongs to the seal ({name}) is missing. Without it the seal cannot be checked. Put it beside the seal, or ask the organisation for it.</source>
        <translation>Het handtekeningbestand dat bij het zegel hoort ({name}) ontbreekt. Zonder dat bestand is het zegel niet te controleren. Zet het naast het zegel, of vraag de organisatie erom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="502"/>
        <source>Drag a sound file here, or click &apos;Choose file&apos;.</source>
        <extracomment>Length of the sealed original, for the timeline; None when the seal cannot be read. The seal&apos;s signature file is not there (a more helpful text than &quot;invalid&quot;). The look of a key ID or fingerprint inside a sentence: digits one can compare in groups.</extracomment>
        <translation>Sleep een geluidsbestand hierheen of klik op ‘Bestand kiezen’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="510"/>
        <source>OpnameStudio then checks whether it is the original recording, and what was changed.</source>
        <translation>OpnameStudio controleert dan of het de originele opname is, en wat er veranderd is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="556"/>
        <source>Check a recording</source>
        <extracomment>A check ended: its result or its error has been shown.</extracomment>
        <translation>Opname controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="560"/>
        <source>Is this the original recording, or was something changed? Choose a sound file. OpnameStudio finds the seal beside it by itself.</source>
        <translation>Is dit de originele opname, of is er iets aan veranderd? Kies een geluidsbestand. OpnameStudio zoekt het zegel ernaast zelf.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="568"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="568"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="819"/>
        <source>Choose the sound file to check</source>
        <translation>Kies het geluidsbestand dat u wilt controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="571"/>
        <source>Choose a sound file ({keys})</source>
        <translation>Kies een geluidsbestand ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="576"/>
        <source>Choose seal…</source>
        <translation>Zegel kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="576"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="831"/>
        <source>Choose the seal of the recording</source>
        <translation>Kies het zegel van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="579"/>
        <source>Choose key…</source>
        <translation>Sleutel kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="580"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="843"/>
        <source>Choose a trusted key file (.pub)</source>
        <translation>Kies een vertrouwd sleutelbestand (.pub)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="584"/>
        <source>Sound file</source>
        <translation>Geluidsbestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="586"/>
        <source>Seal</source>
        <translation>Zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="588"/>
        <source>Trusted key</source>
        <translation>Vertrouwde sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="594"/>
        <source>Sound file:</source>
        <translation>Geluidsbestand:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="595"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="735"/>
        <source>Seal:</source>
        <translation>Zegel:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="596"/>
        <source>Trusted key:</source>
        <translation>Vertrouwde sleutel:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="647"/>
        <source>Checking</source>
        <translation>Bezig met controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="648"/>
        <source>For a long recording this can take a moment.</source>
        <translation>Bij een lange opname kan dit even duren.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="665"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="755"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="667"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="683"/>
        <source>Who signed the seal</source>
        <translation>Wie het zegel heeft ondertekend</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="687"/>
        <source>Key ID</source>
        <translation>Sleutel-ID</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="717"/>
        <source>Fingerprint of this file</source>
        <translation>Vingerafdruk van dit bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="721"/>
        <source>Compare it with the fingerprint on the receipt or on the paper with the agreements.</source>
        <translation>Vergelijk hem met de vingerafdruk op het bewijsje of op het papier met de afspraken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="726"/>
        <source>Seal that was used</source>
        <translation>Gebruikt zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="730"/>
        <source>Fingerprint of this file:</source>
        <translation>Vingerafdruk van dit bestand:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="759"/>
        <source>Choose a sound file to check</source>
        <translation>Kies een geluidsbestand om te controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="816"/>
        <source>Sound files</source>
        <translation>Geluidsbestanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="816"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="828"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="840"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="828"/>
        <source>Seals</source>
        <translation>Zegels</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="840"/>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="861"/>
        <source>Checking {name}…</source>
        <translation>Bezig met controleren van {name}…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="931"/>
        <source>Key ID: {key_id}</source>
        <translation>Sleutel-ID: {key_id}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="939"/>
        <source>Key ID: unknown (the seal cannot be read)</source>
        <translation>Sleutel-ID: onbekend (het zegel is niet te lezen)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="959"/>
        <source>Announced edits</source>
        <translation>Gemelde bewerkingen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="961"/>
        <source>What seems to be different (roughly)</source>
        <translation>Wat lijkt er anders (ongeveer)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="963"/>
        <source>What is different</source>
        <translation>Wat is er anders</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1001"/>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1011"/>
        <source>Is looked for beside the sound file</source>
        <translation>Wordt naast het geluidsbestand gezocht</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1017"/>
        <source>Found beside the file: {name}</source>
        <translation>Gevonden naast het bestand: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1022"/>
        <source>No seal found beside the file</source>
        <translation>Geen zegel gevonden naast het bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1027"/>
        <source>None chosen. The keys this computer already trusts are used.</source>
        <translation>Geen gekozen. De sleutels die deze computer al vertrouwt, worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1032"/>
        <source>{name} (key ID {key_id})</source>
        <translation>{name} (sleutel-ID {key_id})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="61"/>
        <source>No microphone found</source>
        <translation>Geen microfoon gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="62"/>
        <source>OpnameStudio cannot find a microphone.</source>
        <translation>OpnameStudio kan geen microfoon vinden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="63"/>
        <source>Connect a microphone, or check the sound settings of the computer. Then click &apos;Search again&apos; and start the recording.</source>
        <translation>Sluit een microfoon aan, of kijk bij de geluidsinstellingen van de computer. Klik daarna op ‘Opnieuw zoeken’ en start de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="70"/>
        <location filename="../../opnamestudio/ui/errors.py" line="82"/>
        <source>The recording was interrupted</source>
        <translation>De opname is onderbroken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="71"/>
        <source>The microphone stopped working during the recording. Maybe its cable came loose.</source>
        <translation>De microfoon werkte tijdens de opname niet meer. Misschien is de kabel losgeraakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="75"/>
        <source>Connect the microphone again and start a new recording. Tell everyone in the conversation that you are recording again.</source>
        <translation>Sluit de microfoon opnieuw aan en start een nieuwe opname. Zeg tegen iedereen in het gesprek dat u opnieuw opneemt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="83"/>
        <source>The disk or USB stick the recording goes to is no longer there. Maybe the USB stick came loose.</source>
        <translation>De schijf of USB-stick waar de opname op komt, is er niet meer. Misschien is de USB-stick losgeraakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="88"/>
        <source>Connect the USB stick again: the recording so far is then made into a file at the next start. Or choose another folder and start a new recording.</source>
        <translation>Sluit de USB-stick opnieuw aan. Bij de volgende start wordt de opname tot nu toe dan een bestand. Of kies een andere map en start een nieuwe opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="95"/>
        <source>The microphone gives no sound</source>
        <translation>De microfoon geeft geen geluid</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="96"/>
        <source>The microphone was found, but OpnameStudio does not get any sound from it.</source>
        <translation>De microfoon is gevonden, maar OpnameStudio krijgt er geen geluid van.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="100"/>
        <source>Choose another microphone, or unplug this microphone and connect it again. Then start the recording again.</source>
        <translation>Kies een andere microfoon, of haal deze microfoon los en sluit hem opnieuw aan. Start daarna de opname opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="107"/>
        <source>Saving in this folder does not work</source>
        <translation>Opslaan in deze map lukt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="108"/>
        <source>OpnameStudio may not save files in the folder you chose.</source>
        <translation>OpnameStudio mag geen bestanden opslaan in de map die u koos.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="109"/>
        <source>Choose another folder, for example your Documents folder, and start again. Does that not work either? Ask your IT department for help.</source>
        <translation>Kies een andere map, bijvoorbeeld uw map Documenten, en start opnieuw. Lukt dat ook niet? Vraag dan hulp aan uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="116"/>
        <source>This file name is already used</source>
        <translation>Deze bestandsnaam bestaat al</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="117"/>
        <source>There already is a file with this name. OpnameStudio never writes over a recording.</source>
        <translation>Er is al een bestand met deze naam. OpnameStudio schrijft nooit over een opname heen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="121"/>
        <source>Choose another file name and start again.</source>
        <translation>Kies een andere bestandsnaam en start opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="124"/>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="125"/>
        <source>There is (almost) no free space left on the disk. OpnameStudio stops in time, so that the recording can still be saved properly.</source>
        <translation>Er is (bijna) geen ruimte meer op de schijf. OpnameStudio stopt op tijd, zodat de opname nog goed bewaard kan worden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="130"/>
        <source>Make space, for example by moving old files, or choose another folder. Then start a new recording.</source>
        <translation>Maak ruimte vrij, bijvoorbeeld door oude bestanden te verplaatsen, of kies een andere map. Start daarna een nieuwe opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="137"/>
        <source>The recording stopped</source>
        <translation>De opname is gestopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="138"/>
        <source>Something went wrong with the sound during the recording. OpnameStudio stopped the recording, so that no part can go missing without anyone noticing.</source>
        <translation>Er ging tijdens de opname iets mis met het geluid. OpnameStudio heeft de opname gestopt, zodat er niet ongemerkt een stuk kan ontbreken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="143"/>
        <source>Start a new recording. Does this happen more often? Tell your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit vaker? Meld het dan bij uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="149"/>
        <source>An interrupted recording cannot be read</source>
        <translation>Een onderbroken opname is niet te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="150"/>
        <source>OpnameStudio found a recording that was not finished, but its file is damaged. OpnameStudio has put the file aside.</source>
        <translation>OpnameStudio vond een opname die niet was afgemaakt, maar het bestand is beschadigd. OpnameStudio heeft het bestand apart gezet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="155"/>
        <source>Do not delete anything. Contact your IT department: they may be able to save part of it.</source>
        <translation>Gooi niets weg. Neem contact op met uw IT-afdeling: misschien kunnen zij een deel redden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="163"/>
        <source>An interrupted recording could not be restored</source>
        <translation>Een onderbroken opname kon niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="164"/>
        <source>OpnameStudio found a recording that was cut off, but could not turn it into a sound file. The recording is not lost: OpnameStudio keeps it and tries again at the next start.</source>
        <translation>OpnameStudio vond een opname die was afgebroken, maar kon er geen geluidsbestand van maken. De opname is niet weg: OpnameStudio bewaart hem en probeert het bij de volgende start opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="170"/>
        <source>Make sure there is free space on the disk, then close OpnameStudio and open it again. Does that not help? Contact your IT department.</source>
        <translation>Zorg dat er ruimte vrij is op de schijf. Sluit OpnameStudio daarna en open het opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="178"/>
        <source>Problem with a key</source>
        <translation>Probleem met een sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="179"/>
        <source>A key file that OpnameStudio needs to sign or check a recording is missing, damaged or not the right one.</source>
        <translation>Een sleutelbestand dat OpnameStudio nodig heeft om een opname te ondertekenen of te controleren, ontbreekt, is beschadigd of is niet het goede.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="184"/>
        <source>Check which key file you chose. Ask your IT department for the organisation&apos;s key.</source>
        <translation>Kijk welk sleutelbestand u koos. Vraag uw IT-afdeling om de sleutel van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="191"/>
        <source>The signature is not right</source>
        <translation>De handtekening klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="192"/>
        <source>The signature of the seal is damaged, or was not made with this key.</source>
        <translation>De handtekening bij het zegel is beschadigd, of is niet met deze sleutel gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="196"/>
        <source>Ask the organisation for the original seal files (.zegel.json and .zegel.minisig) and check them again.</source>
        <translation>Vraag de organisatie om de originele zegelbestanden (.zegel.json en .zegel.minisig) en controleer ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="204"/>
        <source>The seal cannot be used</source>
        <translation>Het zegel is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="205"/>
        <source>The seal file is damaged or incomplete, or it could not be saved.</source>
        <translation>Het zegelbestand is beschadigd of niet compleet, of het kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="209"/>
        <source>Ask the organisation for the original seal files (.zegel.json and .zegel.minisig). Could the seal not be saved? Contact your IT department.</source>
        <translation>Vraag de organisatie om de originele zegelbestanden (.zegel.json en .zegel.minisig). Kon het zegel niet worden opgeslagen? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="217"/>
        <source>Nothing was recorded</source>
        <translation>Er is niets opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="218"/>
        <source>The recording was stopped before the microphone gave any sound.</source>
        <translation>De opname is gestopt voordat de microfoon geluid gaf.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="222"/>
        <source>Start the recording again and wait until the timer runs before you stop.</source>
        <translation>Start de opname opnieuw en wacht tot de tijd loopt voordat u stopt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="229"/>
        <source>The preparation is not complete</source>
        <translation>De voorbereiding is nog niet klaar</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="230"/>
        <source>Something is missing or not right in the preparation of the conversation.</source>
        <translation>Er ontbreekt iets in de voorbereiding van het gesprek, of iets klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="234"/>
        <source>Fill in the field that is marked and try again.</source>
        <translation>Vul het aangegeven veld in en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="241"/>
        <source>The settings cannot be read</source>
        <translation>De instellingen zijn niet te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="242"/>
        <source>The file with the settings of the organisation is damaged or has a wrong value.</source>
        <translation>Het bestand met de instellingen van de organisatie is beschadigd of heeft een verkeerde waarde.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="246"/>
        <source>Ask your IT department to check or replace the settings file. Your recordings are not affected.</source>
        <translation>Vraag uw IT-afdeling om het bestand met de instellingen te controleren of te vervangen. Uw opnamen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="254"/>
        <source>This sound file cannot be read</source>
        <translation>Dit geluidsbestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="255"/>
        <source>OpnameStudio cannot read this kind of sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kan dit soort geluidsbestand niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="260"/>
        <source>Save the file as WAV or FLAC (any sound program can do that) and check it again.</source>
        <translation>Sla het bestand op als WAV of FLAC (elk geluidsprogramma kan dat) en controleer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="267"/>
        <source>This seal is newer than this program</source>
        <translation>Dit zegel is nieuwer dan dit programma</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="268"/>
        <source>The seal was made by a newer version of OpnameStudio. This version cannot read it. That says nothing yet about whether the recording is real.</source>
        <translation>Het zegel is gemaakt met een nieuwere versie van OpnameStudio. Deze versie kan het niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="273"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="277"/>
        <source>The check could not be done</source>
        <translation>Controleren lukte niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="278"/>
        <source>OpnameStudio could not check this file. Maybe the file cannot be read, or it is not a sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kon dit bestand niet controleren. Misschien is het bestand niet te lezen, of is het geen geluidsbestand. Dit zegt nog niets over de vraag of de opname echt is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="283"/>
        <source>Check that you chose the right file and that it is complete, then try again. Does that not help? Contact your IT department.</source>
        <translation>Kijk of u het goede bestand koos en of het compleet is. Probeer het daarna opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="291"/>
        <source>This recording has no valid seal</source>
        <translation>Deze opname heeft geen geldig zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="292"/>
        <source>The seal that belongs to this recording is missing or damaged. Without it the client cannot check the copy, so no copy was made.</source>
        <translation>Het zegel dat bij deze opname hoort, ontbreekt of is beschadigd. Zonder zegel kan de cliënt de kopie niet controleren. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="297"/>
        <source>Open the recording in the archive and seal it again. Does that not work? Contact your IT department.</source>
        <translation>Open de opname in het archief en verzegel hem opnieuw. Lukt dat niet? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="305"/>
        <source>The recording was changed after sealing</source>
        <translation>De opname is veranderd na het verzegelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="306"/>
        <source>The sound file is no longer the same as when it was sealed. It must not be given out as the copy, so no copy was made.</source>
        <translation>Het geluidsbestand is niet meer hetzelfde als toen het werd verzegeld. Het mag niet als kopie worden meegegeven. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="311"/>
        <source>Do not give out this file and do not delete anything. Contact your IT department.</source>
        <translation>Geef dit bestand niet mee en verwijder niets. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="318"/>
        <source>The copy cannot be saved here</source>
        <translation>De kopie kan hier niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="319"/>
        <source>OpnameStudio cannot write to the USB stick or folder you chose. Maybe the stick is not connected, or it is write-protected.</source>
        <translation>OpnameStudio kan niet schrijven op de USB-stick of in de map die u koos. Misschien zit de stick er niet in, of is hij beveiligd tegen schrijven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="324"/>
        <source>Check the small switch on the side of the USB stick, or use another stick or folder. Then make the copy again.</source>
        <translation>Kijk naar het schuifje op de zijkant van de USB-stick, of gebruik een andere stick of map. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="332"/>
        <source>The USB stick is full</source>
        <translation>De USB-stick is vol</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="333"/>
        <source>There is not enough free space for the copy. What was already copied has been removed again.</source>
        <translation>Er is niet genoeg vrije ruimte voor de kopie. Wat al was gekopieerd, is weer verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="338"/>
        <source>Use a USB stick with more free space, or delete files from this one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met meer vrije ruimte, of verwijder bestanden van deze stick. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="346"/>
        <source>The recording is too large for this USB stick</source>
        <translation>De opname is te groot voor deze USB-stick</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="347"/>
        <source>This USB stick uses the FAT32 format, which cannot hold a file of 4 GB or more.</source>
        <translation>Deze USB-stick gebruikt de indeling FAT32. Daarop past geen bestand van 4 GB of groter.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="351"/>
        <source>Use a USB stick in the exFAT or NTFS format, or ask your IT department to format one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met de indeling exFAT of NTFS, of vraag uw IT-afdeling om er een zo in te delen. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="359"/>
        <source>Copying stopped</source>
        <translation>Het kopiëren is gestopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="360"/>
        <source>The USB stick was removed or stopped working during copying. The copy is not complete.</source>
        <translation>De USB-stick is tijdens het kopiëren verwijderd of werkte niet meer. De kopie is niet compleet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="365"/>
        <source>Put the USB stick back, or use another one, and make the copy again. A folder on the stick whose name ends in &apos;(wordt gekopieerd)&apos; is incomplete: you may delete it.</source>
        <translation>Doe de USB-stick terug, of gebruik een andere, en maak de kopie opnieuw. Een map op de stick met ‘(wordt gekopieerd)’ aan het eind van de naam is niet compleet: die mag u verwijderen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="373"/>
        <source>The copy is not right</source>
        <translation>De kopie klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="374"/>
        <source>OpnameStudio read the copy back from the USB stick and it is not the same as the recording. This USB stick cannot be trusted. The copy has been removed.</source>
        <translation>OpnameStudio heeft de kopie teruggelezen van de USB-stick, en die is niet gelijk aan de opname. Deze USB-stick is niet betrouwbaar. De kopie is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="379"/>
        <source>Use another USB stick and make the copy again.</source>
        <translation>Gebruik een andere USB-stick en maak de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="383"/>
        <source>The copy could not be made</source>
        <translation>De kopie kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="384"/>
        <source>Something went wrong while copying. Nothing on the USB stick looks like a finished copy.</source>
        <translation>Er ging iets mis bij het kopiëren. Niets op de USB-stick lijkt op een afgemaakte kopie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="389"/>
        <source>Try again, or use another USB stick. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw, of gebruik een andere USB-stick. Gebeurt dit weer? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="397"/>
        <source>The log cannot be kept</source>
        <translation>Het logboek kan niet worden bijgehouden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="398"/>
        <source>OpnameStudio keeps a log of every copy that is given out. This log cannot be written, or it was changed.</source>
        <translation>OpnameStudio houdt een logboek bij van elke kopie die wordt meegegeven. Dit logboek kan niet worden bijgewerkt, of het is veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="403"/>
        <source>Do not delete anything in OpnameStudio&apos;s folder. Contact your IT department.</source>
        <translation>Verwijder niets in de map van OpnameStudio. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="410"/>
        <source>The microphone cannot be used</source>
        <translation>De microfoon is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="411"/>
        <source>OpnameStudio cannot use the chosen microphone. Maybe another program is using it.</source>
        <translation>OpnameStudio kan de gekozen microfoon niet gebruiken. Misschien gebruikt een ander programma hem al.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="415"/>
        <source>Close other programs that use the microphone, or choose another microphone. Then try again.</source>
        <translation>Sluit andere programma’s die de microfoon gebruiken, of kies een andere microfoon. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="422"/>
        <source>Something went wrong with the recording</source>
        <translation>Er ging iets mis met de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="423"/>
        <source>The recording could not start or could not continue.</source>
        <translation>De opname kon niet beginnen of kon niet doorgaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="424"/>
        <source>Start a new recording. Does this happen again? Contact your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="430"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="431"/>
        <source>OpnameStudio ran into a problem it did not expect.</source>
        <translation>OpnameStudio kwam een onverwacht probleem tegen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="432"/>
        <source>Try again. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="439"/>
        <source>The recording up to that moment is kept:
{path}</source>
        <translation>De opname tot dat moment is bewaard:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="440"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="441"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="442"/>
        <source>What was recorded so far is kept safe. OpnameStudio turns it into a sound file the next time it starts.</source>
        <translation>Wat al was opgenomen, is veilig bewaard. OpnameStudio maakt er bij de volgende start een geluidsbestand van.</translation>
    </message>
</context>
</TS>
