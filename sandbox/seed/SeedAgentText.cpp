#include "SeedText.h"

namespace weav::sandbox::seed::text {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList phrases(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *phrase : list)
        result.append(utf8(phrase));
    return result;
}

EscalationRule rule(const char *channel, const char *text, const char *escalateTo)
{
    return EscalationRule{utf8(channel), utf8(text), utf8(escalateTo)};
}

AgentProfile aria()
{
    AgentProfile agent;
    agent.name = QStringLiteral("Aria");
    agent.description = utf8("Kestrel's front-line chat assistant. Answers product questions from the help centre, "
                             "checks order status and hands over to the team when a person is needed.");
    agent.tone = QStringLiteral("Warm");
    agent.responseLength = QStringLiteral("Standard");
    agent.maxMessagesPerSession = 40;
    agent.hasAvatar = true;
    agent.isCopilot = true;
    agent.chatShare = 55;
    agent.prohibitedPhrases = phrases({"I guarantee", "as an AI language model", "that's not my problem", "calm down"});
    agent.escalationRules = {
        rule("chat", "The customer asks for a refund above €500 or disputes a charge.", "billing team"),
        rule("", "The customer mentions a lawyer, a chargeback or legal action.", "support lead"),
        rule("chat", "The customer asks to speak to a person a second time.", "on-duty teammate"),
    };
    return agent;
}

AgentProfile quill()
{
    AgentProfile agent;
    agent.name = QStringLiteral("Quill");
    agent.description = utf8("Writes the first reply to incoming e-mail and files invoice and shipping requests "
                             "with the order and invoice numbers the team needs.");
    agent.tone = QStringLiteral("Professional");
    agent.responseLength = QStringLiteral("Long");
    agent.hasAvatar = true;
    agent.isEmailAgent = true;
    agent.prohibitedPhrases = phrases({"per my last e-mail", "unfortunately there is nothing we can do",
                                       "free of charge forever"});
    agent.escalationRules = {
        rule("email", "The invoice needs a different VAT number or legal entity.", "finance team"),
        rule("email", "A security issue, a data breach or a request to delete personal data.", "security team"),
        rule("email", "A damaged shipment worth more than €1,000.", "logistics team"),
    };
    return agent;
}

AgentProfile sage()
{
    AgentProfile agent;
    agent.name = QStringLiteral("Sage");
    agent.description = utf8("Setup specialist for new customers: walks them through installing desk sensors, "
                             "room displays and calendar integrations.");
    agent.tone = QStringLiteral("Neutral");
    agent.responseLength = QStringLiteral("Standard");
    agent.maxMessagesPerSession = 30;
    agent.chatShare = 30;
    agent.focusTopic = QStringLiteral("onboarding");
    agent.prohibitedPhrases = phrases({"just search for it", "you should have read the manual", "that's impossible"});
    agent.escalationRules = {
        rule("chat", "Network or firewall questions that the setup guide does not answer.", "solutions engineers"),
        rule("", "The customer has more than 200 devices to install.", "onboarding team"),
    };
    return agent;
}

AgentProfile juno()
{
    AgentProfile agent;
    agent.name = QStringLiteral("Juno");
    agent.description = utf8("Billing assistant from the pilot, replaced by Aria and Quill. Kept inactive for its "
                             "training history.");
    agent.tone = QStringLiteral("Direct");
    agent.responseLength = QStringLiteral("Short");
    agent.maxMessagesPerSession = 20;
    agent.isActive = false;
    agent.prohibitedPhrases = phrases({"we never make mistakes", "read the terms"});
    agent.escalationRules = {
        rule("", "Any refund request.", "billing team"),
    };
    return agent;
}

AgentProfile pixel()
{
    AgentProfile agent;
    agent.name = QStringLiteral("Pixel");
    agent.description = utf8("Handles chats outside office hours with short, friendly replies and leaves a "
                             "summary for the morning shift.");
    agent.tone = QStringLiteral("Witty");
    agent.responseLength = QStringLiteral("Short");
    agent.maxMessagesPerSession = 25;
    agent.hasAvatar = true;
    agent.chatShare = 15;
    agent.afterHours = true;
    agent.prohibitedPhrases = phrases({"LOL", "whatever", "no idea"});
    agent.escalationRules = {
        rule("chat", "An outage, or several customers reporting the same error.", "on-call engineer"),
        rule("chat", "The customer belongs to a VIP account.", "account manager"),
    };
    return agent;
}

Article article(const char *title, const char *content)
{
    return Article{utf8(title), utf8(content)};
}

