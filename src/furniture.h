// Page furniture: what a web page prints around an article: lists of other
// headlines, tickers, bylines and author lines, photo captions and credits,
// disclaimers and legal lines, share buttons, cookie and newsletter notices,
// menus, pagination, date lines. It may name entities, but it does not state
// the article's facts, so its sentences never yield edges.
//
// Flow: the lines of Article::text (sentences.h) -> one flag per line, and
// one check per sentence for furniture inside a line of content (a date and
// time, or a byline printed after the headline on the same line).
// Recognised by shape, never by the words of one site: a ticker is codes and
// numbers, a byline is "By" and a name, a caption ends in a credit such as
// "(Name/AGENCY)" or "(Photo: ...)", a menu is a run of three or more lines of
// at most four words, a repeated line is furniture from its second time on (from its first
// when it comes three times or more), and after a block heading ("Latest
// news", "Related", "Read more") everything is furniture until the text goes
// back to prose: two paragraphs of at least 150 bytes in a row.
#pragma once

#include <string_view>
#include <vector>

#include "src/sentences.h"

namespace kgraph {

// One flag per line of `lines`: true when the line is page furniture.
std::vector<bool> furniture_lines(std::string_view text, const std::vector<TextLine>& lines);

// Whether one sentence (of a line of content) is furniture by itself: a date
// and time line, a byline, a photo credit.
bool is_furniture_sentence(std::string_view sentence);

}  // namespace kgraph
