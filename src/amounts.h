// Amounts: money, quantities and dates written in one sentence of normalised
// text ("$4.2 billion", "USD 1.5bn", "300 locomotives", "Sept. 22, 2025").
//
// Flow: sentence text -> deals.h. Offsets are bytes of the sentence given.
// Guarantees: results come in text order; a value is only reported with its
// unit (a bare "300" is a quantity only when a noun follows it).
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
  std::int64_t count = 0;  // "300 locomotives" -> 300
  std::string item = {};   // "locomotives"; "Boeing 787 Dreamliners"
  std::size_t begin = 0, end = 0;
};
std::vector<Quantity> find_quantities(std::string_view sentence);

// An ISO date ("2025-09-22", "2025-09") for the first date written in the
// sentence, taking the year from `article_date` when the text gives none;
// nullopt when there is none.
std::optional<std::string> find_date(std::string_view sentence, std::string_view article_date);

}  // namespace kgraph
