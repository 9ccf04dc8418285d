// The "paperboy_rank" FTS5 ranking function: BM25 without document-length normalisation.
#pragma once

#include "common/status.h"

struct sqlite3;

namespace Paperboy::Core {

// paperboy_rank(search_fts, w0, w1, ..., w9[, 'terms']) returns -score (lower is better, like
// FTS5's bm25()) where
//   score = Σ_term idf(term) · f·(k1+1) / (f + k1) + 1000 · (terms in the title) / terms,
//   f = Σ_phrase of the term Σ_column w_column · tf(phrase, column)
// with k1 = 1.2: papers whose title has the query's words come first, then by BM25. That is BM25 with b = 0: digest entries are all about the same length, so length
// normalisation changes little and reading each row's length costs most of a query (PERFORMANCE.md).
// 'terms' (after one weight per column) names the term each of the query's phrases belongs to, in
// the order they appear, e.g. '0 0 1 -1' (SearchQuery::phraseTerms): the spellings of a Korean
// compound and the words a prefix stands for are one term, and a phrase under NOT (-1) counts for
// nothing. Without it every phrase is a term of its own. A query of one term takes idf = 1: a
// common factor cannot change the order, and counting the term's rows for it was a second pass over
// all of them. With several, a term's idf counts the rows of each of its phrases (their sum, at
// most every row).
class RankFunction
{
public:
    static Status registerWith(sqlite3 *db);
};

} // namespace Paperboy::Core
