// ReaderController: the day list and paper tree drive the summary view and the note panel.
#include "readercontroller.h"

#include "notepanel.h"
#include "summaryview.h"

#include "library/library.h"
#include "models/daylistmodel.h"
#include "models/papertreemodel.h"
#include "models/roles.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

ReaderController::ReaderController(Library *library, QListView *days, QTreeView *papers, SummaryView *summary, NotePanel *notes, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_dayModel(new DayListModel(library, this))
    , m_paperModel(new PaperTreeModel(library, this))
    , m_days(days)
    , m_papers(papers)
    , m_summary(summary)
    , m_notes(notes)
    , m_readTimer(new QTimer(this))
{
    m_days->setModel(m_dayModel);
    m_papers->setModel(m_paperModel);
    m_papers->installEventFilter(this);

    m_readTimer->setSingleShot(true);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const QString id = m_summary->arxivId();
        if (!id.isEmpty() && !m_library->isReadOnly() && !m_library->annotations().isRead(id))
            m_library->annotations().setRead(id, true);
    });

    connect(m_days->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReaderController::onDayChanged);
    connect(m_papers->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReaderController::onPaperChanged);
    // The day list updates its rows in place; a new library (or the first import) fills an empty list.
    connect(m_dayModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_days->currentIndex().isValid() && m_dayModel->rowCount() > 0)
            m_days->setCurrentIndex(m_dayModel->index(0));
        Q_EMIT countsChanged();
    });
    connect(m_dayModel, &QAbstractItemModel::rowsRemoved, this, &ReaderController::countsChanged);
    // The shown day read again with other papers: stay on the paper the summary shows, if it is still there.
    connect(m_paperModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_papers->currentIndex().isValid() && !m_summary->arxivId().isEmpty() && m_paperModel->day() == currentDay())
            selectPaper(m_summary->arxivId());
        Q_EMIT countsChanged();
    });
    // Connected after the paper model's own connection, so its rows are up to date here.
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Changes what) {
        if (!ids.contains(m_summary->arxivId()))
            return;
        if (what & Change::Highlights)
            refreshAnnotations();
        else if (what & Change::Tags)
            refreshTags();
    });
    connect(library, &Library::tagsChanged, this, &ReaderController::refreshAnnotations);
    connect(library, &Library::daysChanged, this, &ReaderController::refreshContent);
    connect(library, &Library::paperMetaChanged, this, [this] {
        if (!m_summary->arxivId().isEmpty() && m_summary->arxivId() == currentPaperId())
            showCurrentPaper(true);
    });
}

QDate ReaderController::currentDay() const
{
    return m_days->currentIndex().data(DateRole).toDate();
}

QString ReaderController::currentPaperId() const
{
    return m_summary->arxivId();
}

QStringList ReaderController::selectedPaperIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_papers->selectionModel()->selectedIndexes()) {
        const QString id = i.data(ArxivIdRole).toString();
        if (!i.parent().isValid() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty() && !currentPaperId().isEmpty())
        ids << currentPaperId();
    return ids;
}

QStringList ReaderController::dayPaperIds() const
{
    QStringList ids;
    for (int r = 0; r < m_paperModel->paperCount(); ++r)
        ids << m_paperModel->index(r, 0).data(ArxivIdRole).toString();
    return ids;
}

int ReaderController::dayCount() const
{
    return m_dayModel->totalDays();
}

int ReaderController::paperCount() const
{
    return m_paperModel->paperCount();
}

int ReaderController::currentPaperRow() const
{
    const QModelIndex cur = m_papers->currentIndex();
    if (!cur.isValid())
        return -1;
    return cur.parent().isValid() ? cur.parent().row() : cur.row();
}

void ReaderController::selectDay(const QDate &day)
{
    const int row = m_dayModel->rowOf(day);
    if (row >= 0)
        m_days->setCurrentIndex(m_dayModel->index(row));
}

bool ReaderController::selectPaper(const QString &arxivId)
{
    const QModelIndex idx = m_paperModel->indexOfPaper(arxivId);
    if (!idx.isValid())
        return false;
    m_papers->setCurrentIndex(idx);
    return true;
}

bool ReaderController::openPaper(const QDate &day, const QString &arxivId)
{
    if (currentDay() != day)
        selectDay(day);
    if (selectPaper(arxivId))
        return true;
    // A muted paper asked for by name (a search result) is shown on its day all the same.
    if (currentDay() != day || !m_paperModel->reveal(arxivId).isValid())
        return false;
    return selectPaper(arxivId);
}

