<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="75"/>
        <source>Sound level</source>
        <translation>Geluidsniveau</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="119"/>
        <source>too loud</source>
        <translation>te hard</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="121"/>
        <source>silent</source>
        <translation>stil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="72"/>
        <source>A recording was cut off unexpectedly. The recording up to that moment is kept:
{path}
Length: {length}</source>
        <translation>Een opname werd onverwacht afgebroken. De opname tot dat moment is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="77"/>
        <source>Recording restored</source>
        <translation>Opname hersteld</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="101"/>
        <source>A recording is running</source>
        <translation>Er loopt een opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="102"/>
        <source>&lt;b&gt;A recording is running&lt;/b&gt;</source>
        <translation>&lt;b&gt;Er loopt een opname&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="105"/>
        <source>Do you want to stop the recording and close OpnameStudio? The recording is kept.</source>
        <translation>Wilt u de opname stoppen en OpnameStudio sluiten? De opname wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="108"/>
        <source>Stop and close</source>
        <translation>Stoppen en sluiten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/main_window.py" line="109"/>
        <source>Keep recording</source>
        <translation>Doorgaan met opnemen</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="52"/>
        <source>less than 1 min</source>
        <translation>minder dan 1 minuut</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="54"/>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="55"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} uur en {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="89"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="337"/>
        <source>Ready to record.</source>
        <translation>Klaar om op te nemen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="95"/>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="99"/>
        <source>Choose the microphone and where the recording goes. Then click &apos;Start recording&apos;.</source>
        <translation>Kies de microfoon en waar de opname komt. Klik daarna op ‘Start opname’.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="108"/>
        <source>● Recording</source>
        <translation>● Opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="111"/>
        <source>Recording in progress</source>
        <translation>De opname loopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="117"/>
        <source>Microphone in use</source>
        <translation>Gebruikte microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="120"/>
        <source>Space left on the disk</source>
        <translation>Ruimte op de schijf</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="133"/>
        <source>Marker</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="136"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="187"/>
        <source>Set a marker</source>
        <translation>Markering zetten</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="138"/>
        <source>Mark this moment in the recording ({keys})</source>
        <translation>Markeer dit moment in de opname ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="153"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="154"/>
        <source>Open the folder of the recording</source>
        <translation>De map van de opname openen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="181"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="376"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="378"/>
        <source>Start recording</source>
        <translation>Start opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="184"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="370"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="372"/>
        <source>Stop recording</source>
        <translation>Stop opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="236"/>
        <location filename="../../opnamestudio/ui/record_page.py" line="285"/>
        <source>Microphone: {name}</source>
        <translation>Microfoon: {name}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="239"/>
        <source>Recording. Click &apos;Stop recording&apos; when the conversation is over.</source>
        <translation>De opname loopt. Klik op ‘Stop opname’ als het gesprek klaar is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="257"/>
        <source>Marker {number} set at {time}.</source>
        <translation>Markering {number} gezet op {time}.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="299"/>
        <source>Little space left on the disk: {time}. Finish the conversation in time.</source>
        <translation>Weinig ruimte op de schijf: nog {time}. Rond het gesprek op tijd af.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="302"/>
        <source>Space on the disk: {time} left</source>
        <translation>Ruimte op de schijf: nog {time}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>De opname wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="342"/>
        <source>The recording up to the interruption is saved:
{path}
Length: {length}</source>
        <translation>De opname tot de onderbreking is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="345"/>
        <source>The recording is saved:
{path}
Length: {length}</source>
        <translation>De opname is bewaard:
{path}
Lengte: {length}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="373"/>
        <source>Stop the recording ({keys})</source>
        <translation>De opname stoppen ({keys})</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="376"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_page.py" line="380"/>
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
    <name>TimerLabel</name>
    <message>
        <location filename="../../opnamestudio/ui/widgets.py" line="32"/>
        <source>Recording time</source>
        <translation>Opnameduur</translation>
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
        <source>This sound file cannot be read</source>
        <translation>Dit geluidsbestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="218"/>
        <source>OpnameStudio cannot read this kind of sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kan dit soort geluidsbestand niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="223"/>
        <source>Save the file as WAV or FLAC (any sound program can do that) and check it again.</source>
        <translation>Sla het bestand op als WAV of FLAC (elk geluidsprogramma kan dat) en controleer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="230"/>
        <source>This seal is newer than this program</source>
        <translation>Dit zegel is nieuwer dan dit programma</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="231"/>
        <source>The seal was made by a newer version of OpnameStudio. This version cannot read it. That says nothing yet about whether the recording is real.</source>
        <translation>Het zegel is gemaakt met een nieuwere versie van OpnameStudio. Deze versie kan het niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="236"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="240"/>
        <source>The check could not be done</source>
        <translation>Controleren lukte niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="241"/>
        <source>OpnameStudio could not check this file. Maybe the file cannot be read, or it is not a sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kon dit bestand niet controleren. Misschien is het bestand niet te lezen, of is het geen geluidsbestand. Dit zegt nog niets over de vraag of de opname echt is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="246"/>
        <source>Check that you chose the right file and that it is complete, then try again. Does that not help? Contact your IT department.</source>
        <translation>Kijk of u het goede bestand koos en of het compleet is. Probeer het daarna opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="254"/>
        <source>This recording has no valid seal</source>
        <translation>Deze opname heeft geen geldig zegel</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="255"/>
        <source>The seal that belongs to this recording is missing or damaged. Without it the client cannot check the copy, so no copy was made.</source>
        <translation>Het zegel dat bij deze opname hoort, ontbreekt of is beschadigd. Zonder zegel kan de cliënt de kopie niet controleren. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="260"/>
        <source>Open the recording in the archive and seal it again. Does that not work? Contact your IT department.</source>
        <translation>Open de opname in het archief en verzegel hem opnieuw. Lukt dat niet? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="268"/>
        <source>The recording was changed after sealing</source>
        <translation>De opname is veranderd na het verzegelen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="269"/>
        <source>The sound file is no longer the same as when it was sealed. It must not be given out as the copy, so no copy was made.</source>
        <translation>Het geluidsbestand is niet meer hetzelfde als toen het werd verzegeld. Het mag niet als kopie worden meegegeven. Daarom is er geen kopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="274"/>
        <source>Do not give out this file and do not delete anything. Contact your IT department.</source>
        <translation>Geef dit bestand niet mee en verwijder niets. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="281"/>
        <source>The copy cannot be saved here</source>
        <translation>De kopie kan hier niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="282"/>
        <source>OpnameStudio cannot write to the USB stick or folder you chose. Maybe the stick is not connected, or it is write-protected.</source>
        <translation>OpnameStudio kan niet schrijven op de USB-stick of in de map die u koos. Misschien zit de stick er niet in, of is hij beveiligd tegen schrijven.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="287"/>
        <source>Check the small switch on the side of the USB stick, or use another stick or folder. Then make the copy again.</source>
        <translation>Kijk naar het schuifje op de zijkant van de USB-stick, of gebruik een andere stick of map. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="295"/>
        <source>The USB stick is full</source>
        <translation>De USB-stick is vol</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="296"/>
        <source>There is not enough free space for the copy. What was already copied has been removed again.</source>
        <translation>Er is niet genoeg vrije ruimte voor de kopie. Wat al was gekopieerd, is weer verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="301"/>
        <source>Use a USB stick with more free space, or delete files from this one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met meer vrije ruimte, of verwijder bestanden van deze stick. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="309"/>
        <source>The recording is too large for this USB stick</source>
        <translation>De opname is te groot voor deze USB-stick</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="310"/>
        <source>This USB stick uses the FAT32 format, which cannot hold a file of 4 GB or more.</source>
        <translation>Deze USB-stick gebruikt de indeling FAT32. Daarop past geen bestand van 4 GB of groter.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="314"/>
        <source>Use a USB stick in the exFAT or NTFS format, or ask your IT department to format one. Then make the copy again.</source>
        <translation>Gebruik een USB-stick met de indeling exFAT of NTFS, of vraag uw IT-afdeling om er een zo in te delen. Maak daarna de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="322"/>
        <source>Copying stopped</source>
        <translation>Het kopiëren is gestopt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="323"/>
        <source>The USB stick was removed or stopped working during copying. The copy is not complete.</source>
        <translation>De USB-stick is tijdens het kopiëren verwijderd of werkte niet meer. De kopie is niet compleet.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="328"/>
        <source>Put the USB stick back, or use another one, and make the copy again. A folder on the stick whose name ends in &apos;(wordt gekopieerd)&apos; is incomplete: you may delete it.</source>
        <translation>Doe de USB-stick terug, of gebruik een andere, en maak de kopie opnieuw. Een map op de stick met ‘(wordt gekopieerd)’ aan het eind van de naam is niet compleet: die mag u verwijderen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="336"/>
        <source>The copy is not right</source>
        <translation>De kopie klopt niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="337"/>
        <source>OpnameStudio read the copy back from the USB stick and it is not the same as the recording. This USB stick cannot be trusted. The copy has been removed.</source>
        <translation>OpnameStudio heeft de kopie teruggelezen van de USB-stick, en die is niet gelijk aan de opname. Deze USB-stick is niet betrouwbaar. De kopie is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="342"/>
        <source>Use another USB stick and make the copy again.</source>
        <translation>Gebruik een andere USB-stick en maak de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="346"/>
        <source>The copy could not be made</source>
        <translation>De kopie kon niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="347"/>
        <source>Something went wrong while copying. Nothing on the USB stick looks like a finished copy.</source>
        <translation>Er ging iets mis bij het kopiëren. Niets op de USB-stick lijkt op een afgemaakte kopie.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="352"/>
        <source>Try again, or use another USB stick. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw, of gebruik een andere USB-stick. Gebeurt dit weer? Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="360"/>
        <source>The log cannot be kept</source>
        <translation>Het logboek kan niet worden bijgehouden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="361"/>
        <source>OpnameStudio keeps a log of every copy that is given out. This log cannot be written, or it was changed.</source>
        <translation>OpnameStudio houdt een logboek bij van elke kopie die wordt meegegeven. Dit logboek kan niet worden bijgewerkt, of het is veranderd.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="366"/>
        <source>Do not delete anything in OpnameStudio&apos;s folder. Contact your IT department.</source>
        <translation>Verwijder niets in de map van OpnameStudio. Neem contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="373"/>
        <source>The microphone cannot be used</source>
        <translation>De microfoon is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="374"/>
        <source>OpnameStudio cannot use the chosen microphone. Maybe another program is using it.</source>
        <translation>OpnameStudio kan de gekozen microfoon niet gebruiken. Misschien gebruikt een ander programma hem al.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="378"/>
        <source>Close other programs that use the microphone, or choose another microphone. Then try again.</source>
        <translation>Sluit andere programma’s die de microfoon gebruiken, of kies een andere microfoon. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="385"/>
        <source>Something went wrong with the recording</source>
        <translation>Er ging iets mis met de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="386"/>
        <source>The recording could not start or could not continue.</source>
        <translation>De opname kon niet beginnen of kon niet doorgaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="387"/>
        <source>Start a new recording. Does this happen again? Contact your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="393"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="394"/>
        <source>OpnameStudio ran into a problem it did not expect.</source>
        <translation>OpnameStudio kwam een onverwacht probleem tegen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="395"/>
        <source>Try again. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="402"/>
        <source>The recording up to that moment is kept:
{path}</source>
        <translation>De opname tot dat moment is bewaard:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="403"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="404"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="405"/>
        <source>What was recorded so far is kept safe. OpnameStudio turns it into a sound file the next time it starts.</source>
        <translation>Wat al was opgenomen, is veilig bewaard. OpnameStudio maakt er bij de volgende start een geluidsbestand van.</translation>
    </message>
</context>
</TS>
