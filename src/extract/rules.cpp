#include "extract/rules.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "core/ally.hpp"

namespace fardeau::extract {

const Match* Facts::find(const char* kind, std::size_t from, std::size_t to) const {
  for (const auto& m : matches)
    if (m.entry->kind == kind && m.begin >= from && m.begin < to) return &m;
  return nullptr;
}

const Match* Facts::find_value(const char* kind, const char* value) const {
  for (const auto& m : matches)
    if (m.entry->kind == kind && m.entry->value == value) return &m;
  return nullptr;
}

std::string Facts::op_before(const Quantity& q) const {
  const Match* m = just_before(q, "op", 3);
  return m != nullptr ? m->entry->value : std::string();
}

const Match* Facts::just_before(const Quantity& q, const char* kind, std::size_t gap) const {
  for (const auto& m : matches)
    if (m.entry->kind == kind && m.end <= q.begin && q.begin - m.end <= gap) return &m;
  return nullptr;
}

const Match* Facts::just_after(const Quantity& q, const char* kind) const {
  for (const auto& m : matches)
    if (m.entry->kind == kind && m.begin >= q.end && m.begin <= q.end + 1) return &m;
  return nullptr;
}

namespace {

std::string fmt_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string fmt_amount(double v) {
  if (std::fabs(v) >= 1e12) return fmt_number(v / 1e12) + "tn";
  if (std::fabs(v) >= 1e9) return fmt_number(v / 1e9) + "bn";
  if (std::fabs(v) >= 1e6) return fmt_number(v / 1e6) + "M";
  return fmt_number(v);
}

std::string meets(int year, double target) {
  return target == 2 ? "meets(" + std::to_string(year) + ")"
                     : "meets(" + std::to_string(year) + ", " + fmt_number(target) + ")";
}

// The comparison of a qualifier: "more than" >, "at least" >=, "almost" ~, none ~ or =.
std::string op_or(const std::string& op, const char* fallback) {
  return op.empty() ? fallback : op;
}

using Notes = std::vector<std::string>;

void note(Notes& n, std::string what) {
  if (std::find(n.begin(), n.end(), what) == n.end()) n.push_back(std::move(what));
}

// The first year of a range the speaker did not give, each with why it is plausible; one
// year is written as it is, several as either(...), most recent first, and each is then a
// reading of the claim (claims::readings).
struct OpenStart {
  std::map<int, std::string, std::greater<>> years;  ///< year -> why, most recent first

  void add(int year, const std::string& why) {
    std::string& w = years[year];
    w += (w.empty() ? "" : "; ") + why;
  }
  std::string text() const {
    if (years.size() == 1) return std::to_string(years.begin()->first);
    std::string s = "either(";
    for (const auto& [y, why] : years) s += (s.size() > 7 ? ", " : "") + std::to_string(y);
    return s + ")";
  }
  std::string reasons() const {
    std::string s;
    std::size_t i = 0;
    for (const auto& [y, why] : years)
      s += std::string(i++ == 0            ? ""
                       : i == years.size() ? " or "
                                           : ", ") +
           std::to_string(y) + " (" + why + ")";
    return s;
  }
};

// One sentence: its years and their roles, its group, then one method per rule.
class Analysis {
 public:
  Analysis(const std::string& s, const Facts& f, Context& ctx, const std::string& next_group)
      : s_(s), f_(f), ctx_(ctx), next_group_(next_group) {
    read_years();
    for (const auto& m : f_.matches)
      if (m.entry->kind == "group") {
        group_ = m.entry->value;
        break;
      }
    aim_ = f_.find("aim");
    purpose_ = f_.find("purpose");
    // Claims stated before an aim or a purpose clause, and outside a deadline, are facts.
    fact_end_ = std::min(aim_ != nullptr ? aim_->begin : std::string::npos,
                         purpose_ != nullptr ? purpose_->begin : std::string::npos);
    has_deadline_ = deadline_ != 0 && (ctx_.article_year == 0 || deadline_ > ctx_.article_year);
    pct_gdp_ = f_.find_value("indicator", "pct_gdp") != nullptr ||
               (f_.find_value("indicator", "pct_gdp_ref") != nullptr && ctx_.last_pct_gdp);
    has_money_ = std::any_of(f_.qs.begin(), f_.qs.end(),
                             [](const Quantity& q) { return q.unit == Unit::money; });
    has_pct_ = std::any_of(f_.qs.begin(), f_.qs.end(), [](const Quantity& q) {
      return q.unit == Unit::pct || q.unit == Unit::pp;
    });
    up_ = f_.find("up");
  }

