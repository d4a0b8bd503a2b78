#include "src/words.h"

#include <doctest/doctest.h>
#include <unicode/locid.h>

TEST_CASE("words: lower_case is the same in every locale (the Turkish dotless i is no trap)") {
  struct Case {
    const char* text;
    const char* lower;
  };
  const Case cases[] = {
      {"Minister", "minister"},
      {"IŞIK Enerji", "işik enerji"},
      {"İzmir", "i\u0307zmir"},  // root full case mapping keeps the dot as a combining mark
      {"STRAẞE Groß", "straße groß"},
      {"ÖMER", "ömer"},
  };
  const icu::Locale user = icu::Locale::getDefault();
  for (const char* locale : {"en_US", "tr_TR", "az_AZ", "lt_LT", "de_DE"}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(icu::Locale(locale), status);
    for (const Case& c : cases) CHECK_MESSAGE(kgraph::lower_case(c.text) == c.lower, locale << ": " << c.text);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale::setDefault(user, status);
}
