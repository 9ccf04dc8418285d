// Keeps a QTextDocument built from text Paperboy did not write from loading anything.
#pragma once

#include <QImage>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace Paperboy::Core {

// A view's loadResource() returning nothing is not enough: QTextDocument::loadResource then reads a
// local file named by an image ("![](file:///dev/zero)", "![](secret.png)" relative to the working
// directory) and decodes data: URLs. A resource provider is asked first; answering every request
// with an empty image means nothing is ever read, and the layout draws Qt's own placeholder.
inline void makeInert(QTextDocument *doc)
{
    doc->setResourceProvider([](const QUrl &) { return QVariant(QImage()); });
}

} // namespace Paperboy::Core
