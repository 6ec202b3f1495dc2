#include "SeedText.h"

namespace weav::sandbox::seed::text {

namespace {

QStringList tags(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *tag : list)
        result.append(QString::fromLatin1(tag));
    return result;
}

// A topic without cases yet: its name, tag, related tags, channel weights and priority weights.
Topic topicWithMix(const char *name, const char *tag, std::initializer_list<const char *> relatedTags, double emailWeight,
                   double chatWeight, const std::array<double, 4> &priorityWeights)
{
    Topic topic;
    topic.name = QString::fromLatin1(name);
    topic.tag = QString::fromLatin1(tag);
    topic.relatedTags = tags(relatedTags);
    topic.emailWeight = emailWeight;
    topic.chatWeight = chatWeight;
    topic.priorityWeights = priorityWeights;
    return topic;
}

TopicCase topicCase(std::initializer_list<const char *> subjects, const char *emailOpening, const char *chatOpening,
                    const char *reply)
{
    return TopicCase{templates(subjects), TextTemplate(emailOpening), TextTemplate(chatOpening), TextTemplate(reply)};
}

Topic billing()
{
    Topic topic = topicWithMix("billing", "billing", {"invoice", "account"}, 10, 6, {18, 60, 16, 6});
    topic.cases.push_back(topicCase(
        {"Charged twice for the {plan} plan this month", "Two charges of {amount} on my card"},
        "I just noticed two charges of {amount} on my card ending in {card}, both for the {plan} plan. We only have one "
        "workspace, so one of them must be a mistake. Could you check and reverse the duplicate?",
        "hi, I see two payments of {amount} this month, can you check?",
        "I checked the account: the second charge of {amount} was a pre-authorisation that has already been released. It "
        "should disappear from your statement within 3–5 business days."));
    topic.cases.push_back(topicCase(
        {"Why did my bill go up to {amount}?", "Question about my last payment of {amount}"},
        "Our bill this month came to {amount}, which is a lot more than usual. We added {seats} seats on {date}, but I "
        "expected that to be prorated. Can you break down what we were charged for?",
        "Quick question about billing: why is this month {amount}?",
        "Thanks for flagging this. The increase comes from the {seats} seats added on {date}; they were billed pro rata "
        "for the rest of the cycle. You'll find the breakdown on your billing page."));
    topic.cases.push_back(topicCase(
        {"Card ending in {card} was declined", "Payment failed for our {plan} subscription"},
        "The payment for our {plan} subscription failed and the dashboard now shows a warning banner. The card ending in "
        "{card} is valid and has funds. What do we need to do to keep the account active?",
        "Hello! Our card ending in {card} got declined, how do I update it?",
        "You can update the card under Settings → Billing → Payment method. Once the new card is saved, we retry the "
        "payment automatically within an hour."));
    topic.cases.push_back(topicCase(
        {"Upgrading our plan mid-cycle: how is it billed?"},
        "We'd like to move to a bigger plan before our renewal on {later}. Will we pay the full price straight away, or "
        "only the difference for the rest of the term?",
        "if we upgrade our plan today, do we pay the full month again?",
        "You only pay the difference: the upgrade is charged pro rata for the days left in the current term, and the new "
        "price applies from your renewal on {later}."));
    topic.notes = templates({
        "The payment provider shows both charges as captured. Asked finance to void the duplicate.",
        "Customer is on a legacy {plan} price; do not migrate them without checking with their account manager.",
    });
    return topic;
}

Topic refund()
{
    Topic topic = topicWithMix("refund", "refund", {"billing", "shipping"}, 8, 4, {15, 60, 18, 7});
    topic.cases.push_back(topicCase(
        {"Refund for order #{order}", "Still waiting for my refund of {amount}"},
        "I returned the {product} from order #{order} on {date}, and {carrier} shows it as delivered to your warehouse. "
        "I haven't seen the refund of {amount} yet. Could you tell me when to expect it?",
        "hey, when will my refund of {amount} for order #{order} arrive? I sent it back on {date}",
        "I've issued a refund of {amount} for order #{order}. It should show on your statement within 5–10 business "
        "days, depending on your bank."));
    topic.cases.push_back(topicCase(
        {"Requesting a refund for the {product}", "Returning the {product} from order #{order}"},
        "We ordered a {product} (order #{order}), but it doesn't fit our meeting rooms after all. It's unused and still "
        "in the box. How do I send it back for a refund?",
        "Can I return a {product} I bought last week?",
        "Of course. I've created a return label for the {product}; you'll find it in your inbox. Once {carrier} scans "
        "the parcel, the refund goes out automatically."));
    topic.cases.push_back(topicCase(
        {"Refund for an unwanted renewal of the {plan} plan"},
        "Our annual {plan} plan renewed on {date} even though we had planned to cancel. We haven't used it since. Is it "
        "possible to refund the {amount}?",
        "our plan renewed on {date} but we wanted to cancel, can we get a refund?",
        "I'm sorry about the renewal. Since the workspace hasn't been used since {date}, I've refunded {amount} in full "
        "and set the plan to cancel at the end of the term."));
    topic.notes = templates({
        "Checked the billing system: the refund went out on {date}.",
        "Return received at the warehouse and inspected, no damage. Releasing {amount}.",
    });
    return topic;
}

Topic bug()
{
    Topic topic = topicWithMix("bug", "bug", {"integration", "login"}, 10, 14, {12, 50, 26, 12});
    topic.cases.push_back(topicCase(
        {"{product} shows {error} after the latest update", "{product} keeps going offline every night"},
        "Since the update on {date}, our {product} shows {error} every morning. Restarting it helps for a few hours, "
        "then the error comes back. We have about {seats} devices, and this happens on several of them.",
        "the {product} in {room} says {error}, what do I do?",
        "Thanks for the details. This is a known issue in firmware 4.2 for the {product}, and a fix ships this week. "
        "Until then, turning off power saving under Device → Settings keeps it online."));
    topic.cases.push_back(topicCase(
        {"Bookings disappear from the room display in {room}"},
        "Meetings booked in {integration} don't show up on the display in {room}. They are in the calendar, and other "
        "rooms work fine. This has been going on since {date}.",
        "meetings from {integration} don't show on the display in {room}",
        "I could reproduce this with a test room linked to {integration}. I've passed it to our engineers with your "
        "examples and will update you as soon as there is a fix."));
    topic.cases.push_back(topicCase(
        {"Dashboard charts stay empty since {date}", "Occupancy report shows {error}"},
        "When I open the occupancy report in {browser}, the charts stay empty and the page shows {error}. It worked "
        "last week. Other colleagues see the same thing.",
        "Hi, my dashboard has been empty since {date}. Is that a bug?",
        "Could you try a hard refresh (Ctrl+Shift+R) in {browser}? We deployed a fix for the empty charts an hour ago, "
        "and an old cached script can still show the error."));
    topic.cases.push_back(topicCase(
        {"Export to CSV fails with {error}"},
        "Exporting last month's bookings to CSV fails with {error} every time. Smaller date ranges work, so it might be "
        "the size. We need the file for our facilities review on {later}.",
        "Exporting to CSV gives me {error}",
        "Thanks, I can see the failed exports in our logs: exports of more than 50,000 rows time out at the moment. "
        "Until the fix ships, exporting one week at a time works, and I've sent you last month's file by e-mail."));
    topic.notes = templates({
        "Reproduced on staging. Filed as a firmware bug with the device logs from {room}.",
        "Same report from three other customers today. Linked to the known issue for the {product}.",
    });
    return topic;
}

Topic featureRequest()
{
    Topic topic = topicWithMix("feature request", "feature-request", {"integration"}, 6, 4, {45, 50, 5, 0});
    topic.cases.push_back(topicCase(
        {"Feature request: {feature}", "Any plans for {feature}?"},
        "We've been using Kestrel for a few months and love it. One thing our office managers keep asking for is "
        "{feature}. Is that on your roadmap?",
        "do you have {feature}? can't find it",
        "Thanks for the suggestion! That isn't available yet, but I've added your vote to the request our product team "
        "reviews every month."));
    topic.cases.push_back(topicCase(
        {"Would love to see {feature}"},
        "Our team of {seats} would get a lot more out of Kestrel with {feature}. Right now we do it by hand in a "
        "spreadsheet every Friday.",
        "Is {feature} coming soon?",
        "Good news: this is in beta. I've turned it on for your workspace; you'll find it under Settings → Labs."));
    topic.cases.push_back(topicCase(
        {"Suggestion for the room display"},
        "Small suggestion: it would help a lot if the room display showed who booked the room next. Today people knock "
        "on the door of {room} to find out.",
        "Feature idea: show who booked the room next on the display",
        "The room display can't do that today, but it's a good idea and I've passed it on to the product team. "
        "Meanwhile the Kestrel mobile app shows the organiser when you tap a booking."));
    topic.notes = templates({
        "Added a vote to the roadmap item for {feature}. Customer is on the {plan} plan.",
        "Customer would pilot the beta. Flagged for a product follow-up.",
    });
    return topic;
}

Topic onboarding()
{
    Topic topic = topicWithMix("onboarding", "onboarding", {"account", "integration"}, 6, 10, {28, 58, 11, 3});
    topic.cases.push_back(topicCase(
        {"Getting started with {seats} desk sensors"},
        "We just received our first {seats} desk sensors and want to roll them out across two floors. Is there a "
        "checklist for placing them, and how long does the first calibration take?",
        "hi, we just got {seats} desk sensors, where do I start?",
        "Welcome aboard! Our setup guide walks through placing the sensors, and calibration takes about 24 hours after "
        "they come online. I've also sent you a link to book an onboarding call."));
    topic.cases.push_back(topicCase(
        {"Onboarding call for our new office"},
        "We signed up for the {plan} plan yesterday. Could we book an onboarding call with someone from your team this "
        "week? We'd like to connect {integration} first.",
        "Can we book an onboarding call this week?",
        "Of course! I've sent you a link to book a call with our onboarding team; the first free slot is on {later}. "
        "Connecting {integration} takes about ten minutes, so we'll do that together."));
    topic.cases.push_back(topicCase(
        {"How do we set up the {product}?", "Network settings for the {product}"},
        "I'm setting up the {product} for {room}, but I'm not sure which network settings it needs. Our IT team wants "
        "to know the ports and domains before they open anything.",
        "which ports does the {product} need?",
        "The {product} needs outbound HTTPS (port 443) to *.kestrel.example and nothing else. Once it's online, it "
        "appears under Devices and you can assign it to {room}."));
    topic.cases.push_back(topicCase(
        {"Importing our rooms from {integration}"},
        "We have about {seats} meeting rooms in {integration}. Is there a way to import them instead of creating each "
        "one by hand?",
        "How do I add rooms from {integration}?",
        "Go to Settings → Integrations → {integration} and choose Import rooms. Kestrel keeps the names and capacities "
        "in sync after that."));
    topic.notes = templates({
        "New {plan} customer with {seats} seats. Offered an onboarding call on {later}.",
        "Their IT contact needs the firewall list; sent the network requirements article.",
    });
    return topic;
}

Topic shipping()
{
    Topic topic = topicWithMix("shipping", "shipping", {"refund"}, 11, 6, {18, 56, 19, 7});
    topic.cases.push_back(topicCase(
        {"Where is my order #{order}?"},
        "We ordered {seats} desk sensors on {date} (order #{order}) and haven't received a shipping confirmation. Our "
        "office opens next week, so we're getting a bit nervous.",
        "hi, where is order #{order}?",
        "Your order #{order} left our warehouse this morning with {carrier}; the tracking number is {tracking}. "
        "Delivery usually takes 2–4 business days."));
    topic.cases.push_back(topicCase(
        {"{carrier} tracking {tracking} hasn't moved in a week"},
        "The {carrier} tracking number {tracking} has shown \"in transit\" for seven days now. Could you check with "
        "them what is going on with order #{order}?",
        "tracking {tracking} is stuck, can you help?",
        "I've opened a trace with {carrier} for {tracking}. If the parcel doesn't move within 48 hours, we'll ship a new "
        "one at no cost."));
    topic.cases.push_back(topicCase(
        {"Order #{order} arrived damaged"},
        "Order #{order} arrived today, but the box was crushed and the screen of one {product} is cracked. I've "
        "attached photos. How do we get a replacement?",
        "My {product} arrived broken :(",
        "I'm sorry it arrived damaged. I've sent a replacement {product} with express shipping, and you don't need to "
        "return the broken one."));
    topic.cases.push_back(topicCase(
        {"Wrong item in order #{order}"},
        "The parcel for order #{order} contained a {product}, but that's not what we ordered. Can you send the right "
        "item and a return label for this one?",
        "order #{order} came with the wrong device",
        "Sorry for the mix-up! The correct item ships today with express delivery, and a return label for the {product} "
        "is on its way to your inbox."));
    topic.cases.push_back(topicCase(
        {"Can I change the delivery address for order #{order}?"},
        "We're moving offices next week. Could you deliver order #{order} to our new address instead? I've put the new "
        "address below.",
        "can I change the delivery address for order #{order}?",
        "Done: order #{order} hadn't left the warehouse yet, so I've updated the delivery address. You'll get the "
        "{carrier} tracking number once it ships."));
    topic.notes = templates({
        "The warehouse confirms order #{order} shipped on {date}; the delay is on the carrier's side.",
        "Replacement sent with tracking {tracking}. Claim filed with {carrier}.",
    });
    return topic;
}

Topic login()
{
    Topic topic = topicWithMix("login", "login", {"account", "bug"}, 7, 13, {10, 52, 26, 12});
    topic.cases.push_back(topicCase(
        {"Can't log in after resetting my password"},
        "I reset my password this morning, but the new one doesn't work: the login page just says {error}. I've tried "
        "{browser} and a private window. Could you help me get back in?",
        "can't log in, it says {error}",
        "I've cleared the lockout on your account and sent a fresh reset link; it's valid for 30 minutes. If {browser} "
        "still shows {error}, please clear the cookies for kestrel.example and try again."));
    topic.cases.push_back(topicCase(
        {"Password reset e-mail never arrives"},
        "I requested a password reset three times, but the e-mail never arrives. It's not in spam either. My colleagues "
        "receive their Kestrel notifications fine.",
        "hi, the password reset mail isn't arriving",
        "Our e-mail provider had blocked delivery to your address after a bounce. I've removed the block and sent the "
        "reset link again."));
    topic.cases.push_back(topicCase(
        {"Single sign-on stopped working for our team"},
        "Since {date} nobody in our team can sign in through single sign-on. We get sent back to the login page with "
        "{error}. Nothing changed on our side as far as I know.",
        "SSO is broken for our whole team!",
        "Your identity provider's signing certificate was rotated on {date}. Uploading the new certificate under "
        "Settings → Security restores sign-in for everyone."));
    topic.cases.push_back(topicCase(
        {"Two-factor codes are rejected", "Locked out of my account"},
        "The codes from my authenticator app are rejected every time, and now my account is locked. I haven't changed "
        "phones.",
        "my 2FA codes don't work and now I'm locked out",
        "I've unlocked your account. Rejected codes almost always come from a phone clock that is off by a minute or "
        "more, so turning on automatic time in your phone's settings fixes it."));
    topic.notes = templates({
        "The account was locked after 10 failed attempts. Unlocked it and suggested a password manager.",
        "Their SSO certificate expired on {date}. Asked the customer's IT team to upload the new one.",
    });
    return topic;
}

Topic cancellation()
{
    Topic topic = topicWithMix("cancellation", "cancellation", {"refund", "billing"}, 5, 3, {15, 58, 20, 7});
    topic.cases.push_back(topicCase(
        {"Please cancel our subscription", "Cancel the {plan} plan at the end of the term"},
        "We're moving to a smaller office and won't need Kestrel anymore. Please cancel our {plan} subscription at the "
        "end of the current term and confirm in writing.",
        "hi, how do I cancel our plan?",
        "I've scheduled the cancellation for the end of your term on {later}. You keep full access until then, and you "
        "can export your data any time under Settings → Data."));
    topic.cases.push_back(topicCase(
        {"How do I close our Kestrel account?"},
        "Our budget for next year was cut, so we need to cancel. Before we do: can we export all occupancy data from "
        "the last year?",
        "we need to cancel, can we export our data first?",
        "Yes: you can export all bookings and occupancy data as CSV under Settings → Data before you cancel. Once you "
        "have it, I'll close the account at the end of your term on {later}."));
    topic.cases.push_back(topicCase(
        {"Downgrade instead of cancelling?"},
        "We want to stop the subscription, but we'd keep {seats} seats if there were a cheaper option. Is there "
        "something between the Starter and {plan} plans?",
        "can we downgrade instead of cancelling?",
        "I'm sorry to see you go. Before I process this: we could move you to the Starter plan at {amount} per month, "
        "which keeps your history. Would that work?"));
    topic.notes = templates({
        "Churn risk because of a budget cut. Offered the Starter plan, waiting for a reply.",
        "Cancellation confirmed for the end of the term. Informed the account manager.",
    });
    return topic;
}

Topic integration()
{
    Topic topic = topicWithMix("integration", "integration", {"bug", "onboarding"}, 8, 8, {15, 55, 22, 8});
    topic.cases.push_back(topicCase(
        {"{integration} sync stopped on {date}"},
        "Our {integration} connection stopped syncing on {date}. Bookings made in Kestrel no longer show up there, and "
        "the integration page says {error}. Reconnecting didn't help.",
        "{integration} hasn't synced since {date}",
        "The {integration} token for your workspace expired. Reconnecting under Settings → Integrations issues a new "
        "one, and the missed bookings sync within a few minutes."));
    topic.cases.push_back(topicCase(
        {"API returns {error} for room bookings"},
        "We're building an internal tool on top of the REST API. Creating a booking for {room} returns {error}, "
        "although the same request worked last month. Has something changed?",
        "An API call to create a booking gives me {error}, any idea?",
        "The bookings endpoint now expects times in ISO 8601 with a time zone. Adding the offset to start and end fixes "
        "the {error} you're seeing."));
    topic.cases.push_back(topicCase(
        {"Connecting Kestrel to Slack"},
        "We'd like to post a message to Slack when a room is booked but nobody checks in. Is that possible with the "
        "built-in integration, or do we need Zapier?",
        "how do I get no-show alerts in Slack?",
        "Yes, that's built in: under Settings → Integrations → Slack, turn on \"No-show alerts\" and pick the channel."));
    topic.cases.push_back(topicCase(
        {"Webhooks from Kestrel arrive twice", "Duplicate booking events in our webhook"},
        "Our webhook endpoint receives every booking event twice, a few seconds apart. It started around {date}. Is "
        "that expected?",
        "we get every webhook twice, is that normal?",
        "Yes, that can happen: when your endpoint takes longer than 10 seconds to answer, we retry the delivery. Each "
        "event keeps its id on retries, so your handler can skip ids it has already seen."));
    topic.notes = templates({
        "Their admin revoked the integration token on {date}. Not a bug.",
        "Raised the duplicate events with the integrations team.",
    });
    return topic;
}

Topic account()
{
    Topic topic = topicWithMix("account", "account", {"login", "billing"}, 7, 7, {22, 60, 13, 5});
    topic.cases.push_back(topicCase(
        {"Change the owner of our workspace"},
        "The office manager who set up our account has left the company. Could you transfer ownership of the workspace "
        "to me? I'm an admin already.",
        "how do I change the account owner?",
        "I've transferred ownership of the workspace to you. The previous owner keeps admin rights until you remove them "
        "under Settings → Members."));
    topic.cases.push_back(topicCase(
        {"Add {seats} more users to our account"},
        "We need to add {seats} more users, but the invite button is greyed out. We're on the {plan} plan. Is there a "
        "limit we've reached?",
        "the invite button is greyed out, why?",
        "The {plan} plan includes a fixed number of seats, and you've reached it. Adding seats under Settings → Billing "
        "unlocks the invite button right away."));
    topic.cases.push_back(topicCase(
        {"Delete my personal data"},
        "Under the GDPR I'd like you to delete all personal data you hold about me, including my booking history. "
        "Please confirm once it's done.",
        "please delete all my personal data",
        "Your deletion request is confirmed. We remove your personal data within 30 days and will send a confirmation "
        "when it's done."));
    topic.cases.push_back(topicCase(
        {"Update our company name and address"},
        "We've changed our company name after a merger. Could you update the name and address on our account? New "
        "invoices should use the new details from {later}.",
        "I need to update our billing address",
        "I've updated the company name and billing address. Invoices from your next billing date on {later} will show "
        "the new details."));
    topic.cases.push_back(topicCase(
        {"Merge two Kestrel accounts"},
        "Our two offices each set up their own Kestrel workspace. Can you merge them into one, keeping the rooms and "
        "booking history of both?",
        "can you merge our two workspaces?",
        "Yes, we can merge them. I've scheduled it for tonight: the rooms and bookings of both workspaces move into the "
        "older one, and members of the other workspace get an invitation."));
    topic.notes = templates({
        "Verified that the requester is a workspace admin before making the change.",
        "GDPR deletion request logged; due by {later}.",
    });
    return topic;
}

Topic invoice()
{
    Topic topic = topicWithMix("invoice", "invoice", {"billing"}, 10, 2, {25, 60, 12, 3});
    topic.cases.push_back(topicCase(
        {"Invoice {invoice} shows the wrong VAT number"},
        "Invoice {invoice} lists our old VAT number, and our finance team can't book it like that. Could you reissue it "
        "with the correct number? I've attached our registration certificate.",
        "invoice {invoice} has our old VAT number",
        "I've reissued invoice {invoice} with the corrected VAT number. You'll find the new PDF under Settings → "
        "Billing → Invoices; the old one is voided."));
    topic.cases.push_back(topicCase(
        {"Need a copy of invoice {invoice}", "Where can I download our invoices?"},
        "I can't find invoice {invoice} in the billing section. Could you send a PDF copy to this address?",
        "where do I download invoice {invoice}?",
        "Attached is a copy of invoice {invoice}. You can download all invoices under Settings → Billing → Invoices."));
    topic.cases.push_back(topicCase(
        {"Please add our PO number to invoice {invoice}"},
        "Our accounts payable team needs our purchase order number on every invoice. Could you add PO 4500{order} to "
        "invoice {invoice} and send it again?",
        "we need our PO number on invoice {invoice} please",
        "I've added the PO number to your billing profile, so it appears on invoice {invoice} and every future "
        "invoice."));
    topic.cases.push_back(topicCase(
        {"Invoice {invoice} is addressed to the wrong entity"},
        "Invoice {invoice} is addressed to our parent company, but it should go to our local entity, which pays for the "
        "subscription. Could you reissue it?",
        "invoice {invoice} has the wrong company name on it",
        "I've reissued invoice {invoice} to your local entity and updated the billing profile, so future invoices use "
        "it too."));
    topic.notes = templates({
        "Finance reissued invoice {invoice}. Checked the VAT number in VIES.",
        "Customer needs the PO number on all invoices; added it to the billing profile.",
    });
    return topic;
}

Topic howTo()
{
    Topic topic = topicWithMix("how-to question", "", {"onboarding", "account"}, 6, 12, {35, 60, 5, 0});
    topic.cases.push_back(topicCase(
        {"How do I book a recurring meeting in {room}?"},
        "Is it possible to book {room} every Monday morning for our team meeting? I only see single bookings in the "
        "app.",
        "how do I book {room} every week?",
        "Yes: open the booking, choose Repeat and pick the weekday. Recurring bookings are available on every plan."));
    topic.cases.push_back(topicCase(
        {"How are occupancy numbers calculated?"},
        "Our managers want to know how the occupancy percentages in the weekly report are calculated. Is it per desk, "
        "or per floor?",
        "how is occupancy calculated in the weekly report?",
        "Occupancy is measured per desk, in 15-minute slots during your office hours. The weekly report averages those "
        "slots per floor."));
    topic.cases.push_back(topicCase(
        {"Can guests book rooms?"},
        "Can visitors book a room themselves, or does an employee have to do it for them?",
        "can visitors book a room themselves?",
        "Guests can't book rooms themselves, but any employee can book for them and add their e-mail address. They then "
        "get an invitation with directions."));
    topic.cases.push_back(topicCase(
        {"Where can I change notification settings?"},
        "I get an e-mail for every booking in our team, which is far too many. Where can I turn those off?",
        "Where do I turn off the e-mail notifications?",
        "Notification settings are under your profile → Notifications. You can turn e-mails off and keep the push "
        "notifications in the mobile app."));
    topic.cases.push_back(topicCase(
        {"Question about desk check-in"},
        "How does desk check-in work? Do people need to tap their badge, or does the desk sensor notice them on its "
        "own?",
        "quick question: how does desk check-in work?",
        "The desk sensor checks people in on its own once it detects someone for five minutes. Tapping a badge on the "
        "Kestrel Badge Reader works too, and it's required when your admins turn on strict check-in."));
    topic.notes = templates({
        "Sent the help-centre article on this.",
    });
    return topic;
}

Topic outage()
{
    Topic topic = topicWithMix("outage", "bug", {"login", "integration"}, 1, 1, {0, 20, 45, 35});
    topic.cases.push_back(topicCase(
        {"Is Kestrel down? The dashboard shows {error}", "Can't reach the Kestrel dashboard"},
        "Nobody in our office can open the Kestrel dashboard right now; it shows {error}. Is there an outage?",
        "is kestrel down?? the dashboard shows {error}",
        "Yes, we're seeing an outage that affects the dashboard and the room displays. Our engineers are working on it; "
        "you can follow the updates on status.kestrel.example."));
    topic.cases.push_back(topicCase(
        {"All room displays offline", "URGENT: no bookings loading"},
        "All room displays in our office went offline at the same time and show \"Device offline\". Is there an outage? "
        "We have back-to-back meetings all afternoon.",
        "all our displays just went offline",
        "There was an outage affecting room displays. It's resolved now, and the displays reconnect on their own within "
        "a few minutes. Sorry for the disruption!"));
    topic.notes = templates({
        "Linked to today's incident. Send the post-mortem once it's published.",
    });
    return topic;
}

} // namespace

