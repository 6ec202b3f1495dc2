#pragma once

#include "CommandContext.h"
#include "ResourceColumns.h"

namespace weav::core::cli {

// `training list [--type T] [--status S] [--agent ID]`: the filters go to the server and are applied
// again to the items it returns.
int runTrainingList(CommandContext &context);
// `training add-text --title T --file F`: a text item with the content of a UTF-8 file.
int runTrainingAddText(CommandContext &context);
// `training add-qa --csv F`: one Q&A item per row, after every row has been checked.
int runTrainingAddQa(CommandContext &context);
// `training upload FILE... [--title T]`: one file item per file, after every file has been checked.
int runTrainingUpload(CommandContext &context);
// `training add-urls URL... [--agent ID...]`: pending web page items, after every address has been checked.
int runTrainingAddUrls(CommandContext &context);
// `training assign ID --agent ID...`: adds agents to an item.
int runTrainingAssign(CommandContext &context);
// `training delete ID`: prints nothing on success.
int runTrainingDelete(CommandContext &context);

// --agent, which may be repeated.
OptionSpec agentOption();
QList<OptionSpec> trainingListOptions();

// The columns of a single training item: the list columns plus error, source and file fields.
ResourceColumns trainingDetailColumns();

} // namespace weav::core::cli
