// The translations: the .ts files match the sources and are complete, every Korean string keeps its
// placeholders and accelerators, and the window switches language at runtime.
#include "actionregistry.h"
#include "common/settings.h"
#include "importcontroller.h"
#include "languages.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "settingsdialog.h"
#include "testcorpus.h"
#include "windowhost.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Paperboy;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return QStringLiteral("%1: “%2”").arg(context, source.left(60)); }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(u"numerus") == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type").toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText(); // <numerusform>
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

// "%1", "%L2", "%n", "%Ln": what QString::arg() and tr()'s plural handling fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// The accelerator character: "&File" → "F", "파일(&F)" → "F", "Section &%1" → "%"; "&&" is a literal.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

QString fileMenuTitle(const Ui::MainWindow *window)
{
    const auto *menu = window->findChild<QMenu *>(QStringLiteral("menu.file"));
    return menu ? menu->title() : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_library.importer().importFile(TestCorpus::day()).outcome, Core::ImportResult::Outcome::Imported);
    }

    void init() { QSettings().clear(); }

    void tsFileMatchesTheSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko (every string)") << QStringLiteral("ko");
        QTest::newRow("en (plural forms only)") << QStringLiteral("en");
    }

    // What `cmake --build . --target paperboy_lupdate` would do, into a copy: it must find nothing
    // to add and nothing unfinished.
    void tsFileMatchesTheSources()
    {
        QFETCH(QString, language);
        const QString committed = QStringLiteral(PAPERBOY_SOURCE_DIR "/translations/paperboy_%1.ts").arg(language);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("paperboy_%1.ts").arg(language));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The target's lupdate project (sources and include paths of every translated target),
        // which CMake writes at configure time and turns into JSON when the target runs.
        const QString project = tmp.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.start(QStringLiteral(PAPERBOY_CMAKE),
                    {QStringLiteral("-DIN_FILE=" PAPERBOY_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                     QStringLiteral(PAPERBOY_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

        QStringList args{QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-silent")};
        if (language == QLatin1StringView("en"))
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(PAPERBOY_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString lupdateErrors = QString::fromUtf8(lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(lupdateErrors));
        // tr() in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS: lupdate files the strings under
        // the class or namespace name, which is not the context the running program asks for.
        for (const QString &line : lupdateErrors.split(u'\n'))
            if (line.contains(QLatin1StringView("lacks Q_OBJECT")))
                qWarning("%s: its strings stay untranslated (see docs/DEVELOPMENT.md, \"Translating\")", qPrintable(line));

        QString error;
        const QList<Message> before = readTs(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!after.isEmpty());

        const QString refresh = QStringLiteral("; run `cmake --build <build dir> --target paperboy_lupdate`, translate what is "
                                               "new in translations/paperboy_%1.ts and commit it (docs/DEVELOPMENT.md, "
                                               "\"Translating\")")
                                    .arg(language);
        QSet<QString> committedKeys;
        for (const Message &m : before)
            committedKeys << m.key();
        QStringList added, unfinished, dropped;
        QSet<QString> currentKeys;
        for (const Message &m : after) {
            if (m.type == QLatin1StringView("vanished") || m.type == QLatin1StringView("obsolete"))
                continue;
            currentKeys << m.key();
            if (!committedKeys.contains(m.key()))
                added << m.where();
            else if (m.type == QLatin1StringView("unfinished"))
                unfinished << m.where();
        }
        for (const Message &m : before)
            if (!currentKeys.contains(m.key()))
                dropped << m.where();
        QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 new string(s), e.g. %2").arg(added.size()).arg(added.mid(0, 10).join(u'\n')) + refresh));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished string(s), e.g. %2").arg(unfinished.size()).arg(unfinished.mid(0, 10).join(u'\n')) + refresh));
        // Strings the sources no longer have cost nothing at runtime; the next lupdate run drops them.
        if (!dropped.isEmpty())
            qWarning(
                "%s",
                qPrintable(QStringLiteral("%1 string(s) no longer in the sources, e.g. %2").arg(dropped.size()).arg(dropped.mid(0, 10).join(u'\n')) + refresh));
    }

    void translationsKeepPlaceholdersAndKeys_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ko") << QStringLiteral("ko") << 1; // Korean counts without plural forms
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    void translationsKeepPlaceholdersAndKeys()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(PAPERBOY_SOURCE_DIR "/translations/paperboy_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        static const QRegularExpression koreanMnemonic(QStringLiteral("\\(&[^)&]+\\)"));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << m.where() + QStringLiteral(": ") + m.type;
                continue;
            }
            if (m.forms.size() != (m.numerus ? pluralForms : 1)) {
                problems << m.where() + QStringLiteral(": %1 form(s)").arg(m.forms.size());
                continue;
            }
            for (const QString &t : m.forms) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << m.where() + QStringLiteral(": empty");
                if (placeholders(t) != placeholders(m.source))
                    problems << m.where() + QStringLiteral(": placeholders %1 became %2").arg(placeholders(m.source).join(u' '), placeholders(t).join(u' '));
                // The same key opens the same menu item in either language.
                if (mnemonic(t) != mnemonic(m.source))
                    problems << m.where() + QStringLiteral(": accelerator “%1” became “%2”").arg(mnemonic(m.source), mnemonic(t));
                if (language == QLatin1StringView("ko") && !mnemonic(t).isEmpty() && !koreanMnemonic.match(t).hasMatch())
                    problems << m.where() + QStringLiteral(": Korean accelerators go in parentheses, like 파일(&F)");
                if (m.source.endsWith(u'…') != t.endsWith(u'…'))
                    problems << m.where() + QStringLiteral(": the ellipsis (…) of a command that asks for more must stay");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compiledTranslationsAreBuiltIn()
    {
        for (const QString &code : App::Languages::available()) {
            QTranslator t;
            QVERIFY2(t.load(QStringLiteral(":/i18n/paperboy_") + code), qPrintable(code));
            QVERIFY(!t.isEmpty());
        }
    }

    // A digest's problems speak the interface's language too ("경고:", not "warning:"), and so does
    // what an import says it brought.
    void diagnosticsAndImportReportsAreTranslated()
    {
        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/paperboy_ko")));
        QVERIFY(QCoreApplication::installTranslator(&ko));
        Core::Diagnostic d;
        d.file = QStringLiteral("/x/2025-05-24.md");
        d.line = 3;
        d.message = QStringLiteral("no summary");
        d.paperId = QStringLiteral("2505.00001");
        const QString shown = d.toString();
        Core::ImportResult r{Core::ImportResult::Outcome::Imported, d.file, QDate(2025, 5, 24), 4, {d}};
        const QString summary = Ui::ImportController::report({r}, false).summary;
        QCoreApplication::removeTranslator(&ko);
        QCOMPARE(shown, QStringLiteral("/x/2025-05-24.md:3: 경고: no summary (논문 2505.00001)"));
        QVERIFY2(summary.contains(QStringLiteral("논문 4편")) && summary.contains(QStringLiteral("가져옴")), qPrintable(summary));
        QCOMPARE(d.toString(), QStringLiteral("/x/2025-05-24.md:3: warning: no summary (paper 2505.00001)"));
    }

    // Korean through the settings dialog, then English at runtime: the window is rebuilt in the new
    // language on the same paper, and dates, plurals and Qt's own buttons follow.
    void windowSwitchesLanguageAtRuntime()
    {
        App::Languages languages;
        QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
        Ui::SettingsDialog::setLanguageSwitch([&languages](const QString &choice) { languages.apply(choice); });
        App::WindowHost host(&m_library);
        QSignalSpy rebuilt(&host, &App::WindowHost::windowRebuilt);
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QCOMPARE(fileMenuTitle(host.window()), QStringLiteral("&File"));
        QVERIFY(host.window()->reader()->selectPaper(QStringLiteral("2505.94810")));

        {
            Ui::SettingsDialog dialog(host.window()->actions(), host.window());
            QComboBox *combo = dialog.languageCombo();
            QCOMPARE(combo->currentData().toString(), QString()); // the system's by default
            combo->setCurrentIndex(combo->findData(QStringLiteral("ko")));
            dialog.accept();
        }
        QCOMPARE(Core::Settings::instance().language(), QStringLiteral("ko"));
        QCOMPARE(languages.current(), QStringLiteral("ko"));
        QTRY_COMPARE(rebuilt.count(), 1); // one rebuild for all of the translator swaps
        Ui::MainWindow *korean = host.window();
        QVERIFY(korean->isVisible());
        QCOMPARE(fileMenuTitle(korean), QStringLiteral("파일(&F)"));
        QCOMPARE(korean->windowTitle(), QStringLiteral("Paperboy"));
        QCOMPARE(korean->reader()->currentPaperId(), QStringLiteral("2505.94810")); // restored by the new window
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QCOMPARE(QCoreApplication::translate("Paperboy::Ui::MainWindow", "%n paper(s) on this day", nullptr, 3), QStringLiteral("이 날짜의 논문 3편"));
        QDialogButtonBox qtButtons(QDialogButtonBox::Cancel);
        QCOMPARE(qtButtons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소")); // qtbase_ko.qm

        QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(rebuilt.count(), 2);
        QCOMPARE(fileMenuTitle(host.window()), QStringLiteral("&File"));
        QCOMPARE(host.window()->reader()->currentPaperId(), QStringLiteral("2505.94810"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("Paperboy::Ui::MainWindow", "%n paper(s) on this day", nullptr, 1), QStringLiteral("1 paper on this day"));
        QCOMPARE(QCoreApplication::translate("Paperboy::Ui::MainWindow", "%n paper(s) on this day", nullptr, 2), QStringLiteral("2 papers on this day"));

        // The same language again changes nothing.
        languages.apply(QStringLiteral("en"));
        QTest::qWait(50);
        QCOMPARE(rebuilt.count(), 2);
        Ui::SettingsDialog::setLanguageSwitch({});
    }

    // Without a choice the binary follows the system's language: its help and CLI errors are Korean
    // under a Korean locale and English under C.
    void binaryFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("error");
        QTest::newRow("ko_KR") << QStringLiteral("ko_KR.UTF-8") << QStringLiteral("매일 나오는 AI 논문 다이제스트 리더.")
                               << QStringLiteral("search에는 검색어가 필요합니다");
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("A reader for daily AI-paper digests.") << QStringLiteral("search needs a query");
    }

    void binaryFollowsTheSystemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, help);
        QFETCH(QString, error);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(p.readAllStandardOutput()).contains(help), qPrintable(help));

        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), home.filePath(QStringLiteral("lib.sqlite")), QStringLiteral("search")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(error), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