const QStringList &tagNames()
{
    static const QStringList list = tags({"billing", "refund", "bug", "feature-request", "onboarding", "vip",
                                          "shipping", "login", "cancellation", "integration", "account", "invoice"});
    return list;
}

const std::vector<Topic> &topics()
{
    static const std::vector<Topic> list = {billing(), refund(),   bug(),          featureRequest(), onboarding(),
                                            shipping(), login(),   cancellation(), integration(),    account(),
                                            invoice(),  howTo()};
    return list;
}

const Topic &outageTopic()
{
    static const Topic topic = outage();
    return topic;
}

const QStringList &emailGreetings()
{
    static const QStringList list = tags({"Hi,", "Hello,", "Hi there,", "Hello Kestrel team,", "Dear support team,",
                                          "Good morning,"});
    return list;
}

const QStringList &emailSignOffs()
{
    static const QStringList list = tags({"Thanks,", "Best regards,", "Kind regards,", "Cheers,", "Thank you,",
                                          "Many thanks,"});
    return list;
}

const Templates &openingExtras()
{
    static const Templates list = templates({
        "We have a client visit on Thursday, so a quick answer would be much appreciated.",
        "Thanks in advance for your help.",
        "Let me know if you need our account details.",
        "This is the second time this month, so we'd like to understand what happened.",
        "I'm the office manager, so you can reach me at this address.",
    });
    return list;
}

