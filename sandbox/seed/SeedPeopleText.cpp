#include "SeedText.h"

namespace weav::sandbox::seed::text {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    result.reserve(qsizetype(list.size()));
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

} // namespace

const std::vector<Culture> &cultures()
{
    static const std::vector<Culture> list = {
        // 0: English
        {words({"James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella",
                "Lucas", "Mia", "Oliver", "Charlotte", "Elijah", "Amelia", "Henry", "Harper", "Jack", "Evelyn",
                "Samuel", "Abigail", "Owen", "Emily", "Daniel", "Grace", "Caleb", "Chloe", "Ryan", "Zoe",
                "Nathan", "Lily", "Megan", "Tyler", "Hannah", "Connor", "Rachel", "Dylan", "Natalie", "Aaron"}),
         words({"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
                "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
                "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
                "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker",
                "Collins", "O'Brien", "Murphy", "Hughes", "Bennett", "Reed"})},
        // 1: German
        {words({"Lukas", "Anna", "Jonas", "Lena", "Leon", "Marie", "Felix", "Sophie", "Paul", "Hannah", "Maximilian",
                "Laura", "Tim", "Julia", "Niklas", "Lea", "Florian", "Katharina", "Tobias", "Sarah", "Jan",
                "Johanna", "Moritz", "Clara"}),
         words({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
                "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause"})},
        // 2: French
        {words({"Louis", "Camille", "Hugo", "Léa", "Gabriel", "Chloé", "Arthur", "Manon", "Jules", "Inès", "Raphaël",
                "Sarah", "Théo", "Juliette", "Nathan", "Louise", "Antoine", "Élise", "Maxime", "Margaux", "Baptiste",
                "Zoé"}),
         words({"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
                "Fontaine", "Rousseau", "Chevalier", "Mercier"})},
        // 3: Spanish
        {words({"Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Alejandro", "María", "Daniel", "Paula", "Javier",
                "Carmen", "Diego", "Elena", "Adrián", "Valeria", "Sergio", "Ana", "Mateo", "Laura", "Carlos",
                "Isabel", "Andrés", "Camila", "Jorge"}),
         words({"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres",
                "Domínguez", "Vázquez", "Ramos", "Castillo", "Ortega"})},
        // 4: Portuguese (Brazil)
        {words({"João", "Ana", "Pedro", "Beatriz", "Gabriel", "Mariana", "Lucas", "Juliana", "Rafael", "Larissa",
                "Thiago", "Camila", "Bruno", "Fernanda", "Felipe", "Letícia", "Gustavo", "Carolina", "Matheus",
                "Isabela"}),
         words({"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Rodrigues", "Almeida",
                "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Cardoso",
                "Teixeira"})},
        // 5: Dutch
        {words({"Daan", "Emma", "Sem", "Julia", "Lucas", "Sanne", "Bram", "Lotte", "Thijs", "Fleur", "Ruben", "Anouk",
                "Jesse", "Eva", "Stijn", "Femke", "Lars", "Iris", "Niels", "Maud"}),
         words({"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
                "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
                "Dekker", "Brouwer"})},
        // 6: Swedish
        {words({"Erik", "Astrid", "Lars", "Ingrid", "Nils", "Elsa", "Oskar", "Maja", "Anders", "Freja", "Johan",
                "Linnea", "Gustav", "Saga", "Magnus", "Ebba", "Viktor", "Nora", "Henrik", "Klara"}),
         words({"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                "Svensson", "Gustafsson", "Lindqvist", "Lindberg", "Bergström", "Sjöberg", "Holm", "Nyström",
                "Lundgren", "Engström", "Åberg", "Hedlund"})},
        // 7: Italian
        {words({"Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Aurora", "Matteo", "Chiara", "Leonardo",
                "Martina", "Andrea", "Giorgia", "Marco", "Alice", "Riccardo", "Elena", "Davide", "Federica",
                "Tommaso", "Beatrice"}),
         words({"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
                "Moretti"})},
        // 8: Polish
        {words({"Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Filip", "Zofia", "Mateusz", "Hanna",
                "Bartosz", "Aleksandra", "Łukasz", "Natalia", "Paweł", "Katarzyna", "Michał", "Magdalena", "Tomasz",
                "Agnieszka"}),
         words({"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
                "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"})},
        // 9: Japanese
        {words({"Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura", "Riku", "Mei", "Takumi", "Yuna",
                "Kaito", "Akari", "Daiki", "Misaki", "Kenji", "Yuki", "Hiroshi", "Emi"}),
         words({"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi",
                "Shimizu", "Mori"})},
        // 10: Indian
        {words({"Aarav", "Priya", "Vihaan", "Ananya", "Arjun", "Diya", "Rohan", "Isha", "Aditya", "Kavya", "Karan",
                "Neha", "Rahul", "Pooja", "Siddharth", "Meera", "Vikram", "Shreya", "Nikhil", "Lakshmi"}),
         words({"Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Kumar", "Rao", "Mehta", "Joshi",
                "Desai", "Menon", "Chatterjee", "Banerjee", "Kapoor", "Malhotra", "Pillai", "Raman", "Bhat"})},
        // 11: Nigerian
        {words({"Chidi", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Olumide", "Chiamaka", "Ifeanyi", "Aisha",
                "Babajide", "Yetunde", "Obinna", "Zainab", "Segun", "Amaka"}),
         words({"Okafor", "Adeyemi", "Okeke", "Balogun", "Eze", "Ogunleye", "Nwosu", "Abubakar", "Adebayo", "Chukwu",
                "Ibrahim", "Olawale", "Obi", "Uche", "Bello", "Afolabi"})},
        // 12: Turkish
        {words({"Emre", "Elif", "Can", "Zeynep", "Mehmet", "Ayşe", "Burak", "Defne", "Kerem", "Ece", "Murat", "Selin",
                "Arda", "Deniz", "Onur", "Merve"}),
         words({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç",
                "Aslan", "Koç", "Kurt", "Özdemir", "Polat"})},
        // 13: Korean
        {words({"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Ji-woo", "Hyun-woo", "Yu-na",
                "Tae-yang", "Da-eun"}),
         words({"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"})},
    };
    return list;
}

