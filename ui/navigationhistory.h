// Back and forward through the papers shown (Alt+Left, Alt+Right), as a browser goes through pages.
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace Paperboy::Ui {

class NavigationHistory : public QObject
{
    Q_OBJECT

public:
    struct Place {
        QDate day;
        QString arxivId;
        bool operator==(const Place &) const = default;
    };

    explicit NavigationHistory(QObject *parent = nullptr);

    // A paper was shown: it becomes the newest place; the places ahead of it are forgotten (as a
    // browser forgets them after a new page), unless it is where back/forward is going.
    void visit(const QDate &day, const QString &arxivId);
    bool canGoBack() const { return m_at > 0; }
    bool canGoForward() const { return m_at + 1 < m_places.size(); }
    // The place to show, moving the current place; nothing at either end.
    std::optional<Place> back();
    std::optional<Place> forward();
    QList<Place> places() const { return m_places; }
    int current() const { return int(m_at); }

    static constexpr int MaxPlaces = 200;

Q_SIGNALS:
    void changed(bool canGoBack, bool canGoForward);
    // back() or forward() chose a place: show it.
    void go(const QDate &day, const QString &arxivId);

private:
    std::optional<Place> moveTo(qsizetype at);

    QList<Place> m_places;
    qsizetype m_at = -1;
    std::optional<Place> m_going; // the place back/forward is showing: its visit is not new
};

} // namespace Paperboy::Ui