void ReaderController::setShowMuted(bool show)
{
    if (show == m_paperModel->showsMuted())
        return;
    const int row = currentPaperRow();
    m_paperModel->setShowMuted(show);
    // The paper shown was muted and is hidden now: the one that took its place.
    if (!m_papers->currentIndex().isValid() && m_paperModel->paperCount() > 0)
        m_papers->setCurrentIndex(m_paperModel->index(std::clamp(row, 0, m_paperModel->paperCount() - 1), 0));
    Q_EMIT message(show ? tr("Muted papers are shown") : tr("Muted papers are hidden"), 3000);
}

bool ReaderController::showsMuted() const
{
    return m_paperModel->showsMuted();
}

void ReaderController::restore(const QDate &day, const QString &arxivId)
{
    if (day.isValid() && m_dayModel->rowOf(day) >= 0) {
        selectDay(day);
        selectPaper(arxivId);
    } else if (m_dayModel->rowCount() > 0) {
        m_days->setCurrentIndex(m_dayModel->index(0));
    }
}

void ReaderController::setMarkReadDelay(int msecs)
{
    m_readTimer->setInterval(std::max(0, msecs));
    m_markRead = msecs > 0;
}

void ReaderController::redraw()
{
    if (!m_summary->arxivId().isEmpty())
        showCurrentPaper(true);
}

void ReaderController::onDayChanged()
{
    m_paperModel->setDay(currentDay());
    if (m_paperModel->paperCount() > 0)
        m_papers->setCurrentIndex(m_paperModel->index(0, 0));
    else
        m_summary->clearPaper();
    Q_EMIT countsChanged();
}

void ReaderController::onPaperChanged()
{
    const QModelIndex idx = m_papers->currentIndex();
    if (!idx.isValid())
        return;
    const QString id = idx.data(ArxivIdRole).toString();
    // A section of another publisher's summary shows that summary.
    const qint64 publisher = idx.data(PublisherRole).toLongLong();
    const bool otherSummary = id == m_summary->arxivId() && publisher > 0 && publisher != m_shown.summary.publisherId;
    if (id != m_summary->arxivId() || otherSummary) {
        if (id != m_summary->arxivId()) {
            m_readTimer->stop();
            // The paper left folds its sections away again, as a mail reader folds a thread.
            const QModelIndex left = m_paperModel->indexOfPaper(m_summary->arxivId());
            if (left.isValid() && m_papers->isExpanded(left) && idx.parent() != left)
                m_papers->collapse(left);
        }
        m_publisher = publisher;
        showCurrentPaper(false);
        if (m_markRead && !idx.data(ReadRole).toBool() && !m_readTimer->isActive())
            m_readTimer->start();
    }
    const int section = idx.data(SectionIndexRole).toInt();
    if (section >= 0)
        m_summary->scrollToSection(section);
    Q_EMIT countsChanged();
}

void ReaderController::showCurrentPaper(bool keepScroll)
{
    const QString id = m_papers->currentIndex().data(ArxivIdRole).toString();
    auto detail = m_library->catalog().paper(id, currentDay(), m_publisher);
    if (!detail && m_papers->currentIndex().data(NoDigestRole).toBool())
        detail = m_library->network().metaOnlyPaper(id, currentDay());
    if (!detail)
        return;
    detail->recommendation = m_paperModel->recommendation(id);
    const int scroll = m_summary->verticalScrollBar()->value();
    const bool another = detail->listing.arxivId != m_shown.listing.arxivId || detail->listing.day != m_shown.listing.day;
    m_summary->showPaper(*detail);
    if (keepScroll)
        m_summary->verticalScrollBar()->setValue(scroll);
    m_shown = *detail;
    const QList<Highlight> highlights = shownHighlights();
    m_shownHighlights.clear();
    for (const Highlight &h : highlights)
        m_shownHighlights << h.id;
    const QList<qint64> orphaned = m_summary->setHighlights(highlights);
    m_notes->setPaper(id);
    m_notes->setHighlights(asShown(highlights), orphaned);
    if (another)
        Q_EMIT paperShown(detail->listing.day, id);
}

QList<Highlight> ReaderController::asShown(QList<Highlight> highlights) const
{
    // A highlight found again in a changed summary lists the text it now covers, not its old quote.
    for (Highlight &h : highlights)
        if (const QString now = m_summary->drawnText(h.id); !now.isEmpty())
            h.exact = now;
    return highlights;
}

void ReaderController::refreshAnnotations()
{
    // Draw again only what the summary shows and what changed: new highlights need the whole paper;
    // other tags only the header's tag line. A read mark or a note save never disturbs a selection.
    const QString id = m_summary->arxivId();
    if (id.isEmpty())
        return;
    QList<qint64> ids;
    const QList<Highlight> highlights = shownHighlights();
    for (const Highlight &h : highlights)
        ids << h.id;
    if (ids != m_shownHighlights) {
        showCurrentPaper(true);
        return;
    }
    const QStringList tags = m_library->annotations().tagsOf(id);
    if (tags != m_shown.listing.tags) {
        m_shown.listing.tags = tags;
        m_summary->setTags(tags);
    }
    QList<qint64> orphaned;
    for (const Highlight &h : highlights)
        if (!m_summary->drawnHighlights().contains(h.id))
            orphaned << h.id;
    m_notes->setHighlights(asShown(highlights), orphaned);
}

