<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>weav::core::ActivityModels</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>weav::core::AdminErrorText</name>
    <message>
        <source>The token may not change this workspace. Use a token with the external-api:write ability, created in the Weav dashboard.</source>
        <translation>Das Token darf diesen Workspace nicht ändern. Verwenden Sie ein Token mit der Berechtigung external-api:write, das Sie im Weav-Dashboard erstellen.</translation>
    </message>
    <message>
        <source>The copilot agent cannot be deleted or deactivated. Change its other settings instead.</source>
        <translation>Der Copilot-Agent kann nicht gelöscht oder deaktiviert werden. Ändern Sie stattdessen seine übrigen Einstellungen.</translation>
    </message>
    <message>
        <source>An agent given for the training data is not an agent of this workspace. Choose agents from this workspace&apos;s agent list.</source>
        <translation>Ein für die Trainingsdaten angegebener Agent gehört nicht zu diesem Workspace. Wählen Sie Agenten aus der Agentenliste dieses Workspace.</translation>
    </message>
    <message>
        <source>The server found no valid web address in the request. Give addresses that start with http:// or https://.</source>
        <translation>Der Server hat in der Anfrage keine gültige Webadresse gefunden. Geben Sie Adressen an, die mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Web pages are added as a list of addresses, not as a single training item.</source>
        <translation>Webseiten werden als Liste von Adressen hinzugefügt, nicht als einzelner Trainingseintrag.</translation>
    </message>
    <message>
        <source>The server does not accept this type of training data. Add text, Q&amp;A pairs, files or web pages.</source>
        <translation>Der Server akzeptiert diese Art von Trainingsdaten nicht. Fügen Sie Text, F&amp;A-Paare, Dateien oder Webseiten hinzu.</translation>
    </message>
    <message>
        <source>The server could not process the training data. Try again later, and if it fails again, give the request id to Weav support.</source>
        <translation>Der Server konnte die Trainingsdaten nicht verarbeiten. Versuchen Sie es später erneut. Falls es wieder fehlschlägt, geben Sie die Anfrage-ID an den Weav-Support weiter.</translation>
    </message>
    <message>
        <source>The server rejected the upload as too large. Split the file into smaller files.</source>
        <translation>Der Server hat den Upload als zu groß abgelehnt. Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>weav::core::AgentListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Response length</source>
        <translation>Antwortlänge</translation>
    </message>
    <message>
        <source>Max messages per session</source>
        <translation>Max. Nachrichten pro Sitzung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation>Chat-Agent</translation>
    </message>
    <message>
        <source>Copilot</source>
        <translation>Copilot</translation>
    </message>
    <message>
        <source>Email agent</source>
        <translation>E-Mail-Agent</translation>
    </message>
</context>
<context>
    <name>weav::core::AgentValidator</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>Antwortlänge</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>Das Feld „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>The avatar URL must be text, such as https://example.com/avatar.png.</source>
        <translation>Die Avatar-URL muss Text sein, etwa https://example.com/avatar.png.</translation>
    </message>
    <message>
        <source>avatar URL</source>
        <translation>Avatar-URL</translation>
    </message>
    <message>
        <source>The maximum messages per session must be a whole number from %1 to %2.</source>
        <translation>Die maximale Anzahl Nachrichten pro Sitzung muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>The maximum messages per session is %1, but it must be from %2 to %3.</source>
        <translation>Die maximale Anzahl Nachrichten pro Sitzung ist %1, muss aber zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Whether the agent is active must be true or false.</source>
        <translation>Ob der Agent aktiv ist, muss true oder false sein.</translation>
    </message>
    <message numerus="yes">
        <source>The name is missing. Enter a name of up to %Ln characters.</source>
        <translation>
            <numerusform>Der Name fehlt. Geben Sie einen Namen mit bis zu %Ln Zeichen ein.</numerusform>
            <numerusform>Der Name fehlt. Geben Sie einen Namen mit bis zu %Ln Zeichen ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No reply within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON.</source>
        <translation>Der Server hat HTTP %1 mit einem Inhalt zurückgegeben, der kein JSON ist.</translation>
    </message>
    <message>
        <source>No workspace address is set; add the base URL to the connection profile.</source>
        <translation>Es ist keine Workspace-Adresse festgelegt. Tragen Sie die Basis-URL im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>The workspace address %1 is not an http or https URL.</source>
        <translation>Die Workspace-Adresse %1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Refusing to send the token over plain http to %1. Use https, or allow plain http for this profile if the network between you and the server is trusted.</source>
        <translation>Das Token wird nicht über unverschlüsseltes http an %1 gesendet. Verwenden Sie https oder erlauben Sie http für dieses Profil, wenn das Netzwerk zwischen Ihnen und dem Server vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>No API token is set for this workspace; enter the token in the connection profile.</source>
        <translation>Für diesen Workspace ist kein API-Token festgelegt. Geben Sie das Token im Verbindungsprofil ein.</translation>
    </message>
</context>
<context>
    <name>weav::core::ApiError</name>
    <message>
        <source>The server returned HTTP %1 with an empty body.</source>
        <translation>Der Server hat HTTP %1 mit leerem Inhalt zurückgegeben.</translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON (a proxy or gateway page?).</source>
        <translation>Der Server hat HTTP %1 mit einem Inhalt zurückgegeben, der kein JSON ist (eine Proxy- oder Gateway-Seite?).</translation>
    </message>
    <message>
        <source>The server returned HTTP %1.</source>
        <translation>Der Server hat HTTP %1 zurückgegeben.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>weav::core::ConnectionCheck</name>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered in %1 ms.</source>
        <translation>Der Server hat in %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>The token was not accepted (%1). Check that it is complete and has not expired, or create a new one in the Weav dashboard.</source>
        <translation>Das Token wurde nicht akzeptiert (%1). Prüfen Sie, ob es vollständig und nicht abgelaufen ist, oder erstellen Sie ein neues im Weav-Dashboard.</translation>
    </message>
    <message>
        <source>The token is valid for this workspace.</source>
        <translation>Das Token ist für diesen Workspace gültig.</translation>
    </message>
    <message>
        <source>It can read (external-api:read).</source>
        <translation>Es darf lesen (external-api:read).</translation>
    </message>
    <message>
        <source>It cannot read: it lacks external-api:read, so lists stay empty.</source>
        <translation>Es darf nicht lesen: Ihm fehlt external-api:read, daher bleiben Listen leer.</translation>
    </message>
    <message>
        <source>It can write (external-api:write).</source>
        <translation>Es darf schreiben (external-api:write).</translation>
    </message>
    <message>
        <source>It cannot write: it lacks external-api:write, so assigning, replying and editing are turned off.</source>
        <translation>Es darf nicht schreiben: Ihm fehlt external-api:write, daher sind Zuweisen, Antworten und Bearbeiten deaktiviert.</translation>
    </message>
    <message>
        <source>Whether it can write could not be determined: %1</source>
        <translation>Ob es schreiben darf, ließ sich nicht ermitteln: %1</translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationActions</name>
    <message>
        <source>The reply is not a %1 object with an id.</source>
        <translation>Die Antwort ist kein %1-Objekt mit einer ID.</translation>
    </message>
    <message>
        <source>The connection profile names no teammate to send messages as.</source>
        <translation>Das Verbindungsprofil nennt kein Teammitglied, in dessen Namen Nachrichten gesendet werden.</translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationListModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
</context>
<context>
    <name>weav::core::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>weav::core::DraftStore</name>
    <message>
        <source>Could not read the drafts file %1: %2</source>
        <translation>Die Entwurfsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The drafts file %1 is not valid JSON (%2); its drafts are ignored, and the next save keeps a copy of it as %1.unreadable.</source>
        <translation>Die Entwurfsdatei %1 ist kein gültiges JSON (%2). Ihre Entwürfe werden ignoriert, und beim nächsten Speichern wird eine Kopie als %1.unreadable aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not create the drafts folder %1. Check that it is writable.</source>
        <translation>Der Entwurfsordner %1 konnte nicht erstellt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not save the drafts to %1: %2</source>
        <translation>Die Entwürfe konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::ExchangeHistoryModel</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
</context>
<context>
    <name>weav::core::FieldRules</name>
    <message>
        <source>The address does not start with http:// or https://. Add it in front, as in https://%1.</source>
        <translation>Die Adresse beginnt nicht mit http:// oder https://. Setzen Sie das Schema davor, etwa https://%1.</translation>
    </message>
    <message>
        <source>The address starts with %1://, but only http:// and https:// addresses can be used.</source>
        <translation>Die Adresse beginnt mit %1://, es können aber nur http://- und https://-Adressen verwendet werden.</translation>
    </message>
    <message>
        <source>The address is not a valid web address. Check it for spaces and typing errors.</source>
        <translation>Die Adresse ist keine gültige Webadresse. Prüfen Sie sie auf Leerzeichen und Tippfehler.</translation>
    </message>
    <message>
        <source>The address has no host name after %1://, such as example.com.</source>
        <translation>Die Adresse hat nach %1:// keinen Hostnamen, etwa example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n characters, but at most %2 are allowed. Shorten it by %3.</source>
        <translation>
            <numerusform>Das Feld „%1“ hat %n Zeichen, erlaubt sind höchstens %2. Kürzen Sie es um %3.</numerusform>
            <numerusform>Das Feld „%1“ hat %n Zeichen, erlaubt sind höchstens %2. Kürzen Sie es um %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::FileCredentialStore</name>
    <message>
        <source>The credentials file %1 has no entry for %2. Enter the token again to store it.</source>
        <translation>Die Zugangsdatendatei %1 hat keinen Eintrag für %2. Geben Sie das Token erneut ein, um es zu speichern.</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read or changed by other users, so it was not used. Restrict it to your user with: chmod 600 %1</source>
        <translation>Die Zugangsdatendatei %1 kann von anderen Benutzern gelesen oder geändert werden und wurde daher nicht verwendet. Beschränken Sie sie auf Ihren Benutzer mit: chmod 600 %1</translation>
    </message>
    <message>
        <source>Could not read the credentials file %1: %2. Check that your user owns it.</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht gelesen werden: %2. Prüfen Sie, ob sie Ihrem Benutzer gehört.</translation>
    </message>
    <message>
        <source>The credentials file %1 is not a JSON object of key and secret strings. Move it away, then enter the tokens again.</source>
        <translation>Die Zugangsdatendatei %1 ist kein JSON-Objekt aus Schlüssel- und Secret-Zeichenketten. Verschieben Sie sie und geben Sie die Tokens dann erneut ein.</translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check that the folder is writable.</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not restrict the credentials file %1 to your user: %2. Nothing was written.</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht auf Ihren Benutzer beschränkt werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check the free space and that the folder is writable.</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the credentials file. Check that no file has that name and that its parent folder is writable.</source>
        <translation>Der Ordner %1 für die Zugangsdatendatei konnte nicht erstellt werden. Prüfen Sie, dass keine Datei diesen Namen trägt und der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The credentials file %1 is locked by another process. Close the other Weav Console or weavctl and try again, or delete %2 if neither is running.</source>
        <translation>Die Zugangsdatendatei %1 ist von einem anderen Prozess gesperrt. Schließen Sie die andere Weav Console oder weavctl und versuchen Sie es erneut, oder löschen Sie %2, wenn keines von beiden läuft.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 beside the credentials file. Check that the folder is writable.</source>
        <translation>Die Sperrdatei %1 neben der Zugangsdatendatei konnte nicht erstellt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>weav::core::KeychainCredentialStore</name>
    <message>
        <source>Could not read %1 from the keychain.</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain.</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove %1 from the keychain.</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1. Enter the token again to store it.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1. Geben Sie das Token erneut ein, um es zu speichern.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it, allow Weav Console when asked, and try again. Details: %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn, erlauben Sie Weav Console den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut. Details: %1</translation>
    </message>
    <message>
        <source>The keychain reported: %1. Try again; if it keeps failing, check the keychain with secret-tool or the keychain application.</source>
        <translation>Der Schlüsselbund meldet: %1. Versuchen Sie es erneut. Schlägt es weiter fehl, prüfen Sie den Schlüsselbund mit secret-tool oder der Schlüsselbund-Anwendung.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is running. Install and start one (on Debian: sudo apt install gnome-keyring, then log in again; or KeePassXC with its Secret Service integration enabled), or keep the profile&apos;s token in a file on this machine with weavctl profiles add --file-store. Details: %1</source>
        <translation>Es läuft kein Schlüsselbund (Secret Service). Installieren und starten Sie einen (unter Debian: sudo apt install gnome-keyring, dann neu anmelden; oder KeePassXC mit aktivierter Secret-Service-Integration), oder legen Sie das Token des Profils mit weavctl profiles add --file-store in einer Datei auf diesem Rechner ab. Details: %1</translation>
    </message>
</context>
<context>
    <name>weav::core::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored under %1. Enter the token again.</source>
        <translation>Unter %1 ist kein Secret gespeichert. Geben Sie das Token erneut ein.</translation>
    </message>
