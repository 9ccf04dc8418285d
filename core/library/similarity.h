// More like this: the papers of the library whose text shares the most distinctive terms with a paper's.
#pragma once

#include "library/store.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paperboy::Core {

struct SimilarPaper {
    QString arxivId;
    QDate day; // the newest day that shows it
    QString title;
    double score = 0; // 0..1, the best result of a list scoring 1
    QStringList terms; // the query's terms both papers have, most distinctive first, as the paper writes them
};

// A paper's text (title and sections of the summary its newest day shows) is split by the search
// index's own tokenizer; each term is weighed by tf·idf, idf from the index's document counts
// (fts5vocab). Terms in more than a fifth of the entries, one-character terms and numbers are left
// out. The MaxTerms best terms (while the entries they match stay within a budget), ORed, are one
// bm25 query over the index's text columns (not the reader's notes or the authors); each other
// paper is listed once, dated at its newest day. The shared terms of each result come from its text,
// split by the same tokenizer. Hangul/CJK bigrams
// the paper has side by side ("강화", "화학", "학습") are shown as the run they come from ("강화학습").
class Similarity : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Similarity)

public:
    Similarity(Library &library, Database &db)
        : Store(library, db)
    {
    }

    static constexpr int MaxTerms = 16;

    // The papers most like arxivId, best first, at most limit. An unknown paper: an empty list and
    // error set; a paper with nothing in common with any other: an empty list, error empty.
    QList<SimilarPaper> similar(const QString &arxivId, int limit = 10, QString *error = nullptr) const;

    // The terms the query for arxivId is made of, most distinctive first (for tests and the docs).
    QStringList queryTerms(const QString &arxivId, QString *error = nullptr) const;

private:
    struct Term {
        QByteArray token;
        double weight = 0;
        qint64 df = 0; // entries with the term
    };
    struct Source {
        qint64 entryId = 0;
        QByteArray text; // title and sections, UTF-8
    };
    bool source(const QString &arxivId, Source *out, QString *error) const;
    QList<Term> distinctiveTerms(const Source &source) const;
    // The index's document counts (fts5vocab, a temp table of this connection).
    bool ensureVocab() const;
    // In a large library fts5vocab counts a common term's documents by reading its whole list: the
    // newest SampleSize entries, split once (again when entries change), say which terms are too
    // common to count.
    void refreshSample(qint64 entries, qint64 lastId) const;
    static constexpr int SampleSize = 1000;
    static constexpr qint64 SampleFrom = 5000; // entries; below, every term is counted exactly
    mutable bool m_vocabReady = false;
    mutable qint64 m_sampleEntries = -1;
    mutable qint64 m_sampleLastId = -1;
    mutable int m_sampled = 0;
    mutable QHash<QByteArray, int> m_sampleDf;
};

} // namespace Paperboy::Core
