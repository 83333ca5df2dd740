<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AgreementRow</name>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="203"/>
        <source>Agreement {n}</source>
        <translation>Afspraak {n}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="205"/>
        <source>Use agreement {n}</source>
        <translation>Afspraak {n} gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="209"/>
        <source>Text of agreement {n}</source>
        <translation>Tekst van afspraak {n}</translation>
    </message>
</context>
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
        <translation>Weghalen</translation>
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
    <name>AnnouncePage</name>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="81"/>
        <source>Announce and agree</source>
        <translation>Aankondigen en afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="83"/>
        <source>● Recording: the agreements are part of the recording</source>
        <translation>● Opname loopt: de afspraken horen bij de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="85"/>
        <source>Recording in progress</source>
        <translation>De opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="95"/>
        <source>Microphone in use</source>
        <translation>Microfoon die wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="102"/>
        <source>Read this aloud:</source>
        <translation>Lees dit hardop voor:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="106"/>
        <source>Text to read aloud</source>
        <translation>Tekst om voor te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="113"/>
        <source>Who said akkoord?</source>
        <translation>Wie zei akkoord?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="119"/>
        <source>Click what each person says aloud. Everyone must agree. Signing the paper is not needed: the spoken agreement is in the recording.</source>
        <translation>Klik wat ieder hardop zegt. Iedereen moet akkoord zijn. Tekenen op papier hoeft niet: wat hardop is gezegd, staat in de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="128"/>
        <source>State of the agreements</source>
        <translation>Stand van de afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="129"/>
        <source>Close the agreements and start the conversation</source>
        <translation>Afspraken afronden en het gesprek beginnen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="133"/>
        <source>Close the agreements and go on recording the conversation</source>
        <translation>Afspraken afronden en het gesprek verder opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="136"/>
        <source>Stop and delete the recording</source>
        <translation>Opname stoppen en wissen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="138"/>
        <source>Stop now and delete the recording made so far</source>
        <translation>Nu stoppen en wissen wat tot nu toe is opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="192"/>
        <source>Microphone: {name} · file: {file}</source>
        <translation>Microfoon: {name} · bestand: {file}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="244"/>
        <source>Stop the recording?</source>
        <translation>Opname stoppen?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="245"/>
        <source>&lt;b&gt;Stop the recording?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opname stoppen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="247"/>
        <source>The recording made so far is deleted. Nothing of it is kept.</source>
        <translation>Wat tot nu toe is opgenomen, wordt gewist. Er blijft niets van over.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="249"/>
        <location filename="../../opnamestudio/ui/announce_page.py" line="270"/>
        <source>Stop and delete</source>
        <translation>Stoppen en wissen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="250"/>
        <source>Keep recording</source>
        <translation>Doorgaan met opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="262"/>
        <location filename="../../opnamestudio/ui/announce_page.py" line="293"/>
        <source>Not akkoord</source>
        <translation>Niet akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="263"/>
        <source>&lt;b&gt;Someone does not agree&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iemand is niet akkoord&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="266"/>
        <source>Then the recording stops and everything recorded so far is deleted. Afterwards you can offer something else, such as a written summary.</source>
        <translation>Dan stopt de opname en wordt alles gewist wat tot nu toe is opgenomen. Daarna kunt u iets anders aanbieden, bijvoorbeeld een kort verslag op papier.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="271"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="289"/>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="291"/>
        <source>{who} says akkoord</source>
        <translation>{who} zegt akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="295"/>
        <source>{who} says not akkoord</source>
        <translation>{who} zegt niet akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="302"/>
        <source>Answer of {who}</source>
        <translation>Antwoord van {who}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="326"/>
        <source>akkoord</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="326"/>
        <source>not akkoord</source>
        <translation>niet akkoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="336"/>
        <source>Everyone said akkoord. Close the agreements to start the conversation.</source>
        <translation>Iedereen zei akkoord. Rond de afspraken af om het gesprek te beginnen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="338"/>
        <source>Someone does not agree.</source>
        <translation>Iemand is niet akkoord.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/announce_page.py" line="340"/>
        <source>Waiting for {count} answer(s).</source>
        <translation>Nog {count} antwoord(en) nodig.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="156"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="469"/>
        <source>dd-MM-yyyy</source>
        <extracomment>Role of the ArchivedRecording on the first column; role of each column&apos;s sort value. The state filter&apos;s choices: (code, states shown). The period filter&apos;s choices: (code, days back; None: all). How often the page reads the playback position and feeds the buffer. Keyboard steps of the position slider, in milliseconds.</extracomment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="164"/>
        <source>Deleted on {date}</source>
        <translation>Verwijderd op {date}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="167"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="358"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="168"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="357"/>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="337"/>
        <location filename="../../opnamestudio/ui/main_window.py" line="130"/>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="341"/>
        <source>The recordings the organisation keeps, locked on this computer. Choose one to play, check or copy again. Each is kept until its date under &apos;Keep until&apos;.</source>
        <translation>De opnames die de organisatie bewaart, op slot op deze computer. Kies een opname om af te spelen, te controleren of opnieuw te kopiëren. Elke opname blijft bewaard tot de datum onder &apos;Bewaren tot&apos;.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="349"/>
        <source>Search by name, date or code</source>
        <translation>Zoek op naam, datum of code</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="350"/>
        <source>Search in the archive</source>
        <translation>Zoeken in het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="354"/>
        <source>Show recordings by state</source>
        <translation>Opnames tonen per status</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="356"/>
        <source>All recordings</source>
        <translation>Alle opnames</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="363"/>
        <source>Show recordings by period</source>
        <translation>Opnames tonen per periode</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="365"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="366"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="367"/>
        <source>Last 31 days</source>
        <translation>Afgelopen 31 dagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="368"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="380"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="381"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="382"/>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="383"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="384"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="400"/>
        <source>Archived recordings</source>
        <translation>Opnames in het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="403"/>
        <source>Use the arrow keys to choose a recording, Enter to play or pause it and Delete to delete it.</source>
        <translation>Kies een opname met de pijltjestoetsen. Met Enter speelt u de opname af of zet u hem op pauze. Met Delete verwijdert u hem.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="425"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="726"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="427"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="728"/>
        <source>Play the chosen recording</source>
        <translation>De gekozen opname afspelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="430"/>
        <source>Position in the recording</source>
        <translation>Plek in de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="437"/>
        <source>Time played</source>
        <translation>Afgespeelde tijd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="443"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="445"/>
        <source>Check that the chosen recording is still the sealed original</source>
        <translation>Controleren of de gekozen opname nog de verzegelde opname is</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="448"/>
        <source>Copy again…</source>
        <translation>Opnieuw een kopie…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="450"/>
        <source>Make a new copy of the chosen recording for the client</source>
        <translation>Een nieuwe kopie van de gekozen opname maken voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="453"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="454"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="525"/>
        <source>Delete the sound of the chosen recording</source>
        <translation>Het geluid van de gekozen opname verwijderen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="456"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="457"/>
        <location filename="../../opnamestudio/ui/archive_page.py" line="530"/>
        <source>Refresh the list of the archive</source>
        <translation>De lijst van het archief vernieuwen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="466"/>
        <source>Keep until:</source>
        <translation>Bewaren tot:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="470"/>
        <source>Keep the chosen recording until</source>
        <translation>De gekozen opname bewaren tot</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="473"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="474"/>
        <source>Change the date until which it is kept</source>
        <translation>De datum wijzigen tot wanneer de opname bewaard blijft</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="488"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="717"/>
        <source>{position} of {length}</source>
        <translation>{position} van {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="726"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="728"/>
        <source>Pause the playback</source>
        <translation>Het afspelen pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="767"/>
        <source>&apos;{name}&apos; is not in order. Keep it as it is and contact your IT department.</source>
        <translation>&apos;{name}&apos; is niet in orde. Laat de opname zoals hij is en neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="776"/>
        <source>&apos;{name}&apos; is in order: the locked file holds exactly the sealed recording, and the seal&apos;s signature holds.</source>
        <translation>&apos;{name}&apos; is in orde: het bestand op slot bevat precies de verzegelde opname, en de handtekening van het zegel klopt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="781"/>
        <source>The sound of &apos;{name}&apos; is exactly the sealed recording, but the seal&apos;s signature does not hold. Contact your IT department.</source>
        <translation>Het geluid van &apos;{name}&apos; is precies de verzegelde opname, maar de handtekening van het zegel klopt niet. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="836"/>
        <source>Delete this recording?</source>
        <translation>Deze opname verwijderen?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="849"/>
        <source>Deleted from this computer: the sound of the recording. This cannot be undone.</source>
        <translation>Dit wordt van deze computer verwijderd: het geluid van de opname. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="853"/>
        <source>Deleted from this computer: the sound of the recording. This cannot be undone. The record of the conversation (names, purpose) stays as long as another recording of it is kept.</source>
        <translation>Dit wordt van deze computer verwijderd: het geluid van de opname. Dit kunt u niet ongedaan maken. Het verslag van het gesprek (namen, doel) blijft bewaard zolang er nog een andere opname van dit gesprek bewaard wordt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="859"/>
        <source>Deleted from this computer: the sound of the recording and the record of the conversation (names, purpose). This cannot be undone.</source>
        <translation>Dit wordt van deze computer verwijderd: het geluid van de opname en het verslag van het gesprek (namen, doel). Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="863"/>
        <source>Kept: the seal of the recording. It holds no names, and with it a copy that turns up later can still be checked. The deletion is written in the log.</source>
        <translation>Dit blijft bewaard: het zegel van de opname. Daarin staan geen namen. Met het zegel kan een kopie die later opduikt nog steeds worden gecontroleerd. Het verwijderen wordt in het logboek gezet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="866"/>
        <source>&apos;{name}&apos; of {when} ({length}).</source>
        <translation>&apos;{name}&apos; van {when} ({length}).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="871"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="872"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="884"/>
        <source>The sound of &apos;{name}&apos; was deleted. Its seal is kept.</source>
        <translation>Het geluid van &apos;{name}&apos; is verwijderd. Het zegel blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="926"/>
        <source>&apos;{name}&apos; is now kept until {date}.</source>
        <translation>&apos;{name}&apos; wordt nu bewaard tot {date}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="953"/>
        <source>The sound was deleted; the seal is kept.</source>
        <translation>Het geluid is verwijderd; het zegel blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="966"/>
        <source>Possible: {earliest} to {latest} (the organisation keeps recordings {months} months).</source>
        <translation>Mogelijk: {earliest} tot en met {latest} (de organisatie bewaart opnames {months} maanden).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="1080"/>
        <source>The archive is empty. A recording the organisation makes appears here once it has been sealed and locked in the archive.</source>
        <translation>Het archief is leeg. Een opname van de organisatie komt hier te staan zodra hij verzegeld is en op slot in het archief staat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="1085"/>
        <source>No recording matches the search or the filters.</source>
        <translation>Geen opname past bij de zoekwoorden of de filters.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="1098"/>
        <source>no end date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_page.py" line="1124"/>
        <source>No recording chosen.</source>
        <translation>Geen opname gekozen.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="286"/>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ClientRecordsPage</name>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="93"/>
        <source>The client records</source>
        <translation>De cliënt neemt op</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="97"/>
        <source>OpnameStudio does not record this conversation: the client records with their own phone. The agreements are saved. Read the text below aloud at the start of the recording.</source>
        <translation>OpnameStudio neemt dit gesprek niet op: de cliënt neemt op met de eigen telefoon. De afspraken zijn bewaard. Lees de tekst hieronder hardop voor als de opname begint.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="106"/>
        <source>Text to read aloud</source>
        <translation>Tekst om voor te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="110"/>
        <source>Where the agreements are saved</source>
        <translation>Waar de afspraken zijn bewaard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="111"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="113"/>
        <source>Done: back to a new conversation</source>
        <translation>Klaar: naar een nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="130"/>
        <source>The agreements are saved:
{path}
Check code: {code}</source>
        <translation>De afspraken zijn bewaard:
{path}
Controlecode: {code}</translation>
    </message>
</context>
<context>
    <name>ConversationFlow</name>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="377"/>
        <source>Everyone agreed. The conversation is being recorded.</source>
        <extracomment>The last refusal dialog opened (tests look at it).</extracomment>
        <translation>Iedereen is akkoord. Het gesprek wordt opgenomen.</translation>
    </message>
</context>
<context>
    <name>DeclinedPage</name>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="144"/>
        <source>This conversation is not recorded</source>
        <translation>Dit gesprek wordt niet opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="149"/>
        <source>Offer something else instead:</source>
        <translation>Bied in plaats daarvan iets anders aan:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="154"/>
        <source>Alternatives to offer</source>
        <translation>Wat u kunt aanbieden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="155"/>
        <source>Make a record for the dossier…</source>
        <translation>Verslag voor het dossier maken…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="157"/>
        <source>Make a record of the reason and the alternative for the dossier</source>
        <translation>Een verslag maken van de reden en wat u aanbiedt, voor het dossier</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="160"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="162"/>
        <source>Start preparing a new conversation</source>
        <translation>Een nieuw gesprek voorbereiden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="181"/>
        <source>The recording could not be deleted. See the message.</source>
        <translation>De opname kon niet worden gewist. Lees de melding.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="183"/>
        <source>The recording was stopped and deleted. Nothing of it is kept.</source>
        <translation>De opname is gestopt en gewist. Er blijft niets van over.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="186"/>
        <source>Not everyone agreed. The recording was stopped and deleted: nothing of it is kept. The deletion is noted in the log.</source>
        <translation>Niet iedereen is akkoord. De opname is gestopt en gewist: er blijft niets van over. Dat het wissen is gebeurd, staat in het logboek.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="196"/>
        <source>Print…</source>
        <extracomment>Where the QR code image lives among a document&apos;s resources. The QR code&apos;s side on paper, quiet zone included: 36 mm (in 1/96 inch, Qt&apos;s text unit). Light modules around the code: the four the QR standard asks for.</extracomment>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="198"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="200"/>
        <source>Save as web page…</source>
        <translation>Opslaan als webpagina…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="201"/>
        <source>The text for the organisation&apos;s website (HTML)</source>
        <translation>De tekst voor de website van de organisatie (HTML)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="204"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="239"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="239"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="243"/>
        <source>Save as web page</source>
        <translation>Opslaan als webpagina</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="243"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webpagina&apos;s (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="259"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="259"/>
        <source>Saved as:
{path}</source>
        <translation>Opgeslagen als:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="302"/>
        <source>Agreements about the recording</source>
        <translation>Afspraken over de geluidsopname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="315"/>
        <source>Receipt for the client</source>
        <translation>Ontvangstbewijs voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/documents.py" line="335"/>
        <source>Information leaflet about recording</source>
        <translation>Folder over het opnemen van gesprekken</translation>
    </message>
</context>
<context>
    <name>EditTimeline</name>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="67"/>
        <source>Added: about {copy} in this copy (in the original at about {orig_at})</source>
        <translation>Toegevoegd: ongeveer {copy} in deze kopie (in het origineel rond {orig_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="72"/>
        <source>Added: {copy} in this copy (in the original at {orig_at})</source>
        <translation>Toegevoegd: {copy} in deze kopie (in het origineel op {orig_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="77"/>
        <source>Replaced: about {orig} of the original (in this copy about {copy})</source>
        <translation>Vervangen: ongeveer {orig} van het origineel (in deze kopie ongeveer {copy})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="81"/>
        <source>Replaced: {orig} of the original (in this copy {copy})</source>
        <translation>Vervangen: {orig} van het origineel (in deze kopie {copy})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="85"/>
        <source>Taken out, as announced: {orig} of the original (in this copy at {copy_at})</source>
        <translation>Weggehaald, zoals aangekondigd: {orig} van het origineel (in deze kopie bij {copy_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="90"/>
        <source>Removed: about {orig} of the original (in this copy at about {copy_at})</source>
        <translation>Weggehaald: ongeveer {orig} van het origineel (in deze kopie rond {copy_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="95"/>
        <source>Removed: {orig} of the original (in this copy at {copy_at})</source>
        <translation>Weggehaald: {orig} van het origineel (in deze kopie op {copy_at})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="100"/>
        <source>(in a silence: the exact place cannot be determined)</source>
        <translation>(in een stilte: de precieze plek is niet te bepalen)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="126"/>
        <source>Timeline of the original recording</source>
        <translation>Tijdlijn van de originele opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="162"/>
        <source>The original recording is {length} long.</source>
        <translation>De originele opname duurt {length}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="164"/>
        <source>Nothing is marked on it.</source>
        <translation>Er is niets op aangegeven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="277"/>
        <source>the original recording</source>
        <translation>de originele opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="285"/>
        <source>unchanged</source>
        <translation>niet veranderd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="288"/>
        <source>taken out, as announced</source>
        <translation>weggehaald, zoals aangekondigd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="290"/>
        <source>removed</source>
        <translation>weggehaald</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="290"/>
        <source>removed, about here</source>
        <translation>ongeveer hier weggehaald</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="293"/>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="293"/>
        <source>replaced, about here</source>
        <translation>ongeveer hier vervangen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="296"/>
        <source>added here</source>
        <translation>hier toegevoegd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/timeline.py" line="296"/>
        <source>added about here</source>
        <translation>ongeveer hier toegevoegd</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="127"/>
        <source>Calculating the time left…</source>
        <extracomment>The agreement&apos;s file name on the copy. How often the dialog reads the progress. No estimate of the time left before this many seconds: the first chunks say little.</extracomment>
        <translation>De resterende tijd wordt berekend…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="130"/>
        <source>About {n} s left</source>
        <translation>Nog ongeveer {n} seconden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="132"/>
        <source>About {n} min left</source>
        <translation>Nog ongeveer {n} minuten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="162"/>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="174"/>
        <source>Copy for the client</source>
        <extracomment>The finished copy (after success).</extracomment>
        <translation>Kopie voor cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="178"/>
        <source>The client gets an exact copy of the recording, with the seal, an explanation (LEESMIJ.txt) and the agreements as PDF. OpnameStudio reads the copy back to check it.</source>
        <translation>De cliënt krijgt een precieze kopie van de opname, met het zegel, een uitleg (LEESMIJ.txt) en de afspraken als PDF. OpnameStudio leest de kopie daarna terug om te controleren of alles klopt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="185"/>
        <source>Recording: {name}</source>
        <translation>Opname: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="191"/>
        <source>Where should the copy go?</source>
        <translation>Waar moet de kopie komen?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="194"/>
        <source>USB sticks and folders</source>
        <translation>USB-sticks en mappen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="199"/>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="200"/>
        <source>Look again for USB sticks</source>
        <translation>Opnieuw zoeken naar USB-sticks</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="202"/>
        <source>Choose a folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="212"/>
        <source>Progress of the copy</source>
        <translation>Voortgang van de kopie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="222"/>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="416"/>
        <source>Make the copy</source>
        <translation>Kopie maken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="225"/>
        <source>Receipt for the client…</source>
        <translation>Ontvangstbewijs voor de cliënt…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="227"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="267"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="298"/>
        <source>No USB stick found. Connect one and click &apos;Search again&apos;, or choose a folder.</source>
        <translation>Geen USB-stick gevonden. Steek er een in en klik op &apos;Opnieuw zoeken&apos;, of kies een map.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="327"/>
        <source>Choose a folder for the copy</source>
        <translation>Kies een map voor de kopie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="416"/>
        <source>Make another copy</source>
        <translation>Nog een kopie maken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="452"/>
        <source>The copy is ready and checked.</source>
        <translation>De kopie is klaar en gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="454"/>
        <source>Written to the folder:</source>
        <translation>Gezet in de map:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="457"/>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="464"/>
        <source>The fingerprint to compare (on the receipt): {fingerprint}</source>
        <translation>De vingerafdruk om te vergelijken (staat op het ontvangstbewijs): {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="472"/>
        <source>Give the client the receipt. Then remove the USB stick safely (&apos;Eject&apos;) before you pull it out.</source>
        <translation>Geef de cliënt het ontvangstbewijs. Werp de USB-stick daarna veilig uit (&apos;Uitwerpen&apos;) voordat u hem uit de computer haalt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="502"/>
        <source>{free} free</source>
        <translation>{free} vrij</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="517"/>
        <source>Choose the sealed recording to copy</source>
        <translation>Kies de verzegelde opname om te kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/export_dialog.py" line="519"/>
        <source>Recordings (*.flac *.wav *.mp3 *.m4a *.ogg);;All files (*)</source>
        <translation>Opnamen (*.flac *.wav *.mp3 *.m4a *.ogg);;Alle bestanden (*)</translation>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="96"/>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="105"/>
        <source>Receive a recording from the client</source>
        <extracomment>Longest note kept with a received copy. What import_received returned (after success).</extracomment>
        <translation>Opname van de cliënt ontvangen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="109"/>
        <source>Did the client make a recording and give you a copy? OpnameStudio keeps it exactly as you received it and seals it, with today&apos;s date. Any kind of file is fine: WAV, FLAC, MP3, M4A, OGG or another.</source>
        <translation>Heeft de cliënt het gesprek opgenomen en u een kopie gegeven? OpnameStudio bewaart die precies zoals u hem kreeg en verzegelt hem, met de datum van vandaag. Elk soort bestand kan: WAV, FLAC, MP3, M4A, OGG of een ander.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="118"/>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="119"/>
        <source>File of the client</source>
        <translation>Bestand van de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="120"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="127"/>
        <source>For example: received on a USB stick</source>
        <translation>Bijvoorbeeld: gekregen op een USB-stick</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="128"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="130"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="131"/>
        <source>Note (optional):</source>
        <translation>Opmerking (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="136"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="146"/>
        <source>Receive and seal</source>
        <translation>Ontvangen en verzegelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="149"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="187"/>
        <source>Choose the recording of the client</source>
        <translation>Kies de opname van de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="190"/>
        <source>Sound files (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aac *.wma);;All files (*)</source>
        <translation>Geluidsbestanden (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aac *.wma);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="273"/>
        <source>The recording is received and sealed.</source>
        <translation>De opname is ontvangen en verzegeld.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="276"/>
        <source>Kept in the archive as:</source>
        <translation>Bewaard in het archief als:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="281"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="288"/>
        <source>OpnameStudio could read the sound. A converted copy of it can be checked against this seal later.</source>
        <translation>OpnameStudio kon het geluid lezen. Ook een omgezette kopie ervan is later met dit zegel te controleren.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/import_dialog.py" line="293"/>
        <source>OpnameStudio could not read the sound of this file. It is sealed by its bytes only: an exact copy can be checked, a converted one cannot.</source>
        <translation>OpnameStudio kon het geluid van dit bestand niet lezen. Het is alleen verzegeld zoals het bestand nu is: een precieze kopie is te controleren, een omgezette kopie niet.</translation>
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
        <location filename="../../opnamestudio/ui/widgets.py" line="128"/>
        <source>Sound level</source>
        <translation>Geluidsniveau</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="154"/>
        <location filename="../../opnamestudio/ui/widgets.py" line="184"/>
        <source>not recorded</source>
        <translation>niet opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="186"/>
        <source>too loud</source>
        <translation>te hard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="188"/>
        <source>silent</source>
        <translation>stil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="114"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="117"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="123"/>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="135"/>
        <location filename="../../opnamestudio/ui/main_window.py" line="140"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="142"/>
        <source>Start a new conversation</source>
        <translation>Een nieuw gesprek beginnen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="144"/>
        <source>Prepare a new conversation ({keys})</source>
        <translation>Een nieuw gesprek voorbereiden ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="236"/>
        <source>More menus</source>
        <extracomment>Asks for the archive passphrase: (parent, explanation, problem or None) -&gt; passphrase or None; replaceable (tests answer without a dialog).</extracomment>
        <translation>Meer menu&apos;s</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="237"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="247"/>
        <source>C&amp;opies</source>
        <translation>&amp;Kopieën</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="249"/>
        <source>Copy for &amp;client…</source>
        <translation>Kopie voor &amp;cliënt…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="252"/>
        <source>Copy &amp;received from client…</source>
        <translation>Kopie van cliënt &amp;ontvangen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="256"/>
        <source>Information &amp;leaflet…</source>
        <translation>&amp;Informatiefolder…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="259"/>
        <source>&amp;Extra</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="261"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="433"/>
        <source>A recording was cut off unexpectedly. What was recorded is locked with the archive&apos;s key. Enter the archive password to restore the recording.</source>
        <translation>Een opname werd onverwacht afgebroken. Wat is opgenomen, zit op slot met de sleutel van het archief. Vul het wachtwoord van het archief in om de opname te herstellen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="448"/>
        <source>A recording that was cut off is locked with the archive&apos;s key and is not restored yet. It stays safe: OpnameStudio restores it at the next start. Have the archive password ready then.</source>
        <translation>Een opname die werd afgebroken, zit op slot met de sleutel van het archief en is nog niet hersteld. De opname blijft veilig: OpnameStudio herstelt hem bij de volgende start. Houd dan het wachtwoord van het archief bij de hand.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="455"/>
        <source>Recording not restored yet</source>
        <translation>Opname nog niet hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="466"/>
        <source>A recording was cut off unexpectedly. The recording up to that moment is sealed and kept in the organisation&apos;s archive, locked with its key. You find it on the page &apos;Archive&apos;.
Length: {length}</source>
        <translation>Een opname werd onverwacht afgebroken. De opname tot dat moment is verzegeld en op slot bewaard in het archief van de organisatie. U vindt hem op de pagina &apos;Archief&apos;.
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="471"/>
        <source>A recording was cut off unexpectedly. The recording up to that moment is kept:
{path}
Length: {length}</source>
        <translation>Een opname werd onverwacht afgebroken. De opname tot dat moment is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="455"/>
        <source>Recording restored</source>
        <translation>Opname hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="426"/>
        <source>The password is not right.</source>
        <translation>Het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="428"/>
        <source>Enter the archive password again. Or click &apos;Cancel&apos;: the recording then stays locked and safe, and OpnameStudio restores it at the next start.</source>
        <translation>Vul het wachtwoord van het archief opnieuw in. Of klik op &apos;Annuleren&apos;: dan blijft de opname veilig op slot, en OpnameStudio herstelt hem bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="476"/>
        <source>It is not in the archive: {reason} Do not delete or move the file, and tell your IT department: they can put it in the archive later.</source>
        <translation>Hij staat niet in het archief: {reason} Verwijder of verplaats het bestand niet, en meld het bij uw IT-afdeling. Zij kunnen de opname later in het archief zetten.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="500"/>
        <source>A recording is running</source>
        <translation>Er loopt een opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="501"/>
        <source>&lt;b&gt;A recording is running&lt;/b&gt;</source>
        <translation>&lt;b&gt;Er loopt een opname&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="504"/>
        <source>Do you want to stop the recording and close OpnameStudio? The recording is kept.</source>
        <translation>Wilt u de opname stoppen en OpnameStudio sluiten? De opname wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="507"/>
        <source>Stop and close</source>
        <translation>Stoppen en sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="508"/>
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
    <name>ParticipantRow</name>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="104"/>
        <source>Name (optional)</source>
        <translation>Naam (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="105"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="116"/>
        <source>Role of participant {n}</source>
        <translation>Rol van deelnemer {n}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="117"/>
        <source>Name of participant {n}</source>
        <translation>Naam van deelnemer {n}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="118"/>
        <source>Remove participant {n}</source>
        <translation>Deelnemer {n} weghalen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/archive_access.py" line="105"/>
        <location filename="../../opnamestudio/ui/archive_access.py" line="107"/>
        <location filename="../../opnamestudio/ui/archive_access.py" line="123"/>
        <source>Archive password</source>
        <extracomment>Where decrypted copies wait for the export (each deleted right after; leftovers at the next).</extracomment>
        <translation>Wachtwoord van het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_access.py" line="116"/>
        <source>This computer keeps the archive&apos;s key locked with a password. Enter the archive password to open the recording.</source>
        <translation>Deze computer bewaart de sleutel van het archief achter een wachtwoord. Vul het wachtwoord van het archief in om de opname te openen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_access.py" line="128"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_access.py" line="129"/>
        <source>Open the archive with this password</source>
        <translation>Het archief openen met dit wachtwoord</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/archive_access.py" line="132"/>
        <location filename="../../opnamestudio/ui/archive_access.py" line="133"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="321"/>
        <source>Pause the recording</source>
        <translation>De opname pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="323"/>
        <source>Say aloud that you are pausing the recording, and why.</source>
        <translation>Zeg hardop dat u de opname pauzeert, en waarom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="332"/>
        <source>What you say now is still recorded. During the pause nothing is recorded. The pause and its reason are noted in the seal.</source>
        <translation>Wat u nu zegt, wordt nog opgenomen. Tijdens de pauze wordt niets opgenomen. De pauze en de reden komen in het zegel.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="337"/>
        <source>Why are you pausing?</source>
        <translation>Waarom pauzeert u?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="339"/>
        <source>A short break</source>
        <translation>Een korte pauze</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="340"/>
        <source>Something private, not part of the conversation</source>
        <translation>Iets persoonlijks dat niet bij het gesprek hoort</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="341"/>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="351"/>
        <source>Pause now</source>
        <translation>Nu pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="352"/>
        <source>Pause the recording now</source>
        <translation>De opname nu pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="355"/>
        <source>Keep recording</source>
        <translation>Doorgaan met opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="356"/>
        <source>Keep recording without a pause</source>
        <translation>Doorgaan met opnemen, zonder pauze</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="64"/>
        <source>Professional (organisation)</source>
        <translation>Medewerker (organisatie)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="65"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="66"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="67"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="68"/>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="69"/>
        <source>Confidant</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="70"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="71"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="74"/>
        <source>The organisation records (with this laptop)</source>
        <translation>De organisatie neemt op (met deze laptop)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="75"/>
        <source>The client records (with their own phone)</source>
        <translation>De cliënt neemt op (met de eigen telefoon)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="76"/>
        <source>Both record</source>
        <translation>Allebei: de organisatie én de cliënt nemen op</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="244"/>
        <source>Prepare the conversation</source>
        <translation>Het gesprek voorbereiden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="248"/>
        <source>Would you like to record the conversation? You may, and there is no need to do it secretly.</source>
        <translation>Wilt u het gesprek opnemen? Dat mag, en het hoeft niet stiekem.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="254"/>
        <source>Tip for the start of the conversation</source>
        <translation>Tip voor het begin van het gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="285"/>
        <source>Refuse a recording…</source>
        <translation>Opname weigeren…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="287"/>
        <source>Refuse a recording for weighty reasons and offer an alternative</source>
        <translation>Een opname weigeren om zwaarwegende redenen, en iets anders aanbieden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="290"/>
        <source>Rule 1: only for weighty reasons, and always with an alternative</source>
        <translation>Spelregel 1: alleen om zwaarwegende redenen, en altijd met iets anders in de plaats</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="296"/>
        <source>Something still needs to be filled in</source>
        <translation>Er moet nog iets worden ingevuld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="297"/>
        <source>Next: announce and agree</source>
        <translation>Verder: aankondigen en afspreken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="300"/>
        <source>Next: announce the recording and agree</source>
        <translation>Verder: de opname aankondigen en afspraken maken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="321"/>
        <source>Who takes part?</source>
        <translation>Wie doen er mee?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="324"/>
        <source>Name of the organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="325"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="327"/>
        <source>Problem with the organisation</source>
        <translation>Probleem met de organisatie</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="330"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="331"/>
        <source>Add a participant</source>
        <translation>Een deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="333"/>
        <source>Problem with the participants</source>
        <translation>Probleem met de deelnemers</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="334"/>
        <source>Roles are enough. A name is optional and never goes into the seal.</source>
        <translation>Rollen zijn genoeg. Een naam mag, maar hoeft niet. Een naam komt nooit in het zegel.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="353"/>
        <source>Who records?</source>
        <translation>Wie neemt op?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="367"/>
        <source>When the organisation records (required)</source>
        <translation>Als de organisatie opneemt (verplicht)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="371"/>
        <source>For example: to listen back to the agreements we make</source>
        <translation>Bijvoorbeeld: om de afspraken die we maken terug te luisteren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="373"/>
        <source>Purpose of the recording</source>
        <translation>Doel van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="374"/>
        <source>Problem with the purpose</source>
        <translation>Probleem met het doel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="376"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="379"/>
        <source>Legal basis (AVG)</source>
        <translation>Grondslag (AVG)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="380"/>
        <source>Problem with the legal basis</source>
        <translation>Probleem met de grondslag</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="383"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="384"/>
        <source>How long the recording is kept, in months</source>
        <translation>Hoe lang de opname bewaard blijft, in maanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="386"/>
        <source>Problem with the retention</source>
        <translation>Probleem met de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="389"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="390"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="391"/>
        <source>&amp;Kept for:</source>
        <translation>&amp;Bewaren:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="404"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="408"/>
        <source>Choose an answer…</source>
        <translation>Kies een antwoord…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="416"/>
        <source>Problem with the camera question</source>
        <translation>Probleem met de vraag over de camera</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="417"/>
        <source>OpnameStudio records sound only, never video.</source>
        <translation>OpnameStudio neemt alleen geluid op, nooit beeld.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="427"/>
        <source>Child or vulnerable adult</source>
        <translation>Kind of kwetsbare volwassene</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="428"/>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="429"/>
        <source>A child is involved in this conversation</source>
        <translation>Het gesprek gaat (ook) over een kind</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="431"/>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="434"/>
        <source>An adult takes part who may not be able to decide for themselves</source>
        <translation>Er doet een volwassene mee die misschien niet zelf kan beslissen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="438"/>
        <source>Problem with the child question</source>
        <translation>Probleem met de vraag over het kind</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="449"/>
        <source>The agreements (read aloud at the start)</source>
        <translation>De afspraken (worden aan het begin voorgelezen)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="452"/>
        <source>These agreements count for everyone in the conversation. Change a text or switch an agreement off when that fits this conversation better.</source>
        <translation>Deze afspraken gelden voor iedereen in het gesprek. Pas een tekst aan of zet een afspraak uit als dat beter past bij dit gesprek.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="460"/>
        <source>Problem with the agreements</source>
        <translation>Probleem met de afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="461"/>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="462"/>
        <source>Restore the standard agreements</source>
        <translation>De gewone afspraken terugzetten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="582"/>
        <source>Not complete yet: {problem}</source>
        <translation>Nog niet compleet: {problem}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="596"/>
        <source>Choose other words: speak of agreements, or of &apos;akkoord&apos; (tip 2 of the Nationale ombudsman).</source>
        <translation>Kies andere woorden: spreek van afspraken, of van &apos;akkoord&apos; (tip 2 van de Nationale ombudsman).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="600"/>
        <source>Fill in the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="604"/>
        <source>This name cannot be used.</source>
        <translation>Deze naam kan niet worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="607"/>
        <source>At least two people take part: someone of the organisation and someone else.</source>
        <translation>Er doen minstens twee mensen mee: iemand van de organisatie en iemand anders.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="611"/>
        <source>A child takes part: tick this box and answer the questions below.</source>
        <translation>Er doet een kind mee: vink dit vakje aan en beantwoord de vragen eronder.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="614"/>
        <source>Fill in why the organisation records.</source>
        <translation>Vul in waarom de organisatie opneemt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="617"/>
        <source>Choose the legal basis.</source>
        <translation>Kies de grondslag.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="619"/>
        <source>Fill in how many months the recording is kept.</source>
        <translation>Vul in hoeveel maanden de opname bewaard blijft.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="622"/>
        <source>Answer the camera question.</source>
        <translation>Beantwoord de vraag over de camera.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="625"/>
        <source>Answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="627"/>
        <source>An agreement that is on needs a text.</source>
        <translation>Een afspraak die aan staat, heeft een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="629"/>
        <source>Something is not filled in correctly. Check the form.</source>
        <translation>Er is iets niet goed ingevuld. Kijk het formulier na.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="137"/>
        <source>{text} (optional)</source>
        <translation>{text} (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="149"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="150"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="151"/>
        <source>Yes: {question}</source>
        <translation>Ja: {question}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="152"/>
        <source>No: {question}</source>
        <translation>Nee: {question}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/prepare_page.py" line="171"/>
        <source>Problem with this question</source>
        <translation>Probleem met deze vraag</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="168"/>
        <source>less than 1 min</source>
        <extracomment>The recording as kept (also when ``error`` ended it), None when nothing was kept. What ended the recording, if it was not the user (device lost, disk full, …). The recording in the archive: its plaintext audio file is gone. Why the sealed recording could not go into the archive (its file and seal stay).</extracomment>
        <translation>minder dan 1 minuut</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="170"/>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="171"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} uur en {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="231"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="785"/>
        <source>Ready to record.</source>
        <extracomment>The open pause question, if any.</extracomment>
        <translation>Klaar om op te nemen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="241"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="245"/>
        <source>Choose the microphone and where the recording goes. A recording starts in a conversation: click &apos;New conversation&apos;, prepare it and announce the recording.</source>
        <translation>Kies de microfoon en waar de opname komt. Een opname begint altijd in een gesprek: klik op ‘Nieuw gesprek’, bereid het gesprek voor en kondig de opname aan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="250"/>
        <source>Choose the microphone and where the recording goes. Then click &apos;Start recording&apos;.</source>
        <translation>Kies de microfoon en waar de opname komt. Klik daarna op ‘Start opname’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="260"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="651"/>
        <source>● Recording</source>
        <translation>● Opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="263"/>
        <source>Recording in progress</source>
        <translation>De opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="269"/>
        <source>Microphone in use</source>
        <translation>Gebruikte microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="272"/>
        <source>Space left on the disk</source>
        <translation>Ruimte op de schijf</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="300"/>
        <source>Marker</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="303"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="383"/>
        <source>Set a marker</source>
        <translation>Markering zetten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="305"/>
        <source>Mark this moment in the recording ({keys})</source>
        <translation>Markeer dit moment in de opname ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="324"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="325"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="327"/>
        <source>Open the folder of the recording</source>
        <translation>De map van de opname openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="331"/>
        <source>Go to the archive</source>
        <translation>Naar het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="333"/>
        <source>Go to the page &apos;Archive&apos;</source>
        <translation>Naar de pagina &apos;Archief&apos;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="377"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="880"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="881"/>
        <source>Start recording</source>
        <translation>Start opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="380"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="863"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="865"/>
        <source>Stop recording</source>
        <translation>Stop opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="386"/>
        <source>Pause or resume the recording</source>
        <translation>De opname pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="478"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="616"/>
        <source>Microphone: {name}</source>
        <translation>Microfoon: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="481"/>
        <source>Recording. Click &apos;Stop recording&apos; when the conversation is over.</source>
        <translation>De opname loopt. Klik op ‘Stop opname’ als het gesprek klaar is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="490"/>
        <source>A conversation is being recorded</source>
        <translation>Er wordt een gesprek opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="521"/>
        <source>Marker {number} set at {time}.</source>
        <translation>Markering {number} gezet op {time}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="550"/>
        <source>Paused: nothing is recorded now. Click &apos;Resume&apos; ({keys}) to go on.</source>
        <translation>Gepauzeerd: er wordt nu niets opgenomen. Klik op ‘Hervatten’ ({keys}) om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="561"/>
        <source>Recording again. Say aloud that the recording goes on.</source>
        <translation>De opname loopt weer. Zeg hardop dat de opname verder gaat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="580"/>
        <source>The battery is almost empty: {percent} % left. Connect the laptop to power now. If it switches off, the recording up to that moment is kept.</source>
        <translation>De batterij is bijna leeg: nog {percent}%. Sluit de laptop nu aan op de stroom. Gaat de laptop uit? Dan blijft de opname tot dat moment bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="585"/>
        <source>The battery is getting low: {percent} % left. Connect the laptop to power. The recording goes on.</source>
        <translation>De batterij raakt leeg: nog {percent}%. Sluit de laptop aan op de stroom. De opname gaat gewoon door.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="630"/>
        <source>Little space left on the disk: {time}. Finish the conversation in time.</source>
        <translation>Weinig ruimte op de schijf: nog {time}. Rond het gesprek op tijd af.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="633"/>
        <source>Space on the disk: {time} left</source>
        <translation>Ruimte op de schijf: nog {time}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="651"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="656"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="656"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="659"/>
        <source>Resume the recording</source>
        <translation>De opname hervatten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="659"/>
        <source>Pause the recording</source>
        <translation>De opname pauzeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="661"/>
        <source>Record again ({keys})</source>
        <translation>Weer opnemen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="661"/>
        <source>Pause, announced ({keys})</source>
        <translation>Aangekondigde pauze ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="668"/>
        <source>Sleep mode could not be turned off. Keep the laptop open and connected to power.</source>
        <translation>De slaapstand kon niet worden uitgezet. Houd de laptop open en aan de stroom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="684"/>
        <source>Stopping and deleting the recording…</source>
        <translation>De opname wordt gestopt en gewist…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="687"/>
        <source>Saving the recording…</source>
        <translation>De opname wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="758"/>
        <source>The recording could not be deleted.</source>
        <translation>De opname kon niet worden gewist.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="767"/>
        <source>The recording is stopped and deleted. Nothing of it is kept.</source>
        <translation>De opname is gestopt en gewist. Er blijft niets van over.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="794"/>
        <source>The recording up to the interruption is sealed and kept in the organisation&apos;s archive, locked with its key. You find it on the page &apos;Archive&apos;.
Length: {length}</source>
        <translation>De opname tot de onderbreking is verzegeld en op slot bewaard in het archief van de organisatie. U vindt hem op de pagina &apos;Archief&apos;.
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="800"/>
        <source>The recording is sealed and kept in the organisation&apos;s archive, locked with its key. You find it on the page &apos;Archive&apos;.
Length: {length}</source>
        <translation>De opname is verzegeld en op slot bewaard in het archief van de organisatie. U vindt hem op de pagina &apos;Archief&apos;.
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="810"/>
        <source>The recording is saved, but not in the archive (see the message):
{path}
Length: {length}</source>
        <translation>De opname is bewaard, maar niet in het archief (zie de melding):
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="815"/>
        <source>The recording up to the interruption is saved:
{path}
Length: {length}</source>
        <translation>De opname tot de onderbreking is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="818"/>
        <source>The recording is saved:
{path}
Length: {length}</source>
        <translation>De opname is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="866"/>
        <source>Stop the recording ({keys})</source>
        <translation>De opname stoppen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="871"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="880"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="871"/>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="872"/>
        <source>Start a new conversation</source>
        <translation>Een nieuw gesprek beginnen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="875"/>
        <source>Prepare the conversation and announce the recording first ({keys})</source>
        <translation>Eerst het gesprek voorbereiden en de opname aankondigen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="883"/>
        <source>Start the recording ({keys})</source>
        <translation>De opname starten ({keys})</translation>
    </message>
</context>
<context>
    <name>RecordingForm</name>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="72"/>
        <source>Microphone</source>
        <translation>Microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="74"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="76"/>
        <source>No microphone found</source>
        <translation>Geen microfoon gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="80"/>
        <source>Connect a microphone and click &apos;Search again&apos;.
Still nothing? Check the sound settings of the computer.</source>
        <translation>Sluit een microfoon aan en klik op ‘Opnieuw zoeken’.
Nog steeds niets? Kijk dan bij de geluidsinstellingen van de computer.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="84"/>
        <source>What to do without a microphone</source>
        <translation>Wat u kunt doen zonder microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="85"/>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="86"/>
        <source>Search for microphones again</source>
        <translation>Opnieuw naar microfoons zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="97"/>
        <source>Folder for the recording</source>
        <translation>Map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="98"/>
        <source>Choose folder…</source>
        <translation>Kies map…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="99"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="198"/>
        <source>Choose the folder for the recording</source>
        <translation>Kies de map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="106"/>
        <source>File name of the recording</source>
        <translation>Bestandsnaam van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="111"/>
        <source>Letters, digits, spaces and - _ . ( ) are allowed.</source>
        <translation>U kunt letters, cijfers, spaties en - _ . ( ) gebruiken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="115"/>
        <source>Problem with the file name</source>
        <translation>Probleem met de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="121"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfoon:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="123"/>
        <source>&amp;Save in:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="124"/>
        <source>File &amp;name:</source>
        <translation>&amp;Bestandsnaam:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="158"/>
        <source>Looking for microphones…</source>
        <translation>Microfoons zoeken…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="177"/>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="213"/>
        <source>This name cannot be used. Use letters, digits, spaces and - _ . ( )</source>
        <translation>Deze naam kan niet. Gebruik alleen letters, cijfers, spaties en - _ . ( )</translation>
    </message>
</context>
<context>
    <name>RecordingsList</name>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="195"/>
        <source>Sealed</source>
        <extracomment>Sound files the list shows (what the app records, and what it may receive from a client). Seal states, in the order the &quot;Seal&quot; column sorts them. Text colours of the states that need attention (the others keep the normal colour). The states whose recording can be copied for the client (it has a readable seal). The item data role that holds the value a column sorts by. The item data role that holds the entry&apos;s sound file (on the first column).</extracomment>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="196"/>
        <source>The recording is sealed. A change to it can be found.</source>
        <translation>De opname is verzegeld. Als iemand er iets aan verandert, is dat te zien.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="201"/>
        <source>Cut off, sealed</source>
        <translation>Afgebroken, verzegeld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="202"/>
        <source>The recording stopped unexpectedly. What was recorded up to that moment is kept and sealed.</source>
        <translation>De opname stopte onverwacht. Wat tot dat moment is opgenomen, is bewaard en verzegeld.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="209"/>
        <source>Seal damaged</source>
        <translation>Zegel beschadigd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="210"/>
        <source>The seal beside this file cannot be read. Check the recording to learn more.</source>
        <translation>Het zegel bij dit bestand is niet te lezen. Controleer de opname om meer te weten.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="216"/>
        <source>No seal</source>
        <translation>Geen zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="217"/>
        <source>There is no seal beside this file, so nobody can check it.</source>
        <translation>Bij dit bestand staat geen zegel. Niemand kan het dus controleren.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="228"/>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="275"/>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="303"/>
        <source>Recordings</source>
        <extracomment>The user wants to check this sound file (open it in &quot;Controleren&quot;). The user wants a copy of this sealed recording for the client (&quot;Kopie voor cliënt&quot;). A refresh finished; the list shows the folders&apos; current contents. The user wants the &quot;Archief&quot; page (where the recordings locked in the archive are).</extracomment>
        <translation>Opnamen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="279"/>
        <source>The recordings on this computer, newest first. Choose one and click &apos;Check&apos; to see whether it is still the original.</source>
        <translation>De opnamen op deze computer, de nieuwste bovenaan. Kies een opname en klik op &apos;Controleren&apos;. Dan ziet u of het nog de echte opname is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="288"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="288"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="288"/>
        <source>Seal</source>
        <translation>Zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="288"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="305"/>
        <source>Use the arrow keys to choose a recording and Enter to check it.</source>
        <translation>Kies een opname met de pijltjestoetsen. Druk op Enter om hem te controleren.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="315"/>
        <source>No recordings yet. A recording appears here as soon as it has been made and sealed.</source>
        <translation>Nog geen opnamen. Een opname staat hier zodra hij gemaakt en verzegeld is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="328"/>
        <source>New recordings are kept in the organisation&apos;s archive, locked with its key. You find them on the page &apos;Archive&apos;.</source>
        <translation>Nieuwe opnamen worden op slot bewaard in het archief van de organisatie. U vindt ze op de pagina &apos;Archief&apos;.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="334"/>
        <source>Go to the archive</source>
        <translation>Naar het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="335"/>
        <source>Go to the page &apos;Archive&apos;</source>
        <translation>Naar de pagina &apos;Archief&apos;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="343"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="345"/>
        <source>Check the chosen recording</source>
        <translation>De gekozen opname controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="347"/>
        <source>Copy for client…</source>
        <translation>Kopie voor cliënt…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="350"/>
        <source>Make a copy of the chosen recording for the client</source>
        <translation>Maak een kopie van de gekozen opname voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="353"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="354"/>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="382"/>
        <source>Open the folder of the recordings</source>
        <translation>De map met de opnamen openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="356"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="357"/>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="384"/>
        <source>Refresh the list of recordings</source>
        <translation>De lijst met opnamen vernieuwen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="487"/>
        <source>No recordings on this computer outside the archive.</source>
        <translation>Geen opnamen op deze computer buiten het archief.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/recordings_list.py" line="531"/>
        <source>unknown</source>
        <translation>onbekend</translation>
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
        <source>Recordings in OpnameStudio&apos;s archive are stored encrypted. If the computer breaks or the key is lost, only the recovery key can open them again.

Save the recovery key on a USB stick and keep it locked away, apart from this laptop. Your IT department may already keep one: ask them.</source>
        <translation>De opnamen in het archief van OpnameStudio worden versleuteld bewaard. Gaat de computer kapot of raakt de sleutel kwijt? Dan kan alleen de herstelsleutel ze weer openen.

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
    <name>RefusalDialog</name>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="70"/>
        <source>Name and signature of the professional, and the date</source>
        <translation>Naam en handtekening van de medewerker, en de datum</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="101"/>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="115"/>
        <source>Refuse a recording</source>
        <extracomment>Where the record was saved, once it was.</extracomment>
        <translation>Opname weigeren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="119"/>
        <source>Recording a conversation is allowed. The organisation may refuse only for a weighty reason, and then offers something else (rule 1 of the Nationale ombudsman).</source>
        <translation>Een gesprek opnemen mag. De organisatie mag alleen weigeren om een zwaarwegende reden, en biedt dan iets anders aan (spelregel 1 van de Nationale ombudsman).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="128"/>
        <source>Who wanted to record</source>
        <translation>Wie wilde opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="133"/>
        <source>&amp;Who wanted to record?</source>
        <translation>&amp;Wie wilde opnemen?</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="139"/>
        <source>The weighty reason</source>
        <translation>De zwaarwegende reden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="150"/>
        <source>Explanation (needed for another reason)</source>
        <translation>Toelichting (nodig bij een andere reden)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="151"/>
        <source>Explanation of the reason</source>
        <translation>Toelichting op de reden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="154"/>
        <source>What we offer instead</source>
        <translation>Wat we in plaats daarvan aanbieden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="165"/>
        <source>Explanation (needed for something else)</source>
        <translation>Toelichting (nodig bij iets anders)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="166"/>
        <source>Explanation of the alternative</source>
        <translation>Toelichting op wat we aanbieden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="172"/>
        <source>Something still needs to be filled in</source>
        <translation>Er moet nog iets worden ingevuld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="177"/>
        <source>Where the record is saved</source>
        <translation>Waar het verslag is bewaard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="180"/>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="181"/>
        <source>Save the record in the dossier folder</source>
        <translation>Het verslag bewaren in de map voor het dossier</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="183"/>
        <source>Save as &amp;PDF…</source>
        <translation>Bewaren als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="184"/>
        <source>Save the record as a PDF file</source>
        <translation>Het verslag bewaren als pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="186"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="187"/>
        <source>Print the record</source>
        <translation>Het verslag afdrukken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="189"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="190"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="249"/>
        <source>Saved for the dossier:
{path}</source>
        <translation>Bewaard voor het dossier:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="260"/>
        <source>Saved for the dossier:
{path}
PDF: {pdf}</source>
        <translation>Bewaard voor het dossier:
{path}
Pdf: {pdf}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="272"/>
        <source>Save as PDF</source>
        <translation>Bewaren als pdf</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="272"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="295"/>
        <source>Choose at least one weighty reason.</source>
        <translation>Kies minstens één zwaarwegende reden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="297"/>
        <source>Explain the other reason in the box under the reasons.</source>
        <translation>Leg de andere reden uit in het vak onder de redenen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="299"/>
        <source>Choose at least one alternative to offer.</source>
        <translation>Kies minstens één ding dat u in de plaats aanbiedt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="301"/>
        <source>Explain the other alternative in the box under the alternatives.</source>
        <translation>Leg uit wat u anders aanbiedt, in het vak eronder.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="304"/>
        <source>Someone besides the organisation must want to record: add them in the preparation.</source>
        <translation>Iemand anders dan de organisatie moet willen opnemen: voeg die persoon toe bij de voorbereiding.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="307"/>
        <source>Add someone of the organisation (a professional) in the preparation.</source>
        <translation>Voeg bij de voorbereiding iemand van de organisatie toe (een medewerker).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="309"/>
        <source>Fill in the name of the organisation in the preparation.</source>
        <translation>Vul bij de voorbereiding de naam van de organisatie in.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="312"/>
        <source>Choose other words: speak of agreements, or of &apos;akkoord&apos; (tip 2 of the Nationale ombudsman).</source>
        <translation>Kies andere woorden: spreek van afspraken, of van &apos;akkoord&apos; (tip 2 van de Nationale ombudsman).</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/refusal_dialog.py" line="316"/>
        <source>Something is not filled in correctly.</source>
        <translation>Er is iets niet goed ingevuld.</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="209"/>
        <source>Go to &apos;Record&apos;</source>
        <translation>Naar &apos;Opnemen&apos;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="211"/>
        <source>Go to the page &apos;Record&apos;</source>
        <translation>Naar de pagina &apos;Opnemen&apos;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="226"/>
        <source>The recording has ended</source>
        <translation>De opname is klaar</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="229"/>
        <source>The recording is stopped and saved. The &apos;Record&apos; page shows where it is and its vingerafdruk.</source>
        <translation>De opname is gestopt en bewaard. Op de pagina &apos;Opnemen&apos; staat waar hij staat, en zijn vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="234"/>
        <source>The conversation is being recorded</source>
        <translation>Het gesprek wordt opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="237"/>
        <source>The agreements are made and in the recording. The conversation goes on on the &apos;Record&apos; page. Stop there when the conversation is over: the recording is sealed at once.</source>
        <translation>De afspraken zijn gemaakt en staan in de opname. Het gesprek gaat verder op de pagina &apos;Opnemen&apos;. Stop daar als het gesprek klaar is: de opname wordt meteen verzegeld.</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="108"/>
        <source>Fingerprint of the recording</source>
        <extracomment>How long the copy button says &quot;Copied&quot; before it reads &quot;Copy&quot; again. How often the progress of a decryption is read (the size of the file being written). A copy of an archived recording ended (made, cancelled or failed): its decrypted temporary folder is deleted. The decrypted copy&apos;s temporary folder while a copy of an archived recording runs. Asks for the archive passphrase; replaceable (tests answer without a dialog).</extracomment>
        <translation>Vingerafdruk van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="120"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="122"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="133"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="434"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="124"/>
        <source>Copy the whole fingerprint</source>
        <translation>De hele vingerafdruk kopiëren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="126"/>
        <source>Copies the whole fingerprint (64 characters), to paste it elsewhere</source>
        <translation>Kopieert de hele vingerafdruk (64 tekens), om die ergens anders te plakken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="141"/>
        <source>Put this fingerprint on the agreements and on the receipt for the client.</source>
        <translation>Zet deze vingerafdruk op de afspraken en op het bonnetje voor de cliënt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="147"/>
        <source>Copy for the client…</source>
        <translation>Kopie voor cliënt…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="149"/>
        <source>Put an exact copy of the recording on a USB stick for the client</source>
        <translation>Zet een precieze kopie van de opname op een USB-stick voor de cliënt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="152"/>
        <source>Print agreements…</source>
        <translation>Afspraken afdrukken…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="154"/>
        <source>The agreements about the recording on paper, for both sides to sign</source>
        <translation>De afspraken over de opname op papier, om samen te ondertekenen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="157"/>
        <source>Receipt…</source>
        <translation>Ontvangstbewijs…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="159"/>
        <source>A receipt for the client with the fingerprint, also without a signature</source>
        <translation>Een ontvangstbewijs voor de cliënt met de vingerafdruk, ook zonder handtekening</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="174"/>
        <source>Sealing…</source>
        <translation>Verzegelen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="179"/>
        <source>Taking the recording out of the archive for the copy…</source>
        <translation>De opname wordt voor de kopie uit het archief gehaald…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="186"/>
        <source>Progress of taking the recording out</source>
        <translation>Voortgang van het ophalen uit het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="133"/>
        <location filename="../../opnamestudio/ui/seal_panel.py" line="298"/>
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
    <name>StepBar</name>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="57"/>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="58"/>
        <source>Announce and agree</source>
        <translation>Aankondigen en afspraken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="59"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="60"/>
        <source>Seal</source>
        <translation>Verzegelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/flow.py" line="68"/>
        <source>Step {number} of 4: {name}</source>
        <translation>Stap {number} van 4: {name}</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="72"/>
        <source>Recording time</source>
        <extracomment>What a window&apos;s frame and title bar take beyond its own size (logical pixels). The reasons for an announced pause, as the codes the seal keeps (never free text).</extracomment>
        <translation>Opnameduur</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="80"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="124"/>
        <source>This is the original recording. Nothing has been changed.</source>
        <extracomment>Every content verdict of DESIGN §6, and &quot;no-seal&quot;: nothing to check against yet. The room between the result cards and a scroll bar beside them.</extracomment>
        <translation>Dit is de originele opname. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="127"/>
        <source>The file is exactly the same as the recording that was sealed, down to the smallest detail.</source>
        <translation>Het bestand is tot in het kleinste detail gelijk aan de opname die verzegeld is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="136"/>
        <source>This is the original sound. Nothing has been changed in it.</source>
        <translation>Dit is het originele geluid. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="139"/>
        <source>Only the kind of file is different (for example WAV instead of FLAC), or the information stored with the sound. That happens when someone saves the recording in another way.</source>
        <translation>Alleen het soort bestand is anders (bijvoorbeeld WAV in plaats van FLAC), of de informatie die bij het geluid is opgeslagen. Dat gebeurt als iemand de opname op een andere manier opslaat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="149"/>
        <source>This is not the original recording. It has been changed.</source>
        <translation>Dit is niet de originele opname. Er is iets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="150"/>
        <source>The sound is not the same as in the original. Below you can see what is different.</source>
        <translation>Het geluid is niet hetzelfde als in het origineel. Hieronder ziet u wat er anders is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="158"/>
        <source>This is an edited copy. The edits were announced.</source>
        <translation>Dit is een bewerkte kopie. De bewerkingen zijn vooraf gemeld.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="159"/>
        <source>Parts were taken out on purpose, and the seal says which ones and why. Below you can see which parts.</source>
        <translation>Er zijn met opzet stukken uit gehaald. In het zegel staat welke stukken en waarom. Hieronder ziet u welke stukken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="168"/>
        <source>This is a converted copy of the recording.</source>
        <translation>Dit is een omgezette kopie van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="169"/>
        <source>Someone saved the recording in another way, for example as MP3. That changes the sound a little, so OpnameStudio can only compare it roughly.</source>
        <translation>Iemand heeft de opname op een andere manier opgeslagen, bijvoorbeeld als MP3. Daardoor is het geluid een beetje veranderd. OpnameStudio kan het daarom alleen ongeveer vergelijken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="178"/>
        <source>This file is not the sealed recording.</source>
        <translation>Dit bestand is niet de verzegelde opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="179"/>
        <source>The sound is different from the recording that this seal belongs to. Maybe you chose the wrong seal.</source>
        <translation>Het geluid is anders dan de opname waar dit zegel bij hoort. Misschien hebt u het verkeerde zegel gekozen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="188"/>
        <source>The seal is not right.</source>
        <translation>Het zegel klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="189"/>
        <source>The seal is damaged, or it was changed after it was made. So this check cannot say anything about the recording. Ask the organisation for the original seal files.</source>
        <translation>Het zegel is beschadigd, of het is veranderd nadat het gemaakt is. Daarom kan deze controle niets zeggen over de opname. Vraag de organisatie om de originele zegelbestanden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="198"/>
        <source>No seal found</source>
        <translation>Geen zegel gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="199"/>
        <source>There is no seal beside this file (a file whose name ends in .zegel.json). Click &apos;Choose seal&apos; and choose the seal that belongs to this recording.</source>
        <translation>Naast dit bestand staat geen zegel (een bestand waarvan de naam eindigt op .zegel.json). Klik op ‘Zegel kiezen’ en kies het zegel dat bij deze opname hoort.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="209"/>
        <source>This version of OpnameStudio cannot show this result</source>
        <translation>Deze versie van OpnameStudio kan deze uitkomst niet tonen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="210"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="220"/>
        <source>Signed with a trusted key</source>
        <translation>Ondertekend met een vertrouwde sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="221"/>
        <source>The seal is genuine. It was made with a key that this computer trusts.</source>
        <translation>Het zegel is echt. Het is gemaakt met een sleutel die deze computer vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="228"/>
        <source>Signed with an unknown key</source>
        <translation>Ondertekend met een onbekende sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="229"/>
        <source>The seal is signed correctly, but with a key that this computer does not know. Compare the key ID below with the one the organisation publishes on its website and on the paper with the agreements. Only if they are the same do you know that the seal comes from that organisation.</source>
        <translation>Het zegel is goed ondertekend, maar met een sleutel die deze computer niet kent. Vergelijk de sleutel-ID hieronder met de sleutel-ID die de organisatie op haar website en op het papier met de afspraken zet. Alleen als ze gelijk zijn, weet u dat het zegel van die organisatie komt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="240"/>
        <source>The signature is not right</source>
        <translation>De handtekening klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="241"/>
        <source>Do not trust this seal.</source>
        <translation>Vertrouw dit zegel niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="247"/>
        <source>The file is different from the original, and its sound cannot be read. So it is not the original recording.</source>
        <translation>Het bestand is anders dan het origineel, en het geluid is niet te lezen. Het is dus niet de originele opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="252"/>
        <source>Some parts seem to be different. Below you can see roughly where.</source>
        <translation>Sommige stukken lijken anders. Hieronder ziet u ongeveer waar.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="255"/>
        <source>No part seems to be missing or added.</source>
        <translation>Er lijkt geen stuk weggehaald of toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="256"/>
        <source>Only a short part sounds the same: {parts} of the original. That can be a standard text, such as the agreements read out at the start.</source>
        <translation>Alleen een kort stuk klinkt hetzelfde: {parts} van het origineel. Dat kan een vaste tekst zijn, zoals de afspraken die aan het begin worden voorgelezen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="261"/>
        <source>The reason given: “{reason}”.</source>
        <translation>De reden die is opgegeven: ‘{reason}’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="262"/>
        <source>This file is an edited copy that was sealed with announced cuts, but it has been changed after that. The changes below were not announced.</source>
        <translation>Dit bestand is een bewerkte kopie met aangekondigde stukken eruit. Maar daarna is het nog veranderd. De veranderingen hieronder zijn niet aangekondigd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="267"/>
        <source>It is the recording exactly as the client handed it over on {date}.</source>
        <translation>Het is de opname precies zoals de cliënt die op {date} heeft gegeven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="270"/>
        <source>The signature file that belongs to the seal ({name}) is missing. Without it the seal cannot be checked. Put it beside the seal, or ask the organisation for it.</source>
        <translation>Het handtekeningbestand dat bij het zegel hoort ({name}) ontbreekt. Zonder dat bestand is het zegel niet te controleren. Zet het naast het zegel, of vraag de organisatie erom.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="545"/>
        <source>Drag a sound file here, or click &apos;Choose file&apos;.</source>
        <extracomment>Length of the sealed original, for the timeline; None when the seal cannot be read. The seal&apos;s signature file is not there (a more helpful text than &quot;invalid&quot;). The look of a key ID or fingerprint inside a sentence: digits one can compare in groups.</extracomment>
        <translation>Sleep een geluidsbestand hierheen of klik op ‘Bestand kiezen’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="553"/>
        <source>OpnameStudio then checks whether it is the original recording, and what was changed.</source>
        <translation>OpnameStudio controleert dan of het de originele opname is, en wat er veranderd is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="599"/>
        <source>Check a recording</source>
        <extracomment>A check ended: its result or its error has been shown.</extracomment>
        <translation>Opname controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="603"/>
        <source>Is this the original recording, or was something changed? Choose a sound file. OpnameStudio finds the seal beside it by itself.</source>
        <translation>Is dit de originele opname, of is er iets aan veranderd? Kies een geluidsbestand. OpnameStudio zoekt het zegel ernaast zelf.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="611"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="611"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="871"/>
        <source>Choose the sound file to check</source>
        <translation>Kies het geluidsbestand dat u wilt controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="614"/>
        <source>Choose a sound file ({keys})</source>
        <translation>Kies een geluidsbestand ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="619"/>
        <source>Choose seal…</source>
        <translation>Zegel kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="619"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="883"/>
        <source>Choose the seal of the recording</source>
        <translation>Kies het zegel van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="622"/>
        <source>Choose key…</source>
        <translation>Sleutel kiezen…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="623"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="895"/>
        <source>Choose a trusted key file (.pub)</source>
        <translation>Kies een vertrouwd sleutelbestand (.pub)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="627"/>
        <source>Sound file</source>
        <translation>Geluidsbestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="629"/>
        <source>Seal</source>
        <translation>Zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="631"/>
        <source>Trusted key</source>
        <translation>Vertrouwde sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="637"/>
        <source>Sound file:</source>
        <translation>Geluidsbestand:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="638"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="780"/>
        <source>Seal:</source>
        <translation>Zegel:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="639"/>
        <source>Trusted key:</source>
        <translation>Vertrouwde sleutel:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="690"/>
        <source>Checking</source>
        <translation>Bezig met controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="691"/>
        <source>For a long recording this can take a moment.</source>
        <translation>Bij een lange opname kan dit even duren.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="708"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="803"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="712"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="728"/>
        <source>Who signed the seal</source>
        <translation>Wie het zegel heeft ondertekend</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="732"/>
        <source>Key ID</source>
        <translation>Sleutel-ID</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="762"/>
        <source>Fingerprint of this file</source>
        <translation>Vingerafdruk van dit bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="766"/>
        <source>Compare it with the fingerprint on the receipt or on the paper with the agreements.</source>
        <translation>Vergelijk hem met de vingerafdruk op het bewijsje of op het papier met de afspraken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="771"/>
        <source>Seal that was used</source>
        <translation>Gebruikt zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="775"/>
        <source>Fingerprint of this file:</source>
        <translation>Vingerafdruk van dit bestand:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="811"/>
        <source>Choose a sound file to check</source>
        <translation>Kies een geluidsbestand om te controleren</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="868"/>
        <source>Sound files</source>
        <translation>Geluidsbestanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="868"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="880"/>
        <location filename="../../opnamestudio/ui/verify_page.py" line="892"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="880"/>
        <source>Seals</source>
        <translation>Zegels</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="892"/>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="913"/>
        <source>Checking {name}…</source>
        <translation>Bezig met controleren van {name}…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="983"/>
        <source>Key ID: {key_id}</source>
        <translation>Sleutel-ID: {key_id}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="991"/>
        <source>Key ID: unknown (the seal cannot be read)</source>
        <translation>Sleutel-ID: onbekend (het zegel is niet te lezen)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1011"/>
        <source>Announced edits</source>
        <translation>Gemelde bewerkingen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1013"/>
        <source>What seems to be different (roughly)</source>
        <translation>Wat lijkt er anders (ongeveer)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1015"/>
        <source>What is different</source>
        <translation>Wat is er anders</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1058"/>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1068"/>
        <source>Is looked for beside the sound file</source>
        <translation>Wordt naast het geluidsbestand gezocht</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1075"/>
        <source>Found beside the file: {name}</source>
        <translation>Gevonden naast het bestand: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1079"/>
        <source>Found in the archive</source>
        <translation>Gevonden in het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1083"/>
        <source>No seal found beside the file</source>
        <translation>Geen zegel gevonden naast het bestand</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1088"/>
        <source>None chosen. The keys this computer already trusts are used.</source>
        <translation>Geen gekozen. De sleutels die deze computer al vertrouwt, worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/verify_page.py" line="1093"/>
        <source>{name} (key ID {key_id})</source>
        <translation>{name} (sleutel-ID {key_id})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="65"/>
        <source>No microphone found</source>
        <translation>Geen microfoon gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="66"/>
        <source>OpnameStudio cannot find a microphone.</source>
        <translation>OpnameStudio kan geen microfoon vinden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="67"/>
        <source>Connect a microphone, or check the sound settings of the computer. Then click &apos;Search again&apos; and start the recording.</source>
        <translation>Sluit een microfoon aan, of kijk bij de geluidsinstellingen van de computer. Klik daarna op ‘Opnieuw zoeken’ en start de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="74"/>
        <location filename="../../opnamestudio/ui/errors.py" line="86"/>
        <source>The recording was interrupted</source>
        <translation>De opname is onderbroken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="75"/>
        <source>The microphone stopped working during the recording. Maybe its cable came loose.</source>
        <translation>De microfoon werkte tijdens de opname niet meer. Misschien is de kabel losgeraakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="79"/>
        <source>Connect the microphone again and start a new recording. Tell everyone in the conversation that you are recording again.</source>
        <translation>Sluit de microfoon opnieuw aan en start een nieuwe opname. Zeg tegen iedereen in het gesprek dat u opnieuw opneemt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="87"/>
        <source>The disk or USB stick the recording goes to is no longer there. Maybe the USB stick came loose.</source>
        <translation>De schijf of USB-stick waar de opname op komt, is er niet meer. Misschien is de USB-stick losgeraakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="92"/>
        <source>Connect the USB stick again: the recording so far is then made into a file at the next start. Or choose another folder and start a new recording.</source>
        <translation>Sluit de USB-stick opnieuw aan. Bij de volgende start wordt de opname tot nu toe dan een bestand. Of kies een andere map en start een nieuwe opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="99"/>
        <source>The microphone gives no sound</source>
        <translation>De microfoon geeft geen geluid</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="100"/>
        <source>The microphone was found, but OpnameStudio does not get any sound from it.</source>
        <translation>De microfoon is gevonden, maar OpnameStudio krijgt er geen geluid van.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="104"/>
        <source>Choose another microphone, or unplug this microphone and connect it again. Then start the recording again.</source>
        <translation>Kies een andere microfoon, of haal deze microfoon los en sluit hem opnieuw aan. Start daarna de opname opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="111"/>
        <source>Saving in this folder does not work</source>
        <translation>Opslaan in deze map lukt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="112"/>
        <source>OpnameStudio may not save files in the folder you chose.</source>
        <translation>OpnameStudio mag geen bestanden opslaan in de map die u koos.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="113"/>
        <source>Choose another folder, for example your Documents folder, and start again. Does that not work either? Ask your IT department for help.</source>
        <translation>Kies een andere map, bijvoorbeeld uw map Documenten, en start opnieuw. Lukt dat ook niet? Vraag dan hulp aan uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="120"/>
        <source>This file name is already used</source>
        <translation>Deze bestandsnaam bestaat al</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="121"/>
        <source>There already is a file with this name. OpnameStudio never writes over a recording.</source>
        <translation>Er is al een bestand met deze naam. OpnameStudio schrijft nooit over een opname heen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="125"/>
        <source>Choose another file name and start again.</source>
        <translation>Kies een andere bestandsnaam en start opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="128"/>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="129"/>
        <source>There is (almost) no free space left on the disk. OpnameStudio stops in time, so that the recording can still be saved properly.</source>
        <translation>Er is (bijna) geen ruimte meer op de schijf. OpnameStudio stopt op tijd, zodat de opname nog goed bewaard kan worden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="134"/>
        <source>Make space, for example by moving old files, or choose another folder. Then start a new recording.</source>
        <translation>Maak ruimte vrij, bijvoorbeeld door oude bestanden te verplaatsen, of kies een andere map. Start daarna een nieuwe opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="141"/>
        <source>The recording stopped</source>
        <translation>De opname is gestopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="142"/>
        <source>Something went wrong with the sound during the recording. OpnameStudio stopped the recording, so that no part can go missing without anyone noticing.</source>
        <translation>Er ging tijdens de opname iets mis met het geluid. OpnameStudio heeft de opname gestopt, zodat er niet ongemerkt een stuk kan ontbreken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="147"/>
        <source>Start a new recording. Does this happen more often? Tell your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit vaker? Meld het dan bij uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="153"/>
        <source>An interrupted recording cannot be read</source>
        <translation>Een onderbroken opname is niet te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="154"/>
        <source>OpnameStudio found a recording that was not finished, but its file is damaged. OpnameStudio has put the file aside.</source>
        <translation>OpnameStudio vond een opname die niet was afgemaakt, maar het bestand is beschadigd. OpnameStudio heeft het bestand apart gezet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="159"/>
        <source>Do not delete anything. Contact your IT department: they may be able to save part of it.</source>
        <translation>Gooi niets weg. Neem contact op met uw IT-afdeling: misschien kunnen zij een deel redden.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="167"/>
        <source>An interrupted recording could not be restored</source>
        <translation>Een onderbroken opname kon niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="168"/>
        <source>OpnameStudio found a recording that was cut off, but could not turn it into a sound file. The recording is not lost: OpnameStudio keeps it and tries again at the next start.</source>
        <translation>OpnameStudio vond een opname die was afgebroken, maar kon er geen geluidsbestand van maken. De opname is niet weg: OpnameStudio bewaart hem en probeert het bij de volgende start opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="174"/>
        <source>Make sure there is free space on the disk, then close OpnameStudio and open it again. Does that not help? Contact your IT department.</source>
        <translation>Zorg dat er ruimte vrij is op de schijf. Sluit OpnameStudio daarna en open het opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="182"/>
        <source>Problem with a key</source>
        <translation>Probleem met een sleutel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="183"/>
        <source>A key file that OpnameStudio needs to sign or check a recording is missing, damaged or not the right one.</source>
        <translation>Een sleutelbestand dat OpnameStudio nodig heeft om een opname te ondertekenen of te controleren, ontbreekt, is beschadigd of is niet het goede.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="188"/>
        <source>Check which key file you chose. Ask your IT department for the organisation&apos;s key.</source>
        <translation>Kijk welk sleutelbestand u koos. Vraag uw IT-afdeling om de sleutel van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="195"/>
        <source>The signature is not right</source>
        <translation>De handtekening klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="196"/>
        <source>The signature of the seal is damaged, or was not made with this key.</source>
        <translation>De handtekening bij het zegel is beschadigd, of is niet met deze sleutel gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="200"/>
        <source>Ask the organisation for the original seal files (.zegel.json and .zegel.minisig) and check them again.</source>
        <translation>Vraag de organisatie om de originele zegelbestanden (.zegel.json en .zegel.minisig) en controleer ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="208"/>
        <source>The seal cannot be used</source>
        <translation>Het zegel is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="209"/>
        <source>The seal file is damaged or incomplete, or it could not be saved.</source>
        <translation>Het zegelbestand is beschadigd of niet compleet, of het kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="213"/>
        <source>Ask the organisation for the original seal files (.zegel.json and .zegel.minisig). Could the seal not be saved? Contact your IT department.</source>
        <translation>Vraag de organisatie om de originele zegelbestanden (.zegel.json en .zegel.minisig). Kon het zegel niet worden opgeslagen? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="221"/>
        <source>Nothing was recorded</source>
        <translation>Er is niets opgenomen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="222"/>
        <source>The recording was stopped before the microphone gave any sound.</source>
        <translation>De opname is gestopt voordat de microfoon geluid gaf.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="226"/>
        <source>Start the recording again and wait until the timer runs before you stop.</source>
        <translation>Start de opname opnieuw en wacht tot de tijd loopt voordat u stopt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="233"/>
        <source>The preparation is not complete</source>
        <translation>De voorbereiding is nog niet klaar</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="234"/>
        <source>Something is missing or not right in the preparation of the conversation.</source>
        <translation>Er ontbreekt iets in de voorbereiding van het gesprek, of iets klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="238"/>
        <source>Fill in the field that is marked and try again.</source>
        <translation>Vul het aangegeven veld in en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="245"/>
        <source>The settings cannot be read</source>
        <translation>De instellingen zijn niet te lezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="246"/>
        <source>The file with the settings of the organisation is damaged or has a wrong value.</source>
        <translation>Het bestand met de instellingen van de organisatie is beschadigd of heeft een verkeerde waarde.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="250"/>
        <source>Ask your IT department to check or replace the settings file. Your recordings are not affected.</source>
        <translation>Vraag uw IT-afdeling om het bestand met de instellingen te controleren of te vervangen. Uw opnamen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="258"/>
        <source>This sound file cannot be read</source>
        <translation>Dit geluidsbestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="259"/>
        <source>OpnameStudio cannot read this kind of sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kan dit soort geluidsbestand niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="264"/>
        <source>Save the file as WAV or FLAC (any sound program can do that) and check it again.</source>
        <translation>Sla het bestand op als WAV of FLAC (elk geluidsprogramma kan dat) en controleer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="271"/>
        <source>This seal is newer than this program</source>
        <translation>Dit zegel is nieuwer dan dit programma</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="272"/>
        <source>The seal was made by a newer version of OpnameStudio. This version cannot read it. That says nothing yet about whether the recording is real.</source>
        <translation>Het zegel is gemaakt met een nieuwere versie van OpnameStudio. Deze versie kan het niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="277"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="281"/>
        <source>The check could not be done</source>
        <translation>Controleren lukte niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="282"/>
        <source>OpnameStudio could not check this file. Maybe the file cannot be read, or it is not a sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kon dit bestand niet controleren. Misschien is het bestand niet te lezen, of is het geen geluidsbestand. Dit zegt nog niets over de vraag of de opname echt is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="287"/>
        <source>Check that you chose the right file and that it is complete, then try again. Does that not help? Contact your IT department.</source>
        <translation>Kijk of u het goede bestand koos en of het compleet is. Probeer het daarna opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="295"/>
        <source>This recording has no valid seal</source>
        <translation>Deze opname heeft geen geldig zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="296"/>
        <source>The seal that belongs to this recording is missing or damaged. Without it the client cannot check the copy, so no copy was made.</source>
        <translation>Het zegel dat bij deze opname hoort, ontbreekt of is beschadigd. Zonder zegel kan de cliënt de kopie niet controleren. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="301"/>
        <source>Open the recording in the archive and seal it again. Does that not work? Contact your IT department.</source>
        <translation>Open de opname in het archief en verzegel hem opnieuw. Lukt dat niet? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="309"/>
        <source>The recording was changed after sealing</source>
        <translation>De opname is veranderd na het verzegelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="310"/>
        <source>The sound file is no longer the same as when it was sealed. It must not be given out as the copy, so no copy was made.</source>
        <translation>Het geluidsbestand is niet meer hetzelfde als toen het werd verzegeld. Het mag niet als kopie worden meegegeven. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="315"/>
        <source>Do not give out this file and do not delete anything. Contact your IT department.</source>
        <translation>Geef dit bestand niet mee en verwijder niets. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="322"/>
        <source>The copy cannot be saved here</source>
        <translation>De kopie kan hier niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="323"/>
        <source>OpnameStudio cannot write to the USB stick or folder you chose. Maybe the stick is not connected, or it is write-protected.</source>
        <translation>OpnameStudio kan niet schrijven op de USB-stick of in de map die u koos. Misschien zit de stick er niet in, of is hij beveiligd tegen schrijven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="328"/>
        <source>Check the small switch on the side of the USB stick, or use another stick or folder. Then make the copy again.</source>
        <translation>Kijk naar het schuifje op de zijkant van de USB-stick, of gebruik een andere stick of map. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="336"/>
        <source>The USB stick is full</source>
        <translation>De USB-stick is vol</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="337"/>
        <source>There is not enough free space for the copy. What was already copied has been removed again.</source>
        <translation>Er is niet genoeg vrije ruimte voor de kopie. Wat al was gekopieerd, is weer verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="342"/>
        <source>Use a USB stick with more free space, or delete files from this one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met meer vrije ruimte, of verwijder bestanden van deze stick. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="350"/>
        <source>The recording is too large for this USB stick</source>
        <translation>De opname is te groot voor deze USB-stick</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="351"/>
        <source>This USB stick uses the FAT32 format, which cannot hold a file of 4 GB or more.</source>
        <translation>Deze USB-stick gebruikt de indeling FAT32. Daarop past geen bestand van 4 GB of groter.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="355"/>
        <source>Use a USB stick in the exFAT or NTFS format, or ask your IT department to format one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met de indeling exFAT of NTFS, of vraag uw IT-afdeling om er een zo in te delen. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="363"/>
        <source>Copying stopped</source>
        <translation>Het kopiëren is gestopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="364"/>
        <source>The USB stick was removed or stopped working during copying. The copy is not complete.</source>
        <translation>De USB-stick is tijdens het kopiëren verwijderd of werkte niet meer. De kopie is niet compleet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="369"/>
        <source>Put the USB stick back, or use another one, and make the copy again. A folder on the stick whose name ends in &apos;(wordt gekopieerd)&apos; is incomplete: you may delete it.</source>
        <translation>Doe de USB-stick terug, of gebruik een andere, en maak de kopie opnieuw. Een map op de stick met ‘(wordt gekopieerd)’ aan het eind van de naam is niet compleet: die mag u verwijderen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="377"/>
        <source>The copy is not right</source>
        <translation>De kopie klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="378"/>
        <source>OpnameStudio read the copy back from the USB stick and it is not the same as the recording. This USB stick cannot be trusted. The copy has been removed.</source>
        <translation>OpnameStudio heeft de kopie teruggelezen van de USB-stick, en die is niet gelijk aan de opname. Deze USB-stick is niet betrouwbaar. De kopie is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="383"/>
        <source>Use another USB stick and make the copy again.</source>
        <translation>Gebruik een andere USB-stick en maak de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="387"/>
        <source>The copy could not be made</source>
        <translation>De kopie kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="388"/>
        <source>Something went wrong while copying. Nothing on the USB stick looks like a finished copy.</source>
        <translation>Er ging iets mis bij het kopiëren. Niets op de USB-stick lijkt op een afgemaakte kopie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="393"/>
        <source>Try again, or use another USB stick. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw, of gebruik een andere USB-stick. Gebeurt dit weer? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="401"/>
        <source>The log cannot be kept</source>
        <translation>Het logboek kan niet worden bijgehouden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="402"/>
        <source>OpnameStudio keeps a log of every copy that is given out. This log cannot be written, or it was changed.</source>
        <translation>OpnameStudio houdt een logboek bij van elke kopie die wordt meegegeven. Dit logboek kan niet worden bijgewerkt, of het is veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="407"/>
        <source>Do not delete anything in OpnameStudio&apos;s folder. Contact your IT department.</source>
        <translation>Verwijder niets in de map van OpnameStudio. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="414"/>
        <source>The microphone cannot be used</source>
        <translation>De microfoon is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="415"/>
        <source>OpnameStudio cannot use the chosen microphone. Maybe another program is using it.</source>
        <translation>OpnameStudio kan de gekozen microfoon niet gebruiken. Misschien gebruikt een ander programma hem al.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="419"/>
        <source>Close other programs that use the microphone, or choose another microphone. Then try again.</source>
        <translation>Sluit andere programma’s die de microfoon gebruiken, of kies een andere microfoon. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="426"/>
        <source>Something went wrong with the recording</source>
        <translation>Er ging iets mis met de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="427"/>
        <source>The recording could not start or could not continue.</source>
        <translation>De opname kon niet beginnen of kon niet doorgaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="428"/>
        <source>Start a new recording. Does this happen again? Contact your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="434"/>
        <source>The document cannot be made</source>
        <translation>Het document kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="435"/>
        <source>OpnameStudio cannot make this document. Its texts are missing, or the seal of the recording cannot be read.</source>
        <translation>OpnameStudio kan dit document niet maken. De teksten ervoor ontbreken, of het zegel van de opname is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="440"/>
        <source>Check that you chose a sealed recording. Does that not help? Contact your IT department.</source>
        <translation>Controleer of u een verzegelde opname hebt gekozen. Helpt dat niet? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="448"/>
        <source>An archived recording cannot be read</source>
        <translation>Een opname uit het archief kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="449"/>
        <source>OpnameStudio cannot open the locked file of this recording.</source>
        <translation>OpnameStudio kan het afgesloten bestand van deze opname niet openen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="450"/>
        <location filename="../../opnamestudio/ui/errors.py" line="462"/>
        <source>Do not delete anything. Contact your IT department; they can restore the recording from the backup.</source>
        <translation>Verwijder niets. Neem contact op met uw IT-afdeling. Zij kunnen de opname terugzetten uit de back-up.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="458"/>
        <source>An archived recording is damaged</source>
        <translation>Een opname in het archief is beschadigd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="459"/>
        <source>The start of the locked file of this recording is damaged or changed.</source>
        <translation>Het begin van het afgesloten bestand van deze opname is beschadigd of veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="470"/>
        <source>The key does not fit</source>
        <translation>De sleutel past niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="471"/>
        <source>This recording was locked with another key than the one on this computer.</source>
        <translation>Deze opname is afgesloten met een andere sleutel dan die op deze computer.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="474"/>
        <source>Use the key of the computer that made the recording, or ask your IT department for the organisation&apos;s recovery key.</source>
        <translation>Gebruik de sleutel van de computer die de opname maakte. Of vraag uw IT-afdeling om de herstelsleutel van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="482"/>
        <source>The password is not right</source>
        <translation>Het wachtwoord klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="483"/>
        <source>The password for the archive is not right.</source>
        <translation>Het wachtwoord voor het archief klopt niet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="484"/>
        <source>Check the password (capital letters, spaces) and try again.</source>
        <translation>Controleer het wachtwoord (hoofdletters, spaties) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="488"/>
        <source>Part of an archived recording is damaged</source>
        <translation>Een deel van een opname in het archief is beschadigd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="489"/>
        <source>A part of the locked file of this recording is damaged. The details say which recording and which part.</source>
        <translation>Een deel van het afgesloten bestand van deze opname is beschadigd. In de details staat welke opname en welk deel.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="494"/>
        <location filename="../../opnamestudio/ui/errors.py" line="507"/>
        <source>The other recordings are fine. Ask your IT department to restore this recording from the backup.</source>
        <translation>De andere opnamen zijn in orde. Vraag uw IT-afdeling om deze opname terug te zetten uit de back-up.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="502"/>
        <source>An archived recording is incomplete</source>
        <translation>Een opname in het archief is niet compleet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="503"/>
        <source>The locked file of this recording stops too early. Maybe a copy was interrupted.</source>
        <translation>Het afgesloten bestand van deze opname houdt te vroeg op. Misschien is een kopie onderbroken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="515"/>
        <source>The archive&apos;s key cannot be used</source>
        <translation>De sleutel van het archief werkt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="516"/>
        <source>OpnameStudio cannot find or read the key that locks the archive on this computer.</source>
        <translation>OpnameStudio kan de sleutel die het archief op deze computer afsluit niet vinden of niet lezen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="520"/>
        <source>Contact your IT department. With the organisation&apos;s recovery key the recordings can still be opened.</source>
        <translation>Neem contact op met uw IT-afdeling. Met de herstelsleutel van de organisatie zijn de opnamen nog te openen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="528"/>
        <source>The archive needs a password</source>
        <translation>Het archief heeft een wachtwoord nodig</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="529"/>
        <source>This computer has no safe place for the archive&apos;s key, so the key is locked with a password.</source>
        <translation>Deze computer heeft geen veilige plek voor de sleutel van het archief. Daarom is de sleutel afgesloten met een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="534"/>
        <source>Enter the archive password. Do you not know it? Ask your IT department.</source>
        <translation>Vul het wachtwoord van het archief in. Weet u het niet? Vraag het aan uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="540"/>
        <source>The organisation&apos;s recovery key is missing</source>
        <translation>De herstelsleutel van de organisatie ontbreekt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="541"/>
        <source>Recordings are only put in the archive when the organisation&apos;s recovery key is set. Without it, a lost laptop means lost recordings.</source>
        <translation>Opnamen gaan pas in het archief als de herstelsleutel van de organisatie is ingesteld. Zonder die sleutel zijn de opnamen weg als de laptop kwijt is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="546"/>
        <source>Ask your IT department to set the recovery key. The recording stays where it is until then.</source>
        <translation>Vraag uw IT-afdeling om de herstelsleutel in te stellen. De opname blijft tot dan staan waar hij staat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="554"/>
        <source>Something went wrong with the archive</source>
        <translation>Er ging iets mis met het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="555"/>
        <source>OpnameStudio could not finish this step in the archive.</source>
        <translation>OpnameStudio kon deze stap in het archief niet afmaken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="562"/>
        <source>This date is not possible</source>
        <translation>Deze datum kan niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="563"/>
        <source>A recording is kept at most as long as the organisation&apos;s retention period, and the date cannot be in the past.</source>
        <translation>Een opname wordt hoogstens zo lang bewaard als de bewaartermijn van de organisatie. De datum kan ook niet in het verleden liggen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="568"/>
        <source>Choose a date within the period shown beside the date. To remove the recording now, use &apos;Delete&apos;.</source>
        <translation>Kies een datum binnen de periode die naast de datum staat. Wilt u de opname nu weghalen? Gebruik dan &apos;Verwijderen&apos;.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="576"/>
        <source>The recording cannot be played</source>
        <translation>De opname kan niet worden afgespeeld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="577"/>
        <source>OpnameStudio cannot play sound on this computer right now.</source>
        <translation>OpnameStudio kan op dit moment geen geluid afspelen op deze computer.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="578"/>
        <source>Check that speakers or headphones are connected and that the sound is on. Then try again.</source>
        <translation>Kijk of de luidsprekers of de koptelefoon zijn aangesloten en of het geluid aan staat. Probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="586"/>
        <source>The list of the archive is damaged</source>
        <translation>De lijst van het archief is beschadigd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="587"/>
        <source>The list of recordings in the archive is damaged. The recordings themselves are safe.</source>
        <translation>De lijst met opnamen in het archief is beschadigd. De opnamen zelf zijn veilig.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="591"/>
        <source>Contact your IT department. They can make the list again from the recordings.</source>
        <translation>Neem contact op met uw IT-afdeling. Zij kunnen de lijst opnieuw maken uit de opnamen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="598"/>
        <source>Recording not found</source>
        <translation>Opname niet gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="599"/>
        <source>This recording is not in the archive.</source>
        <translation>Deze opname staat niet in het archief.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="600"/>
        <source>Check which recording you chose, and try again.</source>
        <translation>Controleer welke opname u koos en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="604"/>
        <source>The recording was deleted</source>
        <translation>De opname is verwijderd</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="605"/>
        <source>The retention period of this recording has ended, so the sound was deleted. Its seal is kept.</source>
        <translation>De bewaartermijn van deze opname is voorbij. Daarom is het geluid verwijderd. Het zegel is bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="610"/>
        <source>A copy that turns up can still be checked against the seal, in &apos;Controleren&apos;.</source>
        <translation>Een kopie die later opduikt, kunt u nog steeds controleren met het zegel, bij &apos;Controleren&apos;.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="617"/>
        <source>The recording does not match its seal</source>
        <translation>De opname past niet bij het zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="618"/>
        <source>The sound of this recording is not the sound its seal describes.</source>
        <translation>Het geluid van deze opname is niet het geluid dat in het zegel staat.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="621"/>
        <source>Do not delete or hand out anything. Contact your IT department.</source>
        <translation>Verwijder niets en geef niets mee. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="627"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="628"/>
        <source>OpnameStudio ran into a problem it did not expect.</source>
        <translation>OpnameStudio kwam een onverwacht probleem tegen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="556"/>
        <location filename="../../opnamestudio/ui/errors.py" line="629"/>
        <location filename="../../opnamestudio/ui/errors.py" line="671"/>
        <source>Try again. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="635"/>
        <source>The file cannot be read</source>
        <translation>Het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="636"/>
        <source>OpnameStudio cannot open the recording you chose. Maybe the USB stick was taken out, or the file was moved.</source>
        <translation>OpnameStudio kan de gekozen opname niet openen. Misschien is de USB-stick eruit gehaald, of is het bestand verplaatst.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="641"/>
        <source>Check that the file is still there and try again.</source>
        <translation>Kijk of het bestand er nog is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="645"/>
        <source>The file is empty</source>
        <translation>Het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="646"/>
        <source>The file you chose holds nothing. There is no recording in it.</source>
        <translation>Het gekozen bestand is leeg. Er staat geen opname in.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="649"/>
        <source>Ask for the recording again.</source>
        <translation>Vraag de opname opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="653"/>
        <source>The recording could not be taken in</source>
        <translation>De opname kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="654"/>
        <source>OpnameStudio could not store a good copy of the recording on this computer. Nothing was kept.</source>
        <translation>OpnameStudio kon geen goede kopie van de opname op deze computer opslaan. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="659"/>
        <source>Make room on the computer&apos;s disk and try again. Does this happen again? Contact your IT department.</source>
        <translation>Maak ruimte vrij op de schijf van de computer en probeer het opnieuw. Gebeurt dit weer? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="667"/>
        <source>The edited copy could not be made</source>
        <translation>De bewerkte kopie kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="668"/>
        <source>Something went wrong while making the edited copy. Nothing was kept.</source>
        <translation>Er ging iets mis bij het maken van de bewerkte kopie. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="678"/>
        <source>This is not the sealed original</source>
        <translation>Dit is niet het verzegelde origineel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="679"/>
        <source>An edited copy can only be made from the original recording, with its seal. This file does not match its seal, or the seal is not from this organisation.</source>
        <translation>Een bewerkte kopie kan alleen worden gemaakt van de originele opname, met het zegel erbij. Dit bestand past niet bij het zegel, of het zegel is niet van deze organisatie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="684"/>
        <source>Choose the original recording from the archive.</source>
        <translation>Kies de originele opname uit het archief.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="688"/>
        <source>These parts cannot be taken out</source>
        <translation>Deze stukken kunnen er niet uit</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="689"/>
        <source>A part to take out is outside the recording, parts overlap, or nothing would be left.</source>
        <translation>Een stuk valt buiten de opname, stukken overlappen elkaar, of er zou niets overblijven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="693"/>
        <source>Check the start and end times and try again.</source>
        <translation>Controleer de begin- en eindtijden en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="698"/>
        <source>The recording up to that moment is kept:
{path}</source>
        <translation>De opname tot dat moment is bewaard:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="699"/>
        <source>The recording up to that moment is sealed and kept in the organisation&apos;s archive, locked with its key. You find it on the page &apos;Archive&apos;.</source>
        <translation>De opname tot dat moment is verzegeld en op slot bewaard in het archief van de organisatie. U vindt hem op de pagina &apos;Archief&apos;.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="705"/>
        <source>The recording is not in the archive</source>
        <translation>De opname staat niet in het archief</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="706"/>
        <source>The recording is sealed, but OpnameStudio could not lock it in the organisation&apos;s archive. The recording stays as it is, as a file beside its seal:
{path}</source>
        <translation>De opname is verzegeld, maar OpnameStudio kon hem niet op slot zetten in het archief van de organisatie. De opname blijft zoals hij is: een bestand naast zijn zegel:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="711"/>
        <source>Do not delete or move the file. Tell your IT department what this message says: they can put the recording in the archive later. You can make the copy for the client as usual.</source>
        <translation>Verwijder of verplaats het bestand niet. Vertel uw IT-afdeling wat in deze melding staat. Zij kunnen de opname later in het archief zetten. De kopie voor de cliënt kunt u gewoon maken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="716"/>
        <source>Recording: {name}</source>
        <translation>Opname: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="717"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="718"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="719"/>
        <source>What was recorded so far is kept safe. OpnameStudio turns it into a sound file the next time it starts.</source>
        <translation>Wat al was opgenomen, is veilig bewaard. OpnameStudio maakt er bij de volgende start een geluidsbestand van.</translation>
    </message>
</context>
</TS>
