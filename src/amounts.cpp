// Amounts are read from the sentence's words (words.h): a number, with a
// currency sign or code before it or a currency word after it, and a scale
// word ("billion", "bn", "million", "m") between. Quantities are a number
// followed by a noun phrase that is not a unit of money, time or percent.
#include "src/amounts.h"

#include <charconv>
#include <cstdio>
#include <map>
#include <unordered_set>

#include "src/words.h"

namespace kgraph {
namespace {

const std::map<std::string, double> kScales = {
    {"thousand", 1e3}, {"k", 1e3},       {"million", 1e6}, {"mln", 1e6},  {"m", 1e6},
    {"mn", 1e6},       {"billion", 1e9}, {"bn", 1e9},      {"b", 1e9},    {"bln", 1e9},
    {"trillion", 1e12}, {"tn", 1e12},    {"trn", 1e12}};
const std::map<std::string, std::string> kCurrencyWords = {
    {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"},
    {"won", "KRW"},     {"krw", "KRW"},    {"yuan", "CNY"}, {"renminbi", "CNY"}, {"cny", "CNY"}, {"yen", "JPY"},
    {"jpy", "JPY"},     {"pounds", "GBP"}, {"gbp", "GBP"},  {"rubles", "RUB"},  {"roubles", "RUB"},
    {"rub", "RUB"},     {"tenge", "KZT"},  {"kzt", "KZT"},  {"naira", "NGN"},   {"ngn", "NGN"},
    {"dirhams", "AED"}, {"aed", "AED"},    {"riyals", "SAR"}, {"sar", "SAR"},   {"rupees", "INR"},
    {"inr", "INR"},     {"ringgit", "MYR"}, {"myr", "MYR"}, {"dong", "VND"},    {"vnd", "VND"},
    {"pesos", "ARS"},   {"lira", "TRY"},   {"try", "TRY"},  {"sum", "UZS"},     {"uzs", "UZS"},
    {"francs", "CHF"},  {"chf", "CHF"},    {"aud", "AUD"},  {"cad", "CAD"},     {"egp", "EGP"}};
const std::map<std::string, std::string> kCurrencySigns = {
    {"$", "USD"}, {"us$", "USD"}, {"\u20ac", "EUR"}, {"\u00a3", "GBP"}, {"\u00a5", "JPY"}, {"\u20a9", "KRW"},
    {"\u20b8", "KZT"}, {"\u20a6", "NGN"}, {"a$", "AUD"}, {"c$", "CAD"}};
const std::unordered_set<std::string> kNotItems = {
    "percent", "per", "%", "years", "year", "months", "month", "days", "day", "weeks", "hours", "minutes",
    "times", "people", "jobs", "of", "and", "to", "in", "on", "at", "the", "a", "for", "with", "by", "from",
    "or", "more", "than", "km", "kilometers", "miles", "tons", "tonnes", "barrels", "mw", "gw", "degrees",
    "countries", "nations", "sectors", "states", "firms", "companies", "members", "billion", "million",
    "trillion", "thousand", "st", "nd", "rd", "th", "p", "a.m", "p.m", "am", "pm"};
const std::map<std::string, int> kMonths = {
    {"january", 1}, {"jan", 1},   {"february", 2}, {"feb", 2},   {"march", 3},    {"mar", 3},
    {"april", 4},   {"apr", 4},   {"may", 5},      {"june", 6},  {"jun", 6},      {"july", 7},
    {"jul", 7},     {"august", 8}, {"aug", 8},     {"september", 9}, {"sept", 9}, {"sep", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
const std::map<std::string, int> kNumberWords = {
    {"two", 2},    {"three", 3},   {"four", 4},     {"five", 5},    {"six", 6},       {"seven", 7},
    {"eight", 8},  {"nine", 9},    {"ten", 10},     {"eleven", 11}, {"twelve", 12},   {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"fifty", 50},  {"hundred", 100}, {"dozen", 12}};

std::optional<double> number_of(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end == digits.data()) return std::nullopt;
  return value;
}

// "4.2bn" is one word: the number and its scale.
std::pair<std::optional<double>, double> number_and_scale(const Word& w) {
  std::size_t split = 0;
  while (split < w.text.size() && (std::isdigit(static_cast<unsigned char>(w.text[split])) || w.text[split] == '.' ||
                                   w.text[split] == ','))
    ++split;
  auto value = number_of(w.text.substr(0, split));
  if (split == w.text.size()) return {value, 1};
  auto scale = kScales.find(w.lower.substr(split));
  if (scale == kScales.end()) return {std::nullopt, 1};
  return {value, scale->second};
}

std::string currency_before(const std::vector<Word>& words, std::size_t i) {
  if (i == 0) return "";
  std::string sign = words[i - 1].lower;
  if (i >= 2 && sign == "$" && (words[i - 2].lower == "us" || words[i - 2].lower == "u.s.")) return "USD";
  if (auto s = kCurrencySigns.find(sign); s != kCurrencySigns.end()) return s->second;
  if (auto c = kCurrencyWords.find(sign); c != kCurrencyWords.end() && sign.size() == 3) return c->second;
  return "";
}

}  // namespace

std::vector<Money> find_money(std::string_view sentence) {
  std::vector<Word> words = split_words(sentence);
  std::vector<Money> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != WordKind::kNumber) continue;
    auto [value, scale] = number_and_scale(words[i]);
    if (!value) continue;
    std::size_t end = i + 1;
    if (scale == 1 && end < words.size())
      if (auto s = kScales.find(words[end].lower); s != kScales.end() && words[end].lower.size() > 1)
        scale = s->second, ++end;
    std::string currency = currency_before(words, i);
    std::size_t begin = currency.empty() ? i : (i >= 2 && words[i - 2].lower == "us" ? i - 2 : i - 1);
    // "15.6 U.S. billion dollars", "29 billion dollars", "21 trillion won"
    std::size_t look = end;
    if (look < words.size() && (words[look].lower == "u.s." || words[look].lower == "us")) ++look;
    if (scale == 1 && look < words.size())
      if (auto s = kScales.find(words[look].lower); s != kScales.end()) scale = s->second, ++look;
    if (look < words.size())
      if (auto c = kCurrencyWords.find(words[look].lower); c != kCurrencyWords.end() && currency.empty())
        currency = c->second, end = look + 1;
    if (currency.empty()) continue;
    Money m{.value = *value * scale, .currency = currency, .begin = words[begin].begin, .end = words[end - 1].end};
    if (currency == "USD") m.usd = m.value;
    found.push_back(m);
    i = end - 1;
  }
  return found;
}

std::vector<Quantity> find_quantities(std::string_view sentence) {
  std::vector<Word> words = split_words(sentence);
  std::vector<Quantity> found;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::optional<double> count;
    if (words[i].kind == WordKind::kNumber && words[i].text.find_first_not_of("0123456789,") == std::string_view::npos)
      count = number_of(words[i].text);  // not "4.99", not "80th"
    else if (auto w = kNumberWords.find(words[i].lower); w != kNumberWords.end()) count = w->second;
    if (!count || !currency_before(words, i).empty()) continue;
    if (i + 1 < words.size() && words[i + 1].lower.size() == 4 && std::isdigit(static_cast<unsigned char>(words[i + 1].text[0])))
      continue;  // a date
    std::size_t b = i + 1, e = b;
    // The item: words up to the first lower-case plural noun, or a capitalised run ("Boeing 787 Dreamliners").
    while (e < words.size() && e < b + 4 && words[e].kind != WordKind::kPunct && !kNotItems.count(words[e].lower) &&
           !kScales.count(words[e].lower) && !kCurrencyWords.count(words[e].lower)) {
      ++e;
      if (!words[e - 1].capitalized && words[e - 1].kind == WordKind::kWord && words[e - 1].lower.back() == 's') break;
    }
    if (e == b || words[e - 1].kind != WordKind::kWord) continue;
    found.push_back({static_cast<std::int64_t>(*count), std::string(sentence.substr(words[b].begin, words[e - 1].end - words[b].begin)),
                     words[i].begin, words[e - 1].end});
    i = e - 1;
  }
  return found;
}

