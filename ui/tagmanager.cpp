// TagManager: a list with buttons; every change goes through Library, which tells the views.
#include "tagmanager.h"

#include "library/library.h"
#include "models/tagmodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paperboy::Ui {

TagManager::TagManager(Core::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Tags"));
    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("&Rename…"), [this] {
        const QString tag = currentTag();
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename Tag"), tr("New name:"), QLineEdit::Normal, tag, &ok);
        if (ok && !tag.isEmpty())
            rename(tag, to);
    });
    button(tr("&Colour…"), [this] {
        const QString tag = currentTag();
        const QColor c = QColorDialog::getColor(Qt::yellow, this, tr("Tag Colour"));
        if (c.isValid() && !tag.isEmpty())
            recolor(tag, c.name());
    });
    button(tr("&Merge Into…"), [this] {
        const QString tag = currentTag();
        QStringList others = m_library->annotations().allTags();
        others.removeAll(tag);
        bool ok = false;
        const QString into = QInputDialog::getItem(this, tr("Merge Tags"), tr("Merge “%1” into:").arg(tag), others, 0, false, &ok);
        if (ok && !tag.isEmpty())
            merge(tag, into);
    });
    button(tr("&Delete"), [this] {
        const QString tag = currentTag();
        if (!tag.isEmpty() && QMessageBox::question(this, tr("Delete Tag"), tr("Remove “%1” from every paper?").arg(tag)) == QMessageBox::Yes)
            remove(tag);
    });
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    connect(library, &Core::Library::tagsChanged, this, &TagManager::reload);
    reload();
    resize(420, 360);
}

void TagManager::reload()
{
    m_list->clear();
    for (const Core::TagInfo &t : m_library->annotations().tags()) {
        auto *item = new QListWidgetItem(tr("%1 (%n paper(s))", nullptr, t.count).arg(t.name), m_list);
        item->setData(Qt::UserRole, t.name);
        item->setData(Qt::DecorationRole, Core::TagModel::swatch(t.color));
    }
}

QString TagManager::currentTag() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool TagManager::report(const Core::Status &status)
{
    if (!status && isVisible())
        QMessageBox::warning(this, tr("Tags"), status.message());
    return status.ok();
}

bool TagManager::rename(const QString &from, const QString &to)
{
    return report(m_library->annotations().renameTag(from, to));
}

bool TagManager::recolor(const QString &tag, const QString &color)
{
    return report(m_library->annotations().setTagColor(tag, color));
}

bool TagManager::merge(const QString &from, const QString &into)
{
    return report(m_library->annotations().mergeTags(from, into));
}

bool TagManager::remove(const QString &tag)
{
    return report(m_library->annotations().deleteTag(tag));
}

} // namespace Paperboy::Ui
