// Recommender: For you, a linear model of the reader's signals over tf-idf vectors of the papers.
#include "library/recommender.h"

#include "library/database.h"
#include "library/library.h"
#include "search/cjktokenizer.h"
#include "search/koreanword.h"
#include "search/stopwords.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>

namespace Paperboy::Core {

namespace {

// Words every summary uses, beyond the function words (StopWords): they would weigh in every model.
const QSet<QByteArray> &summaryWords()
{
    static const QSet<QByteArray> words{"new",    "based",  "show",     "paper",   "propose", "proposed",
                                        "results", "method", "approach", "model",   "models"};
    return words;
}

int utf8Length(const char *t, int n)
{
    int chars = 0;
    for (int i = 0; i < n; ++i)
        if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80)
            ++chars;
    return chars;
}

// The terms the model learns from: English words of three letters or more that are not function
// words or numbers, and two-character CJK bigrams (a lone syllable is too ambiguous).
bool isTerm(const char *t, int n, bool word)
{
    if (!word)
        return utf8Length(t, n) == 2;
    if (n < 3)
        return false;
    bool letter = false;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c >= 0x80 || (c >= 'a' && c <= 'z'))
            letter = true;
    }
    const QByteArray token = QByteArray::fromRawData(t, n);
    return letter && !StopWords::isFunctionWord(token) && !summaryWords().contains(token);
}

quint32 termId(const char *t, int n)
{
    return quint32(qHash(QByteArrayView(t, n), 0));
}

float sigmoid(double z)
{
    return float(1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0))));
}

// A reason as the reader would write it: bigrams inside a Korean word widened to the whole word,
// its particle or ending taken off ("습을" in "학습을" → 학습); English words as they are.
QString readableTerm(const QByteArray &text, int start, int end)
{
    const auto hangulAt = [&text](int i) {
        if (i < 0 || i + 3 > text.size())
            return false;
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (b0 < 0xEA || b0 > 0xED)
            return false;
        return KoreanWord::isHangul(QString::fromUtf8(text.constData() + i, 3).at(0));
    };
    if (!hangulAt(start))
        return QString::fromUtf8(text.mid(start, end - start));
    while (hangulAt(start - 3))
        start -= 3;
    while (hangulAt(end))
        end += 3;
    const QString word = QString::fromUtf8(text.mid(start, end - start));
    const QStringView stem = KoreanWord::stem(word);
    return stem.size() >= 2 ? stem.toString() : QString();
}

// The text of entries: title, then the section bodies in order.
const QString kText = QStringLiteral("e.title || char(10) || coalesce((SELECT group_concat(s.body, char(10)) FROM "
                                     "(SELECT body FROM sections WHERE entry_id = e.id ORDER BY ordinal) s), '')");

// The papers the reader said something about (schema 12's events included).
const QString kLabelled = QStringLiteral("SELECT arxiv_id FROM stars UNION SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes "
                                         "UNION SELECT arxiv_id FROM events WHERE kind IN ('keep', 'skip') UNION SELECT arxiv_id FROM read_state");

// A starred paper's strongest terms: enough to say which one a paper is closest to.
constexpr int kStarTerms = 48;

struct Sample {
    Recommender::Vector x;
    bool positive = false;
    bool weak = false; // a paper left alone, not an explicit negative
    QString arxivId;
};

Recommender::Vector vectorize(const QHash<quint32, int> &counts, const QHash<quint32, float> &idf, float unseenIdf)
{
    QList<std::pair<quint32, float>> pairs;
    pairs.reserve(counts.size());
    double norm = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // Sublinear tf: a term said ten times is not ten times the topic.
        const float w = float(1.0 + std::log(double(it.value()))) * idf.value(it.key(), unseenIdf);
        pairs.append({it.key(), w});
        norm += double(w) * w;
    }
    std::sort(pairs.begin(), pairs.end());
    Recommender::Vector v;
    v.terms.reserve(pairs.size());
    v.values.reserve(pairs.size());
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.f;
    for (const auto &[t, w] : pairs) {
        v.terms.append(t);
        v.values.append(w * scale);
    }
    return v;
}

