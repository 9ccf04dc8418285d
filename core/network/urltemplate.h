// The URL of a digest source that names each day through placeholders: {date}, {yyyy}, {mm}, {dd}.
#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUrl>

namespace Paperboy::Core {

// A placeholder is "{", a letter, then letters, digits or "_", and "}"; it is replaced in one pass,
// so nothing a replacement brings is replaced again. Other braces are literal text, and so is an
// encoded brace ("%7Bdate%7D"). For 2025-05-09:
//
//   "https://x.org/d/{date}.md"                     -> https://x.org/d/2025-05-09.md
//   "https://x.org/paper_logs/{yyyy}/{mm}/{dd}.md"  -> https://x.org/paper_logs/2025/05/09.md
//   "https://x.org/api?day={date}&f={"a":1}"        -> https://x.org/api?day=2025-05-09&f=%7B%22a%22:1%7D
//   "https://x.org/%7Bdate%7D/{date}.md"            -> https://x.org/%7Bdate%7D/2025-05-09.md
//   "https://x.org/100%{dd}.md"                     -> https://x.org/100%2509.md (a lone % stays a %)
//
// check() refuses what cannot name exactly one day, or names it somewhere it should not:
//
//   "https://x.org/{yyyy}/{mm}.md"       -> no day: {date}, or {yyyy}, {mm} and {dd} together
//   "https://x.org/{YYYY}/{date}.md"     -> unknown placeholder {YYYY}
//   "https://{yyyy}.x.org/{date}.md"     -> outside the path and query (the host stays one host)
//   "https://x.org/index.html"           -> fine: no placeholder, an index page
class UrlTemplate
{
    Q_DECLARE_TR_FUNCTIONS(UrlTemplate)

public:
    // True when url has {date}, {yyyy}, {mm} or {dd}: a template rather than an index page.
    static bool isTemplate(const QString &url);
    // Success for an index URL (no placeholder) and for a template that names one day; otherwise
    // the reason, in words.
    static Status check(const QString &url);
    // url with its placeholders replaced for day. Unknown placeholders are left as literal text;
    // check() refuses them before a source is stored.
    static QUrl expand(const QString &url, const QDate &day);
};

} // namespace Paperboy::Core
