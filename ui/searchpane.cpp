// SearchPane: debounced queries, run by a SearchRunner off the window's thread.
#include "searchpane.h"

#include "library/library.h"
#include "library/searchindex.h"
#include "library/searchrunner.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "search/searchquery.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Paperboy::Ui {

SearchPane::SearchPane(Core::Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_field(new QLineEdit(this))
    , m_starred(new QToolButton(this))
    , m_unread(new QToolButton(this))
    , m_tag(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_results(new QListView(this))
    , m_model(new Core::SearchResultModel(this))
    , m_runner(new Core::SearchRunner(library, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPane"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search titles, summaries and notes (e.g. 모델 section:results)"));
    m_field->setClearButtonEnabled(true);
    m_starred->setText(tr("★ Starred"));
    m_unread->setText(tr("Unread"));
    for (QToolButton *chip : {m_starred, m_unread}) {
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        connect(chip, &QToolButton::toggled, this, &SearchPane::runNow);
    }
    m_section->addItem(tr("Any section"), QString());
    const QList<std::pair<QString, QString>> kinds{{QStringLiteral("motivation"), tr("Motivation")},   {QStringLiteral("contributions"), tr("Contributions")},
                                                   {QStringLiteral("method"), tr("Method")},           {QStringLiteral("experiments"), tr("Experiments")},
                                                   {QStringLiteral("results"), tr("Results")},         {QStringLiteral("limitations"), tr("Limitations")},
                                                   {QStringLiteral("future_work"), tr("Future work")}, {QStringLiteral("other"), tr("Other")}};
    for (const auto &[name, label] : kinds)
        m_section->addItem(label, name);
    refreshTags();
    connect(m_section, &QComboBox::currentIndexChanged, this, &SearchPane::runNow);
    m_order->setObjectName(QStringLiteral("searchOrder"));
    m_order->addItem(tr("Best match first"), int(Core::SearchIndex::Order::Relevance));
    m_order->addItem(tr("Newest first"), int(Core::SearchIndex::Order::Newest));
    m_order->setToolTip(tr("The order of the results (Alt+S)"));
    connect(m_order, &QComboBox::currentIndexChanged, this, &SearchPane::runNow);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &SearchPane::runNow);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &i) { activate(i.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            activate(i.row());
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &SearchPane::runNow);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_focusResults = true;
        runNow();
    });
    connect(m_runner, &Core::SearchRunner::finished, this, [this](const QList<Core::SearchHit> &hits, const QString &) {
        const bool more = hits.size() >= m_limit;
        if (std::exchange(m_extending, false))
            m_model->extend(hits, more);
        else {
            m_model->setResults(hits, more);
            m_results->scrollToTop(); // a new list is read from its start (and loads no page it is not at)
        }
        if (!more)
            m_total = int(hits.size());
        showStatus();
        if (std::exchange(m_focusResults, false) && m_model->rowCount() > 0 && m_field->hasFocus()) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus();
        }
    });
    connect(m_runner, &Core::SearchRunner::counted, this, [this](int total) {
        m_total = std::max(total, m_model->rowCount());
        showStatus();
    });
    connect(m_model, &Core::SearchResultModel::moreWanted, this, &SearchPane::fetchNextPage);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);

    // The filters in two rows that shrink to a few characters, rather than one row that holds the
    // paper column wide (at 800×600 it left the summary 60 px).
    for (QComboBox *box : {m_tag, m_section}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
    }
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(3);
    for (QWidget *chip : std::initializer_list<QWidget *>{m_starred, m_unread, m_tag, m_section, m_order})
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // fill their column
    auto *chips = new QGridLayout;
    chips->addWidget(m_starred, 0, 0);
    chips->addWidget(m_unread, 0, 1);
    chips->addWidget(m_tag, 1, 0);
    chips->addWidget(m_section, 1, 1);
    chips->addWidget(m_order, 2, 0, 1, 2);
    chips->setColumnStretch(0, 1);
    chips->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addLayout(chips);
    // The results list is not in this layout: the window shows it in place of the paper list once a
    // query is typed (MainWindow).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void SearchPane::refreshTags()
{
    const QString current = m_tag->currentData().toString();
    QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &t : m_library->annotations().allTags())
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

