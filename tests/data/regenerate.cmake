# Run fardeau-edition-csv on the workbook and compare its CSV with the committed one.
execute_process(COMMAND ${TOOL} ${WORKBOOK} NATO_DEF_EXP_2024 2024-06 ${OUT}
  RESULT_VARIABLE rc ERROR_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fardeau-edition-csv failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${EXPECTED} differs from what the importer reads from the workbook "
                      "(${OUT}); regenerate it with fardeau-edition-csv and review the diff")
endif()
