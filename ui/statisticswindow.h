// Reading statistics in a window of their own: the calendar of papers read, decisions per week,
// the most used tags over the months, the totals; exported as PNG or SVG.
#pragma once

#include "common/status.h"
#include "library/statistics.h"

#include <QImage>
#include <QMainWindow>

class QBoxLayout;
class QComboBox;
class QLabel;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class ActionRegistry;
class DecisionsChart;
class ReadingHeatmap;
class TagTrendChart;

// Reads the library only through Library::statistics(); figures are read again when the window is
// shown and when papers, tags, days or the history change while it is open.
class StatisticsWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Range { LastYear, ThisYear, All };

    explicit StatisticsWindow(Core::Library *library, QWidget *parent = nullptr);
    ~StatisticsWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    Range range() const { return m_range; }
    void setRange(Range range);
    const Core::ReadingStatistics &statistics() const { return m_stats; }
    // The first and last day of a range, counted from today.
    std::pair<QDate, QDate> datesOf(Range range) const;

    // Everything under the range chooser, as the exports draw it.
    QWidget *figures() const { return m_figures; }
    QImage renderImage() const;
    // Written whole or not at all (AtomicFile).
    Core::Status writePng(const QString &path) const;
    Core::Status writeSvg(const QString &path) const;

public Q_SLOTS:
    void reload();
    // Ctrl+S, Ctrl+Shift+S: ask where, then write.
    void exportPng();
    void exportSvg();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void exportAs(const QString &suffix);
    void showTotals();

    Core::Library *m_library;
    ActionRegistry *m_actions;
    Range m_range = Range::LastYear;
    Core::ReadingStatistics m_stats;
    QComboBox *m_rangeBox;
    QWidget *m_figures;
    QLabel *m_heading;
    QList<QLabel *> m_totals;
    ReadingHeatmap *m_heatmap;
    QBoxLayout *m_charts;
    DecisionsChart *m_decisions;
    TagTrendChart *m_tags;
    QString m_exportDir;
    bool m_reloadQueued = false;
};

} // namespace Paperboy::Ui