// The strongest terms of a vector, renormalised: enough to find the nearest starred paper.
Recommender::Vector truncated(const Recommender::Vector &v, int keep)
{
    if (v.terms.size() <= keep)
        return v;
    QList<int> order(v.terms.size());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + keep, order.end(), [&v](int a, int b) { return v.values[a] > v.values[b]; });
    order.resize(keep);
    std::sort(order.begin(), order.end());
    Recommender::Vector out;
    double norm = 0;
    for (int i : order) {
        out.terms.append(v.terms[i]);
        out.values.append(v.values[i]);
        norm += double(v.values[i]) * v.values[i];
    }
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.f;
    for (float &value : out.values)
        value *= scale;
    return out;
}

// L2-regularised logistic regression by SGD, the weights kept as scale · v so that the decay of
// every weight at every step costs one multiplication. Classes are balanced by weighting the
// positives (they are few); weak negatives count less than explicit ones.
Recommender::LinearModel fit(const QList<Sample> &samples, const std::function<bool(const Sample &)> &isPositive, const std::function<bool(const Sample &)> &use,
                             int epochs)
{
    QList<int> order;
    int positives = 0;
    double negativeWeight = 0;
    for (int i = 0; i < samples.size(); ++i) {
        if (!use(samples[i]))
            continue;
        order.append(i);
        if (isPositive(samples[i]))
            ++positives;
        else
            negativeWeight += samples[i].weak ? 0.5 : 1.0;
    }
    Recommender::LinearModel model;
    model.positives = positives;
    if (positives == 0 || order.size() == positives)
        return model;
    const double positiveWeight = std::max(1.0, negativeWeight / positives);
    const double lambda = 1e-4;
    QHash<quint32, double> v;
    double scale = 1;
    double bias = 0;
    std::mt19937 rng(7); // the same model for the same signals
    int step = 0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (int i : order) {
            const Sample &s = samples[i];
            const bool y = isPositive(s);
            const double lr = 0.5 / (1.0 + 1e-4 * step++);
            double z = bias;
            for (qsizetype k = 0; k < s.x.terms.size(); ++k)
                z += scale * v.value(s.x.terms[k]) * s.x.values[k];
            const double weight = y ? positiveWeight : (s.weak ? 0.5 : 1.0);
            const double g = (double(sigmoid(z)) - (y ? 1.0 : 0.0)) * weight;
            scale *= (1.0 - lr * lambda);
            for (qsizetype k = 0; k < s.x.terms.size(); ++k)
                v[s.x.terms[k]] -= lr * g * s.x.values[k] / scale;
            bias -= lr * g * 0.1;
            if (scale < 1e-6) {
                for (double &w : v)
                    w *= scale;
                scale = 1;
            }
        }
    }
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        if (std::abs(it.value() * scale) > 1e-6)
            model.weights.insert(it.key(), float(it.value() * scale));
    model.bias = float(bias);
    return model;
}

} // namespace

Recommender::Recommender(Library &library)
    : m_library(library)
{
}

QHash<quint32, int> Recommender::termCounts(const QByteArray &text)
{
    QHash<quint32, int> counts;
    CjkTokenizer::tokenizeRaw(text.constData(), int(text.size()), [&counts](const char *t, int n, int, int, bool word) {
        if (isTerm(t, n, word))
            ++counts[termId(t, n)];
        return true;
    });
    return counts;
}