  Draft run() {
    counts();
    amounts();
    trends();
    targets();
    us_share();
    aims();
    if (d_.claims.empty() && d_.reason.empty()) {
      if (aim_ != nullptr)
        d_.reason = aim_->entry->value;
      else if (has_deadline_ && (has_money_ || has_pct_))
        d_.reason = forecast();
    }
    if (!group_.empty()) ctx_.last_group = group_;
    ctx_.last_pct_gdp = pct_gdp_;
    return std::move(d_);
  }

 private:
  // Years and their roles: "since 2014" a base, "between 2016 and 2020" a base and an end,
  // "by 2024" a deadline, "before 2014" the end of what came before, else the year.
  void read_years() {
    const Match* event = f_.find("event");
    for (const auto& q : f_.qs) {
      if (!q.is_year) {
        read_last_years(q);
        continue;
      }
      // "since the 2014 pledge": the event gives the base year, its year is not another.
      if (event != nullptr && q.begin >= event->begin && q.end <= event->end) continue;
      const int y = static_cast<int>(q.value);
      const Match* marker = f_.just_before(q, "since");
      if (marker == nullptr) marker = f_.just_before(q, "by");
      const std::string mk = marker != nullptr ? marker->entry->value : std::string();
      if (mk == "since" || mk == "between") {
        base_ = y;
      } else if (mk == "by") {
        deadline_ = y;
      } else if (f_.just_before(q, "before") != nullptr) {
        before_end_ = y;
      } else if (base_ != 0 && end_ == 0 && q.begin > 0) {
        end_ = y;
      } else if (year_ == 0) {
        year_ = y;
      }
    }
    if (event != nullptr) base_ = std::atoi(event->entry->value.c_str());
    if (end_ != 0 && year_ == 0) year_ = end_;
  }

  // "over the last three years", "au cours des trois dernières années": a base N years back.
  void read_last_years(const Quantity& q) {
    if (q.unit != Unit::plain || !q.integer || q.value < 1 || q.value > 50) return;
    const Match* years = f_.just_after(q, "years");
    if (years == nullptr) return;
    if (years->entry->value != "last" && f_.just_before(q, "last") == nullptr) return;
    last_years_ = static_cast<int>(q.value);
  }

  std::string forecast() const {
    return "a forecast: the deadline " + std::to_string(deadline_) + " is after the article";
  }

  int need_year(Notes& n) const {
    if (year_ != 0) return year_;
    if (ctx_.article_year == 0) return 0;
    const Match* today = f_.find("today");
    note(n, "year " + std::to_string(ctx_.article_year) +
                (today != nullptr ? " (\"" + today->entry->phrase + "\" at the article date)"
                                  : " from the article date"));
    return ctx_.article_year;
  }

  // The group: written, else the previous sentence's, else the next one's.
  std::string need_group(Notes& n) const {
    if (!group_.empty()) return group_;
    std::string g = !ctx_.last_group.empty() ? ctx_.last_group : next_group_;
    if (g.empty()) g = "europe-canada";
    note(n, "group " + g + " from the surrounding sentences");
    return g;
  }

  void add(const char* pattern, std::string claim, Notes n) {
    d_.claims.push_back({pattern, std::move(claim), std::move(n)});
  }

  // 1. Counts: "29 États membres", "23 Allies (at 2%)".
  void counts() {
    for (const auto& q : f_.qs) {
      if (q.unit != Unit::plain || q.is_year || !q.integer || q.begin >= fact_end_ || has_deadline_)
        continue;
      const Match* noun = nullptr;
      for (const auto& m : f_.matches)
        if (m.entry->kind == "count" && m.begin >= q.end && m.begin <= q.end + 1) noun = &m;
      if (noun == nullptr) continue;
      Notes n;
      const int y = need_year(n);
      if (y == 0) {
        d_.reason = "the year is not written and the article has no date (--date)";
        continue;
      }
      const std::string op = op_or(f_.op_before(q), "=");
      const Quantity* target = nullptr;
      for (const auto& t : f_.qs)
        if (t.unit == Unit::pct && t.begin > q.end) {
          target = &t;
          break;
        }
      if (target != nullptr)
        add("count", "count(" + meets(y, target->value) + ") " + op + " " + fmt_number(q.value),
            std::move(n));
      else
        add("count", "members(" + std::to_string(y) + ") " + op + " " + fmt_number(q.value),
            std::move(n));
    }
  }