QuestionAnswer qa(const char *question, const char *answer)
{
    return QuestionAnswer{utf8(question), utf8(answer)};
}

} // namespace

const std::vector<AgentProfile> &agentProfiles()
{
    static const std::vector<AgentProfile> list = {juno(), aria(), quill(), sage(), pixel()};
    return list;
}

const std::vector<Article> &articles()
{
    static const std::vector<Article> list = {
        article("Placing desk sensors",
                "Mount each Kestrel Desk Sensor under the desk top, 20–40 cm from the front edge, with the lens "
                "facing down. Keep it away from metal frames directly above it. Sensors calibrate during their first "
                "24 hours online, and occupancy data from that period is marked as estimated."),
        article("Room display: first-time setup",
                "Connect the Kestrel Room Display to power over Ethernet or the included adapter. Scan the QR code "
                "on the screen with the Kestrel mobile app, pick the room, and the display shows its bookings "
                "within a minute. Displays update their firmware at night."),
        article("Network requirements for Kestrel devices",
                "Devices only need outbound HTTPS on port 443 to *.kestrel.example. They do not accept incoming "
                "connections. Proxies that inspect TLS must exclude these domains, or devices show \"Device "
                "offline\"."),
        article("How occupancy is calculated",
                "Occupancy is measured per desk in 15-minute slots during the office hours set for each floor. A "
                "slot counts as occupied when the sensor detects presence for at least 5 minutes of it. Reports "
                "average the slots per desk, floor and building."),
        article("Refund policy",
                "Unused devices can be returned within 30 days of delivery for a full refund. Subscriptions are "
                "refunded pro rata when cancelled within 14 days of a renewal. Refunds go to the original payment "
                "method and take 5–10 business days."),
        article("Returns and replacements",
                "Start a return under Orders → Return. We e-mail a prepaid label, and the refund or replacement is "
                "triggered when the carrier scans the parcel. Devices damaged in transit are replaced without a "
                "return."),
        article("Shipping times and carriers",
                "Orders ship from our warehouses in Rotterdam and Dallas within one business day. Standard delivery "
                "takes 2–4 business days in Europe and North America. Tracking numbers are e-mailed when the "
                "parcel leaves the warehouse."),
        article("Plans and seat billing",
                "Kestrel has four plans: Starter, Team, Business and Enterprise. Each plan includes a number of "
                "seats, and extra seats are billed monthly. Devices are bought once and work with every plan."),
        article("Proration when adding seats",
                "Seats added during a billing cycle are charged pro rata for the remaining days. Removed seats are "
                "credited on the next invoice, never refunded to the card."),
        article("Payment methods and failed payments",
                "We accept cards and, on annual Business and Enterprise plans, bank transfer. When a payment fails "
                "we retry after 1, 3 and 7 days and show a banner to admins. The workspace becomes read-only after "
                "14 days without payment."),
        article("Invoices, VAT and purchase order numbers",
                "Invoices are issued on the billing date and listed under Settings → Billing → Invoices. Admins can "
                "add a VAT number and a purchase order number to the billing profile. Reissued invoices void the "
                "original."),
        article("Cancelling or downgrading",
                "Admins can cancel under Settings → Billing. The plan stays active until the end of the term. "
                "Downgrading to Starter keeps all history and floor plans."),
        article("Exporting your data",
                "Bookings, occupancy and device data can be exported as CSV under Settings → Data. Exports of more "
                "than a year are prepared in the background and e-mailed as a download link."),
        article("Password resets and lockouts",
                "Reset links are valid for 30 minutes. After 10 failed sign-in attempts an account is locked for an "
                "hour; support can unlock it earlier after verifying the requester."),
        article("Single sign-on (SAML)",
                "Business and Enterprise plans support SAML single sign-on with Okta, Microsoft Entra ID and other "
                "identity providers. When the provider rotates its signing certificate, upload the new one under "
                "Settings → Security."),
        article("Two-factor authentication",
                "Users can protect their accounts with an authenticator app. Codes are time-based, so a phone clock "
                "that is off by more than a minute causes rejected codes."),
        article("Google Calendar integration",
                "Connect Google Calendar under Settings → Integrations. Kestrel imports room resources and keeps "
                "bookings in sync both ways. The connection uses a token that expires when an admin revokes access."),
        article("Microsoft 365 and Outlook",
                "Kestrel reads and writes room mailboxes in Microsoft 365. Bookings made in Outlook appear on the "
                "room display within a minute."),
        article("Slack and Microsoft Teams notifications",
                "Post booking reminders and no-show alerts to a Slack or Microsoft Teams channel. Each workspace can "
                "connect one channel per floor."),
        article("REST API: authentication and limits",
                "API tokens are created by admins and sent as a bearer token. The API allows 120 requests per "
                "minute per token and answers 429 with a Retry-After header when the limit is reached."),
        article("Webhooks",
                "Kestrel sends booking and device events to your webhook URL, signed with HMAC-SHA256. Failed "
                "deliveries are retried with exponential backoff for up to a day, so handlers must ignore "
                "duplicates."),
        article("Recurring bookings",
                "Any booking can repeat daily, weekly or monthly. Changing one occurrence asks whether to change the "
                "rest of the series."),
        article("Guest bookings",
                "Employees can book rooms for visitors and add their e-mail addresses. Guests receive an invitation "
                "with directions but cannot book rooms themselves."),
        article("Firmware updates",
                "Devices install firmware updates between 02:00 and 04:00 local time. Updates that fail are retried "
                "the next night; the device page shows the installed version."),
        article("Data retention and GDPR requests",
                "Booking history is kept for three years. Requests to delete personal data are completed within 30 "
                "days, and the requester receives a confirmation."),
        article("Tone of voice for support replies",
                "Reply in the customer's words, lead with the answer, and end with the next step. Avoid blaming the "
                "customer and never promise dates the team has not confirmed."),
        article("Escalation paths",
                "Billing disputes go to the billing team, security issues to the security team, and outages to the "
                "on-call engineer. VIP accounts are copied to their account manager."),
    };
    return list;
}

