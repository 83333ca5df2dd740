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
        <location filename="../../opnamestudio/ui/record_form.py" line="57"/>
        <source>Microphone</source>
        <translation>Microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="59"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="61"/>
        <source>No microphone found</source>
        <translation>Geen microfoon gevonden</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="65"/>
        <source>Connect a microphone and click &apos;Search again&apos;.
Still nothing? Check the sound settings of the computer.</source>
        <translation>Sluit een microfoon aan en klik op ‘Opnieuw zoeken’.
Nog steeds niets? Kijk dan bij de geluidsinstellingen van de computer.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="69"/>
        <source>What to do without a microphone</source>
        <translation>Wat u kunt doen zonder microfoon</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="70"/>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="71"/>
        <source>Search for microphones again</source>
        <translation>Opnieuw naar microfoons zoeken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="82"/>
        <source>Folder for the recording</source>
        <translation>Map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="83"/>
        <source>Choose folder…</source>
        <translation>Kies map…</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="84"/>
        <location filename="../../opnamestudio/ui/record_form.py" line="155"/>
        <source>Choose the folder for the recording</source>
        <translation>Kies de map voor de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="91"/>
        <source>File name of the recording</source>
        <translation>Bestandsnaam van de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="96"/>
        <source>Letters, digits, spaces and - _ . ( ) are allowed.</source>
        <translation>U kunt letters, cijfers, spaties en - _ . ( ) gebruiken.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="100"/>
        <source>Problem with the file name</source>
        <translation>Probleem met de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="106"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfoon:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="108"/>
        <source>&amp;Save in:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="109"/>
        <source>File &amp;name:</source>
        <translation>&amp;Bestandsnaam:</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="134"/>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/record_form.py" line="170"/>
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
        <source>This seal is newer than this program</source>
        <translation>Dit zegel is nieuwer dan dit programma</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="218"/>
        <source>The seal was made by a newer version of OpnameStudio. This version cannot read it. That says nothing yet about whether the recording is real.</source>
        <translation>Het zegel is gemaakt met een nieuwere versie van OpnameStudio. Deze versie kan het niet lezen. Dat zegt nog niets over de echtheid van de opname.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="223"/>
        <source>Check the file with the newest version of OpnameStudio.</source>
        <translation>Controleer het bestand met de nieuwste versie van OpnameStudio.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="227"/>
        <source>The check could not be done</source>
        <translation>Controleren lukte niet</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="228"/>
        <source>OpnameStudio could not check this file. Maybe the file cannot be read, or it is not a sound file. This says nothing yet about whether the recording is real.</source>
        <translation>OpnameStudio kon dit bestand niet controleren. Misschien is het bestand niet te lezen, of is het geen geluidsbestand. Dit zegt nog niets over de vraag of de opname echt is.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="233"/>
        <source>Check that you chose the right file and that it is complete, then try again. Does that not help? Contact your IT department.</source>
        <translation>Kijk of u het goede bestand koos en of het compleet is. Probeer het daarna opnieuw. Helpt dat niet? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="241"/>
        <source>The microphone cannot be used</source>
        <translation>De microfoon is niet te gebruiken</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="242"/>
        <source>OpnameStudio cannot use the chosen microphone. Maybe another program is using it.</source>
        <translation>OpnameStudio kan de gekozen microfoon niet gebruiken. Misschien gebruikt een ander programma hem al.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="246"/>
        <source>Close other programs that use the microphone, or choose another microphone. Then try again.</source>
        <translation>Sluit andere programma’s die de microfoon gebruiken, of kies een andere microfoon. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="253"/>
        <source>Something went wrong with the recording</source>
        <translation>Er ging iets mis met de opname</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="254"/>
        <source>The recording could not start or could not continue.</source>
        <translation>De opname kon niet beginnen of kon niet doorgaan.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="255"/>
        <source>Start a new recording. Does this happen again? Contact your IT department.</source>
        <translation>Start een nieuwe opname. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="261"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="262"/>
        <source>OpnameStudio ran into a problem it did not expect.</source>
        <translation>OpnameStudio kwam een onverwacht probleem tegen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="263"/>
        <source>Try again. Does this happen again? Contact your IT department.</source>
        <translation>Probeer het opnieuw. Gebeurt dit opnieuw? Neem dan contact op met uw IT-afdeling.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="270"/>
        <source>The recording up to that moment is kept:
{path}</source>
        <translation>De opname tot dat moment is bewaard:
{path}</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="271"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="272"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Er is nog niets opgenomen.</translation>
    </message>
    <message>
        <location filename="../../opnamestudio/ui/errors.py" line="273"/>
        <source>What was recorded so far is kept safe. OpnameStudio turns it into a sound file the next time it starts.</source>
        <translation>Wat al was opgenomen, is veilig bewaard. OpnameStudio maakt er bij de volgende start een geluidsbestand van.</translation>
    </message>
</context>
</TS>
