// Reads an index page (HTML, a Markdown list or plain lines) for the digest files it links to.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QUrl>

namespace Paperboy::Core {

// A digest file is a link or word whose file name is "YYYY-MM-DD*.md", resolved against the
// index's URL:
//
//   <a href="2025-05-24.md">            -> 2025-05-24: <index folder>/2025-05-24.md
//   - [May 24](daily/2025-05-24-ko.md)  -> 2025-05-24: <index folder>/daily/2025-05-24-ko.md
//   https://cdn.example.org/2025-05-23.md -> 2025-05-23: that URL
//   notes.md, 2025-13-01.md              -> (ignored: no date, not a date)
//
// Links to other schemes are ignored, and so are http links on an https index (no downgrade).
// When several files share a date the shortest name wins ("2025-05-24.md" over
// "2025-05-24-draft.md"), then the first listed.
class DigestIndex
{
public:
    static QMap<QDate, QUrl> parse(const QByteArray &body, const QUrl &indexUrl);
};

} // namespace Paperboy::Core
