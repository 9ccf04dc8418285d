// Settings: the interface language, reading behaviour and every shortcut, with conflicts flagged
// before they are saved.
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QDialogButtonBox;

namespace Paperboy::Ui {

class ActionRegistry;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // The language and the mark-read delay are Core::Settings'; the shortcuts the registry's.
    SettingsDialog(ActionRegistry *actions, QWidget *parent = nullptr);

    // Called with the new choice after the dialog is accepted with another language; the application
    // sets it up (translators, locale) and rebuilds its window. Without one the choice applies at
    // the next start.
    static void setLanguageSwitch(std::function<void(const QString &)> apply);

    QTableWidget *shortcutTable() const { return m_table; }
    QSpinBox *markReadSpin() const { return m_markRead; }
    QCheckBox *keepSampleBox() const { return m_keepSample; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *conflictLabel() const { return m_conflicts; }
    // Sets the shortcut of one row (as the editor does) and re-checks conflicts.
    void setShortcutForRow(int row, const QKeySequence &keys);
    bool hasConflicts() const;

    void accept() override;

private:
    void checkConflicts();
    QHash<QString, QList<QKeySequence>> edited() const;

    ActionRegistry *m_actions;
    QComboBox *m_language;
    QSpinBox *m_markRead;
    QCheckBox *m_keepSample;
    QTableWidget *m_table;
    QLabel *m_conflicts;
    QDialogButtonBox *m_buttons;
};

} // namespace Paperboy::Ui
