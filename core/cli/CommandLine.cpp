#include "CommandLine.h"

namespace weav::core::cli {

const OptionSpec *CommandLine::find(const QList<OptionSpec> &known, const QString &name) const
{
    for (const OptionSpec &spec : known) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

bool CommandLine::parse(const QStringList &arguments, const QList<OptionSpec> &known, QString *error)
{
    m_values.clear();
    m_given.clear();
    m_positionals.clear();

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);

        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            m_positionals.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("-h")) {
            m_values.insert(QStringLiteral("help"), {QString()});
            m_given.append(QStringLiteral("help"));
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            *error = tr("Unknown option %1; options start with two dashes, for example --help.").arg(argument);
            return false;
        }

        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec *spec = find(known, name);
        if (!spec) {
            *error = tr("Unknown option --%1.").arg(name);
            return false;
        }
        if (m_values.contains(name) && !spec->repeatable) {
            *error = tr("The option --%1 is given more than once; give it once.").arg(name);
            return false;
        }

        QString value;
        if (spec->takesValue) {
            if (equals >= 0) {
                value = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                *error = tr("The option --%1 needs a value.").arg(name);
                return false;
            }
        } else if (equals >= 0) {
            *error = tr("The option --%1 takes no value.").arg(name);
            return false;
        }

        m_values[name].append(value);
        if (!m_given.contains(name))
            m_given.append(name);
    }
    return true;
}

} // namespace weav::core::cli
