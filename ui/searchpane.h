// The search field over the paper list: results as you type, filter chips, Enter and Esc.
#pragma once

#include "search/searchquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace Paperboy::Core {
class SearchRunner;
class Library;
class SearchResultModel;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class SearchPane : public QWidget
{
    Q_OBJECT

public:
    SearchPane(Core::Library *library, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    Core::SearchResultModel *model() const { return m_model; }
    QToolButton *starredChip() const { return m_starred; }
    QToolButton *unreadChip() const { return m_unread; }
    QComboBox *sectionChip() const { return m_section; }
    QComboBox *tagChip() const { return m_tag; }
    QComboBox *orderChip() const { return m_order; }
    // Results by relevance, or the newest day first; the chip shows which.
    void toggleOrder();
    // Every paper the search shown finds, not only the rows loaded (Shift+M marks them read).
    QStringList allResultIds() const;
    // Results come a page at a time, the next when the list is scrolled to its end.
    static constexpr int Page = 200;

    // The query with the chips applied, as the library reads it.
    QString queryText() const;
    // Words of the current query, for highlighting them in the summary.
    QStringList matchWords() const;
    // Starts the search now (the field starts it after a short pause). It runs on another thread:
    // the results replace the list when they arrive, unless a newer search started meanwhile.
    void runNow();
    // A search was started and its results have not arrived.
    bool isSearching() const;
    void refreshTags();

Q_SIGNALS:
    void paperActivated(const QDate &day, const QString &arxivId);
    void closed();
    void statusChanged(const QString &text);
    // A search started with a query (true) or the query was emptied (false): the window shows the
    // results, or the list they would replace.
    void queryChanged(bool any);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);

    Core::Library *m_library;
    QLineEdit *m_field;
    QToolButton *m_starred;
    QToolButton *m_unread;
    QComboBox *m_tag;
    QComboBox *m_section;
    QComboBox *m_order;
    QListView *m_results;
    Core::SearchResultModel *m_model;
    Core::SearchRunner *m_runner;
    Core::SearchQuery m_running; // the query whose results are awaited
    QString m_runningText;
    int m_limit = Page; // rows asked of the search running
    int m_total = -1; // papers the search finds in all, -1 while not known
    bool m_extending = false; // the search running is the next page of the one shown
    void showStatus();
    void fetchNextPage();
    bool m_focusResults = false; // Enter: the first result gets the focus when they arrive
    QTimer *m_debounce;
};

} // namespace Paperboy::Ui
