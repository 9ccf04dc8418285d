// The interface language: Paperboy's and Qt's translators, and the locale for dates and numbers.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace Paperboy::App {

// Installs the translators of one language at a time and swaps them at runtime; every swap sends
// QEvent::LanguageChange (WindowHost rebuilds the window on it).
//   apply("ko") → Paperboy's :/i18n/paperboy_ko.qm and Qt's qtbase_ko.qm, dates like "2025. 5. 24."
//   apply("en") → the English plural forms (":/i18n/paperboy_en.qm"), dates like "5/24/25"
//   apply("")   → the first of the system's UI languages that Paperboy has, else English; the
//                 locale is the system's
class Languages : public QObject
{
    Q_OBJECT

public:
    explicit Languages(QObject *parent = nullptr);
    ~Languages() override;

    // The codes Paperboy has translations for, "ko" and "en"; the source strings are English.
    static QStringList available();
    // What an empty choice ("System") stands for here: "ko" or "en".
    static QString systemLanguage();

    // Returns the language now in use ("ko" or "en"). Unknown codes fall back to the system's.
    QString apply(const QString &choice);
    QString current() const { return m_current; }
    QLocale locale() const { return m_locale; }

private:
    QTranslator *m_paperboy = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
    QLocale m_locale;
};

} // namespace Paperboy::App