std::optional<std::string> find_date(std::string_view sentence, std::string_view article_date) {
  std::vector<Word> words = split_words(sentence);
  auto year_of = [](const Word& w) -> int {
    if (w.kind != WordKind::kNumber || w.text.size() != 4) return 0;
    int y = std::stoi(std::string(w.text));
    return y >= 1900 && y <= 2100 ? y : 0;
  };
  auto format = [](int y, int m, int d) {
    char buf[16];
    if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return std::string(buf);
  };
  int fallback_year = article_date.size() >= 4 ? std::atoi(std::string(article_date.substr(0, 4)).c_str()) : 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // 2025-09-22 is one number word with hyphens.
    if (words[i].kind == WordKind::kNumber && words[i].text.size() == 10 && words[i].text[4] == '-' && words[i].text[7] == '-')
      return std::string(words[i].text);
    std::string month_word = words[i].lower;
    if (!month_word.empty() && month_word.back() == '.') month_word.pop_back();
    auto month = kMonths.find(month_word);
    if (month == kMonths.end() || (month_word == "may" && !words[i].capitalized)) continue;
    std::size_t k = i + 1;
    while (k < words.size() && words[k].text == ".") ++k;
    int day = 0, year = 0;
    if (k < words.size() && words[k].kind == WordKind::kNumber && words[k].text.size() <= 2) day = std::stoi(std::string(words[k].text)), ++k;
    if (i >= 1 && day == 0 && words[i - 1].kind == WordKind::kNumber && words[i - 1].text.size() <= 2)
      day = std::stoi(std::string(words[i - 1].text));
    while (k < words.size() && words[k].text == ",") ++k;
    if (k < words.size()) year = year_of(words[k]);
    if (year == 0) year = fallback_year;
    if (year == 0 || day > 31) continue;
    return format(year, month->second, day);
  }
  return std::nullopt;
}

}  // namespace kgraph
