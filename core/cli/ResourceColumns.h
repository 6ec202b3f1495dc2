#pragma once

#include "types/JsonReader.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace weav::core::cli {

// The columns weavctl prints for one kind of resource. Headers are the API's field names, so that
// a CSV header names the same field as the JSON output. cells() returns one value per header: a
// QString, a QDateTime, a bool, a number, a QStringList, or a null QVariant for "not set".
struct ResourceColumns
{
    QStringList headers;
    std::function<QVariantList(const QJsonObject &object, ParseIssues *issues)> cells;
};

ResourceColumns conversationColumns();
// The list columns plus references, tags and the remaining times, for `export conversations`.
ResourceColumns conversationExportColumns();
ResourceColumns customerColumns();
ResourceColumns companyColumns();
ResourceColumns agentColumns();
ResourceColumns userColumns();
ResourceColumns trainingColumns();

} // namespace weav::core::cli
