// Progress of the background import and refresh in the status bar, with their cancel actions.
#pragma once

#include <QObject>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Paperboy::Ui {

class ActionRegistry;
class ImportController;
class RefreshController;

class TaskStatus : public QObject
{
    Q_OBJECT

public:
    // Puts the progress bars in bar; enables file.cancel_import and file.cancel_refresh while they run.
    TaskStatus(QStatusBar *bar, ImportController *import, RefreshController *refresh, ActionRegistry *actions);

private:
    QStatusBar *m_bar;
    QProgressBar *m_importProgress;
    QProgressBar *m_refreshProgress;
    QToolButton *m_refreshCancel;
};

} // namespace Paperboy::Ui
