#pragma once

#include "api/ApiError.h"
#include "types/TrainingItem.h"

#include <QObject>

#include <functional>

namespace weav::core {
class Session;
}

namespace weav::ui {

struct ReprocessOutcome
{
    // The process request was accepted and newItem is the item that now stands for the page.
    bool accepted = false;
    core::TrainingItem newItem;
    // The failed item was deleted, so that one item stands for the page.
    bool failedItemRemoved = false;
    // The failure of the process request.
    core::ApiError error;
    // The failure of deleting the failed item, which then stays in the workspace.
    core::ApiError removeError;
};

// Processes the page of a failed URL item again: POST /v1/training-data/urls/process with its
// source_url and agents, and once that is accepted, DELETE of the failed item. done runs once, with
// context's lifetime.
void reprocessUrlItem(core::Session *session, const core::TrainingItem &failed, QObject *context,
                      std::function<void(const ReprocessOutcome &outcome)> done);

} // namespace weav::ui
