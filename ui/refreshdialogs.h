// The refresh's two dialogs: the range to refresh, and the log of the last refresh.
#pragma once

#include "network/fetchresult.h"

#include <QDate>
#include <QDialog>

#include <optional>
#include <utility>

class QTreeWidget;

namespace Paperboy::Ui {

// Asks for the first and last day of a refresh (at most FetchTask::MaxDays); nothing when cancelled.
class RefreshRangeDialog : public QDialog
{
    Q_OBJECT

public:
    static std::optional<std::pair<QDate, QDate>> ask(QWidget *parent, const QDate &from, const QDate &to);

private:
    explicit RefreshRangeDialog(QWidget *parent);
};

// One row per source and day: new, unchanged or failed with the reason, papers, URL.
class RefreshLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RefreshLogDialog(QWidget *parent = nullptr);
    // running: a refresh is under way (what an empty list means).
    void setResults(const QList<Core::FetchDayResult> &results, bool running);

private:
    QTreeWidget *m_tree;
};

} // namespace Paperboy::Ui
