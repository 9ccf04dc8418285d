// The Compare tray: the papers marked for comparison, across days, with Compare and Clear.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class CompareTray : public QWidget
{
    Q_OBJECT

public:
    explicit CompareTray(Core::Library *library, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QStringList papers() const;

Q_SIGNALS:
    void paperActivated(const QDate &day, const QString &arxivId);
    void compareRequested();
    void clearRequested();

private:
    void refresh();

    Core::Library *m_library;
    QListWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_compare;
    QPushButton *m_clear;
};

} // namespace Paperboy::Ui
