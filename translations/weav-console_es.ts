<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>weav::core::ActivityModels</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>weav::core::AdminErrorText</name>
    <message>
        <source>The token may not change this workspace. Use a token with the external-api:write ability, created in the Weav dashboard.</source>
        <translation>El token no puede modificar este espacio de trabajo. Use un token con el permiso external-api:write, creado en el panel de Weav.</translation>
    </message>
    <message>
        <source>The copilot agent cannot be deleted or deactivated. Change its other settings instead.</source>
        <translation>El agente copiloto no se puede eliminar ni desactivar. Cambie sus otros ajustes.</translation>
    </message>
    <message>
        <source>An agent given for the training data is not an agent of this workspace. Choose agents from this workspace&apos;s agent list.</source>
        <translation>Uno de los agentes indicados para los datos de entrenamiento no pertenece a este espacio de trabajo. Elija agentes de la lista de agentes de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The server found no valid web address in the request. Give addresses that start with http:// or https://.</source>
        <translation>El servidor no encontró ninguna dirección web válida en la solicitud. Indique direcciones que empiecen por http:// o https://.</translation>
    </message>
    <message>
        <source>Web pages are added as a list of addresses, not as a single training item.</source>
        <translation>Las páginas web se añaden como una lista de direcciones, no como un único elemento de entrenamiento.</translation>
    </message>
    <message>
        <source>The server does not accept this type of training data. Add text, Q&amp;A pairs, files or web pages.</source>
        <translation>El servidor no acepta este tipo de datos de entrenamiento. Añada texto, pares de preguntas y respuestas (Q&amp;A), archivos o páginas web.</translation>
    </message>
    <message>
        <source>The server could not process the training data. Try again later, and if it fails again, give the request id to Weav support.</source>
        <translation>El servidor no pudo procesar los datos de entrenamiento. Vuelva a intentarlo más tarde y, si vuelve a fallar, facilite el ID de solicitud al soporte de Weav.</translation>
    </message>
    <message>
        <source>The server rejected the upload as too large. Split the file into smaller files.</source>
        <translation>El servidor rechazó el archivo subido por ser demasiado grande. Divida el archivo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>weav::core::AgentListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Response length</source>
        <translation>Longitud de respuesta</translation>
    </message>
    <message>
        <source>Max messages per session</source>
        <translation>Máx. de mensajes por sesión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation>Agente de chat</translation>
    </message>
    <message>
        <source>Copilot</source>
        <translation>Copiloto</translation>
    </message>
    <message>
        <source>Email agent</source>
        <translation>Agente de correo</translation>
    </message>
</context>
<context>
    <name>weav::core::AgentValidator</name>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>tono</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>longitud de respuesta</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>El campo «%1» debe ser texto.</translation>
    </message>
    <message>
        <source>The avatar URL must be text, such as https://example.com/avatar.png.</source>
        <translation>La URL del avatar debe ser texto, como https://example.com/avatar.png.</translation>
    </message>
    <message>
        <source>avatar URL</source>
        <translation>URL del avatar</translation>
    </message>
    <message>
        <source>The maximum messages per session must be a whole number from %1 to %2.</source>
        <translation>El máximo de mensajes por sesión debe ser un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>The maximum messages per session is %1, but it must be from %2 to %3.</source>
        <translation>El máximo de mensajes por sesión es %1, pero debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Whether the agent is active must be true or false.</source>
        <translation>El estado activo del agente debe ser true o false.</translation>
    </message>
    <message numerus="yes">
        <source>The name is missing. Enter a name of up to %Ln characters.</source>
        <translation>
            <numerusform>Falta el nombre. Escriba un nombre de hasta %Ln carácter.</numerusform>
            <numerusform>Falta el nombre. Escriba un nombre de hasta %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>No reply within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON.</source>
        <translation>El servidor devolvió HTTP %1 con un cuerpo que no es JSON.</translation>
    </message>
    <message>
        <source>No workspace address is set; add the base URL to the connection profile.</source>
        <translation>No hay ninguna dirección del espacio de trabajo; añada la URL base al perfil de conexión.</translation>
    </message>
    <message>
        <source>The workspace address %1 is not an http or https URL.</source>
        <translation>La dirección del espacio de trabajo %1 no es una URL http o https.</translation>
    </message>
    <message>
        <source>Refusing to send the token over plain http to %1. Use https, or allow plain http for this profile if the network between you and the server is trusted.</source>
        <translation>No se enviará el token por http sin cifrar a %1. Use https o permita http sin cifrar para este perfil si la red entre usted y el servidor es de confianza.</translation>
    </message>
    <message>
        <source>No API token is set for this workspace; enter the token in the connection profile.</source>
        <translation>No hay ningún token de API para este espacio de trabajo; introduzca el token en el perfil de conexión.</translation>
    </message>
</context>
<context>
    <name>weav::core::ApiError</name>
    <message>
        <source>The server returned HTTP %1 with an empty body.</source>
        <translation>El servidor devolvió HTTP %1 con el cuerpo vacío.</translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON (a proxy or gateway page?).</source>
        <translation>El servidor devolvió HTTP %1 con un cuerpo que no es JSON (¿una página de un proxy o una pasarela?).</translation>
    </message>
    <message>
        <source>The server returned HTTP %1.</source>
        <translation>El servidor devolvió HTTP %1.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>weav::core::ConnectionCheck</name>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server answered in %1 ms.</source>
        <translation>El servidor respondió en %1 ms.</translation>
    </message>
    <message>
        <source>The token was not accepted (%1). Check that it is complete and has not expired, or create a new one in the Weav dashboard.</source>
        <translation>No se aceptó el token (%1). Compruebe que está completo y no ha caducado, o cree uno nuevo en el panel de Weav.</translation>
    </message>
    <message>
        <source>The token is valid for this workspace.</source>
        <translation>El token es válido para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>It can read (external-api:read).</source>
        <translation>Puede leer (external-api:read).</translation>
    </message>
    <message>
        <source>It cannot read: it lacks external-api:read, so lists stay empty.</source>
        <translation>No puede leer: le falta external-api:read, así que las listas quedan vacías.</translation>
    </message>
    <message>
        <source>It can write (external-api:write).</source>
        <translation>Puede escribir (external-api:write).</translation>
    </message>
    <message>
        <source>It cannot write: it lacks external-api:write, so assigning, replying and editing are turned off.</source>
        <translation>No puede escribir: le falta external-api:write, así que asignar, responder y editar están desactivados.</translation>
    </message>
    <message>
        <source>Whether it can write could not be determined: %1</source>
        <translation>No se pudo determinar si puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationActions</name>
    <message>
        <source>The reply is not a %1 object with an id.</source>
        <translation>La respuesta no es un objeto %1 con un id.</translation>
    </message>
    <message>
        <source>The connection profile names no teammate to send messages as.</source>
        <translation>El perfil de conexión no indica ningún miembro del equipo en cuyo nombre enviar los mensajes.</translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationListModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
</context>
<context>
    <name>weav::core::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>weav::core::DraftStore</name>
    <message>
        <source>Could not read the drafts file %1: %2</source>
        <translation>No se pudo leer el archivo de borradores %1: %2</translation>
    </message>
    <message>
        <source>The drafts file %1 is not valid JSON (%2); its drafts are ignored, and the next save keeps a copy of it as %1.unreadable.</source>
        <translation>El archivo de borradores %1 no es JSON válido (%2); se ignoran sus borradores y al guardar de nuevo se conserva una copia como %1.unreadable.</translation>
    </message>
    <message>
        <source>Could not create the drafts folder %1. Check that it is writable.</source>
        <translation>No se pudo crear la carpeta de borradores %1. Compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not save the drafts to %1: %2</source>
        <translation>No se pudieron guardar los borradores en %1: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::ExchangeHistoryModel</name>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
</context>
<context>
    <name>weav::core::FieldRules</name>
    <message>
        <source>The address does not start with http:// or https://. Add it in front, as in https://%1.</source>
        <translation>La dirección no empieza por http:// ni https://. Añada el prefijo delante, como en https://%1.</translation>
    </message>
    <message>
        <source>The address starts with %1://, but only http:// and https:// addresses can be used.</source>
        <translation>La dirección empieza por %1://, pero solo se pueden usar direcciones http:// y https://.</translation>
    </message>
    <message>
        <source>The address is not a valid web address. Check it for spaces and typing errors.</source>
        <translation>La dirección no es una dirección web válida. Compruebe que no tenga espacios ni errores de escritura.</translation>
    </message>
    <message>
        <source>The address has no host name after %1://, such as example.com.</source>
        <translation>La dirección no tiene nombre de host después de %1://, como example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n characters, but at most %2 are allowed. Shorten it by %3.</source>
        <translation>
            <numerusform>El campo «%1» tiene %n carácter, pero se permiten como máximo %2. Acórtelo en %3.</numerusform>
            <numerusform>El campo «%1» tiene %n caracteres, pero se permiten como máximo %2. Acórtelo en %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::FileCredentialStore</name>
    <message>
        <source>The credentials file %1 has no entry for %2. Enter the token again to store it.</source>
        <translation>El archivo de credenciales %1 no tiene ninguna entrada para %2. Vuelva a introducir el token para guardarlo.</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read or changed by other users, so it was not used. Restrict it to your user with: chmod 600 %1</source>
        <translation>Otros usuarios pueden leer o modificar el archivo de credenciales %1, así que no se ha usado. Restrínjalo a su usuario con: chmod 600 %1</translation>
    </message>
    <message>
        <source>Could not read the credentials file %1: %2. Check that your user owns it.</source>
        <translation>No se pudo leer el archivo de credenciales %1: %2. Compruebe que el propietario es su usuario.</translation>
    </message>
    <message>
        <source>The credentials file %1 is not a JSON object of key and secret strings. Move it away, then enter the tokens again.</source>
        <translation>El archivo de credenciales %1 no es un objeto JSON de cadenas de clave y secreto. Muévalo a otro sitio y vuelva a introducir los tokens.</translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check that the folder is writable.</source>
        <translation>No se pudo escribir el archivo de credenciales %1: %2. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Could not restrict the credentials file %1 to your user: %2. Nothing was written.</source>
        <translation>No se pudo restringir el archivo de credenciales %1 a su usuario: %2. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check the free space and that the folder is writable.</source>
        <translation>No se pudo escribir el archivo de credenciales %1: %2. Compruebe el espacio libre y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the credentials file. Check that no file has that name and that its parent folder is writable.</source>
        <translation>No se pudo crear la carpeta %1 para el archivo de credenciales. Compruebe que no haya un archivo con ese nombre y que se pueda escribir en la carpeta superior.</translation>
    </message>
    <message>
        <source>The credentials file %1 is locked by another process. Close the other Weav Console or weavctl and try again, or delete %2 if neither is running.</source>
        <translation>Otro proceso ha bloqueado el archivo de credenciales %1. Cierre la otra instancia de Weav Console o weavctl y vuelva a intentarlo, o elimine %2 si ninguno está en ejecución.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 beside the credentials file. Check that the folder is writable.</source>
        <translation>No se pudo crear el archivo de bloqueo %1 junto al archivo de credenciales. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>weav::core::KeychainCredentialStore</name>
    <message>
        <source>Could not read %1 from the keychain.</source>
        <translation>No se pudo leer %1 del llavero.</translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain.</source>
        <translation>No se pudo guardar %1 en el llavero.</translation>
    </message>
    <message>
        <source>Could not remove %1 from the keychain.</source>
        <translation>No se pudo quitar %1 del llavero.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1. Enter the token again to store it.</source>
        <translation>El llavero no tiene ninguna entrada para %1. Vuelva a introducir el token para guardarlo.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it, allow Weav Console when asked, and try again. Details: %1</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéelo, permita el acceso a Weav Console cuando se le pida y vuelva a intentarlo. Detalles: %1</translation>
    </message>
    <message>
        <source>The keychain reported: %1. Try again; if it keeps failing, check the keychain with secret-tool or the keychain application.</source>
        <translation>El llavero informó: %1. Vuelva a intentarlo; si sigue fallando, revise el llavero con secret-tool o con la aplicación del llavero.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is running. Install and start one (on Debian: sudo apt install gnome-keyring, then log in again; or KeePassXC with its Secret Service integration enabled), or keep the profile&apos;s token in a file on this machine with weavctl profiles add --file-store. Details: %1</source>
        <translation>No hay ningún llavero (Secret Service) en ejecución. Instale e inicie uno (en Debian: sudo apt install gnome-keyring y vuelva a iniciar sesión; o KeePassXC con la integración de Secret Service activada), o guarde el token del perfil en un archivo de este equipo con weavctl profiles add --file-store. Detalles: %1</translation>
    </message>
</context>
<context>
    <name>weav::core::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored under %1. Enter the token again.</source>
        <translation>No hay ningún secreto guardado con el nombre %1. Vuelva a introducir el token.</translation>
    </message>
