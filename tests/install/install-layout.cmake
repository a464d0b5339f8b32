# `cmake --install` into a scratch prefix puts exactly these files there, and
# they are the right ones: the program runs, the man page is help2man's, the
# desktop files and the icon are the sources under their app-id names, and
# AppStream finds the entry and the icon its metainfo names.
# Arguments (-D): BUILD_DIR, PREFIX, SOURCE_DIR, APP_ID, VERSION, BINDIR,
# LIBEXECDIR, DATADIR, MANDIR (the GNUInstallDirs values the build was configured with).
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}):\n${output}")
endif()

set(expected
    "${BINDIR}/socketlab"
    "${LIBEXECDIR}/socketlab/socketlab-labnet"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${MANDIR}/man1/socketlab.1")
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " installed_lines "${installed}")
    string(REPLACE ";" "\n  " expected_lines "${expected}")
    message(FATAL_ERROR "installed files:\n  ${installed_lines}\nexpected:\n  ${expected_lines}")
endif()

foreach(pair
        "resources/desktop/${APP_ID}.desktop=${DATADIR}/applications/${APP_ID}.desktop"
        "resources/desktop/${APP_ID}.metainfo.xml=${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
        "resources/icons/socketlab.svg=${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 target)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${SOURCE_DIR}/${source}" "${PREFIX}/${target}"
        RESULT_VARIABLE differs)
    if(differs)
        message(FATAL_ERROR "${PREFIX}/${target} is not a copy of ${source}")
    endif()
endforeach()

execute_process(COMMAND "${PREFIX}/${BINDIR}/socketlab" --version
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT output MATCHES "^SocketLab ${VERSION}\n")
    message(FATAL_ERROR "the installed socketlab --version exited ${status} and printed:\n${output}${errors}")
endif()

# The lab network's helper, where the installed app looks for it (LabNetwork::findHelper).
execute_process(COMMAND "${PREFIX}/${LIBEXECDIR}/socketlab/socketlab-labnet" --version
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT output STREQUAL "socketlab-labnet ${VERSION}\n")
    message(FATAL_ERROR "the installed socketlab-labnet --version exited ${status} and printed:\n${output}${errors}")
endif()

file(READ "${PREFIX}/${MANDIR}/man1/socketlab.1" man)
foreach(needle "\n.TH SOCKETLAB \"1\"" "help2man" "socketlab \\- learn TCP/IP" "\\-\\-autoplay" "\\-\\-quit\\-when\\-done")
    string(FIND "${man}" "${needle}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the man page lacks \"${needle}\":\n${man}")
    endif()
endforeach()

# The installed tree as AppStream sees it: the metainfo's desktop entry and icon found.
execute_process(COMMAND appstreamcli validate-tree --no-net --pedantic "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0 OR output MATCHES "(^|\n) *[EWIP]: ")
    message(FATAL_ERROR "appstreamcli validate-tree ${PREFIX} (${status}):\n${output}")
endif()

file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "cmake --install put the ${VERSION} files where expected under ${PREFIX}")
