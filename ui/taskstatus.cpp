// TaskStatus: shows what the import and refresh controllers report; owns nothing of their work.
#include "taskstatus.h"

#include "actionregistry.h"
#include "importcontroller.h"
#include "refreshcontroller.h"

#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace Paperboy::Ui {

namespace {
// The bar's range, and a width that holds its text at the largest value ("Importing 198 / 3650"
// was cut to "198 / 3|65" beside a stretched message), and no more than it needs.
void setTotal(QProgressBar *progress, int total)
{
    if (total == progress->maximum())
        return;
    progress->setRange(0, total);
    QString text = progress->format();
    text.replace(QStringLiteral("%v"), QLocale().toString(total)).replace(QStringLiteral("%m"), QLocale().toString(total));
    const int width
        = progress->fontMetrics().horizontalAdvance(text) + 4 * progress->style()->pixelMetric(QStyle::PM_ProgressBarChunkWidth, nullptr, progress) + 16;
    progress->setMinimumWidth(width);
    progress->setMaximumWidth(std::max(width, 240));
}
} // namespace

TaskStatus::TaskStatus(QStatusBar *bar, ImportController *import, RefreshController *refresh, ActionRegistry *actions)
    : QObject(bar)
    , m_bar(bar)
    , m_importProgress(new QProgressBar(bar))
    , m_refreshProgress(new QProgressBar(bar))
    , m_refreshCancel(new QToolButton(bar))
{
    bar->addPermanentWidget(m_importProgress);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setFormat(tr("Importing %v / %m"));
    m_importProgress->hide();
    bar->addPermanentWidget(m_refreshProgress);
    bar->addPermanentWidget(m_refreshCancel);
    m_refreshProgress->setObjectName(QStringLiteral("refreshProgress"));
    m_refreshProgress->setMaximumWidth(240);
    m_refreshProgress->setFormat(tr("Refreshing %v / %m"));
    m_refreshProgress->hide();
    m_refreshCancel->setObjectName(QStringLiteral("refreshCancel"));
    m_refreshCancel->setAutoRaise(true);
    m_refreshCancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"), bar->style()->standardIcon(QStyle::SP_BrowserStop)));
    m_refreshCancel->setToolTip(tr("Stop the refresh (Shift+F5)"));
    m_refreshCancel->hide();

    QAction *cancelImport = actions->action(QStringLiteral("file.cancel_import"));
    connect(import, &ImportController::message, bar, [bar](const QString &text) { bar->showMessage(text, 5000); });
    connect(import, &ImportController::started, this, [this, cancelImport] {
        m_importProgress->setRange(0, 0);
        m_importProgress->show();
        cancelImport->setEnabled(true);
    });
    connect(import, &ImportController::progress, this, [this](int done, int total) {
        setTotal(m_importProgress, total);
        m_importProgress->setValue(done);
    });
    connect(import, &ImportController::finished, this, [this, cancelImport](const QString &summary) {
        m_importProgress->hide();
        cancelImport->setEnabled(false);
        m_bar->showMessage(summary, 10000);
    });

    QAction *cancelRefresh = actions->action(QStringLiteral("file.cancel_refresh"));
    QAction *start = actions->action(QStringLiteral("file.refresh"));
    connect(refresh, &RefreshController::message, bar, [bar](const QString &text) { bar->showMessage(text, 10000); });
    connect(m_refreshCancel, &QToolButton::clicked, refresh, &RefreshController::cancel);
    connect(refresh, &RefreshController::started, this, [this, cancelRefresh, start](int total) {
        setTotal(m_refreshProgress, std::max(1, total));
        m_refreshProgress->setValue(0);
        m_refreshProgress->setToolTip({});
        m_refreshProgress->show();
        m_refreshCancel->show();
        cancelRefresh->setEnabled(true);
        start->setEnabled(false);
    });
    connect(refresh, &RefreshController::progress, this, [this](int done, int total) {
        setTotal(m_refreshProgress, std::max(1, total));
        m_refreshProgress->setValue(done);
    });
    connect(refresh, &RefreshController::progressDetails, m_refreshProgress, &QWidget::setToolTip);
    connect(refresh, &RefreshController::finished, this, [this, cancelRefresh, start](const QString &summary) {
        m_refreshProgress->hide();
        m_refreshCancel->hide();
        cancelRefresh->setEnabled(false);
        start->setEnabled(true);
        m_bar->showMessage(summary, 15000);
    });
}

} // namespace Paperboy::Ui
