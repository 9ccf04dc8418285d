// Finding a highlight again in a text that may have changed (TextQuoteSelector re-anchoring).
#pragma once

#include "highlight.h"

namespace Paperboy::Core {

// The W3C Web Annotation model anchors a quote by its exact text plus a little context. Re-anchoring:
//   1. every exact occurrence is scored by how much of the prefix and suffix agree and how near it is
//      to the position hint; the best wins (so a repeated phrase finds the right one);
//   2. if the exact text is gone (the summary was edited), windows around the places where the
//      quote's beginning, end or prefix still occur are compared by edit distance; a window is
//      accepted when it is at least 0.75 similar to the quote and its prefix or suffix at least 0.5
//      similar to the stored context (so a stock phrase elsewhere is not mistaken for it);
//   3. otherwise the highlight is orphaned: kept, listed, not drawn.
class TextQuoteAnchor
{
public:
    static constexpr int ContextLength = 32;

    struct Match {
        int start = -1;
        int length = 0;
        bool exact = false;
        bool isValid() const { return start >= 0; }
    };

    // Makes a highlight for text[start, start + length).
    static Highlight describe(const QString &text, int start, int length);
    static Match locate(const QString &text, const Highlight &highlight);

    // 1 - Levenshtein(a, b) / max(|a|, |b|).
    static double similarity(const QString &a, const QString &b);
};

} // namespace Paperboy::Core
