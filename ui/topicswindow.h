// Rising topics in a window of their own: the words whose share of papers rose over the last
// weeks, the chosen word's papers per week as a bar chart, and its papers.
#pragma once

#include "library/topics.h"

#include <QMainWindow>

class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QTreeWidget;
class QUndoStack;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class ActionRegistry;

// Reads the library only through Library::topics(); the topics are computed again when the window
// is shown and when days change while it is open. Up/Down choose a topic, Tab goes to its papers,
// Enter opens one in the main window (openPaperRequested).
class TopicsWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Tags are given through undo (the main window's stack) when there is one.
    TopicsWindow(Core::Library *library, QUndoStack *undo, QWidget *parent = nullptr);
    ~TopicsWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    const Core::TopicsResult &result() const { return m_result; }
    // The chosen topic; null when there is none.
    const Core::Topic *currentTopic() const;
    void setCurrentTopic(int row);
    QTreeWidget *topicList() const { return m_topics; }
    QListWidget *paperList() const { return m_papers; }
    // The chart's bars: the chosen topic's papers per week.
    QBarSet *weeklyBars() const { return m_bars; }

public Q_SLOTS:
    void reload();
    // Ctrl+D: a smart list that searches for the topic's word.
    void makeSmartList();
    // Ctrl+T: the topic's papers (those listed) tagged with its word.
    void tagPapers();

Q_SIGNALS:
    void openPaperRequested(const QDate &day, const QString &arxivId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showTopic();
    // The month names under the bars, as many as fit the chart's width.
    void labelMonths();

    Core::Library *m_library;
    QUndoStack *m_undo;
    ActionRegistry *m_actions;
    Core::TopicsResult m_result;
    QLabel *m_heading;
    QTreeWidget *m_topics;
    QLabel *m_topicHeading;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSet *m_bars = nullptr;
    QCategoryAxis *m_x = nullptr;
    QList<QDate> m_months;
    QList<qreal> m_monthStarts;
    QListWidget *m_papers;
    bool m_reloadQueued = false;
};

} // namespace Paperboy::Ui
