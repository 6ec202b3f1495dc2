<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>weav::core::AgentValidator</name>
    <message numerus="yes">
        <source>The name is missing. Enter a name of up to %Ln characters.</source>
        <translation>
            <numerusform>The name is missing. Enter a name of up to %Ln character.</numerusform>
            <numerusform>The name is missing. Enter a name of up to %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::FieldRules</name>
    <message numerus="yes">
        <source>The %1 has %n characters, but at most %2 are allowed. Shorten it by %3.</source>
        <translation>
            <numerusform>The %1 has %n character, but at most %2 are allowed. Shorten it by %3.</numerusform>
            <numerusform>The %1 has %n characters, but at most %2 are allowed. Shorten it by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::PagedListModel</name>
    <message numerus="yes">
        <source>%n row(s) without an id skipped</source>
        <translation>
            <numerusform>%n row without an id skipped</numerusform>
            <numerusform>%n rows without an id skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::ProfileStore</name>
    <message numerus="yes">
        <source>The profile name is %n characters long; use at most %1.</source>
        <translation>
            <numerusform>The profile name is %n character long; use at most %1.</numerusform>
            <numerusform>The profile name is %n characters long; use at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::QaCsvParser</name>
    <message numerus="yes">
        <source>The row has %n columns, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</source>
        <translation>
            <numerusform>The row has %n column, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</numerusform>
            <numerusform>The row has %n columns, but a Q&amp;A row has two: the question and the answer. Put double quotes around a question or answer that contains a comma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::SavedView</name>
    <message numerus="yes">
        <source>The view name is longer than %n character(s).</source>
        <translation>
            <numerusform>The view name is longer than %n character.</numerusform>
            <numerusform>The view name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::TextItemCheck</name>
    <message numerus="yes">
        <source>The title is missing. Enter a title of up to %Ln characters.</source>
        <translation>
            <numerusform>The title is missing. Enter a title of up to %Ln character.</numerusform>
            <numerusform>The title is missing. Enter a title of up to %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::UrlListParser</name>
    <message numerus="yes">
        <source>None of the %n lines is a web address starting with http:// or https://.</source>
        <translation>
            <numerusform>The line is not a web address starting with http:// or https://.</numerusform>
            <numerusform>None of the %n lines is a web address starting with http:// or https://.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::core::WebhookDeliveryModel</name>
    <message numerus="yes">
        <source>Yes (%n repeat(s))</source>
        <translation>
            <numerusform>Yes (%n repeat)</numerusform>
            <numerusform>Yes (%n repeats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ActivityView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentForm</name>
    <message numerus="yes">
        <source>Required, up to %Ln characters</source>
        <translation>
            <numerusform>Required, up to %Ln character</numerusform>
            <numerusform>Required, up to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a tone the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Choose a tone the product offers, or type your own (up to %Ln character).</numerusform>
            <numerusform>Choose a tone the product offers, or type your own (up to %Ln characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a length the product offers, or type your own (up to %Ln characters).</source>
        <translation>
            <numerusform>Choose a length the product offers, or type your own (up to %Ln character).</numerusform>
            <numerusform>Choose a length the product offers, or type your own (up to %Ln characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::AgentsView</name>
    <message numerus="yes">
        <source>%Ln agents loaded…</source>
        <translation>
            <numerusform>%Ln agent loaded…</numerusform>
            <numerusform>%Ln agents loaded…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::AnalyticsView</name>
    <message numerus="yes">
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n first response</numerusform>
            <numerusform>%n first responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aged 7 days or more</source>
        <translation>
            <numerusform>%n aged 7 days or more</numerusform>
            <numerusform>%n aged 7 days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times in %1 · %2, compared with %3 · %4 · %Ln conversations as of %5</source>
        <translation>
            <numerusform>Times in %1 · %2, compared with %3 · %4 · %Ln conversation as of %5</numerusform>
            <numerusform>Times in %1 · %2, compared with %3 · %4 · %Ln conversations as of %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BarListWidget</name>
    <message numerus="yes">
        <source>%1: %n open conversation(s). Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1: %n open conversation. Click to list it in the inbox.</numerusform>
            <numerusform>%1: %n open conversations. Click to list them in the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open conversation(s)</source>
        <translation>
            <numerusform>%1: %n open conversation</numerusform>
            <numerusform>%1: %n open conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkActionBar</name>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>The %Ln selected</numerusform>
            <numerusform>The %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching this view</source>
        <translation>
            <numerusform>The %Ln matching this view</numerusform>
            <numerusform>All %Ln matching this view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkController</name>
    <message numerus="yes">
        <source>all %Ln conversations that match this view</source>
        <translation>
            <numerusform>the %Ln conversation that matches this view</numerusform>
            <numerusform>all %Ln conversations that match this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected conversations</source>
        <translation>
            <numerusform>the %Ln selected conversation</numerusform>
            <numerusform>the %Ln selected conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultDialog</name>
    <message numerus="yes">
        <source>%1: %L2 of %Ln conversations finished, %L3 failed so far.</source>
        <translation>
            <numerusform>%1: %L2 of %Ln conversation finished, %L3 failed so far.</numerusform>
            <numerusform>%1: %L2 of %Ln conversations finished, %L3 failed so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversations.</source>
        <translation>
            <numerusform>%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversation.</numerusform>
            <numerusform>%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::BulkResultPanel</name>
    <message numerus="yes">
        <source>%n failed, with the reason beside each.</source>
        <translation>
            <numerusform>%n failed, with the reason beside each.</numerusform>
            <numerusform>%n failed, with the reason beside each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n not sent.</numerusform>
            <numerusform>%n not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::CompaniesView</name>
    <message numerus="yes">
        <source>Customers of this company: %n. They stay in the workspace, without a company.</source>
        <translation>
            <numerusform>Customers of this company: %n. It stays in the workspace, without a company.</numerusform>
            <numerusform>Customers of this company: %n. They stay in the workspace, without a company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln companies</source>
        <translation>
            <numerusform>%1 of %Ln company</numerusform>
            <numerusform>%1 of %Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies loaded</source>
        <translation>
            <numerusform>%Ln company loaded</numerusform>
            <numerusform>%Ln companies loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::Composer</name>
    <message numerus="yes">
        <source>This text is %Ln characters long; one message may have at most %1. Shorten it or send it in parts.</source>
        <translation>
            <numerusform>This text is %Ln character long; one message may have at most %1. Shorten it or send it in parts.</numerusform>
            <numerusform>This text is %Ln characters long; one message may have at most %1. Shorten it or send it in parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::CustomersView</name>
    <message numerus="yes">
        <source>Conversations of this customer: %n. The workspace deletes them too, with every message in them.</source>
        <translation>
            <numerusform>Conversations of this customer: %n. The workspace deletes it too, with every message in it.</numerusform>
            <numerusform>Conversations of this customer: %n. The workspace deletes them too, with every message in them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customers</source>
        <translation>
            <numerusform>%1 of %Ln customer</numerusform>
            <numerusform>%1 of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers loaded</source>
        <translation>
            <numerusform>%Ln customer loaded</numerusform>
            <numerusform>%Ln customers loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardCharts</name>
    <message numerus="yes">
        <source>%1, %2: %n conversation(s) created. Click to list them in the inbox.</source>
        <translation>
            <numerusform>%1, %2: %n conversation created. Click to list it in the inbox.</numerusform>
            <numerusform>%1, %2: %n conversations created. Click to list them in the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No point on %n day(s) without a first response.</source>
        <translation>
            <numerusform>No point on %n day without a first response.</numerusform>
            <numerusform>No point on %n days without a first response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s). Click to list them.</source>
        <translation>
            <numerusform>%1: %n conversation. Click to list it.</numerusform>
            <numerusform>%1: %n conversations. Click to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the backlog at the end of the period.</source>
        <translation>
            <numerusform>%n conversation in the backlog at the end of the period.</numerusform>
            <numerusform>%n conversations in the backlog at the end of the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln assignees with the most open conversations of %1; the CSV export has all of them.</source>
        <translation>
            <numerusform>The %Ln assignee with the most open conversations of %1; the CSV export has all of them.</numerusform>
            <numerusform>The %Ln assignees with the most open conversations of %1; the CSV export has all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DashboardPeriod</name>
    <message numerus="yes">
        <source>The period is %Ln days long; choose at most %1 days.</source>
        <translation>
            <numerusform>The period is %Ln day long; choose at most %1 days.</numerusform>
            <numerusform>The period is %Ln days long; choose at most %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DemoWorkspace</name>
    <message numerus="yes">
        <source>Creating the demo workspace with %n conversation(s). This happens once.</source>
        <translation>
            <numerusform>Creating the demo workspace with %n conversation. This happens once.</numerusform>
            <numerusform>Creating the demo workspace with %n conversations. This happens once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo workspace did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo workspace did not start within %n second.</numerusform>
            <numerusform>The demo workspace did not start within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownBuilder</name>
    <message numerus="yes">
        <source>This cell spans %n days of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</source>
        <translation>
            <numerusform>This cell spans %n day of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</numerusform>
            <numerusform>This cell spans %n days of the period, which one list filter cannot express, so the inbox cannot list exactly these conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ErrorText</name>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Wait %n second and try again.</numerusform>
            <numerusform>Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n conversation(s) created</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n conversation created</numerusform>
            <numerusform>%1, %2:00–%3:00: %n conversations created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::InboxView</name>
    <message numerus="yes">
        <source>%1 of %Ln conversations</source>
        <translation>
            <numerusform>%1 of %Ln conversation</numerusform>
            <numerusform>%1 of %Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations loaded</source>
        <translation>
            <numerusform>%Ln conversation loaded</numerusform>
            <numerusform>%Ln conversations loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled: the workspace refused the token.</source>
        <translation>
            <numerusform>%n waiting change cancelled: the workspace refused the token.</numerusform>
            <numerusform>%n waiting changes cancelled: the workspace refused the token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::RelativeTime</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::RepliesPage</name>
    <message numerus="yes">
        <source>%n teammate(s) in this workspace.</source>
        <translation>
            <numerusform>%n teammate in this workspace.</numerusform>
            <numerusform>%n teammates in this workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ResultPage</name>
    <message numerus="yes">
        <source>%n not uploaded, with the reason beside each.</source>
        <translation>
            <numerusform>%n not uploaded, with the reason beside each.</numerusform>
            <numerusform>%n not uploaded, with the reason beside each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent, because the upload was stopped.</source>
        <translation>
            <numerusform>%n not sent, because the upload was stopped.</numerusform>
            <numerusform>%n not sent, because the upload was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a reply: the training list, loaded again when you close this window, shows whether they arrived.</source>
        <translation>
            <numerusform>%n without a reply: the training list, loaded again when you close this window, shows whether it arrived.</numerusform>
            <numerusform>%n without a reply: the training list, loaded again when you close this window, shows whether they arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed by the server; Retry Failed processes them again.</source>
        <translation>
            <numerusform>%n could not be processed by the server; Retry Failed processes it again.</numerusform>
            <numerusform>%n could not be processed by the server; Retry Failed processes them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln items reached the server.</source>
        <translation>
            <numerusform>%1 of %Ln item reached the server.</numerusform>
            <numerusform>%1 of %Ln items reached the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::SessionStatusBar</name>
    <message numerus="yes">
        <source>The server allows %Ln requests per minute; %1 are left.</source>
        <translation>
            <numerusform>The server allows %Ln request per minute; %1 is left.</numerusform>
            <numerusform>The server allows %Ln requests per minute; %1 are left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln requests are left in this minute; a request over the limit waits for the server&apos;s reset and is sent again.</source>
        <translation>
            <numerusform>Only %1 of %Ln request is left in this minute; a request over the limit waits for the server&apos;s reset and is sent again.</numerusform>
            <numerusform>Only %1 of %Ln requests are left in this minute; a request over the limit waits for the server&apos;s reset and is sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TagEditor</name>
    <message numerus="yes">
        <source>“%1” is %Ln characters long; a tag may have at most %2.</source>
        <translation>
            <numerusform>“%1” is %Ln character long; a tag may have at most %2.</numerusform>
            <numerusform>“%1” is %Ln characters long; a tag may have at most %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TextPage</name>
    <message numerus="yes">
        <source>Up to %Ln characters</source>
        <translation>
            <numerusform>Up to %Ln character</numerusform>
            <numerusform>Up to %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 of %Ln character</numerusform>
            <numerusform>%1 of %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingPreview</name>
    <message numerus="yes">
        <source>%1 of %Ln characters</source>
        <translation>
            <numerusform>%1 of %Ln character</numerusform>
            <numerusform>%1 of %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingView</name>
    <message numerus="yes">
        <source>Delete %n training items?</source>
        <translation>
            <numerusform>Delete %n training item?</numerusform>
            <numerusform>Delete %n training items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln training items</source>
        <translation>
            <numerusform>%1 of %Ln training item</numerusform>
            <numerusform>%1 of %Ln training items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training items loaded</source>
        <translation>
            <numerusform>%Ln training item loaded</numerusform>
            <numerusform>%Ln training items loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::TrainingWizard</name>
    <message numerus="yes">
        <source>%1 of %Ln items are on the server already and stay there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</source>
        <translation>
            <numerusform>%1 of %Ln item is on the server already and stays there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</numerusform>
            <numerusform>%1 of %Ln items are on the server already and stay there. Items not sent yet stay unsent, requests already sent finish, and the result shows each item&apos;s outcome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weav::ui::ViewsSidebar</name>
    <message numerus="yes">
        <source>%Ln conversations at %1</source>
        <translation>
            <numerusform>%Ln conversation at %1</numerusform>
            <numerusform>%Ln conversations at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %Ln characters long: use at most %1.</source>
        <translation>
            <numerusform>The name is %Ln character long: use at most %1.</numerusform>
            <numerusform>The name is %Ln characters long: use at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weavctl</name>
    <message numerus="yes">
        <source>The server returned %n conversations without an id; they are left out.</source>
        <translation>
            <numerusform>The server returned %n conversation without an id; it is left out.</numerusform>
            <numerusform>The server returned %n conversations without an id; they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters; they are left out.</source>
        <translation>
            <numerusform>The server returned %n conversation that does not match the filters; it is left out.</numerusform>
            <numerusform>The server returned %n conversations that do not match the filters; they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server returned %n conversations that do not match the filters or have no id; they are left out.</source>
        <translation>
            <numerusform>The server returned %n conversation that does not match the filters or has no id; it is left out.</numerusform>
            <numerusform>The server returned %n conversations that do not match the filters or have no id; they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The --%1 value is %n characters long; use at most %2.</source>
        <translation>
            <numerusform>The --%1 value is %n character long; use at most %2.</numerusform>
            <numerusform>The --%1 value is %n characters long; use at most %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair of row %1 was not created; %2 of %n pairs were created before it.</source>
        <translation>
            <numerusform>The pair of row %1 was not created; %2 of %n pair was created before it.</numerusform>
            <numerusform>The pair of row %1 was not created; %2 of %n pairs were created before it.</numerusform>
        </translation>
    </message>
</context>
</TS>
