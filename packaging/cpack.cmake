# The Debian package: `cpack -G DEB` in the build folder writes weav-console_<version>_<arch>.deb.
# Its Depends line is computed by dpkg-shlibdeps (dpkg-dev) from the installed executables.

# NOTE: a placeholder contact; set the real one when the package is published.
set(WEAV_PACKAGE_MAINTAINER "Weav Console Maintainers <console@weav.com>" CACHE STRING
    "Maintainer field of the Debian package: name <email>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME weav-console)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR Weav)
set(CPACK_PACKAGE_CONTACT ${WEAV_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for support teams on the Weav External API v1")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Weav Console browses, assigns and answers the support conversations of a Weav workspace, shows "
    "its analytics and manages AI agents and their training data. The package also contains weavctl, "
    "the command-line client, and weav-sandbox, a local server with the Weav API for demos and tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug information would carry build-tree paths into the package.
# NOTE: a Debug build still keeps source file names in Q_ASSERT and in the log message context, so
# packages for others come from the release preset.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${WEAV_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${WEAV_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads the SQLite driver as a plugin at run time, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# gnome-keyring provides the Secret Service that stores tokens; Qt's own catalogues translate the
# standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
