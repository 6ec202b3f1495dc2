#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace weav::core {

// One reason why a file cannot be uploaded as training data.
struct TrainingFileProblem
{
    enum class Kind { Missing, NotAFile, Unreadable, UnsupportedType, Empty, TooLarge };

    Kind kind;
    // A sentence for a person: the problem and what to do about it.
    QString reason;
};

// The outcome of checking one file before upload.
struct TrainingFileVerdict
{
    QString path;
    // The size on disk, or -1 when the file could not be found.
    qint64 sizeBytes = -1;
    QList<TrainingFileProblem> problems;

    bool isAccepted() const { return problems.isEmpty(); }
    bool hasProblem(TrainingFileProblem::Kind kind) const;
    QStringList reasons() const;
};

// Checks a file against the API's rules for file training data before it is read and sent: it must
// be a readable file, of a supported type by its suffix (any case), with 1 byte to 10 MiB.
class TrainingFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::TrainingFileCheck)

public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    // The accepted suffixes without the dot, in lower case.
    static QStringList acceptedSuffixes();
    // "Training files (*.txt *.md ...)" for a file dialog.
    static QString nameFilter();

    // Reports every problem of the file at path: a missing, unreadable or non-regular file gets
    // one problem, any other file one per rule it breaks.
    static TrainingFileVerdict check(const QString &path);
};

} // namespace weav::core
