# Runs one golden case: cmake -DFARDEAU=path/to/fardeau -DCASE=case/dir -P run_case.cmake
# `args` holds one argument a line; an empty line is an empty argument (`--vintage ''`), as
# in scripts/update-golden (mapfile). Each argument is passed as a bracket argument, since
# an unquoted ${list} would drop the empty ones.
file(STRINGS ${CASE}/args args ENCODING UTF-8)
# No store of imported editions: the default --db points nowhere, so that the cases do not
# depend on what the user imported.
set(command "[==[${CMAKE_COMMAND}]==] -E env XDG_DATA_HOME=/nonexistent/fardeau-golden [==[${FARDEAU}]==]")
foreach(arg IN LISTS args)
  if(arg MATCHES "\\]==\\]")
    message(FATAL_ERROR "golden case ${CASE}: an argument may not contain ]==]: ${arg}")
  endif()
  string(APPEND command " [==[${arg}]==]")
endforeach()
cmake_language(EVAL CODE "execute_process(COMMAND ${command}
  WORKING_DIRECTORY [==[${CASE}]==]
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)")
file(READ ${CASE}/expected.exit expected_code)
string(STRIP "${expected_code}" expected_code)
set(expected_out "")
set(expected_err "")
if(EXISTS ${CASE}/expected.stdout)
  file(READ ${CASE}/expected.stdout expected_out)
endif()
if(EXISTS ${CASE}/expected.stderr)
  file(READ ${CASE}/expected.stderr expected_err)
endif()
set(failed "")
if(NOT "${code}" STREQUAL "${expected_code}")
  string(APPEND failed "exit code: expected ${expected_code}, got ${code}\n")
endif()
if(NOT "${out}" STREQUAL "${expected_out}")
  string(APPEND failed "stdout differs.\n--- expected\n${expected_out}\n--- actual\n${out}\n")
endif()
if(NOT "${err}" STREQUAL "${expected_err}")
  string(APPEND failed "stderr differs.\n--- expected\n${expected_err}\n--- actual\n${err}\n")
endif()
if(failed)
  message(FATAL_ERROR "golden case ${CASE} (fardeau ${args}):\n${failed}")
endif()
