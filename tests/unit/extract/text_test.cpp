// UTF-8 validation, normalisation, positions and the sentence splitter.
#include <gtest/gtest.h>

#include "extract/text.hpp"

namespace fardeau::extract {
namespace {

std::vector<std::string> texts(std::string_view t) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(t)) out.push_back(s.text);
  return out;
}

TEST(utf8, accepts_french_and_typography) {
  EXPECT_TRUE(validate_utf8("les États-Unis « 41 milliards » d’ici 2024\u202f%").ok());
  EXPECT_TRUE(validate_utf8("").ok());
}

TEST(utf8, invalid_byte_gives_its_offset) {
  auto st =
      validate_utf8(std::string("abc\xff"
                                "def"));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::parse_error);
  EXPECT_EQ(st.error().where, "byte 3");
  EXPECT_NE(st.error().message.find("byte offset 3"), std::string::npos);
}

TEST(utf8, truncated_overlong_surrogate_and_nul) {
  EXPECT_EQ(validate_utf8(std::string("ab\xc3")).error().where, "byte 2");
  EXPECT_EQ(validate_utf8(std::string("\xc0\xaf")).error().where, "byte 0");
  EXPECT_EQ(validate_utf8(std::string("x\xe0\x80\xaf")).error().where, "byte 1");
  EXPECT_EQ(validate_utf8(std::string("xy\xed\xa0\x80")).error().where, "byte 2");
  EXPECT_EQ(validate_utf8(std::string("12345\0", 6)).error().where, "byte 5");
}

TEST(normalize, folds_accents_quotes_and_spaces) {
  auto n = normalize("Les États-Unis «\u00a0d’ici\u202f2024\u00a0»");
  EXPECT_EQ(n.text, "les etats-unis \" d'ici 2024 \"");
  ASSERT_EQ(n.origin.size(), n.text.size());
  EXPECT_EQ(n.origin[4], 4U);  // "É" starts at byte 4 of the original
}

TEST(positions, line_and_column_count_code_points) {
  LineIndex idx("é1\nabc");
  EXPECT_EQ(idx.at(0).line, 1);
  EXPECT_EQ(idx.at(2).column, 2);  // after the two bytes of é
  EXPECT_EQ(idx.at(4).line, 2);
  EXPECT_EQ(idx.at(5).column, 2);
}

TEST(split, french_and_english_punctuation) {
  EXPECT_EQ(texts("Premier. Deuxième ! Troisième ? Fin"),
            (std::vector<std::string>{"Premier.", "Deuxième !", "Troisième ?", "Fin"}));
  EXPECT_EQ(texts("One. Two! Three?"), (std::vector<std::string>{"One.", "Two!", "Three?"}));
}

TEST(split, abbreviations_do_not_end_a_sentence) {
  EXPECT_EQ(texts("M. Stoltenberg a parlé. Mr. Trump and Dr. Smith met. The U.S. Congress voted."),
            (std::vector<std::string>{"M. Stoltenberg a parlé.", "Mr. Trump and Dr. Smith met.",
                                      "The U.S. Congress voted."}));
}

TEST(split, quotes_stay_with_their_sentence) {
  auto s = texts("« Et cela a un impact clair. Avant la tendance était à la baisse. » Il part.");
  ASSERT_EQ(s.size(), 3U);
  EXPECT_EQ(s[0], "« Et cela a un impact clair.");
  EXPECT_EQ(s[1], "Avant la tendance était à la baisse. »");
  EXPECT_EQ(s[2], "Il part.");
  auto e = texts("He said \u201cwe added more.\u201d Then he left.");
  ASSERT_EQ(e.size(), 2U);
  EXPECT_EQ(e[0], "He said \u201cwe added more.\u201d");
}

TEST(split, lower_case_after_a_period_continues) {
  EXPECT_EQ(texts("Il y a 2.5 fois plus, etc. et encore."),
            (std::vector<std::string>{"Il y a 2.5 fois plus, etc. et encore."}));
}

TEST(split, blank_line_is_a_paragraph_and_spans_are_positions) {
  auto s = split_sentences("Un.\n\n  Deux trois.");
  ASSERT_EQ(s.size(), 2U);
  EXPECT_EQ(s[1].paragraph, 1);
  EXPECT_EQ(s[1].span.from.line, 3);
  EXPECT_EQ(s[1].span.from.column, 3);
  EXPECT_EQ(s[1].span.to.column, 13);
}

TEST(split, empty_and_blank_text_have_no_sentence) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\n \t").empty());
}

}  // namespace
}  // namespace fardeau::extract