const std::vector<Locale> &locales()
{
    auto locale = [](const char *code, const char *country, const char *countryCode, const char *phonePrefix,
                     const char *currency, double currencyScale, const char *legalSuffix, int utcOffsetMinutes,
                     int culture, double share) {
        return Locale{QString::fromUtf8(code), QString::fromUtf8(country), QString::fromUtf8(countryCode),
                      QString::fromUtf8(phonePrefix), QString::fromUtf8(currency), QString::fromUtf8(legalSuffix),
                      currencyScale, utcOffsetMinutes, culture, share};
    };

    // Three US entries, because US customers write from three time zones.
    static const std::vector<Locale> list = {
        locale("en-US", "United States", "us", "+1", "$", 1.1, "Inc.", -300, 0, 18),
        locale("en-US", "United States", "us", "+1", "$", 1.1, "Inc.", -360, 0, 7),
        locale("en-US", "United States", "us", "+1", "$", 1.1, "Inc.", -480, 0, 11),
        locale("en-GB", "United Kingdom", "gb", "+44", "£", 0.85, "Ltd", 0, 0, 12),
        locale("en-CA", "Canada", "ca", "+1", "CA$", 1.5, "Inc.", -300, 0, 3),
        locale("en-AU", "Australia", "au", "+61", "A$", 1.65, "Pty Ltd", 600, 0, 3),
        locale("en-IN", "India", "in", "+91", "₹", 90, "Pvt Ltd", 330, 10, 3),
        locale("de-DE", "Germany", "de", "+49", "€", 1, "GmbH", 60, 1, 11),
        locale("de-AT", "Austria", "at", "+43", "€", 1, "GmbH", 60, 1, 2),
        locale("fr-FR", "France", "fr", "+33", "€", 1, "SAS", 60, 2, 7),
        locale("es-ES", "Spain", "es", "+34", "€", 1, "S.L.", 60, 3, 5),
        locale("es-MX", "Mexico", "mx", "+52", "MX$", 19, "S.A. de C.V.", -360, 3, 3),
        locale("pt-BR", "Brazil", "br", "+55", "R$", 5.8, "Ltda.", -180, 4, 4),
        locale("nl-NL", "Netherlands", "nl", "+31", "€", 1, "B.V.", 60, 5, 4),
        locale("sv-SE", "Sweden", "se", "+46", "SEK ", 11.5, "AB", 60, 6, 2.5),
        locale("it-IT", "Italy", "it", "+39", "€", 1, "S.r.l.", 60, 7, 3),
        locale("pl-PL", "Poland", "pl", "+48", "PLN ", 4.3, "sp. z o.o.", 60, 8, 2),
        locale("ja-JP", "Japan", "jp", "+81", "¥", 160, "K.K.", 540, 9, 2),
        locale("en-NG", "Nigeria", "ng", "+234", "₦", 1600, "Ltd", 60, 11, 1),
        locale("tr-TR", "Türkiye", "tr", "+90", "₺", 35, "A.Ş.", 180, 12, 1),
        locale("ko-KR", "South Korea", "kr", "+82", "₩", 1450, "Co., Ltd.", 540, 13, 1),
    };
    return list;
}

