// NavigationHistory: a list of places and the current one.
#include "navigationhistory.h"

namespace Paperboy::Ui {

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{
}

void NavigationHistory::visit(const QDate &day, const QString &arxivId)
{
    const Place place{day, arxivId};
    if (m_going && *m_going == place) {
        m_going.reset();
        return;
    }
    m_going.reset();
    if (m_at >= 0 && m_places.at(m_at) == place)
        return;
    m_places.resize(m_at + 1);
    m_places.append(place);
    if (m_places.size() > MaxPlaces)
        m_places.removeFirst();
    m_at = m_places.size() - 1;
    Q_EMIT changed(canGoBack(), canGoForward());
}

std::optional<NavigationHistory::Place> NavigationHistory::moveTo(qsizetype at)
{
    if (at < 0 || at >= m_places.size())
        return std::nullopt;
    m_at = at;
    m_going = m_places.at(at);
    Q_EMIT changed(canGoBack(), canGoForward());
    Q_EMIT go(m_going->day, m_going->arxivId);
    return m_places.at(at);
}

std::optional<NavigationHistory::Place> NavigationHistory::back()
{
    return moveTo(m_at - 1);
}

std::optional<NavigationHistory::Place> NavigationHistory::forward()
{
    return moveTo(m_at + 1);
}

} // namespace Paperboy::Ui
