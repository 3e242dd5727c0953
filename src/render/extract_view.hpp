// `fardeau extract`: the statements of an article, their claims and what was inferred.
#pragma once
#include <string>

#include "render/columns.hpp"
#include "render/document.hpp"
#include "render/format.hpp"
#include "service/extract.hpp"

namespace fardeau::render {

Rendered view(const service::ExtractResult& r, Lang lang);

/// "3:144-3:179": where a sentence is in the article (line:column, first and last character).
std::string where(const extract::Span& s);
/// {"line", "column", "end_line", "end_column", "byte_begin", "byte_end"}.
nlohmann::ordered_json span_json(const extract::Span& s);

/// The CSV columns of where a sentence is and what it says: line, column, end_line,
/// end_column, sentence. `sentence(row)` gives the extract::Sentence of a row. No cells:
/// a view gives the table's its own.
template <typename Row, typename GetSentence>
Columns<Row> sentence_columns(GetSentence sentence) {
  using json = nlohmann::ordered_json;
  auto int_column = [sentence](const char* id, auto field) -> Column<Row> {
    return {.id = id,
            .value = [sentence, field](const Row& r) -> json { return field(sentence(r).span); },
            .machine = Machine::csv};
  };
  return {int_column("line", [](const extract::Span& s) { return s.from.line; }),
          int_column("column", [](const extract::Span& s) { return s.from.column; }),
          int_column("end_line", [](const extract::Span& s) { return s.to.line; }),
          int_column("end_column", [](const extract::Span& s) { return s.to.column; }),
          {.id = "sentence",
           .value = [sentence](const Row& r) -> json { return sentence(r).text; },
           .machine = Machine::csv}};
}

}  // namespace fardeau::render
