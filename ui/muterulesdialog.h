// The mute rules: words or phrases whose papers are hidden unless starred, added and removed with the keys.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

// Return in the field adds what it holds; Delete in the list removes the rule selected; Esc closes.
// Every change goes through Core::MuteRules, which mutes or unmutes the library at once and tells
// the views (daysChanged).
class MuteRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MuteRulesDialog(Core::Library *library, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *list() const { return m_list; }
    // The message below the list: why a rule was not added or removed, or what it did.
    QString message() const;

    bool addRule(const QString &phrase);
    bool removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload(const QString &select = {});

    Core::Library *m_library;
    QLineEdit *m_field;
    QListWidget *m_list;
    QLabel *m_message;
};

} // namespace Paperboy::Ui
