// One way a day's digest file is laid out, behind one interface; DigestLayoutRegistry lists them.
#pragma once

#include "digest.h"
#include "digestparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QString>

namespace Paperboy::Core {

// A layout recognises its files by their structure and reads them into the same Digest values.
// DigestParser hands it the text already checked and normalised (UTF-8, "\n" line ends, no BOM);
// a layout holds no state and the registry's instances are shared across threads.
// docs/FORMAT.md describes each layout and how to add one.
class DigestLayout
{
public:
    DigestLayout() = default;
    virtual ~DigestLayout() = default;
    Q_DISABLE_COPY_MOVE(DigestLayout)

    // The stable name: Digest::layout, diagnostics, docs ("hf-daily", "paper-log").
    virtual QString name() const = 0;
    // What a file of this layout has, for the error of a file no layout recognises (translated):
    // "'## <arXiv id>' headings".
    virtual QString expectation() const = 0;
    // How much text looks like this layout, from its structure alone (never the file name): 0 when
    // not at all, else more for more of its marks (its paper headings, its day heading).
    virtual int recognitionScore(QByteArrayView text) const = 0;
    // Reads the normalised text into digest (date, title, papers, diagnostics; its layout is set by
    // the caller). texts, when given, gets the long texts instead of the papers (DigestUtf8).
    virtual void parse(const QByteArray &text, const QString &fileName, Digest &digest, DigestUtf8 *texts) const = 0;

protected:
    // The first YYYY-MM-DD in text, or an invalid date.
    static QDate dateIn(QStringView text);
    // A file name that starts with YYYY-MM-DD ("2025-05-24.md", "/x/2025-05-24-ko.md").
    static QDate dateOfFileName(const QString &path);
    // A path that ends in YYYY/MM/DD.md (".../paper_logs/2023/11/20.md").
    static QDate dateOfPath(const QString &path);

    // The file is refused for listing more papers than a day holds (DigestParser::MaxPapersPerDay):
    // true, with the error in digest.
    static bool refuseTooManyPapers(qsizetype papers, const QString &fileName, Digest &digest);

    // The ids a file lists, each admitted once: a later entry with the same id is skipped with an error.
    class PaperIds
    {
    public:
        // True the first time; else false and an error at line naming where it came first.
        bool admit(const QString &id, int line, const QString &fileName, Digest &digest);

    private:
        QHash<QString, int> m_seen;
    };
};

} // namespace Paperboy::Core
