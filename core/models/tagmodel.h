// The library sidebar: Starred, Unread and every tag, with counts; choosing one filters papers.
#pragma once

#include "roles.h"

#include "library/library.h"

#include <QAbstractListModel>
#include <QIcon>

namespace Paperboy::Core {

class TagModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Kind { StarredRow, UnreadRow, TagRow };

    explicit TagModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The dot drawn before a tag: SwatchSize pixels (twice that for a high-density screen).
    static constexpr int SwatchSize = 12;
    static QIcon swatch(const QString &color);

public Q_SLOTS:
    void reload();

private:
    void papersChanged(const QStringList &arxivIds, Changes what);
    void setTags(const QList<TagInfo> &fresh);
    Library *m_library;
    int m_starred = 0;
    int m_unread = 0;
    QList<TagInfo> m_tags;
};

} // namespace Paperboy::Core
