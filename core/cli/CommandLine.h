#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace weav::core::cli {

// One option that weavctl accepts, named without the leading "--". A repeatable option may be
// given several times, as in --agent A --agent B.
struct OptionSpec
{
    QString name;
    bool takesValue = false;
    bool repeatable = false;
};

// The arguments of one weavctl run, split into options and positional words. Options may stand
// before or after the command words, as "--name value" or "--name=value"; "--" ends the options.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    // Parses arguments without the program name. On an unknown, repeated or incomplete option,
    // returns false and sets *error to a sentence for a person.
    bool parse(const QStringList &arguments, const QList<OptionSpec> &known, QString *error);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The option's value, or the first one of a repeated option.
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    // Every value of the option, in the order of the command line.
    QStringList values(const QString &name) const { return m_values.value(name); }
    // The options given, in the order of the command line.
    const QStringList &givenOptions() const { return m_given; }
    const QStringList &positionals() const { return m_positionals; }

private:
    const OptionSpec *find(const QList<OptionSpec> &known, const QString &name) const;

    QHash<QString, QStringList> m_values;
    QStringList m_given;
    QStringList m_positionals;
};

} // namespace weav::core::cli