</context>
<context>
    <name>weav::core::MessageListModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>weav::core::PagedListModel</name>
    <message>
        <source>The server does not offer %1 (HTTP %2).</source>
        <translation>Der Server bietet %1 nicht an (HTTP %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an id skipped</source>
        <translation>
            <numerusform>Eine Zeile ohne ID übersprungen</numerusform>
            <numerusform>%n Zeilen ohne ID übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::Pager</name>
    <message>
        <source>The list reply has no &quot;data&quot; array.</source>
        <translation>Die Listenantwort enthält kein „data“-Array.</translation>
    </message>
</context>
<context>
    <name>weav::core::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>Enter the workspace base URL, for example https://api.weav.com.</source>
        <translation>Geben Sie die Basis-URL des Workspace ein, zum Beispiel https://api.weav.com.</translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid URL.</source>
        <translation>Die Basis-URL %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The base URL %1 must start with https:// (or http:// for a trusted network).</source>
        <translation>Die Basis-URL %1 muss mit https:// beginnen (oder mit http:// in einem vertrauenswürdigen Netzwerk).</translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation>Die Basis-URL %1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL %1. The token goes in the token field.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Basis-URL %1. Das Token gehört in das Token-Feld.</translation>
    </message>
    <message>
        <source>Remove the part after ? or # from the base URL %1.</source>
        <translation>Entfernen Sie den Teil nach ? oder # aus der Basis-URL %1.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send the token unencrypted. Use https://, or allow plain http for this profile.</source>
        <translation>Unverschlüsseltes http:// zu %1 würde das Token im Klartext senden. Verwenden Sie https:// oder erlauben Sie http für dieses Profil.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; is unknown; choose keychain or file.</source>
        <translation>Der Zugangsdatenspeicher „%1“ ist unbekannt. Wählen Sie keychain oder file.</translation>
    </message>
    <message>
        <source>Could not save the profiles to %1. Check that the file and its folder are writable.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is %n characters long; use at most %1.</source>
        <translation>
            <numerusform>Der Profilname ist %n Zeichen lang. Verwenden Sie höchstens %1.</numerusform>
            <numerusform>Der Profilname ist %n Zeichen lang. Verwenden Sie höchstens %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::QaCsvParser</name>
    <message>
        <source>A quoted field that starts on line %1 has no closing double quote, so the rest of the file is read as part of it. Add the closing quote.</source>
        <translation>Einem Feld in Anführungszeichen, das in Zeile %1 beginnt, fehlt das schließende doppelte Anführungszeichen, daher wird der Rest der Datei als Teil davon gelesen. Ergänzen Sie das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The row has one column. Put the question in the first column and the answer in the second.</source>
        <translation>Die Zeile hat eine Spalte. Schreiben Sie die Frage in die erste und die Antwort in die zweite Spalte.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file has no Q&amp;A rows. Put one question and its answer on each row.</source>
        <translation>Die Datei enthält keine F&amp;A-Zeilen. Schreiben Sie je eine Frage und ihre Antwort in eine Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n columns, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</source>
        <translation>
            <numerusform>Die Zeile hat %n Spalte, eine F&amp;A-Zeile hat aber zwei: Frage und Antwort. Setzen Sie eine Frage oder Antwort, die ein Komma enthält, in doppelte Anführungszeichen.</numerusform>
            <numerusform>Die Zeile hat %n Spalten, eine F&amp;A-Zeile hat aber zwei: Frage und Antwort. Setzen Sie eine Frage oder Antwort, die ein Komma enthält, in doppelte Anführungszeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::QaPairCheck</name>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The question is empty. Enter the question as a customer would ask it.</source>
        <translation>Die Frage ist leer. Geben Sie die Frage so ein, wie ein Kunde sie stellen würde.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The answer is empty. Enter the answer that the agent should give.</source>
        <translation>Die Antwort ist leer. Geben Sie die Antwort ein, die der Agent geben soll.</translation>
    </message>
</context>
<context>
    <name>weav::core::SavedView</name>
    <message>
        <source>The view has no name.</source>
        <translation>Die Ansicht hat keinen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The view name is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Name der Ansicht ist länger als ein Zeichen.</numerusform>
            <numerusform>Der Name der Ansicht ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The view names an unknown column &quot;%1&quot;.</source>
        <translation>Die Ansicht nennt eine unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <source>This is not a Weav Console view file.</source>
        <translation>Dies ist keine Ansichtsdatei von Weav Console.</translation>
    </message>
    <message>
        <source>The view was saved by a newer version of Weav Console. Update the console to open it.</source>
        <translation>Die Ansicht wurde von einer neueren Version von Weav Console gespeichert. Aktualisieren Sie die Console, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The view file is not valid JSON: %1.</source>
        <translation>Die Ansichtsdatei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The link is not a Weav Console view link: it must start with weav://view.</source>
        <translation>Der Link ist kein Ansichtslink von Weav Console: Er muss mit weav://view beginnen.</translation>
    </message>
</context>
<context>
    <name>weav::core::SavedViewStore</name>
    <message>
        <source>The saved views could not be read from %1: %2</source>
        <translation>Die gespeicherten Ansichten konnten nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>A saved view was skipped: %1</source>
        <translation>Eine gespeicherte Ansicht wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>The saved views could not be written to %1: %2</source>
        <translation>Die gespeicherten Ansichten konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::Session</name>
    <message>
        <source>This token may only read: it lacks the external-api:write ability. Ask a workspace admin for a token that may write.</source>
        <translation>Dieses Token darf nur lesen: Ihm fehlt die Berechtigung external-api:write. Bitten Sie einen Workspace-Admin um ein Token mit Schreibrecht.</translation>
    </message>
</context>
<context>
    <name>weav::core::TableExport</name>
    <message>
        <source>Writing row %1 failed: %2</source>
        <translation>Schreiben von Zeile %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::TextItemCheck</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The content is empty. Enter the text that the agents should learn.</source>
        <translation>Der Inhalt ist leer. Geben Sie den Text ein, den die Agenten lernen sollen.</translation>
    </message>
    <message numerus="yes">
        <source>The title is missing. Enter a title of up to %Ln characters.</source>
        <translation>
            <numerusform>Der Titel fehlt. Geben Sie einen Titel mit bis zu %Ln Zeichen ein.</numerusform>
            <numerusform>Der Titel fehlt. Geben Sie einen Titel mit bis zu %Ln Zeichen ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingFileCheck</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Training files (%1)</source>
        <translation>Trainingsdateien (%1)</translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>This is a folder or a device, not a file. Choose the files themselves.</source>
        <translation>Dies ist ein Ordner oder ein Gerät, keine Datei. Wählen Sie die Dateien selbst aus.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check its permissions.</source>
        <translation>Die Datei kann nicht gelesen werden. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The file name has no suffix, so its type is unknown. Use a %1 file.</source>
        <translation>Der Dateiname hat keine Endung, daher ist der Typ unbekannt. Verwenden Sie eine %1-Datei.</translation>
    </message>
    <message>
        <source>Files of type .%1 cannot be used as training data. Use a %2 file.</source>
        <translation>Dateien vom Typ .%1 können nicht als Trainingsdaten verwendet werden. Verwenden Sie eine %2-Datei.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a file with content.</source>
        <translation>Die Datei ist leer. Wählen Sie eine Datei mit Inhalt.</translation>
    </message>
    <message>
        <source>The file has %1 bytes, %2 more than the limit of 10 MiB (%3 bytes). Split it into smaller files.</source>
        <translation>Die Datei hat %1 Byte, %2 mehr als das Limit von 10 MiB (%3 Byte). Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>F&amp;A</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>weav::core::UrlListParser</name>
    <message>
        <source>No web address is given. Paste addresses that start with http:// or https://, one per line.</source>
        <translation>Es ist keine Webadresse angegeben. Fügen Sie Adressen ein, die mit http:// oder https:// beginnen, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The line is not a web address starting with http:// or https://.</source>
        <translation>Die Zeile ist keine Webadresse, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n lines is a web address starting with http:// or https://.</source>
        <translation>
            <numerusform>Die Zeile ist keine Webadresse, die mit http:// oder https:// beginnt.</numerusform>
            <numerusform>Keine der %n Zeilen ist eine Webadresse, die mit http:// oder https:// beginnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same address is on line %1.</source>
        <translation>Dieselbe Adresse steht in Zeile %1.</translation>
    </message>
</context>
<context>
    <name>weav::core::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookDeliveryModel</name>
    <message>
        <source>No: rejected</source>
        <translation>Nein: abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Yes (%n repeat(s))</source>
        <translation>
            <numerusform>Ja (eine Wiederholung)</numerusform>
            <numerusform>Ja (%n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Zustellungs-ID</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur geprüft</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookEventLog</name>
    <message>
        <source>%1 is not a SQLite database: %2. Choose another file for the webhook event log.</source>
        <translation>%1 ist keine SQLite-Datenbank: %2. Wählen Sie eine andere Datei für das Webhook-Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>The webhook event log %1 was written by a newer version (schema %2, this version reads %3). Update the console or choose another file.</source>
        <translation>Das Webhook-Ereignisprotokoll %1 wurde von einer neueren Version geschrieben (Schema %2, diese Version liest %3). Aktualisieren Sie die Console oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not create the webhook event log table in %1: %2</source>
        <translation>Die Tabelle des Webhook-Ereignisprotokolls konnte in %1 nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the webhook event log: %1</source>
        <translation>Für das Webhook-Ereignisprotokoll konnte kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not create the folder of the webhook event log %1.</source>
        <translation>Der Ordner des Webhook-Ereignisprotokolls %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not open the webhook event log %1: %2</source>
        <translation>Das Webhook-Ereignisprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookReceiver</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 bei Position %2.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The envelope has no delivery id: `id` must be a non-empty string.</source>
        <translation>Der Umschlag hat keine Zustellungs-ID: `id` muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The envelope has no event type: `event` must be a non-empty string.</source>
        <translation>Der Umschlag hat keinen Ereignistyp: `event` muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The webhook secret is empty. Enter the secret that the webhook sender signs deliveries with.</source>
        <translation>Das Webhook-Secret ist leer. Geben Sie das Secret ein, mit dem der Webhook-Absender Zustellungen signiert.</translation>
    </message>
    <message>
        <source>The webhook event log path is empty. Choose a file for the event log.</source>
        <translation>Der Pfad des Webhook-Ereignisprotokolls ist leer. Wählen Sie eine Datei für das Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Could not listen for webhook deliveries on %1 port %2: %3. Choose another port, or close the program that uses this one.</source>
        <translation>Auf %1 Port %2 konnte nicht auf Webhook-Zustellungen gewartet werden: %3. Wählen Sie einen anderen Port oder schließen Sie das Programm, das diesen verwendet.</translation>
    </message>
    <message>
        <source>The webhook receiver is not started.</source>
        <translation>Der Webhook-Empfänger ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Webhook deliveries use POST, not %1.</source>
        <translation>Webhook-Zustellungen verwenden POST, nicht %1.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes, over the limit of %2 bytes (1 MiB).</source>
        <translation>Der Anfrageinhalt hat %1 Byte und überschreitet das Limit von %2 Byte (1 MiB).</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header is missing. Sign the body with the webhook secret.</source>
        <translation>Der Header X-Weav-Signature fehlt. Signieren Sie den Inhalt mit dem Webhook-Secret.</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header does not match the body. Check the webhook secret.</source>
        <translation>Der Header X-Weav-Signature passt nicht zum Inhalt. Prüfen Sie das Webhook-Secret.</translation>
    </message>
    <message>
        <source>The delivery could not be recorded. Send it again later.</source>
        <translation>Die Zustellung konnte nicht gespeichert werden. Senden Sie sie später erneut.</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookSecret</name>
    <message>
        <source>No webhook secret is stored for the profile &quot;%1&quot;. Enter the secret of the workspace&apos;s webhook in Settings.</source>
        <translation>Für das Profil „%1“ ist kein Webhook-Secret gespeichert. Geben Sie das Secret des Workspace-Webhooks in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>weav::core::cells</name>
    <message>
        <source>The teammate&apos;s name could not be loaded; this is the teammate&apos;s id.</source>
        <translation>Der Name des Teammitglieds konnte nicht geladen werden. Dies ist die ID des Teammitglieds.</translation>
    </message>
    <message>
        <source>The AI agent&apos;s name could not be loaded; this is the agent&apos;s id.</source>
        <translation>Der Name des KI-Agenten konnte nicht geladen werden. Dies ist die ID des Agenten.</translation>
    </message>
    <message>
        <source>The customer&apos;s name could not be loaded; this is the customer&apos;s id.</source>
        <translation>Der Name des Kunden konnte nicht geladen werden. Dies ist die ID des Kunden.</translation>
    </message>
    <message>
        <source>The company&apos;s name could not be loaded; this is the company&apos;s id.</source>
        <translation>Der Name des Unternehmens konnte nicht geladen werden. Dies ist die ID des Unternehmens.</translation>
    </message>
</context>
<context>
    <name>weav::net::ProxySettings</name>
    <message>
        <source>Enter the proxy host, e.g. proxy.example.com.</source>
        <translation>Geben Sie den Proxy-Host ein, z. B. proxy.example.com.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; is invalid: give a host name or an IP address, without a scheme or path.</source>
        <translation>Der Proxy-Host „%1“ ist ungültig: Geben Sie einen Hostnamen oder eine IP-Adresse ohne Schema oder Pfad an.</translation>
    </message>
    <message>
        <source>The proxy port %1 is invalid: use a port from 1 to 65535.</source>
        <translation>Der Proxy-Port %1 ist ungültig: Verwenden Sie einen Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; contains a port: enter the host alone and the port in its own field.</source>
        <translation>Der Proxy-Host „%1“ enthält einen Port: Geben Sie nur den Host ein und den Port in seinem eigenen Feld.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityPresentation</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The signature matched the webhook secret.</source>
        <translation>Die Signatur passte zum Webhook-Secret.</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header was missing or did not match: the delivery was rejected with 401 and not applied.</source>
        <translation>Der Header X-Weav-Signature fehlte oder passte nicht: Die Zustellung wurde mit 401 abgelehnt und nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityView</name>
    <message>
        <source>the Activity area is not built</source>
        <translation>der Bereich Aktivität ist nicht aufgebaut</translation>
    </message>
    <message>
        <source>Requests to the workspace</source>
        <translation>Anfragen an den Workspace</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; the token is written as $WEAV_API_TOKEN</source>
        <translation>Kopiert die Anfrage als curl-Befehl; das Token wird als $WEAV_API_TOKEN geschrieben</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Webhook deliveries received</source>
        <translation>Empfangene Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>The sender must deliver to %1</source>
        <translation>Der Absender muss an %1 zustellen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks are off. Turn them on in File &gt; Settings &gt; Live Updates.</source>
        <translation>Webhooks sind aus. Schalten Sie sie unter Datei &gt; Einstellungen &gt; Live-Aktualisierung ein.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AdminErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentChecklist</name>
    <message>
        <source>copilot</source>
        <translation>Copilot</translation>
    </message>
    <message>
        <source>email agent</source>
        <translation>E-Mail-Agent</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AI agents</source>
        <translation>KI-Agenten</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentForm</name>
    <message>
        <source>Copilot: suggests replies to teammates; it cannot be deleted or deactivated</source>
        <translation>Copilot: schlägt Teammitgliedern Antworten vor; kann nicht gelöscht oder deaktiviert werden</translation>
    </message>
    <message>
        <source>Email agent: answers email conversations</source>
        <translation>E-Mail-Agent: beantwortet E-Mail-Unterhaltungen</translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation>Chat-Agent</translation>
    </message>
    <message>
        <source>Select an agent to see and change its settings, or create a new agent.</source>
        <translation>Wählen Sie einen Agenten aus, um seine Einstellungen zu sehen und zu ändern, oder erstellen Sie einen neuen Agenten.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the agent is for (optional)</source>
        <translation>Wofür der Agent da ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Avatar URL:</source>
        <translation>&amp;Avatar-URL:</translation>
    </message>
    <message>
        <source>No limit; or %1 to %2</source>
        <translation>Kein Limit; oder %1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Max messages per session:</source>
        <translation>&amp;Max. Nachrichten pro Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Tonfall:</translation>
    </message>
    <message>
        <source>&amp;Response length:</source>
        <translation>Antwort&amp;länge:</translation>
    </message>
    <message>
        <source>Active: the agent takes conversations</source>
        <translation>Aktiv: Der Agent übernimmt Unterhaltungen</translation>
    </message>
    <message>
        <source>Prohibited phrases and escalation rules are set in the Weav dashboard; the API shows them but does not change them.</source>
        <translation>Verbotene Formulierungen und Eskalationsregeln werden im Weav-Dashboard festgelegt; die API zeigt sie an, ändert sie aber nicht.</translation>
    </message>
    <message>
        <source>Prohibited phrases</source>
        <translation>Verbotene Formulierungen</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Eskalationsregeln</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <source>Create Agent</source>
        <translation>Agent erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>The API creates chat agents. The copilot and the email agent come with the workspace.</source>
        <translation>Die API erstellt Chat-Agenten. Copilot und E-Mail-Agent gehören zum Workspace.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation>Korrigieren Sie zuerst die unten markierten Felder.</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The agent was saved, but the server&apos;s reply has no agent id. Reload the list to see it.</source>
        <translation>Der Agent wurde gespeichert, aber die Antwort des Servers enthält keine Agenten-ID. Laden Sie die Liste neu, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>Could not create the agent</source>
        <translation>Der Agent konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation>%1: Der Server hat die unten markierten Felder abgelehnt. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Returns assistant</source>
        <translation>Retouren-Assistent</translation>
    </message>
    <message>
        <source>Answers questions about returns and refunds.</source>
        <translation>Beantwortet Fragen zu Rücksendungen und Erstattungen.</translation>
    </message>
    <message numerus="yes">
        <source>Required, up to %Ln characters</source>
        <translation>
            <numerusform>Pflichtfeld, bis zu %Ln Zeichen</numerusform>
            <numerusform>Pflichtfeld, bis zu %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a tone the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Wählen Sie einen Tonfall aus dem Angebot des Produkts oder geben Sie einen eigenen ein (bis zu %Ln Zeichen).</numerusform>
            <numerusform>Wählen Sie einen Tonfall aus dem Angebot des Produkts oder geben Sie einen eigenen ein (bis zu %Ln Zeichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a length the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Wählen Sie eine Länge aus dem Angebot des Produkts oder geben Sie eine eigene ein (bis zu %Ln Zeichen).</numerusform>
            <numerusform>Wählen Sie eine Länge aus dem Angebot des Produkts oder geben Sie eine eigene ein (bis zu %Ln Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Agenteneinstellungen</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTableModel</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Counting the training items of this agent…</source>
        <translation>Trainingseinträge dieses Agenten werden gezählt …</translation>
    </message>
    <message>
        <source>Training items assigned to this agent, as counted by the server: %1</source>
        <translation>Diesem Agenten zugewiesene Trainingseinträge laut Server: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Training items</source>
        <translation>Trainingseinträge</translation>
    </message>
    <message>
        <source>Training items assigned to the agent, counted by the server</source>
        <translation>Dem Agenten zugewiesene Trainingseinträge, vom Server gezählt</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTrainingCounts</name>
    <message>
        <source>Counting the agent&apos;s training items failed</source>
        <translation>Die Trainingseinträge des Agenten konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no total (meta.total), so the count is unknown.</source>
        <translation>Die Antwort des Servers enthält keine Gesamtzahl (meta.total), daher ist die Anzahl unbekannt.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Optional: check the agents that should use the new training data. You can assign it later from the training list too.</source>
        <translation>Optional: Markieren Sie die Agenten, die die neuen Trainingsdaten verwenden sollen. Sie können sie auch später in der Trainingsliste zuweisen.</translation>
    </message>
    <message>
        <source>The agent list could not be loaded, so no agent can be chosen now. Continue without agents and assign them from the training list later.</source>
        <translation>Die Agentenliste konnte nicht geladen werden, daher kann jetzt kein Agent gewählt werden. Fahren Sie ohne Agenten fort und weisen Sie sie später in der Trainingsliste zu.</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>Agenten werden geladen …</translation>
    </message>
    <message>
        <source>This workspace has no agents yet.</source>
        <translation>Dieser Workspace hat noch keine Agenten.</translation>
    </message>
    <message>
        <source>Without a checked agent, the items are added but no agent uses them yet.</source>
        <translation>Ohne markierten Agenten werden die Einträge hinzugefügt, aber noch von keinem Agenten verwendet.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsView</name>
    <message>
        <source>New Agent…</source>
        <translation>Neuer Agent …</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The agent list is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation>Die Agentenliste ist auf diesem Server nicht verfügbar. %1 Fragen Sie den Workspace-Admin, welche API dieser Server anbietet.</translation>
    </message>
    <message>
        <source>Could not activate “%1”</source>
        <translation>„%1“ konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Could not deactivate “%1”</source>
        <translation>„%1“ konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Delete Agent</source>
        <translation>Agent löschen</translation>
    </message>
    <message>
        <source>Delete the agent “%1”?</source>
        <translation>Den Agenten „%1“ löschen?</translation>
    </message>
    <message>
        <source>Conversations assigned to it become unassigned, and its training data is no longer assigned to it. This cannot be undone.</source>
        <translation>Ihm zugewiesene Unterhaltungen verlieren ihre Zuweisung, und seine Trainingsdaten sind ihm nicht mehr zugewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>„%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The agent “%1” was deleted.</source>
        <translation>Der Agent „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The agent “%1” was created.</source>
        <translation>Der Agent „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Loading the agents failed</source>
        <translation>Laden der Agenten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Create a chat agent</source>
        <translation>Einen Chat-Agenten erstellen</translation>
    </message>
    <message>
        <source>Switch whether the selected agent takes conversations</source>
        <translation>Festlegen, ob der ausgewählte Agent Unterhaltungen übernimmt</translation>
    </message>
    <message>
        <source>Delete the selected agent</source>
        <translation>Den ausgewählten Agenten löschen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>the Agents area is not built</source>
        <translation>der Bereich Agenten ist nicht aufgebaut</translation>
    </message>
    <message>
        <source>AI agents</source>
        <translation>KI-Agenten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agents loaded…</source>
        <translation>
            <numerusform>%Ln Agent geladen …</numerusform>
            <numerusform>%Ln Agenten geladen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::AnalyticsView</name>
    <message>
        <source>the Analytics area is not built</source>
        <translation>der Bereich Analysen ist nicht aufgebaut</translation>
    </message>
    <message>
        <source>the conversations did not load: %1</source>
        <translation>die Unterhaltungen wurden nicht geladen: %1</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The IANA time zone whose local days make up the period, e.g. Europe/Berlin</source>
        <translation>Die IANA-Zeitzone, deren lokale Tage den Zeitraum bilden, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the conversations that changed since the last refresh</source>
        <translation>Die seit der letzten Aktualisierung geänderten Unterhaltungen abrufen</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the numbers shown stay as they were</source>
        <translation>Laden beenden; die angezeigten Zahlen bleiben unverändert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: choose an IANA name from the list, such as Europe/Berlin. The numbers stay in %2.</source>
        <translation>Unbekannte Zeitzone „%1“: Wählen Sie einen IANA-Namen aus der Liste, etwa Europe/Berlin. Die Zahlen bleiben in %2.</translation>
    </message>
    <message>
        <source>Opening the cached conversations…</source>
        <translation>Zwischengespeicherte Unterhaltungen werden geöffnet …</translation>
    </message>
    <message>
        <source>Loading conversations: %1 of %2</source>
        <translation>Unterhaltungen werden geladen: %1 von %2</translation>
    </message>
    <message>
        <source>Loading conversations: %1</source>
        <translation>Unterhaltungen werden geladen: %1</translation>
    </message>
    <message>
        <source>Could not refresh the analytics data</source>
        <translation>Die Analysedaten konnten nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The numbers shown are those of %1.</source>
        <translation>Die angezeigten Zahlen haben den Stand %1.</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Aktualisierung abgebrochen.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n Erstantwort</numerusform>
            <numerusform>%n Erstantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1 · Chat %2</source>
        <translation>E-Mail %1 · Chat %2</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n gelöst</numerusform>
            <numerusform>%n gelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aged 7 days or more</source>
        <translation>
            <numerusform>%n davon 7 Tage oder älter</numerusform>
            <numerusform>%n davon 7 Tage oder älter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 von %2 erstellten</translation>
    </message>
    <message>
        <source>%1 of %2 created, spam included</source>
        <translation>%1 von %2 erstellten, einschließlich Spam</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (KI-Agent)</translation>
    </message>
    <message>
        <source>Loading every conversation of the workspace for the first time; the numbers follow.</source>
        <translation>Alle Unterhaltungen des Workspace werden zum ersten Mal geladen; die Zahlen folgen.</translation>
    </message>
    <message>
        <source>No numbers yet. Press Refresh to load the conversations.</source>
        <translation>Noch keine Zahlen. Klicken Sie auf „Aktualisieren“, um die Unterhaltungen zu laden.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message numerus="yes">
        <source>Times in %1 · %2, compared with %3 · %4 · %Ln conversations as of %5</source>
        <translation>
            <numerusform>Zeiten in %1 · %2, verglichen mit %3 · %4 · %Ln Unterhaltung, Stand %5</numerusform>
            <numerusform>Zeiten in %1 · %2, verglichen mit %3 · %4 · %Ln Unterhaltungen, Stand %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>weav::ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System uses the desktop&apos;s style and colours as they were when Weav Console started.</source>
        <translation>„System“ verwendet Stil und Farben des Desktops, wie sie beim Start von Weav Console waren.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Restart Weav Console to change the language.</source>
        <translation>Starten Sie Weav Console neu, um die Sprache zu ändern.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssignAgentsDialog</name>
    <message>
        <source>Assign to Agents</source>
        <translation>Agenten zuweisen</translation>
    </message>
    <message>
        <source>Training items selected: %1. They are assigned to the checked agents, and the agents they have already stay assigned.</source>
        <translation>Ausgewählte Trainingseinträge: %1. Sie werden den markierten Agenten zugewiesen; bestehende Zuweisungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneeDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>KI · %1</translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <source>AI agent: %1</source>
        <translation>KI-Agent: %1</translation>
    </message>
    <message>
        <source>Teammate: %1</source>
        <translation>Teammitglied: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneePicker</name>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Type a name to find a teammate or AI agent</source>
        <translation>Namen eingeben, um ein Teammitglied oder einen KI-Agenten zu finden</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Nobody works on this conversation.</source>
        <translation>Niemand bearbeitet diese Unterhaltung.</translation>
    </message>
    <message>
        <source>%1 — teammate</source>
        <translation>%1 – Teammitglied</translation>
    </message>
    <message>
        <source>%1 — AI agent, started this chat</source>
        <translation>%1 – KI-Agent, hat diesen Chat begonnen</translation>
    </message>
    <message>
        <source>%1 — AI agent, email agent</source>
        <translation>%1 – KI-Agent, E-Mail-Agent</translation>
    </message>
    <message>
        <source>%1 — AI agent</source>
        <translation>%1 – KI-Agent</translation>
    </message>
</context>
<context>
    <name>weav::ui::BarListWidget</name>
    <message numerus="yes">
        <source>%1: %n open conversation(s). Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1: %n offene Unterhaltung. Klicken, um sie im Posteingang aufzulisten.</numerusform>
            <numerusform>%1: %n offene Unterhaltungen. Klicken, um sie im Posteingang aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open conversation(s)</source>
        <translation>
            <numerusform>%1: %n offene Unterhaltung</numerusform>
            <numerusform>%1: %n offene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Keine offenen Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>weav::ui::BuiltInViews</name>
    <message>
        <source>Views:</source>
        <translation>Ansichten:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Urgent and high</source>
        <translation>Dringend und hoch</translation>
    </message>
    <message>
        <source>Handled by AI</source>
        <translation>Von KI bearbeitet</translation>
    </message>
    <message>
        <source>Closed in the last 7 days</source>
        <translation>Geschlossen (7 Tage)</translation>
    </message>
    <message>
        <source>Every conversation, newest first.</source>
        <translation>Alle Unterhaltungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Open conversations, newest first.</source>
        <translation>Offene Unterhaltungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Open conversations without an assignee: the backlog nobody has picked up.</source>
        <translation>Offene Unterhaltungen ohne Zuständige: der Rückstand, den noch niemand übernommen hat.</translation>
    </message>
    <message>
        <source>Open conversations of priority urgent or high.</source>
        <translation>Offene Unterhaltungen mit Priorität dringend oder hoch.</translation>
    </message>
    <message>
        <source>Conversations assigned to an AI agent.</source>
        <translation>Einem KI-Agenten zugewiesene Unterhaltungen.</translation>
    </message>
    <message>
        <source>Closed conversations changed in the last 7 days, most recently changed first. The list cannot filter by closing time, so a conversation closed earlier but edited since is listed too.</source>
        <translation>Geschlossene Unterhaltungen, die in den letzten 7 Tagen geändert wurden, zuletzt geänderte zuerst. Die Liste kann nicht nach Schließzeitpunkt filtern, daher erscheint auch eine früher geschlossene, aber seitdem bearbeitete Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkAction</name>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Zuweisen an %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Set the priority to %1</source>
        <translation>Priorität auf %1 setzen</translation>
    </message>
    <message>
        <source>Add the tag “%1”</source>
        <translation>Tag „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkActionBar</name>
    <message>
        <source>Apply to:</source>
        <translation>Anwenden auf:</translation>
    </message>
    <message>
        <source>Which conversations the action changes</source>
        <translation>Welche Unterhaltungen die Aktion ändert</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen …</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Tag entfernen …</translation>
    </message>
    <message>
        <source>All matching this view</source>
        <translation>Alle Treffer dieser Ansicht</translation>
    </message>
    <message>
        <source>Assign conversations</source>
        <translation>Unterhaltungen zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assignee (teammate or AI agent; type to filter):</source>
        <translation>Zuständig (Teammitglied oder KI-Agent; tippen zum Filtern):</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag to add to each conversation (other tags stay):</source>
        <translation>Tag, das jeder Unterhaltung hinzugefügt wird (andere Tags bleiben):</translation>
    </message>
    <message>
        <source>Tag to remove from each conversation:</source>
        <translation>Tag, das aus jeder Unterhaltung entfernt wird:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Bulk actions are off: %1</source>
        <translation>Sammelaktionen sind aus: %1</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>Die %Ln ausgewählte</numerusform>
            <numerusform>Die %Ln ausgewählten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching this view</source>
        <translation>
            <numerusform>Alle %Ln Treffer dieser Ansicht</numerusform>
            <numerusform>Alle %Ln Treffer dieser Ansicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkController</name>
    <message>
        <source>Collecting the conversations that match this view…</source>
        <translation>Die zu dieser Ansicht passenden Unterhaltungen werden gesammelt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Collecting the conversations that match this view: %L1 so far…</source>
        <translation>Die zu dieser Ansicht passenden Unterhaltungen werden gesammelt: bisher %L1 …</translation>
    </message>
    <message>
        <source>Collecting the matching conversations was cancelled. Nothing was changed.</source>
        <translation>Das Sammeln der passenden Unterhaltungen wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not collect the conversations that match this view</source>
        <translation>Die zu dieser Ansicht passenden Unterhaltungen konnten nicht gesammelt werden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No conversation matches this view. Nothing was changed.</source>
        <translation>Keine Unterhaltung passt zu dieser Ansicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: %2?</translation>
    </message>
    <message>
        <source>Each conversation is changed with its own request, %1 at a time. Failures are listed with their reason, and can be retried.</source>
        <translation>Jede Unterhaltung wird mit einer eigenen Anfrage geändert, %1 gleichzeitig. Fehler werden mit Grund aufgelistet und können wiederholt werden.</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>the first conversations of the inbox include no chat</source>
        <translation>die ersten Unterhaltungen des Posteingangs enthalten keinen Chat</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln conversations that match this view</source>
        <translation>
            <numerusform>die %Ln Unterhaltung, die zu dieser Ansicht passt</numerusform>
            <numerusform>alle %Ln Unterhaltungen, die zu dieser Ansicht passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected conversations</source>
        <translation>
            <numerusform>die %Ln ausgewählte Unterhaltung</numerusform>
            <numerusform>die %Ln ausgewählten Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultDialog</name>
    <message>
        <source>%v of %m conversations</source>
        <translation>%v von %m Unterhaltungen</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Nur Fehler anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent finish, and the rest are listed as cancelled.</source>
        <translation>Nichts mehr senden. Bereits gesendete Anfragen werden abgeschlossen, der Rest wird als abgebrochen aufgeführt.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>bulk results</source>
        <translation>Ergebnisse der Sammelaktion</translation>
    </message>
    <message>
        <source>Outcome per conversation</source>
        <translation>Ergebnis pro Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln conversations finished, %L3 failed so far.</source>
        <translation>
            <numerusform>%1: %L2 von %Ln Unterhaltung abgeschlossen, bisher %L3 fehlgeschlagen.</numerusform>
            <numerusform>%1: %L2 von %Ln Unterhaltungen abgeschlossen, bisher %L3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversations.</source>
        <translation>
            <numerusform>%1: %L2 erledigt, %L3 fehlgeschlagen, %L4 abgebrochen, von %Ln Unterhaltung.</numerusform>
            <numerusform>%1: %L2 erledigt, %L3 fehlgeschlagen, %L4 abgebrochen, von %Ln Unterhaltungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent: stopped</source>
        <translation>Nicht gesendet: gestoppt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 finished.</source>
        <translation>%1: %2 von %3 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded.</source>
        <translation>%1: %2 von %3 erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, with the reason beside each.</source>
        <translation>
            <numerusform>%n Eintrag fehlgeschlagen, der Grund steht daneben.</numerusform>
            <numerusform>%n fehlgeschlagen, jeweils mit Grund daneben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n Eintrag nicht gesendet.</numerusform>
            <numerusform>%n nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome per item</source>
        <translation>Ergebnis pro Eintrag</translation>
    </message>
</context>
<context>
    <name>weav::ui::ByteSizeDelegate</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>weav::ui::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture, or its numbers as CSV</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Bild oder seine Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation>Bild als PNG …</translation>
    </message>
    <message>
        <source>Picture as SVG…</source>
        <translation>Bild als SVG …</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Zahlen als CSV …</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>die Datei konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export “%1” to %2: %3. Check that the folder exists and is writable, or choose another file.</source>
        <translation>„%1“ konnte nicht nach %2 exportiert werden: %3. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>weav::ui::ColumnChooser</name>
    <message>
        <source>The subject column is always shown.</source>
        <translation>Die Spalte Betreff wird immer angezeigt.</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>weav::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Type an action, a view or a conversation subject</source>
        <translation>Aktion, Ansicht oder Betreff einer Unterhaltung eingeben</translation>
    </message>
    <message>
        <source>↑↓ move · Enter runs · Esc closes</source>
        <translation>↑↓ bewegen · Enter ausführen · Esc schließen</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Searching the server failed: %1. Only loaded conversations are listed.</source>
        <translation>Die Suche auf dem Server ist fehlgeschlagen: %1. Nur geladene Unterhaltungen werden aufgeführt.</translation>
    </message>
    <message>
        <source>the window has no command palette</source>
        <translation>das Fenster hat keine Befehlspalette</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>weav::ui::CompaniesView</name>
    <message>
        <source>Search companies by name or domain</source>
        <translation>Unternehmen nach Name oder Domain suchen</translation>
    </message>
    <message>
        <source>Finds companies whose name or domain contains the text, ignoring case.</source>
        <translation>Findet Unternehmen, deren Name oder Domain den Text enthält, ohne Beachtung der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>This workspace has no companies yet.</source>
        <translation>Dieser Workspace hat noch keine Unternehmen.</translation>
    </message>
    <message>
        <source>No company&apos;s name or domain contains “%1”.</source>
        <translation>Kein Unternehmensname und keine Domain enthält „%1“.</translation>
    </message>
    <message>
        <source>Could not load the companies</source>
        <translation>Die Unternehmen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load more companies after row %1</source>
        <translation>Nach Zeile %1 konnten keine weiteren Unternehmen geladen werden</translation>
    </message>
    <message>
        <source>New Company…</source>
        <translation>Neues Unternehmen …</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Could not open company %1</source>
        <translation>Unternehmen %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not delete the company “%1”</source>
        <translation>Das Unternehmen „%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete Company</source>
        <translation>Unternehmen löschen</translation>
    </message>
    <message>
        <source>Delete the company %1?</source>
        <translation>Das Unternehmen %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Customers of this company: %n. They stay in the workspace, without a company.</source>
        <translation>
            <numerusform>Kunden dieses Unternehmens: %n. Der Kunde bleibt ohne Unternehmen im Workspace.</numerusform>
            <numerusform>Kunden dieses Unternehmens: %n. Sie bleiben ohne Unternehmen im Workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company&apos;s customers stay in the workspace, without a company.</source>
        <translation>Die Kunden des Unternehmens bleiben ohne Unternehmen im Workspace.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 von %Ln Unternehmen</numerusform>
            <numerusform>%1 von %Ln Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln Unternehmen</numerusform>
            <numerusform>%Ln Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies loaded</source>
        <translation>
            <numerusform>%Ln Unternehmen geladen</numerusform>
            <numerusform>%Ln Unternehmen geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDetail</name>
    <message>
        <source>Customers: %1 of %2</source>
        <translation>Kunden: %1 von %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <source>Customers: %1 loaded</source>
        <translation>Kunden: %1 geladen</translation>
    </message>
    <message>
        <source>No customer belongs to this company.</source>
        <translation>Zu diesem Unternehmen gehört kein Kunde.</translation>
    </message>
    <message>
        <source>Could not load the company&apos;s customers</source>
        <translation>Die Kunden des Unternehmens konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load more of the company&apos;s customers after row %1</source>
        <translation>Nach Zeile %1 konnten keine weiteren Kunden des Unternehmens geladen werden</translation>
    </message>
    <message>
        <source>Select a company to see its details and customers.</source>
        <translation>Wählen Sie ein Unternehmen aus, um seine Details und Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Double-click a customer to open them in Customers.</source>
        <translation>Doppelklicken Sie auf einen Kunden, um ihn unter Kunden zu öffnen.</translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Edit Company “%1”</source>
        <translation>Unternehmen „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>employee count</source>
        <translation>Anzahl der Mitarbeitenden</translation>
    </message>
    <message>
        <source>a whole number, e.g. 250</source>
        <translation>eine ganze Zahl, z. B. 250</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: enter the number of employees in digits, e.g. 250.</source>
        <translation>„%1“ ist keine ganze Zahl: Geben Sie die Anzahl der Mitarbeitenden in Ziffern ein, z. B. 250.</translation>
    </message>
    <message>
        <source>The employee count cannot be negative: enter 0 or more.</source>
        <translation>Die Anzahl der Mitarbeitenden kann nicht negativ sein: Geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>The employee count can be at most %1.</source>
        <translation>Die Anzahl der Mitarbeitenden darf höchstens %1 betragen.</translation>
    </message>
    <message>
        <source>Could not save the company “%1”</source>
        <translation>Das Unternehmen „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not create the company</source>
        <translation>Das Unternehmen konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>weav::ui::Composer</name>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Strg+Enter sendet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>A note for teammates; the customer never sees it.</source>
        <translation>Eine Notiz für Teammitglieder; der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <source>Internal note for teammates; the customer never sees it.</source>
        <translation>Interne Notiz für Teammitglieder; der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <source>Write a reply to the customer.</source>
        <translation>Schreiben Sie eine Antwort an den Kunden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Read-only: nothing can be sent with this token.</source>
        <translation>Schreibgeschützt: Mit diesem Token kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>your teammate account</source>
        <translation>Ihr Teammitglied-Konto</translation>
    </message>
    <message>
        <source>Internal note by %1 — not sent to the customer</source>
        <translation>Interne Notiz von %1 – wird nicht an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Replying as %1</source>
        <translation>Antwort als %1</translation>
    </message>
    <message numerus="yes">
        <source>This text is %Ln characters long; one message may have at most %1. Shorten it or send it in parts.</source>
        <translation>
            <numerusform>Dieser Text ist %Ln Zeichen lang; eine Nachricht darf höchstens %1 haben. Kürzen Sie ihn oder senden Sie ihn in Teilen.</numerusform>
            <numerusform>Dieser Text ist %Ln Zeichen lang; eine Nachricht darf höchstens %1 haben. Kürzen Sie ihn oder senden Sie ihn in Teilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate is set to reply as, so nothing can be sent. Choose the teammate you reply as in File &gt; Settings &gt; Replies.</source>
        <translation>Es ist kein Teammitglied festgelegt, in dessen Namen geantwortet wird, daher kann nichts gesendet werden. Wählen Sie es unter Datei &gt; Einstellungen &gt; Antworten aus.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>Jemand anderes hat diese Unterhaltung geändert</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you opened it. Your change has not been saved yet.</source>
        <translation>„%1“ wurde auf dem Server geändert, nachdem Sie sie geöffnet haben. Ihre Änderung ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von jemand anderem geändert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change, not saved yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Änderung, noch nicht gespeichert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apply my change anyway</source>
        <translation>Meine Änderung trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Discard my change and show the new version</source>
        <translation>Meine Änderung verwerfen und die neue Version zeigen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstantwort</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (changed by someone else)</source>
        <translation>%1: %2 → %3 (von jemand anderem geändert)</translation>
    </message>
    <message>
        <source> — your change sets this field too</source>
        <translation> – Ihre Änderung setzt dieses Feld ebenfalls</translation>
    </message>
    <message>
        <source>No field you can see changed; the conversation was updated on the server.</source>
        <translation>Kein sichtbares Feld hat sich geändert; die Unterhaltung wurde auf dem Server aktualisiert.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The new version already contains your change.</source>
        <translation>Die neue Version enthält Ihre Änderung bereits.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Weav workspace</source>
        <translation>Mit einem Weav-Workspace verbinden</translation>
    </message>
    <message>
        <source>Enter the base URL of your Weav workspace and an API token created in the Weav dashboard. The token is kept in the system keychain, never in a settings file.</source>
        <translation>Geben Sie die Basis-URL Ihres Weav-Workspace und ein im Weav-Dashboard erstelltes API-Token ein. Das Token wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>No saved profiles yet.

Fill in the form to add one, or open the demo workspace to look around first.</source>
        <translation>Noch keine gespeicherten Profile.

Füllen Sie das Formular aus, um eines hinzuzufügen, oder öffnen Sie zuerst den Demo-Workspace, um sich umzusehen.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token from the keychain</source>
        <translation>Das ausgewählte Profil und sein Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>e.g. Acme support</source>
        <translation>z. B. Acme-Support</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation>Unverschlüsseltes http:// zu diesem Host erlauben (das Token wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>The teammate that replies and notes from this console are sent as. The list fills after a successful connection test.</source>
        <translation>Das Teammitglied, in dessen Namen Antworten und Notizen aus dieser Console gesendet werden. Die Liste füllt sich nach einem erfolgreichen Verbindungstest.</translation>
    </message>
    <message>
        <source>&amp;Reply as</source>
        <translation>&amp;Antworten als</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Workspace öffnen</translation>
    </message>
    <message>
        <source>A sample workspace that runs inside the console, with seeded teammates, AI agents, customers and conversations</source>
        <translation>Ein Beispiel-Workspace, der in der Console läuft, mit vorbereiteten Teammitgliedern, KI-Agenten, Kunden und Unterhaltungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Paste the token from the Weav dashboard</source>
        <translation>Fügen Sie das Token aus dem Weav-Dashboard ein</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Enter the API token to test. Weav shows a token once, when it is created in the dashboard.</source>
        <translation>Geben Sie das zu testende API-Token ein. Weav zeigt ein Token nur einmal an, wenn es im Dashboard erstellt wird.</translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation>Gespeichertes Token wird gelesen …</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Connection failed: the server could not be reached.</source>
        <translation>Verbindung fehlgeschlagen: Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connection failed: the token was not accepted.</source>
        <translation>Verbindung fehlgeschlagen: Das Token wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Connected, but the token cannot read this workspace.</source>
        <translation>Verbunden, aber das Token kann diesen Workspace nicht lesen.</translation>
    </message>
    <message>
        <source>Connected, read-only: this token cannot change anything.</source>
        <translation>Verbunden, schreibgeschützt: Dieses Token kann nichts ändern.</translation>
    </message>
    <message>
        <source>Connected: the token may read and write.</source>
        <translation>Verbunden: Das Token darf lesen und schreiben.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Saved teammate %1</source>
        <translation>Gespeichertes Teammitglied %1</translation>
    </message>
    <message>
        <source>Enter the API token for the profile &quot;%1&quot;. Weav shows a token once, when it is created in the dashboard.</source>
        <translation>Geben Sie das API-Token für das Profil „%1“ ein. Weav zeigt ein Token nur einmal an, wenn es im Dashboard erstellt wird.</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved. %2</source>
        <translation>Das Token wurde nicht gespeichert, daher wurde das Profil „%1“ nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund entfernt …</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its token.</source>
        <translation>Das Profil „%1“ und sein Token wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleController</name>
    <message>
        <source>Opening the demo workspace</source>
        <translation>Demo-Workspace wird geöffnet</translation>
    </message>
    <message>
        <source>The demo server did not create a session.</source>
        <translation>Der Demo-Server hat keine Sitzung erstellt.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. Pick one from the list, or add it.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“. Wählen Sie eines aus der Liste oder fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>No profile is saved; use --demo or --profile NAME.</source>
        <translation>Es ist kein Profil gespeichert; verwenden Sie --demo oder --profile NAME.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation>API-Token wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Verbindung zu %1 wird geprüft …</translation>
    </message>
    <message>
        <source>weav-console: the screenshots failed: %1</source>
        <translation>weav-console: Die Screenshots sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>weav-console: %1</source>
        <translation>weav-console: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleKeyboard</name>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>An&amp;sichten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Open Conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>Unterhaltungen suchen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen …</translation>
    </message>
    <message>
        <source>Close or Reopen</source>
        <translation>Schließen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorität …</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Add Internal Note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern …</translation>
    </message>
    <message>
        <source>Open View Link…</source>
        <translation>Ansichtslink öffnen …</translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation>Ansicht importieren …</translation>
    </message>
    <message>
        <source>Refresh View Counts</source>
        <translation>Ansichtszähler aktualisieren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Befehlspalette …</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Select a conversation first: J and K move through the list.</source>
        <translation>Wählen Sie zuerst eine Unterhaltung aus: Mit J und K bewegen Sie sich durch die Liste.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleOptions</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;: weav-console takes options and one weav://view link only.</source>
        <translation>Unerwartetes Argument „%1“: weav-console akzeptiert nur Optionen und einen weav://view-Link.</translation>
    </message>
    <message>
        <source>The view link cannot be opened: %1</source>
        <translation>Der Ansichtslink kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Desktop console for support teams on the Weav External API v1.</source>
        <translation>Desktop-Console für Support-Teams auf Basis der Weav External API v1.</translation>
    </message>
    <message>
        <source>A weav://view link to open in the inbox once connected.</source>
        <translation>Ein weav://view-Link, der nach dem Verbinden im Posteingang geöffnet wird.</translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation>Gibt die Version aus und beendet das Programm.</translation>
    </message>
    <message>
        <source>Opens the built-in demo workspace instead of a profile.</source>
        <translation>Öffnet den eingebauten Demo-Workspace statt eines Profils.</translation>
    </message>
    <message>
        <source>Size of the demo workspace: small (about 2,000 conversations), medium (20,000) or large (200,000). Default: small.</source>
        <translation>Größe des Demo-Workspace: small (etwa 2.000 Unterhaltungen), medium (20.000) oder large (200.000). Standard: small.</translation>
    </message>
    <message>
        <source>Connects with the saved profile &lt;name&gt; instead of the current one.</source>
        <translation>Verbindet mit dem gespeicherten Profil &lt;name&gt; statt mit dem aktuellen.</translation>
    </message>
    <message>
        <source>Shows the console in the language &lt;code&gt;, e.g. de, when its catalogue is installed.</source>
        <translation>Zeigt die Console in der Sprache &lt;code&gt;, z. B. de, sofern ihr Katalog installiert ist.</translation>
    </message>
    <message>
        <source>Exits after the screenshots: 0 when all were saved, 1 when a view did not load within 60 s.</source>
        <translation>Beendet das Programm nach den Screenshots: 0, wenn alle gespeichert wurden, 1, wenn eine Ansicht nicht innerhalb von 60 s geladen wurde.</translation>
    </message>
    <message>
        <source>With --demo: the demo server adds customer messages and conversations, &lt;per-minute&gt; of them a minute (default %1), so that live updates show.</source>
        <translation>Mit --demo: Der Demo-Server fügt Kundennachrichten und Unterhaltungen hinzu, &lt;per-minute&gt; pro Minute (Standard %1), damit Live-Aktualisierungen sichtbar werden.</translation>
    </message>
    <message>
        <source>--demo-size applies only with --demo.</source>
        <translation>--demo-size gilt nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>--demo-size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation>--demo-size „%1“ ist unbekannt: Verwenden Sie small, medium oder large.</translation>
    </message>
    <message>
        <source>Give either --demo or --profile, not both.</source>
        <translation>Geben Sie entweder --demo oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code; use a code such as de or pt_BR.</source>
        <translation>--lang „%1“ ist kein Sprachcode; verwenden Sie einen Code wie de oder pt_BR.</translation>
    </message>
    <message>
        <source>--screenshot-dir needs a folder.</source>
        <translation>--screenshot-dir benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>--simulate-traffic applies only with --demo.</source>
        <translation>--simulate-traffic gilt nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>--simulate-traffic &quot;%1&quot; is not a rate: give messages per minute from 1 to %2.</source>
        <translation>--simulate-traffic „%1“ ist keine Rate: Geben Sie Nachrichten pro Minute von 1 bis %2 an.</translation>
    </message>
    <message>
        <source>--quit-after-screenshots needs --screenshot-dir DIR.</source>
        <translation>--quit-after-screenshots benötigt --screenshot-dir DIR.</translation>
    </message>
    <message>
        <source>weav-console: warning: no translation catalogue %1.qm in %2; the console stays in English.
</source>
        <translation>weav-console: Warnung: kein Übersetzungskatalog %1.qm in %2; die Console bleibt auf Englisch.
</translation>
    </message>
    <message>
        <source>Weav Console</source>
        <translation>Weav Console</translation>
    </message>
    <message>
        <source>Run weav-console --help for the options.</source>
        <translation>Führen Sie weav-console --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Shows the console in the theme &lt;theme&gt; (system, light or dark) for this run, without changing the saved setting.</source>
        <translation>Zeigt die Console für diesen Lauf im Design &lt;theme&gt; (system, light oder dark), ohne die gespeicherte Einstellung zu ändern.</translation>
    </message>
    <message>
        <source>Saves a 1440x900 PNG of each main view into &lt;dir&gt; once its data is shown, and prints each path. With --lang X (other than en) the files are named NAME-X.png, with --theme dark NAME-dark.png, and with both NAME-X-dark.png.</source>
        <translation>Speichert ein PNG mit 1440x900 von jeder Hauptansicht in &lt;dir&gt;, sobald ihre Daten angezeigt werden, und gibt jeden Pfad aus. Mit --lang X (außer en) heißen die Dateien NAME-X.png, mit --theme dark NAME-dark.png und mit beidem NAME-X-dark.png.</translation>
    </message>
    <message>
        <source>--theme &quot;%1&quot; is unknown: use system, light or dark.</source>
        <translation>--theme „%1“ ist unbekannt: Verwenden Sie system, light oder dark.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationPane</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>Ihr Entwurf konnte auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source> · Company: %1</source>
        <translation> · Unternehmen: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation>%1-Unterhaltung</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>First response %1</source>
        <translation>Erstantwort %1</translation>
    </message>
    <message>
        <source>No first response yet</source>
        <translation>Noch keine Erstantwort</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Geschlossen %1</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (KI-Agent)</translation>
    </message>
    <message>
        <source>%1 (teammate)</source>
        <translation>%1 (Teammitglied)</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Tags</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>kein Spam</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Type to find a teammate or AI agent</source>
        <translation>Tippen, um ein Teammitglied oder einen KI-Agenten zu finden</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reopen this conversation</source>
        <translation>Diese Unterhaltung wieder öffnen</translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation>Diese Unterhaltung schließen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>diese Unterhaltung</translation>
    </message>
    <message>
        <source>Could not unassign “%1”</source>
        <translation>Die Zuweisung von „%1“ konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>Could not assign “%1” to %2</source>
        <translation>„%1“ konnte nicht %2 zugewiesen werden</translation>
    </message>
    <message>
        <source>Could not close “%1”</source>
        <translation>„%1“ konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>Could not reopen “%1”</source>
        <translation>„%1“ konnte nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Could not change the priority of “%1”</source>
        <translation>Die Priorität von „%1“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not save the tags of “%1”</source>
        <translation>Die Tags von „%1“ konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not change “%1”</source>
        <translation>„%1“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Someone else changed this conversation; choose what to do with your change.</source>
        <translation>Jemand anderes hat diese Unterhaltung geändert; entscheiden Sie, was mit Ihrer Änderung geschehen soll.</translation>
    </message>
    <message>
        <source>Your change was discarded. This is the current version.</source>
        <translation>Ihre Änderung wurde verworfen. Dies ist die aktuelle Version.</translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation>Die Notiz wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>Die Antwort wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server refused the token. What you sent waits here and goes out once you sign in again.</source>
        <translation>Der Server hat das Token abgelehnt. Was Sie gesendet haben, wartet hier und wird gesendet, sobald Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationTable</name>
    <message>
        <source>Click to sort by this column on the server; click again to reverse.</source>
        <translation>Klicken, um auf dem Server nach dieser Spalte zu sortieren; erneut klicken, um umzukehren.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: the server sorts only by created, last message and priority.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden: Der Server sortiert nur nach Erstellt, Letzte Nachricht und Priorität.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDetail</name>
    <message>
        <source>Conversations: %1 of %2</source>
        <translation>Unterhaltungen: %1 von %2</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Unterhaltungen: %1</translation>
    </message>
    <message>
        <source>Conversations: %1 loaded</source>
        <translation>Unterhaltungen: %1 geladen</translation>
    </message>
    <message>
        <source>This customer has no conversations.</source>
        <translation>Dieser Kunde hat keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s conversations</source>
        <translation>Die Unterhaltungen des Kunden konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load more of the customer&apos;s conversations after row %1</source>
        <translation>Nach Zeile %1 konnten keine weiteren Unterhaltungen des Kunden geladen werden</translation>
    </message>
    <message>
        <source>Select a customer to see their profile and conversations.</source>
        <translation>Wählen Sie einen Kunden aus, um sein Profil und seine Unterhaltungen zu sehen.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Double-click a conversation to open it in the inbox.</source>
        <translation>Doppelklicken Sie auf eine Unterhaltung, um sie im Posteingang zu öffnen.</translation>
    </message>
    <message>
        <source>Loading the company&apos;s name…</source>
        <translation>Name des Unternehmens wird geladen …</translation>
    </message>
    <message>
        <source>Open this company in Companies</source>
        <translation>Dieses Unternehmen unter Unternehmen öffnen</translation>
    </message>
    <message>
        <source>Company %1 (its name could not be loaded)</source>
        <translation>Unternehmen %1 (sein Name konnte nicht geladen werden)</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit Customer “%1”</source>
        <translation>Kunde „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>e.g. en or de-CH</source>
        <translation>z. B. en oder de-CH</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>The company the customer belongs to</source>
        <translation>Das Unternehmen, zu dem der Kunde gehört</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The companies could not be loaded, so only the current company can be chosen: %1</source>
        <translation>Die Unternehmen konnten nicht geladen werden, daher kann nur das aktuelle Unternehmen gewählt werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: write it as name@example.com, without spaces.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Schreiben Sie sie als name@example.com, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Another customer of this workspace already has the e-mail address “%1”. Use a different address, or search for that customer and edit them instead.</source>
        <translation>Ein anderer Kunde dieses Workspace hat bereits die E-Mail-Adresse „%1“. Verwenden Sie eine andere Adresse, oder suchen Sie diesen Kunden und bearbeiten Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Could not save the customer “%1”</source>
        <translation>Der Kunde „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not create the customer</source>
        <translation>Der Kunde konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomersView</name>
    <message>
        <source>Search customers by name or e-mail</source>
        <translation>Kunden nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Finds customers whose first name, last name, full name or e-mail address contains the text, ignoring case.</source>
        <translation>Findet Kunden, deren Vorname, Nachname, vollständiger Name oder E-Mail-Adresse den Text enthält, ohne Beachtung der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>This workspace has no customers yet.</source>
        <translation>Dieser Workspace hat noch keine Kunden.</translation>
    </message>
    <message>
        <source>No customer&apos;s name or e-mail address contains “%1”.</source>
        <translation>Kein Kundenname und keine E-Mail-Adresse enthält „%1“.</translation>
    </message>
    <message>
        <source>Could not load the customers</source>
        <translation>Die Kunden konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load more customers after row %1</source>
        <translation>Nach Zeile %1 konnten keine weiteren Kunden geladen werden</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Neuer Kunde …</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Could not open customer %1</source>
        <translation>Kunde %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not delete the customer “%1”</source>
        <translation>Der Kunde „%1“ konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Delete the customer %1?</source>
        <translation>Den Kunden %1 löschen?</translation>
    </message>
    <message>
        <source>Delete the customer %1 &lt;%2&gt;?</source>
        <translation>Den Kunden %1 &lt;%2&gt; löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Conversations of this customer: %n. The workspace deletes them too, with every message in them.</source>
        <translation>
            <numerusform>Unterhaltungen dieses Kunden: %n. Der Workspace löscht sie ebenfalls, mit allen Nachrichten darin.</numerusform>
            <numerusform>Unterhaltungen dieses Kunden: %n. Der Workspace löscht sie ebenfalls, mit allen Nachrichten darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace also deletes the customer&apos;s conversations, with every message in them.</source>
        <translation>Der Workspace löscht auch die Unterhaltungen des Kunden, mit allen Nachrichten darin.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customers</source>
        <translation>
            <numerusform>%1 von %Ln Kunden</numerusform>
            <numerusform>%1 von %Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers loaded</source>
        <translation>
            <numerusform>%Ln Kunde geladen</numerusform>
            <numerusform>%Ln Kunden geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardCharts</name>
    <message>
        <source>0–5 min</source>
        <translation>0–5 min</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 min</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>≥ 24 h</source>
        <translation>≥ 24 h</translation>
    </message>
    <message>
        <source>0–24 h</source>
        <translation>0–24 h</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <source>≥ 7 days</source>
        <translation>≥ 7 Tage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n conversation(s) created. Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1, %2: %n Unterhaltung erstellt. Klicken, um sie im Posteingang aufzulisten.</numerusform>
            <numerusform>%1, %2: %n Unterhaltungen erstellt. Klicken, um sie im Posteingang aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Erstantworten</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>90. Perzentil (s)</translation>
    </message>
    <message>
        <source>Mean (s)</source>
        <translation>Mittelwert (s)</translation>
    </message>
    <message numerus="yes">
        <source>No point on %n day(s) without a first response.</source>
        <translation>
            <numerusform>Kein Punkt an einem Tag ohne Erstantwort.</numerusform>
            <numerusform>Kein Punkt an %n Tagen ohne Erstantwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s). Click to list them.</source>
        <translation>
            <numerusform>%1: %n Unterhaltung. Klicken, um sie aufzulisten.</numerusform>
            <numerusform>%1: %n Unterhaltungen. Klicken, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstantwort</translation>
    </message>
    <message>
        <source>Age at the period&apos;s end</source>
        <translation>Alter am Ende des Zeitraums</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the backlog at the end of the period.</source>
        <translation>
            <numerusform>%n Unterhaltung im Rückstand am Ende des Zeitraums.</numerusform>
            <numerusform>%n Unterhaltungen im Rückstand am Ende des Zeitraums.</numerusform>
        </translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Assignee type</source>
        <translation>Art der Zuständigkeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Offene Unterhaltungen</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln assignees with the most open conversations of %1; the CSV export has all of them.</source>
        <translation>
            <numerusform>Die zuständige Person mit den meisten offenen Unterhaltungen von %1; der CSV-Export enthält alle.</numerusform>
            <numerusform>Die %Ln Zuständigen mit den meisten offenen Unterhaltungen von %1; der CSV-Export enthält alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardPeriod</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter both dates of the period.</source>
        <translation>Geben Sie beide Daten des Zeitraums ein.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after %1.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Wählen Sie ein „bis“-Datum am oder nach dem %1.</translation>
    </message>
    <message numerus="yes">
        <source>The period is %Ln days long; choose at most %1 days.</source>
        <translation>
            <numerusform>Der Zeitraum ist %Ln Tag lang; wählen Sie höchstens %1 Tage.</numerusform>
            <numerusform>Der Zeitraum ist %Ln Tage lang; wählen Sie höchstens %1 Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DemoWorkspace</name>
    <message>
        <source>The demo size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation>Die Demo-Größe „%1“ ist unbekannt: Verwenden Sie small, medium oder large.</translation>
    </message>
    <message>
        <source>Opening the demo workspace…</source>
        <translation>Demo-Workspace wird geöffnet …</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo workspace with %n conversation(s). This happens once.</source>
        <translation>
            <numerusform>Der Demo-Workspace wird mit %n Unterhaltung erstellt. Dies geschieht nur einmal.</numerusform>
            <numerusform>Der Demo-Workspace wird mit %n Unterhaltungen erstellt. Dies geschieht nur einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The demo workspace could not be created in %1: %2</source>
        <translation>Der Demo-Workspace konnte nicht in %1 erstellt werden: %2</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>The demo workspace did not start within %n second(s).</source>
        <translation>
            <numerusform>Der Demo-Workspace ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Der Demo-Workspace ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
</context>
<context>
    <name>weav::ui::DetailFields</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownBuilder</name>
    <message>
        <source>under 5 minutes</source>
        <translation>unter 5 Minuten</translation>
    </message>
    <message>
        <source>5 to 15 minutes</source>
        <translation>5 bis 15 Minuten</translation>
    </message>
    <message>
        <source>15 to 60 minutes</source>
        <translation>15 bis 60 Minuten</translation>
    </message>
    <message>
        <source>1 to 4 hours</source>
        <translation>1 bis 4 Stunden</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>4 bis 24 Stunden</translation>
    </message>
    <message>
        <source>24 hours or more</source>
        <translation>24 Stunden oder mehr</translation>
    </message>
    <message>
        <source>under 24 hours old</source>
        <translation>jünger als 24 Stunden</translation>
    </message>
    <message>
        <source>1 to 3 days old</source>
        <translation>1 bis 3 Tage alt</translation>
    </message>
    <message>
        <source>3 to 7 days old</source>
        <translation>3 bis 7 Tage alt</translation>
    </message>
    <message>
        <source>7 days old or more</source>
        <translation>7 Tage alt oder älter</translation>
    </message>
    <message>
        <source>Created, %1</source>
        <translation>Erstellt, %1</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Erstellt per %1 am %2</translation>
    </message>
    <message>
        <source>Created with an AI agent as assignee, %1</source>
        <translation>Erstellt mit einem KI-Agenten als Zuständigem, %1</translation>
    </message>
    <message>
        <source>Created with a teammate as assignee, %1</source>
        <translation>Erstellt mit einem Teammitglied als Zuständigem, %1</translation>
    </message>
    <message>
        <source>Created and unassigned, %1</source>
        <translation>Erstellt und nicht zugewiesen, %1</translation>
    </message>
    <message>
        <source>Spam created, %1</source>
        <translation>Spam erstellt, %1</translation>
    </message>
    <message>
        <source>Closed, %1</source>
        <translation>Geschlossen, %1</translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so the inbox cannot list exactly these conversations.</source>
        <translation>Die API hat keinen Filter für closed_at, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</translation>
    </message>
    <message>
        <source>First responses to conversations created %1</source>
        <translation>Erstantworten auf Unterhaltungen, erstellt %1</translation>
    </message>
    <message>
        <source>First responses in %1 to conversations created %2</source>
        <translation>Erstantworten in %1 auf Unterhaltungen, erstellt %2</translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so the inbox cannot list exactly these conversations.</source>
        <translation>Die API hat keinen Filter für first_response_at, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</translation>
    </message>
    <message>
        <source>Backlog at the end of %1</source>
        <translation>Rückstand am Ende von %1</translation>
    </message>
    <message>
        <source>The period ends before the data&apos;s last refresh. Its backlog depends on closed_at, which the API cannot filter, so the inbox cannot list exactly these conversations.</source>
        <translation>Der Zeitraum endet vor der letzten Aktualisierung der Daten. Sein Rückstand hängt von closed_at ab, das die API nicht filtern kann, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</translation>
    </message>
    <message>
        <source>Backlog %1 at the end of %2</source>
        <translation>Rückstand %1 am Ende von %2</translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at and on millisecond bounds of created_at, which the API cannot filter exactly, so the inbox cannot list exactly these conversations.</source>
        <translation>Die Altersgruppen hängen von closed_at und von Millisekundengrenzen von created_at ab, die die API nicht genau filtern kann, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</translation>
    </message>
    <message>
        <source>Open conversations of %1, now</source>
        <translation>Offene Unterhaltungen von %1, jetzt</translation>
    </message>
    <message>
        <source>Open and unassigned conversations, now</source>
        <translation>Offene, nicht zugewiesene Unterhaltungen, jetzt</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2:00–%3:00</translation>
    </message>
    <message>
        <source>Created %1, %2</source>
        <translation>Erstellt %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>This cell spans %n days of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</source>
        <translation>
            <numerusform>Diese Zelle umfasst %n Tag des Zeitraums, was ein einzelner Listenfilter nicht ausdrücken kann, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</numerusform>
            <numerusform>Diese Zelle umfasst %n Tage des Zeitraums, was ein einzelner Listenfilter nicht ausdrücken kann, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A daylight-saving change makes this hour ambiguous, so the inbox cannot list exactly these conversations.</source>
        <translation>Eine Zeitumstellung macht diese Stunde mehrdeutig, daher kann der Posteingang nicht genau diese Unterhaltungen auflisten.</translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownDialog</name>
    <message>
        <source>Open in Inbox</source>
        <translation>Im Posteingang öffnen</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 This list comes from the conversations cached for analytics, as of %2.</source>
        <translation>%1 Diese Liste stammt aus den für Analysen zwischengespeicherten Unterhaltungen, Stand %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export the list to %1: %2. Check that the folder is writable, or choose another file.</source>
        <translation>Die Liste konnte nicht nach %1 exportiert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist, oder wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownModel</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstantwort</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (KI-Agent)</translation>
    </message>
</context>
<context>
    <name>weav::ui::ErrorText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the workspace could not be reached (no network connection, or the server is down).</source>
        <translation>der Workspace ist nicht erreichbar (keine Netzwerkverbindung, oder der Server ist ausgefallen).</translation>
    </message>
    <message>
        <source>the server did not reply in time.</source>
        <translation>der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>the request was cancelled.</source>
        <translation>die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the server&apos;s reply could not be read: %1</source>
        <translation>die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this channel does not allow that assignee.</source>
        <translation>dieser Kanal erlaubt diese Zuweisung nicht.</translation>
    </message>
    <message>
        <source>the chosen assignee does not belong to this workspace.</source>
        <translation>der gewählte Zuständige gehört nicht zu diesem Workspace.</translation>
    </message>
    <message>
        <source>the teammate this console sends as does not belong to this workspace.</source>
        <translation>das Teammitglied, in dessen Namen diese Console sendet, gehört nicht zu diesem Workspace.</translation>
    </message>
    <message>
        <source>the server refused the token (it is missing, wrong, revoked or expired).</source>
        <translation>der Server hat das Token abgelehnt (es fehlt, ist falsch, widerrufen oder abgelaufen).</translation>
    </message>
    <message>
        <source>the token lacks the ability this request needs.</source>
        <translation>dem Token fehlt die Berechtigung, die diese Anfrage benötigt.</translation>
    </message>
    <message>
        <source>the workspace forbids this: %1</source>
        <translation>der Workspace verbietet dies: %1</translation>
    </message>
    <message>
        <source>it no longer exists in this workspace.</source>
        <translation>es existiert in diesem Workspace nicht mehr.</translation>
    </message>
    <message>
        <source>the server does not offer %1.</source>
        <translation>der Server bietet %1 nicht an.</translation>
    </message>
    <message>
        <source>the server rejected some values: %1</source>
        <translation>der Server hat einige Werte abgelehnt: %1</translation>
    </message>
    <message>
        <source>too many requests were sent in a short time.</source>
        <translation>in kurzer Zeit wurden zu viele Anfragen gesendet.</translation>
    </message>
    <message>
        <source>the server failed while handling it: %1</source>
        <translation>beim Server ist bei der Verarbeitung ein Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Choose the teammate you reply as in the connection settings.</source>
        <translation>Wählen Sie in den Verbindungseinstellungen das Teammitglied, in dessen Namen Sie antworten.</translation>
    </message>
    <message>
        <source>Check the connection settings.</source>
        <translation>Prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, report it to the workspace admin</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es dem Workspace-Admin</translation>
    </message>
    <message>
        <source>Pick a teammate, nobody, or the AI agent the channel allows.</source>
        <translation>Wählen Sie ein Teammitglied, niemanden oder den KI-Agenten, den der Kanal erlaubt.</translation>
    </message>
    <message>
        <source>Pick another teammate or AI agent; the list may be out of date.</source>
        <translation>Wählen Sie ein anderes Teammitglied oder einen anderen KI-Agenten; die Liste ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Choose another teammate to reply as in the connection settings.</source>
        <translation>Wählen Sie in den Verbindungseinstellungen ein anderes Teammitglied, in dessen Namen Sie antworten.</translation>
    </message>
    <message>
        <source>Sign in again with a valid token.</source>
        <translation>Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <source>Ask a workspace admin for a token with the external-api:write ability.</source>
        <translation>Bitten Sie einen Workspace-Admin um ein Token mit der Berechtigung external-api:write.</translation>
    </message>
    <message>
        <source>Change it in the Weav dashboard, or ask a workspace admin.</source>
        <translation>Ändern Sie es im Weav-Dashboard oder fragen Sie einen Workspace-Admin.</translation>
    </message>
    <message>
        <source>Reload the list to see what the workspace contains now.</source>
        <translation>Laden Sie die Liste neu, um den aktuellen Inhalt des Workspace zu sehen.</translation>
    </message>
    <message>
        <source>Ask the workspace admin whether this server offers it.</source>
        <translation>Fragen Sie den Workspace-Admin, ob dieser Server dies anbietet.</translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation>Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, report it to the workspace admin</source>
        <translation>Versuchen Sie es gleich noch einmal; wenn es weiter fehlschlägt, melden Sie es dem Workspace-Admin</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat. Pick one of those.</source>
        <translation>Eine Chat-Unterhaltung kann einem Teammitglied, niemandem oder dem KI-Agenten zugewiesen werden, der den Chat begonnen hat. Wählen Sie eine dieser Möglichkeiten.</translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat (%1). Pick one of those.</source>
        <translation>Eine Chat-Unterhaltung kann einem Teammitglied, niemandem oder dem KI-Agenten zugewiesen werden, der den Chat begonnen hat (%1). Wählen Sie eine dieser Möglichkeiten.</translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent. Pick one of those.</source>
        <translation>Eine E-Mail-Unterhaltung kann einem Teammitglied, niemandem oder dem aktiven E-Mail-Agenten des Workspace zugewiesen werden. Wählen Sie eine dieser Möglichkeiten.</translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent (%1). Pick one of those.</source>
        <translation>Eine E-Mail-Unterhaltung kann einem Teammitglied, niemandem oder dem aktiven E-Mail-Agenten des Workspace (%1) zugewiesen werden. Wählen Sie eine dieser Möglichkeiten.</translation>
    </message>
    <message>
        <source>This conversation&apos;s channel does not allow that assignee. Pick a teammate or nobody.</source>
        <translation>Der Kanal dieser Unterhaltung erlaubt diese Zuweisung nicht. Wählen Sie ein Teammitglied oder niemanden.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ExportDialog</name>
    <message>
        <source>Export %1 to CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Add a byte-order mark for Excel</source>
        <translation>Byte-Order-Mark für Excel hinzufügen</translation>
    </message>
    <message>
        <source>Excel needs it to read accents and other non-ASCII letters in a CSV file.</source>
        <translation>Excel braucht sie, um Akzente und andere Nicht-ASCII-Buchstaben in einer CSV-Datei zu lesen.</translation>
    </message>
    <message>
        <source>Only the loaded rows (%L1)</source>
        <translation>Nur die geladenen Zeilen (%L1)</translation>
    </message>
    <message>
        <source>All rows of this view</source>
        <translation>Alle Zeilen dieser Ansicht</translation>
    </message>
    <message>
        <source>All rows of this view (%L1)</source>
        <translation>Alle Zeilen dieser Ansicht (%L1)</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>File to write, e.g. %1</source>
        <translation>Zu schreibende Datei, z. B. %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Enter the file to write, or choose one with Browse….</source>
        <translation>Geben Sie die zu schreibende Datei ein oder wählen Sie eine mit „Durchsuchen …“.</translation>
    </message>
    <message>
        <source>%1 is a folder: enter a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Loading rows: %v of %m</source>
        <translation>Zeilen werden geladen: %v von %m</translation>
    </message>
    <message>
        <source>Nothing was exported, because loading the rows failed: %1</source>
        <translation>Es wurde nichts exportiert, weil das Laden der Zeilen fehlgeschlagen ist: %1</translation>
    </message>
    <message>
        <source>you cancelled it. Export the loaded rows, or try again.</source>
        <translation>Sie haben es abgebrochen. Exportieren Sie die geladenen Zeilen oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export failed: %1. Choose another file or folder, and export again.</source>
        <translation>Der Export ist fehlgeschlagen: %1. Wählen Sie eine andere Datei oder einen anderen Ordner und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Add files with the button or drag them here. Each file is checked before anything is sent.</source>
        <translation>Fügen Sie Dateien über die Schaltfläche hinzu oder ziehen Sie sie hierher. Jede Datei wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Nicht hinzugefügte Dateien</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Add Training Files</source>
        <translation>Trainingsdateien hinzufügen</translation>
    </message>
    <message>
        <source>%1: it is in the list already.</source>
        <translation>%1: steht bereits in der Liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file added yet.</source>
        <translation>Noch keine Datei hinzugefügt.</translation>
    </message>
    <message>
        <source>Files: %1, %2 in all.</source>
        <translation>Dateien: %1, insgesamt %2.</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Files not used</source>
        <translation>Nicht verwendete Dateien</translation>
    </message>
</context>
<context>
    <name>weav::ui::FilterBar</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Search subjects…</source>
        <translation>Betreffs durchsuchen …</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Betreffs durchsuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Conversations created on or after this local date.</source>
        <translation>Unterhaltungen, die an oder nach diesem lokalen Datum erstellt wurden.</translation>
    </message>
    <message>
        <source>Conversations created on or before this local date.</source>
        <translation>Unterhaltungen, die an oder vor diesem lokalen Datum erstellt wurden.</translation>
    </message>
    <message>
        <source>Remove the created date range.</source>
        <translation>Den Erstellungszeitraum entfernen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the conditions that have no control here.</source>
        <translation>Die Bedingungen entfernen, für die es hier kein Steuerelement gibt.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every conversation.</source>
        <translation>Alle Unterhaltungen anzeigen.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Urgent or high</source>
        <translation>Dringend oder hoch</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any teammate</source>
        <translation>Alle Teammitglieder</translation>
    </message>
    <message>
        <source>Any AI agent</source>
        <translation>Alle KI-Agenten</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>KI · %1</translation>
    </message>
    <message>
        <source>The end date is before the start date: pick %1 or later.</source>
        <translation>Das Enddatum liegt vor dem Startdatum: Wählen Sie den %1 oder später.</translation>
    </message>
    <message>
        <source>updated since %1</source>
        <translation>aktualisiert seit %1</translation>
    </message>
    <message>
        <source>one customer</source>
        <translation>ein Kunde</translation>
    </message>
    <message>
        <source>spam only</source>
        <translation>nur Spam</translation>
    </message>
    <message>
        <source>no spam</source>
        <translation>kein Spam</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::HeatmapWidget</name>
    <message>
        <source>Busiest hours</source>
        <translation>Stoßzeiten</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n conversation(s) created</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n Unterhaltung erstellt</numerusform>
            <numerusform>%1, %2:00–%3:00: %n Unterhaltungen erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Klicken, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxLiveUpdates</name>
    <message>
        <source>The list was last read from the workspace at %1 (local time).</source>
        <translation>Die Liste wurde zuletzt um %1 (Ortszeit) aus dem Workspace gelesen.</translation>
    </message>
    <message>
        <source>The list has not been read from the workspace yet.</source>
        <translation>Die Liste wurde noch nicht aus dem Workspace gelesen.</translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxView</name>
    <message>
        <source>The token was rejected: enter a new token when asked, and the list loads again.</source>
        <translation>Das Token wurde abgelehnt: Geben Sie ein neues Token ein, wenn Sie danach gefragt werden, dann wird die Liste erneut geladen.</translation>
    </message>
    <message>
        <source>The token may not read conversations: ask a workspace admin for a token with the read ability.</source>
        <translation>Das Token darf keine Unterhaltungen lesen: Bitten Sie einen Workspace-Admin um ein Token mit Leseberechtigung.</translation>
    </message>
    <message>
        <source>Check that the server is reachable, then press Retry.</source>
        <translation>Prüfen Sie, ob der Server erreichbar ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The reply could not be read: press Retry, and report the request id if it fails again.</source>
        <translation>Die Antwort konnte nicht gelesen werden: Klicken Sie auf „Erneut versuchen“ und melden Sie die Anfrage-ID, falls es wieder fehlschlägt.</translation>
    </message>
    <message>
        <source>The server rejected a filter: change the filters.</source>
        <translation>Der Server hat einen Filter abgelehnt: Ändern Sie die Filter.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment, then press Retry.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Press Retry, or try again later.</source>
        <translation>Klicken Sie auf „Erneut versuchen“ oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>The conversation list is not available. %1 Ask the workspace admin which API this server offers.</source>
        <translation>Die Unterhaltungsliste ist nicht verfügbar. %1 Fragen Sie den Workspace-Admin, welche API dieser Server anbietet.</translation>
    </message>
    <message>
        <source>Loading the conversations failed.</source>
        <translation>Laden der Unterhaltungen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Loading more conversations after row %1 failed.</source>
        <translation>Laden weiterer Unterhaltungen nach Zeile %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No conversations match these filters.
Change or clear the filters to see more.</source>
        <translation>Keine Unterhaltung passt zu diesen Filtern.
Ändern oder löschen Sie die Filter, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>This workspace has no conversations yet.</source>
        <translation>Dieser Workspace hat noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Write the visible columns of this view to a CSV file</source>
        <translation>Die sichtbaren Spalten dieser Ansicht in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>It may have been deleted: check the id, or reload the list.</source>
        <translation>Sie wurde möglicherweise gelöscht: Prüfen Sie die ID oder laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Opening conversation %1 failed. %2 %3</source>
        <translation>Öffnen der Unterhaltung %1 fehlgeschlagen. %2 %3</translation>
    </message>
    <message>
        <source>Opening conversation %1 failed: the reply has no conversation id (request id %2). Press Retry.</source>
        <translation>Öffnen der Unterhaltung %1 fehlgeschlagen: Die Antwort enthält keine Unterhaltungs-ID (Anfrage-ID %2). Klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversations</source>
        <translation>
            <numerusform>%1 von %Ln Unterhaltung</numerusform>
            <numerusform>%1 von %Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations loaded</source>
        <translation>
            <numerusform>%Ln Unterhaltung geladen</numerusform>
            <numerusform>%Ln Unterhaltungen geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Previous period: —</source>
        <translation>Vorheriger Zeitraum: —</translation>
    </message>
    <message>
        <source>an improvement</source>
        <translation>eine Verbesserung</translation>
    </message>
    <message>
        <source>a worsening</source>
        <translation>eine Verschlechterung</translation>
    </message>
    <message>
        <source>Up %1 on the previous period</source>
        <translation>%1 mehr als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>Down %1 on the previous period</source>
        <translation>%1 weniger als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>%1, an improvement</source>
        <translation>%1, eine Verbesserung</translation>
    </message>
    <message>
        <source>%1, a worsening</source>
        <translation>%1, eine Verschlechterung</translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdateSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Apply the interval and the receiver now</source>
        <translation>Intervall und Empfänger jetzt übernehmen</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>Ask for changes every</source>
        <translation>Nach Änderungen fragen alle</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receive webhook deliveries on this computer</source>
        <translation>Webhook-Zustellungen auf diesem Computer empfangen</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1</source>
        <translation>Port auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The demo workspace delivers webhooks to this console with a secret kept in memory, so nothing here needs setting.</source>
        <translation>Der Demo-Workspace stellt Webhooks mit einem im Speicher gehaltenen Secret an diese Console zu, daher muss hier nichts eingestellt werden.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>A secret is stored; type a new one to replace it</source>
        <translation>Ein Secret ist gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>The secret the webhook sender signs deliveries with</source>
        <translation>Das Secret, mit dem der Webhook-Absender Zustellungen signiert</translation>
    </message>
    <message>
        <source>Enter the webhook secret: deliveries are accepted only when signed with it.</source>
        <translation>Geben Sie das Webhook-Secret ein: Zustellungen werden nur angenommen, wenn sie damit signiert sind.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Secret wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The secret was not stored. %1</source>
        <translation>Das Secret wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved. The inbox uses the new settings now.</source>
        <translation>Gespeichert. Der Posteingang verwendet jetzt die neuen Einstellungen.</translation>
    </message>
    <message>
        <source>From 5 s to 10 min. The inbox asks only while its window is shown, and four times less often while the webhook receiver listens.</source>
        <translation>Von 5 s bis 10 min. Der Posteingang fragt nur, solange sein Fenster angezeigt wird, und viermal seltener, solange der Webhook-Empfänger lauscht.</translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdates</name>
    <message>
        <source>Webhooks off</source>
        <translation>Webhooks aus</translation>
    </message>
    <message>
        <source>Webhook deliveries are received at %1</source>
        <translation>Webhook-Zustellungen werden an %1 empfangen</translation>
    </message>
</context>
<context>
    <name>weav::ui::LoadingIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>weav::ui::MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
    <message>
        <source>%1 — Weav Console</source>
        <translation>%1 – Weav Console</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Workspace…</source>
        <translation>Mit Workspace &amp;verbinden …</translation>
    </message>
    <message>
        <source>Switch to another profile, add one, or open the demo workspace</source>
        <translation>Zu einem anderen Profil wechseln, eines hinzufügen oder den Demo-Workspace öffnen</translation>
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
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Weav Console</source>
        <translation>&amp;Über Weav Console</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>der Demo-Workspace</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <source>About Weav Console</source>
        <translation>Über Weav Console</translation>
    </message>
    <message>
        <source>Weav Console %1</source>
        <translation>Weav Console %1</translation>
    </message>
    <message>
        <source>A desktop console for support teams on the Weav External API v1.

Connected to %1 at %2.
Qt %3.</source>
        <translation>Eine Desktop-Console für Support-Teams auf Basis der Weav External API v1.

Verbunden mit %1 unter %2.
Qt %3.</translation>
    </message>
    <message>
        <source>The new token is in use; waiting changes are being sent again.</source>
        <translation>Das neue Token wird verwendet; wartende Änderungen werden erneut gesendet.</translation>
    </message>
    <message>
        <source>The new token of &quot;%1&quot; is stored in the keychain.</source>
        <translation>Das neue Token von „%1“ ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The new token works for this session, but it was not stored, so the next start asks for it again. %1</source>
        <translation>Das neue Token funktioniert für diese Sitzung, wurde aber nicht gespeichert, daher wird beim nächsten Start erneut danach gefragt. %1</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled: the workspace refused the token.</source>
        <translation>
            <numerusform>%n wartende Änderung abgebrochen: Der Workspace hat das Token abgelehnt.</numerusform>
            <numerusform>%n wartende Änderungen abgebrochen: Der Workspace hat das Token abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Profiles, the teammate you reply as, live updates, theme, language and proxy</source>
        <translation>Profile, das Teammitglied, in dessen Namen Sie antworten, Live-Aktualisierung, Design, Sprache und Proxy</translation>
    </message>
</context>
<context>
    <name>weav::ui::MetricFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no previous value to compare</source>
        <translation>kein vorheriger Wert zum Vergleich</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= keine Änderung</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
</context>
<context>
    <name>weav::ui::MetricHelp</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erstantwort, Median</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erstantwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Lösungszeit, Median</translation>
    </message>
    <message>
        <source>Backlog at end</source>
        <translation>Rückstand am Ende</translation>
    </message>
    <message>
        <source>AI share</source>
        <translation>KI-Anteil</translation>
    </message>
    <message>
        <source>Spam share</source>
        <translation>Spam-Anteil</translation>
    </message>
    <message>
        <source>Created per day by channel</source>
        <translation>Erstellt pro Tag nach Kanal</translation>
    </message>
    <message>
        <source>First response per day</source>
        <translation>Erstantwort pro Tag</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>Erstantwortzeiten</translation>
    </message>
    <message>
        <source>Backlog age at end</source>
        <translation>Alter des Rückstands am Ende</translation>
    </message>
    <message>
        <source>Created by assignee type</source>
        <translation>Erstellt nach Art der Zuständigkeit</translation>
    </message>
    <message>
        <source>Workload per assignee, now</source>
        <translation>Arbeitslast pro Zuständigem, jetzt</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Stoßzeiten</translation>
    </message>
    <message>
        <source>First response time is first_response_at − created_at, over conversations created in the period that have a first response. Conversations without one are left out, not counted as zero.</source>
        <translation>Die Erstantwortzeit ist first_response_at − created_at, über die im Zeitraum erstellten Unterhaltungen mit Erstantwort. Unterhaltungen ohne Erstantwort werden ausgelassen, nicht als null gezählt.</translation>
    </message>
    <message>
        <source>Resolution time is closed_at − created_at, over conversations closed in the period.</source>
        <translation>Die Lösungszeit ist closed_at − created_at, über die im Zeitraum geschlossenen Unterhaltungen.</translation>
    </message>
    <message>
        <source>The median of an even count is the mean of the two middle values.</source>
        <translation>Der Median einer geraden Anzahl ist der Mittelwert der beiden mittleren Werte.</translation>
    </message>
    <message>
        <source>The 90th percentile is the nearest rank: the ⌈0.9·n⌉-th smallest value.</source>
        <translation>Das 90. Perzentil ist der nächste Rang: der ⌈0,9·n⌉-kleinste Wert.</translation>
    </message>
    <message>
        <source>Backlog at end: conversations created before the period&apos;s end that have no closed_at, or a closed_at at or after the end.</source>
        <translation>Rückstand am Ende: Unterhaltungen, die vor dem Ende des Zeitraums erstellt wurden und kein closed_at haben oder ein closed_at am oder nach dem Ende.</translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period. Also per channel and per local day.</source>
        <translation>Unterhaltungen, deren created_at im Zeitraum liegt. Auch pro Kanal und pro lokalem Tag.</translation>
    </message>
    <message>
        <source>Conversations whose closed_at is in the period.</source>
        <translation>Unterhaltungen, deren closed_at im Zeitraum liegt.</translation>
    </message>
    <message>
        <source>Of the conversations created in the period, the share whose assignee is an AI agent (assignee_type agent).</source>
        <translation>Von den im Zeitraum erstellten Unterhaltungen der Anteil, deren Zuständiger ein KI-Agent ist (assignee_type agent).</translation>
    </message>
    <message>
        <source>Of all conversations created in the period, spam included, the share marked spam.</source>
        <translation>Von allen im Zeitraum erstellten Unterhaltungen, einschließlich Spam, der als Spam markierte Anteil.</translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period, per local day, stacked by channel.</source>
        <translation>Unterhaltungen, deren created_at im Zeitraum liegt, pro lokalem Tag, nach Kanal gestapelt.</translation>
    </message>
    <message>
        <source>Per local day of created_at: the median and the 90th percentile. </source>
        <translation>Pro lokalem Tag von created_at: der Median und das 90. Perzentil. </translation>
    </message>
    <message>
        <source>Buckets: under 5 minutes, 5 up to 15 minutes, 15 up to 60 minutes, 1 up to 4 hours, 4 up to 24 hours, and 24 hours or more.</source>
        <translation>Gruppen: unter 5 Minuten, 5 bis unter 15 Minuten, 15 bis unter 60 Minuten, 1 bis unter 4 Stunden, 4 bis unter 24 Stunden und 24 Stunden oder mehr.</translation>
    </message>
    <message>
        <source>By age at the period&apos;s end (end − created_at): under 24 h, 24 h up to 3 days, 3 days up to 7 days, 7 days or more.</source>
        <translation>Nach Alter am Ende des Zeitraums (Ende − created_at): unter 24 h, 24 h bis unter 3 Tage, 3 Tage bis unter 7 Tage, 7 Tage oder mehr.</translation>
    </message>
    <message>
        <source>The conversations created in the period, by their assignee now: an AI agent, a teammate, or unassigned.</source>
        <translation>Die im Zeitraum erstellten Unterhaltungen nach ihrer aktuellen Zuständigkeit: ein KI-Agent, ein Teammitglied oder nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Open conversations per assignee (teammate or AI agent) now, whatever the period. Unassigned ones are counted apart.</source>
        <translation>Offene Unterhaltungen pro Zuständigem (Teammitglied oder KI-Agent) jetzt, unabhängig vom Zeitraum. Nicht zugewiesene werden getrennt gezählt.</translation>
    </message>
    <message>
        <source>Conversations created in the period, by local weekday and hour.</source>
        <translation>Im Zeitraum erstellte Unterhaltungen nach lokalem Wochentag und Stunde.</translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation>Die API hat keinen Filter für first_response_at, daher listet ein Klick diese Unterhaltungen aus dem Analyse-Cache statt im Posteingang auf.</translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation>Die API hat keinen Filter für closed_at, daher listet ein Klick diese Unterhaltungen aus dem Analyse-Cache statt im Posteingang auf.</translation>
    </message>
    <message>
        <source>A click opens these conversations in the inbox.</source>
        <translation>Ein Klick öffnet diese Unterhaltungen im Posteingang.</translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at, which the API cannot filter, so a click on a bar lists its conversations from the analytics cache.</source>
        <translation>Die Altersgruppen hängen von closed_at ab, das die API nicht filtern kann, daher listet ein Klick auf einen Balken seine Unterhaltungen aus dem Analyse-Cache auf.</translation>
    </message>
    <message>
        <source>When the period ends after the data&apos;s last refresh, a click opens the open conversations created before its end in the inbox. For an earlier end the backlog depends on closed_at, which the API cannot filter, so a click lists it from the analytics cache.</source>
        <translation>Endet der Zeitraum nach der letzten Aktualisierung der Daten, öffnet ein Klick die vor seinem Ende erstellten offenen Unterhaltungen im Posteingang. Bei einem früheren Ende hängt der Rückstand von closed_at ab, das die API nicht filtern kann, daher listet ein Klick ihn aus dem Analyse-Cache auf.</translation>
    </message>
    <message>
        <source>A click opens the conversations created in the period with an AI agent as assignee in the inbox.</source>
        <translation>Ein Klick öffnet die im Zeitraum erstellten Unterhaltungen mit einem KI-Agenten als Zuständigem im Posteingang.</translation>
    </message>
    <message>
        <source>A click opens the spam created in the period in the inbox.</source>
        <translation>Ein Klick öffnet den im Zeitraum erstellten Spam im Posteingang.</translation>
    </message>
    <message>
        <source>A click on a bar opens that day&apos;s conversations of that channel in the inbox.</source>
        <translation>Ein Klick auf einen Balken öffnet die Unterhaltungen dieses Tages und Kanals im Posteingang.</translation>
    </message>
    <message>
        <source>The points are not clickable: the API has no filter for first_response_at.</source>
        <translation>Die Punkte sind nicht anklickbar: Die API hat keinen Filter für first_response_at.</translation>
    </message>
    <message>
        <source>A click on a slice opens its conversations in the inbox.</source>
        <translation>Ein Klick auf ein Segment öffnet seine Unterhaltungen im Posteingang.</translation>
    </message>
    <message>
        <source>A click on a bar opens that assignee&apos;s open conversations in the inbox.</source>
        <translation>Ein Klick auf einen Balken öffnet die offenen Unterhaltungen dieses Zuständigen im Posteingang.</translation>
    </message>
    <message>
        <source>In a period of up to 7 days a cell is one hour of one day, and a click opens its conversations in the inbox. In a longer period a cell spans several days, which one list filter cannot express, so a click lists its conversations from the analytics cache.</source>
        <translation>In einem Zeitraum von bis zu 7 Tagen ist eine Zelle eine Stunde eines Tages, und ein Klick öffnet ihre Unterhaltungen im Posteingang. In einem längeren Zeitraum umfasst eine Zelle mehrere Tage, was ein einzelner Listenfilter nicht ausdrücken kann, daher listet ein Klick ihre Unterhaltungen aus dem Analyse-Cache auf.</translation>
    </message>
    <message>
        <source>Spam conversations count only in the spam share. The period is whole local days in the chosen time zone; the previous period has the same number of days and ends the day before.</source>
        <translation>Spam-Unterhaltungen zählen nur im Spam-Anteil. Der Zeitraum besteht aus ganzen lokalen Tagen in der gewählten Zeitzone; der vorherige Zeitraum hat gleich viele Tage und endet am Tag davor.</translation>
    </message>
    <message>
        <source>Definition of %1</source>
        <translation>Definition von %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::NetworkPage</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>The proxy applies to new connections at once; connections that are open keep theirs. Connections to this computer (the demo workspace) never use a proxy.</source>
        <translation>Der Proxy gilt sofort für neue Verbindungen; bereits offene Verbindungen behalten ihren. Verbindungen zu diesem Computer (dem Demo-Workspace) verwenden nie einen Proxy.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Only when the proxy asks for one</source>
        <translation>Nur wenn der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>A password is stored; type a new one to replace it</source>
        <translation>Ein Passwort ist gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Stored in the keychain, not in the settings</source>
        <translation>Im Schlüsselbund gespeichert, nicht in den Einstellungen</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The proxy password was not stored, so the proxy was not changed. %1</source>
        <translation>Das Proxy-Passwort wurde nicht gespeichert, daher wurde der Proxy nicht geändert. %1</translation>
    </message>
    <message>
        <source>New connections use the system&apos;s proxy settings.</source>
        <translation>Neue Verbindungen verwenden die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>New connections use no proxy.</source>
        <translation>Neue Verbindungen verwenden keinen Proxy.</translation>
    </message>
    <message>
        <source>New connections go through %1:%2.</source>
        <translation>Neue Verbindungen laufen über %1:%2.</translation>
    </message>
</context>
<context>
    <name>weav::ui::NoticeLine</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>weav::ui::OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>The workspace cannot be reached. Changes you make are kept; the console retries by itself.</source>
        <translation>Der Workspace ist nicht erreichbar. Ihre Änderungen bleiben erhalten; die Console versucht es selbstständig erneut.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch …</translation>
    </message>
    <message>
        <source>Still unreachable (%1). Check the network or the server; the console keeps trying.</source>
        <translation>Weiterhin nicht erreichbar (%1). Prüfen Sie das Netzwerk oder den Server; die Console versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>weav::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation>Dieser Bereich ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>It will hold: %1</source>
        <translation>Er wird enthalten: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::PriorityDelegate</name>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ProfilesPage</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept because its token could not be removed. %2</source>
        <translation>Das Profil „%1“ wurde beibehalten, weil sein Token nicht entfernt werden konnte. %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile was not renamed because its token could not be read. %1</source>
        <translation>Das Profil wurde nicht umbenannt, weil sein Token nicht gelesen werden konnte. %1</translation>
    </message>
    <message>
        <source>The profile was not renamed because the token could not be stored. %1</source>
        <translation>Das Profil wurde nicht umbenannt, weil das Token nicht gespeichert werden konnte. %1</translation>
    </message>
    <message>
        <source>The saved connections to Weav workspaces. Their tokens are kept in the keychain. The current profile is the one Weav Console opens at start.</source>
        <translation>Die gespeicherten Verbindungen zu Weav-Workspaces. Ihre Tokens werden im Schlüsselbund aufbewahrt. Das aktuelle Profil ist das Profil, das Weav Console beim Start öffnet.</translation>
    </message>
    <message>
        <source>&amp;Saved profiles</source>
        <translation>&amp;Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Open the connect dialog to switch workspace, add a profile or change a token</source>
        <translation>Den Verbindungsdialog öffnen, um den Workspace zu wechseln, ein Profil hinzuzufügen oder ein Token zu ändern</translation>
    </message>
    <message>
        <source>Open at S&amp;tart</source>
        <translation>Beim S&amp;tart öffnen</translation>
    </message>
    <message>
        <source>Make the selected profile the one Weav Console opens at start</source>
        <translation>Das ausgewählte Profil beim Start von Weav Console öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <source>opens at start</source>
        <translation>wird beim Start geöffnet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No profile is saved. Use Connect… to add one.</source>
        <translation>Es ist kein Profil gespeichert. Fügen Sie mit „Verbinden …“ eines hinzu.</translation>
    </message>
    <message>
        <source>This window is connected with this profile. Connect to another workspace first.</source>
        <translation>Dieses Fenster ist mit diesem Profil verbunden. Verbinden Sie sich zuerst mit einem anderen Workspace.</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its token moves with it</source>
        <translation>Dem ausgewählten Profil einen anderen Namen geben; sein Token wird mitgenommen</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token from the keychain</source>
        <translation>Das ausgewählte Profil und sein Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Weav Console opens &quot;%1&quot; at the next start.</source>
        <translation>Weav Console öffnet beim nächsten Start „%1“.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Moving the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund verschoben …</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its token is removed from the keychain as well. The workspace itself and the token&apos;s validity on the server do not change.</source>
        <translation>Sein Token wird ebenfalls aus dem Schlüsselbund entfernt. Der Workspace selbst und die Gültigkeit des Tokens auf dem Server ändern sich nicht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund entfernt …</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its token.</source>
        <translation>Das Profil „%1“ und sein Token wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>weav::ui::QaPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation>F&amp;A-Paare</translation>
    </message>
    <message>
        <source>Type questions and answers, or import a CSV file with a question and an answer per row.</source>
        <translation>Geben Sie Fragen und Antworten ein oder importieren Sie eine CSV-Datei mit je einer Frage und einer Antwort pro Zeile.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation>Paar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import Q&amp;A Pairs</source>
        <translation>F&amp;A-Paare importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), not imported: %4</source>
        <translation>%1, Datensatz %2 (Zeile %3), nicht importiert: %4</translation>
    </message>
    <message>
        <source>Pair %1: %2</source>
        <translation>Paar %1: %2</translation>
    </message>
    <message>
        <source>Pairs ready to upload: %1</source>
        <translation>Paare bereit zum Hochladen: %1</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordFormDialog</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (Pflichtfeld):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Enter the %1: it is required.</source>
        <translation>Geben Sie „%1“ ein: Das Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation>%1: Der Server hat die unten markierten Felder abgelehnt. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordListPanel</name>
    <message>
        <source>%1: the reply contains no id (request id %2).</source>
        <translation>%1: Die Antwort enthält keine ID (Anfrage-ID %2).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>This list is not available on this server. %1</source>
        <translation>Diese Liste ist auf diesem Server nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>weav::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::RepliesPage</name>
    <message>
        <source>Replies and internal notes from this console are sent in the name of one teammate. Customers see that teammate&apos;s name on replies.</source>
        <translation>Antworten und interne Notizen aus dieser Console werden im Namen eines Teammitglieds gesendet. Kunden sehen bei Antworten den Namen dieses Teammitglieds.</translation>
    </message>
    <message>
        <source>Reply as teammate</source>
        <translation>Antworten als Teammitglied</translation>
    </message>
    <message>
        <source>Loading the teammates…</source>
        <translation>Teammitglieder werden geladen …</translation>
    </message>
    <message>
        <source>Load &amp;Again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>Reply &amp;as</source>
        <translation>&amp;Antworten als</translation>
    </message>
    <message>
        <source>Not set (nothing can be sent)</source>
        <translation>Nicht festgelegt (es kann nichts gesendet werden)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Unknown teammate %1</source>
        <translation>Unbekanntes Teammitglied %1</translation>
    </message>
    <message numerus="yes">
        <source>%n teammate(s) in this workspace.</source>
        <translation>
            <numerusform>%n Teammitglied in diesem Workspace.</numerusform>
            <numerusform>%n Teammitglieder in diesem Workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the teammates</source>
        <translation>Die Teammitglieder konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Replies are sent as %1 until the console closes.</source>
        <translation>Antworten werden bis zum Schließen der Console im Namen von %1 gesendet.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is no longer saved, so the choice lasts until the console closes.</source>
        <translation>Das Profil „%1“ ist nicht mehr gespeichert, daher gilt die Auswahl nur bis zum Schließen der Console.</translation>
    </message>
    <message>
        <source>No teammate is set: the composer cannot send.</source>
        <translation>Kein Teammitglied festgelegt: Der Editor kann nichts senden.</translation>
    </message>
    <message>
        <source>Replies are sent as %1.</source>
        <translation>Antworten werden im Namen von %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ResultPage</name>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What became of each item. The items on the server are in the training list.</source>
        <translation>Was aus jedem Eintrag wurde. Die Einträge auf dem Server stehen in der Trainingsliste.</translation>
    </message>
    <message numerus="yes">
        <source>%n not uploaded, with the reason beside each.</source>
        <translation>
            <numerusform>%n Eintrag nicht hochgeladen, der Grund steht daneben.</numerusform>
            <numerusform>%n nicht hochgeladen, jeweils mit Grund daneben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent, because the upload was stopped.</source>
        <translation>
            <numerusform>%n Eintrag nicht gesendet, weil der Upload gestoppt wurde.</numerusform>
            <numerusform>%n nicht gesendet, weil der Upload gestoppt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a reply: the training list, loaded again when you close this window, shows whether they arrived.</source>
        <translation>
            <numerusform>%n Eintrag ohne Antwort: Die Trainingsliste, die beim Schließen dieses Fensters neu geladen wird, zeigt, ob er angekommen ist.</numerusform>
            <numerusform>%n ohne Antwort: Die Trainingsliste, die beim Schließen dieses Fensters neu geladen wird, zeigt, ob sie angekommen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed by the server; Retry Failed processes them again.</source>
        <translation>
            <numerusform>%n Eintrag konnte vom Server nicht verarbeitet werden; „Fehlgeschlagene wiederholen“ verarbeitet ihn erneut.</numerusform>
            <numerusform>%n konnten vom Server nicht verarbeitet werden; „Fehlgeschlagene wiederholen“ verarbeitet sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Web pages still processing: %1. They are followed until the server is done with them.</source>
        <translation>Webseiten noch in Verarbeitung: %1. Sie werden verfolgt, bis der Server mit ihnen fertig ist.</translation>
    </message>
    <message>
        <source>Outcome per item</source>
        <translation>Ergebnis pro Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln items reached the server.</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag hat den Server erreicht.</numerusform>
            <numerusform>%1 von %Ln Einträgen haben den Server erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Upload sends the items to the workspace. Items sent cannot be taken back from here, but you can delete them from the training list.</source>
        <translation>„Hochladen“ sendet die Einträge an den Workspace. Gesendete Einträge können hier nicht zurückgenommen werden, aber Sie können sie in der Trainingsliste löschen.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Items to upload</source>
        <translation>Hochzuladende Einträge</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Total size: decided by the server, which fetches the pages</source>
        <translation>Gesamtgröße: bestimmt der Server, der die Seiten abruft</translation>
    </message>
    <message>
        <source>Total size: %1</source>
        <translation>Gesamtgröße: %1</translation>
    </message>
    <message>
        <source>Total size: %1 (%2 bytes)</source>
        <translation>Gesamtgröße: %1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Agents: none; the items are added without agents</source>
        <translation>Agenten: keine; die Einträge werden ohne Agenten hinzugefügt</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ScreenshotRunner</name>
    <message>
        <source>the inbox has no conversation to open</source>
        <translation>der Posteingang hat keine Unterhaltung zum Öffnen</translation>
    </message>
    <message>
        <source>the list has no record to select</source>
        <translation>die Liste hat keinen Datensatz zum Auswählen</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>the conversation view</source>
        <translation>Unterhaltungsansicht</translation>
    </message>
    <message>
        <source>the customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>the companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>the result of a bulk action</source>
        <translation>Ergebnis einer Sammelaktion</translation>
    </message>
    <message>
        <source>the agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>the agent form</source>
        <translation>Agentenformular</translation>
    </message>
    <message>
        <source>the training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>the upload wizard</source>
        <translation>Upload-Assistent</translation>
    </message>
    <message>
        <source>the upload wizard&apos;s result</source>
        <translation>Ergebnis des Upload-Assistenten</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>the analytics dashboard</source>
        <translation>Analyse-Dashboard</translation>
    </message>
    <message>
        <source>the command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation>„%1“ wurde nicht innerhalb von %2 s geladen.</translation>
    </message>
    <message>
        <source>Could not create the screenshot folder %1.</source>
        <translation>Der Screenshot-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not capture %1: %2.</source>
        <translation>Screenshot von „%1“ fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The main window was closed before the screenshots were taken.</source>
        <translation>Das Hauptfenster wurde geschlossen, bevor die Screenshots aufgenommen wurden.</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1. Check that the folder is writable.</source>
        <translation>Der Screenshot %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>the settings dialog</source>
        <translation>Einstellungsdialog</translation>
    </message>
</context>
<context>
    <name>weav::ui::SessionStatusBar</name>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Vor %1 min synchronisiert</translation>
    </message>
    <message>
        <source>Synced 59 min ago</source>
        <translation>Vor 59 min synchronisiert</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The demo workspace, served inside this console at %1</source>
        <translation>Der Demo-Workspace, bereitgestellt in dieser Console unter %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; at %2</source>
        <translation>Profil „%1“ unter %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The workspace answers requests.</source>
        <translation>Der Workspace beantwortet Anfragen.</translation>
    </message>
    <message>
        <source>The workspace cannot be reached; the console retries by itself.</source>
        <translation>Der Workspace ist nicht erreichbar; die Console versucht es selbstständig erneut.</translation>
    </message>
    <message>
        <source>Last synced at %1 (local time)</source>
        <translation>Zuletzt synchronisiert um %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>No list or record has been read from the workspace yet.</source>
        <translation>Es wurde noch keine Liste und kein Datensatz aus dem Workspace gelesen.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Vor %1 s synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1 h ago</source>
        <translation>Vor %1 h synchronisiert</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synchronisiert am %1</translation>
    </message>
    <message>
        <source>API: %1/%2 left</source>
        <translation>API: %1/%2 übrig</translation>
    </message>
    <message numerus="yes">
        <source>The server allows %Ln requests per minute; %1 are left.</source>
        <translation>
            <numerusform>Der Server erlaubt %Ln Anfrage pro Minute; %1 übrig.</numerusform>
            <numerusform>Der Server erlaubt %Ln Anfragen pro Minute; %1 übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln requests are left in this minute; a request over the limit waits for the server&apos;s reset and is sent again.</source>
        <translation>
            <numerusform>Nur noch %1 von %Ln Anfrage in dieser Minute; eine Anfrage über dem Limit wartet, bis der Server das Limit zurücksetzt, und wird dann erneut gesendet.</numerusform>
            <numerusform>Nur noch %1 von %Ln Anfragen in dieser Minute; eine Anfrage über dem Limit wartet, bis der Server das Limit zurücksetzt, und wird dann erneut gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Live Updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>How the inbox learns about changes made elsewhere.</source>
        <translation>Wie der Posteingang von Änderungen erfährt, die anderswo vorgenommen wurden.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>der Einstellungsdialog wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>weav::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Single keys work while no text field has the focus. Esc or ? closes this list.</source>
        <translation>Einzelne Tasten funktionieren, solange kein Textfeld den Fokus hat. Esc oder ? schließt diese Liste.</translation>
    </message>
</context>
<context>
    <name>weav::ui::SourcePage</name>
    <message>
        <source>What do you want to add?</source>
        <translation>Was möchten Sie hinzufügen?</translation>
    </message>
    <message>
        <source>The AI agents answer from the training data they are assigned to.</source>
        <translation>Die KI-Agenten antworten auf Basis der Trainingsdaten, die ihnen zugewiesen sind.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>An article or a policy, with a title.</source>
        <translation>Ein Artikel oder eine Richtlinie, mit Titel.</translation>
    </message>
    <message>
        <source>&amp;Q&amp;&amp;A pairs</source>
        <translation>&amp;F&amp;&amp;A-Paare</translation>
    </message>
    <message>
        <source>Questions with their answers, typed in or imported from a CSV file.</source>
        <translation>Fragen mit ihren Antworten, eingegeben oder aus einer CSV-Datei importiert.</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Documents up to 10 MiB each: .txt, .md, .csv, .html, .pdf or .docx.</source>
        <translation>Dokumente mit je bis zu 10 MiB: .txt, .md, .csv, .html, .pdf oder .docx.</translation>
    </message>
    <message>
        <source>&amp;Web pages</source>
        <translation>&amp;Webseiten</translation>
    </message>
    <message>
        <source>Addresses of pages that the server fetches and processes.</source>
        <translation>Adressen von Seiten, die der Server abruft und verarbeitet.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation>F&amp;A-Paare</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
</context>
<context>
    <name>weav::ui::StartupWindow</name>
    <message>
        <source>Weav Console</source>
        <translation>Weav Console</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>weav::ui::TagEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Tags speichern</translation>
    </message>
    <message>
        <source>Save the tags (Enter)</source>
        <translation>Tags speichern (Enter)</translation>
    </message>
    <message>
        <source>Tag “%1”: %2</source>
        <translation>Tag „%1“: %2</translation>
    </message>
    <message>
        <source>The tags were not saved</source>
        <translation>Die Tags wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %Ln characters long; a tag may have at most %2.</source>
        <translation>
            <numerusform>„%1“ ist %Ln Zeichen lang; ein Tag darf höchstens %2 haben.</numerusform>
            <numerusform>„%1“ ist %Ln Zeichen lang; ein Tag darf höchstens %2 haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TextPage</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Give the text a title that says what it covers, and paste or type its content.</source>
        <translation>Geben Sie dem Text einen Titel, der sagt, worum es geht, und fügen Sie seinen Inhalt ein oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln characters</source>
        <translation>
            <numerusform>Bis zu %Ln Zeichen</numerusform>
            <numerusform>Bis zu %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 von %Ln Zeichen</numerusform>
            <numerusform>%1 von %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadDelegate</name>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Customer · %1</source>
        <translation>Kunde · %1</translation>
    </message>
    <message>
        <source>Teammate · %1</source>
        <translation>Teammitglied · %1</translation>
    </message>
    <message>
        <source>AI agent · %1</source>
        <translation>KI-Agent · %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation>Interne Notiz – wird nicht an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Email not delivered: %1</source>
        <translation>E-Mail nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Email not delivered.</source>
        <translation>E-Mail nicht zugestellt.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The thread could not be loaded</source>
        <translation>Der Verlauf konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <source>No messages in this conversation yet.</source>
        <translation>Noch keine Nachrichten in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Copy message text</source>
        <translation>Nachrichtentext kopieren</translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenPrompt</name>
    <message>
        <source>The demo workspace at %1</source>
        <translation>Der Demo-Workspace unter %1</translation>
    </message>
    <message>
        <source>The workspace of the profile &quot;%1&quot; at %2</source>
        <translation>Der Workspace des Profils „%1“ unter %2</translation>
    </message>
    <message>
        <source>Store the new token in the keychain for this profile</source>
        <translation>Das neue Token für dieses Profil im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>New API token needed</source>
        <translation>Neues API-Token erforderlich</translation>
    </message>
    <message>
        <source>The workspace no longer accepts the API token.</source>
        <translation>Der Workspace akzeptiert das API-Token nicht mehr.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; to %3. The token may have expired or been revoked.

Enter a new token created in the Weav dashboard: the changes waiting for it are then sent again. Cancel lets them fail with this error; nothing you typed in the console is lost.</source>
        <translation>%1 hat auf %3 mit „%2“ geantwortet. Das Token ist möglicherweise abgelaufen oder wurde widerrufen.

Geben Sie ein neues, im Weav-Dashboard erstelltes Token ein: Die darauf wartenden Änderungen werden dann erneut gesendet. „Abbrechen“ lässt sie mit diesem Fehler scheitern; nichts, was Sie in der Console eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>eine Anfrage</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>Use this token</source>
        <translation>Dieses Token verwenden</translation>
    </message>
    <message>
        <source>Cancel waiting changes</source>
        <translation>Wartende Änderungen abbrechen</translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingPreview</name>
    <message>
        <source>Select a training item to see it here.</source>
        <translation>Wählen Sie einen Trainingseintrag aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>No text has been extracted yet.</source>
        <translation>Es wurde noch kein Text extrahiert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Web page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;The extracted text is read-only.</source>
        <translation>Webseite: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;Der extrahierte Text ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The API returns a file&apos;s details but not its text, so the file cannot be previewed or edited here. Delete it and upload a new version to change it.</source>
        <translation>Die API liefert die Details einer Datei, aber nicht ihren Text, daher kann die Datei hier weder angezeigt noch bearbeitet werden. Löschen Sie sie und laden Sie eine neue Version hoch, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Agents: none; assign the item to agents so that they use it</source>
        <translation>Agenten: keine; weisen Sie den Eintrag Agenten zu, damit sie ihn verwenden</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>File type: %1</source>
        <translation>Dateityp: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Größe: %1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation>Korrigieren Sie zuerst die unten markierten Felder.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 von %Ln Zeichen</numerusform>
            <numerusform>%1 von %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingView</name>
    <message>
        <source>the Training data area is not built</source>
        <translation>der Bereich Trainingsdaten ist nicht aufgebaut</translation>
    </message>
    <message>
        <source>the workspace has no training data</source>
        <translation>der Workspace hat keine Trainingsdaten</translation>
    </message>
    <message>
        <source>the token cannot add training data, so the wizard cannot be opened</source>
        <translation>das Token darf keine Trainingsdaten hinzufügen, daher kann der Assistent nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the upload did not start</source>
        <translation>der Upload wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the wizard&apos;s result is captured in the demo workspace only, because it uploads training data</source>
        <translation>das Ergebnis des Assistenten wird nur im Demo-Workspace aufgenommen, weil er Trainingsdaten hochlädt</translation>
    </message>
    <message>
        <source>the wizard is past its first page already</source>
        <translation>der Assistent ist bereits über seine erste Seite hinaus</translation>
    </message>
    <message>
        <source>Add Training Data…</source>
        <translation>Trainingsdaten hinzufügen …</translation>
    </message>
    <message>
        <source>Assign to Agents…</source>
        <translation>Agenten zuweisen …</translation>
    </message>
    <message>
        <source>Process Again</source>
        <translation>Erneut verarbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Training data is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation>Trainingsdaten sind auf diesem Server nicht verfügbar. %1 Fragen Sie den Workspace-Admin, welche API dieser Server anbietet.</translation>
    </message>
    <message>
        <source>Loading the training data failed</source>
        <translation>Laden der Trainingsdaten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading more training data failed</source>
        <translation>Laden weiterer Trainingsdaten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Training items: %1</source>
        <translation>Trainingseinträge: %1</translation>
    </message>
    <message>
        <source>Delete the training item “%1”?</source>
        <translation>Den Trainingseintrag „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n training items?</source>
        <translation>
            <numerusform>%n Trainingseintrag löschen?</numerusform>
            <numerusform>%n Trainingseinträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Training Data</source>
        <translation>Trainingsdaten löschen</translation>
    </message>
    <message>
        <source>The agents stop using the deleted items. This cannot be undone.</source>
        <translation>Die Agenten verwenden die gelöschten Einträge nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting training data</source>
        <translation>Trainingsdaten werden gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Assigning to agents</source>
        <translation>Agenten werden zugewiesen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Could not process “%1” again</source>
        <translation>„%1“ konnte nicht erneut verarbeitet werden</translation>
    </message>
    <message>
        <source>The page is being processed again, but the failed item could not be deleted, so it is listed twice</source>
        <translation>Die Seite wird erneut verarbeitet, aber der fehlgeschlagene Eintrag konnte nicht gelöscht werden, daher erscheint er doppelt</translation>
    </message>
    <message>
        <source>Add text, Q&amp;A pairs, files or web pages</source>
        <translation>Text, F&amp;A-Paare, Dateien oder Webseiten hinzufügen</translation>
    </message>
    <message>
        <source>Assign the selected items to agents</source>
        <translation>Die ausgewählten Einträge Agenten zuweisen</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>Process the selected failed web pages again; each failed item is replaced by a new one</source>
        <translation>Die ausgewählten fehlgeschlagenen Webseiten erneut verarbeiten; jeder fehlgeschlagene Eintrag wird durch einen neuen ersetzt</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Training items</source>
        <translation>Trainingseinträge</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln training items</source>
        <translation>
            <numerusform>%1 von %Ln Trainingseintrag</numerusform>
            <numerusform>%1 von %Ln Trainingseinträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training items loaded</source>
        <translation>
            <numerusform>%Ln Trainingseintrag geladen</numerusform>
            <numerusform>%Ln Trainingseinträge geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingWizard</name>
    <message>
        <source>Add Training Data</source>
        <translation>Trainingsdaten hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop Upload</source>
        <translation>Upload stoppen</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>Den Upload stoppen?</translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
    <message>
        <source>Discard Training Data</source>
        <translation>Trainingsdaten verwerfen</translation>
    </message>
    <message>
        <source>Discard the training data you entered?</source>
        <translation>Die eingegebenen Trainingsdaten verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been uploaded yet. Closing the wizard loses what you entered.</source>
        <translation>Es wurde noch nichts hochgeladen. Wenn Sie den Assistenten schließen, geht Ihre Eingabe verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln items are on the server already and stay there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag ist bereits auf dem Server und bleibt dort. Noch nicht gesendete Einträge bleiben ungesendet, bereits gesendete Anfragen werden abgeschlossen, und das Ergebnis zeigt, was aus jedem Eintrag wurde.</numerusform>
            <numerusform>%1 von %Ln Einträgen sind bereits auf dem Server und bleiben dort. Noch nicht gesendete Einträge bleiben ungesendet, bereits gesendete Anfragen werden abgeschlossen, und das Ergebnis zeigt, was aus jedem Eintrag wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadPage</name>
    <message>
        <source>&amp;Stop Upload</source>
        <translation>Upload &amp;stoppen</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Upload läuft</translation>
    </message>
    <message>
        <source>Stopping sends nothing more; what was sent already finishes, and the next page shows what reached the server.</source>
        <translation>Nach dem Stoppen wird nichts mehr gesendet; bereits Gesendetes wird abgeschlossen, und die nächste Seite zeigt, was den Server erreicht hat.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the replies to the requests already sent (%1).</source>
        <translation>Wird gestoppt: Warten auf die Antworten auf bereits gesendete Anfragen (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 sent.</source>
        <translation>%1 von %2 gesendet.</translation>
    </message>
    <message>
        <source>Upload progress per item</source>
        <translation>Upload-Fortschritt pro Eintrag</translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadProgressDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadQueue</name>
    <message>
        <source>The upload was stopped before this was sent.</source>
        <translation>Der Upload wurde gestoppt, bevor dies gesendet wurde.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The reply has no training item id.</source>
        <translation>Die Antwort enthält keine ID eines Trainingseintrags.</translation>
    </message>
    <message>
        <source>The server accepted the request, but its reply names no item. Reload the training list to see whether it is there.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort nennt keinen Eintrag. Laden Sie die Trainingsliste neu, um zu sehen, ob er vorhanden ist.</translation>
    </message>
    <message>
        <source>The server did not accept this address, so no item was created for it.</source>
        <translation>Der Server hat diese Adresse nicht akzeptiert, daher wurde kein Eintrag dafür erstellt.</translation>
    </message>
    <message>
        <source>The request was sent, but no reply came (%1), so it is not known whether the item was created. The training list, loaded again when the wizard closes, shows it if it was.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort (%1), daher ist unbekannt, ob der Eintrag erstellt wurde. Die Trainingsliste, die beim Schließen des Assistenten neu geladen wird, zeigt ihn, falls ja.</translation>
    </message>
    <message>
        <source>Processing again failed: %1</source>
        <translation>Erneute Verarbeitung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The failed item %1 could not be deleted and is still in the workspace: %2</source>
        <translation>Der fehlgeschlagene Eintrag %1 konnte nicht gelöscht werden und ist noch im Workspace: %2</translation>
    </message>
    <message>
        <source>The item was deleted from the workspace while it was being processed.</source>
        <translation>Der Eintrag wurde während der Verarbeitung aus dem Workspace gelöscht.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Processing again…</source>
        <translation>Wird erneut verarbeitet …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>On the server, waiting to be processed</source>
        <translation>Auf dem Server, wartet auf Verarbeitung</translation>
    </message>
    <message>
        <source>On the server, processing</source>
        <translation>Auf dem Server, in Verarbeitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>On the server, but processing failed: %1</source>
        <translation>Auf dem Server, aber Verarbeitung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>Nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>weav::ui::UrlReprocess</name>
    <message>
        <source>The reply lists no training item.</source>
        <translation>Die Antwort enthält keinen Trainingseintrag.</translation>
    </message>
</context>
<context>
    <name>weav::ui::UrlsPage</name>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>Paste the addresses of the pages, one or more per line. The server fetches each page and processes its text.</source>
        <translation>Fügen Sie die Adressen der Seiten ein, eine oder mehrere pro Zeile. Der Server ruft jede Seite ab und verarbeitet ihren Text.</translation>
    </message>
    <message>
        <source>Lines not used</source>
        <translation>Nicht verwendete Zeilen</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>Web pages to process: %1</source>
        <translation>Zu verarbeitende Webseiten: %1</translation>
    </message>
    <message>
        <source>Line %1, not used: “%2”. %3</source>
        <translation>Zeile %1, nicht verwendet: „%2“. %3</translation>
    </message>
    <message>
        <source>Line %1, dropped: “%2”. %3</source>
        <translation>Zeile %1, verworfen: „%2“. %3</translation>
    </message>
</context>
<context>
    <name>weav::ui::ViewsSidebar</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Save This View…</source>
        <translation>Diese Ansicht speichern …</translation>
    </message>
    <message>
        <source>Your saved views could not be read. %1</source>
        <translation>Ihre gespeicherten Ansichten konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern …</translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and columns as a view</source>
        <translation>Filter, Sortierung und Spalten des Posteingangs als Ansicht speichern</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Rename, delete, export, import and share views</source>
        <translation>Ansichten umbenennen, löschen, exportieren, importieren und teilen</translation>
    </message>
    <message>
        <source>Rename View…</source>
        <translation>Ansicht umbenennen …</translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation>Ansicht löschen …</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open Link…</source>
        <translation>Link öffnen …</translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation>Ansicht exportieren …</translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation>Ansicht importieren …</translation>
    </message>
    <message>
        <source>Refresh Counts</source>
        <translation>Zähler aktualisieren</translation>
    </message>
    <message>
        <source>Built-in views</source>
        <translation>Vordefinierte Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Filter and sort the inbox, choose its columns, then press Save View…</source>
        <translation>Filtern und sortieren Sie den Posteingang, wählen Sie seine Spalten und klicken Sie dann auf „Ansicht speichern …“</translation>
    </message>
    <message>
        <source>Built-in view</source>
        <translation>Vordefinierte Ansicht</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Noch nicht gezählt</translation>
    </message>
    <message>
        <source>Counting failed %1</source>
        <translation>Zählen %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The server sent no total. Counted at %1.</source>
        <translation>Der Server hat keine Gesamtzahl gesendet. Gezählt um %1.</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; is not in your saved views any more. %2</source>
        <translation>Die Ansicht „%1“ ist nicht mehr unter Ihren gespeicherten Ansichten. %2</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>Geben Sie einen Namen für die Ansicht ein.</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists: choose another name, or delete that view first.</source>
        <translation>Eine Ansicht namens „%1“ existiert bereits: Wählen Sie einen anderen Namen oder löschen Sie zuerst diese Ansicht.</translation>
    </message>
    <message>
        <source>Saving the view &quot;%1&quot; failed.</source>
        <translation>Speichern der Ansicht „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>Renaming the view &quot;%1&quot; failed. %2</source>
        <translation>Umbenennen der Ansicht „%1“ fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Renamed the view &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Ansicht „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleting the view &quot;%1&quot; failed. %2</source>
        <translation>Löschen der Ansicht „%1“ fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to export.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“ zum Exportieren.</translation>
    </message>
    <message>
        <source>Exporting the view &quot;%1&quot; to %2 failed: %3. Choose another folder.</source>
        <translation>Exportieren der Ansicht „%1“ nach %2 fehlgeschlagen: %3. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exported the view &quot;%1&quot; to %2.</source>
        <translation>Ansicht „%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Importing a view from %1 failed: %2.</source>
        <translation>Importieren einer Ansicht aus %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Importing a view from %1 failed. %2</source>
        <translation>Importieren einer Ansicht aus %1 fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Importing the view &quot;%1&quot; failed.</source>
        <translation>Importieren der Ansicht „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Imported the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ importiert.</translation>
    </message>
    <message>
        <source>Opening the view link failed. %1</source>
        <translation>Öffnen des Ansichtslinks fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Opened your saved view &quot;%1&quot;.</source>
        <translation>Ihre gespeicherte Ansicht „%1“ wurde geöffnet.</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot; from a link. It is not among your saved views.</source>
        <translation>Die Ansicht „%1“ wurde über einen Link geöffnet. Sie gehört nicht zu Ihren gespeicherten Ansichten.</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to share.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“ zum Teilen.</translation>
    </message>
    <message>
        <source>Copied the link of &quot;%1&quot;. Anyone with Weav Console can open it with Open Link….</source>
        <translation>Link von „%1“ kopiert. Jeder mit Weav Console kann ihn mit „Link öffnen …“ öffnen.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and visible columns as:</source>
        <translation>Filter, Sortierung und sichtbare Spalten des Posteingangs speichern als:</translation>
    </message>
    <message>
        <source>Select one of your saved views to rename it.</source>
        <translation>Wählen Sie eine Ihrer gespeicherten Ansichten aus, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Select one of your saved views to delete it.</source>
        <translation>Wählen Sie eine Ihrer gespeicherten Ansichten aus, um sie zu löschen.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? Its conversations stay; only the view goes.</source>
        <translation>Die Ansicht „%1“ löschen? Ihre Unterhaltungen bleiben erhalten; nur die Ansicht wird entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select one of your saved views to export it.</source>
        <translation>Wählen Sie eine Ihrer gespeicherten Ansichten aus, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Weav Console views (*.json)</source>
        <translation>Weav-Console-Ansichten (*.json)</translation>
    </message>
    <message>
        <source>Import View</source>
        <translation>Ansicht importieren</translation>
    </message>
    <message>
        <source>Weav Console views (*.json);;All files (*)</source>
        <translation>Weav-Console-Ansichten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open View Link</source>
        <translation>Ansichtslink öffnen</translation>
    </message>
    <message>
        <source>Paste a weav://view link:</source>
        <translation>Fügen Sie einen weav://view-Link ein:</translation>
    </message>
    <message>
        <source>Select one of your saved views to copy its link.</source>
        <translation>Wählen Sie eine Ihrer gespeicherten Ansichten aus, um ihren Link zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations at %1</source>
        <translation>
            <numerusform>%Ln Unterhaltung um %1</numerusform>
            <numerusform>%Ln Unterhaltungen um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %Ln characters long: use at most %1.</source>
        <translation>
            <numerusform>Der Name ist %Ln Zeichen lang: Verwenden Sie höchstens %1.</numerusform>
            <numerusform>Der Name ist %Ln Zeichen lang: Verwenden Sie höchstens %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::WebhookListener</name>
    <message>
        <source>No webhook secret is stored for &quot;%1&quot;. Enter it in Settings &gt; Live Updates.</source>
        <translation>Für „%1“ ist kein Webhook-Secret gespeichert. Geben Sie es unter Einstellungen &gt; Live-Aktualisierung ein.</translation>
    </message>
    <message>
        <source>Webhooks off</source>
        <translation>Webhooks aus</translation>
    </message>
    <message>
        <source>Webhooks starting…</source>
        <translation>Webhooks werden gestartet …</translation>
    </message>
    <message>
        <source>Webhooks: listening on port %1</source>
        <translation>Webhooks: empfangsbereit auf Port %1</translation>
    </message>
    <message>
        <source>Webhooks failed: %1</source>
        <translation>Webhooks fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>weavctl</name>
    <message>
        <source>Correct the values above and run the command again.</source>
        <translation>Korrigieren Sie die Werte oben und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the values above and run the command again.</source>
        <translation>Es wurde nichts gesendet. Korrigieren Sie die Werte oben und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 returned no JSON object (request id %2).</source>
        <translation>%1 hat kein JSON-Objekt zurückgegeben (Anfrage-ID %2).</translation>
    </message>
    <message>
        <source>agents get needs an agent ID.</source>
        <translation>agents get benötigt eine Agenten-ID.</translation>
    </message>
    <message>
        <source>agents create needs --name NAME.</source>
        <translation>agents create benötigt --name NAME.</translation>
    </message>
    <message>
        <source>agents update needs an agent ID.</source>
        <translation>agents update benötigt eine Agenten-ID.</translation>
    </message>
    <message>
        <source>agents update needs at least one of %1.</source>
        <translation>agents update benötigt mindestens eine der Optionen %1.</translation>
    </message>
    <message>
        <source>agents delete needs an agent ID.</source>
        <translation>agents delete benötigt eine Agenten-ID.</translation>
    </message>
    <message>
        <source>Run weavctl --help for the commands and options.</source>
        <translation>Führen Sie weavctl --help aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Unknown option %1; options start with two dashes, for example --help.</source>
        <translation>Unbekannte Option %1; Optionen beginnen mit zwei Bindestrichen, zum Beispiel --help.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once; give it once.</source>
        <translation>Die Option --%1 ist mehrfach angegeben; geben Sie sie nur einmal an.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is invalid; use one of: %3.</source>
        <translation>Der Wert „%2“ für --%1 ist ungültig; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is not a date; use an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T09:30:00Z.</source>
        <translation>Der Wert „%2“ für --%1 ist kein Datum; verwenden Sie ein ISO-8601-Datum oder eine Zeitangabe wie 2024-05-01 oder 2024-05-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>The --%1 value is empty; give the text to filter by.</source>
        <translation>Der Wert für --%1 ist leer; geben Sie den Text an, nach dem gefiltert werden soll.</translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation>Geben Sie entweder --limit oder --all an, nicht beides.</translation>
    </message>
    <message>
        <source>The --limit value &quot;%1&quot; is not a positive whole number.</source>
        <translation>Der Wert „%1“ für --limit ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>metrics needs --%1 YYYY-MM-DD.</source>
        <translation>metrics benötigt --%1 JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>--%1 „%2“ ist kein Datum: Verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 liegt vor --from %2.</translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a known IANA time zone, e.g. Europe/Berlin or UTC.</source>
        <translation>--tz „%1“ ist keine bekannte IANA-Zeitzone, wie etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>--channel must be email or chat, not &quot;%1&quot;.</source>
        <translation>--channel muss email oder chat sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>created by email</source>
        <translation>per E-Mail erstellt</translation>
    </message>
    <message>
        <source>created by chat</source>
        <translation>per Chat erstellt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>first response median (s)</source>
        <translation>Erstantwort Median (s)</translation>
    </message>
    <message>
        <source>first response p90 (s)</source>
        <translation>Erstantwort p90 (s)</translation>
    </message>
    <message>
        <source>resolution median (s)</source>
        <translation>Lösungszeit Median (s)</translation>
    </message>
    <message>
        <source>resolution p90 (s)</source>
        <translation>Lösungszeit p90 (s)</translation>
    </message>
    <message>
        <source>backlog at end</source>
        <translation>Rückstand am Ende</translation>
    </message>
    <message>
        <source>AI share</source>
        <translation>KI-Anteil</translation>
    </message>
    <message>
        <source>spam share</source>
        <translation>Spam-Anteil</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>previous %1 – %2</source>
        <translation>vorher %1 – %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>der Datei %1</translation>
    </message>
    <message>
        <source>API token (not shown): </source>
        <translation>API-Token (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved: %2</source>
        <translation>Das Token wurde nicht gespeichert, daher wurde das Profil „%1“ nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>profiles add needs a profile name.</source>
        <translation>profiles add benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>profiles add needs --base-url, for example https://api.weav.com.</source>
        <translation>profiles add benötigt --base-url, zum Beispiel https://api.weav.com.</translation>
    </message>
    <message>
        <source>No token came on standard input; pipe it in, for example weavctl profiles add %1 --base-url URL --token-stdin &lt; token.txt.</source>
        <translation>Auf der Standardeingabe kam kein Token an; leiten Sie es ein, zum Beispiel weavctl profiles add %1 --base-url URL --token-stdin &lt; token.txt.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; for %2.</source>
        <translation>Das Profil „%1“ für %2 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Its token is stored in %1.</source>
        <translation>Sein Token ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No token was given; add one with --token-stdin, or set %1.</source>
        <translation>Es wurde kein Token angegeben; fügen Sie eines mit --token-stdin hinzu oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>It is the current profile, used when no --profile or --base-url is given.</source>
        <translation>Es ist das aktuelle Profil und wird verwendet, wenn weder --profile noch --base-url angegeben ist.</translation>
    </message>
    <message>
        <source>profiles remove needs a profile name.</source>
        <translation>profiles remove benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; weavctl profiles list shows the profiles.</source>
        <translation>Es gibt kein Profil namens „%1“; weavctl profiles list zeigt die Profile.</translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; was not removed from %2: %3</source>
        <translation>Das Token des Profils „%1“ wurde nicht aus %2 entfernt: %3</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The token cannot read this workspace: it lacks the external-api:read ability.</source>
        <translation>Das Token kann diesen Workspace nicht lesen: Ihm fehlt die Berechtigung external-api:read.</translation>
    </message>
    <message>
        <source>The server returned 1 conversation without an id; it is left out.</source>
        <translation>Der Server hat 1 Unterhaltung ohne ID zurückgegeben; sie wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations without an id; they are left out.</source>
        <translation>
            <numerusform>Der Server hat %n Unterhaltung ohne ID zurückgegeben; sie wird ausgelassen.</numerusform>
            <numerusform>Der Server hat %n Unterhaltungen ohne ID zurückgegeben; sie werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters; it is left out.</source>
        <translation>Der Server hat 1 Unterhaltung zurückgegeben, die nicht zu den Filtern passt; sie wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters; they are left out.</source>
        <translation>
            <numerusform>Der Server hat %n Unterhaltung zurückgegeben, die nicht zu den Filtern passt; sie wird ausgelassen.</numerusform>
            <numerusform>Der Server hat %n Unterhaltungen zurückgegeben, die nicht zu den Filtern passen; sie werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 returned fields of an unexpected type, shown as empty: %2</source>
        <translation>%1 hat Felder mit unerwartetem Typ zurückgegeben, die leer angezeigt werden: %2</translation>
    </message>
    <message>
        <source>conversations get needs a conversation ID.</source>
        <translation>conversations get benötigt eine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>GET %1 returned no JSON object (request id %2).</source>
        <translation>GET %1 hat kein JSON-Objekt zurückgegeben (Anfrage-ID %2).</translation>
    </message>
    <message>
        <source>export conversations needs --out FILE.</source>
        <translation>export conversations benötigt --out DATEI.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters or has no id; it is left out.</source>
        <translation>Der Server hat 1 Unterhaltung zurückgegeben, die nicht zu den Filtern passt oder keine ID hat; sie wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters or have no id; they are left out.</source>
        <translation>
            <numerusform>Der Server hat %n Unterhaltung zurückgegeben, die nicht zu den Filtern passt oder keine ID hat; sie wird ausgelassen.</numerusform>
            <numerusform>Der Server hat %n Unterhaltungen zurückgegeben, die nicht zu den Filtern passen oder keine ID haben; sie werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 conversation to %1.</source>
        <translation>1 Unterhaltung nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert.</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The --type value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>Der Wert „%1“ für --type ist ungültig; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The --status value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>Der Wert „%1“ für --status ist ungültig; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>training list takes one --agent; list the items of each agent separately.</source>
        <translation>training list akzeptiert nur ein --agent; listen Sie die Einträge jedes Agenten einzeln auf.</translation>
    </message>
    <message>
        <source>Training items left out because the server returned them without an id or outside the filters: %1.</source>
        <translation>Ausgelassene Trainingseinträge, weil der Server sie ohne ID oder außerhalb der Filter zurückgegeben hat: %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was sent. Fix or leave out the files above and run the command again.</source>
        <translation>Es wurde nichts gesendet. Korrigieren Sie die Dateien oben oder lassen Sie sie weg und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>%1 was uploaded as training item %2.</source>
        <translation>%1 wurde als Trainingseintrag %2 hochgeladen.</translation>
    </message>
    <message>
        <source>None of the given addresses starts with http:// or https:// and names a host. Nothing was sent.</source>
        <translation>Keine der angegebenen Adressen beginnt mit http:// oder https:// und nennt einen Host. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct or leave out the addresses above and run the command again.</source>
        <translation>Es wurde nichts gesendet. Korrigieren Sie die Adressen oben oder lassen Sie sie weg und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 is given twice; it is sent once.</source>
        <translation>%1 ist doppelt angegeben; es wird einmal gesendet.</translation>
    </message>
    <message>
        <source>training add-text needs --title TITLE and --file FILE.</source>
        <translation>training add-text benötigt --title TITEL und --file DATEI.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and run the command again.</source>
        <translation>%1 ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8 und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>training add-qa needs --csv FILE.</source>
        <translation>training add-qa benötigt --csv DATEI.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, Datensatz %2 (Zeile %3): %4</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the rows above and run the command again.</source>
        <translation>Es wurde nichts gesendet. Korrigieren Sie die Zeilen oben und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>training upload needs at least one FILE.</source>
        <translation>training upload benötigt mindestens eine DATEI.</translation>
    </message>
    <message>
        <source>--title names a single file; upload the files one at a time to give each a title.</source>
        <translation>--title benennt eine einzelne Datei; laden Sie die Dateien einzeln hoch, um jeder einen Titel zu geben.</translation>
    </message>
    <message>
        <source>Not sent after this failure: %1.</source>
        <translation>Nach diesem Fehler nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>training add-urls needs at least one URL.</source>
        <translation>training add-urls benötigt mindestens eine URL.</translation>
    </message>
    <message>
        <source>POST %1 returned no &quot;data&quot; array (request id %2).</source>
        <translation>POST %1 hat kein „data“-Array zurückgegeben (Anfrage-ID %2).</translation>
    </message>
    <message>
        <source>training assign needs a training item ID and at least one --agent ID.</source>
        <translation>training assign benötigt eine Trainingseintrags-ID und mindestens ein --agent ID.</translation>
    </message>
    <message>
        <source>training delete needs a training item ID.</source>
        <translation>training delete benötigt eine Trainingseintrags-ID.</translation>
    </message>
    <message>
        <source>No command is given.</source>
        <translation>Es ist kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a sub-command: %2.</source>
        <translation>%1 benötigt einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Unbekannter Unterbefehl „%1 %2“; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>Die Option --%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>Unerwartetes Argument „%1“ nach %2.</translation>
    </message>
    <message>
        <source>Usage: weavctl [--base-url URL | --profile NAME] [--format table|csv|json] [--verbose] COMMAND

Commands:
  check                          Check the address, the token and its abilities.
  profiles add NAME --base-url URL [--allow-plain-http] [--token-stdin] [--file-store]
                                 Save a connection profile; --token-stdin reads its token from
                                 the first line of standard input into the keychain, or into
                                 the credentials file with --file-store.
  profiles list                  List the profiles and which one is current.
  profiles remove NAME           Remove a profile and its stored token.
  conversations list [FILTERS] [--limit N | --all]
                                 List conversations, newest first unless --sort is given.
  conversations get ID           Print one conversation; --format json prints every field.
  customers list | companies list | agents list | users list
                     [--limit N | --all]
  agents get ID                  Print one AI agent.
  agents create --name NAME [AGENT FIELDS]
                                 Create a chat agent and print it.
  agents update ID AGENT FIELDS  Change the given fields of an agent and print it.
  agents delete ID               Delete an agent. The copilot cannot be deleted.
  training list [--type text|qa|file|url] [--status pending|processing|ready|failed]
                [--agent ID] [--limit N | --all]
  training add-text --title TITLE --file FILE
                                 Add the UTF-8 text of FILE (up to 100,000 characters)
                                 as a text item.
  training add-qa --csv FILE     Add one Q&amp;A item per row of the CSV file FILE: the question
                                 in the first column, the answer in the second. A header row
                                 &quot;question,answer&quot; is skipped. Every row is checked before
                                 the first one is sent.
  training upload FILE... [--title TITLE]
                                 Upload each FILE as a file item: .txt, .md, .csv, .html,
                                 .pdf or .docx, 1 byte to 10 MiB. Every file is checked
                                 before the first one is sent. --title needs a single FILE.
  training add-urls URL... [--agent ID]...
                                 Add web pages as items that the server fetches later
                                 (status pending), for the given agents.
  training assign ID --agent ID [--agent ID]...
                                 Add agents to a training item and print it.
  training delete ID             Delete a training item.
Delete commands print nothing on success.

Agent fields of agents create and update; an empty value (&quot;&quot;) clears any of them but
--name and --active:
  --name NAME                    1 to 255 characters
  --description TEXT
  --tone TONE                    Warm, Neutral, Professional, Direct, Witty, or any text
                                 of up to 255 characters
  --response-length LENGTH       Short, Standard, Long, or any text of up to 255 characters
  --max-messages N               messages per session, 1 to 1000
  --avatar-url URL               an http:// or https:// address of up to 500 characters
  --active true|false            the copilot cannot be deactivated
  export conversations --out FILE [--bom] [FILTERS]
                                 Write every matching conversation to FILE as CSV, with
                                 references, tags and all times; --bom starts the file with a
                                 UTF-8 byte-order mark for spreadsheet programs. FILE appears
                                 only when the export is complete.
  metrics --from DATE --to DATE [--tz ZONE] [--channel email|chat]
                                 Support metrics of the local days from DATE to DATE in the
                                 IANA time zone ZONE (default: this computer&apos;s), and of the
                                 period of equal length before; --format json prints every
                                 number. docs/metrics.md defines them.

Filters of conversations list and export conversations:
  --status open|closed           --priority low|normal|high|urgent
  --channel email|chat           --assignee-type user|agent|none
  --tag TAG                      --q TEXT (subject contains, any case)
  --created-from DATE            created at or after DATE
  --created-to DATE              created before DATE
                                 DATE is a day such as 2024-05-01 (00:00 UTC) or an
                                 ISO 8601 date-time such as 2024-05-01T09:30:00Z
  --sort KEY                     created_at, updated_at, last_message_at or priority;
                                 a leading - sorts descending (default -created_at)
Filters are sent to the server and applied again to the rows it returns.

Lists print one page of 15 rows unless --limit N (the first N rows) or --all (every page)
is given.

Options:
  --base-url URL       Workspace address, e.g. https://api.weav.com (without /v1).
  --profile NAME       Use a saved profile&apos;s address and token.
  --allow-plain-http   Permit http:// to a host other than loopback with --base-url.
  --format FORMAT      table (default): aligned columns; csv: RFC 4180 with a header row;
                       json: one JSON array of the resources as the API returned them
                       (one object for conversations get and check).
  --verbose            Log every HTTP exchange and retry to standard error.
  --version, --help

Environment:
  WEAV_API_TOKEN         The API token; it takes precedence over a profile&apos;s stored token.
  WEAV_BASE_URL          The workspace address when neither --base-url nor --profile is given.
  WEAV_CREDENTIALS_FILE  The credentials file of --file-store profiles (default: the
                         weav-console folder in the user&apos;s data folder).
  WEAV_RETRY_BASE_MS     The first retry delay in milliseconds (default 500); later
                         retries double it, with random jitter.
Without --base-url, --profile or WEAV_BASE_URL, the current profile is used.

Exit codes:
  0 success
  1 a named file, the settings or the credential store could not be written or read
  2 usage or configuration: a wrong command or option, or plain http to a remote host
  3 authentication: no token, a rejected or expired token (401), or a missing ability (403)
  4 not found (404)
  5 a value was rejected: by the server (400, 422), or by weavctl before sending anything
    (agent fields, training files, CSV rows, web addresses)
  6 network or server: no reply, a timeout, HTTP 5xx, or HTTP 429 after the retries
</source>
        <translation>Aufruf: weavctl [--base-url URL | --profile NAME] [--format table|csv|json] [--verbose] BEFEHL

Befehle:
  check                          Adresse, Token und seine Berechtigungen prüfen.
  profiles add NAME --base-url URL [--allow-plain-http] [--token-stdin] [--file-store]
                                 Ein Verbindungsprofil speichern; --token-stdin liest das Token
                                 aus der ersten Zeile der Standardeingabe in den Schlüsselbund,
                                 mit --file-store in die Zugangsdatendatei.
  profiles list                  Die Profile auflisten und zeigen, welches aktuell ist.
  profiles remove NAME           Ein Profil und sein gespeichertes Token entfernen.
  conversations list [FILTER] [--limit N | --all]
                                 Unterhaltungen auflisten, neueste zuerst, sofern --sort
                                 nicht angegeben ist.
  conversations get ID           Eine Unterhaltung ausgeben; --format json gibt jedes Feld aus.
  customers list | companies list | agents list | users list
                     [--limit N | --all]
  agents get ID                  Einen KI-Agenten ausgeben.
  agents create --name NAME [AGENTENFELDER]
                                 Einen Chat-Agenten erstellen und ausgeben.
  agents update ID AGENTENFELDER Die angegebenen Felder eines Agenten ändern und ihn ausgeben.
  agents delete ID               Einen Agenten löschen. Der Copilot kann nicht gelöscht werden.
  training list [--type text|qa|file|url] [--status pending|processing|ready|failed]
                [--agent ID] [--limit N | --all]
  training add-text --title TITEL --file DATEI
                                 Den UTF-8-Text von DATEI (bis zu 100.000 Zeichen) als
                                 Texteintrag hinzufügen.
  training add-qa --csv DATEI    Je Zeile der CSV-Datei DATEI einen F&amp;A-Eintrag hinzufügen: die
                                 Frage in der ersten Spalte, die Antwort in der zweiten. Eine
                                 Kopfzeile „question,answer“ wird übersprungen. Jede Zeile wird
                                 geprüft, bevor die erste gesendet wird.
  training upload DATEI... [--title TITEL]
                                 Jede DATEI als Dateieintrag hochladen: .txt, .md, .csv, .html,
                                 .pdf oder .docx, 1 Byte bis 10 MiB. Jede Datei wird geprüft,
                                 bevor die erste gesendet wird. --title braucht genau eine DATEI.
  training add-urls URL... [--agent ID]...
                                 Webseiten als Einträge für die angegebenen Agenten hinzufügen,
                                 die der Server später abruft (Status pending).
  training assign ID --agent ID [--agent ID]...
                                 Einem Trainingseintrag Agenten hinzufügen und ihn ausgeben.
  training delete ID             Einen Trainingseintrag löschen.
Löschbefehle geben bei Erfolg nichts aus.

Agentenfelder von agents create und update; ein leerer Wert (&quot;&quot;) leert jedes Feld außer
--name und --active:
  --name NAME                    1 bis 255 Zeichen
  --description TEXT
  --tone TONFALL                 Warm, Neutral, Professional, Direct, Witty oder ein beliebiger
                                 Text mit bis zu 255 Zeichen
  --response-length LÄNGE        Short, Standard, Long oder ein beliebiger Text mit bis zu
                                 255 Zeichen
  --max-messages N               Nachrichten pro Sitzung, 1 bis 1000
  --avatar-url URL               eine http://- oder https://-Adresse mit bis zu 500 Zeichen
  --active true|false            der Copilot kann nicht deaktiviert werden
  export conversations --out DATEI [--bom] [FILTER]
                                 Jede passende Unterhaltung als CSV in DATEI schreiben, mit
                                 Verweisen, Tags und allen Zeiten; --bom beginnt die Datei mit
                                 einer UTF-8-Byte-Order-Mark für Tabellenkalkulationen. DATEI
                                 erscheint erst, wenn der Export vollständig ist.
  metrics --from DATUM --to DATUM [--tz ZONE] [--channel email|chat]
                                 Support-Kennzahlen der lokalen Tage von DATUM bis DATUM in der
                                 IANA-Zeitzone ZONE (Standard: die dieses Computers) und des
                                 gleich langen Zeitraums davor; --format json gibt jede Zahl
                                 aus. docs/metrics.md definiert sie.

Filter von conversations list und export conversations:
  --status open|closed           --priority low|normal|high|urgent
  --channel email|chat           --assignee-type user|agent|none
  --tag TAG                      --q TEXT (Betreff enthält, ohne Groß-/Kleinschreibung)
  --created-from DATUM           erstellt an oder nach DATUM
  --created-to DATUM             erstellt vor DATUM
                                 DATUM ist ein Tag wie 2024-05-01 (00:00 UTC) oder eine
                                 ISO-8601-Zeitangabe wie 2024-05-01T09:30:00Z
  --sort SCHLÜSSEL               created_at, updated_at, last_message_at oder priority;
                                 ein vorangestelltes - sortiert absteigend (Standard -created_at)
Filter werden an den Server gesendet und erneut auf die zurückgegebenen Zeilen angewendet.

Listen geben eine Seite mit 15 Zeilen aus, sofern nicht --limit N (die ersten N Zeilen) oder
--all (alle Seiten) angegeben ist.

Optionen:
  --base-url URL       Workspace-Adresse, z. B. https://api.weav.com (ohne /v1).
  --profile NAME       Adresse und Token eines gespeicherten Profils verwenden.
  --allow-plain-http   http:// zu einem anderen Host als Loopback mit --base-url erlauben.
  --format FORMAT      table (Standard): ausgerichtete Spalten; csv: RFC 4180 mit Kopfzeile;
                       json: ein JSON-Array der Ressourcen, wie die API sie geliefert hat
                       (ein Objekt bei conversations get und check).
  --verbose            Jeden HTTP-Austausch und jeden neuen Versuch auf der
                       Standardfehlerausgabe protokollieren.
  --version, --help

Umgebung:
  WEAV_API_TOKEN         Das API-Token; es hat Vorrang vor dem gespeicherten Token eines Profils.
  WEAV_BASE_URL          Die Workspace-Adresse, wenn weder --base-url noch --profile angegeben ist.
  WEAV_CREDENTIALS_FILE  Die Zugangsdatendatei von --file-store-Profilen (Standard: der Ordner
                         weav-console im Datenordner des Benutzers).
  WEAV_RETRY_BASE_MS     Die erste Wartezeit vor einem neuen Versuch in Millisekunden
                         (Standard 500); spätere Versuche verdoppeln sie, mit zufälliger Streuung.
Ohne --base-url, --profile oder WEAV_BASE_URL wird das aktuelle Profil verwendet.

Exit-Codes:
  0 Erfolg
  1 eine genannte Datei, die Einstellungen oder der Zugangsdatenspeicher konnten nicht
    geschrieben oder gelesen werden
  2 Aufruf oder Konfiguration: ein falscher Befehl oder eine falsche Option, oder
    unverschlüsseltes http zu einem entfernten Host
  3 Authentifizierung: kein Token, ein abgelehntes oder abgelaufenes Token (401) oder eine
    fehlende Berechtigung (403)
  4 nicht gefunden (404)
  5 ein Wert wurde abgelehnt: vom Server (400, 422) oder von weavctl, bevor etwas gesendet
    wurde (Agentenfelder, Trainingsdateien, CSV-Zeilen, Webadressen)
  6 Netzwerk oder Server: keine Antwort, eine Zeitüberschreitung, HTTP 5xx oder HTTP 429 nach
    den Wiederholungen
</translation>
    </message>
    <message>
        <source>The --format value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>Der Wert „%1“ für --format ist ungültig; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Give either --base-url or --profile, not both.</source>
        <translation>Geben Sie entweder --base-url oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <source>No workspace is given. Use --base-url URL or --profile NAME, set %1, or add a profile with weavctl profiles add.</source>
        <translation>Es ist kein Workspace angegeben. Verwenden Sie --base-url URL oder --profile NAME, setzen Sie %1 oder fügen Sie mit weavctl profiles add ein Profil hinzu.</translation>
    </message>
    <message>
        <source>The %1 address uses plain http:// to %2, which would send the token unencrypted. Use https://, or add --allow-plain-http if the network to the server is trusted.</source>
        <translation>Die Adresse aus %1 verwendet unverschlüsseltes http:// zu %2, wodurch das Token im Klartext gesendet würde. Verwenden Sie https:// oder fügen Sie --allow-plain-http hinzu, wenn das Netzwerk zum Server vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The %1 address is not usable: %2</source>
        <translation>Die Adresse aus %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>No API token is given. Set %1, or store the token in a profile with weavctl profiles add NAME --base-url URL --token-stdin and use --profile NAME.</source>
        <translation>Es ist kein API-Token angegeben. Setzen Sie %1 oder speichern Sie das Token mit weavctl profiles add NAME --base-url URL --token-stdin in einem Profil und verwenden Sie --profile NAME.</translation>
    </message>
    <message>
        <source>No API token is stored for the profile &quot;%1&quot;. Store one with weavctl profiles add %1 --base-url URL --token-stdin, or set %2.</source>
        <translation>Für das Profil „%1“ ist kein API-Token gespeichert. Speichern Sie eines mit weavctl profiles add %1 --base-url URL --token-stdin oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; could not be read: %2 Set %3 to give the token another way.</source>
        <translation>Das Token des Profils „%1“ konnte nicht gelesen werden: %2 Setzen Sie %3, um das Token auf anderem Weg anzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>The --%1 value is %n characters long; use at most %2.</source>
        <translation>
            <numerusform>Der Wert für --%1 ist %n Zeichen lang; verwenden Sie höchstens %2.</numerusform>
            <numerusform>Der Wert für --%1 ist %n Zeichen lang; verwenden Sie höchstens %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair of row %1 was not created; %2 of %n pairs were created before it.</source>
        <translation>
            <numerusform>Das Paar aus Datensatz %1 wurde nicht erstellt; davor wurden %2 von %n Paar erstellt.</numerusform>
            <numerusform>Das Paar aus Datensatz %1 wurde nicht erstellt; davor wurden %2 von %n Paaren erstellt.</numerusform>
        </translation>
    </message>
</context>
</TS>