void ReaderController::refreshTags()
{
    // The tree read the paper's row again just before: its tags, no query of our own.
    const QModelIndex row = m_paperModel->indexOfPaper(m_summary->arxivId());
    const QStringList tags = row.isValid() ? row.data(TagsRole).toStringList() : m_library->annotations().tagsOf(m_summary->arxivId());
    if (tags != m_shown.listing.tags) {
        m_shown.listing.tags = tags;
        m_summary->setTags(tags);
    }
}

void ReaderController::refreshContent()
{
    const QString id = m_summary->arxivId();
    if (id.isEmpty() || id != m_papers->currentIndex().data(ArxivIdRole).toString())
        return;
    auto detail = m_library->catalog().paper(id, currentDay(), m_shown.summary.publisherId);
    if (!detail && m_papers->currentIndex().data(NoDigestRole).toBool())
        detail = m_library->network().metaOnlyPaper(id, currentDay());
    if (detail && SummaryView::documentMarkdown(*detail) != SummaryView::documentMarkdown(m_shown))
        showCurrentPaper(true);
}

void ReaderController::nextPaper()
{
    const int row = currentPaperRow();
    if (row + 1 < m_paperModel->paperCount()) {
        m_papers->setCurrentIndex(m_paperModel->index(row + 1, 0));
        return;
    }
    // At the end of a day, go on with the first paper of the day after (older, below in the list).
    nextDay();
}

void ReaderController::previousPaper()
{
    const QModelIndex cur = m_papers->currentIndex();
    if (cur.parent().isValid()) {
        m_papers->setCurrentIndex(cur.parent());
        return;
    }
    const int row = currentPaperRow();
    if (row > 0) {
        m_papers->setCurrentIndex(m_paperModel->index(row - 1, 0));
        return;
    }
    const int day = m_days->currentIndex().row();
    if (day > 0) {
        m_days->setCurrentIndex(m_dayModel->index(day - 1));
        if (m_paperModel->paperCount() > 0)
            m_papers->setCurrentIndex(m_paperModel->index(m_paperModel->paperCount() - 1, 0));
    }
}

void ReaderController::nextDay()
{
    const int day = m_days->currentIndex().row();
    if (day + 1 >= m_dayModel->rowCount() && m_dayModel->canFetchMore({}))
        m_dayModel->fetchMore({});
    if (day + 1 < m_dayModel->rowCount())
        m_days->setCurrentIndex(m_dayModel->index(day + 1));
}

void ReaderController::previousDay()
{
    const int day = m_days->currentIndex().row();
    if (day > 0)
        m_days->setCurrentIndex(m_dayModel->index(day - 1));
}

void ReaderController::nextUnread()
{
    // The paper's place in its day, which is not its row when muted papers are hidden.
    const int row = currentPaperRow();
    const QModelIndex paper = row >= 0 ? m_paperModel->index(row, 0) : QModelIndex();
    const int position = !paper.isValid() ? -1 : paper.data(NoDigestRole).toBool() ? std::numeric_limits<int>::max() : paper.data(DayPositionRole).toInt();
    const QDate day = currentDay();
    const auto next = m_library->catalog().nextUnread(day.isValid() ? day : QDate(9999, 12, 31), position);
    if (!next) {
        Q_EMIT message(tr("Every paper is read"), 5000);
        return;
    }
    openPaper(next->day, next->arxivId);
}

void ReaderController::pageDown()
{
    if (!m_summary->pageDown())
        nextPaper();
}

void ReaderController::pageUp()
{
    m_summary->pageUp();
}

void ReaderController::jumpToSection(int number)
{
    const int row = currentPaperRow();
    if (row < 0)
        return;
    const QModelIndex paper = m_paperModel->index(row, 0);
    // Section n is the one numbered n in the shown summary; without numbers, its n-th section.
    QList<QModelIndex> shown;
    for (int i = 0; i < m_paperModel->rowCount(paper); ++i) {
        const QModelIndex s = m_paperModel->index(i, 0, paper);
        const qint64 publisher = s.data(PublisherRole).toLongLong();
        if (publisher == m_shown.summary.publisherId || publisher == 0 || m_shown.summary.publisherId == 0)
            shown << s;
    }
    for (const QModelIndex &s : std::as_const(shown)) {
        if (s.data(Qt::DisplayRole).toString().startsWith(QString::number(number) + u'.')) {
            m_papers->setCurrentIndex(s);
            return;
        }
    }
    if (number - 1 < shown.size())
        m_papers->setCurrentIndex(shown.at(number - 1));
}

