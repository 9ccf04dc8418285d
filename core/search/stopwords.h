// English function words, which say nothing about a paper's topic. A library of mostly Korean
// summaries has too few English texts for them to be common there, so a term's share of papers
// alone would let them through (More like this, For you).
#pragma once

#include <QByteArray>

namespace Paperboy::Core::StopWords {

// token: lower-case UTF-8, as the tokenizer gives it ("the", "with").
bool isFunctionWord(const QByteArray &token);

} // namespace Paperboy::Core::StopWords
