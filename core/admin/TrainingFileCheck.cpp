#include "TrainingFileCheck.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace weav::core {

namespace {

// ".txt, .md, .csv, .html, .pdf or .docx"
QString suffixList()
{
    QStringList dotted;
    const QStringList suffixes = TrainingFileCheck::acceptedSuffixes();
    for (const QString &suffix : suffixes)
        dotted.append(QLatin1Char('.') + suffix);
    const QString last = dotted.takeLast();
    return QCoreApplication::translate("weav::core::TrainingFileCheck", "%1 or %2")
        .arg(dotted.join(QStringLiteral(", ")), last);
}

} // namespace

bool TrainingFileVerdict::hasProblem(TrainingFileProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [kind](const TrainingFileProblem &problem) { return problem.kind == kind; });
}

QStringList TrainingFileVerdict::reasons() const
{
    QStringList reasons;
    for (const TrainingFileProblem &problem : problems)
        reasons.append(problem.reason);
    return reasons;
}

QStringList TrainingFileCheck::acceptedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("html"),
            QStringLiteral("pdf"), QStringLiteral("docx")};
}

QString TrainingFileCheck::nameFilter()
{
    QStringList patterns;
    const QStringList suffixes = acceptedSuffixes();
    for (const QString &suffix : suffixes)
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Training files (%1)").arg(patterns.join(QLatin1Char(' ')));
}

TrainingFileVerdict TrainingFileCheck::check(const QString &path)
{
    TrainingFileVerdict verdict;
    verdict.path = path;

    const QFileInfo info(path);
    if (!info.exists()) {
        verdict.problems.append({TrainingFileProblem::Kind::Missing, tr("The file does not exist. Check the path.")});
        return verdict;
    }
    if (!info.isFile()) {
        verdict.problems.append({TrainingFileProblem::Kind::NotAFile,
                                 tr("This is a folder or a device, not a file. Choose the files themselves.")});
        return verdict;
    }
    if (!info.isReadable()) {
        verdict.problems.append({TrainingFileProblem::Kind::Unreadable,
                                 tr("The file cannot be read. Check its permissions.")});
        return verdict;
    }

    verdict.sizeBytes = info.size();
    const QString suffix = info.suffix();
    if (!acceptedSuffixes().contains(suffix.toLower())) {
        const QString reason = suffix.isEmpty()
            ? tr("The file name has no suffix, so its type is unknown. Use a %1 file.").arg(suffixList())
            : tr("Files of type .%1 cannot be used as training data. Use a %2 file.").arg(suffix, suffixList());
        verdict.problems.append({TrainingFileProblem::Kind::UnsupportedType, reason});
    }

    if (verdict.sizeBytes == 0) {
        verdict.problems.append({TrainingFileProblem::Kind::Empty, tr("The file is empty. Choose a file with content.")});
    } else if (verdict.sizeBytes > MaxBytes) {
        const QLocale locale;
        verdict.problems.append({TrainingFileProblem::Kind::TooLarge,
                                 tr("The file has %1 bytes, %2 more than the limit of 10 MiB (%3 bytes). Split it "
                                    "into smaller files.")
                                     .arg(locale.toString(verdict.sizeBytes), locale.toString(verdict.sizeBytes - MaxBytes),
                                          locale.toString(MaxBytes))});
    }
    return verdict;
}

} // namespace weav::core
