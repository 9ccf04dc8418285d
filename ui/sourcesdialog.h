// Sources: where digests and paper metadata come from, how often they refresh, and their sign-in
// (tokens go to the system keychain, never anywhere else). Changes apply at once, like a feed list.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Paperboy::Core {
class Library;
class SecretStore;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    SourcesDialog(Core::Library *library, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *daysSpin() const { return m_days; }
    QSpinBox *hoursSpin() const { return m_hours; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *refreshButton() const { return m_refresh; }

    // Removes the source of the current row and its keychain entry, after asking.
    void removeCurrent();

Q_SIGNALS:
    // "Refresh Now" on the selected sources (names).
    void refreshRequested(const QStringList &names);

private:
    void reload();
    void addSource();

    Core::Library *m_library;
    Core::SecretStore *m_secrets;
    QTableWidget *m_table;
    QSpinBox *m_days;
    QSpinBox *m_hours;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    bool m_loading = false;
};

// Adding one source: name, kind, URL and sign-in. Accepting checks the URL and stores the token in
// the keychain first; a source whose token cannot be stored is not added.
class AddSourceDialog : public QDialog
{
    Q_OBJECT

public:
    AddSourceDialog(Core::Library *library, Core::SecretStore *secrets, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void updateFields();
    void fail(const QString &message);

    Core::Library *m_library;
    Core::SecretStore *m_secrets;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_token;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace Paperboy::Ui
