# Installs the build into a scratch prefix and checks that every file a desktop needs is where
# freedesktop.org and Debian expect it. Run by CTest (packaging_install_layout).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected
    bin/paperboy
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/paperboy.1.gz)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(f IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${f}")
        message(FATAL_ERROR "missing after install: ${f}")
    endif()
endforeach()
# Nothing from the build or the tests goes into the package.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(f IN LISTS installed)
    if(f MATCHES "tst_|bench_|iconrender|killwriter")
        message(FATAL_ERROR "installed but should not be: ${f}")
    endif()
endforeach()
list(LENGTH installed n)
message(STATUS "install layout ok: ${n} files")
