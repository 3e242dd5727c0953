find_package(GTest REQUIRED)
include(GoogleTest)

# fardeau_add_test(NAME name SOURCES ... LIBS ... LABELS ...)
# One gtest executable per layer; every TEST becomes its own CTest entry.
function(fardeau_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main fardeau_warnings)
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${T_NAME} PRIVATE
    FARDEAU_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    FARDEAU_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${T_NAME} PROPERTIES LABELS "${T_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
