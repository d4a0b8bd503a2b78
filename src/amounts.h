// Amounts: money, quantities and dates written in one sentence of normalised
// text ("$4.2 billion", "USD 1.5bn", "21 trillion won", "300 locomotives",
// "Sept. 22, 2025").
//
// Flow: sentence text (article.h) -> deals.h; article.h also reads the date
// of a dateline with find_dates.
// Guarantees: results come in text order and do not overlap; offsets are
// bytes of the sentence given, [begin, end). A number is money only with a
// currency sign, code or word next to it ("$", "US$", "RM", "EUR", "won",
// "U.S. dollars"); a number is a quantity only when a noun follows it, and
// never when it is money, a year, a percentage, a time or part of a date.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

struct Money {
  double value = 0;                // in units of `currency`: "$4.2 billion" -> 4.2e9
  std::string currency = {};       // ISO 4217: "USD", "EUR", "KRW"
  std::optional<double> usd = {};  // set when the currency is US dollars
  std::size_t begin = 0, end = 0;
};
std::vector<Money> find_money(std::string_view sentence);

struct Quantity {
  std::int64_t count = 0;  // "300 locomotives" -> 300; "5.3 million barrels of crude" -> 5300000
  std::string item = {};   // "locomotives"; "Boeing 787 Dreamliners"; "crude" (the goods, after a unit)
  std::size_t begin = 0, end = 0;
};
// Counts written in digits or as words up to twenty ("seven documents"),
// with the noun phrase they count.
std::vector<Quantity> find_quantities(std::string_view sentence);
// The same, given find_money(sentence): amounts of money count nothing.
std::vector<Quantity> find_quantities(std::string_view sentence, const std::vector<Money>& money);

struct DateMention {
  std::string iso = {};  // "2025-09-22", "2025-09" (no day written) or "2025" ("in 2025")
  std::size_t begin = 0, end = 0;
  bool year_written = false;  // false when the year came from the article date
};
// Every date written in the sentence: "2025-09-22", "22.09.2025",
// "September 22, 2025", "Sept. 22", "22 September 2025", "October 2025",
// "in September", "in 2024". The year of `article_date` (ISO) fills a missing
// year; with no year at all the date is left out.
std::vector<DateMention> find_dates(std::string_view sentence, std::string_view article_date);

// The ISO date of the first date in the sentence that names at least a month
// (else the first year, "in 2024" -> "2024"); nullopt when there is none.
std::optional<std::string> find_date(std::string_view sentence, std::string_view article_date);

}  // namespace kgraph
