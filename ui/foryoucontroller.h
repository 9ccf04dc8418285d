// For you in the window: the day's papers ranked by the reader's own model, with the reasons.
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace Paperboy::Core {
class ForYou;
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class ReaderController;

// View › Sort Day For You (Shift+F) ranks the day shown by the overall model; View › For You by
// Tag… (Ctrl+Shift+F) by one tag's model. The ranking follows the reader to other days until turned
// off. The model is built in the background (Core::ForYou) when first asked for; a banner above the
// list says what the ranking rests on, that the model is still being built, or that there are not
// enough signals yet (then the digest's order stays). After a decision the scores and reasons
// change in place; the rows move only when a day is shown or the ranking is asked for again, so
// the list does not jump under the reader.
class ForYouController : public QObject
{
    Q_OBJECT

public:
    ForYouController(Core::Library *library, ReaderController *reader, QWidget *window, QObject *parent = nullptr);

    // The line above the paper list (MainWindow places it).
    QLabel *banner() const { return m_banner; }
    Core::ForYou *service() const { return m_forYou; }
    bool isOn() const { return m_on; }
    QString tag() const { return m_tag; }

public Q_SLOTS:
    // Shift+F: the day For you, or in the digest's order again.
    void toggle();
    // Ctrl+Shift+F: a tag's model, chosen from the tags that have one.
    void chooseTag();
    // For you with this tag's model ("" the overall one), or off.
    void setRanking(bool on, const QString &tag = {});

Q_SIGNALS:
    void message(const QString &text, int msecs);
    // The ranking was turned on or off (the action's check mark follows).
    void toggled(bool on);

private:
    // Ranks the day shown with the model there is; reorder: rows move to score order.
    void rank(bool reorder);
    void updateBanner(int positives, bool enough, bool ready);

    Core::Library *m_library;
    ReaderController *m_reader;
    QWidget *m_window;
    Core::ForYou *m_forYou;
    QLabel *m_banner;
    bool m_on = false;
    bool m_toTop = false; // the next ranking applied selects its first paper
    QString m_tag;
};

} // namespace Paperboy::Ui
