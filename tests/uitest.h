// Shared set-up of the window tests: a fresh library with the corpus day, and answering dialogs.
#pragma once

#include "library/library.h"
#include "testcorpus.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace UiTest {

// Answers the next modal dialog of type T with f, from inside its exec().
template<typename T, typename F>
void answerDialog(QObject *context, F f)
{
    QTimer::singleShot(0, context, [f] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        f(dialog);
    });
}

// Default settings (papers are not marked read by time) and a new library file in dir holding the
// corpus day of 2025-05-24 (tests/data/digests); null when that fails.
inline std::unique_ptr<Paperboy::Core::Library> freshLibrary(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
    static int n = 0;
    auto lib = std::make_unique<Paperboy::Core::Library>();
    if (!lib->open(dir.filePath(QStringLiteral("lib%1.sqlite").arg(++n))).ok())
        return nullptr;
    if (lib->importer().importFile(TestCorpus::day()).outcome == Paperboy::Core::ImportResult::Outcome::Rejected)
        return nullptr;
    return lib;
}

} // namespace UiTest