const std::vector<QuestionAnswer> &questionAnswers()
{
    static const std::vector<QuestionAnswer> list = {
        qa("How long does a refund take?",
           "Refunds reach the original payment method within 5–10 business days after we approve them."),
        qa("Can I return a device?",
           "Unused devices can be returned within 30 days of delivery. Start the return under Orders → Return."),
        qa("Which carriers do you ship with?", "DHL, UPS, DPD and PostNL in Europe; UPS and FedEx in North America."),
        qa("How do I reset my password?", "Choose \"Forgot password\" on the sign-in page. The link is valid for 30 minutes."),
        qa("Why is the invite button greyed out?", "All seats of the plan are in use. Add seats under Settings → Billing."),
        qa("Do you support single sign-on?", "Yes, SAML single sign-on is included in the Business and Enterprise plans."),
        qa("How do I change the workspace owner?", "The current owner or support can transfer ownership to another admin."),
        qa("Which ports does the room display need?", "Only outbound HTTPS on port 443 to *.kestrel.example."),
        qa("How long does sensor calibration take?", "About 24 hours after the sensor first comes online."),
        qa("Can I add a PO number to invoices?", "Yes. Add it to the billing profile and it appears on every invoice."),
        qa("Where do I download invoices?", "Under Settings → Billing → Invoices, as PDF."),
        qa("Is VAT charged on my invoice?",
           "VAT is charged in the EU unless a valid VAT number is in the billing profile of a business outside the "
           "Netherlands."),
        qa("What happens to my data when I cancel?", "It stays available for export for 90 days after the plan ends."),
        qa("Can I downgrade instead of cancelling?", "Yes, to any smaller plan at the end of the current term."),
        qa("Do you offer discounts for non-profits?", "Registered non-profits get 30% off the Team and Business plans."),
        qa("How do I connect Google Calendar?", "Under Settings → Integrations → Google Calendar, then choose Import rooms."),
        qa("Why are bookings missing on the room display?",
           "Usually the calendar token expired. Reconnect the integration and bookings sync within minutes."),
        qa("How do I update firmware?", "Devices update automatically at night. There is nothing to install by hand."),
        qa("What does error K-4012 mean?", "The device lost its connection to Kestrel for more than 10 minutes."),
        qa("Can guests book rooms?", "No, but employees can book for guests and invite them."),
        qa("How are seats counted?", "Every invited person with a login is a seat. Devices do not use seats."),
        qa("Do you have an API?", "Yes, a REST API with webhooks, available on every plan except Starter."),
        qa("What is the API rate limit?", "120 requests per minute per token."),
        qa("How do I turn off e-mail notifications?", "Under your profile → Notifications."),
        qa("Can I book a room every week?", "Yes. Open the booking, choose Repeat, and pick the days."),
        qa("How long do desk sensor batteries last?", "About two years with the default reporting interval."),
        qa("Is the desk sensor a camera?", "No. It uses passive infrared and stores no images."),
        qa("Where is my data stored?", "In data centres in Frankfurt and Dublin, or in Virginia for US workspaces."),
        qa("How do I delete my personal data?", "Ask support; we complete the deletion within 30 days."),
        qa("What are your support hours?",
           "Our team answers from 8:00 to 20:00 CET on weekdays; Pixel answers chats outside those hours."),
        qa("How do I report a damaged delivery?", "Reply to the shipping e-mail with a photo and we send a replacement."),
        qa("Can I change the delivery address after ordering?", "Yes, until the order leaves the warehouse."),
        qa("Is there a free trial?", "Yes, 30 days of the Business plan with up to 10 devices."),
        qa("What happens when a payment fails?", "We retry after 1, 3 and 7 days; admins see a banner meanwhile."),
        qa("Can I pay by bank transfer?", "On annual Business and Enterprise plans, yes."),
    };
    return list;
}

