#pragma once

#include "api/Services.h"

#include <QObject>

namespace weav::sandbox {

// Simulated customer traffic for demos and live-update tests: at the given rate per minute and
// per workspace, customers write into open conversations (reopening closed ones now and then) or
// start new ones, each with its webhook event.
class TrafficSimulator : public QObject
{
    Q_OBJECT

public:
    explicit TrafficSimulator(Services &services, QObject *parent = nullptr);

    void start(double eventsPerMinute);

private:
    Services &m_services;
};

} // namespace weav::sandbox
