// For you: a day's papers ranked by a model learned from the reader's own signals.
#pragma once

#include "library/librarytypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Paperboy::Core {

class Library;

// arxiv-sanity-lite's idea over the library's own text. A paper is its shown entry's title and
// section bodies, split by the search index's tokenizer: English words (three letters or more, no
// function words) and Hangul/CJK bigrams (the index's own unit). Each term is weighed by tf-idf
// (idf from the training sample) and the vector is L2-normalised.
//
// Labels: positive = starred, kept (event 'keep'), tagged or noted; negative = skipped (event
// 'skip') or read and not positive. Papers the reader left alone on the days they acted on are weak
// negatives (as arxiv-sanity treats every untagged paper), so that stars alone are enough to learn
// from. One L2-regularised logistic regression (SGD) is fitted overall and one per tag with at least
// MinTagPapers papers (the tag's papers against the other labelled papers).
//
// Building the model reads the library (snapshot(), on the library's thread) and then fits it
// without touching the library (train(), a pure function of the snapshot: run it on a worker thread
// and hand its result to setModel()). The model is cached; update() after a decision only marks it
// stale, to be refitted (4 s at 3,000 days on a 2-core machine, 0.1 s at a year: on a worker thread,
// see ForYou) while learn() nudges the model there is.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)

public:
    explicit Recommender(Library &library);

    static constexpr int MinPositives = 5; // below, the publisher's order is kept
    static constexpr int MinTagPapers = 3;
    static constexpr int MaxReasons = 5;
    static constexpr int MaxWeakNegatives = 4000; // papers left alone, newest first

    // A paper's features: sorted term ids with L2-normalised tf-idf weights.
    struct Vector {
        QList<quint32> terms;
        QList<float> values;
    };
    struct Document {
        QString arxivId;
        QByteArray text; // title and section bodies, UTF-8
    };
    struct Label {
        bool positive = false;
        bool negative = false;
        bool starred = false;
        QStringList tags;
    };
    // What train() needs, read from the library on its thread.
    struct Snapshot {
        QList<Document> labelled;
        QHash<QString, Label> labels;
        QList<Document> unlabelled; // weak negatives, also part of the idf sample
        QHash<QString, QString> titles; // of the starred papers, for "closest to"
    };
    struct LinearModel {
        QHash<quint32, float> weights;
        float bias = 0;
        int positives = 0;
    };
    struct Model {
        QHash<quint32, float> idf;
        float unseenIdf = 1;
        LinearModel overall;
        QHash<QString, LinearModel> tags; // by tag name, lower case
        // The starred papers' vectors (their strongest terms only: the nearest-star search runs for
        // every ranked paper), with their ids and titles.
        QList<Vector> starVectors;
        // The same, inverted: term -> (star, weight), so that the search costs the postings of a
        // paper's strongest terms, not a pass over every star.
        QHash<quint32, QList<std::pair<int, float>>> starPostings;
        QStringList starIds;
        QStringList starTitles;
    };

    struct Ranked {
        PaperListing paper;
        double score = 0; // the model's probability that the reader wants the paper, 0..1
        QStringList reasons; // the terms that raised the score most, as the paper writes them
        QString closestStarred; // arXiv id of the starred paper most like it ("" when none)
        QString closestStarredTitle;
        double closestSimilarity = 0; // cosine, 0..1
    };
    struct Ranking {
        bool modelReady = true; // false: no model was built yet (rankWithModel), the given order
        bool enoughSignals = false; // false: papers are in the given order, without scores
        int positives = 0; // the signals the model (overall or the tag's) was learned from
        QList<Ranked> papers;
    };

    // Reads the labelled papers and the weak negatives (SQL through the library's connection).
    Snapshot snapshot() const;
    // Fits the model; touches nothing but its argument, so it may run on any thread.
    static std::shared_ptr<const Model> train(const Snapshot &snapshot);
    // Builds the model now (snapshot + train) when it is missing or stale.
    void ensureModel();
    void setModel(std::shared_ptr<const Model> model);
    std::shared_ptr<const Model> model() const { return m_model; }
    bool isStale() const { return m_stale || !m_model; }

    // A decision about arxivId was made (star, keep, skip, tag, note, read): the model is stale and
    // is refitted at the next ensureModel().
    void update(const QString &arxivId);

    // papers in score order with their reasons (tag: that tag's model). With fewer than
    // MinPositives positives (for a tag: MinTagPapers papers) the given order, enoughSignals false.
    // Builds the model first if needed.
    Ranking rank(const QList<PaperListing> &papers, const QString &tag = {});
    // The same with the model there is, stale or not, never building one (modelReady false when
    // there is none): what the window does while the model is refitted on another thread.
    Ranking rankWithModel(const QList<PaperListing> &papers, const QString &tag = {}) const;

    // A decision moves the model at once, before the refit: a few gradient steps of the overall
    // model (and the paper's tags' models) on the paper's vector toward wanted or not wanted.
    // Nothing happens without a model or when the paper has no text.
    void learn(const QString &arxivId, bool wanted);

    // The term ids of a text, with their counts (for tests and the benchmark).
    static QHash<quint32, int> termCounts(const QByteArray &text);

private:
    QHash<QString, QByteArray> textsOf(const QList<PaperListing> &papers) const;
    static Ranking rankWith(const Model &model, const QList<PaperListing> &papers, const QHash<QString, QByteArray> &texts, const QString &tag);

    Library &m_library;
    std::shared_ptr<const Model> m_model;
    bool m_stale = true;
};

} // namespace Paperboy::Core
