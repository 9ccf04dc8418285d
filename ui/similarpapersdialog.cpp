// SimilarPapersDialog: the list Core::Similarity gives for one paper; Enter opens a row in the reader.
#include "similarpapersdialog.h"

#include "library/library.h"
#include "library/libraryworker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Paperboy::Ui {

namespace {
enum Column { TitleColumn, DateColumn, ScoreColumn, TermsColumn };
constexpr int DayRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

SimilarPapersDialog::SimilarPapersDialog(Core::Library *library, Core::LibraryWorker *worker, const QString &arxivId, QWidget *parent)
    : QDialog(parent)
    , m_arxivId(arxivId)
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("similarPapersDialog"));
    setWindowTitle(tr("More Like This"));
    m_message->setObjectName(QStringLiteral("similarPapersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("similarPapersList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Title"), tr("Date"), tr("Score"), tr("Shared terms")});
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openCurrent(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(m_open, &QPushButton::clicked, this, &SimilarPapersDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    const int width = parent ? std::min(900, std::max(480, parent->width() * 9 / 10)) : 760;
    resize(width, 420);
    m_list->setColumnWidth(TitleColumn, width * 45 / 100);
    m_list->setFocus();

    m_open->setEnabled(false);
    if (!library || arxivId.isEmpty()) {
        fill({}, {});
        return;
    }
    const auto job = [id = arxivId](const Core::Library &lib) {
        QString error;
        QList<Core::SimilarPaper> found = lib.similarity().similar(id, Limit, &error);
        return std::make_pair(found, error);
    };
    if (!worker) {
        const auto [found, error] = job(*library);
        fill(found, error);
        return;
    }
    m_busy = true;
    m_message->setText(tr("Looking for papers like %1…").arg(arxivId));
    worker->run(this, job, [this](const std::pair<QList<Core::SimilarPaper>, QString> &result) { fill(result.first, result.second); });
}

void SimilarPapersDialog::fill(const QList<Core::SimilarPaper> &found, const QString &error)
{
    m_busy = false;
    const QLocale locale;
    for (const Core::SimilarPaper &p : found) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, p.title);
        item->setToolTip(TitleColumn, p.title);
        item->setText(DateColumn, locale.toString(p.day, QLocale::ShortFormat));
        item->setText(ScoreColumn, locale.toString(p.score, 'f', 2));
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TermsColumn, p.terms.join(QStringLiteral(", ")));
        item->setToolTip(TermsColumn, p.terms.join(QStringLiteral(", ")));
        item->setData(TitleColumn, DayRole, p.day);
        item->setData(TitleColumn, IdRole, p.arxivId);
    }
    if (m_arxivId.isEmpty())
        m_message->setText(tr("No paper is open."));
    else if (!error.isEmpty())
        m_message->setText(error);
    else if (found.isEmpty())
        m_message->setText(tr("Nothing in the library is like %1: it shares no distinctive term with another paper.").arg(m_arxivId));
    else
        m_message->setText(tr("Papers of any day that share the most distinctive terms with %1 (1.00: as close as the paper itself).").arg(m_arxivId));
    m_open->setEnabled(!found.isEmpty());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(DateColumn);
    m_list->resizeColumnToContents(ScoreColumn);
    Q_EMIT listed();
}

QString SimilarPapersDialog::message() const
{
    return m_message->text();
}

void SimilarPapersDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QDate day = item->data(TitleColumn, DayRole).toDate();
    const QString id = item->data(TitleColumn, IdRole).toString();
    accept();
    Q_EMIT openRequested(day, id);
}

bool SimilarPapersDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
