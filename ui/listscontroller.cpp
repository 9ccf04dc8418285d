// ListsController: the reading queue and the smart lists through their stores.
#include "listscontroller.h"

#include "readercontroller.h"
#include "searchpane.h"
#include "smartlistsdialog.h"

#include "library/library.h"

#include <QInputDialog>
#include <QLineEdit>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

ListsController::ListsController(Library *library, ReaderController *reader, SearchPane *search, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_reader(reader)
    , m_search(search)
    , m_window(window)
{
}

void ListsController::toggleLater()
{
    const QStringList ids = m_reader->selectedPaperIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Open a paper first"), 4000);
        return;
    }
    bool allQueued = true;
    for (const QString &id : ids)
        allQueued = allQueued && m_library->readingQueue().contains(id);
    QStringList changed;
    const Status s = allQueued ? m_library->readingQueue().remove(ids, &changed) : m_library->readingQueue().add(ids, &changed);
    if (!s) {
        Q_EMIT message(s.message(), 6000);
        return;
    }
    const int total = m_library->readingQueue().count();
    Q_EMIT message(allQueued ? tr("%n paper(s) taken out of Later", nullptr, int(changed.size())) + tr(" (%n in Later)", nullptr, total)
                             : tr("%n paper(s) put into Later", nullptr, int(changed.size())) + tr(" (%n in Later)", nullptr, total),
                   4000);
    refreshQueueSearch();
}

void ListsController::moveInLater(int by)
{
    const QString id = m_reader->currentPaperId();
    if (id.isEmpty() || !m_library->readingQueue().contains(id)) {
        Q_EMIT message(tr("The paper shown is not in Later (l puts it there)"), 4000);
        return;
    }
    if (Status s = m_library->readingQueue().move(id, by); !s) {
        Q_EMIT message(s.message(), 6000);
        return;
    }
    const int at = m_library->readingQueue().indexOf(id);
    Q_EMIT message(tr("Place %1 of %2 in Later").arg(at + 1).arg(m_library->readingQueue().count()), 3000);
    refreshQueueSearch();
}

void ListsController::refreshQueueSearch()
{
    if (!m_search->isHidden() && m_search->queryText().contains(QLatin1StringView("is:later")))
        m_search->runNow();
}

void ListsController::saveSearch()
{
    const QString query = m_search->isHidden() ? QString() : m_search->queryText().trimmed();
    if (query.isEmpty()) {
        Q_EMIT message(tr("Search first (/), then save the search as a smart list"), 5000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save as Smart List"), tr("Name of the smart list for “%1”:").arg(query), QLineEdit::Normal,
                                               m_library->smartLists().freeName(m_search->field()->text().trimmed()), &ok);
    if (!ok)
        return;
    if (Status s = m_library->smartLists().add(name, query); !s) {
        Q_EMIT message(s.message(), 6000);
        return;
    }
    Q_EMIT message(tr("Smart list “%1” saved: it is in the sidebar").arg(name.simplified()), 4000);
}

void ListsController::manageSmartLists()
{
    SmartListsDialog dialog(m_library, m_window);
    dialog.exec();
}

} // namespace Paperboy::Ui
