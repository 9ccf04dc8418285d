// StopWords: one list for every place that weighs terms.
#include "search/stopwords.h"

#include <QSet>

namespace Paperboy::Core::StopWords {

bool isFunctionWord(const QByteArray &token)
{
    static const QSet<QByteArray> words{"a",    "an",   "and",  "are",   "as",   "at",    "be",   "but",  "by",    "can",  "for",
                                        "from", "has",  "have", "in",    "into", "is",    "it",   "its",  "more",  "not",  "of",
                                        "on",   "or",   "our",  "than",  "that", "the",   "their", "them", "then",  "these", "this",
                                        "to",   "was",  "we",   "were",  "what", "when",  "which", "while", "who",  "why",  "will",
                                        "with", "without", "you", "how", "also", "both",  "each", "such", "using", "via",  "over"};
    return words.contains(token);
}

} // namespace Paperboy::Core::StopWords
