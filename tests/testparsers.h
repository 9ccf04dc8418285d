// Real parsers for checking exports in tests: an RFC 4180 CSV reader and md4c's view of Markdown tables.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <md4c.h>

namespace TestParsers {

// RFC 4180 reader: quoted fields with "" escapes, CRLF or LF records.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// md4c's view of a Markdown document's tables: rows, each a list of cell texts.
struct MdTables {
    QList<QStringList> rows;
    int tables = 0;
    bool inCell = false;
};

inline QList<QStringList> markdownTableRows(const QByteArray &markdown, int *tables)
{
    MdTables t;
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES;
    parser.enter_block = [](MD_BLOCKTYPE type, void *, void *u) {
        auto *t = static_cast<MdTables *>(u);
        if (type == MD_BLOCK_TABLE)
            ++t->tables;
        else if (type == MD_BLOCK_TR)
            t->rows.append(QStringList());
        else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            t->rows.last().append(QString());
            t->inCell = true;
        }
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *u) {
        if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
            static_cast<MdTables *>(u)->inCell = false;
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *text, MD_SIZE size, void *u) {
        auto *t = static_cast<MdTables *>(u);
        if (t->inCell)
            t->rows.last().last() += QString::fromUtf8(text, qsizetype(size));
        return 0;
    };
    if (md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &t) != 0)
        return {};
    *tables = t.tables;
    return t.rows;
}

} // namespace TestParsers
