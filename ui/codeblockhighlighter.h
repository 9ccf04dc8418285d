// Highlights fenced code blocks in a rendered summary with KF6 SyntaxHighlighting, per block language.
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <QSyntaxHighlighter>

namespace Paperboy::Ui {

// Qt's Markdown import marks each line of a fenced block with its language
// (QTextFormat::BlockCodeLanguage); KSyntaxHighlighting's own SyntaxHighlighter colours a whole
// document in one language, so this one picks the definition per block and leaves prose alone.
class CodeBlockHighlighter : public QSyntaxHighlighter, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT

public:
    // dark: use the repository's default dark theme (follows the window palette).
    CodeBlockHighlighter(QTextDocument *document, bool dark);

    // Whether a language name (a fence's info string) has a definition.
    static bool knowsLanguage(const QString &language);

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
};

} // namespace Paperboy::Ui
