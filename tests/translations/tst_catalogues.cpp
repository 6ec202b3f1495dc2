// The catalogues in translations/: each is complete for the sources as they are now. A copy of
// every .ts file is merged with the sources by lupdate, with the options of the update_translations
// target, and the result must have no unfinished, obsolete or vanished entry. Every translation
// keeps the source's placeholders (%1 to %99, %n, %Ln) and, where the source has one, a keyboard
// accelerator (&). Plural entries have as many forms as the language has.
// Not covered yet: whether a translation is good German or Spanish, and texts that are cut off
// in the widgets (the screenshots show those).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList translations;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

// The plural forms per language, as lrelease counts them for Qt 6.4.
int pluralFormsOf(const QString &language)
{
    static const QHash<QString, int> forms = {
        {QStringLiteral("en"), 2}, {QStringLiteral("de"), 2}, {QStringLiteral("es"), 2}};
    return forms.value(language, 0);
}

QStringList catalogueNames()
{
    return QDir(QStringLiteral(WEAV_SOURCE_DIR "/translations"))
        .entryList({QStringLiteral("weav-console_*.ts")}, QDir::Files, QDir::Name);
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");

    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTsFile(const QString &path, QString *error)
{
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, input.errorString());
        return file;
    }

    QXmlStreamReader xml(&input);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS"))
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            file.messages.append(readMessage(xml, context));
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 is not valid XML: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return file;
}

// Runs lupdate as the update_translations target does, on a copy of the catalogue.
QString mergeSources(const QString &tsPath, bool pluralOnly)
{
    QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-recursive"),
                             QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
    if (pluralOnly)
        arguments.append(QStringLiteral("-pluralonly"));
    arguments += {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), tsPath};

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WEAV_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(WEAV_LUPDATE), arguments);
    if (!lupdate.waitForFinished(240000))
        return QStringLiteral("lupdate did not finish within 240 s");
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: %1").arg(QString::fromLocal8Bit(lupdate.readAll()));
    return {};
}

QString describe(const TsMessage &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(80));
}

QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found.insert(match.next().captured(1).remove(QLatin1Char('L')));
    return found;
}

// "Q&A" is the product's name for question-and-answer pairs, not an accelerator, so a translation
// may spell it out.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^& ]"));
    QString withoutQa = text;
    withoutQa.remove(QStringLiteral("Q&A"));
    return accelerator.match(withoutQa).hasMatch();
}

// Lists the entries failing check, at most ten of them, with their count.
template<typename Check>
QString listFailures(const QList<TsMessage> &messages, Check check)
{
    QStringList failures;
    int count = 0;
    for (const TsMessage &message : messages) {
        const QString reason = check(message);
        if (reason.isEmpty())
            continue;
        if (++count <= 10)
            failures.append(describe(message) + QStringLiteral(": ") + reason);
    }
    if (count == 0)
        return {};
    return QStringLiteral("%1 entries:\n  %2").arg(count).arg(failures.join(QStringLiteral("\n  ")));
}

} // namespace

class CataloguesTest : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_exist();

    void catalogue_upToDate_data();
    void catalogue_upToDate();

    void catalogue_keepsPlaceholders_data();
    void catalogue_keepsPlaceholders();

    void catalogue_translatesEveryText_data();
    void catalogue_translatesEveryText();

    void englishCatalogue_holdsPluralsOnly();

private:
    void addCatalogueRows();
    TsFile mergedCopy(const QString &name);

    QTemporaryDir m_dir;
};

void CataloguesTest::catalogues_exist()
{
    const QStringList names = catalogueNames();
    QVERIFY2(names.contains(QStringLiteral("weav-console_de.ts")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("weav-console_es.ts")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("weav-console_en.ts")), qPrintable(names.join(u',')));
}

void CataloguesTest::addCatalogueRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : catalogueNames())
        QTest::newRow(qPrintable(name)) << name;
}

TsFile CataloguesTest::mergedCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(WEAV_SOURCE_DIR "/translations/") + name, copy)) {
        qWarning("cannot copy %s", qPrintable(name));
        return {};
    }

    const QString mergeError = mergeSources(copy, name == QLatin1String("weav-console_en.ts"));
    if (!mergeError.isEmpty()) {
        qWarning("%s", qPrintable(mergeError));
        return {};
    }

    QString error;
    TsFile file = readTsFile(copy, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return file;
}

void CataloguesTest::catalogue_upToDate_data()
{
    addCatalogueRows();
}

