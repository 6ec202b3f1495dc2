#pragma once

#include "api/ApiClient.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace weav::core {

// The requests that create and assign training data, for the training wizard and weavctl.
// agentIds may be empty; the API then creates items that no agent uses yet.
namespace trainingRequests {

// POST /training-data with type text.
ApiRequest createText(const QString &title, const QString &content, const QStringList &agentIds = {});
// POST /training-data with type qa; without a title the API uses the question.
ApiRequest createQa(const QString &question, const QString &answer, const QStringList &agentIds = {});
// POST /training-data as multipart/form-data: the part "file" with the bytes under fileName, and
// the parts "type", "title" (when not empty) and one "agent_ids[]" per agent.
ApiRequest uploadFile(const QString &fileName, const QByteArray &data, const QString &title = {},
                      const QStringList &agentIds = {});
// POST /training-data/urls/process; the reply contains one pending item per accepted address.
ApiRequest processUrls(const QList<QUrl> &urls, const QStringList &agentIds = {});
// POST /training-data/{id}/agents: adds the agents to the item's agents.
ApiRequest assignAgents(const QString &itemId, const QStringList &agentIds);

} // namespace trainingRequests

} // namespace weav::core
