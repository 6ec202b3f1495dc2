#include "TrafficSimulator.h"

namespace weav::sandbox {

TrafficSimulator::TrafficSimulator(Services &services, QObject *parent) : QObject(parent), m_services(services) {}

void TrafficSimulator::start(double) {}

} // namespace weav::sandbox
