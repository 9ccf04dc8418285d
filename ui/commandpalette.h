// Ctrl+K: one box to run any action, jump to any day or find any paper, by fuzzy matching.
#pragma once

#include <QDate>
#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class ActionRegistry;

class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(ActionRegistry *actions, Core::Library *library, QWidget *parent = nullptr);

    // Subsequence match, case-insensitive; higher is better, -1 when pattern is not in text.
    // Consecutive letters and letters at word starts score more: "nxp" matches "Next Paper".
    static int fuzzyScore(const QString &pattern, const QString &text);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void dayChosen(const QDate &day);
    void paperChosen(const QDate &day, const QString &arxivId);
    void comparisonChosen(const QString &name);

private:
    void refill();
    void activate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ActionRegistry *m_actions;
    Core::Library *m_library;
    QLineEdit *m_input;
    QListWidget *m_list;
};

} // namespace Paperboy::Ui
