#pragma once

#include "models/ConversationFilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace weav::core {

// A named inbox view: the filters, the sort and the visible columns. It travels as a small JSON
// file or as a weav://view link, both of which carry the list query exactly as the API reads it.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::SavedView)

public:
    static constexpr int MaxNameLength = 80;
    // The "format" value of an exported file.
    static inline const QString FileFormat = QStringLiteral("weav-console.view");
    static constexpr int FileVersion = 1;

    QString name;
    ConversationFilter filter;
    // Column keys from columnKeys(), in display order. Empty means the default columns.
    QStringList columns;

    // The keys of the inbox columns, in ConversationListModel's column order.
    static const QStringList &columnKeys();

    QJsonObject toJson() const;
    QByteArray toFile() const;
    QUrl toLink() const;

    // Each returns nullopt and sets *error to a sentence for a person when the input is not a view.
    static std::optional<SavedView> fromJson(const QJsonObject &object, QString *error);
    static std::optional<SavedView> fromFile(const QByteArray &contents, QString *error);
    static std::optional<SavedView> fromLink(const QUrl &link, QString *error);

    // Reads list query items back into a filter. Unknown items, and values this client cannot
    // read, are listed in *ignored so that the console can show them.
    static ConversationFilter filterFromQuery(const QUrlQuery &query, QStringList *ignored = nullptr);

    bool operator==(const SavedView &other) const = default;
};

// The personal views of one connection profile, in a JSON file beside the drafts:
// <AppDataLocation>/views/<sha256 of the profile name>.json.
class SavedViewStore
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::SavedViewStore)

public:
    explicit SavedViewStore(const QString &profileName, const QString &directory = {});

    QString filePath() const { return m_filePath; }
    // Sorted by name. An unreadable file gives no views and lastError().
    QList<SavedView> list() const;
    std::optional<SavedView> find(const QString &name) const;
    // Adds the view, or replaces the one with the same name (case-insensitive).
    bool save(const SavedView &view);
    bool remove(const QString &name);
    QString lastError() const { return m_lastError; }

    static QString defaultDirectory();

private:
    bool write(const QList<SavedView> &views);

    QString m_profileName;
    QString m_filePath;
    mutable QString m_lastError;
};

} // namespace weav::core
