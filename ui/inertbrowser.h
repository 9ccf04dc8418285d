// A text browser for untrusted content: it never loads anything (no images, no files) and opens only
// http(s) links, in the system browser.
#pragma once

#include <QTextBrowser>

namespace Paperboy::Ui {

class InertBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit InertBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Paperboy::Ui
