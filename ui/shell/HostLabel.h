#pragma once

#include <QString>
#include <QUrl>

namespace weav::ui {

// The host of a workspace URL as the console shows it: "api.weav.com", or "127.0.0.1:8787" when
// the URL names a port.
inline QString hostLabel(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace weav::ui