  // The base year of an amount "added": written, "the last N years", else every plausible
  // one (the Wales pledge, the year before the US president's term, two years before);
  // empty when none is before the year.
  std::string base_of(int y, Notes& n) const {
    if (base_ != 0) return std::to_string(base_);
    if (last_years_ != 0) {
      note(n, "base year " + std::to_string(y - last_years_) + ": the last " +
                  std::to_string(last_years_) + " years before " + std::to_string(y));
      return std::to_string(y - last_years_);
    }
    OpenStart open;
    const int pledge = setting("pledge_year", 2014);
    const int term = term_start(ctx_.article_year != 0 ? ctx_.article_year : y);
    if (term != 0 && term - 1 < y)
      open.add(term - 1, "the year before the US president's term, from " + std::to_string(term));
    if (y - 2 > 0) open.add(y - 2, "two years before " + std::to_string(y));
    if (pledge < y) open.add(pledge, "the Wales pledge");
    if (open.years.empty()) return {};
    note(n, "base year not written: " + open.reasons() +
                (open.years.size() > 1 ? "; each is a reading" : ""));
    return open.text();
  }

  // The start of the US presidential term in office in a year (lexicon `term` lines).
  int term_start(int year) const {
    int best = 0;
    for (const Entry* e : entries_of("term", ctx_.lang)) {
      const int start = std::atoi(e->value.c_str());
      if (start <= year && start > best) best = start;
    }
    return best;
  }

  // 2. Amounts added: "ont augmenté ... de 41 milliards de dollars", "added $46bn".
  void amounts() {
    for (const auto& q : f_.qs) {
      if (q.unit != Unit::money || up_ == nullptr || q.begin >= fact_end_) continue;
      if (has_deadline_) {
        d_.reason = forecast();
        continue;
      }
      Notes n;
      const int y = end_ != 0 ? end_ : need_year(n);
      if (y == 0) {
        d_.reason = "the year is not written and the article has no date (--date)";
        continue;
      }
      const std::string g = need_group(n);
      const std::string op = op_or(f_.op_before(q), "~");
      if (up_->entry->value == "level") {
        note(n, "current prices (a level in dollars of the year)");
        add("amount",
            fmt::format("sum(defexp_usd_current, {}, {}) {} {}", g, y, op, fmt_amount(q.value)),
            std::move(n));
        continue;
      }
      const std::string b = base_of(y, n);
      if (b.empty()) {
        d_.reason = "no plausible base year before " + std::to_string(y);
        continue;
      }
      note(n,
           "constant prices and a cumulative sum over the base year (NATO's \"added\"); "
           "the checker also tries current prices and the level difference");
      add("amount",
          fmt::format("cumulative(defexp_usd_const, {}, {}..{}) {} {}", g, b, y, op,
                      fmt_amount(q.value)),
          std::move(n));
    }
  }

  // 3. Trends: "Avant la tendance était à la baisse", "Aujourd'hui ... ont augmenté".
  void trends() {
    const int pledge = setting("pledge_year", 2014);
    const Match* down = f_.find("down", 0, purpose_ != nullptr ? purpose_->begin : s_.size());
    if (down != nullptr && down->begin < fact_end_ && f_.find("before") != nullptr && !has_pct_) {
      Notes n;
      const std::string g = need_group(n);
      // What came "before": the years up to the year written, else up to the Wales pledge,
      // over a short and a long window; each is a reading.
      const int end = before_end_ != 0 ? before_end_ : pledge;
      OpenStart open;
      const int short_years = setting("before_years_short", 2);
      const int long_years = setting("before_years_long", 5);
      open.add(end - short_years, "the last " + std::to_string(short_years) + " years");
      open.add(end - long_years, "the last " + std::to_string(long_years) + " years");
      note(n, "\"before\" = the years up to " +
                  (before_end_ != 0 ? std::to_string(end)
                                    : "the " + std::to_string(pledge) + " Wales pledge") +
                  ", from " + open.reasons() + "; each is a reading");
      note(n, "defence spending at constant prices");
      add("trend",
          "trend(defexp_usd_const, " + g + ", " + open.text() + ".." + std::to_string(end) +
              ") < 0",
          std::move(n));
    }
    if (up_ != nullptr && up_->entry->value == "up" && up_->begin < fact_end_ && !has_pct_ &&
        !has_deadline_ && (!has_money_ || f_.find("today") != nullptr) &&
        (f_.find("indicator") != nullptr || has_money_)) {
      Notes n;
      const int y = need_year(n);
      if (y == 0) return;
      const std::string g = need_group(n);
      int b = base_;
      if (last_years_ != 0 && !has_money_) {
        b = y - last_years_;
        note(n,
             "since " + std::to_string(b) + ": the last " + std::to_string(last_years_) + " years");
      } else if (b == 0 || has_money_) {
        b = pledge;
        note(n, "since the " + std::to_string(pledge) + " Wales pledge");
      }
      note(n, "defence spending at constant prices");
      add("trend",
          "trend(defexp_usd_const, " + g + ", " + std::to_string(b) + ".." + std::to_string(y) +
              ") > 0",
          std::move(n));
    }
  }