const Templates &customerFollowUps()
{
    static const Templates list = templates({
        "Thanks for the quick reply. One more question: does this also apply to the {product} in {room}?",
        "I tried that, but I still see {error}.",
        "Could you confirm once this is done?",
        "Thanks. Is there anything else you need from me?",
        "I've attached a screenshot. It happens in {browser}.",
        "Sorry, I forgot to mention that this affects {seats} of our users.",
        "Any update on this?",
    });
    return list;
}

const Templates &customerThanks()
{
    static const Templates list = templates({
        "Thanks, that solved it!",
        "Perfect, thank you for the quick help.",
        "Great, all working again. Have a nice day!",
        "Got it, thanks {responder}.",
        "Thank you, that's exactly what I needed.",
    });
    return list;
}

const Templates &teamFollowUps()
{
    static const Templates list = templates({
        "Thanks for the screenshot. I've passed it on to our engineers and will get back to you by tomorrow.",
        "Just following up: were you able to try the steps above?",
        "Good question. Yes, the same applies to every device in your workspace.",
        "Thanks for confirming. I've updated your account accordingly.",
        "I checked again with the team: the fix is scheduled for the release on {later}.",
    });
    return list;
}

const Templates &teamClosings()
{
    static const Templates list = templates({
        "Glad it's sorted! I'll close this conversation now; just reply if anything else comes up.",
        "You're welcome! Have a great day.",
        "Happy to help. I'm closing this one, but you can reopen it any time by replying.",
    });
    return list;
}

