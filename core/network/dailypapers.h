// Hugging Face's daily papers: the endpoint of a day and its JSON read into PaperMeta values.
#pragma once

#include "library/library.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QUrl>

#include <optional>

namespace Paperboy::Core {

// GET {base}/api/daily_papers?date=YYYY-MM-DD answers a JSON array, one object a paper:
//
//   [{"paper": {"id": "2505.16938", "title": "NovelSeek: …", "summary": "<abstract>",
//               "authors": [{"name": "Jiakang Yuan"}, …], "upvotes": 120,
//               "publishedAt": "2025-05-22T17:59:58.000Z", "ai_summary": "…",
//               "ai_keywords": ["closed-loop", …], "githubRepo": "https://github.com/…"},
//     "numComments": 3, …}, …]
//
// Fields beyond these are ignored, missing optional ones stay empty; a body that is not such an
// array, or an entry without paper.id, makes the whole day a bad format (nothing is stored).
class DailyPapers
{
    // The context lupdate files these strings under (translations/paperboy_ko.ts).
    Q_DECLARE_TR_FUNCTIONS(Paperboy::Core::DailyPapers)

public:
    static constexpr const char *DefaultBase = "https://huggingface.co";

    static QUrl url(const QString &base, const QDate &day);
    // The papers in the list's order; nothing (and *error says why) when the body is malformed.
    static std::optional<QList<PaperMeta>> parse(const QByteArray &json, QString *error = nullptr);
};

} // namespace Paperboy::Core