  // 4. Targets in % of GDP that others are pressed to reach, and the US figure; an ally's
  // own ratio.
  void targets() {
    const bool demand = f_.find("demand") != nullptr;
    if (!pct_gdp_ || has_deadline_) return;
    for (const auto& q : f_.qs) {
      if (q.unit != Unit::pct || (!demand && q.begin >= fact_end_)) continue;
      Notes n;
      if (!demand && group_.size() != 3) return;
      const int y = need_year(n);
      if (y == 0) return;
      if (!demand) {
        // "The United States spent 3.5% of GDP in 2017".
        add("pct-gdp",
            "pct_gdp[" + group_ + ", " + std::to_string(y) + "] " + op_or(f_.op_before(q), "~") +
                " " + fmt_number(q.value) + " ±0.05",
            std::move(n));
        continue;
      }
      if (f_.find_value("indicator", "pct_gdp") == nullptr)
        note(n, "\"" + f_.find_value("indicator", "pct_gdp_ref")->entry->phrase +
                    "\" = % of GDP, from the previous sentence");
      Notes us = n;
      note(n, "a demand to reach a target implies most allies are below it");
      add("target", "count(" + meets(y, q.value) + ") < members(" + std::to_string(y) + ") / 2",
          std::move(n));
      if (f_.find("us") != nullptr) {
        note(us, "the US figure as NATO publishes it, within 0.2 points");
        add("us-figure",
            "pct_gdp[USA, " + std::to_string(y) + "] ~ " + fmt_number(q.value) + " ±0.2",
            std::move(us));
      }
    }
  }

  // 5. The US share of allied spending: "the US accounts for two-thirds of ...".
  void us_share() {
    if (f_.find_value("indicator", "share") == nullptr || has_deadline_ ||
        (group_ != kReferenceAllyIso3 && f_.find("us") == nullptr))
      return;
    for (const auto& q : f_.qs) {
      if (q.unit != Unit::pct) continue;
      Notes n;
      const int y = need_year(n);
      if (y == 0) return;
      note(n, "current prices and exchange rates; share of all allies (nato)");
      add("us-share",
          "share(defexp_usd_current, USA, nato, " + std::to_string(y) + ") " +
              op_or(f_.op_before(q), "~") + " " + fmt_number(q.value) + " ±1",
          std::move(n));
    }
  }

  // 6. Purpose: "afin que les dépenses américaines baissent", checked against the outcome.
  void aims() {
    if (purpose_ == nullptr || f_.find_value("indicator", "defexp_us") == nullptr ||
        f_.find("down", purpose_->begin) == nullptr)
      return;
    Notes n;
    const int y = need_year(n);
    if (y == 0 || ctx_.outcome_year <= y) return;
    const std::string a = std::to_string(y);
    const std::string o = std::to_string(ctx_.outcome_year);
    note(n, "an aim, checked against the outcome: " + o + ", the last full year of the data");
    Notes level = n;
    note(n, "\"US spending\" read as its share of allied spending (current prices)");
    note(level, "\"US spending\" read as its level (constant prices)");
    add("aim",
        "share(defexp_usd_current, USA, nato, " + o + ") < share(defexp_usd_current, USA, nato, " +
            a + ")",
        std::move(n));
    add("aim", "defexp_usd_const[USA, " + o + "] < defexp_usd_const[USA, " + a + "]",
        std::move(level));
  }

  const std::string& s_;
  const Facts& f_;
  Context& ctx_;
  const std::string& next_group_;
  Draft d_;
  int year_ = 0, base_ = 0, end_ = 0, deadline_ = 0, before_end_ = 0, last_years_ = 0;
  std::string group_;
  const Match* aim_ = nullptr;
  const Match* purpose_ = nullptr;
  const Match* up_ = nullptr;
  std::size_t fact_end_ = std::string::npos;
  bool has_deadline_ = false, pct_gdp_ = false, has_money_ = false, has_pct_ = false;
};

}  // namespace

Draft analyse(const std::string& s, const Facts& f, Context& ctx, const std::string& next_group) {
  return Analysis(s, f, ctx, next_group).run();
}

}  // namespace fardeau::extract
