# Install step (run by `cmake --install` and cpack): makes socketlab(1) from
# the built program's --help with help2man, then installs it.
# Expects SOCKETLAB_EXECUTABLE, SOCKETLAB_VERSION, SOCKETLAB_MAN_PAGE (where
# to write it) and SOCKETLAB_MAN_DIR (relative to the prefix, or absolute).
find_program(SOCKETLAB_HELP2MAN help2man)
if(NOT SOCKETLAB_HELP2MAN)
    message(FATAL_ERROR "help2man is missing; it makes the man page from socketlab --help. "
                        "Install the Debian package help2man (scripts/bootstrap install does).")
endif()
# The man page is English whatever the language of the user who installs:
# --lang=en wins over View > Language's remembered choice and the locale,
# and the C locale keeps help2man's own words English too.
execute_process(
    # The version is given, so NAME says the command (socketlab), not the
    # application's name that --version prints (SocketLab).
    COMMAND "${CMAKE_COMMAND}" -E env --unset=LANGUAGE LC_ALL=C.UTF-8
            "${SOCKETLAB_HELP2MAN}" --no-info --section=1 "--version-string=${SOCKETLAB_VERSION}"
            "--help-option=--lang=en --help"
            "--name=learn TCP/IP and BSD sockets by making real system calls"
            "--output=${SOCKETLAB_MAN_PAGE}" "${SOCKETLAB_EXECUTABLE}"
    RESULT_VARIABLE status
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "help2man failed (${status}) on ${SOCKETLAB_EXECUTABLE}: ${errors}")
endif()
if(IS_ABSOLUTE "${SOCKETLAB_MAN_DIR}")
    set(destination "${SOCKETLAB_MAN_DIR}")
else()
    set(destination "${CMAKE_INSTALL_PREFIX}/${SOCKETLAB_MAN_DIR}")
endif()
file(INSTALL DESTINATION "${destination}" TYPE FILE FILES "${SOCKETLAB_MAN_PAGE}")