QString SearchPane::queryText() const
{
    QString q = m_field->text().trimmed();
    if (m_starred->isChecked())
        q += QStringLiteral(" is:starred");
    if (m_unread->isChecked())
        q += QStringLiteral(" is:unread");
    if (!m_section->currentData().toString().isEmpty())
        q += QStringLiteral(" section:") + m_section->currentData().toString();
    return q.trimmed();
}

QStringList SearchPane::matchWords() const
{
    QStringList words;
    // Every spelling the search asked for, whole: "강화학습" marks "강화학습" and "강화 학습", never a
    // lone "학습" elsewhere. Each once.
    for (const QString &term : Core::SearchQuery::parse(m_field->text()).withSpacings().terms)
        for (const QString &s : Core::SearchQuery::strings(term))
            if (const QString w = s.simplified(); !w.isEmpty() && !words.contains(w))
                words << w;
    return words;
}

void SearchPane::runNow()
{
    m_debounce->stop();
    Core::SearchQuery query = Core::SearchQuery::parse(queryText());
    if (!m_tag->currentData().toString().isEmpty())
        query.tags << m_tag->currentData().toString();
    if (query.isEmpty()) {
        m_runner->cancel(); // its results would replace the empty list
        m_model->setResults({});
        m_focusResults = false;
        Q_EMIT statusChanged(QString());
        Q_EMIT queryChanged(false);
        return;
    }
    Q_EMIT queryChanged(true);
    m_running = query;
    m_runningText = queryText();
    m_limit = Page;
    m_total = -1;
    m_extending = false;
    Q_EMIT statusChanged(tr("Searching “%1”…").arg(m_runningText));
    m_runner->start(query, m_limit, Core::SearchIndex::Order(m_order->currentData().toInt()), true);
}

void SearchPane::fetchNextPage()
{
    if (m_running.isEmpty() || m_runner->isBusy())
        return;
    m_limit = m_model->rowCount() + Page;
    m_extending = true;
    // A total not counted yet (the count was cut short by this page's search) is counted again.
    m_runner->start(m_running, m_limit, Core::SearchIndex::Order(m_order->currentData().toInt()), m_total < 0);
}

QStringList SearchPane::allResultIds() const
{
    QStringList ids;
    if (m_running.isEmpty())
        return ids;
    // The total when it was counted, else counted now.
    const int total = m_total >= 0 ? m_total : m_library->searchIndex().count(m_running);
    for (const Core::SearchHit &h : m_library->searchIndex().search(m_running, std::max({total, m_model->rowCount(), 1})))
        ids << h.arxivId;
    return ids;
}

void SearchPane::toggleOrder()
{
    m_order->setCurrentIndex((m_order->currentIndex() + 1) % m_order->count());
}

void SearchPane::showStatus()
{
    const int shown = m_model->rowCount();
    QString status
        = m_total >= 0 ? tr("%Ln result(s) for “%1”", nullptr, m_total).arg(m_runningText) : tr("More than %L1 results for “%2”").arg(shown).arg(m_runningText);
    if (m_total > shown)
        status += QStringLiteral(" · ") + tr("%L1 shown, more as you scroll").arg(shown);
    if (!m_running.errors.isEmpty())
        status += QStringLiteral(" — ") + m_running.errors.join(QStringLiteral("; "));
    Q_EMIT statusChanged(status);
}

bool SearchPane::isSearching() const
{
    return m_runner->isBusy();
}

void SearchPane::activate(int row)
{
    const QModelIndex i = m_model->index(row);
    if (i.isValid())
        Q_EMIT paperActivated(i.data(Core::DateRole).toDate(), i.data(Core::ArxivIdRole).toString());
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closed();
            return true;
        }
        if (watched == m_field && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
