<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>weav::core::ActivityModels</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::AdminErrorText</name>
    <message>
        <source>The token may not change this workspace. Use a token with the external-api:write ability, created in the Weav dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copilot agent cannot be deleted or deactivated. Change its other settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent given for the training data is not an agent of this workspace. Choose agents from this workspace&apos;s agent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no valid web address in the request. Give addresses that start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages are added as a list of addresses, not as a single training item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this type of training data. Add text, Q&amp;A pairs, files or web pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the training data. Try again later, and if it fails again, give the request id to Weav support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the upload as too large. Split the file into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::AgentListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max messages per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::AgentValidator</name>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing. Enter a name of up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The avatar URL must be text, such as https://example.com/avatar.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avatar URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum messages per session must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum messages per session is %1, but it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the agent is active must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace address is set; add the base URL to the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace address %1 is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the token over plain http to %1. Use https, or allow plain http for this profile if the network between you and the server is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set for this workspace; enter the token in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ApiError</name>
    <message>
        <source>The server returned HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned HTTP %1 with a body that is not JSON (a proxy or gateway page?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ConnectionCheck</name>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not accepted (%1). Check that it is complete and has not expired, or create a new one in the Weav dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can read (external-api:read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot read: it lacks external-api:read, so lists stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can write (external-api:write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot write: it lacks external-api:write, so assigning, replying and editing are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it can write could not be determined: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationActions</name>
    <message>
        <source>The reply is not a %1 object with an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile names no teammate to send messages as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ConversationListModel</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::DraftStore</name>
    <message>
        <source>Could not read the drafts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file %1 is not valid JSON (%2); its drafts are ignored, and the next save keeps a copy of it as %1.unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the drafts folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the drafts to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ExchangeHistoryModel</name>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::FieldRules</name>
    <message>
        <source>The %1 has %2 characters, but at most %3 are allowed. Shorten it by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address does not start with http:// or https://. Add it in front, as in https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with %1://, but only http:// and https:// addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid web address. Check it for spaces and typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name after %1://, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::FileCredentialStore</name>
    <message>
        <source>The credentials file %1 has no entry for %2. Enter the token again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 can be read or changed by other users, so it was not used. Restrict it to your user with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the credentials file %1: %2. Check that your user owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 is not a JSON object of key and secret strings. Move it away, then enter the tokens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict the credentials file %1 to your user: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the credentials file %1: %2. Check the free space and that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the credentials file. Check that no file has that name and that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 is locked by another process. Close the other Weav Console or weavctl and try again, or delete %2 if neither is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file %1 beside the credentials file. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::KeychainCredentialStore</name>
    <message>
        <source>Could not read %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry for %1. Enter the token again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is running. Install and start one (on Debian: sudo apt install gnome-keyring, then log in again; or KeePassXC with its Secret Service integration enabled), or enable the file store for this machine in Settings. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it, allow Weav Console when asked, and try again. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported: %1. Try again; if it keeps failing, check the keychain with secret-tool or the keychain application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored under %1. Enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::MessageListModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::PagedListModel</name>
    <message>
        <source>The server does not offer %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an id skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::Pager</name>
    <message>
        <source>The list reply has no &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is %1 characters long; use at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace base URL, for example https://api.weav.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 must start with https:// (or http:// for a trusted network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL %1. The token goes in the token field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part after ? or # from the base URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send the token unencrypted. Use https://, or allow plain http for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; is unknown; choose keychain or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profiles to %1. Check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::QaCsvParser</name>
    <message>
        <source>A quoted field that starts on line %1 has no closing double quote, so the rest of the file is read as part of it. Add the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has one column. Put the question in the first column and the answer in the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 columns, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no Q&amp;A rows. Put one question and its answer on each row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::QaPairCheck</name>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is empty. Enter the question as a customer would ask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is empty. Enter the answer that the agent should give.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::SavedView</name>
    <message>
        <source>The view has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The view name is longer than %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The view names an unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Weav Console view file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was saved by a newer version of Weav Console. Update the console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not a Weav Console view link: it must start with weav://view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::SavedViewStore</name>
    <message>
        <source>The saved views could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved views could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::Session</name>
    <message>
        <source>This token may only read: it lacks the external-api:write ability. Ask a workspace admin for a token that may write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::TableExport</name>
    <message>
        <source>Writing row %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::TextItemCheck</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is missing. Enter a title of up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is empty. Enter the text that the agents should learn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingFileCheck</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder or a device, not a file. Choose the files themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name has no suffix, so its type is unknown. Use a %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type .%1 cannot be used as training data. Use a %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose a file with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 bytes, %2 more than the limit of 10 MiB (%3 bytes). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::TrainingListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::UrlListParser</name>
    <message>
        <source>No web address is given. Paste addresses that start with http:// or https://, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n lines is a web address starting with http:// or https://.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The same address is on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::UserListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookDeliveryModel</name>
    <message>
        <source>No: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes (%n repeat(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookEventLog</name>
    <message>
        <source>%1 is not a SQLite database: %2. Choose another file for the webhook event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook event log %1 was written by a newer version (schema %2, this version reads %3). Update the console or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the webhook event log table in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the webhook event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder of the webhook event log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the webhook event log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookReceiver</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope has no delivery id: `id` must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope has no event type: `event` must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret is empty. Enter the secret that the webhook sender signs deliveries with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook event log path is empty. Choose a file for the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen for webhook deliveries on %1 port %2: %3. Choose another port, or close the program that uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries use POST, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body has %1 bytes, over the limit of %2 bytes (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Weav-Signature header is missing. Sign the body with the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Weav-Signature header does not match the body. Check the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery could not be recorded. Send it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookSecret</name>
    <message>
        <source>No webhook secret is stored for the profile &quot;%1&quot;. Enter the secret of the workspace&apos;s webhook in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::core::cells</name>
    <message>
        <source>The teammate&apos;s name could not be loaded; this is the teammate&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI agent&apos;s name could not be loaded; this is the agent&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name could not be loaded; this is the customer&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s name could not be loaded; this is the company&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::net::ProxySettings</name>
    <message>
        <source>Enter the proxy host, e.g. proxy.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; is invalid: give a host name or an IP address, without a scheme or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port %1 is invalid: use a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityPresentation</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matched the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Weav-Signature header was missing or did not match: the delivery was rejected with 401 and not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityView</name>
    <message>
        <source>the Activity area is not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the request as a curl command; the token is written as $WEAV_API_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender must deliver to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks are off. Turn them on in File &gt; Settings &gt; Live Updates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AdminErrors</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentChecklist</name>
    <message>
        <source>copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentForm</name>
    <message>
        <source>Copilot: suggests replies to teammates; it cannot be deleted or deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email agent: answers email conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent to see and change its settings, or create a new agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, up to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avatar URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit; or %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max messages per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tone the product offers, or type your own (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a length the product offers, or type your own (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the agent takes conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited phrases and escalation rules are set in the Weav dashboard; the API shows them but does not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API creates chat agents. The copilot and the email agent come with the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was saved, but the server&apos;s reply has no agent id. Reload the list to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers questions about returns and refunds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTableModel</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the training items of this agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items assigned to this agent, as counted by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items assigned to the agent, counted by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentTrainingCounts</name>
    <message>
        <source>Counting the agent&apos;s training items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply has no total (meta.total), so the count is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: check the agents that should use the new training data. You can assign it later from the training list too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent list could not be loaded, so no agent can be chosen now. Continue without agents and assign them from the training list later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no agents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a checked agent, the items are added but no agent uses them yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsView</name>
    <message>
        <source>New Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent list is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not activate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not deactivate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the agent “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations assigned to it become unassigned, and its training data is no longer assigned to it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agents failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a chat agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch whether the selected agent takes conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Agents area is not built</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AnalyticsView</name>
    <message>
        <source>the Analytics area is not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversations did not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone whose local days make up the period, e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the conversations that changed since the last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the numbers shown stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: choose an IANA name from the list, such as Europe/Berlin. The numbers stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the cached conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the analytics data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers shown are those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n first response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1 · Chat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aged 7 days or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 created, spam included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every conversation of the workspace for the first time; the numbers follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet. Press Refresh to load the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1 · %2, compared with %3 · %4 · %5 conversations as of %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AssignAgentsDialog</name>
    <message>
        <source>Assign to Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items selected: %1. They are assigned to the checked agents, and the agents they have already stay assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneeDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::AssigneePicker</name>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find a teammate or AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works on this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — AI agent, started this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — AI agent, email agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — AI agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BarListWidget</name>
    <message numerus="yes">
        <source>%1: %n open conversation(s). Click to list them in the inbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BuiltInViews</name>
    <message>
        <source>Views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent and high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations without an assignee: the backlog nobody has picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations of priority urgent or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations assigned to an AI agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed conversations changed in the last 7 days, most recently changed first. The list cannot filter by closing time, so a conversation closed earlier but edited since is listed too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkAction</name>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the priority to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkActionBar</name>
    <message>
        <source>Apply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which conversations the action changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %L1 selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %L1 matching this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matching this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee (teammate or AI agent; type to filter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to each conversation (other tags stay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from each conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkController</name>
    <message>
        <source>Collecting the conversations that match this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the conversations that match this view: %L1 so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the matching conversations was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not collect the conversations that match this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches this view. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %L1 conversations that match this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %L1 selected conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each conversation is changed with its own request, %1 at a time. Failures are listed with their reason, and can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first conversations of the inbox include no chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultDialog</name>
    <message>
        <source>%v of %m conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent finish, and the rest are listed as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 conversations finished, %L4 failed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 done, %L3 failed, %L4 cancelled, of %L5 conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed, with the reason beside each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ByteSizeDelegate</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture, or its numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export “%1” to %2: %3. Check that the folder exists and is writable, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ColumnChooser</name>
    <message>
        <source>The subject column is always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action, a view or a conversation subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ move · Enter runs · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the server failed: %1. Only loaded conversations are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window has no command palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CompaniesView</name>
    <message>
        <source>Search companies by name or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds companies whose name or domain contains the text, ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no companies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company&apos;s name or domain contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more companies after row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the company %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customers of this company: %n. They stay in the workspace, without a company.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The company&apos;s customers stay in the workspace, without a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDetail</name>
    <message>
        <source>Customers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer belongs to this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the company&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more of the company&apos;s customers after row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company to see its details and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer to open them in Customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, e.g. 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number: enter the number of employees in digits, e.g. 250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee count cannot be negative: enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee count can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::Composer</name>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for teammates; the customer never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note for teammates; the customer never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 characters long; one message may have at most %2. Shorten it or send it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing can be sent with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teammate is set to reply as, so nothing can be sent. Choose the teammate you reply as in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your teammate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by %1 — not sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you opened it. Your change has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change, not saved yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my change anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my change and show the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (changed by someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — your change sets this field too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field you can see changed; the conversation was updated on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version already contains your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Weav workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL of your Weav workspace and an API token created in the Weav dashboard. The token is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet.

Fill in the form to add one, or open the demo workspace to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile and its token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teammate that replies and notes from this console are sent as. The list fills after a successful connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample workspace that runs inside the console, with seeded teammates, AI agents, customers and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token from the Weav dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token to test. Weav shows a token once, when it is created in the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: the server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: the token was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the token cannot read this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, read-only: this token cannot change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token may read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token for the profile &quot;%1&quot;. Weav shows a token once, when it is created in the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is removed from the keychain as well. The workspace itself and the token&apos;s validity on the server do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept because its token could not be removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleController</name>
    <message>
        <source>Opening the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. Pick one from the list, or add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is saved; use --demo or --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weav-console: the screenshots failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weav-console: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleKeyboard</name>
    <message>
        <source>C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Internal Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open View Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh View Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation first: J and K move through the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConsoleOptions</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;: weav-console takes options and one weav://view link only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view link cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop console for support teams on the Weav External API v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weav://view link to open in the inbox once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the version and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the built-in demo workspace instead of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the demo workspace: small (about 2,000 conversations), medium (20,000) or large (200,000). Default: small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with the saved profile &lt;name&gt; instead of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the console in the language &lt;code&gt;, e.g. de, when its catalogue is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a 1440x900 PNG of each main view into &lt;dir&gt; once its data is shown, and prints each path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits after the screenshots: 0 when all were saved, 1 when a view did not load within 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: the demo server adds customer messages and conversations, &lt;per-minute&gt; of them a minute (default %1), so that live updates show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-size applies only with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --demo or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code; use a code such as de or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate-traffic applies only with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate-traffic &quot;%1&quot; is not a rate: give messages per minute from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-screenshots needs --screenshot-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weav-console: warning: no translation catalogue %1.qm in %2; the console stays in English.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weav Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run weav-console --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationPane</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (teammate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a teammate or AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unassign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the priority of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the tags of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this conversation; choose what to do with your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was discarded. This is the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token. What you sent waits here and goes out once you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ConversationTable</name>
    <message>
        <source>Click to sort by this column on the server; click again to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted: the server sorts only by created, last message and priority.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDetail</name>
    <message>
        <source>Conversations: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations: %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more of the customer&apos;s conversations after row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their profile and conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a conversation to open it in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the company&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this company in Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1 (its name could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en or de-CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company the customer belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies could not be loaded, so only the current company can be chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: write it as name@example.com, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer of this workspace already has the e-mail address “%1”. Use a different address, or search for that customer and edit them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomersView</name>
    <message>
        <source>Search customers by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds customers whose first name, last name, full name or e-mail address contains the text, ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s name or e-mail address contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more customers after row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer %1 &lt;%2&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conversations of this customer: %n. The workspace deletes them too, with every message in them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace also deletes the customer&apos;s conversations, with every message in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardCharts</name>
    <message>
        <source>0–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n conversation(s) created. Click to list them in the inbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No point on %n day(s) without a first response.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s). Click to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the backlog at the end of the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 assignees with the most open conversations of %2; the CSV export has all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardPeriod</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both dates of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 days long; choose at most %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DemoWorkspace</name>
    <message>
        <source>The demo size &quot;%1&quot; is unknown: use small, medium or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo workspace with %n conversation(s). This happens once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo workspace did not start within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DetailFields</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownBuilder</name>
    <message>
        <source>under 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 24 hours old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 3 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 7 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days old or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with an AI agent as assignee, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with a teammate as assignee, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and unassigned, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam created, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses to conversations created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses in %1 to conversations created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before the data&apos;s last refresh. Its backlog depends on closed_at, which the API cannot filter, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog %1 at the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at and on millisecond bounds of created_at, which the API cannot filter exactly, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations of %1, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and unassigned conversations, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This cell spans %n days of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A daylight-saving change makes this hour ambiguous, so the inbox cannot list exactly these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownDialog</name>
    <message>
        <source>Open in Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This list comes from the conversations cached for analytics, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the list to %1: %2. Check that the folder is writable, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AI agent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ErrorText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be reached (no network connection, or the server is down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not reply in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this channel does not allow that assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen assignee does not belong to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teammate this console sends as does not belong to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the token (it is missing, wrong, revoked or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token lacks the ability this request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace forbids this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected some values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests were sent in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed while handling it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the teammate you reply as in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, report it to the workspace admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a teammate, nobody, or the AI agent the channel allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another teammate or AI agent; the list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another teammate to reply as in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a workspace admin for a token with the external-api:write ability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in the Weav dashboard, or ask a workspace admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list to see what the workspace contains now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the workspace admin whether this server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, report it to the workspace admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat. Pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started the chat (%1). Pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent. Pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email conversation can be assigned to a teammate, to nobody, or to the workspace&apos;s active email agent (%1). Pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation&apos;s channel does not allow that assignee. Pick a teammate or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ExportDialog</name>
    <message>
        <source>Export %1 to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a byte-order mark for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel needs it to read accents and other non-ASCII letters in a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the loaded rows (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows of this view (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the file to write, or choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rows: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported, because loading the rows failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cancelled it. Export the loaded rows, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1. Choose another file or folder, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files with the button or drag them here. Each file is checked before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Training Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it is in the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1, %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::FilterBar</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations created on or after this local date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations created on or before this local date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the created date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the conditions that have no control here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date: pick %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::HeatmapWidget</name>
    <message>
        <source>Busiest hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n conversation(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxLiveUpdates</name>
    <message>
        <source>The list was last read from the workspace at %1 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has not been read from the workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxView</name>
    <message>
        <source>The token was rejected: enter a new token when asked, and the list loads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not read conversations: ask a workspace admin for a token with the read ability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is reachable, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be read: press Retry, and report the request id if it fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected a filter: change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait a moment, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation list is not available. %1 Ask the workspace admin which API this server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversations failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more conversations after row %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations match these filters.
Change or clear the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the visible columns of this view to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted: check the id, or reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening conversation %1 failed. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening conversation %1 failed: the reply has no conversation id (request id %2). Press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 on the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 on the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a worsening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdateSettingsPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the interval and the receiver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for changes every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 5 s to 10 min. The inbox asks only while its window is shown, and four times less often while webhooks arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhook deliveries on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace delivers webhooks to this console with a secret kept in memory, so nothing here needs setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret the webhook sender signs deliveries with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the webhook secret: deliveries are accepted only when signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The inbox uses the new settings now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::LiveUpdates</name>
    <message>
        <source>Webhooks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries are received at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::LoadingIndicator</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Weav Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another profile, add one, or open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live Update Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how often the inbox asks for changes, and the webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Weav Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Weav Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weav Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for support teams on the Weav External API v1.

Connected to %1 at %2.
Qt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token is in use; waiting changes are being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token of &quot;%1&quot; is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token works for this session, but it was not stored, so the next start asks for it again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled: the workspace refused the token.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::MetricFormat</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous value to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::MetricHelp</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created per day by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog age at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by assignee type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per assignee, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response time is first_response_at − created_at, over conversations created in the period that have a first response. Conversations without one are left out, not counted as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time is closed_at − created_at, over conversations closed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median of an even count is the mean of the two middle values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 90th percentile is the nearest rank: the ⌈0.9·n⌉-th smallest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at end: conversations created before the period&apos;s end that have no closed_at, or a closed_at at or after the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period. Also per channel and per local day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose closed_at is in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the conversations created in the period, the share whose assignee is an AI agent (assignee_type agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of all conversations created in the period, spam included, the share marked spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations whose created_at is in the period, per local day, stacked by channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per local day of created_at: the median and the 90th percentile. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets: under 5 minutes, 5 up to 15 minutes, 15 up to 60 minutes, 1 up to 4 hours, 4 up to 24 hours, and 24 hours or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age at the period&apos;s end (end − created_at): under 24 h, 24 h up to 3 days, 3 days up to 7 days, 7 days or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations created in the period, by their assignee now: an AI agent, a teammate, or unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations per assignee (teammate or AI agent) now, whatever the period. Unassigned ones are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations created in the period, by local weekday and hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no filter for first_response_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no filter for closed_at, so a click lists these conversations from the analytics cache instead of the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click opens these conversations in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age buckets depend on closed_at, which the API cannot filter, so a click on a bar lists its conversations from the analytics cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the period ends after the data&apos;s last refresh, a click opens the open conversations created before its end in the inbox. For an earlier end the backlog depends on closed_at, which the API cannot filter, so a click lists it from the analytics cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click opens the conversations created in the period with an AI agent as assignee in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click opens the spam created in the period in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click on a bar opens that day&apos;s conversations of that channel in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points are not clickable: the API has no filter for first_response_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click on a slice opens its conversations in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click on a bar opens that assignee&apos;s open conversations in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a period of up to 7 days a cell is one hour of one day, and a click opens its conversations in the inbox. In a longer period a cell spans several days, which one list filter cannot express, so a click lists its conversations from the analytics cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam conversations count only in the spam share. The period is whole local days in the chosen time zone; the previous period has the same number of days and ends the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::NoticeLine</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be reached. Changes you make are kept; the console retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unreachable (%1). Check the network or the server; the console keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::PriorityDelegate</name>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::QaPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type questions and answers, or import a CSV file with a question and an answer per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Q&amp;A Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), not imported: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs ready to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordFormDialog</name>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server rejected the fields marked below. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::RecordListPanel</name>
    <message>
        <source>%1: the reply contains no id (request id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is not available on this server. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ResultPage</name>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of each item. The items on the server are in the training list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not uploaded, with the reason beside each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent, because the upload was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a reply: the training list, loaded again when you close this window, shows whether they arrived.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed by the server; Retry Failed processes them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages still processing: %1. They are followed until the server is done with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload sends the items to the workspace. Items sent cannot be taken back from here, but you can delete them from the training list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size: decided by the server, which fetches the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: none; the items are added without agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ScreenshotRunner</name>
    <message>
        <source>the inbox has no conversation to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no record to select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result of a bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload wizard&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analytics dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not load within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the screenshot folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not capture %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window was closed before the screenshots were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::SessionStatusBar</name>
    <message>
        <source>Synced %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced 59 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace, served inside this console at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace answers requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be reached; the console retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced at %1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list or record has been read from the workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1/%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 requests are left in this minute; lists load more slowly until the limit resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server allows %1 requests per minute; %2 are left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single keys work while no text field has the focus. Esc or ? closes this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::SourcePage</name>
    <message>
        <source>What do you want to add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI agents answer from the training data they are assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article or a policy, with a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Q&amp;&amp;A pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions with their answers, typed in or imported from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents up to 10 MiB each: .txt, .md, .csv, .html, .pdf or .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses of pages that the server fetches and processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::StartupWindow</name>
    <message>
        <source>Weav Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TagEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tags (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 characters long; a tag may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TextPage</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text a title that says what it covers, and paste or type its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadDelegate</name>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TokenPrompt</name>
    <message>
        <source>The demo workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace of the profile &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the new token in the keychain for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API token needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace no longer accepts the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; to %3. The token may have expired or been revoked.

Enter a new token created in the Weav dashboard: the changes waiting for it are then sent again. Cancel lets them fail with this error; nothing you typed in the console is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel waiting changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingPreview</name>
    <message>
        <source>Select a training item to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text has been extracted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;The extracted text is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API returns a file&apos;s details but not its text, so the file cannot be previewed or edited here. Delete it and upload a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: none; assign the item to agents so that they use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingStatus</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingView</name>
    <message>
        <source>the Training data area is not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token cannot add training data, so the wizard cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wizard&apos;s result is captured in the demo workspace only, because it uploads training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wizard is past its first page already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Training Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to Agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 training items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data is not available on this server. %1 Ask the workspace admin which API this server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the training data failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more training data failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training items loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the training item “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n training items?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Training Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents stop using the deleted items. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not process “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is being processed again, but the failed item could not be deleted, so it is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text, Q&amp;A pairs, files or web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected items to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process the selected failed web pages again; each failed item is replaced by a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingWizard</name>
    <message>
        <source>Add Training Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items are on the server already and stay there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Training Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the training data you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been uploaded yet. Closing the wizard loses what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadPage</name>
    <message>
        <source>&amp;Stop Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping sends nothing more; what was sent already finishes, and the next page shows what reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: waiting for the replies to the requests already sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadProgressDelegate</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::UploadQueue</name>
    <message>
        <source>The upload was stopped before this was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no training item id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the request, but its reply names no item. Reload the training list to see whether it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this address, so no item was created for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, but no reply came (%1), so it is not known whether the item was created. The training list, loaded again when the wizard closes, shows it if it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed item %1 could not be deleted and is still in the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was deleted from the workspace while it was being processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, waiting to be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, but processing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::UrlsPage</name>
    <message>
        <source>Web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the addresses of the pages, one or more per line. The server fetches each page and processes its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages to process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, not used: “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, dropped: “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::ViewsSidebar</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save This View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved views could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and columns as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, delete, export, import and share views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter and sort the inbox, choose its columns, then press Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no total. Counted at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; is not in your saved views any more. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long: use at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists: choose another name, or delete that view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the view &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the view &quot;%1&quot; failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the view &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the view &quot;%1&quot; failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the view &quot;%1&quot; to %2 failed: %3. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the view &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a view from %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a view from %1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the view &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the view link failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened your saved view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot; from a link. It is not among your saved views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot; to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the link of &quot;%1&quot;. Anyone with Weav Console can open it with Open Link….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the inbox&apos;s filters, sort and visible columns as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your saved views to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your saved views to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? Its conversations stay; only the view goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your saved views to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weav Console views (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weav Console views (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open View Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a weav://view link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your saved views to copy its link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weav::ui::WebhookListener</name>
    <message>
        <source>No webhook secret is stored for &quot;%1&quot;. Enter it in Settings &gt; Live Updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weavctl</name>
    <message>
        <source>Correct the values above and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the values above and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no JSON object (request id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents get needs an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents create needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents update needs an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents update needs at least one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents delete needs an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run weavctl --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1; options start with two dashes, for example --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is given more than once; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is invalid; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --%1 value &quot;%2&quot; is not a date; use an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T09:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --%1 value is empty; give the text to filter by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --%1 value is %2 characters long; use at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --limit or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --limit value &quot;%1&quot; is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics needs --%1 YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a known IANA time zone, e.g. Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be email or chat, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response p90 (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution p90 (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not stored, so the profile &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add needs --base-url, for example https://api.weav.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token came on standard input; pipe it in, for example weavctl profiles add %1 --base-url URL --token-stdin &lt; token.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was given; add one with --token-stdin, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the current profile, used when no --profile or --base-url is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles remove needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; weavctl profiles list shows the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; was not removed from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot read this workspace: it lacks the external-api:read ability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned 1 conversation without an id; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations without an id; they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters; they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 returned fields of an unexpected type, shown as empty: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations get needs a conversation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 returned no JSON object (request id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export conversations needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned 1 conversation that does not match the filters or has no id; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters or have no id; they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 conversation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The --type value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --status value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training list takes one --agent; list the items of each agent separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training items left out because the server returned them without an id or outside the filters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Fix or leave out the files above and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded as training item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the given addresses starts with http:// or https:// and names a host. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Correct or leave out the addresses above and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice; it is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training add-text needs --title TITLE and --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training add-qa needs --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Correct the rows above and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair of row %1 was not created; %2 of %3 pairs were created before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training upload needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title names a single file; upload the files one at a time to give each a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent after this failure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training add-urls needs at least one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 returned no &quot;data&quot; array (request id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training assign needs a training item ID and at least one --agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training delete needs a training item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a sub-command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1 %2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --format value &quot;%1&quot; is invalid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --base-url or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is given. Use --base-url URL or --profile NAME, set %1, or add a profile with weavctl profiles add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address uses plain http:// to %2, which would send the token unencrypted. Use https://, or add --allow-plain-http if the network to the server is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is given. Set %1, or store the token in a profile with weavctl profiles add NAME --base-url URL --token-stdin and use --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is stored for the profile &quot;%1&quot;. Store one with weavctl profiles add %1 --base-url URL --token-stdin, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the profile &quot;%1&quot; could not be read: %2 Set %3 to give the token another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
