// TextQuoteAnchor: exact matches with context scoring, then bounded fuzzy matching.
#include "textquoteanchor.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace Paperboy::Core {

namespace {

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

Highlight TextQuoteAnchor::describe(const QString &text, int start, int length)
{
    Highlight h;
    start = std::clamp(start, 0, int(text.size()));
    length = std::clamp(length, 0, int(text.size()) - start);
    h.exact = text.mid(start, length);
    h.prefix = text.mid(std::max(0, start - ContextLength), std::min(start, ContextLength));
    h.suffix = text.mid(start + length, ContextLength);
    h.position = start;
    return h;
}

double TextQuoteAnchor::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[size_t(b.size())]) / double(std::max(a.size(), b.size()));
}

TextQuoteAnchor::Match TextQuoteAnchor::locate(const QString &text, const Highlight &h)
{
    if (h.exact.isEmpty())
        return {};
    // 1. Exact occurrences, best context first.
    Match best;
    double bestScore = -1;
    for (qsizetype at = text.indexOf(h.exact); at >= 0; at = text.indexOf(h.exact, at + 1)) {
        const int p = commonSuffix(text.left(at), h.prefix);
        const int s = commonPrefix(text.mid(at + h.exact.size(), ContextLength), h.suffix);
        const double distance = h.position >= 0 ? std::abs(double(at - h.position)) / std::max<qsizetype>(1, text.size()) : 0.0;
        const double score = p + s - distance;
        if (score > bestScore) {
            bestScore = score;
            best = {int(at), int(h.exact.size()), true};
        }
    }
    if (best.isValid())
        return best;

    // 2. The quote was edited: look near where its first or last words still are.
    const int n = int(h.exact.size());
    const int probe = std::min(8, n);
    QList<int> starts;
    for (qsizetype at = text.indexOf(h.exact.left(probe)); at >= 0 && starts.size() < 64; at = text.indexOf(h.exact.left(probe), at + 1))
        starts << int(at);
    for (qsizetype at = text.indexOf(h.exact.right(probe)); at >= 0 && starts.size() < 128; at = text.indexOf(h.exact.right(probe), at + 1))
        starts << std::max(0, int(at) + probe - n);
    // Context alone can also place it: where the prefix ends.
    if (h.prefix.size() >= 8)
        for (qsizetype at = text.indexOf(h.prefix); at >= 0 && starts.size() < 160; at = text.indexOf(h.prefix, at + 1))
            starts << int(at + h.prefix.size());
    // A candidate must look like the quote (similarity >= 0.75) and stand where the quote stood: its
    // prefix or its suffix must still agree (>= 0.5), or a stock phrase elsewhere would be taken for it.
    const bool hasContext = !h.prefix.isEmpty() || !h.suffix.isEmpty();
    double bestFuzzy = 0.0;
    for (int start : std::as_const(starts)) {
        for (int len : {n, n * 9 / 10, n * 11 / 10, n * 8 / 10, n * 12 / 10}) {
            if (len <= 0 || start + len > text.size())
                continue;
            const double sim = similarity(text.mid(start, len), h.exact);
            if (sim < 0.75)
                continue;
            const int p = int(h.prefix.size()), q = int(h.suffix.size());
            const double prefixSim = p ? similarity(text.mid(std::max(0, start - p), std::min(start, p)), h.prefix) : 0.0;
            const double suffixSim = q ? similarity(text.mid(start + len, q), h.suffix) : 0.0;
            if (hasContext && std::max(prefixSim, suffixSim) < 0.5)
                continue;
            const double score = sim + 0.25 * (prefixSim + suffixSim);
            if (score > bestFuzzy) {
                bestFuzzy = score;
                best = {start, len, false};
            }
        }
    }
    return bestFuzzy > 0.0 ? best : Match{};
}

} // namespace Paperboy::Core