QString asciiName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        const QChar lower = character.toLower();
        if (lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) {
            result += lower;
            continue;
        }

        // Letters that have no decomposition into a base letter and a mark.
        switch (lower.unicode()) {
        case 0x0142: // ł
            result += QLatin1Char('l');
            break;
        case 0x0131: // dotless i
            result += QLatin1Char('i');
            break;
        case 0x00df: // ß
            result += QLatin1String("ss");
            break;
        case 0x00f8: // ø
            result += QLatin1Char('o');
            break;
        default:
            break;
        }
    }
    return result;
}

const QStringList &companyRoots()
{
    static const QStringList list = words({
        "Alder", "Amberline", "Arbor", "Ashgrove", "Aspen", "Bayside", "Beacon", "Birchwood", "Blackwater",
        "Bluefin", "Bramble", "Brightwater", "Brookfield", "Cascade", "Cedar", "Clearwater", "Cobalt", "Copperline",
        "Corbel", "Crescent", "Crestview", "Daybreak", "Deepwell", "Driftwood", "Eastgate", "Elmstead", "Ember",
        "Evergreen", "Fairhaven", "Fernhill", "Fieldstone", "Fjord", "Flint", "Foxglove", "Galeforce", "Glacier",
        "Goldcrest", "Granite", "Greenbank", "Greyhawk", "Halcyon", "Harbor", "Hartwell", "Hazel", "Heron",
        "Highland", "Hollow Oak", "Ironbark", "Ivywood", "Juniper", "Kingfisher", "Lakeside", "Lantern", "Larch",
        "Linden", "Lodestar", "Longview", "Marigold", "Meadowlark", "Meridian", "Millbrook", "Moonstone", "Mossgate",
        "Nimbus", "Northgate", "Oakridge", "Obsidian", "Orchard", "Osprey", "Palisade", "Pebble", "Pinecrest",
        "Pioneer", "Quarry", "Quillon", "Radiant", "Redwood", "Ridgeway", "Riverstone", "Rowan", "Saffron",
        "Saltmarsh", "Sandpiper", "Sequoia", "Silverleaf", "Skyline", "Slate", "Southwind", "Sparrow", "Stonebridge",
        "Summit", "Sunbeam", "Tamarack", "Thistle", "Tidewater", "Timberline", "Topaz", "Trillium", "Tundra",
        "Upland", "Vantage", "Verdant", "Waypoint", "Westbrook", "Whitecap", "Wildflower", "Willow", "Windrose",
        "Wren", "Yarrow", "Yellowfield", "Zephyr", "Zenith",
    });
    return list;
}

