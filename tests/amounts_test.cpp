#include "src/amounts.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

using namespace kgraph;

namespace {

// "[$4.2 billion] USD 4.2e+09 usd" : the text found, currency, value, whether usd is set.
std::string print_money(std::string_view sentence) {
  std::string out;
  for (const Money& m : find_money(sentence)) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", m.value);
    if (!out.empty()) out += " | ";
    out += "[" + std::string(sentence.substr(m.begin, m.end - m.begin)) + "] " + m.currency + " " + value;
    if (m.usd) out += " usd";
  }
  return out;
}

// "[300 locomotives] 300 x locomotives"
std::string print_quantities(std::string_view sentence) {
  std::string out;
  for (const Quantity& q : find_quantities(sentence)) {
    if (!out.empty()) out += " | ";
    out += "[" + std::string(sentence.substr(q.begin, q.end - q.begin)) + "] " + std::to_string(q.count) + " x " +
           q.item;
  }
  return out;
}

std::string print_dates(std::string_view sentence, std::string_view article_date) {
  std::string out;
  for (const DateMention& d : find_dates(sentence, article_date)) {
    if (!out.empty()) out += " | ";
    out += "[" + std::string(sentence.substr(d.begin, d.end - d.begin)) + "] " + d.iso + (d.year_written ? "" : "*");
  }
  return out;
}

}  // namespace

TEST_CASE("find_money: signs, codes, scale words and currency words") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The rail operator agreed a $3.7 billion order.", "[$3.7 billion] USD 3.7e+09 usd"},
      {"It has put $410 million into the region since 2011.", "[$410 million] USD 4.1e+08 usd"},
      {"Lenders offered US$ 2.5bn in credit.", "[US$ 2.5bn] USD 2.5e+09 usd"},
      {"Lenders offered US$2.5bn in credit.", "[US$2.5bn] USD 2.5e+09 usd"},
      {"Bonds worth USD 1.25bn were sold.", "[USD 1.25bn] USD 1.25e+09 usd"},
      {"a plan costing 3.1 billion dollars", "[3.1 billion dollars] USD 3.1e+09 usd"},
      {"a plan costing 3.1 billion U.S. dollars", "[3.1 billion U.S. dollars] USD 3.1e+09 usd"},
      {"a plan costing 3.1 U.S. billion dollars", "[3.1 U.S. billion dollars] USD 3.1e+09 usd"},
      {"a plan costing 3.1 billion Australian dollars", "[3.1 billion Australian dollars] AUD 3.1e+09"},
      {"The port needs \u20ac450m of works.", "[\u20ac450m] EUR 4.5e+08"},
      {"The port needs EUR 450 million of works.", "[EUR 450 million] EUR 4.5e+08"},
      {"a KRW 3 trillion programme", "[KRW 3 trillion] KRW 3e+12"},
      {"pledges of 14 trillion won ($10.4 billion)", "[14 trillion won] KRW 1.4e+13 | [$10.4 billion] USD 1.04e+10 usd"},
      {"loans of 800 million yuan", "[800 million yuan] CNY 8e+08"},
      {"a fee of RM12.5 million", "[RM12.5 million] MYR 1.25e+07"},
      {"some \u00a3 75m in grants", "[\u00a3 75m] GBP 7.5e+07"},
      {"a $6-billion pipeline", "[$6-billion] USD 6e+09 usd"},
      {"a deal worth $9 Billion Dollars, he said", "[$9 Billion Dollars] USD 9e+09 usd"},
      {"shares rose 4.5% to 1,210 points", ""},
      {"The team won 3 matches.", ""},
      {"about $1,250,000 in fees", "[$1,250,000] USD 1.25e+06 usd"},
      {"HK$800 million and NZ$12m", "[HK$800 million] HKD 8e+08 | [NZ$12m] NZD 1.2e+07"},
      {"talks at COP28 in the Gulf", ""},
      {"a RM500 fee", ""},
      {"a USD1.5bn bond", "[USD1.5bn] USD 1.5e+09 usd"},
      {"", ""},
  };
  for (const auto& [sentence, expected] : cases) {
    CAPTURE(sentence);
    CHECK(print_money(sentence) == expected);
  }
}

TEST_CASE("find_money: a value is the double strtod reads from its digits") {
  // Short and long digit runs, with and without a decimal part: the exact
  // division find_money uses up to 15 digits, strtod past them.
  std::uint64_t state = 12345;
  auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull; };
  for (int i = 0; i < 2000; ++i) {
    std::string digits = std::to_string(next() >> (next() % 60));
    std::size_t point = next() % (digits.size() + 1);
    std::string number = point == 0 || point == digits.size() ? digits : digits.substr(0, point) + "." + digits.substr(point);
    CAPTURE(number);
    std::vector<Money> money = find_money("a fee of $" + number + " was paid");
    REQUIRE(money.size() == 1);
    CHECK(money[0].value == std::strtod(number.c_str(), nullptr));
  }
}

