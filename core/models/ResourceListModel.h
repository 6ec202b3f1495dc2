#pragma once

#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace weav::core {

// Shares the text of repeated values (status, channel, assignee ids, tags) between rows, so that a
// large list keeps one copy of each.
class StringPool
{
public:
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            text = *found;
        else
            m_strings.insert(text);
    }

    void intern(QStringList &texts)
    {
        for (QString &text : texts)
            intern(text);
    }

    void clear() { m_strings.clear(); }

private:
    QSet<QString> m_strings;
};

// A paged list of one resource type T (a struct with an id and T::fromJson). Rows are kept in a
// QList with an index from id to row, so that data() and rowOf() are O(1).
//
// Rows from pages are parsed, checked against the client filter (accepts()), and queued; the base
// inserts the queue once per event-loop pass. A page row whose id is already shown replaces the
// shown row in place.
//
// upsert() and remove() merge live updates by id and keep the list in its order (lessThan()):
// - a shown row that still matches is updated in place, and moved when its position changed;
// - a shown row that no longer matches is removed;
// - a new row that matches is inserted at its position when that position lies within the loaded
//   rows, or when everything is loaded. Otherwise a later page brings it.
// New and no-longer-matching rows adjust totalCount().
// Inserting, removing or moving one row re-indexes the rows after it: O(n) for rows near the top.
//
// NOTE: rows from pages keep the server's order, and only live updates are placed by lessThan(). A
// server that ignores the sort parameter therefore gives a list in its own order, with updates
// placed by the client's order.
template <typename T>
class ResourceListModel : public PagedListModel
{
public:
    using PagedListModel::PagedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
            return {};

        const T &row = m_rows.at(index.row());
        if (role == IdRole)
            return row.id;
        if (role == ObjectRole)
            return QVariant::fromValue(row);
        return rowData(row, index.column(), role);
    }

    const T &rowAt(int row) const { return m_rows.at(row); }
    const QList<T> &rows() const { return m_rows; }
    // The row of id, or -1.
    int rowOf(const QString &id) const { return int(m_rowById.value(id, -1)); }
    std::optional<T> find(const QString &id) const
    {
        const int row = rowOf(id);
        if (row < 0)
            return std::nullopt;
        return m_rows.at(row);
    }

    // Merges a record from a live update (a webhook, a reply to an edit).
    void upsert(T row)
    {
        adoptRow(row);
        flushQueuedRows();

        const int existing = rowOf(row.id);
        const bool matches = accepts(row);
        if (existing >= 0 && !matches) {
            removeRowAt(existing);
            adjustTotalCount(-1);
            return;
        }
        if (existing >= 0) {
            replaceRow(existing, std::move(row));
            return;
        }
        if (!matches)
            return;

        adjustTotalCount(1);
        insertSorted(std::move(row));
    }

    // Removes the row of a deleted record. Returns whether it was shown.
    bool remove(const QString &id)
    {
        flushQueuedRows();
        const int row = rowOf(id);
        if (row < 0)
            return false;
        removeRowAt(row);
        adjustTotalCount(-1);
        return true;
    }

protected:
    // The client side of the list filters.
    virtual bool accepts(const T &row) const
    {
        Q_UNUSED(row);
        return true;
    }
    // The list's order, as the server sorts it.
    virtual bool lessThan(const T &a, const T &b) const = 0;
    // Prepares a parsed row before it is stored: interning, feeding a name directory.
    virtual void adoptRow(T &row) { Q_UNUSED(row); }
    // Every role but IdRole and ObjectRole.
    virtual QVariant rowData(const T &row, int column, int role) const = 0;

    StringPool &strings() { return m_strings; }

    // Signals dataChanged for one column of every row, e.g. when names arrive.
    void columnChanged(int column, const QList<int> &roles)
    {
        if (m_rows.isEmpty())
            return;
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), roles);
    }

    void queueItems(const QJsonArray &items, bool atFront, PageIntake &intake) override
    {
        QList<T> accepted;
        accepted.reserve(items.size());
        for (const QJsonValue &value : items) {
            ++intake.received;
            std::optional<T> row = T::fromJson(value.toObject(), &intake.issues);
            if (!row) {
                ++intake.skippedWithoutId;
                continue;
            }

            adoptRow(*row);
            if (!accepts(*row)) {
                ++intake.droppedByClientFilter;
                // A shown row that changed since its page was loaded and no longer matches.
                if (const int shown = rowOf(row->id); shown >= 0)
                    removeRowAt(shown);
                continue;
            }
            if (refreshShownRow(*row) || refreshQueuedRow(*row, accepted))
                continue;

            m_queuedIds.insert(row->id);
            accepted.append(std::move(*row));
        }

        intake.queued = int(accepted.size());
        if (atFront) {
            accepted.append(std::move(m_queuedFront));
            m_queuedFront = std::move(accepted);
        } else {
            m_queuedBack.append(std::move(accepted));
        }
    }

    bool hasQueuedRows() const override { return !m_queuedFront.isEmpty() || !m_queuedBack.isEmpty(); }

    void insertQueuedRows() override
    {
        if (!m_queuedFront.isEmpty()) {
            const qsizetype count = m_queuedFront.size();
            beginInsertRows(QModelIndex(), 0, int(count) - 1);
            m_queuedFront.append(std::move(m_rows));
            m_rows = std::move(m_queuedFront);
            m_queuedFront = QList<T>();
            reindex(0);
            endInsertRows();
        }

        if (!m_queuedBack.isEmpty()) {
            const qsizetype first = m_rows.size();
            beginInsertRows(QModelIndex(), int(first), int(first + m_queuedBack.size()) - 1);
            m_rows.append(std::move(m_queuedBack));
            m_queuedBack = QList<T>();
            reindex(first);
            endInsertRows();
        }
        m_queuedIds.clear();
    }

    void dropRows() override
    {
        m_rows.clear();
        m_rowById.clear();
        m_queuedFront.clear();
        m_queuedBack.clear();
        m_queuedIds.clear();
        m_strings.clear();
    }

