# `cpack -G DEB` (or `cpack --preset deb`): a Debian package of what
# `cmake --install` installs, under /usr. Its Depends are the packages of the
# libraries the program links (dpkg-shlibdeps, from dpkg-dev) plus what it
# needs at run time without linking it.
set(CPACK_PACKAGE_NAME socketlab)
set(CPACK_PACKAGE_VENDOR "SocketLab")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn TCP/IP and BSD sockets by making real system calls")
set(CPACK_PACKAGE_DESCRIPTION [[SocketLab is a desktop app that teaches TCP/IP and BSD sockets. Every
button is a real system call on a real socket of this machine, and the
window shows what the kernel did: lifecycle and TCP states, local and
remote addresses, and the bytes that arrived, chunk by chunk.

It follows a lesson in stages, from processes and layers to an echo server,
writes every step as Python and as C, and has a presentation mode for
classroom projectors.]])
set(SOCKETLAB_MAINTAINER "SocketLab maintainers <maintainers@users.noreply.r-seed-a45634ab.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SOCKETLAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The dev build carries debug info; the package ships the program without it.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: Qt's SVG plugin draws the
# window icon, DejaVu has every glyph the window draws, and netbase's
# /etc/services and /etc/protocols name ports and protocols, and
# qt6-translations-l10n holds Qt's own German (qtbase_de), loaded at run time.
# scripts/bootstrap's app_packages names the same four.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core, netbase, qt6-translations-l10n")
# Refuses to package when a tool that the Depends come from is missing.
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-check-tools.cmake")
include(CPack)
