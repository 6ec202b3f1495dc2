#include "TrainingProcessor.h"

namespace weav::sandbox {

TrainingProcessor::TrainingProcessor(Services &services, QObject *parent) : QObject(parent), m_services(services) {}

void TrainingProcessor::schedule(const QString &, const QString &) {}

} // namespace weav::sandbox