private:
    bool lessThanRow(const T &a, const T &b) const { return lessThan(a, b); }

    bool refreshShownRow(const T &row)
    {
        const int shown = rowOf(row.id);
        if (shown < 0)
            return false;
        m_rows[shown] = row;
        emit dataChanged(index(shown, 0), index(shown, columnCount() - 1));
        return true;
    }

    bool refreshQueuedRow(const T &row, QList<T> &batch)
    {
        if (!m_queuedIds.contains(row.id))
            return false;
        for (QList<T> *queue : {&batch, &m_queuedFront, &m_queuedBack}) {
            for (T &queued : *queue) {
                if (queued.id == row.id) {
                    queued = row;
                    return true;
                }
            }
        }
        return false;
    }

    void reindex(qsizetype first, qsizetype last = -1)
    {
        if (last < 0 || last >= m_rows.size())
            last = m_rows.size() - 1;
        for (qsizetype row = first; row <= last; ++row)
            m_rowById.insert(m_rows.at(row).id, row);
    }

    void insertSorted(T row)
    {
        const auto less = [this](const T &a, const T &b) { return lessThanRow(a, b); };
        const qsizetype position = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, less) - m_rows.cbegin();

        // Past the last loaded row (or before the first, for a list read from its end) the row may
        // belong to a page not loaded yet, which will bring it.
        if (position == m_rows.size() && mayHaveRowsAfterLast())
            return;
        if (position == 0 && mayHaveRowsBeforeFirst())
            return;

        RowChange change(this);
        beginInsertRows(QModelIndex(), int(position), int(position));
        m_rows.insert(position, std::move(row));
        reindex(position);
        endInsertRows();
    }

    // Returns the position of the updated row once it is taken out of position `current`.
    qsizetype targetPosition(qsizetype current, const T &row) const
    {
        const auto less = [this](const T &a, const T &b) { return lessThanRow(a, b); };
        const auto begin = m_rows.cbegin();
        if (current > 0 && lessThanRow(row, m_rows.at(current - 1)))
            return std::upper_bound(begin, begin + current, row, less) - begin;
        if (current + 1 < m_rows.size() && lessThanRow(m_rows.at(current + 1), row))
            return std::lower_bound(begin + current + 1, m_rows.cend(), row, less) - begin - 1;
        return current;
    }

    void replaceRow(int current, T row)
    {
        const qsizetype target = targetPosition(current, row);
        if (target != current) {
            const bool pastLast = target == m_rows.size() - 1 && mayHaveRowsAfterLast();
            const bool beforeFirst = target == 0 && mayHaveRowsBeforeFirst();
            if (pastLast || beforeFirst) {
                // It now sorts among rows not loaded yet, so the page that contains it brings it back.
                removeRowAt(current);
                return;
            }
        }

        m_rows[current] = std::move(row);
        if (target != current)
            moveShownRow(current, int(target));
        emit dataChanged(index(int(target), 0), index(int(target), columnCount() - 1));
    }

    void moveShownRow(int from, int to)
    {
        RowChange change(this);
        // beginMoveRows takes the destination before the move: one past the target when moving down.
        const int destination = to > from ? to + 1 : to;
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), destination);
        m_rows.move(from, to);
        reindex(qMin(from, to), qMax(from, to));
        endMoveRows();
    }

    void removeRowAt(int row)
    {
        RowChange change(this);
        beginRemoveRows(QModelIndex(), row, row);
        m_rowById.remove(m_rows.at(row).id);
        m_rows.removeAt(row);
        reindex(row);
        endRemoveRows();
    }

    QList<T> m_rows;
    QHash<QString, qsizetype> m_rowById;
    QList<T> m_queuedFront;
    QList<T> m_queuedBack;
    QSet<QString> m_queuedIds;
    StringPool m_strings;
};

} // namespace weav::core
