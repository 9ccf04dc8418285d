// CommandPalette: entries are rebuilt on every keystroke and sorted by fuzzy score.
#include "commandpalette.h"

#include "actionregistry.h"

#include "common/daylabel.h"
#include "library/library.h"
#include "search/searchquery.h"

#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Paperboy::Ui {

namespace {
enum EntryRole { KindRole = Qt::UserRole + 1, PayloadRole, DayRole };
enum Kind { ActionEntry, DayEntry, PaperEntry, ComparisonEntry };

QString plainText(const QAction *a)
{
    QString t = a->text();
    t.remove(u'&');
    t.remove(QStringLiteral("…"));
    return t;
}
} // namespace

int CommandPalette::fuzzyScore(const QString &pattern, const QString &text)
{
    if (pattern.isEmpty())
        return 0;
    const QString p = pattern.toCaseFolded();
    const QString t = text.toCaseFolded();
    int score = 0, ti = 0, run = 0;
    for (const QChar c : p) {
        if (c.isSpace())
            continue;
        const qsizetype found = t.indexOf(c, ti);
        if (found < 0)
            return -1;
        run = found == ti ? run + 1 : 0;
        score += 1 + run * 3;
        if (found == 0 || !t.at(found - 1).isLetterOrNumber())
            score += 5;
        score -= int(std::min<qsizetype>(found - ti, 10));
        ti = int(found) + 1;
    }
    return score + 100;
}

CommandPalette::CommandPalette(ActionRegistry *actions, Core::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_library(library)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    m_input->setPlaceholderText(tr("Type an action, a date or words of a paper…"));
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_list->setObjectName(QStringLiteral("paletteList"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(640, 420);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::activate);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::activate);
    m_input->installEventFilter(this);
    refill();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the list while typing goes on in the field.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::refill()
{
    const QString text = m_input->text().trimmed();
    struct Entry {
        int score;
        QString label;
        int kind;
        QString payload;
        QDate day;
        QIcon icon = {};
    };
    QList<Entry> entries;
    for (QAction *a : m_actions->actions()) {
        if (!a->isEnabled())
            continue;
        const QString label = plainText(a);
        const int score = fuzzyScore(text, label + u' ' + a->objectName());
        if (score < 0)
            continue;
        const QString keys = ActionRegistry::keyText(a->shortcut());
        entries.append({score + 20, keys.isEmpty() ? label : label + QStringLiteral("    ") + keys, ActionEntry, a->objectName(), {}, a->icon()});
    }
    for (const Core::Comparison &c : m_library->annotations().comparisons()) {
        const QString label = tr("Comparison “%1” (%n paper(s))", nullptr, int(c.papers.size())).arg(c.name);
        const int score = fuzzyScore(text, label);
        if (score >= 0)
            entries.append({score + 25, label, ComparisonEntry, c.name, {}});
    }
    if (!text.isEmpty()) {
        for (const Core::DayInfo &d : m_library->catalog().days()) {
            const QString iso = d.date.toString(Qt::ISODate);
            const int score = fuzzyScore(text, iso + u' ' + QLocale().toString(d.date, QLocale::LongFormat) + u' ' + Core::dayLabel(d.date));
            if (score >= 0)
                entries.append({score, tr("Day %1 (%n paper(s))", nullptr, d.paperCount).arg(iso), DayEntry, iso, d.date});
        }
        if (text.size() >= 2) {
            for (const Core::SearchHit &h : m_library->searchIndex().search(Core::SearchQuery::parse(text), 15))
                entries.append({90, tr("Paper %1 — %2").arg(h.arxivId, h.title), PaperEntry, h.arxivId, h.day});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.score > b.score; });
    m_list->clear();
    for (const Entry &e : entries.mid(0, 200)) {
        auto *item = new QListWidgetItem(e.label, m_list);
        item->setData(KindRole, e.kind);
        item->setData(PayloadRole, e.payload);
        item->setData(DayRole, e.day);
        item->setIcon(e.icon);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::activate()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int kind = item->data(KindRole).toInt();
    const QString payload = item->data(PayloadRole).toString();
    const QDate day = item->data(DayRole).toDate();
    accept();
    if (kind == ActionEntry) {
        if (QAction *a = m_actions->action(payload))
            a->trigger();
    } else if (kind == ComparisonEntry) {
        Q_EMIT comparisonChosen(payload);
    } else if (kind == DayEntry) {
        Q_EMIT dayChosen(day);
    } else {
        Q_EMIT paperChosen(day, payload);
    }
}

} // namespace Paperboy::Ui
