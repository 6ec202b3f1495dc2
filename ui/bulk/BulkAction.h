#pragma once

#include "bulk/BulkOperation.h"
#include "workspace/ConversationActions.h"

#include <QCoreApplication>
#include <QString>

namespace weav::ui {

// One change applied to many conversations: its PUT request per conversation, and its name in
// the confirm and result dialogs ("Assign to Ana Silva").
struct BulkAction
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::BulkAction)

public:
    enum class Kind { Assign, SetStatus, SetPriority, AddTag, RemoveTag };

    Kind kind = Kind::Assign;
    // Assign: the new assignee (none to unassign).
    core::Assignee assignee;
    // The assignee's name as the person chose it.
    QString assigneeName;
    // SetStatus: open | closed; SetPriority: low | normal | high | urgent; AddTag, RemoveTag: the tag.
    QString value;

    static BulkAction assignTo(const core::Assignee &assignee, const QString &name);
    static BulkAction setStatus(const QString &status);
    static BulkAction setPriority(const QString &priority);
    static BulkAction addTag(const QString &tag);
    static BulkAction removeTag(const QString &tag);

    // "Assign to Ana Silva", "Close", "Add the tag “billing”".
    QString title() const;

    bool changesTags() const { return kind == Kind::AddTag || kind == Kind::RemoveTag; }

    // The first request of each item. Tag changes read the conversation first (GET), because the
    // PUT replaces the whole tag list.
    core::BulkOperation::RequestFactory requestFactory() const;
    // The PUT of a tag change, built from the GET reply; none for the other kinds.
    core::BulkOperation::FollowUpFactory followUpFactory() const;

    // The tag list after this change. Adding keeps every other tag and never doubles one.
    QStringList changedTags(QStringList tags) const;
};

} // namespace weav::ui
