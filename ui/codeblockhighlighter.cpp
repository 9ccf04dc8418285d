// CodeBlockHighlighter: KSyntaxHighlighting state is carried from line to line in block user data.
#include "codeblockhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>
#include <QTextDocument>

namespace Paperboy::Ui {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo; // loading the definitions takes a while: once per process
    return repo;
}

KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    if (language.isEmpty())
        return {};
    auto def = repository().definitionForName(language);
    if (!def.isValid())
        def = repository().definitionForFileName(QStringLiteral("x.") + language);
    return def;
}

struct LineState : QTextBlockUserData {
    KSyntaxHighlighting::State state;
    QString language;
};

QString languageOf(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage).trimmed().toLower();
}

} // namespace

CodeBlockHighlighter::CodeBlockHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
}

bool CodeBlockHighlighter::knowsLanguage(const QString &language)
{
    return definitionFor(language.toLower()).isValid();
}

void CodeBlockHighlighter::highlightBlock(const QString &text)
{
    const QString language = languageOf(currentBlock());
    const auto def = definitionFor(language);
    if (!def.isValid())
        return;
    if (definition() != def)
        setDefinition(def);
    KSyntaxHighlighting::State previous;
    const QTextBlock prevBlock = currentBlock().previous();
    if (auto *data = dynamic_cast<LineState *>(prevBlock.userData()); data && data->language == language)
        previous = data->state;
    auto *data = new LineState;
    data->language = language;
    data->state = highlightLine(text, previous);
    setCurrentBlockUserData(data);
}

void CodeBlockHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(theme()))
        f.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        f.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    setFormat(offset, length, f);
}

} // namespace Paperboy::Ui
