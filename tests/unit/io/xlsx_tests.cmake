# io_xlsx_test: the xlsx reader, the SIPRI and NATO workbook importers, and replays of
# the inputs kept from fuzzing. A separate file so that tests/unit/io/CMakeLists.txt can
# pull it in with one line, next to the other io tests: include(xlsx_tests.cmake)
if(NOT TARGET fardeau_test_workbooks)
  add_subdirectory(${PROJECT_SOURCE_DIR}/tests/support ${PROJECT_BINARY_DIR}/tests/support)
endif()
fardeau_add_test(NAME io_xlsx_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_reader_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sipri_workbook_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nato_workbook_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_fuzz_replay_test.cpp
  LIBS fardeau::io fardeau::data fardeau_test_workbooks
  LABELS unit)
