// The top-level block structure of a Markdown text as md4c sees it, with source offsets.
#pragma once

#include <QByteArray>
#include <QList>

namespace Paperboy::Core {

// md4c parses without building a tree; this keeps just what the digest layouts need: every top-level
// block with the byte offset of the line it starts on, the plain text of headings and paragraphs, the
// bold text it opens with, and for ordered lists (for all lists, when asked) each item's start and bold
// lead. Offsets index the buffer given to parse().
class MarkdownOutline
{
public:
    enum class BlockType { Heading, Paragraph, Code, OrderedList, UnorderedList, Quote, Rule, Table, Html, Other };

    struct Item {
        qsizetype start = -1; // offset of the line holding the item's first text
        int number = 0;
        QByteArray leadStrong; // bold text the item opens with, empty when it does not
    };

    struct Block {
        BlockType type = BlockType::Other;
        int level = 0; // heading level
        qsizetype start = -1; // offset of the line holding the block's first text; -1 when it has none
        QByteArray text; // plain text of a heading or paragraph (empty for other blocks)
        QByteArray leadStrong;
        bool onlyStrong = false; // the whole text is bold (a "**1. Motivation**" line)
        QByteArray codeLang;
        char fenceChar = 0; // '`' or '~' for fenced code, 0 for indented
        qsizetype codeEnd = -1; // offset just past the last code text
        QByteArray href; // first link target inside the block
        QList<Item> items; // of an ordered list (of a bullet list too with Items::AllLists)
    };

    // Full: everything above. Structure: no paragraph text and no link targets (headings keep
    // their text), which spares copying the whole text of a long summary.
    enum class Detail { Full, Structure };
    // The lists whose items are kept: ordered ones (the "1. **Title**" sections), or bullet lists too
    // (the "- ***Label***: text" sections of the log layout).
    enum class Items { Ordered, AllLists };
    // Parses UTF-8 text. md4c flags: CommonMark plus tables and permissive autolinks; no strikethrough,
    // so the plain text keeps every tilde ("0.7~1.4점", "~~old~~").
    static MarkdownOutline parse(const QByteArray &text, Detail detail = Detail::Full, Items items = Items::Ordered);

    const QList<Block> &blocks() const { return m_blocks; }

private:
    QList<Block> m_blocks;
};

} // namespace Paperboy::Core
