# `cmake --install` and the Debian package (CPack): the binary, the built dashboard, man
# pages, shell completions, the systemd unit and the docs, under the GNU install dirs.
# scripts/package builds build/fardeau_VERSION_amd64.deb; scripts/test-package checks it.
include(GNUInstallDirs)

set(FARDEAU_MAINTAINER "fardeau maintainers <maintainers@users.noreply.r-seed-89026e29.example>")
set(FARDEAU_GENERATED ${PROJECT_BINARY_DIR}/generated)

# The changelog's date: the commit's, so that a rebuild of the same commit gives the same
# package; the configure time outside git.
execute_process(COMMAND git -C ${PROJECT_SOURCE_DIR} log -1 --format=%aD
  OUTPUT_VARIABLE FARDEAU_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT FARDEAU_CHANGELOG_DATE)
  string(TIMESTAMP FARDEAU_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()

# Man pages, completions and the changelog, written by the binary after each link (not in
# the fuzz preset, whose libraries are instrumented for libFuzzer only).
if(FARDEAU_FUZZ)
  return()
endif()
add_custom_command(OUTPUT ${FARDEAU_GENERATED}/stamp
  COMMAND ${CMAKE_COMMAND} -DFARDEAU=$<TARGET_FILE:fardeau> -DOUT=${FARDEAU_GENERATED}
    -DCHANGELOG_IN=${PROJECT_SOURCE_DIR}/packaging/changelog.in
    -DPROJECT_VERSION=${PROJECT_VERSION} "-DFARDEAU_MAINTAINER=${FARDEAU_MAINTAINER}"
    "-DFARDEAU_CHANGELOG_DATE=${FARDEAU_CHANGELOG_DATE}"
    -P ${PROJECT_SOURCE_DIR}/cmake/FardeauDocs.cmake
  COMMAND ${CMAKE_COMMAND} -E touch ${FARDEAU_GENERATED}/stamp
  DEPENDS fardeau ${PROJECT_SOURCE_DIR}/cmake/FardeauDocs.cmake
    ${PROJECT_SOURCE_DIR}/packaging/changelog.in
  COMMENT "Generating man pages and shell completions from fardeau's declarations" VERBATIM)
add_custom_target(fardeau_docs ALL DEPENDS ${FARDEAU_GENERATED}/stamp)

install(TARGETS fardeau RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# A static, non-PIE fardeau (FARDEAU_STATIC) is on purpose: a whole-process call costs little
# more than starting /usr/bin/true (issue 16). Lintian is told so. fardeau-full, which serves
# HTTP and reads imported workbooks, stays a dynamic PIE with every hardening flag.
if(FARDEAU_STATIC)
  file(WRITE ${FARDEAU_GENERATED}/lintian-overrides
    "# Static and not PIE on purpose: start-up cost (docs/performance.md). The network and\n"
    "# the workbooks are handled by /usr/libexec/fardeau/fardeau-full, a dynamic PIE.\n"
    "fardeau: statically-linked-binary [usr/bin/fardeau]\n")
  install(FILES ${FARDEAU_GENERATED}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME fardeau)
endif()
# What fardeau execs for `serve` and `import` (apps/cli/CMakeLists.txt).
install(TARGETS fardeau-full RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/fardeau)

# The dashboard: web/dist, built by scripts/build-web (npm), not by CMake.
set(FARDEAU_WEB_DIST_DIR ${PROJECT_SOURCE_DIR}/web/dist)
install(CODE "
  if(NOT EXISTS \"${FARDEAU_WEB_DIST_DIR}/index.html\")
    message(FATAL_ERROR \"${FARDEAU_WEB_DIST_DIR}/index.html is missing: run scripts/build-web first\")
  endif()")
install(DIRECTORY ${FARDEAU_WEB_DIST_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/fardeau/web)

install(DIRECTORY ${FARDEAU_GENERATED}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
  FILES_MATCHING PATTERN "*.1.gz")
install(FILES ${FARDEAU_GENERATED}/completions/fardeau
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${FARDEAU_GENERATED}/completions/_fardeau
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${FARDEAU_GENERATED}/completions/fardeau.fish
  DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

install(FILES README.md data/SOURCES.md docs/cli.md docs/api.md docs/claims.md
  docs/methodology.md docs/performance.md packaging/copyright ${FARDEAU_GENERATED}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The unit names the installed binary: written at install time, when the prefix is known
# (/usr for the package, /usr/local for a plain `cmake --install`).
install(CODE "
  set(FARDEAU_BIN \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/fardeau\")
  set(FARDEAU_WEB \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/fardeau/web\")
  configure_file(\"${PROJECT_SOURCE_DIR}/packaging/fardeau.service.in\"
    \"${FARDEAU_GENERATED}/fardeau.service\" @ONLY)")
install(FILES ${FARDEAU_GENERATED}/fardeau.service DESTINATION lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fardeau)
set(CPACK_PACKAGE_VENDOR "fardeau maintainers")
set(CPACK_PACKAGE_CONTACT "${FARDEAU_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "measure and check NATO burden sharing (defence spending)")
set(CPACK_PACKAGE_DESCRIPTION
  "fardeau (le partage du fardeau, burden sharing) measures, checks and
simulates how NATO allies share the cost of defence: who meets the 2%-of-GDP
guideline, what closing each gap costs, who carries the alliance, and how
spending moved since 2014. Every figure names the data edition it comes from
(NATO, SIPRI, World Bank editions are compiled in), in English or French, as
a table, CSV, JSON or Markdown.

The package holds the fardeau command, its dashboard and JSON API (fardeau
serve, with a systemd unit, fardeau.service, disabled until enabled), man
pages and bash, zsh and fish completions.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_SOURCE_DIR}/build)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
