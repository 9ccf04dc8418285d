// A QTextDocument for text Paperboy did not write: it loads nothing.
#pragma once

#include <QImage>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace Paperboy::Core {

// A view's loadResource() returning nothing is not enough: QTextDocument::loadResource then reads a
// local file named by an image ("![](file:///dev/zero)", "![](secret.png)" relative to the working
// directory) and decodes data: URLs, and when the answer is a null image Qt's image handler loads the
// name as a file itself. This document answers every request with Qt's own "file" icon (built in), so
// nothing is read and the place of the image stays visible.
class InertDocument : public QTextDocument
{
public:
    explicit InertDocument(QObject *parent = nullptr)
        : QTextDocument(parent)
    {
    }

protected:
    QVariant loadResource(int, const QUrl &) override
    {
        static const QImage placeholder = [] {
            QImage icon(QStringLiteral(":/qt-project.org/styles/commonstyle/images/file-16.png"));
            if (icon.isNull()) {
                icon = QImage(1, 1, QImage::Format_ARGB32);
                icon.fill(Qt::transparent);
            }
            return icon;
        }();
        return placeholder;
    }
};

} // namespace Paperboy::Core
