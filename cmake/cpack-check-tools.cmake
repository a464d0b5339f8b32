# Read by cpack before it packages: without dpkg-shlibdeps, CPack would make a
# .deb whose Depends miss every linked library, without an error. CPack's DEB
# generator also runs `file` on each installed file to find the programs.
if(CPACK_GENERATOR STREQUAL "DEB")
    foreach(tool dpkg-shlibdeps file)
        find_program(SOCKETLAB_CPACK_TOOL_${tool} ${tool})
        if(NOT SOCKETLAB_CPACK_TOOL_${tool})
            message(FATAL_ERROR "${tool} is missing; the .deb's Depends need it. "
                                "Install dpkg-dev and file (scripts/bootstrap package does).")
        endif()
    endforeach()
endif()
