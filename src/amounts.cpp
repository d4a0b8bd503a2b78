// Amounts are read straight from the bytes of the sentence rather than from
// words, because money glues its parts together in ways words do not:
// "US$1.5bn", "RM44.8", "EUR300m", "$1.5-billion". Every number found is
// tried as money first (a currency sign or code before it, or a currency word
// after its scale word), then as a quantity (a noun phrase after it).
//
// Dates are read from a small token list (letter runs, digit runs with their
// inner separators, single punctuation marks), trying in turn the numeric
// forms (2025-09-22, 22.09.2025, 9/22/2025), month-first and day-first
// forms, a month with a year, a month after "in", and a year after "in".
#include "src/amounts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "src/string_table.h"

namespace kgraph {
namespace {

// ---------------------------------------------------------------- bytes

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
// ASCII letters and every byte of a longer code point: a table, since the
// readers below test every byte of a sentence.
constexpr std::array<bool, 256> kLetterBytes = [] {
  std::array<bool, 256> letters = {};
  for (int c = 0; c < 256; ++c) letters[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  return letters;
}();
bool is_letter(char c) { return kLetterBytes[static_cast<unsigned char>(c)]; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

char lower_byte(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_byte(c);
  return out;
}

struct Span {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// The letter run starting at `i` after spaces, with the dots of "U.S." kept.
Span word_after(std::string_view s, std::size_t i) {
  std::size_t b = skip_spaces(s, i), e = b;
  while (e < s.size() && (is_letter(s[e]) || (s[e] == '.' && e + 1 < s.size() && is_letter(s[e + 1]) && e > b)))
    ++e;
  if (e < s.size() && s[e] == '.' && e >= b + 2 && s[e - 2] == '.') ++e;  // the final dot of "U.S."
  return {b, e};
}

// The letter run that ends at `i` (before any spaces there).
Span word_before(std::string_view s, std::size_t i) {
  std::size_t e = i;
  while (e > 0 && is_space(s[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && (is_letter(s[b - 1]) || s[b - 1] == '.')) --b;
  return {b, e};
}

std::string_view text_of(std::string_view s, Span w) { return s.substr(w.begin, w.end - w.begin); }

// ---------------------------------------------------------------- numbers

struct Number {
  double value = 0;
  Span span = {};
  bool decimal = false;  // has a decimal part: "4.2"
};

// Exactly three digits at `i`: "500" of "1,500,000".
bool is_thousands_group(std::string_view s, std::size_t i) {
  return i + 3 <= s.size() && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
         (i + 3 == s.size() || !is_digit(s[i + 3]));
}

// The value of digits with at most one point: "1500", "4.2". Up to 15
// digits the integer they spell and the power of ten are exact doubles, so
// their quotient is the correctly rounded value, strtod's, without its cost.
double decimal_value(const std::string& digits) {
  static constexpr double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  std::uint64_t whole = 0;
  std::size_t count = 0, decimals = 0;
  for (char c : digits) {
    if (c == '.') {
      decimals = digits.size() - count - 1;
      continue;
    }
    whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
    if (++count > 15) return std::strtod(digits.c_str(), nullptr);
  }
  return static_cast<double>(whole) / kPowers[decimals];
}

// Digits with optional thousands commas ("1,500") and one decimal part ("4.2").
std::optional<Number> number_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || !is_digit(s[i])) return std::nullopt;
  if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',')) return std::nullopt;
  Number n{.span = {i, i}};
  std::string digits;
  std::size_t e = i;
  while (e < s.size()) {
    if (is_digit(s[e])) digits += s[e++];
    else if (s[e] == ',' && is_thousands_group(s, e + 1)) ++e;
    else if (s[e] == '.' && !n.decimal && e + 1 < s.size() && is_digit(s[e + 1])) digits += s[e++], n.decimal = true;
    else break;
  }
  n.span.end = e;
  n.value = decimal_value(digits);
  return n;
}

// ---------------------------------------------------------------- money

const TextMap<double> kScaleWords = {
    {"thousand", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9}, {"billions", 1e9},
    {"trillion", 1e12}, {"mn", 1e6}, {"mln", 1e6}, {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12},
    {"trn", 1e12}, {"crore", 1e7}, {"crores", 1e7}, {"lakh", 1e5}, {"lakhs", 1e5}};
// Written right after the digits: "1.5bn", "300m", "4.2B".
const TextMap<double> kScaleSuffixes = {
    {"k", 1e3}, {"m", 1e6}, {"mn", 1e6}, {"mln", 1e6}, {"b", 1e9}, {"bn", 1e9}, {"bln", 1e9},
    {"tn", 1e12}, {"trn", 1e12}};

// Signs and prefixes written before the number, longest first.
constexpr std::array<std::pair<std::string_view, std::string_view>, 29> kCurrencyPrefixes = {{
    {"U.S.$", "USD"}, {"US$", "USD"}, {"AU$", "AUD"}, {"CA$", "CAD"}, {"HK$", "HKD"}, {"NZ$", "NZD"},
    {"NT$", "TWD"}, {"Rs.", "INR"}, {"A$", "AUD"}, {"C$", "CAD"}, {"S$", "SGD"}, {"R$", "BRL"},
    {"RM", "MYR"}, {"Rs", "INR"}, {"Rp", "IDR"}, {"$", "USD"}, {"\u20AC", "EUR"}, {"\u00A3", "GBP"},
    {"\u00A5", "JPY"}, {"\u20A9", "KRW"}, {"\u20B8", "KZT"}, {"\u20A6", "NGN"}, {"\u20B9", "INR"},
    {"\u20BD", "RUB"}, {"\u20BA", "TRY"}, {"\u20B4", "UAH"}, {"\u20AB", "VND"}, {"\u20B1", "PHP"},
    {"\u20BE", "GEL"}}};

// The last bytes of the signs above.
constexpr std::array<bool, 256> kSignEnds = [] {
  std::array<bool, 256> ends = {};
  for (const auto& [sign, code] : kCurrencyPrefixes) ends[static_cast<unsigned char>(sign.back())] = true;
  return ends;
}();

const WordSet kCurrencyCodes = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "INR", "RUB", "KZT", "UZS", "KGS", "TJS", "TMT",
    "AZN", "GEL", "AMD", "TRY", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "ILS", "EGP", "MAD",
    "TND", "DZD", "NGN", "GHS", "KES", "ETB", "ZAR", "BRL", "ARS", "MXN", "CLP", "COP", "PEN", "CAD",
    "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "UAH", "BYN", "MYR", "IDR",
    "VND", "THB", "PHP", "SGD", "HKD", "TWD", "PKR", "BDT", "LKR", "MNT", "IRR", "IQD"};

// Currency words after the amount: "21 trillion won", "500 million yuan".
const TextMap<std::string> kCurrencyWords = {
    {"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"}, {"pound", "GBP"},
    {"pounds", "GBP"}, {"sterling", "GBP"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"won", "KRW"}, {"rupee", "INR"}, {"rupees", "INR"}, {"rouble", "RUB"}, {"roubles", "RUB"},
    {"ruble", "RUB"}, {"rubles", "RUB"}, {"tenge", "KZT"}, {"naira", "NGN"}, {"ringgit", "MYR"},
    {"rupiah", "IDR"}, {"dong", "VND"}, {"baht", "THB"}, {"lira", "TRY"}, {"liras", "TRY"},
    {"dirham", "AED"}, {"dirhams", "AED"}, {"riyal", "SAR"}, {"riyals", "SAR"}, {"franc", "CHF"},
    {"francs", "CHF"}, {"reais", "BRL"}, {"rand", "ZAR"}, {"shillings", "KES"}, {"hryvnia", "UAH"},
    {"hryvnias", "UAH"}, {"manat", "AZN"}, {"lari", "GEL"}, {"drams", "AMD"}, {"somoni", "TJS"},
    {"tugriks", "MNT"}, {"zloty", "PLN"}, {"zlotys", "PLN"}, {"forints", "HUF"}, {"koruna", "CZK"},
    {"kronor", "SEK"}, {"krona", "SEK"}, {"kroner", "NOK"}, {"taka", "BDT"}, {"shekels", "ILS"},
    {"cedis", "GHS"}, {"birr", "ETB"}, {"soums", "UZS"}, {"sums", "UZS"}};
// A country word before "dollars", "pesos", "riyals"... names the currency.
const TextMap<std::string> kCurrencyByCountryWord = {
    {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"american dollars", "USD"},
    {"australian dollars", "AUD"}, {"canadian dollars", "CAD"}, {"singapore dollars", "SGD"},
    {"taiwan dollars", "TWD"}, {"kong dollars", "HKD"}, {"zealand dollars", "NZD"},
    {"mexican pesos", "MXN"}, {"argentine pesos", "ARS"}, {"chilean pesos", "CLP"},
    {"colombian pesos", "COP"}, {"philippine pesos", "PHP"}, {"qatari riyals", "QAR"},
    {"omani rials", "OMR"}, {"iranian rials", "IRR"}, {"moroccan dirhams", "MAD"},
    {"pakistani rupees", "PKR"}, {"indonesian rupiah", "IDR"}, {"kyrgyz som", "KGS"},
    {"uzbek sums", "UZS"}, {"uzbek soums", "UZS"}, {"swiss francs", "CHF"}, {"brazilian reais", "BRL"},
    {"danish kroner", "DKK"}, {"norwegian kroner", "NOK"}, {"swedish kronor", "SEK"}};

struct Prefix {
  std::string currency = {};
  std::size_t begin = 0;
};

bool starts_word(std::string_view s, std::size_t i) { return i == 0 || !is_letter(s[i - 1]); }

// A currency sign or code just before the number at `i` ("$4", "US$ 4", "USD 4").
Prefix currency_prefix(std::string_view s, std::size_t i) {
  std::size_t j = i;
  if (j > 0 && s[j - 1] == ' ') --j;
  // The byte before most numbers ends no sign: then no sign is compared.
  bool may_end_sign = j > 0 && kSignEnds[static_cast<unsigned char>(s[j - 1])];
  for (const auto& [sign, code] : kCurrencyPrefixes) {
    if (!may_end_sign) break;
    if (j < sign.size() || s.substr(j - sign.size(), sign.size()) != sign) continue;
    std::size_t b = j - sign.size();
    if (!starts_word(s, b)) continue;
    if (sign == "$" && b >= 3 && s.substr(b - 3, 3) == "US ") b -= 3;  // "US $4.2"
    bool letters_only = std::all_of(sign.begin(), sign.end(), [](char c) { return is_upper(c) || is_lower(c); });
    if (letters_only && j != i) continue;  // "RM 4" is too loose; "RM4" is ringgit
    return {std::string(code), b};
  }
  if (j >= 3 && starts_word(s, j - 3) && kCurrencyCodes.count(s.substr(j - 3, 3)))
    return {std::string(s.substr(j - 3, 3)), j - 3};
  return {};
}

struct Scale {
  double factor = 1;
  std::size_t end = 0;
};

// The scale after the number ending at `i`: "bn", " billion", "-billion".
Scale scale_after(std::string_view s, std::size_t i) {
  Span attached{i, i};
  while (attached.end < s.size() && is_letter(s[attached.end])) ++attached.end;
  if (!attached.empty()) {
    auto it = kScaleSuffixes.find(lower(text_of(s, attached)));
    if (it != kScaleSuffixes.end()) return {it->second, attached.end};
    return {1, i};
  }
  std::size_t j = (i < s.size() && s[i] == '-') ? i + 1 : i;
  Span w = word_after(s, j);
  if (j == i + 1 && w.begin != j) return {1, i};
  auto it = kScaleWords.find(lower(text_of(s, w)));
  return it == kScaleWords.end() ? Scale{1, i} : Scale{it->second, w.end};
}

struct Suffix {
  std::string currency = {};
  std::size_t end = 0;
};

// A currency word or code after the amount: " dollars", " U.S. dollars", " won", " USD".
Suffix currency_suffix(std::string_view s, std::size_t i) {
  Span w = word_after(s, i);
  if (w.empty()) return {};
  std::string first = lower(text_of(s, w));
  if (kCurrencyCodes.count(text_of(s, w))) return {std::string(text_of(s, w)), w.end};
  if (auto it = kCurrencyWords.find(first); it != kCurrencyWords.end()) return {it->second, w.end};
  Span w2 = word_after(s, w.end);
  if (w2.empty()) return {};
  std::string two = first + " " + lower(text_of(s, w2));
  if (auto it = kCurrencyByCountryWord.find(two); it != kCurrencyByCountryWord.end()) return {it->second, w2.end};
  if (first == "hong" || first == "new") return currency_suffix(s, w.end);  // "Hong Kong dollars"
  return {};
}

std::optional<Money> money_at(std::string_view s, const Number& n) {
  Prefix prefix = currency_prefix(s, n.span.begin);
  // "15.6 U.S. billion dollars": the country word may come before the scale.
  std::size_t after_number = n.span.end;
  Span country = word_after(s, after_number);
  std::string country_word = lower(text_of(s, country));
  if ((country_word == "u.s." || country_word == "us") && kScaleWords.count(lower(text_of(s, word_after(s, country.end)))))
    after_number = country.end;
  Scale scale = scale_after(s, after_number);
  Suffix suffix = currency_suffix(s, scale.end);
  // "won" right after a bare number is too often the verb ("3 won"): it needs a scale.
  if (suffix.currency == "KRW" && scale.factor == 1 && lower(text_of(s, word_after(s, scale.end))) == "won")
    suffix = {};
  if (prefix.currency.empty() && suffix.currency.empty()) return std::nullopt;
  // A code or letters glued to a bare number are more often a name: "COP26", "RM5".
  bool glued_letters = !prefix.currency.empty() && prefix.begin + 1 < n.span.begin && is_upper(s[n.span.begin - 1]);
  if (glued_letters && suffix.currency.empty() && scale.factor == 1 && !n.decimal) return std::nullopt;
  Money m{.value = n.value * scale.factor, .currency = prefix.currency.empty() ? suffix.currency : prefix.currency};
  m.begin = prefix.currency.empty() ? n.span.begin : prefix.begin;
  m.end = (suffix.currency.empty() || suffix.currency != m.currency) && !prefix.currency.empty() ? scale.end
                                                                                                 : suffix.end;
  if (m.currency == "RMB") m.currency = "CNY";
  if (m.currency == "USD") m.usd = m.value;
  return m;
}

// ---------------------------------------------------------------- quantities

const TextMap<int> kNumberWords = {
    {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
    {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20}};
// Words after a number that make it a measure, not a count of things.
const WordSet kNotItems = {
    "percent", "per", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
    "hour", "minutes", "minute", "seconds", "decades", "times", "of", "and", "to", "in", "on", "at",
    "the", "a", "an", "for", "with", "by", "from", "or", "than", "more", "less", "am", "pm", "a.m.",
    "p.m.", "st", "nd", "rd", "th", "km", "kilometers", "kilometres", "miles", "meters", "metres",
    "degrees", "points", "percentage", "was", "were", "is", "are", "has", "have", "had", "will",
    "would", "which", "that", "who", "as", "it", "he", "she", "they", "we", "its", "their"};
// Units after which "of X" names the goods: "250,000 tonnes of diesel".
const WordSet kUnits = {
    "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "cubic", "units", "pieces", "sets",
    "kilograms", "kg", "liters", "litres", "gallons", "cargoes", "shipments", "batches", "lots",
    "containers", "megawatts", "gigawatts", "mw", "gw", "bcm", "mmbtu", "ounces", "carats"};
// Words that end a noun phrase.
const WordSet kPhraseEnds = {
    "of", "and", "to", "in", "on", "at", "for", "with", "by", "from", "or", "than", "that", "which",
    "who", "worth", "valued", "was", "were", "is", "are", "will", "would", "has", "have", "had",
    "as", "over", "under", "into", "per", "each", "the", "a", "an", "it", "its", "during", "until",
    "through", "across", "between", "since", "after", "before", "within", "including", "via", "among",
    "against", "toward", "towards", "around", "about", "every", "this", "next", "last"};
// Capitalised words before a number that still let it count: "About 300 ...".
const WordSet kCountCues = {
    "about", "around", "nearly", "almost", "over", "some", "approximately", "roughly", "only", "all",
    "another", "at", "with", "for", "and", "including", "the", "its", "their", "those", "these",
    "of", "than", "up", "to", "by", "more", "buy", "bought", "ordered", "signed", "sign", "sold", "delivered",
    "produce", "produced", "build", "built", "supply", "supplied", "purchase", "purchased", "acquire",
    "acquired", "exchanged", "inked", "concluded"};

bool is_year(double v, const Number& n) { return !n.decimal && v >= 1900 && v <= 2100 && n.span.end - n.span.begin == 4; }

// The noun phrase counted by a number: up to four words, ending at a plural
// noun in lower case or at the end of a run of capitalised words.
Span item_after(std::string_view s, std::size_t i) {
  Span item{skip_spaces(s, i), skip_spaces(s, i)};
  std::size_t e = item.begin;
  for (int words = 0; words < 4; ++words) {
    std::size_t b = skip_spaces(s, e);
    std::size_t we = b;
    while (we < s.size() && (is_letter(s[we]) || is_digit(s[we]) || s[we] == '-' || s[we] == '\'' ||
                             (s[we] == '.' && we + 1 < s.size() && is_upper(s[we + 1]) && we > b)))
      ++we;
    if (we < s.size() && s[we] == '.' && we >= b + 2 && s[we - 2] == '.') ++we;  // "U.S."
    if (we == b) break;
    std::string w = lower(s.substr(b, we - b));
    bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
    if (kPhraseEnds.count(w) || adverb || (words == 0 && (kNotItems.count(w) || !is_letter(s[b])))) break;
    bool capital = is_upper(s[b]) || is_digit(s[b]);
    item.end = we;
    e = we;
    if (!capital && w.back() == 's') break;  // "modern freight locomotives"
    if (we < s.size() && !is_space(s[we])) break;  // punctuation ends the phrase
  }
  return item;
}

// "250,000 tonnes of diesel": the goods after a unit.
Span goods_after_unit(std::string_view s, Span item) {
  Span of = word_after(s, item.end);
  if (lower(text_of(s, of)) != "of") return item;
  Span goods = item_after(s, of.end);
  return goods.empty() ? item : goods;
}

bool has_unit(std::string_view s, Span item) {
  Span first = word_after(s, item.begin);
  return kUnits.count(lower(text_of(s, first))) > 0;
}

// Whether the number at `n` is written as a model name or in a date: "Boeing 787", "No. 5", "Sept 22".
bool is_designation(std::string_view s, const Number& n) {
  if (n.span.begin > 0 && !is_space(s[n.span.begin - 1]) && s[n.span.begin - 1] != '(') return true;
  if (n.span.end < s.size() && (s[n.span.end] == ':' || s[n.span.end] == '%' || s[n.span.end] == '/')) return true;
  Span before = word_before(s, n.span.begin);
  return !before.empty() && is_upper(s[before.begin]) && !kCountCues.count(lower(text_of(s, before)));
}

// "Five Confirmed" in a headline: a participle is not a thing counted.
bool is_participle(std::string_view s, Span item) {
  std::string_view w = text_of(s, item);
  return w.find(' ') == std::string_view::npos && w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

std::optional<Quantity> quantity_of(std::string_view s, double count, Span number, Scale scale) {
  Span item = item_after(s, scale.end);
  if (item.empty() || is_participle(s, item)) return std::nullopt;
  Span goods = has_unit(s, item) ? goods_after_unit(s, item) : item;
  double total = std::round(count * scale.factor);
  if (total < 1 || total > 9.2e18) return std::nullopt;
  return Quantity{.count = static_cast<std::int64_t>(total), .item = std::string(text_of(s, goods)),
                  .begin = number.begin, .end = goods.end};
}

// ---------------------------------------------------------------- dates

struct Token {
  std::size_t begin = 0, end = 0;
  std::string_view text = {};  // as written
  bool number = false;

  // Whether the token is `lowered` in any ASCII case: "Of", "IN".
  bool is(std::string_view lowered) const {
    if (text.size() != lowered.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (lower_byte(text[i]) != lowered[i]) return false;
    return true;
  }
};

// A token in lower case, in `buffer`, if it fits there (month names and the
// words before them are short), else "": no sentence is lower-cased whole.
std::string_view short_lower(const Token& t, std::array<char, 12>& buffer) {
  if (t.text.size() > buffer.size()) return {};
  for (std::size_t i = 0; i < t.text.size(); ++i)
    buffer[i] = lower_byte(t.text[i]);
  return {buffer.data(), t.text.size()};
}

// Letter runs, digit runs with inner - . / : (so "2025-09-22" is one token),
// and single other marks.
std::vector<Token> date_tokens(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 4 + 1);  // about a word and a mark per five bytes: seldom a regrowth
  for (std::size_t i = 0; i < s.size();) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    std::size_t e = i + 1;
    bool number = is_digit(s[i]);
    if (number)
      while (e < s.size() && (is_digit(s[e]) || ((s[e] == '-' || s[e] == '.' || s[e] == '/' || s[e] == ':') &&
                                                  e + 1 < s.size() && is_digit(s[e + 1]))))
        ++e;
    else if (is_letter(s[i]))
      while (e < s.size() && is_letter(s[e])) ++e;
    tokens.push_back({i, e, s.substr(i, e - i), number});
    i = e;
  }
  return tokens;
}

const TextMap<int> kMonths = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4},
    {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8},
    {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
const WordSet kMonthLeads = {"in", "since", "during", "until", "by", "early",
                             "late", "mid", "last", "this", "next", "from"};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string iso(int year, int month, int day) {
  char buf[40];  // room for any three ints, which g++ cannot tell are a date's
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

struct DateParts {
  int year = 0, month = 0, day = 0;
  std::size_t end = 0;  // token index after the date
  bool year_written = false;
};

int leading_int(std::string_view t) {
  int v = 0, digits = 0;
  for (char c : t) {
    if (!is_digit(c) || digits == 4) break;
    v = v * 10 + (c - '0'), ++digits;
  }
  return digits == 0 ? -1 : v;
}

int year_of(const Token& t) {
  if (!t.number || t.end - t.begin != 4) return 0;
  int y = leading_int(t.text);
  return y >= 1900 && y <= 2100 ? y : 0;
}

int day_of(const Token& t) {
  if (!t.number) return 0;
  std::size_t digits = 0;
  while (digits < t.text.size() && is_digit(t.text[digits])) ++digits;
  if (digits > 2 || (digits < t.text.size() && t.text[digits] != '-')) return 0;  // "23" or "23-29"
  int d = leading_int(t.text);
  return d >= 1 && d <= 31 ? d : 0;
}

int month_of(const std::vector<Token>& t, std::size_t i, std::string_view s) {
  if (!is_upper(s[t[i].begin]) || t[i].text.size() > 9) return 0;  // "september" is the longest
  std::array<char, 12> buffer;
  auto it = kMonths.find(short_lower(t[i], buffer));
  return it == kMonths.end() ? 0 : it->second;
}

std::size_t skip_marks(const std::vector<Token>& t, std::size_t k, std::string_view marks) {
  while (k < t.size() && t[k].end - t[k].begin == 1 && marks.find(t[k].text[0]) != std::string_view::npos) ++k;
  return k;
}

bool is_ordinal_suffix(const Token& t) { return t.is("st") || t.is("nd") || t.is("rd") || t.is("th"); }

// After a day: "22nd", then an optional "of".
std::size_t after_day(const std::vector<Token>& t, std::size_t k) {
  if (k < t.size() && is_ordinal_suffix(t[k]) && t[k].begin == t[k - 1].end) ++k;
  return k;
}

// "2025-09-22", "2025/09/22", "22.09.2025", "22/09/2025", "9/22/2025".
std::optional<DateParts> numeric_date(const Token& t) {
  // Three numbers and two separators: a plain number (the most of them) is no date, and no sscanf.
  if (!t.number || std::count_if(t.text.begin(), t.text.end(), [](char c) { return !is_digit(c); }) < 2)
    return std::nullopt;
  int a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0;
  if (std::sscanf(std::string(t.text).c_str(), "%d%c%d%c%d", &a, &sep1, &b, &sep2, &c) != 5 || sep1 != sep2 ||
      sep1 == ':')
    return std::nullopt;
  DateParts d{.year_written = true};
  if (a >= 1900 && a <= 2100) d = {a, b, c, 0, true};
  else if (c >= 1900 && c <= 2100 && sep1 == '/' && a <= 12 && b > 12) d = {c, a, b, 0, true};  // US order
  else if (c >= 1900 && c <= 2100 && sep1 == '/' && a <= 12 && b <= 12) d = {c, a, b, 0, true};
  else if (c >= 1900 && c <= 2100) d = {c, b, a, 0, true};
  else return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

// "September 22, 2025", "Sept. 22", "Sept 23-29", "October. 23, 2023", "September 2025".
std::optional<DateParts> month_first(const std::vector<Token>& t, std::size_t i, std::string_view s) {
  int month = month_of(t, i, s);
  if (month == 0) return std::nullopt;
  std::size_t k = skip_marks(t, i + 1, ".");
  DateParts d{.month = month, .end = i + 1};
  if (k < t.size() && day_of(t[k]) && !year_of(t[k])) {
    d.day = day_of(t[k]);
    k = after_day(t, k + 1);
    d.end = k;
    k = skip_marks(t, k, ",");
  }
  if (k < t.size() && year_of(t[k])) d.year = year_of(t[k]), d.year_written = true, d.end = k + 1;
  // A month alone needs a word that makes it a time: "in May", not "May" the verb.
  std::array<char, 12> buffer;
  if (d.day == 0 && d.year == 0 && (i == 0 || !kMonthLeads.count(short_lower(t[i - 1], buffer)))) return std::nullopt;
  return d;
}

// "22 September 2025", "22nd of September, 2025", "07 December 2025".
std::optional<DateParts> day_first(const std::vector<Token>& t, std::size_t i, std::string_view s) {
  int day = day_of(t[i]);
  if (day == 0 || year_of(t[i])) return std::nullopt;
  std::size_t k = after_day(t, i + 1);
  if (k < t.size() && t[k].is("of")) ++k;
  if (k >= t.size() || month_of(t, k, s) == 0) return std::nullopt;
  DateParts d{.month = month_of(t, k, s), .day = day, .end = k + 1};
  k = skip_marks(t, k + 1, ".,");
  if (k < t.size() && year_of(t[k])) d.year = year_of(t[k]), d.year_written = true, d.end = k + 1;
  return d;
}

// "in 2024"
std::optional<DateParts> year_alone(const std::vector<Token>& t, std::size_t i) {
  if (i == 0 || !year_of(t[i]) || !t[i - 1].is("in")) return std::nullopt;
  return DateParts{.year = year_of(t[i]), .end = i + 1, .year_written = true};
}

std::optional<DateParts> date_at(const std::vector<Token>& t, std::size_t i, std::string_view s) {
  if (auto d = numeric_date(t[i])) {
    d->end = i + 1;
    return d;
  }
  if (auto d = month_first(t, i, s)) return d;
  if (auto d = day_first(t, i, s)) return d;
  return year_alone(t, i);
}

}  // namespace

std::vector<Money> find_money(std::string_view s) {
  std::vector<Money> found;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {  // the most of a sentence: no call per byte
      ++i;
      continue;
    }
    auto n = number_at(s, i);
    if (!n) {
      ++i;
      continue;
    }
    auto m = money_at(s, *n);
    if (m && (found.empty() || m->begin >= found.back().end)) found.push_back(*m);
    i = m ? std::max(m->end, n->span.end) : n->span.end;
  }
  return found;
}

namespace {

// A count in digits at `n`, unless it is money, a year, a model number or a measure.
std::optional<Quantity> digit_quantity(std::string_view s, const Number& n, const std::vector<Money>& money) {
  bool in_money = std::any_of(money.begin(), money.end(),
                              [&](const Money& m) { return n.span.begin >= m.begin && n.span.begin < m.end; });
  if (in_money || is_year(n.value, n) || is_designation(s, n)) return std::nullopt;
  Scale scale = scale_after(s, n.span.end);
  if (n.decimal && scale.factor == 1) return std::nullopt;
  if (scale.end < s.size() && is_letter(s[scale.end])) return std::nullopt;  // "5G", "80th"
  return quantity_of(s, n.value, n.span, scale);
}

std::optional<Quantity> word_quantity(std::string_view s, Span w) {
  // "seventeen" is the longest number word: longer words need no look-up.
  if (w.end - w.begin < 3 || w.end - w.begin > 9) return std::nullopt;
  // Every number word starts with one of these: most words need no lower-casing.
  char first = static_cast<char>(s[w.begin] | 0x20);
  if (first != 't' && first != 'f' && first != 's' && first != 'e' && first != 'n') return std::nullopt;
  auto it = kNumberWords.find(lower(text_of(s, w)));
  if (it == kNumberWords.end() || (w.end < s.size() && s[w.end] != ' ')) return std::nullopt;
  return quantity_of(s, it->second, w, Scale{1, w.end});
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view s) { return find_quantities(s, find_money(s)); }

std::vector<Quantity> find_quantities(std::string_view s, const std::vector<Money>& money) {
  std::vector<Quantity> found;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t next = i + 1;
    std::optional<Quantity> q;
    if (!is_digit(s[i]) && !is_letter(s[i])) {
      i = next;
      continue;
    }
    if (auto n = is_digit(s[i]) ? number_at(s, i) : std::nullopt) {
      next = n->span.end;
      q = digit_quantity(s, *n, money);
    } else if (is_letter(s[i]) && starts_word(s, i)) {
      Span w = word_after(s, i);
      next = std::max(w.end, i + 1);
      q = word_quantity(s, w);
    }
    if (q) found.push_back(*q), next = q->end;
    i = next;
  }
  return found;
}

std::vector<DateMention> find_dates(std::string_view sentence, std::string_view article_date) {
  int fallback_year = article_date.size() >= 4 ? leading_int(article_date.substr(0, 4)) : 0;
  // With no digit, only a month after "in" is a date, and it takes the year from the article.
  if (fallback_year <= 0 && std::none_of(sentence.begin(), sentence.end(), is_digit)) return {};
  std::vector<Token> tokens = date_tokens(sentence);
  std::vector<DateMention> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto d = date_at(tokens, i, sentence);
    if (!d) continue;
    if (d->year == 0) d->year = fallback_year > 0 ? fallback_year : 0;
    if (d->year > 0 && (d->day == 0 || d->day <= days_in_month(d->year, d->month == 0 ? 1 : d->month)))
      found.push_back({iso(d->year, d->month, d->day), tokens[i].begin, tokens[d->end - 1].end, d->year_written});
    i = d->end - 1;
  }
  return found;
}

std::optional<std::string> find_date(std::string_view sentence, std::string_view article_date) {
  std::vector<DateMention> dates = find_dates(sentence, article_date);
  for (const DateMention& d : dates)
    if (d.iso.size() > 4) return d.iso;
  if (!dates.empty()) return dates.front().iso;
  return std::nullopt;
}

}  // namespace kgraph
