// SearchQuery: a small hand-written lexer; FTS5 itself parses what it produces.
#include "searchquery.h"

#include "search/cjktokenizer.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace Paperboy::Core {

namespace {

QString quoted(const QString &s)
{
    QString inner = s;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

bool isCjkChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// A word that ends in one Hangul/CJK character right after another script ("MLLM의", "GPT로")
// searches that character as the start of a run: the text may go on ("MLLM의미", "GPT로는"),
// where the index has the bigram, not the character alone. "\"MLLM의\"" -> "\"MLLM의\"*". Not
// after a space: a spelling that splits off the last syllable ("강화학 습") would make FTS5 merge
// the lists of every bigram starting with it (습니, 습을, …), tens of milliseconds in a large library.
QString endingAsPrefix(const QString &fts)
{
    if (!fts.startsWith(u'"') || !fts.endsWith(u'"') || fts.size() < 4)
        return fts;
    const QChar last = fts.at(fts.size() - 2), before = fts.at(fts.size() - 3);
    return isCjkChar(last) && before.isLetterOrNumber() && !isCjkChar(before) ? fts + u'*' : fts;
}

// Splits into words and "quoted phrases"; a phrase keeps its quotes so callers can tell. Control
// characters separate words like spaces: a NUL would end FTS5's reading of the expression inside a
// quoted word ("unterminated string").
QStringList lex(const QString &text)
{
    QStringList out;
    QString cur;
    bool inQuote = false;
    for (const QChar c : text) {
        if (c == u'"') {
            if (inQuote) {
                out << u'"' + cur + u'"';
                cur.clear();
            } else if (!cur.isEmpty()) {
                cur += c;
                continue;
            }
            inQuote = !inQuote;
        } else if (c.category() == QChar::Other_Control && inQuote) {
            cur += u' ';
        } else if (!inQuote && (c.isSpace() || c.category() == QChar::Other_Control)) {
            if (!cur.isEmpty())
                out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty())
        out << (inQuote ? u'"' + cur + u'"' : cur);
    return out;
}

// What a reader may type in another form than the text has it: decomposed Hangul (NFD, as some
// input methods and macOS file names produce) is composed, full-width ASCII (ＧＲＰＯ) folded.
// Not NFKC: that would also change characters the summaries use as they are (µ, ², ①).
QString normalizedInput(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000) // ideographic space
            c = QChar(u' ');
    }
    return out;
}

// A word with no letter and no digit ("-", "/", "—", "·") finds nothing and would empty the search.
bool hasLetterOrNumber(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Where a run of characters is broken by white space: breaks[k] when one comes before character k.
using Breaks = QBitArray;

// The ways to break a run of n characters with white space into parts of two or more characters,
// or with one part of a single character at the start or the end (웹 에이전트, 다중 턴, 종단 간):
// fewest breaks first and, among as many, those without a one-character part first; at most `limit`.
// Every split has the `forced` breaks (where the index shows the two characters never side by side
// in a run); a one-character part between two of them, or between one and an end, is not counted
// against the rule above, since the text allows nothing else there.
QList<Breaks> splits(int n, qsizetype limit, const Breaks &forced)
{
    QList<Breaks> out;
    QList<int> free;
    for (int k = 1; k < n; ++k)
        if (!forced.testBit(k))
            free << k;
    const int always = int(forced.count(true));
    for (int extra = always > 0 ? 0 : 1; extra <= free.size() && out.size() < limit; ++extra) {
        QList<std::pair<int, Breaks>> level; // one-character parts, breaks
        std::vector<int> at(static_cast<size_t>(extra));
        for (int i = 0; i < extra; ++i)
            at[size_t(i)] = i;
        for (;;) {
            Breaks breaks = forced;
            for (const int i : at)
                breaks.setBit(free.at(i));
            int singles = 0, inner = 0, previous = 0;
            for (int p = 1; p <= n; ++p) {
                if (p < n && !breaks.testBit(p))
                    continue;
                const bool fixed = (previous == 0 || forced.testBit(previous)) && (p == n || forced.testBit(p));
                if (p - previous == 1 && !fixed) {
                    ++singles;
                    inner += previous > 0 && p < n;
                }
                previous = p;
            }
            if (singles <= 1 && inner == 0)
                level.append({singles, breaks});
            // The next choice of `extra` positions among the free ones, in order.
            int i = extra - 1;
            while (i >= 0 && at[size_t(i)] == int(free.size()) - extra + i)
                --i;
            if (i < 0 || level.size() >= 4 * limit)
                break;
            ++at[size_t(i)];
            for (int j = i + 1; j < extra; ++j)
                at[size_t(j)] = at[size_t(j - 1)] + 1;
        }
        std::stable_sort(level.begin(), level.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &[singles, breaks] : std::as_const(level)) {
            if (out.size() >= limit)
                break;
            out << breaks;
        }
    }
    return out;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    static const QRegularExpression idPattern(QStringLiteral(R"(^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$)"), QRegularExpression::CaseInsensitiveOption);
    // The start of an id: "2505.169", "2505.", "2505.16*" (an id has 4 or 5 digits after the dot).
    static const QRegularExpression idPrefixPattern(QStringLiteral(R"(^(?:arxiv:)?(\d{4}\.\d{0,3}|\d{4}\.\d{4}(?=\*))\*?$)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    bool pendingOr = false;
    bool pendingNot = false;
    bool lastWasId = false;
    QStringList tokens = lex(normalizedInput(text));
    if (tokens.size() > MaxWords) {
        q.errors << QCoreApplication::translate("SearchQuery", "the search is too long: only its first %1 words were searched").arg(MaxWords);
        tokens.resize(MaxWords);
    }
    for (QString token : tokens) {
        if (token.size() > MaxWordLength) {
            q.errors << QCoreApplication::translate("SearchQuery", "a word longer than %1 characters was shortened").arg(MaxWordLength);
            token.truncate(MaxWordLength);
        }
        // OR, NOT and AND in capitals are operators, as in most search fields; AND is the default.
        if (token == QLatin1StringView("OR")) {
            pendingOr = !q.terms.isEmpty();
            q.idsOred = q.idsOred || lastWasId;
            continue;
        }
        if (token == QLatin1StringView("NOT")) {
            pendingNot = true;
            continue;
        }
        if (token == QLatin1StringView("AND"))
            continue;
        lastWasId = false;
        const bool phrase = token.size() >= 2 && token.startsWith(u'"') && token.endsWith(u'"');
        if (!phrase) {
            const qsizetype colon = token.indexOf(u':');
            if (colon > 0) {
                const QString key = token.left(colon).toLower();
                const QString value = token.mid(colon + 1);
                if (key == QLatin1StringView("tag")) {
                    q.tags << value;
                    continue;
                }
                if (key == QLatin1StringView("section")) {
                    SectionKind kind;
                    if (sectionKindFromName(value.toLower(), &kind))
                        q.section = kind;
                    else
                        q.errors << QCoreApplication::translate("SearchQuery", "unknown section kind '%1'").arg(value);
                    continue;
                }
                if (key == QLatin1StringView("is")) {
                    const QString v = value.toLower();
                    if (v == QLatin1StringView("starred"))
                        q.starredOnly = true;
                    else if (v == QLatin1StringView("unread"))
                        q.unreadOnly = true;
                    else if (v == QLatin1StringView("read"))
                        q.readOnly = true;
                    else if (v == QLatin1StringView("later"))
                        q.laterOnly = true;
                    else
                        q.errors << QCoreApplication::translate("SearchQuery", "unknown filter 'is:%1'").arg(value);
                    continue;
                }
                if (key == QLatin1StringView("sort")) {
                    const QString v = value.toLower();
                    if (v == QLatin1StringView("read"))
                        q.sort = Sort::LastRead;
                    else if (v == QLatin1StringView("later"))
                        q.sort = Sort::Queue;
                    else if (v == QLatin1StringView("day"))
                        q.sort = Sort::Day;
                    else
                        q.errors << QCoreApplication::translate("SearchQuery", "unknown order 'sort:%1' (use day, read or later)").arg(value);
                    continue;
                }
                if (key == QLatin1StringView("from") || key == QLatin1StringView("to")) {
                    const QDate d = QDate::fromString(value, Qt::ISODate);
                    if (!d.isValid())
                        q.errors << QCoreApplication::translate("SearchQuery", "not a date: '%1' (use YYYY-MM-DD)").arg(value);
                    else
                        (key == QLatin1StringView("from") ? q.from : q.to) = d;
                    continue;
                }
            }
            if (const auto m = idPattern.match(token); m.hasMatch()) {
                q.ids << m.captured(1);
                q.idsOred = q.idsOred || pendingOr;
                pendingOr = false;
                lastWasId = true;
                continue;
            }
            if (const auto m = idPrefixPattern.match(token); m.hasMatch()) {
                q.idPrefixes << m.captured(1);
                q.idsOred = q.idsOred || pendingOr;
                pendingOr = false;
                lastWasId = true;
                continue;
            }
        }
        bool negative = std::exchange(pendingNot, false);
        if (!phrase && token.size() > 1 && token.startsWith(u'-')) {
            negative = true;
            token = token.mid(1);
        }
        if (!hasLetterOrNumber(phrase ? token.mid(1, token.size() - 2) : token))
            continue;
        QString fts;
        if (phrase) {
            const QString inner = token.mid(1, token.size() - 2).trimmed();
            if (inner.isEmpty())
                continue;
            fts = quoted(inner);
        } else {
            bool prefix = token.endsWith(u'*');
            while (token.endsWith(u'*'))
                token.chop(1);
            if (token.isEmpty())
                continue;
            if (token.size() == 1 && isCjkChar(token.at(0)))
                prefix = true;
            fts = quoted(token) + (prefix ? QStringLiteral("*") : QString());
        }
        if (negative) {
            q.excluded << fts;
        } else {
            q.orBefore << pendingOr;
            q.terms << fts;
        }
        pendingOr = false;
    }
    return q;
}

QString SearchQuery::spellings(const QString &term, const Joinable &joinable)
{
    // Only what parse() makes: one string, "text" or "text"*.
    const QStringList texts = strings(term);
    const bool prefix = term.endsWith(QLatin1StringView("\"*"));
    if (texts.size() != 1 || !term.startsWith(u'"') || !(prefix || term.endsWith(u'"')))
        return term;
    const QString &inner = texts.first();

    using TokenizerDetail::Cls;
    const QList<uint> chars = inner.toUcs4();
    const auto cls = [&](qsizetype i) { return TokenizerDetail::classify(char32_t(chars.at(i))); };
    // The text as pieces: other text, and groups of CJK characters with only white space between
    // them. A group is its characters without the white space, and the breaks the reader typed.
    struct Piece {
        QList<uint> text;
        bool group = false;
        Breaks typed;
        QList<Breaks> spellings;
    };
    QList<Piece> pieces;
    for (qsizetype i = 0; i < chars.size();) {
        if (cls(i) != Cls::Cjk) {
            if (pieces.isEmpty() || pieces.last().group)
                pieces.append(Piece{});
            pieces.last().text << chars.at(i++);
            continue;
        }
        Piece g;
        g.group = true;
        while (i < chars.size()) {
            if (cls(i) == Cls::Cjk) {
                g.text << chars.at(i++);
                continue;
            }
            qsizetype j = i;
            while (j < chars.size() && cls(j) == Cls::Space)
                ++j;
            if (j == i || j == chars.size() || cls(j) != Cls::Cjk)
                break;
            g.typed.resize(g.text.size() + 1);
            g.typed.setBit(g.text.size());
            i = j;
        }
        pieces << g;
    }
    // Each group's spellings, as typed first. Only the first few groups that have more than one
    // are varied (a query rarely has more than one or two); the others stay as typed.
    constexpr int MaxVariedGroups = 4;
    QList<const Piece *> varied;
    for (Piece &p : pieces) {
        if (!p.group)
            continue;
        const int n = int(p.text.size());
        p.typed.resize(n);
        p.spellings << p.typed;
        if (varied.size() == MaxVariedGroups)
            continue;
        // Only groups with more spellings than MaxSpellings (seven syllables or more: 18) ask the
        // index which pairs occur; every spelling of a shorter one is asked for anyway.
        Breaks forced(n);
        if (joinable && n >= 7)
            for (int k = 1; k < n; ++k)
                if (!joinable(char32_t(p.text.at(k - 1)), char32_t(p.text.at(k))))
                    forced.setBit(k);
        if (p.typed.count(true) > 0 && forced.count(true) == 0)
            p.spellings << Breaks(n);
        if (n >= 3)
            for (const Breaks &breaks : splits(n, MaxSpellings, forced))
                if (!p.spellings.contains(breaks))
                    p.spellings << breaks;
        if (p.spellings.size() > 1)
            varied << &p;
    }
    if (varied.isEmpty())
        return prefix ? term : endingAsPrefix(term);

    // Combinations of the varied groups' spellings (an index into each), fewest breaks first.
    struct Combination {
        QList<qsizetype> choice;
        qsizetype breaks = 0;
    };
    QList<Combination> combinations{{}};
    for (const Piece *p : std::as_const(varied)) {
        QList<Combination> next;
        for (const Combination &c : std::as_const(combinations))
            for (qsizetype k = 0; k < p->spellings.size() && next.size() < MaxSpellings * 4; ++k) {
                Combination more = c;
                more.choice << k;
                more.breaks += p->spellings.at(k).count(true);
                next << more;
            }
        combinations = next;
    }
    std::stable_sort(combinations.begin(), combinations.end(), [](const Combination &a, const Combination &b) { return a.breaks < b.breaks; });
    QStringList alternatives;
    // The spelling as typed is always asked for, however many breaks it has.
    QString typedSpelling;
    Combination typed;
    typed.choice.fill(0, varied.size());
    combinations.prepend(typed);
    for (const Combination &c : std::as_const(combinations)) {
        QList<uint> text;
        for (const Piece &p : pieces) {
            if (!p.group) {
                text << p.text;
                continue;
            }
            const qsizetype which = varied.indexOf(&p);
            const Breaks &breaks = p.spellings.at(which < 0 ? 0 : c.choice.at(which));
            for (qsizetype k = 0; k < p.text.size(); ++k) {
                if (breaks.testBit(k))
                    text << uint(u' ');
                text << p.text.at(k);
            }
        }
        const QString joined = quoted(QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size()));
        const QString spelled = prefix ? joined + u'*' : endingAsPrefix(joined);
        if (&c == &combinations.constFirst()) {
            typedSpelling = spelled;
            continue;
        }
        if (!alternatives.contains(spelled))
            alternatives << spelled;
        if (alternatives.size() == MaxSpellings)
            break;
    }
    if (!alternatives.contains(typedSpelling)) {
        if (alternatives.size() == MaxSpellings)
            alternatives.removeLast();
        alternatives << typedSpelling;
    }
    return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QLatin1StringView(" OR ")) + u')';
}

QStringList SearchQuery::strings(const QString &expression)
{
    QStringList out;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        if (expression.at(i) != u'"')
            continue;
        QString text;
        for (++i; i < expression.size(); ++i) {
            if (expression.at(i) != u'"') {
                text += expression.at(i);
                continue;
            }
            if (i + 1 < expression.size() && expression.at(i + 1) == u'"')
                text += expression.at(++i); // a doubled quote inside
            else
                break;
        }
        out << text;
    }
    return out;
}

QString SearchQuery::phraseTerms() const
{
    QStringList out;
    for (qsizetype t = 0; t < terms.size(); ++t)
        for (qsizetype k = strings(terms.at(t)).size(); k > 0; --k)
            out << QString::number(t);
    for (qsizetype k = strings(together).size(); k > 0; --k)
        out << QString::number(terms.size());
    for (const QString &e : excluded)
        for (qsizetype k = strings(e).size(); k > 0; --k)
            out << QStringLiteral("-1");
    return out.join(u' ');
}

SearchQuery SearchQuery::withProximity() const
{
    SearchQuery q = *this;
    if (terms.size() < 2 || terms.size() > 6 || orBefore.contains(true))
        return q;
    QStringList words;
    for (const QString &term : terms) {
        const QStringList s = strings(term);
        if (s.size() != 1 || !term.endsWith(u'"') || s.first().contains(u' '))
            return q;
        words << s.first();
    }
    q.together = quoted(words.join(u' '));
    return q;
}

SearchQuery SearchQuery::withSpacings(const Joinable &joinable) const
{
    SearchQuery q = *this;
    if (!q.together.isEmpty())
        q.together = spellings(q.together, joinable);
    for (QString &term : q.terms)
        term = spellings(term, joinable);
    for (QString &term : q.excluded)
        term = spellings(term, joinable);
    return q;
}

QString SearchQuery::quote(const QString &word)
{
    return quoted(word);
}

QString SearchQuery::matchExpression() const
{
    if (terms.isEmpty())
        return {};
    QString expr;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (i > 0)
            expr += orBefore.at(i) ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
        expr += terms.at(i);
    }
    expr = u'(' + expr + u')';
    if (!together.isEmpty())
        expr = QStringLiteral("(%1 OR %2)").arg(expr, together);
    for (const QString &e : excluded)
        expr += QStringLiteral(" NOT ") + e;
    if (section)
        expr = QStringLiteral("{%1} : (%2)").arg(sectionKindName(*section), expr);
    return expr;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && ids.isEmpty() && idPrefixes.isEmpty() && tags.isEmpty() && !starredOnly && !unreadOnly && !readOnly && !laterOnly && !from.isValid()
        && !to.isValid();
}

} // namespace Paperboy::Core
