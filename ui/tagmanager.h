// The tag manager: rename, recolour, merge and delete tags, with their paper counts.
#pragma once

#include <QDialog>

class QListWidget;

namespace Paperboy::Core {
class Library;
class Status;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class TagManager : public QDialog
{
    Q_OBJECT

public:
    TagManager(Core::Library *library, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The operations the buttons run (after asking for names and colours); errors are shown.
    bool rename(const QString &from, const QString &to);
    bool recolor(const QString &tag, const QString &color);
    bool merge(const QString &from, const QString &into);
    bool remove(const QString &tag);

private:
    void reload();
    QString currentTag() const;
    bool report(const Core::Status &status);

    Core::Library *m_library;
    QListWidget *m_list;
};

} // namespace Paperboy::Ui
