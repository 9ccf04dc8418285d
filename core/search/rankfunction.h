// The "paperboy_rank" FTS5 ranking function: BM25 without document-length normalisation.
#pragma once

#include "common/status.h"

struct sqlite3;

namespace Paperboy::Core {

// paperboy_rank(search_fts, w0, w1, ...) returns -score (lower is better, like FTS5's bm25()) where
//   score = Σ_phrase idf(phrase) · f·(k1+1) / (f + k1),   f = Σ_column w_column · tf(phrase, column)
// with k1 = 1.2. That is BM25 with b = 0: digest entries are all about the same length (≈3 KB), so
// length normalisation changes little, while reading every matching row's length from the
// %_docsize table was most of the query time (36.5k papers, frequent word: 27 ms for bm25()).
// A query of one phrase takes idf = 1: a common factor cannot change the order, and counting the
// phrase's rows for it was a second pass over all of them.
class RankFunction
{
public:
    static Status registerWith(sqlite3 *db);
};

} // namespace Paperboy::Core