</context>
<context>
    <name>weav::core::MessageListModel</name>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Estado del correo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>weav::core::PagedListModel</name>
    <message>
        <source>The server does not offer %1 (HTTP %2).</source>
        <translation>El servidor no ofrece %1 (HTTP %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an id skipped</source>
        <translation>
            <numerusform>%n fila sin id omitida</numerusform>
            <numerusform>%n filas sin id omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::Pager</name>
    <message>
        <source>The list reply has no &quot;data&quot; array.</source>
        <translation>La respuesta de la lista no tiene la matriz «data».</translation>
    </message>
</context>
<context>
    <name>weav::core::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Escriba un nombre para el perfil.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>El nombre de un perfil no puede contener / ni \.</translation>
    </message>
    <message>
        <source>Enter the workspace base URL, for example https://api.weav.com.</source>
        <translation>Escriba la URL base del espacio de trabajo, por ejemplo https://api.weav.com.</translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid URL.</source>
        <translation>La URL base %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>The base URL %1 must start with https:// (or http:// for a trusted network).</source>
        <translation>La URL base %1 debe empezar por https:// (o http:// en una red de confianza).</translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation>La URL base %1 no tiene nombre de host.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL %1. The token goes in the token field.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL base %1. El token va en el campo del token.</translation>
    </message>
    <message>
        <source>Remove the part after ? or # from the base URL %1.</source>
        <translation>Quite la parte que sigue a ? o # de la URL base %1.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send the token unencrypted. Use https://, or allow plain http for this profile.</source>
        <translation>Con http:// sin cifrar, el token se enviaría a %1 sin cifrar. Use https:// o permita http sin cifrar para este perfil.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; is unknown; choose keychain or file.</source>
        <translation>El almacén de credenciales «%1» es desconocido; elija keychain o file.</translation>
    </message>
    <message>
        <source>Could not save the profiles to %1. Check that the file and its folder are writable.</source>
        <translation>No se pudieron guardar los perfiles en %1. Compruebe que se puede escribir en el archivo y en su carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is %n characters long; use at most %1.</source>
        <translation>
            <numerusform>El nombre del perfil tiene %n carácter; use como máximo %1.</numerusform>
            <numerusform>El nombre del perfil tiene %n caracteres; use como máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::QaCsvParser</name>
    <message>
        <source>A quoted field that starts on line %1 has no closing double quote, so the rest of the file is read as part of it. Add the closing quote.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 no tiene comillas dobles de cierre, así que el resto del archivo se lee como parte de él. Añada las comillas de cierre.</translation>
    </message>
    <message>
        <source>The row has one column. Put the question in the first column and the answer in the second.</source>
        <translation>La fila tiene una sola columna. Ponga la pregunta en la primera columna y la respuesta en la segunda.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file has no Q&amp;A rows. Put one question and its answer on each row.</source>
        <translation>El archivo no tiene filas de Q&amp;A. Ponga una pregunta y su respuesta en cada fila.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n columns, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</source>
        <translation>
            <numerusform>La fila tiene %n columna, pero una fila de Q&amp;A tiene dos: la pregunta y la respuesta. Ponga entre comillas dobles las preguntas o respuestas que contengan una coma.</numerusform>
            <numerusform>La fila tiene %n columnas, pero una fila de Q&amp;A tiene dos: la pregunta y la respuesta. Ponga entre comillas dobles las preguntas o respuestas que contengan una coma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::QaPairCheck</name>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>The question is empty. Enter the question as a customer would ask it.</source>
        <translation>La pregunta está vacía. Escriba la pregunta como la haría un cliente.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>The answer is empty. Enter the answer that the agent should give.</source>
        <translation>La respuesta está vacía. Escriba la respuesta que debe dar el agente.</translation>
    </message>
</context>
<context>
    <name>weav::core::SavedView</name>
    <message>
        <source>The view has no name.</source>
        <translation>La vista no tiene nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The view name is longer than %n character(s).</source>
        <translation>
            <numerusform>El nombre de la vista supera %n carácter.</numerusform>
            <numerusform>El nombre de la vista supera los %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The view names an unknown column &quot;%1&quot;.</source>
        <translation>La vista hace referencia a una columna desconocida, «%1».</translation>
    </message>
    <message>
        <source>This is not a Weav Console view file.</source>
        <translation>No es un archivo de vista de Weav Console.</translation>
    </message>
    <message>
        <source>The view was saved by a newer version of Weav Console. Update the console to open it.</source>
        <translation>La vista se guardó con una versión más reciente de Weav Console. Actualice la consola para abrirla.</translation>
    </message>
    <message>
        <source>The view file is not valid JSON: %1.</source>
        <translation>El archivo de vista no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The link is not a Weav Console view link: it must start with weav://view.</source>
        <translation>El enlace no es un enlace de vista de Weav Console: debe empezar por weav://view.</translation>
    </message>
</context>
<context>
    <name>weav::core::SavedViewStore</name>
    <message>
        <source>The saved views could not be read from %1: %2</source>
        <translation>No se pudieron leer las vistas guardadas de %1: %2</translation>
    </message>
    <message>
        <source>A saved view was skipped: %1</source>
        <translation>Se omitió una vista guardada: %1</translation>
    </message>
    <message>
        <source>The saved views could not be written to %1: %2</source>
        <translation>No se pudieron escribir las vistas guardadas en %1: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::Session</name>
    <message>
        <source>This token may only read: it lacks the external-api:write ability. Ask a workspace admin for a token that may write.</source>
        <translation>Este token solo puede leer: le falta el permiso external-api:write. Pida a un administrador del espacio de trabajo un token que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>weav::core::TableExport</name>
    <message>
        <source>Writing row %1 failed: %2</source>
        <translation>Error al escribir la fila %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>No se pudo abrir %1 para escribir: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::TextItemCheck</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <source>The content is empty. Enter the text that the agents should learn.</source>
        <translation>El contenido está vacío. Escriba el texto que deben aprender los agentes.</translation>
    </message>
    <message numerus="yes">
        <source>The title is missing. Enter a title of up to %Ln characters.</source>
        <translation>
            <numerusform>Falta el título. Escriba un título de hasta %Ln carácter.</numerusform>
            <numerusform>Falta el título. Escriba un título de hasta %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingFileCheck</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Training files (%1)</source>
        <translation>Archivos de entrenamiento (%1)</translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation>El archivo no existe. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>This is a folder or a device, not a file. Choose the files themselves.</source>
        <translation>Es una carpeta o un dispositivo, no un archivo. Elija los archivos en sí.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check its permissions.</source>
        <translation>No se puede leer el archivo. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file name has no suffix, so its type is unknown. Use a %1 file.</source>
        <translation>El nombre del archivo no tiene extensión, así que se desconoce su tipo. Use un archivo %1.</translation>
    </message>
    <message>
        <source>Files of type .%1 cannot be used as training data. Use a %2 file.</source>
        <translation>Los archivos de tipo .%1 no se pueden usar como datos de entrenamiento. Use un archivo %2.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a file with content.</source>
        <translation>El archivo está vacío. Elija un archivo con contenido.</translation>
    </message>
    <message>
        <source>The file has %1 bytes, %2 more than the limit of 10 MiB (%3 bytes). Split it into smaller files.</source>
        <translation>El archivo tiene %1 bytes, %2 más que el límite de 10 MiB (%3 bytes). Divídalo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>weav::core::UrlListParser</name>
    <message>
        <source>No web address is given. Paste addresses that start with http:// or https://, one per line.</source>
        <translation>No se indicó ninguna dirección web. Pegue direcciones que empiecen por http:// o https://, una por línea.</translation>
    </message>
    <message>
        <source>The line is not a web address starting with http:// or https://.</source>
        <translation>La línea no es una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n lines is a web address starting with http:// or https://.</source>
        <translation>
            <numerusform>La línea no es una dirección web que empiece por http:// o https://.</numerusform>
            <numerusform>Ninguna de las %n líneas es una dirección web que empiece por http:// o https://.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same address is on line %1.</source>
        <translation>La misma dirección ya está en la línea %1.</translation>
    </message>
</context>
<context>
    <name>weav::core::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookDeliveryModel</name>
    <message>
        <source>No: rejected</source>
        <translation>No: rechazada</translation>
    </message>
    <message numerus="yes">
        <source>Yes (%n repeat(s))</source>
        <translation>
            <numerusform>Sí (%n repetición)</numerusform>
            <numerusform>Sí (%n repeticiones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>ID de entrega</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Firma verificada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookEventLog</name>
    <message>
        <source>%1 is not a SQLite database: %2. Choose another file for the webhook event log.</source>
        <translation>%1 no es una base de datos SQLite: %2. Elija otro archivo para el registro de eventos de webhook.</translation>
    </message>
    <message>
        <source>The webhook event log %1 was written by a newer version (schema %2, this version reads %3). Update the console or choose another file.</source>
        <translation>El registro de eventos de webhook %1 lo escribió una versión más reciente (esquema %2; esta versión lee el %3). Actualice la consola o elija otro archivo.</translation>
    </message>
    <message>
        <source>Could not create the webhook event log table in %1: %2</source>
        <translation>No se pudo crear la tabla del registro de eventos de webhook en %1: %2</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the webhook event log: %1</source>
        <translation>No se pudo crear una carpeta temporal para el registro de eventos de webhook: %1</translation>
    </message>
    <message>
        <source>Could not create the folder of the webhook event log %1.</source>
        <translation>No se pudo crear la carpeta del registro de eventos de webhook %1.</translation>
    </message>
    <message>
        <source>Could not open the webhook event log %1: %2</source>
        <translation>No se pudo abrir el registro de eventos de webhook %1: %2</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookReceiver</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>El cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The envelope has no delivery id: `id` must be a non-empty string.</source>
        <translation>El sobre no tiene ID de entrega: `id` debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>The envelope has no event type: `event` must be a non-empty string.</source>
        <translation>El sobre no tiene tipo de evento: `event` debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>The webhook secret is empty. Enter the secret that the webhook sender signs deliveries with.</source>
        <translation>El secreto del webhook está vacío. Introduzca el secreto con el que el emisor del webhook firma las entregas.</translation>
    </message>
    <message>
        <source>The webhook event log path is empty. Choose a file for the event log.</source>
        <translation>La ruta del registro de eventos de webhook está vacía. Elija un archivo para el registro de eventos.</translation>
    </message>
    <message>
        <source>Could not listen for webhook deliveries on %1 port %2: %3. Choose another port, or close the program that uses this one.</source>
        <translation>No se pudieron escuchar entregas de webhook en %1, puerto %2: %3. Elija otro puerto o cierre el programa que usa este.</translation>
    </message>
    <message>
        <source>The webhook receiver is not started.</source>
        <translation>El receptor de webhooks no está iniciado.</translation>
    </message>
    <message>
        <source>Webhook deliveries use POST, not %1.</source>
        <translation>Las entregas de webhook usan POST, no %1.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes, over the limit of %2 bytes (1 MiB).</source>
        <translation>El cuerpo de la solicitud tiene %1 bytes, por encima del límite de %2 bytes (1 MiB).</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header is missing. Sign the body with the webhook secret.</source>
        <translation>Falta la cabecera X-Weav-Signature. Firme el cuerpo con el secreto del webhook.</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header does not match the body. Check the webhook secret.</source>
        <translation>La cabecera X-Weav-Signature no coincide con el cuerpo. Compruebe el secreto del webhook.</translation>
    </message>
    <message>
        <source>The delivery could not be recorded. Send it again later.</source>
        <translation>No se pudo registrar la entrega. Vuelva a enviarla más tarde.</translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookSecret</name>
    <message>
        <source>No webhook secret is stored for the profile &quot;%1&quot;. Enter the secret of the workspace&apos;s webhook in Settings.</source>
        <translation>No hay ningún secreto de webhook guardado para el perfil «%1». Introduzca el secreto del webhook del espacio de trabajo en Configuración.</translation>
    </message>
</context>
<context>
    <name>weav::core::cells</name>
    <message>
        <source>The teammate&apos;s name could not be loaded; this is the teammate&apos;s id.</source>
        <translation>No se pudo cargar el nombre del miembro del equipo; esto es su id.</translation>
    </message>
    <message>
        <source>The AI agent&apos;s name could not be loaded; this is the agent&apos;s id.</source>
        <translation>No se pudo cargar el nombre del agente de IA; esto es su id.</translation>
    </message>
    <message>
        <source>The customer&apos;s name could not be loaded; this is the customer&apos;s id.</source>
        <translation>No se pudo cargar el nombre del cliente; esto es su id.</translation>
    </message>
    <message>
        <source>The company&apos;s name could not be loaded; this is the company&apos;s id.</source>
        <translation>No se pudo cargar el nombre de la empresa; esto es su id.</translation>
    </message>
</context>
<context>
    <name>weav::net::ProxySettings</name>
    <message>
        <source>Enter the proxy host, e.g. proxy.example.com.</source>
        <translation>Introduzca el host del proxy, p. ej., proxy.example.com.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; is invalid: give a host name or an IP address, without a scheme or path.</source>
        <translation>El host del proxy «%1» no es válido: indique un nombre de host o una dirección IP, sin esquema ni ruta.</translation>
    </message>
    <message>
        <source>The proxy port %1 is invalid: use a port from 1 to 65535.</source>
        <translation>El puerto del proxy %1 no es válido: use un puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; contains a port: enter the host alone and the port in its own field.</source>
        <translation>El host del proxy «%1» contiene un puerto: introduzca solo el host y el puerto en su propio campo.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityPresentation</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message>
        <source>The signature matched the webhook secret.</source>
        <translation>La firma coincidió con el secreto del webhook.</translation>
    </message>
    <message>
        <source>The X-Weav-Signature header was missing or did not match: the delivery was rejected with 401 and not applied.</source>
        <translation>La cabecera X-Weav-Signature faltaba o no coincidía: la entrega se rechazó con 401 y no se aplicó.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityView</name>
    <message>
        <source>the Activity area is not built</source>
        <translation>el área Actividad no se ha creado</translation>
    </message>
    <message>
        <source>Requests to the workspace</source>
        <translation>Solicitudes al espacio de trabajo</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; the token is written as $WEAV_API_TOKEN</source>
        <translation>Copia la solicitud como comando curl; el token se escribe como $WEAV_API_TOKEN</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copiar ID de solicitud</translation>
    </message>
    <message>
        <source>Webhook deliveries received</source>
        <translation>Entregas de webhook recibidas</translation>
    </message>
    <message>
        <source>The sender must deliver to %1</source>
        <translation>El emisor debe entregar a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks are off. Turn them on in File &gt; Settings &gt; Live Updates.</source>
        <translation>Los webhooks están desactivados. Actívelos en Archivo &gt; Configuración &gt; Tiempo real.</translation>
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
        <translation>copiloto</translation>
    </message>
    <message>
        <source>email agent</source>
        <translation>agente de correo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AI agents</source>
        <translation>Agentes de IA</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentForm</name>
    <message>
        <source>Copilot: suggests replies to teammates; it cannot be deleted or deactivated</source>
        <translation>Copiloto: sugiere respuestas a los miembros del equipo; no se puede eliminar ni desactivar</translation>
    </message>
    <message>
        <source>Email agent: answers email conversations</source>
        <translation>Agente de correo: responde a las conversaciones por correo electrónico</translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation>Agente de chat</translation>
    </message>
    <message>
        <source>Select an agent to see and change its settings, or create a new agent.</source>
        <translation>Seleccione un agente para ver y cambiar sus ajustes, o cree un agente nuevo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What the agent is for (optional)</source>
        <translation>Para qué sirve el agente (opcional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Avatar URL:</source>
        <translation>URL del &amp;avatar:</translation>
    </message>
    <message>
        <source>No limit; or %1 to %2</source>
        <translation>Sin límite; o de %1 a %2</translation>
    </message>
    <message>
        <source>&amp;Max messages per session:</source>
        <translation>&amp;Máx. de mensajes por sesión:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <source>&amp;Response length:</source>
        <translation>&amp;Longitud de respuesta:</translation>
    </message>
    <message>
        <source>Active: the agent takes conversations</source>
        <translation>Activo: el agente atiende conversaciones</translation>
    </message>
    <message>
        <source>Prohibited phrases and escalation rules are set in the Weav dashboard; the API shows them but does not change them.</source>
        <translation>Las frases prohibidas y las reglas de escalado se configuran en el panel de Weav; la API las muestra, pero no las modifica.</translation>
    </message>
    <message>
        <source>Prohibited phrases</source>
        <translation>Frases prohibidas</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Reglas de escalado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalar a</translation>
    </message>
    <message>
        <source>Create Agent</source>
        <translation>Crear agente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creación: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message>
        <source>The API creates chat agents. The copilot and the email agent come with the workspace.</source>
        <translation>La API crea agentes de chat. El copiloto y el agente de correo vienen con el espacio de trabajo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation>Corrija primero los campos marcados abajo.</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Agente nuevo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The agent was saved, but the server&apos;s reply has no agent id. Reload the list to see it.</source>
        <translation>Se guardó el agente, pero la respuesta del servidor no incluye su id. Recargue la lista para verlo.</translation>
    </message>
    <message>
        <source>Could not create the agent</source>
        <translation>No se pudo crear el agente</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>No se pudo guardar «%1»</translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation>%1: el servidor rechazó los campos marcados abajo. Corríjalos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Returns assistant</source>
        <translation>Asistente de devoluciones</translation>
    </message>
    <message>
        <source>Answers questions about returns and refunds.</source>
        <translation>Responde preguntas sobre devoluciones y reembolsos.</translation>
    </message>
    <message numerus="yes">
        <source>Required, up to %Ln characters</source>
        <translation>
            <numerusform>Obligatorio, hasta %Ln carácter</numerusform>
            <numerusform>Obligatorio, hasta %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a tone the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Elija un tono de los que ofrece el producto o escriba uno propio (hasta %Ln carácter).</numerusform>
            <numerusform>Elija un tono de los que ofrece el producto o escriba uno propio (hasta %Ln caracteres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a length the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Elija una longitud de las que ofrece el producto o escriba una propia (hasta %Ln carácter).</numerusform>
            <numerusform>Elija una longitud de las que ofrece el producto o escriba una propia (hasta %Ln caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Ajustes del agente</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTableModel</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Counting the training items of this agent…</source>
        <translation>Contando los elementos de entrenamiento de este agente…</translation>
    </message>
    <message>
        <source>Training items assigned to this agent, as counted by the server: %1</source>
        <translation>Elementos de entrenamiento asignados a este agente, según el recuento del servidor: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Training items</source>
        <translation>Elementos de entrenamiento</translation>
    </message>
    <message>
        <source>Training items assigned to the agent, counted by the server</source>
        <translation>Elementos de entrenamiento asignados al agente, según el recuento del servidor</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTrainingCounts</name>
    <message>
        <source>Counting the agent&apos;s training items failed</source>
        <translation>No se pudieron contar los elementos de entrenamiento del agente</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no total (meta.total), so the count is unknown.</source>
        <translation>La respuesta del servidor no incluye el total (meta.total), así que se desconoce el recuento.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Optional: check the agents that should use the new training data. You can assign it later from the training list too.</source>
        <translation>Opcional: marque los agentes que deben usar los nuevos datos de entrenamiento. También puede asignarlos más tarde desde la lista de entrenamiento.</translation>
    </message>
    <message>
        <source>The agent list could not be loaded, so no agent can be chosen now. Continue without agents and assign them from the training list later.</source>
        <translation>No se pudo cargar la lista de agentes, así que ahora no se puede elegir ningún agente. Continúe sin agentes y asígnelos más tarde desde la lista de entrenamiento.</translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation>Cargando los agentes…</translation>
    </message>
    <message>
        <source>This workspace has no agents yet.</source>
        <translation>Este espacio de trabajo aún no tiene agentes.</translation>
    </message>
    <message>
        <source>Without a checked agent, the items are added but no agent uses them yet.</source>
        <translation>Si no se marca ningún agente, los elementos se añaden, pero todavía no los usa ningún agente.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsView</name>
    <message>
        <source>New Agent…</source>
        <translation>Agente nuevo…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>The agent list is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation>La lista de agentes no está disponible en este servidor. %1 Pregunte al administrador del espacio de trabajo qué API ofrece este servidor.</translation>
    </message>
    <message>
        <source>Could not activate “%1”</source>
        <translation>No se pudo activar «%1»</translation>
    </message>
    <message>
        <source>Could not deactivate “%1”</source>
        <translation>No se pudo desactivar «%1»</translation>
    </message>
    <message>
        <source>Delete Agent</source>
        <translation>Eliminar agente</translation>
    </message>
    <message>
        <source>Delete the agent “%1”?</source>
        <translation>¿Eliminar el agente «%1»?</translation>
    </message>
    <message>
        <source>Conversations assigned to it become unassigned, and its training data is no longer assigned to it. This cannot be undone.</source>
        <translation>Las conversaciones asignadas a él quedan sin asignar y sus datos de entrenamiento dejan de estar asignados a él. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation>No se pudo eliminar «%1»</translation>
    </message>
    <message>
        <source>The agent “%1” was deleted.</source>
        <translation>Se eliminó el agente «%1».</translation>
    </message>
    <message>
        <source>The agent “%1” was created.</source>
        <translation>Se creó el agente «%1».</translation>
    </message>
    <message>
        <source>Loading the agents failed</source>
        <translation>Error al cargar los agentes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agentes: %1</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Create a chat agent</source>
        <translation>Crear un agente de chat</translation>
    </message>
    <message>
        <source>Switch whether the selected agent takes conversations</source>
        <translation>Cambiar si el agente seleccionado atiende conversaciones</translation>
    </message>
    <message>
        <source>Delete the selected agent</source>
        <translation>Eliminar el agente seleccionado</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>the Agents area is not built</source>
        <translation>el área Agentes no se ha creado</translation>
    </message>
    <message>
        <source>AI agents</source>
        <translation>Agentes de IA</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agents loaded…</source>
        <translation>
            <numerusform>%Ln agente cargado…</numerusform>
            <numerusform>%Ln agentes cargados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::AnalyticsView</name>
    <message>
        <source>the Analytics area is not built</source>
        <translation>el área Analítica no se ha creado</translation>
    </message>
    <message>
        <source>the conversations did not load: %1</source>
        <translation>no se cargaron las conversaciones: %1</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>The IANA time zone whose local days make up the period, e.g. Europe/Berlin</source>
        <translation>La zona horaria IANA cuyos días locales forman el periodo, p. ej., Europe/Madrid</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch the conversations that changed since the last refresh</source>
        <translation>Obtener las conversaciones que cambiaron desde la última actualización</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading; the numbers shown stay as they were</source>
        <translation>Detener la carga; las cifras mostradas no cambian</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: choose an IANA name from the list, such as Europe/Berlin. The numbers stay in %2.</source>
        <translation>Zona horaria desconocida «%1»: elija un nombre IANA de la lista, como Europe/Madrid. Las cifras siguen en %2.</translation>
    </message>
    <message>
        <source>Opening the cached conversations…</source>
        <translation>Abriendo las conversaciones en caché…</translation>
    </message>
    <message>
        <source>Loading conversations: %1 of %2</source>
        <translation>Cargando conversaciones: %1 de %2</translation>
    </message>
    <message>
        <source>Loading conversations: %1</source>
        <translation>Cargando conversaciones: %1</translation>
    </message>
    <message>
        <source>Could not refresh the analytics data</source>
        <translation>No se pudieron actualizar los datos de analítica</translation>
    </message>
    <message>
        <source>The numbers shown are those of %1.</source>
        <translation>Las cifras mostradas son las de %1.</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Actualización cancelada.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n primera respuesta</numerusform>
            <numerusform>%n primeras respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1 · Chat %2</source>
        <translation>Correo %1 · Chat %2</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resuelta</numerusform>
            <numerusform>%n resueltas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aged 7 days or more</source>
        <translation>
            <numerusform>%n con 7 días o más</numerusform>
            <numerusform>%n con 7 días o más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 de %2 creadas</translation>
    </message>
    <message>
        <source>%1 of %2 created, spam included</source>
        <translation>%1 de %2 creadas, spam incluido</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (agente de IA)</translation>
    </message>
    <message>
        <source>Loading every conversation of the workspace for the first time; the numbers follow.</source>
        <translation>Cargando por primera vez todas las conversaciones del espacio de trabajo; las cifras aparecerán después.</translation>
    </message>
    <message>
        <source>No numbers yet. Press Refresh to load the conversations.</source>
        <translation>Aún no hay cifras. Pulse Actualizar para cargar las conversaciones.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message numerus="yes">
        <source>Times in %1 · %2, compared with %3 · %4 · %Ln conversations as of %5</source>
        <translation>
            <numerusform>Horas en %1 · %2, comparado con %3 · %4 · %Ln conversación (datos de %5)</numerusform>
            <numerusform>Horas en %1 · %2, comparado con %3 · %4 · %Ln conversaciones (datos de %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>weav::ui::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System uses the desktop&apos;s style and colours as they were when Weav Console started.</source>
        <translation>La opción Sistema usa el estilo y los colores del escritorio tal como estaban al iniciarse Weav Console.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Restart Weav Console to change the language.</source>
        <translation>Reinicie Weav Console para cambiar el idioma.</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssignAgentsDialog</name>
    <message>
        <source>Assign to Agents</source>
        <translation>Asignar a agentes</translation>
    </message>
    <message>
        <source>Training items selected: %1. They are assigned to the checked agents, and the agents they have already stay assigned.</source>
        <translation>Elementos de entrenamiento seleccionados: %1. Se asignan a los agentes marcados, y los agentes que ya tienen siguen asignados.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneeDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>IA · %1</translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>AI agent: %1</source>
        <translation>Agente de IA: %1</translation>
    </message>
    <message>
        <source>Teammate: %1</source>
        <translation>Miembro del equipo: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneePicker</name>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Type a name to find a teammate or AI agent</source>
        <translation>Escriba un nombre para buscar un miembro del equipo o un agente de IA</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Nobody works on this conversation.</source>
        <translation>Nadie trabaja en esta conversación.</translation>
    </message>
    <message>
        <source>%1 — teammate</source>
        <translation>%1 — miembro del equipo</translation>
    </message>
    <message>
        <source>%1 — AI agent, started this chat</source>
        <translation>%1 — agente de IA, inició este chat</translation>
    </message>
    <message>
        <source>%1 — AI agent, email agent</source>
        <translation>%1 — agente de IA, agente de correo</translation>
    </message>
    <message>
        <source>%1 — AI agent</source>
        <translation>%1 — agente de IA</translation>
    </message>
</context>
<context>
    <name>weav::ui::BarListWidget</name>
    <message numerus="yes">
        <source>%1: %n open conversation(s). Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1: %n conversación abierta. Haga clic para verla en la bandeja de entrada.</numerusform>
            <numerusform>%1: %n conversaciones abiertas. Haga clic para verlas en la bandeja de entrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversación abierta</numerusform>
            <numerusform>%1: %n conversaciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>No hay conversaciones abiertas</translation>
    </message>
</context>
<context>
    <name>weav::ui::BuiltInViews</name>
    <message>
        <source>Views:</source>
        <translation>Vistas:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Urgent and high</source>
        <translation>Urgentes y altas</translation>
    </message>
    <message>
        <source>Handled by AI</source>
        <translation>Atendidas por IA</translation>
    </message>
    <message>
        <source>Closed in the last 7 days</source>
        <translation>Cerradas en los últimos 7 días</translation>
    </message>
    <message>
        <source>Every conversation, newest first.</source>
        <translation>Todas las conversaciones, las más recientes primero.</translation>
    </message>
    <message>
        <source>Open conversations, newest first.</source>
        <translation>Conversaciones abiertas, las más recientes primero.</translation>
    </message>
    <message>
        <source>Open conversations without an assignee: the backlog nobody has picked up.</source>
        <translation>Conversaciones abiertas sin persona asignada: los pendientes que nadie ha atendido.</translation>
    </message>
    <message>
        <source>Open conversations of priority urgent or high.</source>
        <translation>Conversaciones abiertas con prioridad urgente o alta.</translation>
    </message>
    <message>
        <source>Conversations assigned to an AI agent.</source>
        <translation>Conversaciones asignadas a un agente de IA.</translation>
    </message>
    <message>
        <source>Closed conversations changed in the last 7 days, most recently changed first. The list cannot filter by closing time, so a conversation closed earlier but edited since is listed too.</source>
        <translation>Conversaciones cerradas que cambiaron en los últimos 7 días, las de cambio más reciente primero. La lista no puede filtrar por fecha de cierre, así que también aparecen las conversaciones cerradas antes pero editadas después.</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkAction</name>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Asignar a %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Set the priority to %1</source>
        <translation>Establecer la prioridad en %1</translation>
    </message>
    <message>
        <source>Add the tag “%1”</source>
        <translation>Añadir la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkActionBar</name>
    <message>
        <source>Apply to:</source>
        <translation>Aplicar a:</translation>
    </message>
    <message>
        <source>Which conversations the action changes</source>
        <translation>Qué conversaciones cambia la acción</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>All matching this view</source>
        <translation>Todas las que coinciden con esta vista</translation>
    </message>
    <message>
        <source>Assign conversations</source>
        <translation>Asignar conversaciones</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assignee (teammate or AI agent; type to filter):</source>
        <translation>Asignar a (miembro del equipo o agente de IA; escriba para filtrar):</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Tag to add to each conversation (other tags stay):</source>
        <translation>Etiqueta que se añade a cada conversación (las demás etiquetas se mantienen):</translation>
    </message>
    <message>
        <source>Tag to remove from each conversation:</source>
        <translation>Etiqueta que se quita de cada conversación:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Bulk actions are off: %1</source>
        <translation>Las acciones masivas están desactivadas: %1</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Aplicar a</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>La conversación seleccionada</numerusform>
            <numerusform>Las %Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching this view</source>
        <translation>
            <numerusform>La conversación que coincide con esta vista</numerusform>
            <numerusform>Las %Ln que coinciden con esta vista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkController</name>
    <message>
        <source>Collecting the conversations that match this view…</source>
        <translation>Reuniendo las conversaciones que coinciden con esta vista…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Collecting the conversations that match this view: %L1 so far…</source>
        <translation>Reuniendo las conversaciones que coinciden con esta vista: %L1 hasta ahora…</translation>
    </message>
    <message>
        <source>Collecting the matching conversations was cancelled. Nothing was changed.</source>
        <translation>Se canceló la recopilación de las conversaciones coincidentes. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not collect the conversations that match this view</source>
        <translation>No se pudieron reunir las conversaciones que coinciden con esta vista</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>No conversation matches this view. Nothing was changed.</source>
        <translation>Ninguna conversación coincide con esta vista. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: ¿%2?</translation>
    </message>
    <message>
        <source>Each conversation is changed with its own request, %1 at a time. Failures are listed with their reason, and can be retried.</source>
        <translation>Cada conversación se cambia con su propia solicitud, %1 a la vez. Los errores se muestran con su motivo y se pueden reintentar.</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>the first conversations of the inbox include no chat</source>
        <translation>las primeras conversaciones de la bandeja de entrada no incluyen ningún chat</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln conversations that match this view</source>
        <translation>
            <numerusform>la conversación que coincide con esta vista</numerusform>
            <numerusform>las %Ln conversaciones que coinciden con esta vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected conversations</source>
        <translation>
            <numerusform>la conversación seleccionada</numerusform>
            <numerusform>las %Ln conversaciones seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultDialog</name>
    <message>
        <source>%v of %m conversations</source>
        <translation>%v de %m conversaciones</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Mostrar solo errores</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent finish, and the rest are listed as cancelled.</source>
        <translation>No enviar nada más. Las solicitudes ya enviadas terminan y el resto aparece como cancelado.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>bulk results</source>
        <translation>resultados masivos</translation>
    </message>
    <message>
        <source>Outcome per conversation</source>
        <translation>Resultado por conversación</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln conversations finished, %L3 failed so far.</source>
        <translation>
            <numerusform>%1: %L2 de %Ln conversación terminada; %L3 con error hasta ahora.</numerusform>
            <numerusform>%1: %L2 de %Ln conversaciones terminadas; %L3 con error hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversations.</source>
        <translation>
            <numerusform>%1: completadas %L2, con error %L3, canceladas %L4, de %Ln conversación.</numerusform>
            <numerusform>%1: completadas %L2, con error %L3, canceladas %L4, de %Ln conversaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de solicitud</translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not sent: stopped</source>
        <translation>No enviado: detenido</translation>
    </message>
    <message>
        <source>%1: %2 of %3 finished.</source>
        <translation>%1: %2 de %3 terminados.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded.</source>
        <translation>%1: %2 de %3 correctos.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, with the reason beside each.</source>
        <translation>
            <numerusform>%n con error, con el motivo junto a él.</numerusform>
            <numerusform>%n con error, con el motivo junto a cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n no enviado.</numerusform>
            <numerusform>%n no enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome per item</source>
        <translation>Resultado por elemento</translation>
    </message>
</context>
<context>
    <name>weav::ui::ByteSizeDelegate</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>weav::ui::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture, or its numbers as CSV</source>
        <translation>Guardar este gráfico como imagen PNG o SVG, o sus cifras como CSV</translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation>Imagen PNG…</translation>
    </message>
    <message>
        <source>Picture as SVG…</source>
        <translation>Imagen SVG…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Cifras como CSV…</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>no se pudo abrir el archivo para escribir</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not export “%1” to %2: %3. Check that the folder exists and is writable, or choose another file.</source>
        <translation>No se pudo exportar «%1» a %2: %3. Compruebe que la carpeta existe y que se puede escribir en ella, o elija otro archivo.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ColumnChooser</name>
    <message>
        <source>The subject column is always shown.</source>
        <translation>La columna de asunto se muestra siempre.</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
</context>
<context>
    <name>weav::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Type an action, a view or a conversation subject</source>
        <translation>Escriba una acción, una vista o el asunto de una conversación</translation>
    </message>
    <message>
        <source>↑↓ move · Enter runs · Esc closes</source>
        <translation>↑↓ mover · Intro ejecuta · Esc cierra</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Searching the server failed: %1. Only loaded conversations are listed.</source>
        <translation>Error al buscar en el servidor: %1. Solo se muestran las conversaciones cargadas.</translation>
    </message>
    <message>
        <source>the window has no command palette</source>
        <translation>la ventana no tiene paleta de comandos</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>weav::ui::CompaniesView</name>
    <message>
        <source>Search companies by name or domain</source>
        <translation>Buscar empresas por nombre o dominio</translation>
    </message>
    <message>
        <source>Finds companies whose name or domain contains the text, ignoring case.</source>
        <translation>Busca empresas cuyo nombre o dominio contiene el texto, sin distinguir mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>This workspace has no companies yet.</source>
        <translation>Este espacio de trabajo aún no tiene empresas.</translation>
    </message>
    <message>
        <source>No company&apos;s name or domain contains “%1”.</source>
        <translation>Ninguna empresa contiene «%1» en su nombre o dominio.</translation>
    </message>
    <message>
        <source>Could not load the companies</source>
        <translation>No se pudieron cargar las empresas</translation>
    </message>
    <message>
        <source>Could not load more companies after row %1</source>
        <translation>No se pudieron cargar más empresas después de la fila %1</translation>
    </message>
    <message>
        <source>New Company…</source>
        <translation>Empresa nueva…</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>empresas</translation>
    </message>
    <message>
        <source>Could not open company %1</source>
        <translation>No se pudo abrir la empresa %1</translation>
    </message>
    <message>
        <source>Could not delete the company “%1”</source>
        <translation>No se pudo eliminar la empresa «%1»</translation>
    </message>
    <message>
        <source>Delete Company</source>
        <translation>Eliminar empresa</translation>
    </message>
    <message>
        <source>Delete the company %1?</source>
        <translation>¿Eliminar la empresa %1?</translation>
    </message>
    <message numerus="yes">
        <source>Customers of this company: %n. They stay in the workspace, without a company.</source>
        <translation>
            <numerusform>Clientes de esta empresa: %n. Se queda en el espacio de trabajo, sin empresa.</numerusform>
            <numerusform>Clientes de esta empresa: %n. Se quedan en el espacio de trabajo, sin empresa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company&apos;s customers stay in the workspace, without a company.</source>
        <translation>Los clientes de la empresa se quedan en el espacio de trabajo, sin empresa.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 de %Ln empresa</numerusform>
            <numerusform>%1 de %Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies loaded</source>
        <translation>
            <numerusform>%Ln empresa cargada</numerusform>
            <numerusform>%Ln empresas cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDetail</name>
    <message>
        <source>Customers: %1 of %2</source>
        <translation>Clientes: %1 de %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>Customers: %1 loaded</source>
        <translation>Clientes: %1 cargados</translation>
    </message>
    <message>
        <source>No customer belongs to this company.</source>
        <translation>Ningún cliente pertenece a esta empresa.</translation>
    </message>
    <message>
        <source>Could not load the company&apos;s customers</source>
        <translation>No se pudieron cargar los clientes de la empresa</translation>
    </message>
    <message>
        <source>Could not load more of the company&apos;s customers after row %1</source>
        <translation>No se pudieron cargar más clientes de la empresa después de la fila %1</translation>
    </message>
    <message>
        <source>Select a company to see its details and customers.</source>
        <translation>Seleccione una empresa para ver sus detalles y clientes.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Double-click a customer to open them in Customers.</source>
        <translation>Haga doble clic en un cliente para abrirlo en Clientes.</translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>Empresa nueva</translation>
    </message>
    <message>
        <source>Edit Company “%1”</source>
        <translation>Editar empresa «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>p. ej., example.com</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>employee count</source>
        <translation>número de empleados</translation>
    </message>
    <message>
        <source>a whole number, e.g. 250</source>
        <translation>un número entero, p. ej., 250</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: enter the number of employees in digits, e.g. 250.</source>
        <translation>«%1» no es un número entero: escriba el número de empleados en cifras, p. ej., 250.</translation>
    </message>
    <message>
        <source>The employee count cannot be negative: enter 0 or more.</source>
        <translation>El número de empleados no puede ser negativo: escriba 0 o más.</translation>
    </message>
    <message>
        <source>The employee count can be at most %1.</source>
        <translation>El número de empleados puede ser como máximo %1.</translation>
    </message>
    <message>
        <source>Could not save the company “%1”</source>
        <translation>No se pudo guardar la empresa «%1»</translation>
    </message>
    <message>
        <source>Could not create the company</source>
        <translation>No se pudo crear la empresa</translation>
    </message>
</context>
<context>
    <name>weav::ui::Composer</name>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter envía</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>A note for teammates; the customer never sees it.</source>
        <translation>Una nota para los miembros del equipo; el cliente nunca la ve.</translation>
    </message>
    <message>
        <source>Internal note for teammates; the customer never sees it.</source>
        <translation>Nota interna para los miembros del equipo; el cliente nunca la ve.</translation>
    </message>
    <message>
        <source>Write a reply to the customer.</source>
        <translation>Escriba una respuesta al cliente.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Read-only: nothing can be sent with this token.</source>
        <translation>Solo lectura: con este token no se puede enviar nada.</translation>
    </message>
    <message>
        <source>your teammate account</source>
        <translation>su cuenta de miembro del equipo</translation>
    </message>
    <message>
        <source>Internal note by %1 — not sent to the customer</source>
        <translation>Nota interna de %1 — no se envía al cliente</translation>
    </message>
    <message>
        <source>Replying as %1</source>
        <translation>Respondiendo como %1</translation>
    </message>
    <message numerus="yes">
        <source>This text is %Ln characters long; one message may have at most %1. Shorten it or send it in parts.</source>
        <translation>
            <numerusform>Este texto tiene %Ln carácter; un mensaje puede tener como máximo %1. Acórtelo o envíelo en partes.</numerusform>
            <numerusform>Este texto tiene %Ln caracteres; un mensaje puede tener como máximo %1. Acórtelo o envíelo en partes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No teammate is set to reply as, so nothing can be sent. Choose the teammate you reply as in File &gt; Settings &gt; Replies.</source>
        <translation>No hay ningún miembro del equipo en cuyo nombre responder, así que no se puede enviar nada. Elija el miembro del equipo con el que responde en Archivo &gt; Configuración &gt; Respuestas.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>Otra persona cambió esta conversación</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you opened it. Your change has not been saved yet.</source>
        <translation>«%1» cambió en el servidor después de que la abriera. Su cambio aún no se ha guardado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambiado por otra persona&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change, not saved yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su cambio, aún sin guardar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apply my change anyway</source>
        <translation>Aplicar mi cambio de todos modos</translation>
    </message>
    <message>
        <source>Discard my change and show the new version</source>
        <translation>Descartar mi cambio y mostrar la versión nueva</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (changed by someone else)</source>
        <translation>%1: %2 → %3 (cambiado por otra persona)</translation>
    </message>
    <message>
        <source> — your change sets this field too</source>
        <translation> — su cambio también modifica este campo</translation>
    </message>
    <message>
        <source>No field you can see changed; the conversation was updated on the server.</source>
        <translation>No cambió ningún campo visible; la conversación se actualizó en el servidor.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The new version already contains your change.</source>
        <translation>La versión nueva ya contiene su cambio.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Weav workspace</source>
        <translation>Conectar con un espacio de trabajo de Weav</translation>
    </message>
    <message>
        <source>Enter the base URL of your Weav workspace and an API token created in the Weav dashboard. The token is kept in the system keychain, never in a settings file.</source>
        <translation>Introduzca la URL base de su espacio de trabajo de Weav y un token de API creado en el panel de Weav. El token se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>No saved profiles yet.

Fill in the form to add one, or open the demo workspace to look around first.</source>
        <translation>Aún no hay perfiles guardados.

Rellene el formulario para añadir uno o abra el espacio de trabajo de demostración para echar un vistazo primero.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token from the keychain</source>
        <translation>Quitar el perfil seleccionado y su token del llavero</translation>
    </message>
    <message>
        <source>e.g. Acme support</source>
        <translation>p. ej., Soporte de Acme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation>Permitir http:// sin cifrar con este host (el token viaja sin cifrar)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Token de API</translation>
    </message>
    <message>
        <source>The teammate that replies and notes from this console are sent as. The list fills after a successful connection test.</source>
        <translation>El miembro del equipo en cuyo nombre se envían las respuestas y notas desde esta consola. La lista se rellena tras una prueba de conexión correcta.</translation>
    </message>
    <message>
        <source>&amp;Reply as</source>
        <translation>&amp;Responder como</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>A sample workspace that runs inside the console, with seeded teammates, AI agents, customers and conversations</source>
        <translation>Un espacio de trabajo de ejemplo que se ejecuta dentro de la consola, con miembros del equipo, agentes de IA, clientes y conversaciones de muestra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Guardar y conectar</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Paste the token from the Weav dashboard</source>
        <translation>Pegue el token del panel de Weav</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Guardado en el llavero; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Enter the API token to test. Weav shows a token once, when it is created in the dashboard.</source>
        <translation>Introduzca el token de API para probarlo. Weav muestra cada token una sola vez, al crearlo en el panel.</translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation>Leyendo el token guardado…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connection failed: the server could not be reached.</source>
        <translation>Error de conexión: no se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <source>Connection failed: the token was not accepted.</source>
        <translation>Error de conexión: no se aceptó el token.</translation>
    </message>
    <message>
        <source>Connected, but the token cannot read this workspace.</source>
        <translation>Conectado, pero el token no puede leer este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Connected, read-only: this token cannot change anything.</source>
        <translation>Conectado, solo lectura: este token no puede cambiar nada.</translation>
    </message>
    <message>
        <source>Connected: the token may read and write.</source>
        <translation>Conectado: el token puede leer y escribir.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Saved teammate %1</source>
        <translation>Miembro del equipo guardado: %1</translation>
    </message>
    <message>
        <source>Enter the API token for the profile &quot;%1&quot;. Weav shows a token once, when it is created in the dashboard.</source>
        <translation>Introduzca el token de API del perfil «%1». Weav muestra cada token una sola vez, al crearlo en el panel.</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Guardando el token en el llavero…</translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved. %2</source>
        <translation>No se guardó el token, así que no se guardó el perfil «%1». %2</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Quitando el token del llavero…</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its token.</source>
        <translation>Se quitaron el perfil «%1» y su token.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleController</name>
    <message>
        <source>Opening the demo workspace</source>
        <translation>Abriendo el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>The demo server did not create a session.</source>
        <translation>El servidor de demostración no creó ninguna sesión.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. Pick one from the list, or add it.</source>
        <translation>No hay ningún perfil guardado llamado «%1». Elija uno de la lista o añádalo.</translation>
    </message>
    <message>
        <source>No profile is saved; use --demo or --profile NAME.</source>
        <translation>No hay ningún perfil guardado; use --demo o --profile NOMBRE.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation>Leyendo el token de API del llavero…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Comprobando la conexión con %1…</translation>
    </message>
    <message>
        <source>weav-console: the screenshots failed: %1</source>
        <translation>weav-console: error en las capturas de pantalla: %1</translation>
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
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>Vi&amp;stas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Open Conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Close or Reopen</source>
        <translation>Cerrar o reabrir</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Prioridad…</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Add Internal Note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Open View Link…</source>
        <translation>Abrir enlace de vista…</translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation>Importar vista…</translation>
    </message>
    <message>
        <source>Refresh View Counts</source>
        <translation>Actualizar recuentos de vistas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Select a conversation first: J and K move through the list.</source>
        <translation>Seleccione primero una conversación: J y K recorren la lista.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleOptions</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;: weav-console takes options and one weav://view link only.</source>
        <translation>Argumento inesperado «%1»: weav-console solo admite opciones y un enlace weav://view.</translation>
    </message>
    <message>
        <source>The view link cannot be opened: %1</source>
        <translation>No se puede abrir el enlace de vista: %1</translation>
    </message>
    <message>
        <source>Desktop console for support teams on the Weav External API v1.</source>
        <translation>Consola de escritorio para equipos de soporte sobre la Weav External API v1.</translation>
    </message>
    <message>
        <source>A weav://view link to open in the inbox once connected.</source>
        <translation>Un enlace weav://view que se abre en la bandeja de entrada tras conectar.</translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Opens the built-in demo workspace instead of a profile.</source>
        <translation>Abre el espacio de trabajo de demostración integrado en lugar de un perfil.</translation>
    </message>
    <message>
        <source>Size of the demo workspace: small (about 2,000 conversations), medium (20,000) or large (200,000). Default: small.</source>
        <translation>Tamaño del espacio de trabajo de demostración: small (unas 2000 conversaciones), medium (20 000) o large (200 000). Predeterminado: small.</translation>
    </message>
    <message>
        <source>Connects with the saved profile &lt;name&gt; instead of the current one.</source>
        <translation>Conecta con el perfil guardado &lt;name&gt; en lugar del actual.</translation>
    </message>
    <message>
        <source>Shows the console in the language &lt;code&gt;, e.g. de, when its catalogue is installed.</source>
        <translation>Muestra la consola en el idioma &lt;code&gt;, p. ej., de, si su catálogo está instalado.</translation>
    </message>
    <message>
        <source>Exits after the screenshots: 0 when all were saved, 1 when a view did not load within 60 s.</source>
        <translation>Sale tras las capturas de pantalla: 0 si se guardaron todas, 1 si una vista no cargó en 60 s.</translation>
    </message>
    <message>
        <source>With --demo: the demo server adds customer messages and conversations, &lt;per-minute&gt; of them a minute (default %1), so that live updates show.</source>
        <translation>Con --demo: el servidor de demostración añade mensajes de clientes y conversaciones, &lt;per-minute&gt; por minuto (predeterminado: %1), para que se vean las actualizaciones en tiempo real.</translation>
    </message>
    <message>
        <source>--demo-size applies only with --demo.</source>
        <translation>--demo-size solo se aplica con --demo.</translation>
    </message>
    <message>
        <source>--demo-size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation>--demo-size «%1» es desconocido: use small, medium o large.</translation>
    </message>
    <message>
        <source>Give either --demo or --profile, not both.</source>
        <translation>Indique --demo o --profile, no ambos.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code; use a code such as de or pt_BR.</source>
        <translation>--lang «%1» no es un código de idioma; use un código como de o pt_BR.</translation>
    </message>
    <message>
        <source>--screenshot-dir needs a folder.</source>
        <translation>--screenshot-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--simulate-traffic applies only with --demo.</source>
        <translation>--simulate-traffic solo se aplica con --demo.</translation>
    </message>
    <message>
        <source>--simulate-traffic &quot;%1&quot; is not a rate: give messages per minute from 1 to %2.</source>
        <translation>--simulate-traffic «%1» no es una tasa: indique mensajes por minuto entre 1 y %2.</translation>
    </message>
    <message>
        <source>--quit-after-screenshots needs --screenshot-dir DIR.</source>
        <translation>--quit-after-screenshots necesita --screenshot-dir DIR.</translation>
    </message>
    <message>
        <source>weav-console: warning: no translation catalogue %1.qm in %2; the console stays in English.
</source>
        <translation>weav-console: aviso: no hay ningún catálogo de traducción %1.qm en %2; la consola se queda en inglés.
</translation>
    </message>
    <message>
        <source>Weav Console</source>
        <translation>Weav Console</translation>
    </message>
    <message>
        <source>Run weav-console --help for the options.</source>
        <translation>Ejecute weav-console --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Shows the console in the theme &lt;theme&gt; (system, light or dark) for this run, without changing the saved setting.</source>
        <translation>Muestra la consola con el tema &lt;theme&gt; (system, light o dark) en esta ejecución, sin cambiar el ajuste guardado.</translation>
    </message>
    <message>
        <source>Saves a 1440x900 PNG of each main view into &lt;dir&gt; once its data is shown, and prints each path. With --lang X (other than en) the files are named NAME-X.png, with --theme dark NAME-dark.png, and with both NAME-X-dark.png.</source>
        <translation>Guarda un PNG de 1440x900 de cada vista principal en &lt;dir&gt; cuando se muestran sus datos, e imprime cada ruta. Con --lang X (distinto de en), los archivos se llaman NAME-X.png; con --theme dark, NAME-dark.png, y con ambos, NAME-X-dark.png.</translation>
    </message>
    <message>
        <source>--theme &quot;%1&quot; is unknown: use system, light or dark.</source>
        <translation>--theme «%1» es desconocido: use system, light o dark.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationPane</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Seleccione una conversación para leerla aquí.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>No se pudo guardar su borrador en este equipo: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source> · Company: %1</source>
        <translation> · Empresa: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcada como spam</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creada %1</translation>
    </message>
    <message>
        <source>First response %1</source>
        <translation>Primera respuesta %1</translation>
    </message>
    <message>
        <source>No first response yet</source>
        <translation>Aún sin primera respuesta</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerrada %1</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (agente de IA)</translation>
    </message>
    <message>
        <source>%1 (teammate)</source>
        <translation>%1 (miembro del equipo)</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>no es spam</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Type to find a teammate or AI agent</source>
        <translation>Escriba para buscar un miembro del equipo o un agente de IA</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen this conversation</source>
        <translation>Reabrir esta conversación</translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation>Cerrar esta conversación</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>esta conversación</translation>
    </message>
    <message>
        <source>Could not unassign “%1”</source>
        <translation>No se pudo quitar la asignación de «%1»</translation>
    </message>
    <message>
        <source>Could not assign “%1” to %2</source>
        <translation>No se pudo asignar «%1» a %2</translation>
    </message>
    <message>
        <source>Could not close “%1”</source>
        <translation>No se pudo cerrar «%1»</translation>
    </message>
    <message>
        <source>Could not reopen “%1”</source>
        <translation>No se pudo reabrir «%1»</translation>
    </message>
    <message>
        <source>Could not change the priority of “%1”</source>
        <translation>No se pudo cambiar la prioridad de «%1»</translation>
    </message>
    <message>
        <source>Could not save the tags of “%1”</source>
        <translation>No se pudieron guardar las etiquetas de «%1»</translation>
    </message>
    <message>
        <source>Could not change “%1”</source>
        <translation>No se pudo cambiar «%1»</translation>
    </message>
    <message>
        <source>Someone else changed this conversation; choose what to do with your change.</source>
        <translation>Otra persona cambió esta conversación; elija qué hacer con su cambio.</translation>
    </message>
    <message>
        <source>Your change was discarded. This is the current version.</source>
        <translation>Se descartó su cambio. Esta es la versión actual.</translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation>No se añadió la nota</translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation>No se envió la respuesta</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Su texto se conserva.</translation>
    </message>
    <message>
        <source>The server refused the token. What you sent waits here and goes out once you sign in again.</source>
        <translation>El servidor rechazó el token. Lo que ha enviado espera aquí y saldrá en cuanto vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationTable</name>
    <message>
        <source>Click to sort by this column on the server; click again to reverse.</source>
        <translation>Haga clic para ordenar por esta columna en el servidor; vuelva a hacer clic para invertir el orden.</translation>
    </message>
    <message>
        <source>This column cannot be sorted: the server sorts only by created, last message and priority.</source>
        <translation>Esta columna no se puede ordenar: el servidor solo ordena por creación, último mensaje y prioridad.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDetail</name>
    <message>
        <source>Conversations: %1 of %2</source>
        <translation>Conversaciones: %1 de %2</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Conversaciones: %1</translation>
    </message>
    <message>
        <source>Conversations: %1 loaded</source>
        <translation>Conversaciones: %1 cargadas</translation>
    </message>
    <message>
        <source>This customer has no conversations.</source>
        <translation>Este cliente no tiene conversaciones.</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s conversations</source>
        <translation>No se pudieron cargar las conversaciones del cliente</translation>
    </message>
    <message>
        <source>Could not load more of the customer&apos;s conversations after row %1</source>
        <translation>No se pudieron cargar más conversaciones del cliente después de la fila %1</translation>
    </message>
    <message>
        <source>Select a customer to see their profile and conversations.</source>
        <translation>Seleccione un cliente para ver su perfil y sus conversaciones.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Double-click a conversation to open it in the inbox.</source>
        <translation>Haga doble clic en una conversación para abrirla en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Loading the company&apos;s name…</source>
        <translation>Cargando el nombre de la empresa…</translation>
    </message>
    <message>
        <source>Open this company in Companies</source>
        <translation>Abrir esta empresa en Empresas</translation>
    </message>
    <message>
        <source>Company %1 (its name could not be loaded)</source>
        <translation>Empresa %1 (no se pudo cargar su nombre)</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Edit Customer “%1”</source>
        <translation>Editar cliente «%1»</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>configuración regional</translation>
    </message>
    <message>
        <source>e.g. en or de-CH</source>
        <translation>p. ej., es o es-MX</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <source>The company the customer belongs to</source>
        <translation>La empresa a la que pertenece el cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>The companies could not be loaded, so only the current company can be chosen: %1</source>
        <translation>No se pudieron cargar las empresas, así que solo se puede elegir la empresa actual: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: write it as name@example.com, without spaces.</source>
        <translation>«%1» no es una dirección de correo electrónico: escríbala como nombre@example.com, sin espacios.</translation>
    </message>
    <message>
        <source>Another customer of this workspace already has the e-mail address “%1”. Use a different address, or search for that customer and edit them instead.</source>
        <translation>Otro cliente de este espacio de trabajo ya tiene la dirección de correo electrónico «%1». Use otra dirección, o busque ese cliente y edítelo.</translation>
    </message>
    <message>
        <source>Could not save the customer “%1”</source>
        <translation>No se pudo guardar el cliente «%1»</translation>
    </message>
    <message>
        <source>Could not create the customer</source>
        <translation>No se pudo crear el cliente</translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomersView</name>
    <message>
        <source>Search customers by name or e-mail</source>
        <translation>Buscar clientes por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Finds customers whose first name, last name, full name or e-mail address contains the text, ignoring case.</source>
        <translation>Busca clientes cuyo nombre, apellidos, nombre completo o dirección de correo electrónico contiene el texto, sin distinguir mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>This workspace has no customers yet.</source>
        <translation>Este espacio de trabajo aún no tiene clientes.</translation>
    </message>
    <message>
        <source>No customer&apos;s name or e-mail address contains “%1”.</source>
        <translation>Ningún cliente contiene «%1» en su nombre o dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Could not load the customers</source>
        <translation>No se pudieron cargar los clientes</translation>
    </message>
    <message>
        <source>Could not load more customers after row %1</source>
        <translation>No se pudieron cargar más clientes después de la fila %1</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Cliente nuevo…</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Could not open customer %1</source>
        <translation>No se pudo abrir el cliente %1</translation>
    </message>
    <message>
        <source>Could not delete the customer “%1”</source>
        <translation>No se pudo eliminar el cliente «%1»</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete the customer %1?</source>
        <translation>¿Eliminar el cliente %1?</translation>
    </message>
    <message>
        <source>Delete the customer %1 &lt;%2&gt;?</source>
        <translation>¿Eliminar el cliente %1 &lt;%2&gt;?</translation>
    </message>
    <message numerus="yes">
        <source>Conversations of this customer: %n. The workspace deletes them too, with every message in them.</source>
        <translation>
            <numerusform>Conversaciones de este cliente: %n. El espacio de trabajo también la elimina, con todos sus mensajes.</numerusform>
            <numerusform>Conversaciones de este cliente: %n. El espacio de trabajo también las elimina, con todos sus mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace also deletes the customer&apos;s conversations, with every message in them.</source>
        <translation>El espacio de trabajo también elimina las conversaciones del cliente, con todos sus mensajes.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customers</source>
        <translation>
            <numerusform>%1 de %Ln cliente</numerusform>
            <numerusform>%1 de %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers loaded</source>
        <translation>
            <numerusform>%Ln cliente cargado</numerusform>
            <numerusform>%Ln clientes cargados</numerusform>
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
        <translation>1–3 días</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 días</translation>
    </message>
    <message>
        <source>≥ 7 days</source>
        <translation>≥ 7 días</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n conversation(s) created. Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1, %2: %n conversación creada. Haga clic para verla en la bandeja de entrada.</numerusform>
            <numerusform>%1, %2: %n conversaciones creadas. Haga clic para verlas en la bandeja de entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Primeras respuestas</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Mediana (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>Percentil 90 (s)</translation>
    </message>
    <message>
        <source>Mean (s)</source>
        <translation>Media (s)</translation>
    </message>
    <message numerus="yes">
        <source>No point on %n day(s) without a first response.</source>
        <translation>
            <numerusform>Sin punto en %n día sin primera respuesta.</numerusform>
            <numerusform>Sin puntos en %n días sin primera respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s). Click to list them.</source>
        <translation>
            <numerusform>%1: %n conversación. Haga clic para verla.</numerusform>
            <numerusform>%1: %n conversaciones. Haga clic para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Age at the period&apos;s end</source>
        <translation>Antigüedad al final del periodo</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the backlog at the end of the period.</source>
        <translation>
            <numerusform>%n conversación pendiente al final del periodo.</numerusform>
            <numerusform>%n conversaciones pendientes al final del periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>Agente de IA</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Assignee type</source>
        <translation>Tipo de asignación</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln assignees with the most open conversations of %1; the CSV export has all of them.</source>
        <translation>
            <numerusform>La persona asignada con más conversaciones abiertas, de %1; la exportación CSV las incluye todas.</numerusform>
            <numerusform>Las %Ln personas asignadas con más conversaciones abiertas, de %1; la exportación CSV las incluye todas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardPeriod</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
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
        <translation>Indique las dos fechas del periodo.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after %1.</source>
        <translation>El periodo termina antes de empezar: elija una fecha «hasta» igual o posterior a %1.</translation>
    </message>
    <message numerus="yes">
        <source>The period is %Ln days long; choose at most %1 days.</source>
        <translation>
            <numerusform>El periodo dura %Ln día; elija como máximo %1 días.</numerusform>
            <numerusform>El periodo dura %Ln días; elija como máximo %1 días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DemoWorkspace</name>
    <message>
        <source>The demo size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation>El tamaño de demostración «%1» es desconocido: use small, medium o large.</translation>
    </message>
    <message>
        <source>Opening the demo workspace…</source>
        <translation>Abriendo el espacio de trabajo de demostración…</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo workspace with %n conversation(s). This happens once.</source>
        <translation>
            <numerusform>Creando el espacio de trabajo de demostración con %n conversación. Esto solo ocurre una vez.</numerusform>
            <numerusform>Creando el espacio de trabajo de demostración con %n conversaciones. Esto solo ocurre una vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The demo workspace could not be created in %1: %2</source>
        <translation>No se pudo crear el espacio de trabajo de demostración en %1: %2</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message numerus="yes">
        <source>The demo workspace did not start within %n second(s).</source>
        <translation>
            <numerusform>El espacio de trabajo de demostración no se inició en %n segundo.</numerusform>
            <numerusform>El espacio de trabajo de demostración no se inició en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
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
        <translation>Sin definir</translation>
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
        <translation>menos de 5 minutos</translation>
    </message>
    <message>
        <source>5 to 15 minutes</source>
        <translation>5 a 15 minutos</translation>
    </message>
    <message>
        <source>15 to 60 minutes</source>
        <translation>15 a 60 minutos</translation>
    </message>
    <message>
        <source>1 to 4 hours</source>
        <translation>1 a 4 horas</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>4 a 24 horas</translation>
    </message>
    <message>
        <source>24 hours or more</source>
        <translation>24 horas o más</translation>
    </message>
    <message>
        <source>under 24 hours old</source>
        <translation>con menos de 24 horas</translation>
    </message>
    <message>
        <source>1 to 3 days old</source>
        <translation>con 1 a 3 días</translation>
    </message>
    <message>
        <source>3 to 7 days old</source>
        <translation>con 3 a 7 días</translation>
    </message>
    <message>
        <source>7 days old or more</source>
        <translation>con 7 días o más</translation>
    </message>
    <message>
        <source>Created, %1</source>
        <translation>Creadas, %1</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Creadas por %1 el %2</translation>
    </message>
    <message>
        <source>Created with an AI agent as assignee, %1</source>
        <translation>Creadas con un agente de IA como persona asignada, %1</translation>
    </message>
    <message>
        <source>Created with a teammate as assignee, %1</source>
        <translation>Creadas con un miembro del equipo como persona asignada, %1</translation>
    </message>
    <message>
        <source>Created and unassigned, %1</source>
        <translation>Creadas y sin asignar, %1</translation>
    </message>
    <message>
        <source>Spam created, %1</source>
        <translation>Spam creado, %1</translation>
    </message>
    <message>
        <source>Closed, %1</source>
        <translation>Cerradas, %1</translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so the inbox cannot list exactly these conversations.</source>
        <translation>La API no tiene filtro para closed_at, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</translation>
    </message>
    <message>
        <source>First responses to conversations created %1</source>
        <translation>Primeras respuestas a conversaciones creadas en %1</translation>
    </message>
    <message>
        <source>First responses in %1 to conversations created %2</source>
        <translation>Primeras respuestas en %1 a conversaciones creadas en %2</translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so the inbox cannot list exactly these conversations.</source>
        <translation>La API no tiene filtro para first_response_at, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</translation>
    </message>
    <message>
        <source>Backlog at the end of %1</source>
        <translation>Pendientes al final de %1</translation>
    </message>
    <message>
        <source>The period ends before the data&apos;s last refresh. Its backlog depends on closed_at, which the API cannot filter, so the inbox cannot list exactly these conversations.</source>
        <translation>El periodo termina antes de la última actualización de los datos. Sus pendientes dependen de closed_at, que la API no puede filtrar, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</translation>
    </message>
    <message>
        <source>Backlog %1 at the end of %2</source>
        <translation>Pendientes %1 al final de %2</translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at and on millisecond bounds of created_at, which the API cannot filter exactly, so the inbox cannot list exactly these conversations.</source>
        <translation>Los tramos de antigüedad dependen de closed_at y de límites de created_at en milisegundos, que la API no puede filtrar con exactitud, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</translation>
    </message>
    <message>
        <source>Open conversations of %1, now</source>
        <translation>Conversaciones abiertas de %1, ahora</translation>
    </message>
    <message>
        <source>Open and unassigned conversations, now</source>
        <translation>Conversaciones abiertas y sin asignar, ahora</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2:00–%3:00</translation>
    </message>
    <message>
        <source>Created %1, %2</source>
        <translation>Creadas: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>This cell spans %n days of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</source>
        <translation>
            <numerusform>Esta celda abarca %n día del periodo, que un filtro de lista no puede expresar, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</numerusform>
            <numerusform>Esta celda abarca %n días del periodo, que un filtro de lista no puede expresar, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>A daylight-saving change makes this hour ambiguous, so the inbox cannot list exactly these conversations.</source>
        <translation>Un cambio de horario de verano hace que esta hora sea ambigua, así que la bandeja de entrada no puede mostrar exactamente estas conversaciones.</translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownDialog</name>
    <message>
        <source>Open in Inbox</source>
        <translation>Abrir en la bandeja de entrada</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>%1 This list comes from the conversations cached for analytics, as of %2.</source>
        <translation>%1 Esta lista procede de las conversaciones en caché para la analítica (datos de %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not export the list to %1: %2. Check that the folder is writable, or choose another file.</source>
        <translation>No se pudo exportar la lista a %1: %2. Compruebe que se puede escribir en la carpeta o elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownModel</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation>%1 (agente de IA)</translation>
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
        <translation>no se pudo conectar con el espacio de trabajo (no hay conexión de red o el servidor no funciona).</translation>
    </message>
    <message>
        <source>the server did not reply in time.</source>
        <translation>el servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>the request was cancelled.</source>
        <translation>se canceló la solicitud.</translation>
    </message>
    <message>
        <source>the server&apos;s reply could not be read: %1</source>
        <translation>no se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>this channel does not allow that assignee.</source>
        <translation>este canal no permite esa asignación.</translation>
    </message>
    <message>
        <source>the chosen assignee does not belong to this workspace.</source>
        <translation>la persona asignada elegida no pertenece a este espacio de trabajo.</translation>
    </message>
    <message>
        <source>the teammate this console sends as does not belong to this workspace.</source>
        <translation>el miembro del equipo en cuyo nombre envía esta consola no pertenece a este espacio de trabajo.</translation>
    </message>
    <message>
        <source>the server refused the token (it is missing, wrong, revoked or expired).</source>
        <translation>el servidor rechazó el token (falta, es incorrecto, se revocó o caducó).</translation>
    </message>
    <message>
        <source>the token lacks the ability this request needs.</source>
        <translation>al token le falta el permiso que necesita esta solicitud.</translation>
    </message>
    <message>
        <source>the workspace forbids this: %1</source>
        <translation>el espacio de trabajo no lo permite: %1</translation>
    </message>
    <message>
        <source>it no longer exists in this workspace.</source>
        <translation>ya no existe en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>the server does not offer %1.</source>
        <translation>el servidor no ofrece %1.</translation>
    </message>
    <message>
        <source>the server rejected some values: %1</source>
        <translation>el servidor rechazó algunos valores: %1</translation>
    </message>
    <message>
        <source>too many requests were sent in a short time.</source>
        <translation>se enviaron demasiadas solicitudes en poco tiempo.</translation>
    </message>
    <message>
        <source>the server failed while handling it: %1</source>
        <translation>el servidor falló al procesarla: %1</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Choose the teammate you reply as in the connection settings.</source>
        <translation>Elija el miembro del equipo con el que responde en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>Check the connection settings.</source>
        <translation>Compruebe los ajustes de conexión.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, report it to the workspace admin</source>
        <translation>Vuelva a intentarlo; si vuelve a ocurrir, comuníqueselo al administrador del espacio de trabajo</translation>
    </message>
    <message>
        <source>Pick a teammate, nobody, or the AI agent the channel allows.</source>
        <translation>Elija un miembro del equipo, a nadie o el agente de IA que permite el canal.</translation>
    </message>
    <message>
        <source>Pick another teammate or AI agent; the list may be out of date.</source>
        <translation>Elija otro miembro del equipo u otro agente de IA; puede que la lista no esté actualizada.</translation>
    </message>
    <message>
        <source>Choose another teammate to reply as in the connection settings.</source>
        <translation>Elija otro miembro del equipo con el que responder en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>Sign in again with a valid token.</source>
        <translation>Vuelva a iniciar sesión con un token válido.</translation>
    </message>
    <message>
        <source>Ask a workspace admin for a token with the external-api:write ability.</source>
        <translation>Pida a un administrador del espacio de trabajo un token con el permiso external-api:write.</translation>
    </message>
    <message>
        <source>Change it in the Weav dashboard, or ask a workspace admin.</source>
        <translation>Cámbielo en el panel de Weav o pídaselo a un administrador del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Reload the list to see what the workspace contains now.</source>
        <translation>Recargue la lista para ver lo que contiene ahora el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Ask the workspace admin whether this server offers it.</source>
        <translation>Pregunte al administrador del espacio de trabajo si este servidor lo ofrece.</translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation>Corrija los valores y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, report it to the workspace admin</source>
        <translation>Vuelva a intentarlo en un momento; si sigue fallando, comuníqueselo al administrador del espacio de trabajo</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (ID de solicitud %2)</translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat. Pick one of those.</source>
        <translation>Una conversación de chat se puede asignar a un miembro del equipo, a nadie o al agente de IA que inició el chat. Elija una de esas opciones.</translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat (%1). Pick one of those.</source>
        <translation>Una conversación de chat se puede asignar a un miembro del equipo, a nadie o al agente de IA que inició el chat (%1). Elija una de esas opciones.</translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent. Pick one of those.</source>
        <translation>Una conversación por correo electrónico se puede asignar a un miembro del equipo, a nadie o al agente de correo activo del espacio de trabajo. Elija una de esas opciones.</translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent (%1). Pick one of those.</source>
        <translation>Una conversación por correo electrónico se puede asignar a un miembro del equipo, a nadie o al agente de correo activo del espacio de trabajo (%1). Elija una de esas opciones.</translation>
    </message>
    <message>
        <source>This conversation&apos;s channel does not allow that assignee. Pick a teammate or nobody.</source>
        <translation>El canal de esta conversación no permite esa asignación. Elija un miembro del equipo o a nadie.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ExportDialog</name>
    <message>
        <source>Export %1 to CSV</source>
        <translation>Exportar %1 a CSV</translation>
    </message>
    <message>
        <source>Add a byte-order mark for Excel</source>
        <translation>Añadir una marca de orden de bytes (BOM) para Excel</translation>
    </message>
    <message>
        <source>Excel needs it to read accents and other non-ASCII letters in a CSV file.</source>
        <translation>Excel la necesita para leer acentos y otras letras no ASCII en un archivo CSV.</translation>
    </message>
    <message>
        <source>Only the loaded rows (%L1)</source>
        <translation>Solo las filas cargadas (%L1)</translation>
    </message>
    <message>
        <source>All rows of this view</source>
        <translation>Todas las filas de esta vista</translation>
    </message>
    <message>
        <source>All rows of this view (%L1)</source>
        <translation>Todas las filas de esta vista (%L1)</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>File to write, e.g. %1</source>
        <translation>Archivo que se escribirá, p. ej., %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enter the file to write, or choose one with Browse….</source>
        <translation>Indique el archivo que se escribirá o elija uno con Examinar….</translation>
    </message>
    <message>
        <source>%1 is a folder: enter a file name.</source>
        <translation>%1 es una carpeta: escriba un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder.</source>
        <translation>La carpeta %1 no existe: elija otra carpeta.</translation>
    </message>
    <message>
        <source>Loading rows: %v of %m</source>
        <translation>Cargando filas: %v de %m</translation>
    </message>
    <message>
        <source>Nothing was exported, because loading the rows failed: %1</source>
        <translation>No se exportó nada porque falló la carga de las filas: %1</translation>
    </message>
    <message>
        <source>you cancelled it. Export the loaded rows, or try again.</source>
        <translation>la canceló usted. Exporte las filas cargadas o vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The export failed: %1. Choose another file or folder, and export again.</source>
        <translation>Error en la exportación: %1. Elija otro archivo u otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Add files with the button or drag them here. Each file is checked before anything is sent.</source>
        <translation>Añada archivos con el botón o arrástrelos aquí. Cada archivo se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Archivos no añadidos</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>No añadidos:</translation>
    </message>
    <message>
        <source>Add Training Files</source>
        <translation>Añadir archivos de entrenamiento</translation>
    </message>
    <message>
        <source>%1: it is in the list already.</source>
        <translation>%1: ya está en la lista.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file added yet.</source>
        <translation>Aún no se ha añadido ningún archivo.</translation>
    </message>
    <message>
        <source>Files: %1, %2 in all.</source>
        <translation>Archivos: %1; %2 en total.</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Archivos que se subirán</translation>
    </message>
    <message>
        <source>Files not used</source>
        <translation>Archivos no usados</translation>
    </message>
</context>
<context>
    <name>weav::ui::FilterBar</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Search subjects…</source>
        <translation>Buscar en asuntos…</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Buscar en asuntos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Creadas hasta</translation>
    </message>
    <message>
        <source>Conversations created on or after this local date.</source>
        <translation>Conversaciones creadas en esta fecha local o después.</translation>
    </message>
    <message>
        <source>Conversations created on or before this local date.</source>
        <translation>Conversaciones creadas en esta fecha local o antes.</translation>
    </message>
    <message>
        <source>Remove the created date range.</source>
        <translation>Quitar el intervalo de fechas de creación.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the conditions that have no control here.</source>
        <translation>Quitar las condiciones que no tienen control aquí.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every conversation.</source>
        <translation>Mostrar todas las conversaciones.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Urgent or high</source>
        <translation>Urgente o alta</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Cualquier asignación</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any teammate</source>
        <translation>Cualquier miembro del equipo</translation>
    </message>
    <message>
        <source>Any AI agent</source>
        <translation>Cualquier agente de IA</translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation>IA · %1</translation>
    </message>
    <message>
        <source>The end date is before the start date: pick %1 or later.</source>
        <translation>La fecha final es anterior a la inicial: elija %1 o una posterior.</translation>
    </message>
    <message>
        <source>updated since %1</source>
        <translation>actualizadas desde %1</translation>
    </message>
    <message>
        <source>one customer</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>spam only</source>
        <translation>solo spam</translation>
    </message>
    <message>
        <source>no spam</source>
        <translation>sin spam</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Además: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::HeatmapWidget</name>
    <message>
        <source>Busiest hours</source>
        <translation>Horas de más actividad</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n conversation(s) created</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n conversación creada</numerusform>
            <numerusform>%1, %2:00–%3:00: %n conversaciones creadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Haga clic para verlas.</translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxLiveUpdates</name>
    <message>
        <source>The list was last read from the workspace at %1 (local time).</source>
        <translation>La lista se leyó del espacio de trabajo por última vez a las %1 (hora local).</translation>
    </message>
    <message>
        <source>The list has not been read from the workspace yet.</source>
        <translation>La lista aún no se ha leído del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxView</name>
    <message>
        <source>The token was rejected: enter a new token when asked, and the list loads again.</source>
        <translation>Se rechazó el token: introduzca un token nuevo cuando se le pida y la lista se volverá a cargar.</translation>
    </message>
    <message>
        <source>The token may not read conversations: ask a workspace admin for a token with the read ability.</source>
        <translation>El token no puede leer conversaciones: pida a un administrador del espacio de trabajo un token con permiso de lectura.</translation>
    </message>
    <message>
        <source>Check that the server is reachable, then press Retry.</source>
        <translation>Compruebe que se puede acceder al servidor y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The reply could not be read: press Retry, and report the request id if it fails again.</source>
        <translation>No se pudo leer la respuesta: pulse Reintentar y, si vuelve a fallar, comunique el ID de solicitud.</translation>
    </message>
    <message>
        <source>The server rejected a filter: change the filters.</source>
        <translation>El servidor rechazó un filtro: cambie los filtros.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment, then press Retry.</source>
        <translation>Demasiadas solicitudes: espere un momento y pulse Reintentar.</translation>
    </message>
    <message>
        <source>Press Retry, or try again later.</source>
        <translation>Pulse Reintentar o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation>Pulse Reintentar.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>The conversation list is not available. %1 Ask the workspace admin which API this server offers.</source>
        <translation>La lista de conversaciones no está disponible. %1 Pregunte al administrador del espacio de trabajo qué API ofrece este servidor.</translation>
    </message>
    <message>
        <source>Loading the conversations failed.</source>
        <translation>Error al cargar las conversaciones.</translation>
    </message>
    <message>
        <source>Loading more conversations after row %1 failed.</source>
        <translation>Error al cargar más conversaciones después de la fila %1.</translation>
    </message>
    <message>
        <source>No conversations match these filters.
Change or clear the filters to see more.</source>
        <translation>Ninguna conversación coincide con estos filtros.
Cambie o borre los filtros para ver más.</translation>
    </message>
    <message>
        <source>This workspace has no conversations yet.</source>
        <translation>Este espacio de trabajo aún no tiene conversaciones.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Write the visible columns of this view to a CSV file</source>
        <translation>Escribir las columnas visibles de esta vista en un archivo CSV</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>It may have been deleted: check the id, or reload the list.</source>
        <translation>Puede que se haya eliminado: compruebe el id o recargue la lista.</translation>
    </message>
    <message>
        <source>Opening conversation %1 failed. %2 %3</source>
        <translation>Error al abrir la conversación %1. %2 %3</translation>
    </message>
    <message>
        <source>Opening conversation %1 failed: the reply has no conversation id (request id %2). Press Retry.</source>
        <translation>Error al abrir la conversación %1: la respuesta no incluye id de conversación (ID de solicitud %2). Pulse Reintentar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversations</source>
        <translation>
            <numerusform>%1 de %Ln conversación</numerusform>
            <numerusform>%1 de %Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations loaded</source>
        <translation>
            <numerusform>%Ln conversación cargada</numerusform>
            <numerusform>%Ln conversaciones cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Periodo anterior: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Previous period: —</source>
        <translation>Periodo anterior: —</translation>
    </message>
    <message>
        <source>an improvement</source>
        <translation>una mejora</translation>
    </message>
    <message>
        <source>a worsening</source>
        <translation>un empeoramiento</translation>
    </message>
    <message>
        <source>Up %1 on the previous period</source>
        <translation>Sube %1 respecto al periodo anterior</translation>
    </message>
    <message>
        <source>Down %1 on the previous period</source>
        <translation>Baja %1 respecto al periodo anterior</translation>
    </message>
    <message>
        <source>%1, an improvement</source>
        <translation>%1, una mejora</translation>
    </message>
    <message>
        <source>%1, a worsening</source>
        <translation>%1, un empeoramiento</translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdateSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Apply the interval and the receiver now</source>
        <translation>Aplicar ahora el intervalo y el receptor</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>Intervalo de sondeo en segundos</translation>
    </message>
    <message>
        <source>Ask for changes every</source>
        <translation>Consultar cambios cada</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receive webhook deliveries on this computer</source>
        <translation>Recibir entregas de webhook en este equipo</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1</source>
        <translation>Puerto en 127.0.0.1</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>The demo workspace delivers webhooks to this console with a secret kept in memory, so nothing here needs setting.</source>
        <translation>El espacio de trabajo de demostración entrega los webhooks a esta consola con un secreto guardado en memoria, así que aquí no hay nada que configurar.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>A secret is stored; type a new one to replace it</source>
        <translation>Hay un secreto guardado; escriba uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>The secret the webhook sender signs deliveries with</source>
        <translation>El secreto con el que el emisor del webhook firma las entregas</translation>
    </message>
    <message>
        <source>Enter the webhook secret: deliveries are accepted only when signed with it.</source>
        <translation>Introduzca el secreto del webhook: solo se aceptan las entregas firmadas con él.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Guardando el secreto en el llavero…</translation>
    </message>
    <message>
        <source>The secret was not stored. %1</source>
        <translation>No se guardó el secreto. %1</translation>
    </message>
    <message>
        <source>Saved. The inbox uses the new settings now.</source>
        <translation>Guardado. La bandeja de entrada ya usa la nueva configuración.</translation>
    </message>
    <message>
        <source>From 5 s to 10 min. The inbox asks only while its window is shown, and four times less often while the webhook receiver listens.</source>
        <translation>De 5 s a 10 min. La bandeja de entrada solo consulta mientras su ventana está visible, y cuatro veces menos a menudo mientras el receptor de webhooks escucha.</translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdates</name>
    <message>
        <source>Webhooks off</source>
        <translation>Webhooks desactivados</translation>
    </message>
    <message>
        <source>Webhook deliveries are received at %1</source>
        <translation>Las entregas de webhook se reciben en %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::LoadingIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>weav::ui::MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <source>%1 — Weav Console</source>
        <translation>%1 — Weav Console</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>Aún no disponible en esta versión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to Workspace…</source>
        <translation>&amp;Conectar con espacio de trabajo…</translation>
    </message>
    <message>
        <source>Switch to another profile, add one, or open the demo workspace</source>
        <translation>Cambiar a otro perfil, añadir uno o abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>Mostrar &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Weav Console</source>
        <translation>&amp;Acerca de Weav Console</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>el perfil «%1»</translation>
    </message>
    <message>
        <source>About Weav Console</source>
        <translation>Acerca de Weav Console</translation>
    </message>
    <message>
        <source>Weav Console %1</source>
        <translation>Weav Console %1</translation>
    </message>
    <message>
        <source>A desktop console for support teams on the Weav External API v1.

Connected to %1 at %2.
Qt %3.</source>
        <translation>Una consola de escritorio para equipos de soporte sobre la Weav External API v1.

Conexión: %1 en %2.
Qt %3.</translation>
    </message>
    <message>
        <source>The new token is in use; waiting changes are being sent again.</source>
        <translation>El nuevo token está en uso; se están volviendo a enviar los cambios en espera.</translation>
    </message>
    <message>
        <source>The new token of &quot;%1&quot; is stored in the keychain.</source>
        <translation>El nuevo token de «%1» está guardado en el llavero.</translation>
    </message>
    <message>
        <source>The new token works for this session, but it was not stored, so the next start asks for it again. %1</source>
        <translation>El nuevo token funciona en esta sesión, pero no se guardó, así que se volverá a pedir en el próximo inicio. %1</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token no guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled: the workspace refused the token.</source>
        <translation>
            <numerusform>Se canceló %n cambio en espera: el espacio de trabajo rechazó el token.</numerusform>
            <numerusform>Se cancelaron %n cambios en espera: el espacio de trabajo rechazó el token.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Profiles, the teammate you reply as, live updates, theme, language and proxy</source>
        <translation>Perfiles, el miembro del equipo con el que responde, actualizaciones en tiempo real, tema, idioma y proxy</translation>
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
        <translation>sin valor anterior con el que comparar</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= sin cambios</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pp</translation>
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
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Primera respuesta, mediana</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Primera respuesta, percentil 90</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Resolución, mediana</translation>
    </message>
    <message>
        <source>Backlog at end</source>
        <translation>Pendientes al final</translation>
    </message>
    <message>
        <source>AI share</source>
        <translation>Proporción de IA</translation>
    </message>
    <message>
        <source>Spam share</source>
        <translation>Proporción de spam</translation>
    </message>
    <message>
        <source>Created per day by channel</source>
        <translation>Creadas por día y canal</translation>
    </message>
    <message>
        <source>First response per day</source>
        <translation>Primera respuesta por día</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>Tiempos de primera respuesta</translation>
    </message>
    <message>
        <source>Backlog age at end</source>
        <translation>Antigüedad de pendientes al final</translation>
    </message>
    <message>
        <source>Created by assignee type</source>
        <translation>Creadas por tipo de asignación</translation>
    </message>
    <message>
        <source>Workload per assignee, now</source>
        <translation>Carga de trabajo por persona asignada, ahora</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Horas de más actividad</translation>
    </message>
    <message>
        <source>First response time is first_response_at − created_at, over conversations created in the period that have a first response. Conversations without one are left out, not counted as zero.</source>
        <translation>El tiempo de primera respuesta es first_response_at − created_at, sobre las conversaciones creadas en el periodo que tienen primera respuesta. Las que no la tienen se excluyen, no se cuentan como cero.</translation>
    </message>
    <message>
        <source>Resolution time is closed_at − created_at, over conversations closed in the period.</source>
        <translation>El tiempo de resolución es closed_at − created_at, sobre las conversaciones cerradas en el periodo.</translation>
    </message>
    <message>
        <source>The median of an even count is the mean of the two middle values.</source>
        <translation>La mediana de una cantidad par de valores es la media de los dos valores centrales.</translation>
    </message>
    <message>
        <source>The 90th percentile is the nearest rank: the ⌈0.9·n⌉-th smallest value.</source>
        <translation>El percentil 90 se calcula por rango más cercano: el ⌈0.9·n⌉-ésimo valor más pequeño.</translation>
    </message>
    <message>
        <source>Backlog at end: conversations created before the period&apos;s end that have no closed_at, or a closed_at at or after the end.</source>
        <translation>Pendientes al final: conversaciones creadas antes del final del periodo que no tienen closed_at o cuyo closed_at es igual o posterior al final.</translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period. Also per channel and per local day.</source>
        <translation>Conversaciones cuyo created_at está en el periodo. También por canal y por día local.</translation>
    </message>
    <message>
        <source>Conversations whose closed_at is in the period.</source>
        <translation>Conversaciones cuyo closed_at está en el periodo.</translation>
    </message>
    <message>
        <source>Of the conversations created in the period, the share whose assignee is an AI agent (assignee_type agent).</source>
        <translation>De las conversaciones creadas en el periodo, la proporción cuya persona asignada es un agente de IA (assignee_type agent).</translation>
    </message>
    <message>
        <source>Of all conversations created in the period, spam included, the share marked spam.</source>
        <translation>De todas las conversaciones creadas en el periodo, spam incluido, la proporción marcada como spam.</translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period, per local day, stacked by channel.</source>
        <translation>Conversaciones cuyo created_at está en el periodo, por día local, apiladas por canal.</translation>
    </message>
    <message>
        <source>Per local day of created_at: the median and the 90th percentile. </source>
        <translation>Por día local de created_at: la mediana y el percentil 90. </translation>
    </message>
    <message>
        <source>Buckets: under 5 minutes, 5 up to 15 minutes, 15 up to 60 minutes, 1 up to 4 hours, 4 up to 24 hours, and 24 hours or more.</source>
        <translation>Tramos: menos de 5 minutos, de 5 a menos de 15 minutos, de 15 a menos de 60 minutos, de 1 a menos de 4 horas, de 4 a menos de 24 horas, y 24 horas o más.</translation>
    </message>
    <message>
        <source>By age at the period&apos;s end (end − created_at): under 24 h, 24 h up to 3 days, 3 days up to 7 days, 7 days or more.</source>
        <translation>Por antigüedad al final del periodo (final − created_at): menos de 24 h, de 24 h a menos de 3 días, de 3 días a menos de 7 días, 7 días o más.</translation>
    </message>
    <message>
        <source>The conversations created in the period, by their assignee now: an AI agent, a teammate, or unassigned.</source>
        <translation>Las conversaciones creadas en el periodo, según su asignación actual: un agente de IA, un miembro del equipo o sin asignar.</translation>
    </message>
    <message>
        <source>Open conversations per assignee (teammate or AI agent) now, whatever the period. Unassigned ones are counted apart.</source>
        <translation>Conversaciones abiertas por persona asignada (miembro del equipo o agente de IA) ahora, sea cual sea el periodo. Las no asignadas se cuentan aparte.</translation>
    </message>
    <message>
        <source>Conversations created in the period, by local weekday and hour.</source>
        <translation>Conversaciones creadas en el periodo, por día de la semana y hora locales.</translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation>La API no tiene filtro para first_response_at, así que al hacer clic estas conversaciones se muestran desde la caché de analítica en lugar de la bandeja de entrada.</translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation>La API no tiene filtro para closed_at, así que al hacer clic estas conversaciones se muestran desde la caché de analítica en lugar de la bandeja de entrada.</translation>
    </message>
    <message>
        <source>A click opens these conversations in the inbox.</source>
        <translation>Al hacer clic, estas conversaciones se abren en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at, which the API cannot filter, so a click on a bar lists its conversations from the analytics cache.</source>
        <translation>Los tramos de antigüedad dependen de closed_at, que la API no puede filtrar, así que al hacer clic en una barra sus conversaciones se muestran desde la caché de analítica.</translation>
    </message>
    <message>
        <source>When the period ends after the data&apos;s last refresh, a click opens the open conversations created before its end in the inbox. For an earlier end the backlog depends on closed_at, which the API cannot filter, so a click lists it from the analytics cache.</source>
        <translation>Si el periodo termina después de la última actualización de los datos, al hacer clic se abren en la bandeja de entrada las conversaciones abiertas creadas antes de su final. Si termina antes, los pendientes dependen de closed_at, que la API no puede filtrar, así que al hacer clic se muestran desde la caché de analítica.</translation>
    </message>
    <message>
        <source>A click opens the conversations created in the period with an AI agent as assignee in the inbox.</source>
        <translation>Al hacer clic, se abren en la bandeja de entrada las conversaciones creadas en el periodo con un agente de IA como persona asignada.</translation>
    </message>
    <message>
        <source>A click opens the spam created in the period in the inbox.</source>
        <translation>Al hacer clic, se abre en la bandeja de entrada el spam creado en el periodo.</translation>
    </message>
    <message>
        <source>A click on a bar opens that day&apos;s conversations of that channel in the inbox.</source>
        <translation>Al hacer clic en una barra, se abren en la bandeja de entrada las conversaciones de ese día y ese canal.</translation>
    </message>
    <message>
        <source>The points are not clickable: the API has no filter for first_response_at.</source>
        <translation>No se puede hacer clic en los puntos: la API no tiene filtro para first_response_at.</translation>
    </message>
    <message>
        <source>A click on a slice opens its conversations in the inbox.</source>
        <translation>Al hacer clic en un sector, sus conversaciones se abren en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>A click on a bar opens that assignee&apos;s open conversations in the inbox.</source>
        <translation>Al hacer clic en una barra, se abren en la bandeja de entrada las conversaciones abiertas de esa persona asignada.</translation>
    </message>
    <message>
        <source>In a period of up to 7 days a cell is one hour of one day, and a click opens its conversations in the inbox. In a longer period a cell spans several days, which one list filter cannot express, so a click lists its conversations from the analytics cache.</source>
        <translation>En un periodo de hasta 7 días, cada celda es una hora de un día y, al hacer clic, sus conversaciones se abren en la bandeja de entrada. En un periodo más largo, una celda abarca varios días, algo que un filtro de lista no puede expresar, así que al hacer clic sus conversaciones se muestran desde la caché de analítica.</translation>
    </message>
    <message>
        <source>Spam conversations count only in the spam share. The period is whole local days in the chosen time zone; the previous period has the same number of days and ends the day before.</source>
        <translation>Las conversaciones de spam solo cuentan en la proporción de spam. El periodo son días locales completos en la zona horaria elegida; el periodo anterior tiene el mismo número de días y termina el día antes.</translation>
    </message>
    <message>
        <source>Definition of %1</source>
        <translation>Definición de %1</translation>
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
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>The proxy applies to new connections at once; connections that are open keep theirs. Connections to this computer (the demo workspace) never use a proxy.</source>
        <translation>El proxy se aplica de inmediato a las conexiones nuevas; las conexiones abiertas conservan el suyo. Las conexiones a este equipo (el espacio de trabajo de demostración) nunca usan proxy.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
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
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Only when the proxy asks for one</source>
        <translation>Solo si el proxy lo pide</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>A password is stored; type a new one to replace it</source>
        <translation>Hay una contraseña guardada; escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>Stored in the keychain, not in the settings</source>
        <translation>Se guarda en el llavero, no en la configuración</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Guardando la contraseña en el llavero…</translation>
    </message>
    <message>
        <source>The proxy password was not stored, so the proxy was not changed. %1</source>
        <translation>No se guardó la contraseña del proxy, así que no se cambió el proxy. %1</translation>
    </message>
    <message>
        <source>New connections use the system&apos;s proxy settings.</source>
        <translation>Las conexiones nuevas usan la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>New connections use no proxy.</source>
        <translation>Las conexiones nuevas no usan proxy.</translation>
    </message>
    <message>
        <source>New connections go through %1:%2.</source>
        <translation>Las conexiones nuevas pasan por %1:%2.</translation>
    </message>
</context>
<context>
    <name>weav::ui::NoticeLine</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>weav::ui::OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>The workspace cannot be reached. Changes you make are kept; the console retries by itself.</source>
        <translation>No se puede acceder al espacio de trabajo. Los cambios que haga se conservan; la consola reintenta por sí sola.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Still unreachable (%1). Check the network or the server; the console keeps trying.</source>
        <translation>Todavía no se puede acceder (%1). Compruebe la red o el servidor; la consola sigue intentándolo.</translation>
    </message>
</context>
<context>
    <name>weav::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation>Esta área aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>It will hold: %1</source>
        <translation>Contendrá: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::PriorityDelegate</name>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ProfilesPage</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept because its token could not be removed. %2</source>
        <translation>Se conservó el perfil «%1» porque no se pudo quitar su token. %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ya existe un perfil llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>The profile was not renamed because its token could not be read. %1</source>
        <translation>No se cambió el nombre del perfil porque no se pudo leer su token. %1</translation>
    </message>
    <message>
        <source>The profile was not renamed because the token could not be stored. %1</source>
        <translation>No se cambió el nombre del perfil porque no se pudo guardar el token. %1</translation>
    </message>
    <message>
        <source>The saved connections to Weav workspaces. Their tokens are kept in the keychain. The current profile is the one Weav Console opens at start.</source>
        <translation>Las conexiones guardadas a espacios de trabajo de Weav. Sus tokens se guardan en el llavero. El perfil actual es el que abre Weav Console al iniciarse.</translation>
    </message>
    <message>
        <source>&amp;Saved profiles</source>
        <translation>Perfiles &amp;guardados</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Open the connect dialog to switch workspace, add a profile or change a token</source>
        <translation>Abrir el diálogo de conexión para cambiar de espacio de trabajo, añadir un perfil o cambiar un token</translation>
    </message>
    <message>
        <source>Open at S&amp;tart</source>
        <translation>Abrir al &amp;iniciar</translation>
    </message>
    <message>
        <source>Make the selected profile the one Weav Console opens at start</source>
        <translation>Hacer que Weav Console abra el perfil seleccionado al iniciarse</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>opens at start</source>
        <translation>se abre al iniciar</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <translation>No hay ningún perfil guardado. Use Conectar… para añadir uno.</translation>
    </message>
    <message>
        <source>This window is connected with this profile. Connect to another workspace first.</source>
        <translation>Esta ventana está conectada con este perfil. Conecte primero con otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its token moves with it</source>
        <translation>Dar otro nombre al perfil seleccionado; su token se traslada con él</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token from the keychain</source>
        <translation>Quitar el perfil seleccionado y su token del llavero</translation>
    </message>
    <message>
        <source>Weav Console opens &quot;%1&quot; at the next start.</source>
        <translation>Weav Console abrirá «%1» en el próximo inicio.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>Moving the token in the keychain…</source>
        <translation>Trasladando el token en el llavero…</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Se cambió el nombre de «%1» a «%2».</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>¿Quitar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Its token is removed from the keychain as well. The workspace itself and the token&apos;s validity on the server do not change.</source>
        <translation>Su token también se quita del llavero. El espacio de trabajo y la validez del token en el servidor no cambian.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Quitando el token del llavero…</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its token.</source>
        <translation>Se quitaron el perfil «%1» y su token.</translation>
    </message>
</context>
<context>
    <name>weav::ui::QaPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation>Pares de Q&amp;A</translation>
    </message>
    <message>
        <source>Type questions and answers, or import a CSV file with a question and an answer per row.</source>
        <translation>Escriba preguntas y respuestas, o importe un archivo CSV con una pregunta y una respuesta por fila.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation>&amp;Añadir par</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Import Q&amp;A Pairs</source>
        <translation>Importar pares de Q&amp;A</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), not imported: %4</source>
        <translation>%1, fila %2 (línea %3), no importada: %4</translation>
    </message>
    <message>
        <source>Pair %1: %2</source>
        <translation>Par %1: %2</translation>
    </message>
    <message>
        <source>Pairs ready to upload: %1</source>
        <translation>Pares listos para subir: %1</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordFormDialog</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Enter the %1: it is required.</source>
        <translation>Indique el campo «%1»: es obligatorio.</translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation>%1: el servidor rechazó los campos marcados abajo. Corríjalos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordListPanel</name>
    <message>
        <source>%1: the reply contains no id (request id %2).</source>
        <translation>%1: la respuesta no incluye ningún id (ID de solicitud %2).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>This list is not available on this server. %1</source>
        <translation>Esta lista no está disponible en este servidor. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>weav::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dentro de %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>dentro de %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::RepliesPage</name>
    <message>
        <source>Replies and internal notes from this console are sent in the name of one teammate. Customers see that teammate&apos;s name on replies.</source>
        <translation>Las respuestas y notas internas de esta consola se envían en nombre de un miembro del equipo. Los clientes ven el nombre de ese miembro del equipo en las respuestas.</translation>
    </message>
    <message>
        <source>Reply as teammate</source>
        <translation>Responder como miembro del equipo</translation>
    </message>
    <message>
        <source>Loading the teammates…</source>
        <translation>Cargando los miembros del equipo…</translation>
    </message>
    <message>
        <source>Load &amp;Again</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>Reply &amp;as</source>
        <translation>&amp;Responder como</translation>
    </message>
    <message>
        <source>Not set (nothing can be sent)</source>
        <translation>Sin definir (no se puede enviar nada)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Unknown teammate %1</source>
        <translation>Miembro del equipo desconocido (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n teammate(s) in this workspace.</source>
        <translation>
            <numerusform>%n miembro del equipo en este espacio de trabajo.</numerusform>
            <numerusform>%n miembros del equipo en este espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the teammates</source>
        <translation>No se pudieron cargar los miembros del equipo</translation>
    </message>
    <message>
        <source>Replies are sent as %1 until the console closes.</source>
        <translation>Las respuestas se envían como %1 hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is no longer saved, so the choice lasts until the console closes.</source>
        <translation>El perfil «%1» ya no está guardado, así que la elección dura hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>No teammate is set: the composer cannot send.</source>
        <translation>No hay ningún miembro del equipo definido: el editor no puede enviar.</translation>
    </message>
    <message>
        <source>Replies are sent as %1.</source>
        <translation>Las respuestas se envían como %1.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ResultPage</name>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What became of each item. The items on the server are in the training list.</source>
        <translation>Qué ocurrió con cada elemento. Los elementos que están en el servidor aparecen en la lista de entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <source>%n not uploaded, with the reason beside each.</source>
        <translation>
            <numerusform>%n no subido, con el motivo al lado.</numerusform>
            <numerusform>%n no subidos, con el motivo al lado de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent, because the upload was stopped.</source>
        <translation>
            <numerusform>%n no enviado porque se detuvo la subida.</numerusform>
            <numerusform>%n no enviados porque se detuvo la subida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a reply: the training list, loaded again when you close this window, shows whether they arrived.</source>
        <translation>
            <numerusform>%n sin respuesta: la lista de entrenamiento, que se vuelve a cargar al cerrar esta ventana, muestra si llegó.</numerusform>
            <numerusform>%n sin respuesta: la lista de entrenamiento, que se vuelve a cargar al cerrar esta ventana, muestra si llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed by the server; Retry Failed processes them again.</source>
        <translation>
            <numerusform>%n no se pudo procesar en el servidor; Reintentar fallidos lo vuelve a procesar.</numerusform>
            <numerusform>%n no se pudieron procesar en el servidor; Reintentar fallidos los vuelve a procesar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Web pages still processing: %1. They are followed until the server is done with them.</source>
        <translation>Páginas web aún en proceso: %1. Se siguen hasta que el servidor termine con ellas.</translation>
    </message>
    <message>
        <source>Outcome per item</source>
        <translation>Resultado por elemento</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln items reached the server.</source>
        <translation>
            <numerusform>Llegaron al servidor %1 de %Ln elemento.</numerusform>
            <numerusform>Llegaron al servidor %1 de %Ln elementos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Upload sends the items to the workspace. Items sent cannot be taken back from here, but you can delete them from the training list.</source>
        <translation>Subir envía los elementos al espacio de trabajo. Los elementos enviados no se pueden retirar desde aquí, pero puede eliminarlos desde la lista de entrenamiento.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Items to upload</source>
        <translation>Elementos que se subirán</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <source>Total size: decided by the server, which fetches the pages</source>
        <translation>Tamaño total: lo determina el servidor, que descarga las páginas</translation>
    </message>
    <message>
        <source>Total size: %1</source>
        <translation>Tamaño total: %1</translation>
    </message>
    <message>
        <source>Total size: %1 (%2 bytes)</source>
        <translation>Tamaño total: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Agents: none; the items are added without agents</source>
        <translation>Agentes: ninguno; los elementos se añaden sin agentes</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agentes: %1</translation>
    </message>
</context>
<context>
    <name>weav::ui::ScreenshotRunner</name>
    <message>
        <source>the inbox has no conversation to open</source>
        <translation>la bandeja de entrada no tiene ninguna conversación que abrir</translation>
    </message>
    <message>
        <source>the list has no record to select</source>
        <translation>la lista no tiene ningún registro que seleccionar</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>la bandeja de entrada</translation>
    </message>
    <message>
        <source>the conversation view</source>
        <translation>la vista de conversación</translation>
    </message>
    <message>
        <source>the customers</source>
        <translation>los clientes</translation>
    </message>
    <message>
        <source>the companies</source>
        <translation>las empresas</translation>
    </message>
    <message>
        <source>the result of a bulk action</source>
        <translation>el resultado de una acción masiva</translation>
    </message>
    <message>
        <source>the agents</source>
        <translation>los agentes</translation>
    </message>
    <message>
        <source>the agent form</source>
        <translation>el formulario de agente</translation>
    </message>
    <message>
        <source>the training data</source>
        <translation>los datos de entrenamiento</translation>
    </message>
    <message>
        <source>the upload wizard</source>
        <translation>el asistente de subida</translation>
    </message>
    <message>
        <source>the upload wizard&apos;s result</source>
        <translation>el resultado del asistente de subida</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <source>the analytics dashboard</source>
        <translation>el panel de analítica</translation>
    </message>
    <message>
        <source>the command palette</source>
        <translation>la paleta de comandos</translation>
    </message>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation>Se agotó el tiempo de espera (%2 s) al cargar %1.</translation>
    </message>
    <message>
        <source>Could not create the screenshot folder %1.</source>
        <translation>No se pudo crear la carpeta de capturas de pantalla %1.</translation>
    </message>
    <message>
        <source>Could not capture %1: %2.</source>
        <translation>No se pudo capturar %1: %2.</translation>
    </message>
    <message>
        <source>The main window was closed before the screenshots were taken.</source>
        <translation>La ventana principal se cerró antes de tomar las capturas de pantalla.</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1. Check that the folder is writable.</source>
        <translation>No se pudo escribir la captura de pantalla %1. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>the settings dialog</source>
        <translation>el diálogo de configuración</translation>
    </message>
</context>
<context>
    <name>weav::ui::SessionStatusBar</name>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Sincronizado hace %1 min</translation>
    </message>
    <message>
        <source>Synced 59 min ago</source>
        <translation>Sincronizado hace 59 min</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The demo workspace, served inside this console at %1</source>
        <translation>El espacio de trabajo de demostración, servido dentro de esta consola en %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; at %2</source>
        <translation>Perfil «%1» en %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The workspace answers requests.</source>
        <translation>El espacio de trabajo responde a las solicitudes.</translation>
    </message>
    <message>
        <source>The workspace cannot be reached; the console retries by itself.</source>
        <translation>No se puede acceder al espacio de trabajo; la consola reintenta por sí sola.</translation>
    </message>
    <message>
        <source>Last synced at %1 (local time)</source>
        <translation>Última sincronización a las %1 (hora local)</translation>
    </message>
    <message>
        <source>No list or record has been read from the workspace yet.</source>
        <translation>Aún no se ha leído ninguna lista ni registro del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Sincronizado hace %1 s</translation>
    </message>
    <message>
        <source>Synced %1 h ago</source>
        <translation>Sincronizado hace %1 h</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Sincronizado el %1</translation>
    </message>
    <message>
        <source>API: %1/%2 left</source>
        <translation>API: quedan %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>The server allows %Ln requests per minute; %1 are left.</source>
        <translation>
            <numerusform>El servidor permite %Ln solicitud por minuto; quedan %1.</numerusform>
            <numerusform>El servidor permite %Ln solicitudes por minuto; quedan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln requests are left in this minute; a request over the limit waits for the server&apos;s reset and is sent again.</source>
        <translation>
            <numerusform>Solo quedan %1 de %Ln solicitud en este minuto; una solicitud por encima del límite espera a que el servidor lo restablezca y se envía de nuevo.</numerusform>
            <numerusform>Solo quedan %1 de %Ln solicitudes en este minuto; una solicitud por encima del límite espera a que el servidor lo restablezca y se envía de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Live Updates</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>How the inbox learns about changes made elsewhere.</source>
        <translation>Cómo se entera la bandeja de entrada de los cambios hechos en otro lugar.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>el diálogo de configuración no se abrió</translation>
    </message>
</context>
<context>
    <name>weav::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Single keys work while no text field has the focus. Esc or ? closes this list.</source>
        <translation>Las teclas individuales funcionan mientras ningún campo de texto tiene el foco. Esc o ? cierra esta lista.</translation>
    </message>
</context>
<context>
    <name>weav::ui::SourcePage</name>
    <message>
        <source>What do you want to add?</source>
        <translation>¿Qué quiere añadir?</translation>
    </message>
    <message>
        <source>The AI agents answer from the training data they are assigned to.</source>
        <translation>Los agentes de IA responden a partir de los datos de entrenamiento que tienen asignados.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>An article or a policy, with a title.</source>
        <translation>Un artículo o una política, con título.</translation>
    </message>
    <message>
        <source>&amp;Q&amp;&amp;A pairs</source>
        <translation>&amp;Pares de Q&amp;&amp;A</translation>
    </message>
    <message>
        <source>Questions with their answers, typed in or imported from a CSV file.</source>
        <translation>Preguntas con sus respuestas, escritas a mano o importadas de un archivo CSV.</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>Documents up to 10 MiB each: .txt, .md, .csv, .html, .pdf or .docx.</source>
        <translation>Documentos de hasta 10 MiB cada uno: .txt, .md, .csv, .html, .pdf o .docx.</translation>
    </message>
    <message>
        <source>&amp;Web pages</source>
        <translation>Páginas &amp;web</translation>
    </message>
    <message>
        <source>Addresses of pages that the server fetches and processes.</source>
        <translation>Direcciones de páginas que el servidor descarga y procesa.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation>Pares de Q&amp;A</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Páginas web</translation>
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
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>weav::ui::TagEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>Save the tags (Enter)</source>
        <translation>Guardar las etiquetas (Intro)</translation>
    </message>
    <message>
        <source>Tag “%1”: %2</source>
        <translation>Etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>The tags were not saved</source>
        <translation>No se guardaron las etiquetas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %Ln characters long; a tag may have at most %2.</source>
        <translation>
            <numerusform>«%1» tiene %Ln carácter; una etiqueta puede tener como máximo %2.</numerusform>
            <numerusform>«%1» tiene %Ln caracteres; una etiqueta puede tener como máximo %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TextPage</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Give the text a title that says what it covers, and paste or type its content.</source>
        <translation>Dé al texto un título que indique de qué trata y pegue o escriba su contenido.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln characters</source>
        <translation>
            <numerusform>Hasta %Ln carácter</numerusform>
            <numerusform>Hasta %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 de %Ln carácter</numerusform>
            <numerusform>%1 de %Ln caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadDelegate</name>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Customer · %1</source>
        <translation>Cliente · %1</translation>
    </message>
    <message>
        <source>Teammate · %1</source>
        <translation>Miembro del equipo · %1</translation>
    </message>
    <message>
        <source>AI agent · %1</source>
        <translation>Agente de IA · %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation>Nota interna — no se envía al cliente</translation>
    </message>
    <message>
        <source>Email not delivered: %1</source>
        <translation>Correo no entregado: %1</translation>
    </message>
    <message>
        <source>Email not delivered.</source>
        <translation>Correo no entregado.</translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The thread could not be loaded</source>
        <translation>No se pudo cargar el hilo</translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation>Cargando el hilo…</translation>
    </message>
    <message>
        <source>No messages in this conversation yet.</source>
        <translation>Aún no hay mensajes en esta conversación.</translation>
    </message>
    <message>
        <source>Copy message text</source>
        <translation>Copiar el texto del mensaje</translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenField</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenPrompt</name>
    <message>
        <source>The demo workspace at %1</source>
        <translation>El espacio de trabajo de demostración en %1</translation>
    </message>
    <message>
        <source>The workspace of the profile &quot;%1&quot; at %2</source>
        <translation>El espacio de trabajo del perfil «%1» en %2</translation>
    </message>
    <message>
        <source>Store the new token in the keychain for this profile</source>
        <translation>Guardar el nuevo token en el llavero para este perfil</translation>
    </message>
    <message>
        <source>New API token needed</source>
        <translation>Se necesita un nuevo token de API</translation>
    </message>
    <message>
        <source>The workspace no longer accepts the API token.</source>
        <translation>El espacio de trabajo ya no acepta el token de API.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; to %3. The token may have expired or been revoked.

Enter a new token created in the Weav dashboard: the changes waiting for it are then sent again. Cancel lets them fail with this error; nothing you typed in the console is lost.</source>
        <translation>%1 respondió «%2» a %3. Puede que el token haya caducado o se haya revocado.

Introduzca un token nuevo creado en el panel de Weav: los cambios que lo esperan se volverán a enviar. Si cancela, fallarán con este error; no se pierde nada de lo que haya escrito en la consola.</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>una solicitud</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de API</translation>
    </message>
    <message>
        <source>Use this token</source>
        <translation>Usar este token</translation>
    </message>
    <message>
        <source>Cancel waiting changes</source>
        <translation>Cancelar los cambios en espera</translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingPreview</name>
    <message>
        <source>Select a training item to see it here.</source>
        <translation>Seleccione un elemento de entrenamiento para verlo aquí.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>No text has been extracted yet.</source>
        <translation>Aún no se ha extraído ningún texto.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Web page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;The extracted text is read-only.</source>
        <translation>Página web: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;El texto extraído es de solo lectura.</translation>
    </message>
    <message>
        <source>The API returns a file&apos;s details but not its text, so the file cannot be previewed or edited here. Delete it and upload a new version to change it.</source>
        <translation>La API devuelve los detalles de un archivo, pero no su texto, así que el archivo no se puede previsualizar ni editar aquí. Para cambiarlo, elimínelo y suba una versión nueva.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Agents: none; assign the item to agents so that they use it</source>
        <translation>Agentes: ninguno; asigne el elemento a agentes para que lo usen</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agentes: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>File type: %1</source>
        <translation>Tipo de archivo: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Tamaño: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creación: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation>Corrija primero los campos marcados abajo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>No se pudo guardar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 de %Ln carácter</numerusform>
            <numerusform>%1 de %Ln caracteres</numerusform>
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
        <translation>el área Datos de entrenamiento no se ha creado</translation>
    </message>
    <message>
        <source>the workspace has no training data</source>
        <translation>el espacio de trabajo no tiene datos de entrenamiento</translation>
    </message>
    <message>
        <source>the token cannot add training data, so the wizard cannot be opened</source>
        <translation>el token no puede añadir datos de entrenamiento, así que no se puede abrir el asistente</translation>
    </message>
    <message>
        <source>the upload did not start</source>
        <translation>la subida no empezó</translation>
    </message>
    <message>
        <source>the wizard&apos;s result is captured in the demo workspace only, because it uploads training data</source>
        <translation>el resultado del asistente solo se captura en el espacio de trabajo de demostración, porque sube datos de entrenamiento</translation>
    </message>
    <message>
        <source>the wizard is past its first page already</source>
        <translation>el asistente ya ha pasado de su primera página</translation>
    </message>
    <message>
        <source>Add Training Data…</source>
        <translation>Añadir datos de entrenamiento…</translation>
    </message>
    <message>
        <source>Assign to Agents…</source>
        <translation>Asignar a agentes…</translation>
    </message>
    <message>
        <source>Process Again</source>
        <translation>Volver a procesar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Buscar en títulos</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Training data is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation>Los datos de entrenamiento no están disponibles en este servidor. %1 Pregunte al administrador del espacio de trabajo qué API ofrece este servidor.</translation>
    </message>
    <message>
        <source>Loading the training data failed</source>
        <translation>Error al cargar los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Loading more training data failed</source>
        <translation>Error al cargar más datos de entrenamiento</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Training items: %1</source>
        <translation>Elementos de entrenamiento: %1</translation>
    </message>
    <message>
        <source>Delete the training item “%1”?</source>
        <translation>¿Eliminar el elemento de entrenamiento «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n training items?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento de entrenamiento?</numerusform>
            <numerusform>¿Eliminar %n elementos de entrenamiento?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Training Data</source>
        <translation>Eliminar datos de entrenamiento</translation>
    </message>
    <message>
        <source>The agents stop using the deleted items. This cannot be undone.</source>
        <translation>Los agentes dejan de usar los elementos eliminados. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting training data</source>
        <translation>Eliminando datos de entrenamiento</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Assigning to agents</source>
        <translation>Asignando a agentes</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Could not process “%1” again</source>
        <translation>No se pudo volver a procesar «%1»</translation>
    </message>
    <message>
        <source>The page is being processed again, but the failed item could not be deleted, so it is listed twice</source>
        <translation>La página se está volviendo a procesar, pero no se pudo eliminar el elemento fallido, así que aparece dos veces</translation>
    </message>
    <message>
        <source>Add text, Q&amp;A pairs, files or web pages</source>
        <translation>Añadir texto, pares de Q&amp;A, archivos o páginas web</translation>
    </message>
    <message>
        <source>Assign the selected items to agents</source>
        <translation>Asignar los elementos seleccionados a agentes</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Eliminar los elementos seleccionados</translation>
    </message>
    <message>
        <source>Process the selected failed web pages again; each failed item is replaced by a new one</source>
        <translation>Volver a procesar las páginas web fallidas seleccionadas; cada elemento fallido se sustituye por uno nuevo</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Training items</source>
        <translation>Elementos de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln training items</source>
        <translation>
            <numerusform>%1 de %Ln elemento de entrenamiento</numerusform>
            <numerusform>%1 de %Ln elementos de entrenamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training items loaded</source>
        <translation>
            <numerusform>%Ln elemento de entrenamiento cargado</numerusform>
            <numerusform>%Ln elementos de entrenamiento cargados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingWizard</name>
    <message>
        <source>Add Training Data</source>
        <translation>Añadir datos de entrenamiento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stop Upload</source>
        <translation>Detener subida</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>¿Detener la subida?</translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation>Seguir subiendo</translation>
    </message>
    <message>
        <source>Discard Training Data</source>
        <translation>Descartar datos de entrenamiento</translation>
    </message>
    <message>
        <source>Discard the training data you entered?</source>
        <translation>¿Descartar los datos de entrenamiento introducidos?</translation>
    </message>
    <message>
        <source>Nothing has been uploaded yet. Closing the wizard loses what you entered.</source>
        <translation>Aún no se ha subido nada. Si cierra el asistente, se pierde lo que ha introducido.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln items are on the server already and stay there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</source>
        <translation>
            <numerusform>Ya están en el servidor %1 de %Ln elemento, y allí se quedan. Los elementos aún no enviados no se envían, las solicitudes ya enviadas terminan y el resultado muestra qué ocurrió con cada elemento.</numerusform>
            <numerusform>Ya están en el servidor %1 de %Ln elementos, y allí se quedan. Los elementos aún no enviados no se envían, las solicitudes ya enviadas terminan y el resultado muestra qué ocurrió con cada elemento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadPage</name>
    <message>
        <source>&amp;Stop Upload</source>
        <translation>&amp;Detener subida</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Stopping sends nothing more; what was sent already finishes, and the next page shows what reached the server.</source>
        <translation>Al detener no se envía nada más; lo ya enviado termina y la página siguiente muestra lo que llegó al servidor.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the replies to the requests already sent (%1).</source>
        <translation>Deteniendo: esperando las respuestas a las solicitudes ya enviadas (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 sent.</source>
        <translation>%1 de %2 enviados.</translation>
    </message>
    <message>
        <source>Upload progress per item</source>
        <translation>Progreso de la subida por elemento</translation>
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
        <translation>La subida se detuvo antes de enviar este elemento.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The reply has no training item id.</source>
        <translation>La respuesta no incluye el id del elemento de entrenamiento.</translation>
    </message>
    <message>
        <source>The server accepted the request, but its reply names no item. Reload the training list to see whether it is there.</source>
        <translation>El servidor aceptó la solicitud, pero su respuesta no indica ningún elemento. Recargue la lista de entrenamiento para ver si está.</translation>
    </message>
    <message>
        <source>The server did not accept this address, so no item was created for it.</source>
        <translation>El servidor no aceptó esta dirección, así que no se creó ningún elemento para ella.</translation>
    </message>
    <message>
        <source>The request was sent, but no reply came (%1), so it is not known whether the item was created. The training list, loaded again when the wizard closes, shows it if it was.</source>
        <translation>La solicitud se envió, pero no llegó respuesta (%1), así que no se sabe si se creó el elemento. La lista de entrenamiento, que se vuelve a cargar al cerrar el asistente, lo mostrará si se creó.</translation>
    </message>
    <message>
        <source>Processing again failed: %1</source>
        <translation>Error al volver a procesar: %1</translation>
    </message>
    <message>
        <source>The failed item %1 could not be deleted and is still in the workspace: %2</source>
        <translation>No se pudo eliminar el elemento fallido %1 y sigue en el espacio de trabajo: %2</translation>
    </message>
    <message>
        <source>The item was deleted from the workspace while it was being processed.</source>
        <translation>El elemento se eliminó del espacio de trabajo mientras se procesaba.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Processing again…</source>
        <translation>Volviendo a procesar…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>On the server, waiting to be processed</source>
        <translation>En el servidor, en espera de procesamiento</translation>
    </message>
    <message>
        <source>On the server, processing</source>
        <translation>En el servidor, procesando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>On the server, but processing failed: %1</source>
        <translation>En el servidor, pero falló el procesamiento: %1</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>No subido: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>weav::ui::UrlReprocess</name>
    <message>
        <source>The reply lists no training item.</source>
        <translation>La respuesta no contiene ningún elemento de entrenamiento.</translation>
    </message>
</context>
<context>
    <name>weav::ui::UrlsPage</name>
    <message>
        <source>Web pages</source>
        <translation>Páginas web</translation>
    </message>
    <message>
        <source>Paste the addresses of the pages, one or more per line. The server fetches each page and processes its text.</source>
        <translation>Pegue las direcciones de las páginas, una o varias por línea. El servidor descarga cada página y procesa su texto.</translation>
    </message>
    <message>
        <source>Lines not used</source>
        <translation>Líneas no usadas</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Direcciones:</translation>
    </message>
    <message>
        <source>Web pages to process: %1</source>
        <translation>Páginas web que se procesarán: %1</translation>
    </message>
    <message>
        <source>Line %1, not used: “%2”. %3</source>
        <translation>Línea %1, no usada: «%2». %3</translation>
    </message>
    <message>
        <source>Line %1, dropped: “%2”. %3</source>
        <translation>Línea %1, descartada: «%2». %3</translation>
    </message>
</context>
<context>
    <name>weav::ui::ViewsSidebar</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Save This View…</source>
        <translation>Guardar esta vista…</translation>
    </message>
    <message>
        <source>Your saved views could not be read. %1</source>
        <translation>No se pudieron leer sus vistas guardadas. %1</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and columns as a view</source>
        <translation>Guardar los filtros, el orden y las columnas de la bandeja de entrada como vista</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Rename, delete, export, import and share views</source>
        <translation>Cambiar nombre, eliminar, exportar, importar y compartir vistas</translation>
    </message>
    <message>
        <source>Rename View…</source>
        <translation>Cambiar nombre de la vista…</translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation>Eliminar vista…</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open Link…</source>
        <translation>Abrir enlace…</translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation>Exportar vista…</translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation>Importar vista…</translation>
    </message>
    <message>
        <source>Refresh Counts</source>
        <translation>Actualizar recuentos</translation>
    </message>
    <message>
        <source>Built-in views</source>
        <translation>Vistas integradas</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Filter and sort the inbox, choose its columns, then press Save View…</source>
        <translation>Filtre y ordene la bandeja de entrada, elija sus columnas y pulse Guardar vista…</translation>
    </message>
    <message>
        <source>Built-in view</source>
        <translation>Vista integrada</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vista guardada</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Sin contar todavía</translation>
    </message>
    <message>
        <source>Counting failed %1</source>
        <translation>Falló el recuento %1</translation>
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
        <translation>El servidor no envió el total. Contado a las %1.</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; is not in your saved views any more. %2</source>
        <translation>La vista «%1» ya no está entre sus vistas guardadas. %2</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>Escriba un nombre para la vista.</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists: choose another name, or delete that view first.</source>
        <translation>Ya existe una vista llamada «%1»: elija otro nombre o elimine primero esa vista.</translation>
    </message>
    <message>
        <source>Saving the view &quot;%1&quot; failed.</source>
        <translation>Error al guardar la vista «%1».</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Se guardó la vista «%1».</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot;.</source>
        <translation>No hay ninguna vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>Renaming the view &quot;%1&quot; failed. %2</source>
        <translation>Error al cambiar el nombre de la vista «%1». %2</translation>
    </message>
    <message>
        <source>Renamed the view &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Se cambió el nombre de la vista «%1» a «%2».</translation>
    </message>
    <message>
        <source>Deleting the view &quot;%1&quot; failed. %2</source>
        <translation>Error al eliminar la vista «%1». %2</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Se eliminó la vista «%1».</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to export.</source>
        <translation>No hay ninguna vista guardada llamada «%1» que exportar.</translation>
    </message>
    <message>
        <source>Exporting the view &quot;%1&quot; to %2 failed: %3. Choose another folder.</source>
        <translation>Error al exportar la vista «%1» a %2: %3. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported the view &quot;%1&quot; to %2.</source>
        <translation>Se exportó la vista «%1» a %2.</translation>
    </message>
    <message>
        <source>Importing a view from %1 failed: %2.</source>
        <translation>Error al importar una vista de %1: %2.</translation>
    </message>
    <message>
        <source>Importing a view from %1 failed. %2</source>
        <translation>Error al importar una vista de %1. %2</translation>
    </message>
    <message>
        <source>Importing the view &quot;%1&quot; failed.</source>
        <translation>Error al importar la vista «%1».</translation>
    </message>
    <message>
        <source>Imported the view &quot;%1&quot;.</source>
        <translation>Se importó la vista «%1».</translation>
    </message>
    <message>
        <source>Opening the view link failed. %1</source>
        <translation>Error al abrir el enlace de vista. %1</translation>
    </message>
    <message>
        <source>Opened your saved view &quot;%1&quot;.</source>
        <translation>Se abrió su vista guardada «%1».</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot; from a link. It is not among your saved views.</source>
        <translation>Se abrió la vista «%1» desde un enlace. No está entre sus vistas guardadas.</translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to share.</source>
        <translation>No hay ninguna vista guardada llamada «%1» que compartir.</translation>
    </message>
    <message>
        <source>Copied the link of &quot;%1&quot;. Anyone with Weav Console can open it with Open Link….</source>
        <translation>Se copió el enlace de «%1». Cualquier persona con Weav Console puede abrirlo con Abrir enlace….</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and visible columns as:</source>
        <translation>Guardar los filtros, el orden y las columnas visibles de la bandeja de entrada como:</translation>
    </message>
    <message>
        <source>Select one of your saved views to rename it.</source>
        <translation>Seleccione una de sus vistas guardadas para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Cambiar nombre de la vista</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Nuevo nombre de «%1»:</translation>
    </message>
    <message>
        <source>Select one of your saved views to delete it.</source>
        <translation>Seleccione una de sus vistas guardadas para eliminarla.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? Its conversations stay; only the view goes.</source>
        <translation>¿Eliminar la vista «%1»? Sus conversaciones se conservan; solo se elimina la vista.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select one of your saved views to export it.</source>
        <translation>Seleccione una de sus vistas guardadas para exportarla.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>Weav Console views (*.json)</source>
        <translation>Vistas de Weav Console (*.json)</translation>
    </message>
    <message>
        <source>Import View</source>
        <translation>Importar vista</translation>
    </message>
    <message>
        <source>Weav Console views (*.json);;All files (*)</source>
        <translation>Vistas de Weav Console (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open View Link</source>
        <translation>Abrir enlace de vista</translation>
    </message>
    <message>
        <source>Paste a weav://view link:</source>
        <translation>Pegue un enlace weav://view:</translation>
    </message>
    <message>
        <source>Select one of your saved views to copy its link.</source>
        <translation>Seleccione una de sus vistas guardadas para copiar su enlace.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations at %1</source>
        <translation>
            <numerusform>%Ln conversación a las %1</numerusform>
            <numerusform>%Ln conversaciones a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %Ln characters long: use at most %1.</source>
        <translation>
            <numerusform>El nombre tiene %Ln carácter: use como máximo %1.</numerusform>
            <numerusform>El nombre tiene %Ln caracteres: use como máximo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::WebhookListener</name>
    <message>
        <source>No webhook secret is stored for &quot;%1&quot;. Enter it in Settings &gt; Live Updates.</source>
        <translation>No hay ningún secreto de webhook guardado para «%1». Introdúzcalo en Configuración &gt; Tiempo real.</translation>
    </message>
    <message>
        <source>Webhooks off</source>
        <translation>Webhooks desactivados</translation>
    </message>
    <message>
        <source>Webhooks starting…</source>
        <translation>Iniciando webhooks…</translation>
    </message>
    <message>
        <source>Webhooks: listening on port %1</source>
        <translation>Webhooks: escuchando en el puerto %1</translation>
    </message>
    <message>
        <source>Webhooks failed: %1</source>
        <translation>Error en los webhooks: %1</translation>
    </message>
</context>
<context>
    <name>weavctl</name>
    <message>
        <source>Correct the values above and run the command again.</source>
        <translation>Corrija los valores anteriores y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the values above and run the command again.</source>
        <translation>No se envió nada. Corrija los valores anteriores y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 returned no JSON object (request id %2).</source>
        <translation>%1 no devolvió ningún objeto JSON (ID de solicitud %2).</translation>
    </message>
    <message>
        <source>agents get needs an agent ID.</source>
        <translation>agents get necesita un ID de agente.</translation>
    </message>
    <message>
        <source>agents create needs --name NAME.</source>
        <translation>agents create necesita --name NOMBRE.</translation>
    </message>
    <message>
        <source>agents update needs an agent ID.</source>
        <translation>agents update necesita un ID de agente.</translation>
    </message>
    <message>
        <source>agents update needs at least one of %1.</source>
        <translation>agents update necesita al menos una de estas opciones: %1.</translation>
    </message>
    <message>
        <source>agents delete needs an agent ID.</source>
        <translation>agents delete necesita un ID de agente.</translation>
    </message>
    <message>
        <source>Run weavctl --help for the commands and options.</source>
        <translation>Ejecute weavctl --help para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>Unknown option %1; options start with two dashes, for example --help.</source>
        <translation>Opción desconocida %1; las opciones empiezan por dos guiones, por ejemplo --help.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once; give it once.</source>
        <translation>La opción --%1 se indica más de una vez; indíquela solo una vez.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>La opción --%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is invalid; use one of: %3.</source>
        <translation>El valor «%2» de --%1 no es válido; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is not a date; use an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T09:30:00Z.</source>
        <translation>El valor «%2» de --%1 no es una fecha; use una fecha o fecha y hora ISO 8601, como 2024-05-01 o 2024-05-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>The --%1 value is empty; give the text to filter by.</source>
        <translation>El valor de --%1 está vacío; indique el texto por el que filtrar.</translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation>Indique --limit o --all, no ambos.</translation>
    </message>
    <message>
        <source>The --limit value &quot;%1&quot; is not a positive whole number.</source>
        <translation>El valor «%1» de --limit no es un número entero positivo.</translation>
    </message>
    <message>
        <source>metrics needs --%1 YYYY-MM-DD.</source>
        <translation>metrics necesita --%1 AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>--%1 «%2» no es una fecha: use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 es anterior a --from %2.</translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a known IANA time zone, e.g. Europe/Berlin or UTC.</source>
        <translation>--tz «%1» no es una zona horaria IANA conocida, p. ej., Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>--channel must be email or chat, not &quot;%1&quot;.</source>
        <translation>--channel debe ser email o chat, no «%1».</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creadas</translation>
    </message>
    <message>
        <source>created by email</source>
        <translation>creadas por correo electrónico</translation>
    </message>
    <message>
        <source>created by chat</source>
        <translation>creadas por chat</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerradas</translation>
    </message>
    <message>
        <source>first response median (s)</source>
        <translation>mediana de primera respuesta (s)</translation>
    </message>
    <message>
        <source>first response p90 (s)</source>
        <translation>p90 de primera respuesta (s)</translation>
    </message>
    <message>
        <source>resolution median (s)</source>
        <translation>mediana de resolución (s)</translation>
    </message>
    <message>
        <source>resolution p90 (s)</source>
        <translation>p90 de resolución (s)</translation>
    </message>
    <message>
        <source>backlog at end</source>
        <translation>pendientes al final</translation>
    </message>
    <message>
        <source>AI share</source>
        <translation>proporción de IA</translation>
    </message>
    <message>
        <source>spam share</source>
        <translation>proporción de spam</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>previous %1 – %2</source>
        <translation>anterior %1 – %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <source>API token (not shown): </source>
        <translation>Token de API (no se muestra): </translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved: %2</source>
        <translation>No se guardó el token, así que no se guardó el perfil «%1»: %2</translation>
    </message>
    <message>
        <source>profiles add needs a profile name.</source>
        <translation>profiles add necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>profiles add needs --base-url, for example https://api.weav.com.</source>
        <translation>profiles add necesita --base-url, por ejemplo https://api.weav.com.</translation>
    </message>
    <message>
        <source>No token came on standard input; pipe it in, for example weavctl profiles add %1 --base-url URL --token-stdin &lt; token.txt.</source>
        <translation>No llegó ningún token por la entrada estándar; páselo con una tubería, por ejemplo weavctl profiles add %1 --base-url URL --token-stdin &lt; token.txt.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; for %2.</source>
        <translation>Se guardó el perfil «%1» para %2.</translation>
    </message>
    <message>
        <source>Its token is stored in %1.</source>
        <translation>Su token está guardado en %1.</translation>
    </message>
    <message>
        <source>No token was given; add one with --token-stdin, or set %1.</source>
        <translation>No se indicó ningún token; añada uno con --token-stdin o defina %1.</translation>
    </message>
    <message>
        <source>It is the current profile, used when no --profile or --base-url is given.</source>
        <translation>Es el perfil actual, que se usa cuando no se indica --profile ni --base-url.</translation>
    </message>
    <message>
        <source>profiles remove needs a profile name.</source>
        <translation>profiles remove necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; weavctl profiles list shows the profiles.</source>
        <translation>No hay ningún perfil llamado «%1»; weavctl profiles list muestra los perfiles.</translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; was not removed from %2: %3</source>
        <translation>No se quitó el token del perfil «%1» de %2: %3</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Se quitó el perfil «%1».</translation>
    </message>
    <message>
        <source>The token cannot read this workspace: it lacks the external-api:read ability.</source>
        <translation>El token no puede leer este espacio de trabajo: le falta el permiso external-api:read.</translation>
    </message>
    <message>
        <source>The server returned 1 conversation without an id; it is left out.</source>
        <translation>El servidor devolvió 1 conversación sin id; se omite.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations without an id; they are left out.</source>
        <translation>
            <numerusform>El servidor devolvió %n conversación sin id; se omite.</numerusform>
            <numerusform>El servidor devolvió %n conversaciones sin id; se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters; it is left out.</source>
        <translation>El servidor devolvió 1 conversación que no coincide con los filtros; se omite.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters; they are left out.</source>
        <translation>
            <numerusform>El servidor devolvió %n conversación que no coincide con los filtros; se omite.</numerusform>
            <numerusform>El servidor devolvió %n conversaciones que no coinciden con los filtros; se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 returned fields of an unexpected type, shown as empty: %2</source>
        <translation>%1 devolvió campos de un tipo inesperado, que se muestran vacíos: %2</translation>
    </message>
    <message>
        <source>conversations get needs a conversation ID.</source>
        <translation>conversations get necesita un ID de conversación.</translation>
    </message>
    <message>
        <source>GET %1 returned no JSON object (request id %2).</source>
        <translation>GET %1 no devolvió ningún objeto JSON (ID de solicitud %2).</translation>
    </message>
    <message>
        <source>export conversations needs --out FILE.</source>
        <translation>export conversations necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters or has no id; it is left out.</source>
        <translation>El servidor devolvió 1 conversación que no coincide con los filtros o no tiene id; se omite.</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters or have no id; they are left out.</source>
        <translation>
            <numerusform>El servidor devolvió %n conversación que no coincide con los filtros o no tiene id; se omite.</numerusform>
            <numerusform>El servidor devolvió %n conversaciones que no coinciden con los filtros o no tienen id; se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 conversation to %1.</source>
        <translation>Se exportó 1 conversación a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation>
            <numerusform>Se exportó %n conversación a %1.</numerusform>
            <numerusform>Se exportaron %n conversaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The --type value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>El valor «%1» de --type no es válido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The --status value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>El valor «%1» de --status no es válido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>training list takes one --agent; list the items of each agent separately.</source>
        <translation>training list admite un solo --agent; muestre los elementos de cada agente por separado.</translation>
    </message>
    <message>
        <source>Training items left out because the server returned them without an id or outside the filters: %1.</source>
        <translation>Elementos de entrenamiento omitidos porque el servidor los devolvió sin id o fuera de los filtros: %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent. Fix or leave out the files above and run the command again.</source>
        <translation>No se envió nada. Corrija u omita los archivos anteriores y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 no se subió.</translation>
    </message>
    <message>
        <source>%1 was uploaded as training item %2.</source>
        <translation>%1 se subió como elemento de entrenamiento %2.</translation>
    </message>
    <message>
        <source>None of the given addresses starts with http:// or https:// and names a host. Nothing was sent.</source>
        <translation>Ninguna de las direcciones indicadas empieza por http:// o https:// e incluye un host. No se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct or leave out the addresses above and run the command again.</source>
        <translation>No se envió nada. Corrija u omita las direcciones anteriores y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 is given twice; it is sent once.</source>
        <translation>%1 se indica dos veces; se envía una sola vez.</translation>
    </message>
    <message>
        <source>training add-text needs --title TITLE and --file FILE.</source>
        <translation>training add-text necesita --title TÍTULO y --file ARCHIVO.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and run the command again.</source>
        <translation>%1 no es texto UTF-8. Guárdelo como UTF-8 y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>training add-qa needs --csv FILE.</source>
        <translation>training add-qa necesita --csv ARCHIVO.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, fila %2 (línea %3): %4</translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the rows above and run the command again.</source>
        <translation>No se envió nada. Corrija las filas anteriores y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>training upload needs at least one FILE.</source>
        <translation>training upload necesita al menos un ARCHIVO.</translation>
    </message>
    <message>
        <source>--title names a single file; upload the files one at a time to give each a title.</source>
        <translation>--title se refiere a un único archivo; suba los archivos de uno en uno para dar un título a cada uno.</translation>
    </message>
    <message>
        <source>Not sent after this failure: %1.</source>
        <translation>No enviados tras este error: %1.</translation>
    </message>
    <message>
        <source>training add-urls needs at least one URL.</source>
        <translation>training add-urls necesita al menos una URL.</translation>
    </message>
    <message>
        <source>POST %1 returned no &quot;data&quot; array (request id %2).</source>
        <translation>POST %1 no devolvió ninguna matriz «data» (ID de solicitud %2).</translation>
    </message>
    <message>
        <source>training assign needs a training item ID and at least one --agent ID.</source>
        <translation>training assign necesita un ID de elemento de entrenamiento y al menos un ID en --agent.</translation>
    </message>
    <message>
        <source>training delete needs a training item ID.</source>
        <translation>training delete necesita un ID de elemento de entrenamiento.</translation>
    </message>
    <message>
        <source>No command is given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>%1 needs a sub-command: %2.</source>
        <translation>%1 necesita un subcomando: %2.</translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Subcomando desconocido «%1 %2»; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>La opción --%1 no se aplica a %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>Argumento inesperado «%1» después de %2.</translation>
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
        <translation>Uso: weavctl [--base-url URL | --profile NOMBRE] [--format table|csv|json] [--verbose] COMANDO

Comandos:
  check                          Comprueba la dirección, el token y sus permisos.
  profiles add NOMBRE --base-url URL [--allow-plain-http] [--token-stdin] [--file-store]
                                 Guarda un perfil de conexión; --token-stdin lee su token de
                                 la primera línea de la entrada estándar y lo guarda en el
                                 llavero, o en el archivo de credenciales con --file-store.
  profiles list                  Muestra los perfiles y cuál es el actual.
  profiles remove NOMBRE         Quita un perfil y su token guardado.
  conversations list [FILTROS] [--limit N | --all]
                                 Muestra conversaciones, las más recientes primero salvo que
                                 se indique --sort.
  conversations get ID           Imprime una conversación; --format json imprime todos los campos.
  customers list | companies list | agents list | users list
                     [--limit N | --all]
  agents get ID                  Imprime un agente de IA.
  agents create --name NOMBRE [CAMPOS DE AGENTE]
                                 Crea un agente de chat y lo imprime.
  agents update ID CAMPOS DE AGENTE
                                 Cambia los campos indicados de un agente y lo imprime.
  agents delete ID               Elimina un agente. El copiloto no se puede eliminar.
  training list [--type text|qa|file|url] [--status pending|processing|ready|failed]
                [--agent ID] [--limit N | --all]
  training add-text --title TÍTULO --file ARCHIVO
                                 Añade el texto UTF-8 de ARCHIVO (hasta 100 000 caracteres)
                                 como elemento de texto.
  training add-qa --csv ARCHIVO  Añade un elemento de Q&amp;A por cada fila del archivo CSV
                                 ARCHIVO: la pregunta en la primera columna y la respuesta en
                                 la segunda. Se omite una fila de encabezado
                                 &quot;question,answer&quot;. Todas las filas se comprueban antes de
                                 enviar la primera.
  training upload ARCHIVO... [--title TÍTULO]
                                 Sube cada ARCHIVO como elemento de archivo: .txt, .md, .csv,
                                 .html, .pdf o .docx, de 1 byte a 10 MiB. Todos los archivos
                                 se comprueban antes de enviar el primero. --title necesita
                                 un único ARCHIVO.
  training add-urls URL... [--agent ID]...
                                 Añade páginas web como elementos que el servidor descarga
                                 más tarde (estado pending), para los agentes indicados.
  training assign ID --agent ID [--agent ID]...
                                 Añade agentes a un elemento de entrenamiento y lo imprime.
  training delete ID             Elimina un elemento de entrenamiento.
Los comandos de eliminación no imprimen nada si tienen éxito.

Campos de agente de agents create y update; un valor vacío (&quot;&quot;) borra cualquiera de ellos
salvo --name y --active:
  --name NOMBRE                  de 1 a 255 caracteres
  --description TEXTO
  --tone TONO                    Warm, Neutral, Professional, Direct, Witty o cualquier texto
                                 de hasta 255 caracteres
  --response-length LONGITUD     Short, Standard, Long o cualquier texto de hasta 255 caracteres
  --max-messages N               mensajes por sesión, de 1 a 1000
  --avatar-url URL               una dirección http:// o https:// de hasta 500 caracteres
  --active true|false            el copiloto no se puede desactivar
  export conversations --out ARCHIVO [--bom] [FILTROS]
                                 Escribe en ARCHIVO, como CSV, todas las conversaciones que
                                 coinciden, con referencias, etiquetas y todas las horas;
                                 --bom inicia el archivo con una marca de orden de bytes
                                 UTF-8 para las hojas de cálculo. ARCHIVO solo aparece
                                 cuando la exportación está completa.
  metrics --from FECHA --to FECHA [--tz ZONA] [--channel email|chat]
                                 Métricas de soporte de los días locales de FECHA a FECHA en
                                 la zona horaria IANA ZONA (predeterminada: la de este
                                 equipo) y del periodo de igual duración anterior;
                                 --format json imprime todas las cifras. docs/metrics.md
                                 las define.

Filtros de conversations list y export conversations:
  --status open|closed           --priority low|normal|high|urgent
  --channel email|chat           --assignee-type user|agent|none
  --tag ETIQUETA                 --q TEXTO (el asunto lo contiene, sin distinguir mayúsculas)
  --created-from FECHA           creada en FECHA o después
  --created-to FECHA             creada antes de FECHA
                                 FECHA es un día como 2024-05-01 (00:00 UTC) o una fecha
                                 y hora ISO 8601 como 2024-05-01T09:30:00Z
  --sort CLAVE                   created_at, updated_at, last_message_at o priority;
                                 un - delante ordena de forma descendente
                                 (predeterminado: -created_at)
Los filtros se envían al servidor y se vuelven a aplicar a las filas que devuelve.

Las listas imprimen una página de 15 filas salvo que se indique --limit N (las N primeras
filas) o --all (todas las páginas).

Opciones:
  --base-url URL       Dirección del espacio de trabajo, p. ej., https://api.weav.com (sin /v1).
  --profile NOMBRE     Usa la dirección y el token de un perfil guardado.
  --allow-plain-http   Permite http:// con --base-url a un host que no sea loopback.
  --format FORMATO     table (predeterminado): columnas alineadas; csv: RFC 4180 con fila
                       de encabezado; json: una matriz JSON de los recursos tal como los
                       devolvió la API (un objeto para conversations get y check).
  --verbose            Registra cada intercambio HTTP y cada reintento en la salida de error
                       estándar.
  --version, --help

Entorno:
  WEAV_API_TOKEN         El token de API; tiene prioridad sobre el token guardado de un perfil.
  WEAV_BASE_URL          La dirección del espacio de trabajo cuando no se indica --base-url
                         ni --profile.
  WEAV_CREDENTIALS_FILE  El archivo de credenciales de los perfiles con --file-store
                         (predeterminado: la carpeta weav-console en la carpeta de datos
                         del usuario).
  WEAV_RETRY_BASE_MS     El retardo del primer reintento en milisegundos (predeterminado:
                         500); los siguientes lo duplican, con una variación aleatoria.
Sin --base-url, --profile ni WEAV_BASE_URL, se usa el perfil actual.

Códigos de salida:
  0 éxito
  1 no se pudo escribir o leer un archivo indicado, la configuración o el almacén de
    credenciales
  2 uso o configuración: un comando o una opción incorrectos, o http sin cifrar a un host
    remoto
  3 autenticación: sin token, un token rechazado o caducado (401), o falta un permiso (403)
  4 no encontrado (404)
  5 se rechazó un valor: el servidor (400, 422) o weavctl antes de enviar nada
    (campos de agente, archivos de entrenamiento, filas CSV, direcciones web)
  6 red o servidor: sin respuesta, tiempo de espera agotado, HTTP 5xx o HTTP 429 tras los
    reintentos
</translation>
    </message>
    <message>
        <source>The --format value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation>El valor «%1» de --format no es válido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Give either --base-url or --profile, not both.</source>
        <translation>Indique --base-url o --profile, no ambos.</translation>
    </message>
    <message>
        <source>No workspace is given. Use --base-url URL or --profile NAME, set %1, or add a profile with weavctl profiles add.</source>
        <translation>No se indicó ningún espacio de trabajo. Use --base-url URL o --profile NOMBRE, defina %1 o añada un perfil con weavctl profiles add.</translation>
    </message>
    <message>
        <source>The %1 address uses plain http:// to %2, which would send the token unencrypted. Use https://, or add --allow-plain-http if the network to the server is trusted.</source>
        <translation>La dirección %1 usa http:// sin cifrar con %2, lo que enviaría el token sin cifrar. Use https:// o añada --allow-plain-http si la red hasta el servidor es de confianza.</translation>
    </message>
    <message>
        <source>The %1 address is not usable: %2</source>
        <translation>La dirección %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>No API token is given. Set %1, or store the token in a profile with weavctl profiles add NAME --base-url URL --token-stdin and use --profile NAME.</source>
        <translation>No se indicó ningún token de API. Defina %1, o guarde el token en un perfil con weavctl profiles add NOMBRE --base-url URL --token-stdin y use --profile NOMBRE.</translation>
    </message>
    <message>
        <source>No API token is stored for the profile &quot;%1&quot;. Store one with weavctl profiles add %1 --base-url URL --token-stdin, or set %2.</source>
        <translation>No hay ningún token de API guardado para el perfil «%1». Guarde uno con weavctl profiles add %1 --base-url URL --token-stdin, o defina %2.</translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; could not be read: %2 Set %3 to give the token another way.</source>
        <translation>No se pudo leer el token del perfil «%1»: %2 Defina %3 para indicar el token de otra forma.</translation>
    </message>
    <message numerus="yes">
        <source>The --%1 value is %n characters long; use at most %2.</source>
        <translation>
            <numerusform>El valor de --%1 tiene %n carácter; use como máximo %2.</numerusform>
            <numerusform>El valor de --%1 tiene %n caracteres; use como máximo %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair of row %1 was not created; %2 of %n pairs were created before it.</source>
        <translation>
            <numerusform>No se creó el par de la fila %1; antes se crearon %2 de %n par.</numerusform>
            <numerusform>No se creó el par de la fila %1; antes se crearon %2 de %n pares.</numerusform>
        </translation>
    </message>
</context>
</TS>