const std::vector<TrainingFile> &trainingFiles()
{
    auto file = [](const char *title, const char *fileName, const char *mimeType) {
        return TrainingFile{utf8(title), utf8(fileName), utf8(mimeType)};
    };
    const char *pdf = "application/pdf";
    const char *docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static const std::vector<TrainingFile> list = {
        file("Desk sensor installation manual", "kestrel-desk-sensor-manual.pdf", pdf),
        file("Room display quick start", "room-display-quick-start.pdf", pdf),
        file("Price list 2025", "price-list-2025.pdf", pdf),
        file("Terms of service", "terms-of-service.docx", docx),
        file("Data processing agreement", "data-processing-agreement.pdf", pdf),
        file("Release notes 4.2", "release-notes-4.2.md", "text/markdown"),
        file("Release notes 4.1", "release-notes-4.1.md", "text/markdown"),
        file("Shipping rates by country", "shipping-rates.csv", "text/csv"),
        file("Support macros", "support-macros.txt", "text/plain"),
        file("Troubleshooting offline devices", "troubleshooting-offline-devices.html", "text/html"),
        file("Security whitepaper", "security-whitepaper.pdf", pdf),
        file("SSO setup for Okta", "sso-okta.docx", docx),
        file("SSO setup for Microsoft Entra ID", "sso-entra-id.docx", docx),
        file("Refunds and returns policy", "refunds-and-returns.md", "text/markdown"),
        file("Error codes", "error-codes.csv", "text/csv"),
        file("Onboarding checklist", "onboarding-checklist.docx", docx),
        file("Air monitor data sheet", "air-monitor-data-sheet.pdf", pdf),
        file("Holiday support schedule", "holiday-support-schedule.txt", "text/plain"),
        file("Invoice questions from finance teams", "invoice-faq.html", "text/html"),
        file("Network requirements", "network-requirements.pdf", pdf),
    };
    return list;
}

const std::vector<TrainingPage> &trainingPages()
{
    auto page = [](const char *title, const char *path) { return TrainingPage{utf8(title), utf8(path)}; };

    static const std::vector<TrainingPage> list = {
        page("Placing desk sensors", "/articles/placing-desk-sensors"),
        page("Setting up a room display", "/articles/room-display-setup"),
        page("Network requirements", "/articles/network-requirements"),
        page("How occupancy is calculated", "/articles/occupancy-calculation"),
        page("Refunds and returns", "/articles/refunds-and-returns"),
        page("Shipping and delivery", "/articles/shipping"),
        page("Plans and pricing", "/pricing"),
        page("Adding and removing seats", "/articles/seats"),
        page("Failed payments", "/articles/failed-payments"),
        page("Invoices and VAT", "/articles/invoices-and-vat"),
        page("Cancelling your plan", "/articles/cancel"),
        page("Exporting data", "/articles/export"),
        page("Resetting your password", "/articles/password-reset"),
        page("Single sign-on", "/articles/sso"),
        page("Google Calendar", "/integrations/google-calendar"),
        page("Microsoft 365", "/integrations/microsoft-365"),
        page("Slack", "/integrations/slack"),
        page("Microsoft Teams", "/integrations/microsoft-teams"),
        page("API reference", "/developers/api"),
        page("Webhooks", "/developers/webhooks"),
        page("Recurring bookings", "/articles/recurring-bookings"),
        page("Firmware updates", "/articles/firmware"),
        page("Privacy and GDPR", "/legal/privacy"),
        page("Status page help", "/articles/status-page"),
    };
    return list;
}

const QStringList &fileErrors()
{
    static const QStringList list = phrases({
        "Could not extract text from %1: the file is password-protected.",
        "Could not extract text from %1: the PDF contains only scanned images and no text layer.",
        "Could not read %1: the file is empty.",
    });
    return list;
}

} // namespace weav::sandbox::seed::text
