// md4c callbacks folded into a list of top-level blocks.
#include "markdownoutline.h"

#include <md4c.h>

namespace Paperboy::Core {

namespace {

struct Walker {
    const char *begin = nullptr;
    const char *end = nullptr;
    QList<MarkdownOutline::Block> blocks;
    bool full = true; // keep paragraph text and link targets
    bool allLists = false; // keep the items of bullet lists too
    int depth = 0; // 0 outside the document, 1 inside it, 2 inside a top-level block
    int itemDepth = 0; // depth of the current item of a top-level ordered list, 0 when none
    int strongDepth = 0;
    bool blockHasText = false;
    bool itemHasText = false;
    bool capturingBlockStrong = false;
    bool capturingItemStrong = false;
    bool textAfterStrong = false;

    MarkdownOutline::Block *current() { return blocks.isEmpty() || depth < 2 ? nullptr : &blocks.last(); }

    qsizetype lineStartOf(const char *p) const
    {
        if (p < begin || p >= end)
            return -1;
        const char *q = p;
        while (q > begin && q[-1] != '\n')
            --q;
        return q - begin;
    }

    static MarkdownOutline::BlockType typeOf(MD_BLOCKTYPE t)
    {
        using BT = MarkdownOutline::BlockType;
        switch (t) {
        case MD_BLOCK_H: return BT::Heading;
        case MD_BLOCK_P: return BT::Paragraph;
        case MD_BLOCK_CODE: return BT::Code;
        case MD_BLOCK_OL: return BT::OrderedList;
        case MD_BLOCK_UL: return BT::UnorderedList;
        case MD_BLOCK_QUOTE: return BT::Quote;
        case MD_BLOCK_HR: return BT::Rule;
        case MD_BLOCK_TABLE: return BT::Table;
        case MD_BLOCK_HTML: return BT::Html;
        default: return BT::Other;
        }
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        ++depth;
        if (depth == 2) {
            MarkdownOutline::Block b;
            b.type = typeOf(type);
            if (type == MD_BLOCK_H)
                b.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            if (type == MD_BLOCK_CODE) {
                auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
                b.codeLang = QByteArray(d->lang.text, d->lang.size);
                b.fenceChar = d->fence_char;
            }
            blocks.append(b);
            blockHasText = false;
            capturingBlockStrong = false;
            textAfterStrong = false;
        } else if (depth == 3 && type == MD_BLOCK_LI && current()
                   && (current()->type == MarkdownOutline::BlockType::OrderedList
                       || (allLists && current()->type == MarkdownOutline::BlockType::UnorderedList))) {
            MarkdownOutline::Item item;
            item.number = int(current()->items.size()) + 1;
            current()->items.append(item);
            itemDepth = depth;
            itemHasText = false;
            capturingItemStrong = false;
        }
    }

    void leaveBlock()
    {
        if (depth == itemDepth)
            itemDepth = 0;
        if (depth == 2 && current()) {
            auto *b = current();
            b->onlyStrong = !b->leadStrong.trimmed().isEmpty() && !textAfterStrong;
        }
        --depth;
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        auto *b = current();
        if (!b)
            return;
        if (type == MD_SPAN_STRONG) {
            ++strongDepth;
            if (!blockHasText)
                capturingBlockStrong = true;
            if (itemDepth && !itemHasText)
                capturingItemStrong = true;
        } else if (type == MD_SPAN_A && full && b->href.isEmpty()) {
            auto *d = static_cast<MD_SPAN_A_DETAIL *>(detail);
            b->href = QByteArray(d->href.text, d->href.size);
        }
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_STRONG && strongDepth > 0 && --strongDepth == 0) {
            capturingBlockStrong = false;
            capturingItemStrong = false;
        }
    }

    void text(MD_TEXTTYPE type, const char *p, unsigned size)
    {
        auto *b = current();
        if (!b)
            return;
        const bool inBuffer = p >= begin && p < end;
        if (type == MD_TEXT_NULLCHAR) {
            p = "\xEF\xBF\xBD";
            size = 3;
        } else if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
            p = "\n";
            size = 1;
        }
        const QByteArrayView piece(p, size);
        if (b->start < 0 && inBuffer)
            b->start = lineStartOf(p);
        if (type == MD_TEXT_CODE && inBuffer)
            b->codeEnd = (p + size) - begin;
        // Only headings and paragraphs keep their text (the parser reads titles and link lines);
        // the summary inside a code fence is found by its offsets and is not copied.
        if (b->type == MarkdownOutline::BlockType::Heading || (full && b->type == MarkdownOutline::BlockType::Paragraph))
            b->text += piece;
        if (capturingBlockStrong)
            b->leadStrong += piece;
        else if (!b->leadStrong.isEmpty() && !piece.trimmed().isEmpty())
            textAfterStrong = true;
        blockHasText = true;
        if (itemDepth && !b->items.isEmpty()) {
            auto &item = b->items.last();
            if (item.start < 0 && inBuffer)
                item.start = lineStartOf(p);
            if (capturingItemStrong)
                item.leadStrong += piece;
            itemHasText = true;
        }
    }
};

int onEnterBlock(MD_BLOCKTYPE t, void *d, void *u)
{
    static_cast<Walker *>(u)->enterBlock(t, d);
    return 0;
}
int onLeaveBlock(MD_BLOCKTYPE, void *, void *u)
{
    static_cast<Walker *>(u)->leaveBlock();
    return 0;
}
int onEnterSpan(MD_SPANTYPE t, void *d, void *u)
{
    static_cast<Walker *>(u)->enterSpan(t, d);
    return 0;
}
int onLeaveSpan(MD_SPANTYPE t, void *, void *u)
{
    static_cast<Walker *>(u)->leaveSpan(t);
    return 0;
}
int onText(MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE n, void *u)
{
    static_cast<Walker *>(u)->text(t, p, n);
    return 0;
}

} // namespace

MarkdownOutline MarkdownOutline::parse(const QByteArray &text, Detail detail, Items items)
{
    Walker w;
    w.full = detail == Detail::Full;
    w.allLists = items == Items::AllLists;
    w.begin = text.constData();
    w.end = text.constData() + text.size();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS; // no strikethrough: titles keep their tildes (docs/FORMAT.md)
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = onLeaveSpan;
    parser.text = onText;
    md_parse(text.constData(), MD_SIZE(text.size()), &parser, &w);
    MarkdownOutline outline;
    outline.m_blocks = std::move(w.blocks);
    return outline;
}

} // namespace Paperboy::Core
