// Languages: loads and swaps the QTranslators and sets the default QLocale.
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Paperboy::App {

namespace {

QLocale::Language languageOf(const QString &code)
{
    return code == QLatin1StringView("ko") ? QLocale::Korean : QLocale::English;
}

// The locale for a language: the system's own when it speaks that language (so an English reader in
// Britain keeps day-month dates), else the language's main country.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (system.language() == languageOf(code))
        return system;
    return code == QLatin1StringView("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea) : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

Languages::Languages(QObject *parent)
    : QObject(parent)
{
}

Languages::~Languages() = default;

QStringList Languages::available()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString Languages::systemLanguage()
{
    // uiLanguages() is ordered by preference and, on Linux, honours LANGUAGE ("ko:en") before LANG.
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(tag).language();
        for (const QString &code : available())
            if (language == languageOf(code))
                return code;
    }
    return QStringLiteral("en");
}

QString Languages::apply(const QString &choice)
{
    const bool followSystem = !available().contains(choice);
    const QString code = followSystem ? systemLanguage() : choice;
    const QLocale locale = followSystem ? QLocale::system() : localeFor(code);
    if (code == m_current && locale == m_locale && m_paperboy)
        return m_current;

    // The locale first: whatever reacts to LanguageChange formats its dates in the new one.
    QLocale::setDefault(locale);
    m_locale = locale;
    m_current = code;

    delete m_paperboy; // a QTranslator removes itself from the application
    delete m_qt;
    m_paperboy = new QTranslator(this);
    // English has a .qm too: it holds the plural forms ("1 paper", "2 papers") of the %n strings.
    if (!m_paperboy->load(QStringLiteral(":/i18n/paperboy_") + code))
        qWarning("paperboy: no translation for %s", qPrintable(code));
    m_qt = new QTranslator(this);
    // Qt's own strings (standard buttons, file dialogs, --help) from qt6-translations-l10n; Qt's
    // source language is English, so there is no qtbase_en.
    const bool haveQt = m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!m_paperboy->isEmpty())
        QCoreApplication::installTranslator(m_paperboy);
    if (haveQt)
        QCoreApplication::installTranslator(m_qt);
    return m_current;
}

} // namespace Paperboy::App