void ReaderController::toggleRead()
{
    const QString id = currentPaperId();
    if (id.isEmpty())
        return;
    m_readTimer->stop(); // a paper marked unread by hand stays unread while it is shown
    m_library->annotations().setRead(id, !m_library->annotations().isRead(id));
}

void ReaderController::toggleStar()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        m_library->annotations().setStarred(id, !m_library->annotations().isStarred(id));
}

QList<Highlight> ReaderController::shownHighlights() const
{
    // Those made in the summary shown, and those not known to belong to any.
    QList<Highlight> out;
    for (Highlight &h : m_library->annotations().highlights(m_shown.listing.arxivId))
        if (h.publisherId == 0 || m_shown.summaries.size() < 2 || h.publisherId == m_shown.summary.publisherId)
            out << std::move(h);
    return out;
}

void ReaderController::nextSummary()
{
    if (m_shown.listing.arxivId.isEmpty() || m_shown.noDigest)
        return;
    if (m_shown.summaries.size() < 2) {
        Q_EMIT message(tr("Only one publisher summarised this paper"), 4000);
        return;
    }
    qsizetype at = 0;
    while (at < m_shown.summaries.size() && m_shown.summaries.at(at).publisherId != m_shown.summary.publisherId)
        ++at;
    const SummaryRef next = m_shown.summaries.at((at + 1) % m_shown.summaries.size());
    m_publisher = next.publisherId;
    showCurrentPaper(false);
    Q_EMIT message(tr("Summary by %1 (%2 of %3)").arg(next.publisher).arg((at + 1) % m_shown.summaries.size() + 1).arg(m_shown.summaries.size()), 4000);
}

void ReaderController::preferPublisher()
{
    if (m_shown.listing.arxivId.isEmpty() || m_shown.summary.publisherId == 0)
        return;
    const SummaryRef publisher = m_shown.summary;
    if (const Status s = m_library->publishers().prefer(publisher.publisherId); !s) {
        Q_EMIT message(s.message(), 0);
        return;
    }
    Q_EMIT message(tr("Summaries by %1 are shown first").arg(publisher.publisher), 4000);
}

bool ReaderController::removeDay(bool confirm)
{
    const QDate day = currentDay();
    if (!day.isValid())
        return false;
    const QString name = QLocale().toString(day, QLocale::LongFormat);
    if (confirm
        && QMessageBox::question(m_papers->window(), tr("Remove Day"),
                                 tr("Remove %1 and its papers from the library?\n\nTags, notes, highlights, stars and read state stay "
                                    "with the papers; importing the digest again brings the day back.")
                                     .arg(name))
            != QMessageBox::Yes)
        return false;
    if (const Status s = m_library->importer().deleteDay(day); !s) {
        Q_EMIT message(s.message(), 0);
        return false;
    }
    Q_EMIT message(tr("%1 was removed from the library").arg(name), 6000);
    return true;
}

bool ReaderController::removeShownDigest(bool confirm)
{
    const QDate day = currentDay();
    if (!day.isValid() || m_shown.summary.publisherId == 0) {
        Q_EMIT message(tr("Open a paper of the digest to remove"), 4000);
        return false;
    }
    const SummaryRef publisher = m_shown.summary;
    const QString name = QLocale().toString(day, QLocale::LongFormat);
    if (confirm
        && QMessageBox::question(m_papers->window(), tr("Remove Digest"),
                                 tr("Remove the digest of %1 by %2? The day keeps the other publishers' digests.").arg(name, publisher.publisher))
            != QMessageBox::Yes)
        return false;
    if (const Status s = m_library->importer().deleteDigest(day, publisher.publisherId); !s) {
        Q_EMIT message(s.message(), 0);
        return false;
    }
    m_publisher = 0;
    Q_EMIT message(tr("The digest of %1 by %2 was removed").arg(name, publisher.publisher), 6000);
    return true;
}

void ReaderController::newestDay()
{
    if (m_dayModel->rowCount() > 0)
        m_days->setCurrentIndex(m_dayModel->index(0, 0));
}

void ReaderController::openOnHuggingFace()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://huggingface.co/papers/") + id));
}

void ReaderController::openPdf()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://arxiv.org/pdf/") + id));
}

bool ReaderController::eventFilter(QObject *watched, QEvent *event)
{
    // Down on the last paper and Up on the first cross into the next / previous day, like j and k.
    if (watched == m_papers && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex cur = m_papers->currentIndex();
        const bool onPaper = cur.isValid() && !cur.parent().isValid();
        if (key == Qt::Key_Down && onPaper && cur.row() == m_paperModel->paperCount() - 1 && !m_papers->isExpanded(cur)) {
            nextPaper();
            return true;
        }
        if (key == Qt::Key_Up && onPaper && cur.row() == 0) {
            previousPaper();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
