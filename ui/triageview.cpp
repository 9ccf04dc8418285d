// TriageView: the card is a SummaryView (the same header and rendering as the reader's), given
// only the sections to decide by until the card is opened in full.
#include "triageview.h"

#include "actionregistry.h"
#include "summaryview.h"

#include "digest/sectionkind.h"

#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

TriageView::TriageView(ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_progress(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_card(new SummaryView(m_pages))
    , m_done(new QTextBrowser(m_pages))
    , m_hints(new QLabel(this))
{
    setObjectName(QStringLiteral("triageView"));
    m_progress->setObjectName(QStringLiteral("triageProgress"));
    m_card->setObjectName(QStringLiteral("triageCard"));
    m_card->setAccessibleName(tr("Paper to decide on"));
    m_done->setObjectName(QStringLiteral("triageDone"));
    m_done->setAccessibleName(tr("Triage summary"));
    m_done->setOpenLinks(false);
    m_hints->setObjectName(QStringLiteral("triageHints"));
    m_hints->setWordWrap(true);
    QFont big = m_progress->font();
    big.setBold(true);
    m_progress->setFont(big);
    m_progress->setWordWrap(true);
    m_pages->addWidget(m_card);
    m_pages->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_progress);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hints);
    m_card->installEventFilter(this);
    m_done->installEventFilter(this);
    setFocusProxy(m_card);
    connect(m_actions, &QObject::destroyed, this, [this] { m_actions = nullptr; });
    updateHints();
}

PaperDetail TriageView::focused(const PaperDetail &paper)
{
    QString markdown;
    QList<Section> sections;
    for (const Section &s : paper.sections)
        if (s.kind == SectionKind::Contributions || s.kind == SectionKind::Results) {
            Section kept = s;
            kept.markdownFrom = -1;
            sections << kept;
            markdown += s.markdown.trimmed() + QStringLiteral("\n\n");
        }
    if (sections.isEmpty())
        return paper;
    // The summary's own title line stays: the header is made from it (SummaryView::headedMarkdown).
    if (const QString trimmed = paper.summaryMarkdown.trimmed(); trimmed.startsWith(QLatin1StringView("# "))) {
        const qsizetype end = trimmed.indexOf(u'\n');
        markdown.prepend(trimmed.left(end < 0 ? trimmed.size() : end) + QStringLiteral("\n\n"));
    }
    PaperDetail out = paper;
    out.summaryMarkdown = markdown;
    out.sections = sections;
    return out;
}

void TriageView::showCard(const PaperDetail &paper, bool full)
{
    m_card->showPaper(full ? paper : focused(paper));
    m_pages->setCurrentWidget(m_card);
    updateHints();
}

void TriageView::setProgress(const QString &text)
{
    m_progress->setText(text);
}

void TriageView::showDone(const QString &markdown)
{
    m_done->setMarkdown(markdown);
    m_pages->setCurrentWidget(m_done);
    updateHints();
}

bool TriageView::isDone() const
{
    return m_pages->currentWidget() == m_done;
}

void TriageView::updateHints()
{
    if (!m_actions)
        return;
    // The keys as they are now (the reader may have changed them in Settings).
    QStringList parts;
    for (QAction *a : m_actions->actionsInMenu(QStringLiteral("triage"))) {
        if (!ActionRegistry::isTriageAction(a->objectName()) || a->shortcuts().isEmpty())
            continue;
        if (isDone() && a->objectName() != QLatin1StringView("triage.undo") && a->objectName() != QLatin1StringView("triage.leave"))
            continue;
        // The menu text without its mnemonic: "&Keep" and a translation's "간직(&K)" alike.
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(u'&').remove(QStringLiteral("…"));
        parts << QStringLiteral("<b>%1</b> %2").arg(ActionRegistry::keyText(a->shortcuts().first()).toHtmlEscaped(), text.trimmed().toHtmlEscaped());
    }
    m_hints->setText(parts.join(QStringLiteral(" · ")));
}

QAction *TriageView::actionFor(const QKeyEvent *key) const
{
    if (!m_actions)
        return nullptr;
    const QKeySequence pressed(key->keyCombination());
    for (QAction *a : m_actions->actions())
        if (ActionRegistry::isTriageAction(a->objectName()) && a->isEnabled() && a->shortcuts().contains(pressed))
            return a;
    return nullptr;
}

bool TriageView::event(QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange)
        updateHints();
    return QWidget::event(event);
}

bool TriageView::eventFilter(QObject *watched, QEvent *event)
{
    // The card's keys before the window's shortcuts: accept the override, then act on the press.
    // Other keys without Ctrl or Alt stay here too: the reader's j, m or Space would act on panes
    // that are hidden (and its read timer would mark a paper nobody saw); Space pages the card.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && ((!key->text().isEmpty() && key->text().at(0).isPrint()) || key->key() == Qt::Key_Space);
        QAction *a = actionFor(key);
        if (a || plain) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (a)
                    a->trigger();
                else if (key->key() == Qt::Key_Space)
                    static_cast<QAbstractScrollArea *>(watched)->verticalScrollBar()->triggerAction(
                        key->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub : QAbstractSlider::SliderPageStepAdd);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
