// A digest written to do harm: raw HTML, links of every scheme, remote and local images, a 10 MB line
// and 10,000-deep nesting. tst_hostilecontent shows it in the real windows; bench_reader times it.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace HostileDigest {

inline const QDate kDay(2025, 6, 2);
inline const QString kHtmlPaper = QStringLiteral("2506.20001");
inline const QString kLongLinePaper = QStringLiteral("2506.20002");
inline const QString kDeepPaper = QStringLiteral("2506.20003");
constexpr int kDepth = 10000;
constexpr qsizetype kLongLineBytes = 10 * 1024 * 1024;

inline QByteArray paper(const QString &id, const QByteArray &summary)
{
    const QByteArray i = id.toUtf8();
    return "## " + i + "\n🔗 https://huggingface.co/papers/" + i + "\n\n**Summary**:\n```markdown\n" + summary + "\n```\n\n---\n\n";
}

// remote: an http origin every remote reference points at (a server the test watches);
// secretFile: an existing local file that images and links point at, absolute.
inline QByteArray make(const QByteArray &remote, const QByteArray &secretFile)
{
    QByteArray html = "# Hostile <script>alert('title')</script> paper\n\n"
                      "## 1. 핵심 동기와 문제 정의\n\n"
                      "<script>alert('x')</script>\n\n"
                      "<iframe src=\""
        + remote
        + "/iframe.html\"></iframe>\n\n"
          "<img src="
        + remote
        + "/raw-img.png>\n\n"
          "<style>body { background: url("
        + remote
        + "/style.png) }</style>\n\n"
          "<link rel=\"stylesheet\" href=\""
        + remote
        + "/sheet.css\">\n\n"
          "## 2. 주요 기여 및 참신성\n\n"
          "[javascript link](javascript:alert(1)) and [file link](file://"
        + secretFile
        + ") and "
          "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and "
          "<javascript:alert(2)> and [web link](https://example.org/paper) and "
          "[plain remote]("
        + remote
        + "/page.html)\n\n"
          "## 5. 정량적 결과\n\n"
          "![remote image]("
        + remote + "/remote.png) ![local image](file://" + secretFile
        + ") "
          "![relative image](secret.png) ![absolute path image]("
        + secretFile
        + ") "
          "![data image](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\n"
          "<img src=\"file://"
        + secretFile + "\">\n";
    QByteArray line;
    line.reserve(kLongLineBytes + 64);
    while (line.size() < kLongLineBytes)
        line += "lorem 12.5% ipsum dolor sit amet, 3.1 BLEU consectetur ";
    const QByteArray longLine = "# Ten megabytes on one line\n\n## 5. 정량적 결과\n\n" + line + "\n";
    const QByteArray deep = "# Deep nesting\n\n## 1. 핵심 동기와 문제 정의\n\n" + QByteArray("- ").repeated(kDepth) + "bottom of the list\n\n"
        + "## 6. 한계점 및 잠재적 실패 요인\n\n" + QByteArray("> ").repeated(kDepth) + "bottom of the quote\n\n" + "## 7. 후속 연구 아이디어 또는 확장 방향\n\n"
        + QByteArray("1. ").repeated(kDepth) + "bottom of the numbers\n";
    return "# 📰 Hugging Face Daily Papers – 2025-06-02\n\n" + paper(kHtmlPaper, html) + paper(kLongLinePaper, longLine) + paper(kDeepPaper, deep);
}

} // namespace HostileDigest