Recommender::Snapshot Recommender::snapshot() const
{
    Snapshot out;
    QSqlDatabase db = m_library.database().sql();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // The labels.
    const auto mark = [&out, &q](const QString &sql, const std::function<void(Label &)> &apply) {
        if (!q.exec(sql))
            return;
        while (q.next())
            apply(out.labels[q.value(0).toString()]);
    };
    mark(QStringLiteral("SELECT arxiv_id FROM stars"), [](Label &l) { l.positive = l.starred = true; });
    mark(QStringLiteral("SELECT arxiv_id FROM notes WHERE trim(markdown) <> ''"), [](Label &l) { l.positive = true; });
    mark(QStringLiteral("SELECT DISTINCT arxiv_id FROM events WHERE kind = 'keep'"), [](Label &l) { l.positive = true; });
    mark(QStringLiteral("SELECT DISTINCT arxiv_id FROM events WHERE kind = 'skip'"), [](Label &l) { l.negative = true; });
    mark(QStringLiteral("SELECT arxiv_id FROM read_state"), [](Label &l) { l.negative = true; });
    if (q.exec(QStringLiteral("SELECT pt.arxiv_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"))) {
        while (q.next()) {
            Label &l = out.labels[q.value(0).toString()];
            l.positive = true;
            l.tags.append(q.value(1).toString().toLower());
        }
    }
    // A positive signal outweighs a skip or a read (a paper read and then starred is wanted).
    for (Label &l : out.labels)
        if (l.positive)
            l.negative = false;

    // The labelled papers' texts, from the newest day that shows each.
    QSet<QString> seen;
    if (q.exec(QStringLiteral("SELECT e.arxiv_id, %1 FROM entries e WHERE e.shown AND e.arxiv_id IN (%2) ORDER BY e.day DESC").arg(kText, kLabelled))) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out.labelled.append({id, q.value(1).toString().toUtf8()});
        }
    }
    // The papers left alone on the days the reader acted on, newest first.
    q.prepare(QStringLiteral("SELECT e.arxiv_id, %1 FROM entries e WHERE e.shown AND e.arxiv_id NOT IN (%2) "
                             "AND e.day IN (SELECT DISTINCT day FROM entries WHERE arxiv_id IN (%2)) ORDER BY e.day DESC, e.day_position LIMIT ?")
                  .arg(kText, kLabelled));
    q.addBindValue(MaxWeakNegatives * 2);
    if (q.exec()) {
        while (q.next() && out.unlabelled.size() < MaxWeakNegatives) {
            const QString id = q.value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out.unlabelled.append({id, q.value(1).toString().toUtf8()});
        }
    }
    if (q.exec(QStringLiteral("SELECT s.arxiv_id, coalesce(p.title, '') FROM stars s LEFT JOIN papers p ON p.arxiv_id = s.arxiv_id"))) {
        while (q.next())
            out.titles.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

std::shared_ptr<const Recommender::Model> Recommender::train(const Snapshot &snapshot)
{
    auto model = std::make_shared<Model>();

    // Term counts of every document, and document frequencies over the whole sample.
    QList<QHash<quint32, int>> counts;
    QList<const Document *> docs;
    for (const Document &d : snapshot.labelled)
        docs.append(&d);
    for (const Document &d : snapshot.unlabelled)
        docs.append(&d);
    counts.reserve(docs.size());
    QHash<quint32, int> df;
    for (const Document *d : docs) {
        counts.append(termCounts(d->text));
        for (auto it = counts.last().cbegin(); it != counts.last().cend(); ++it)
            ++df[it.key()];
    }
    const double n = double(docs.size());
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        model->idf.insert(it.key(), float(std::log((n + 1) / (it.value() + 1)) + 1));
    model->unseenIdf = float(std::log(n + 1) + 1);

    QList<Sample> samples;
    samples.reserve(docs.size());
    for (int i = 0; i < docs.size(); ++i) {
        Sample s;
        s.arxivId = docs[i]->arxivId;
        s.x = vectorize(counts[i], model->idf, model->unseenIdf);
        const Label label = snapshot.labels.value(s.arxivId);
        s.positive = label.positive;
        s.weak = i >= snapshot.labelled.size();
        if (!s.positive && !label.negative && !s.weak)
            continue; // labelled only by something that is neither (cannot happen today)
        samples.append(s);
        if (label.starred) {
            const Vector star = truncated(s.x, kStarTerms);
            for (qsizetype k = 0; k < star.terms.size(); ++k)
                model->starPostings[star.terms[k]].append({int(model->starVectors.size()), star.values[k]});
            model->starVectors.append(star);
            model->starIds.append(s.arxivId);
            model->starTitles.append(snapshot.titles.value(s.arxivId));
        }
    }

    model->overall = fit(samples, [](const Sample &s) { return s.positive; }, [](const Sample &) { return true; }, 12);

    // One model per tag with enough papers: its papers against the others (explicit labels and a
    // share of the weak negatives, so that many tags stay cheap).
    QHash<QString, int> tagCounts;
    for (const Label &l : snapshot.labels)
        for (const QString &t : l.tags)
            ++tagCounts[t];
    for (auto it = tagCounts.cbegin(); it != tagCounts.cend(); ++it) {
        if (it.value() < MinTagPapers)
            continue;
        const QString tag = it.key();
        int weak = 0;
        model->tags.insert(tag, fit(
                                    samples, [&snapshot, &tag](const Sample &s) { return snapshot.labels.value(s.arxivId).tags.contains(tag); },
                                    [&weak](const Sample &s) { return !s.weak || weak++ < 1000; }, 8));
    }

    return model;
}

void Recommender::ensureModel()
{
    if (!isStale())
        return;
    setModel(train(snapshot()));
}

void Recommender::setModel(std::shared_ptr<const Model> model)
{
    m_model = std::move(model);
    m_stale = false;
}

void Recommender::update(const QString &arxivId)
{
    Q_UNUSED(arxivId); // the whole model is refitted: cheap, and a paper's label changes the idf sample too
    m_stale = true;
}

QHash<QString, QByteArray> Recommender::textsOf(const QList<PaperListing> &papers) const
{
    QHash<QString, QByteArray> out;
    QSqlQuery q(m_library.database().sql());
    q.prepare(QStringLiteral("SELECT %1 FROM entries e WHERE e.day = ? AND e.arxiv_id = ? ORDER BY e.shown DESC LIMIT 1").arg(kText));
    for (const PaperListing &p : papers) {
        q.addBindValue(p.day.toString(Qt::ISODate));
        q.addBindValue(p.arxivId);
        if (q.exec() && q.next())
            out.insert(p.arxivId, q.value(0).toString().toUtf8());
        else
            out.insert(p.arxivId, p.title.toUtf8());
    }
    return out;
}

Recommender::Ranking Recommender::rank(const QList<PaperListing> &papers, const QString &tag)
{
    ensureModel();
    return rankWith(*m_model, papers, textsOf(papers), tag);
}

Recommender::Ranking Recommender::rankWithModel(const QList<PaperListing> &papers, const QString &tag) const
{
    if (!m_model) {
        Ranking out;
        out.modelReady = false;
        for (const PaperListing &p : papers)
            out.papers.append({p, 0, {}, {}, {}, 0});
        return out;
    }
    return rankWith(*m_model, papers, textsOf(papers), tag);
}

void Recommender::learn(const QString &arxivId, bool wanted)
{
    if (!m_model)
        return;
    QSqlQuery q(m_library.database().sql());
    q.prepare(QStringLiteral("SELECT %1 FROM entries e WHERE e.arxiv_id = ? ORDER BY e.shown DESC, e.day DESC LIMIT 1").arg(kText));
    q.addBindValue(arxivId);
    if (!q.exec() || !q.next())
        return;
    const Vector x = vectorize(termCounts(q.value(0).toString().toUtf8()), m_model->idf, m_model->unseenIdf);
    if (x.terms.isEmpty())
        return;
    QStringList tags;
    q.prepare(QStringLiteral("SELECT lower(t.name) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.arxiv_id = ?"));
    q.addBindValue(arxivId);
    if (q.exec())
        while (q.next())
            tags.append(q.value(0).toString());
    // Plain gradient steps on the log loss: enough to move this paper's terms noticeably; the refit
    // weighs the decision against every other one.
    const auto step = [&x](LinearModel &m, bool y) {
        for (int i = 0; i < 3; ++i) {
            double z = m.bias;
            for (qsizetype k = 0; k < x.terms.size(); ++k)
                z += double(m.weights.value(x.terms[k])) * x.values[k];
            const double g = double(sigmoid(z)) - (y ? 1.0 : 0.0);
            for (qsizetype k = 0; k < x.terms.size(); ++k)
                m.weights[x.terms[k]] -= float(0.5 * g * x.values[k]);
        }
    };
    auto model = std::make_shared<Model>(*m_model);
    step(model->overall, wanted);
    for (const QString &tag : std::as_const(tags))
        if (auto it = model->tags.find(tag); it != model->tags.end())
            step(it.value(), wanted);
    m_model = std::move(model);
}

Recommender::Ranking Recommender::rankWith(const Model &model, const QList<PaperListing> &papers, const QHash<QString, QByteArray> &texts, const QString &tag)
{
    Ranking out;
    const LinearModel *linear = &model.overall;
    int needed = MinPositives;
    if (!tag.isEmpty()) {
        const auto it = model.tags.constFind(tag.toLower());
        linear = it == model.tags.cend() ? nullptr : &it.value();
        needed = MinTagPapers;
    }
    out.positives = linear ? linear->positives : 0;
    out.enoughSignals = linear && linear->positives >= needed;
    if (!out.enoughSignals) {
        for (const PaperListing &p : papers)
            out.papers.append({p, 0, {}, {}, {}, 0});
        return out;
    }

    QList<float> similarity;
    for (const PaperListing &p : papers) {
        Ranked r;
        r.paper = p;
        const QByteArray text = texts.value(p.arxivId);
        const Vector x = vectorize(termCounts(text), model.idf, model.unseenIdf);
        double z = linear->bias;
        QHash<quint32, double> contribution;
        for (qsizetype k = 0; k < x.terms.size(); ++k) {
            const double c = double(linear->weights.value(x.terms[k])) * x.values[k];
            z += c;
            if (c > 0)
                contribution.insert(x.terms[k], c);
        }
        r.score = sigmoid(z);

        // The reasons: the best contributing terms, as the paper writes them. Bigrams side by side
        // in the paper that are both reasons are one run ("강화", "화학", "학습" -> "강화학습").
        QList<std::pair<double, quint32>> best;
        for (auto it = contribution.cbegin(); it != contribution.cend(); ++it)
            best.append({it.value(), it.key()});
        std::sort(best.begin(), best.end(), std::greater<>());
        best.resize(std::min<qsizetype>(best.size(), MaxReasons * 2));
        QHash<quint32, double> chosen;
        for (const auto &[c, t] : best)
            chosen.insert(t, c);
        QHash<QString, double> labels;
        int spanStart = -1, spanEnd = -1;
        double spanScore = 0;
        const auto flush = [&] {
            if (spanStart >= 0) {
                const QString label = readableTerm(text, spanStart, spanEnd);
                if (!label.isEmpty())
                    labels[label] = std::max(labels.value(label), spanScore);
            }
            spanStart = -1;
            spanScore = 0;
        };
        CjkTokenizer::tokenizeRaw(text.constData(), int(text.size()), [&](const char *t, int n, int start, int end, bool word) {
            const auto it = isTerm(t, n, word) ? chosen.constFind(termId(t, n)) : chosen.cend();
            if (it == chosen.cend()) {
                flush();
                return true;
            }
            if (word || spanStart < 0 || start >= spanEnd)
                flush();
            if (spanStart < 0)
                spanStart = start;
            spanEnd = end;
            spanScore += it.value();
            if (word)
                flush();
            return true;
        });
        flush();
        QList<std::pair<double, QString>> ordered;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ordered.append({it.value(), it.key()});
        std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
        for (const auto &[score, label] : ordered) {
            if (r.reasons.size() == MaxReasons)
                break;
            r.reasons.append(label);
        }

        // The starred paper it is closest to (not itself), over the inverted stars.
        const Vector probe = truncated(x, kStarTerms);
        similarity.fill(0, model.starVectors.size());
        for (qsizetype k = 0; k < probe.terms.size(); ++k) {
            const auto postings = model.starPostings.constFind(probe.terms[k]);
            if (postings == model.starPostings.cend())
                continue;
            for (const auto &[star, value] : *postings)
                similarity[star] += probe.values[k] * value;
        }
        for (int s = 0; s < similarity.size(); ++s) {
            if (similarity[s] > r.closestSimilarity && model.starIds[s] != p.arxivId) {
                r.closestSimilarity = similarity[s];
                r.closestStarred = model.starIds[s];
                r.closestStarredTitle = model.starTitles[s];
            }
        }
        out.papers.append(r);
    }
    std::stable_sort(out.papers.begin(), out.papers.end(), [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    return out;
}

} // namespace Paperboy::Core