TEST_CASE("find_quantities: counts with the noun phrase they count") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The order covers 150 electric buses for the capital.", "[150 electric buses] 150 x electric buses"},
      {"Airline X ordered 18 Airbus A321neo jets.", "[18 Airbus A321neo jets] 18 x Airbus A321neo jets"},
      {"The ministers signed nine documents on Monday.", "[nine documents] 9 x documents"},
      {"It will deliver 1,200 wagons by 2030.", "[1,200 wagons] 1200 x wagons"},
      {"The firm will ship 2.4 million tonnes of wheat a year.", "[2.4 million tonnes of wheat] 2400000 x wheat"},
      {"Talks lasted 3 hours and covered 12 projects.", "[12 projects] 12 x projects"},
      {"Founded in 1998, it employs people in 40 countries.", "[40 countries] 40 x countries"},
      {"A $2 billion contract for 40 trams.", "[40 trams] 40 x trams"},
      {"Growth reached 6.5% in the third quarter.", ""},
      {"The deal creates 12,000 U.S. jobs.", "[12,000 U.S. jobs] 12000 x U.S. jobs"},
      {"It ships 3 million tonnes of grain annually.", "[3 million tonnes of grain] 3000000 x grain"},
      {"It will ship 8 cargoes during the winter.", "[8 cargoes] 8 x cargoes"},
      {"Three Arrested After Port Protest", ""},
      {"The 75th session of the assembly opened.", ""},
      {"Its Boeing 737 fleet is ageing.", ""},
      {"He arrived on September 14 in the capital.", ""},
      {"At 10:30 the leaders met.", ""},
      {"The plant opened in 2015 and later doubled output.", ""},
  };
  for (const auto& [sentence, expected] : cases) {
    CAPTURE(sentence);
    CHECK(print_quantities(sentence) == expected);
  }
}

TEST_CASE("find_dates: written forms, with the article's year for a missing one (*)") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Published 2024-03-05 at noon", "[2024-03-05] 2024-03-05"},
      {"Signed on 05.03.2024 in the capital", "[05.03.2024] 2024-03-05"},
      {"Filed 3/25/2024 with the court", "[3/25/2024] 2024-03-25"},
      {"The visit began on March 5, 2024.", "[March 5, 2024] 2024-03-05"},
      {"The visit began on Mar. 5, 2024.", "[Mar. 5, 2024] 2024-03-05"},
      {"Talks were held Sept. 9 and 10.", "[Sept. 9] 2023-09-09*"},
      {"Talks run Nov 3-7 in the capital.", "[Nov 3-7] 2023-11-03*"},
      {"It was signed on 5 March 2024.", "[5 March 2024] 2024-03-05"},
      {"It was signed on the 21st of June, 2024.", "[21st of June, 2024] 2024-06-21"},
      {"Friday, October 4th, 2024", "[October 4th, 2024] 2024-10-04"},
      {"Deliveries start in August 2026.", "[August 2026] 2026-08"},
      {"Deliveries start in August.", "[August] 2023-08*"},
      {"Output rose in 2022 and fell in 2023.", "[2022] 2022 | [2023] 2023"},
      {"She may sign it soon.", ""},
      {"May 2 marked the start.", "[May 2] 2023-05-02*"},
      {"February 30, 2024 is no date.", ""},
      {"At 10:30 on the day", ""},
      {"DELIVERIES START IN AUGUST.", "[AUGUST] 2023-08*"},
      {"Signed on the 21ST OF JUNE, 2024.", "[21ST OF JUNE, 2024] 2024-06-21"},
      {"Deliveries start In August.", "[August] 2023-08*"},
  };
  for (const auto& [sentence, expected] : cases) {
    CAPTURE(sentence);
    CHECK(print_dates(sentence, "2023-06-01") == expected);
  }
}

TEST_CASE("find_dates: no article date, no year: the date is left out") {
  CHECK(print_dates("Talks were held Sept. 9.", "") == "");
  CHECK(print_dates("October 23, 2023 08:13", "") == "[October 23, 2023] 2023-10-23");
  CHECK(print_dates("October. 23, 2023 08:13.", "") == "[October. 23, 2023] 2023-10-23");
}

TEST_CASE("find_date: the first date naming a month, else the first year") {
  CHECK(find_date("Since 2011 the plant, opened on June 3, 2011, has grown.", "") == "2011-06-03");
  CHECK(find_date("It was founded in 2011.", "") == "2011");
  CHECK(find_date("The deal was signed on Tuesday.", "2025-01-01") == std::nullopt);
  CHECK(find_date("The deal was signed on Sept. 22.", "2025-10-01") == "2025-09-22");
}
