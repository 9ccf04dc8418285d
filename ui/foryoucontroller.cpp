// ForYouController: Core::ForYou's rankings into the paper tree's rows and the banner above them.
#include "foryoucontroller.h"

#include "readercontroller.h"

#include "library/foryou.h"
#include "library/library.h"
#include "models/papertreemodel.h"
#include "models/roles.h"

#include <QInputDialog>
#include <QLabel>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

ForYouController::ForYouController(Library *library, ReaderController *reader, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_reader(reader)
    , m_window(window)
    , m_forYou(new ForYou(library, this))
    , m_banner(new QLabel(window))
{
    m_banner->setObjectName(QStringLiteral("forYouBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setContentsMargins(6, 3, 6, 3);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->hide();

    // Another day shown (a reset): ranked as it is read.
    connect(reader->paperModel(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_on)
            rank(true);
    });
    // A new or nudged model: the scores and reasons in place, the rows where they are.
    connect(m_forYou, &ForYou::modelChanged, this, [this] {
        if (m_on)
            rank(!m_reader->paperModel()->hasRecommendations());
    });
    connect(m_forYou, &ForYou::trainingStarted, this, [this] {
        if (m_on && !m_forYou->isReady())
            updateBanner(0, false, false);
    });
}

void ForYouController::toggle()
{
    setRanking(!m_on, m_on ? QString() : m_tag);
}

void ForYouController::chooseTag()
{
    m_forYou->start();
    const QStringList tags = m_forYou->tagsWithModels();
    if (!m_forYou->isReady()) {
        Q_EMIT message(tr("For you is still learning from your signals; try again in a moment."), 5000);
        return;
    }
    if (tags.isEmpty()) {
        Q_EMIT message(tr("No tag has %n paper(s) yet: For You by Tag learns from a tag's own papers.", nullptr, Recommender::MinTagPapers), 6000);
        return;
    }
    QStringList items{tr("All my signals")};
    items += tags;
    bool ok = false;
    const int current = m_tag.isEmpty() ? 0 : std::max<qsizetype>(0, items.indexOf(m_tag));
    const QString chosen = QInputDialog::getItem(m_window, tr("For You by Tag"), tr("Rank the day by the papers of:"), items, current, false, &ok);
    if (!ok)
        return;
    setRanking(true, chosen == items.first() ? QString() : chosen);
}

void ForYouController::setRanking(bool on, const QString &tag)
{
    m_on = on;
    m_tag = on ? tag : QString();
    if (!on) {
        m_toTop = false;
        m_reader->paperModel()->setRecommendations({}, PaperTreeModel::Order::DayOrder);
        m_banner->hide();
        m_reader->redraw();
        Q_EMIT message(tr("The day in the digest's order"), 3000);
        Q_EMIT toggled(false);
        return;
    }
    m_forYou->start();
    // Asked for: the list from its top, the paper the reader most likely wants (now, or when the
    // model being built arrives).
    m_toTop = true;
    rank(true);
    Q_EMIT toggled(true);
}

void ForYouController::rank(bool reorder)
{
    PaperTreeModel *model = m_reader->paperModel();
    const Recommender::Ranking ranking = m_forYou->rank(model->listings(), m_tag);
    if (!ranking.modelReady || !ranking.enoughSignals) {
        // The digest's order, and why.
        if (model->hasRecommendations() || model->isRanked())
            model->setRecommendations({}, PaperTreeModel::Order::DayOrder);
        updateBanner(ranking.positives, false, ranking.modelReady);
        m_reader->redraw();
        return;
    }
    QHash<QString, Recommendation> byPaper;
    for (const Recommender::Ranked &r : ranking.papers)
        byPaper.insert(r.paper.arxivId, {r.score, r.reasons, r.closestStarred, r.closestStarredTitle});
    model->setRecommendations(byPaper, reorder ? PaperTreeModel::Order::Ranked : PaperTreeModel::Order::KeepRows);
    if (m_toTop && model->isRanked()) {
        m_toTop = false;
        m_reader->selectPaper(model->index(0, 0).data(ArxivIdRole).toString());
    }
    updateBanner(ranking.positives, true, true);
    m_reader->redraw();
}

void ForYouController::updateBanner(int positives, bool enough, bool ready)
{
    // Short enough for a narrow list; the tooltip says the rest.
    QString text;
    QString tip;
    if (!ready) {
        text = tr("For you: learning from your signals…");
        tip = tr("The model is built from the papers you starred, kept, tagged, noted, skipped and read; the day keeps the digest's order until it is ready.");
    } else if (!enough && m_tag.isEmpty()) {
        text = tr("For you needs at least %1 papers you starred, kept, tagged or noted (%2 so far): digest's order.")
                   .arg(Recommender::MinPositives)
                   .arg(positives);
    } else if (!enough) {
        text = tr("For you by “%1” needs at least %2 papers with the tag (%3 so far): digest's order.")
                   .arg(m_tag)
                   .arg(Recommender::MinTagPapers)
                   .arg(positives);
    } else if (m_tag.isEmpty()) {
        text = tr("For you, from %n paper(s) you starred, kept, tagged or noted", nullptr, positives);
        tip = tr("Papers you skipped or read and left count against. Shift+F: the digest's order.");
    } else {
        text = tr("For you by “%1”, from its %n paper(s)", nullptr, positives).arg(m_tag);
        tip = tr("Ctrl+Shift+F: another tag. Shift+F: the digest's order.");
    }
    m_banner->setText(text);
    m_banner->setToolTip(tip);
    m_banner->setAccessibleName(text);
    m_banner->show();
}

} // namespace Paperboy::Ui