// Fails when a source text changed or was added without a translation (unfinished), or when the
// .ts file still contains texts that left the sources (obsolete, vanished): run the
// update_translations target and translate.
void CataloguesTest::catalogue_upToDate()
{
    QFETCH(QString, name);
    QVERIFY(m_dir.isValid());

    const TsFile file = mergedCopy(name);
    QVERIFY2(!file.messages.isEmpty(), qPrintable(name + QStringLiteral(" has no messages after lupdate")));
    QVERIFY2(pluralFormsOf(file.language) > 0, qPrintable(QStringLiteral("unknown language ") + file.language));

    const QString unfinished = listFailures(file.messages, [](const TsMessage &message) {
        return message.type == QLatin1String("unfinished") ? QStringLiteral("unfinished") : QString();
    });
    QVERIFY2(unfinished.isEmpty(), qPrintable(name + QStringLiteral(": untranslated or changed ") + unfinished));

    const QString stale = listFailures(file.messages, [](const TsMessage &message) {
        return message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished") ? message.type
                                                                                                      : QString();
    });
    QVERIFY2(stale.isEmpty(), qPrintable(name + QStringLiteral(": texts no longer in the sources, ") + stale));

    const int forms = pluralFormsOf(file.language);
    const QString plurals = listFailures(file.messages, [forms](const TsMessage &message) {
        if (!message.numerus)
            return QString();
        if (!message.source.contains(QLatin1String("%n")) && !message.source.contains(QLatin1String("%Ln")))
            return QStringLiteral("a plural text without %n");
        if (message.translations.size() != forms)
            return QStringLiteral("%1 plural forms instead of %2").arg(message.translations.size()).arg(forms);
        for (const QString &form : message.translations) {
            if (form.trimmed().isEmpty())
                return QStringLiteral("an empty plural form");
        }
        return QString();
    });
    QVERIFY2(plurals.isEmpty(), qPrintable(name + QStringLiteral(": ") + plurals));
}

void CataloguesTest::catalogue_keepsPlaceholders_data()
{
    addCatalogueRows();
}

void CataloguesTest::catalogue_keepsPlaceholders()
{
    QFETCH(QString, name);

    QString error;
    const TsFile file = readTsFile(QStringLiteral(WEAV_SOURCE_DIR "/translations/") + name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString placeholders = listFailures(file.messages, [](const TsMessage &message) {
        const QSet<QString> expected = placeholdersOf(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue;
            // A singular form may spell the number out ("eine Unterhaltung") instead of %n.
            QSet<QString> found = placeholdersOf(translation);
            if (message.numerus)
                found.insert(QStringLiteral("n"));
            if (found != expected)
                return QStringLiteral("placeholders %1 in \"%2\"").arg(found.values().join(u','), translation.left(80));
        }
        return QString();
    });
    QVERIFY2(placeholders.isEmpty(), qPrintable(name + QStringLiteral(": ") + placeholders));

    const QString accelerators = listFailures(file.messages, [](const TsMessage &message) {
        if (!hasAccelerator(message.source))
            return QString();
        for (const QString &translation : message.translations) {
            if (!translation.isEmpty() && !hasAccelerator(translation))
                return QStringLiteral("no & accelerator in \"%1\"").arg(translation.left(80));
        }
        return QString();
    });
    QVERIFY2(accelerators.isEmpty(), qPrintable(name + QStringLiteral(": ") + accelerators));
}

void CataloguesTest::catalogue_translatesEveryText_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : catalogueNames()) {
        if (name != QLatin1String("weav-console_en.ts"))
            QTest::newRow(qPrintable(name)) << name;
    }
}

// A finished entry with an empty translation, or with the English text copied, passes lupdate and
// lrelease but shows English: lrelease leaves an empty one out. A copy counts when the source has
// three words or more (an address such as "name@example.com" is one), because short texts such as
// "Token" or "%1 min %2 s" are the same in German and Spanish.
void CataloguesTest::catalogue_translatesEveryText()
{
    QFETCH(QString, name);

    QString error;
    const TsFile file = readTsFile(QStringLiteral(WEAV_SOURCE_DIR "/translations/") + name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString untranslated = listFailures(file.messages, [](const TsMessage &message) {
        if (message.type == QLatin1String("unfinished") || message.type == QLatin1String("obsolete")
            || message.type == QLatin1String("vanished"))
            return QString();
        if (message.translations.isEmpty())
            return QStringLiteral("no translation");
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]+"));
        QString letters = message.source;
        letters.remove(placeholder);
        int words = 0;
        for (const QString &token : letters.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.match(token).hasMatch())
                ++words;
        }
        const bool sentence = words >= 3;
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                return QStringLiteral("an empty translation");
            if (sentence && translation == message.source)
                return QStringLiteral("the English text copied");
        }
        return QString();
    });
    QVERIFY2(untranslated.isEmpty(), qPrintable(name + QStringLiteral(": ") + untranslated));
}

// weav-console_en.ts gives English its plural forms ("1 conversation", "2 conversations"); any
// other entry in it would be an English text replacing the source.
void CataloguesTest::englishCatalogue_holdsPluralsOnly()
{
    QString error;
    const TsFile file = readTsFile(QStringLiteral(WEAV_SOURCE_DIR "/translations/weav-console_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString singular = listFailures(file.messages, [](const TsMessage &message) {
        return message.numerus ? QString() : QStringLiteral("not a plural text");
    });
    QVERIFY2(singular.isEmpty(), qPrintable(singular));
}

QTEST_GUILESS_MAIN(CataloguesTest)
#include "tst_catalogues.moc"