const std::vector<CompanyKind> &companyKinds()
{
    auto kind = [](const char *noun, const char *industry) {
        return CompanyKind{QString::fromUtf8(noun), QString::fromUtf8(industry)};
    };

    static const std::vector<CompanyKind> list = {
        kind("Analytics", "Software"),         kind("Software", "Software"),
        kind("Labs", "Software"),              kind("Systems", "Software"),
        kind("Cloud", "Software"),             kind("Digital", "Software"),
        kind("Logistics", "Logistics"),        kind("Freight", "Logistics"),
        kind("Couriers", "Logistics"),         kind("Health", "Healthcare"),
        kind("Clinics", "Healthcare"),         kind("Dental", "Healthcare"),
        kind("Medical", "Healthcare"),         kind("Capital", "Financial services"),
        kind("Accounting", "Financial services"), kind("Insurance", "Financial services"),
        kind("Outfitters", "Retail"),          kind("Goods", "Retail"),
        kind("Market", "Retail"),              kind("Home", "Retail"),
        kind("Manufacturing", "Manufacturing"), kind("Industries", "Manufacturing"),
        kind("Works", "Manufacturing"),        kind("Tooling", "Manufacturing"),
        kind("Academy", "Education"),          kind("Learning", "Education"),
        kind("Hotels", "Hospitality"),         kind("Hospitality", "Hospitality"),
        kind("Kitchens", "Hospitality"),       kind("Properties", "Real estate"),
        kind("Realty", "Real estate"),         kind("Workspaces", "Real estate"),
        kind("Media", "Media"),                kind("Studios", "Media"),
        kind("Publishing", "Media"),           kind("Legal", "Legal services"),
        kind("Consulting", "Consulting"),      kind("Advisory", "Consulting"),
        kind("Partners", "Consulting"),        kind("Energy", "Energy"),
        kind("Solar", "Energy"),               kind("Architects", "Architecture"),
        kind("Design", "Architecture"),        kind("Engineering", "Engineering"),
        kind("Foundation", "Non-profit"),      kind("Biosciences", "Biotechnology"),
        kind("Pharma", "Biotechnology"),       kind("Marketing", "Marketing"),
        kind("Creative", "Marketing"),
    };
    return list;
}

const QStringList &mailProviders()
{
    static const QStringList list = words({"mailbox.example", "inbox.example", "postmail.example", "webmail.example",
                                           "fastpost.example", "letterbox.example", "mymail.example",
                                           "homemail.example"});
    return list;
}

const QStringList &nicknames()
{
    static const QStringList list = words({"sunnyday", "bluebird", "nightowl", "coffeelover", "trailrunner",
                                           "pixelpusher", "deskhopper", "earlybird", "roomfinder", "quietdesk",
                                           "officecat", "mapleleaf", "northstar", "papercrane"});
    return list;
}

const QStringList &products()
{
    static const QStringList list = words({"Kestrel Room Display", "Kestrel Desk Sensor", "Kestrel Air Monitor",
                                           "Kestrel Hub", "Kestrel Badge Reader", "Kestrel Occupancy Counter"});
    return list;
}

const QStringList &plans()
{
    static const QStringList list = words({"Starter", "Team", "Business", "Enterprise"});
    return list;
}

const QStringList &integrations()
{
    static const QStringList list = words({"Google Calendar", "Microsoft 365", "Slack", "Microsoft Teams", "Okta",
                                           "Zapier", "Outlook", "Microsoft Entra ID"});
    return list;
}

const QStringList &browsers()
{
    static const QStringList list = words({"Chrome 124 on Windows 11", "Safari 17 on macOS", "Firefox 126",
                                           "Edge 124", "the iOS app 4.2.1", "the Android app 4.2.0"});
    return list;
}

const QStringList &errorTexts()
{
    static const QStringList list = words({"error 500", "\"Session expired\"", "ERR_TOO_MANY_REDIRECTS",
                                           "error code K-4012", "\"Device offline\"", "a blank white screen",
                                           "\"Invalid token\"", "error 403 (Forbidden)", "\"Calendar sync failed\"",
                                           "error 502 (Bad Gateway)"});
    return list;
}

const QStringList &carriers()
{
    static const QStringList list = words({"DHL", "UPS", "FedEx", "DPD", "GLS", "PostNL", "Royal Mail", "La Poste",
                                           "Correos"});
    return list;
}

const QStringList &features()
{
    static const QStringList list = words({
        "recurring desk bookings",
        "a dark mode for the dashboard",
        "CSV export of the occupancy report",
        "a German translation of the room display",
        "group sync for single sign-on",
        "custom fields on bookings",
        "an API endpoint for desk check-ins",
        "floor plans with more than 500 desks",
        "automatic release of rooms after no-shows",
        "a weekly e-mail summary for managers",
        "parking spot bookings",
        "temperature alerts from the air monitor",
    });
    return list;
}

const QStringList &rooms()
{
    static const QStringList list = words({"Harbor Room", "Atlas (3rd floor)", "the Boardroom", "Room 2.14", "Fjord",
                                           "the Library", "Focus Pod 3", "Lisbon", "the Loft", "Meeting Room B"});
    return list;
}

} // namespace weav::sandbox::seed::text
