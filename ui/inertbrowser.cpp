// InertBrowser: link handling kept to http(s).
#include "inertbrowser.h"

#include "common/inertdocument.h"

#include <QDesktopServices>

namespace Paperboy::Ui {

InertBrowser::InertBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // loadResource() below is only the browser's part: the document would still read local files.
    // A document set later with setDocument() must be a Core::InertDocument too.
    setDocument(new Core::InertDocument(this));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
            QDesktopServices::openUrl(url);
    });
}

QVariant InertBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace Paperboy::Ui