const Templates &handOffReplies()
{
    static const Templates list = templates({
        "I'll bring in a colleague from the team who can look into this for you.",
        "This needs a closer look from our support team. I'm handing you over now, and someone will reply shortly.",
        "Let me connect you with a member of our team who can help with this.",
    });
    return list;
}

const Templates &generalNotes()
{
    static const Templates list = templates({
        "Long-time customer; keep them in the loop personally.",
        "Follow up on {later} if there is no reply.",
        "Asked tier 2 for a second opinion.",
        "Does anyone know whether this changed in the last release?",
    });
    return list;
}

const Templates &spamSubjects()
{
    static const Templates list = templates({
        "Congratulations! You have been selected for a $500 gift card",
        "Boost your SEO ranking in 7 days",
        "URGENT: verify your mailbox to avoid suspension",
        "Re: Overdue payment - final notice",
        "Partnership opportunity for your website",
        "You have (3) undelivered messages",
        "Get 10,000 real followers today",
        "Guaranteed 300% returns on crypto investments",
        "Your domain listing expires today",
        "Cheap designer watches, 80% off",
        "We build apps for you at 1/10 of the cost",
    });
    return list;
}

const Templates &spamBodies()
{
    static const Templates list = templates({
        "Dear Sir/Madam, we are pleased to inform you that your e-mail was selected in our annual draw. Click the "
        "link below to claim your prize before it expires.",
        "Hello, I checked your website and found 27 critical SEO errors. Reply YES and I will send you the full "
        "report for free.",
        "Your mailbox has exceeded its storage limit. Verify your account within 24 hours or incoming messages "
        "will be deleted.",
        "Hi, we are a software agency with 200+ developers. We can build any app for a fraction of the price. Can "
        "we schedule a call?",
        "Attached is the overdue invoice. Please pay immediately to avoid legal action.",
    });
    return list;
}

const QStringList &spamSenderNames()
{
    static const QStringList list = tags({"offers", "promo", "noreply-billing", "seo.expert", "winner",
                                          "partnerships", "support-desk", "crypto.gains"});
    return list;
}

const QStringList &spamDomains()
{
    static const QStringList list = tags({"best-deals-online", "growth-leads", "prize-center", "mail-verify-center",
                                          "quick-seo", "devshop-outsourcing", "crypto-gains", "luxury-outlet"});
    return list;
}

} // namespace weav::sandbox::seed::text
