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

// Markdown as a GitHub-style viewer shows it (md4c's GitHub dialect: one or two tildes strike):
// the text, struck parts inside <del>…</del>, blocks one per line.
//   "0.7~1.4점, 1.7~1.8점" -> "0.7<del>1.4점, 1.7</del>1.8점"      "0.7\~1.4점" -> "0.7~1.4점"
inline QString githubText(const QByteArray &markdown)
{
    QString out;
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *u) {
        *static_cast<QString *>(u) += u'\n';
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *, void *u) {
        if (type == MD_SPAN_DEL)
            *static_cast<QString *>(u) += QStringLiteral("<del>");
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *u) {
        if (type == MD_SPAN_DEL)
            *static_cast<QString *>(u) += QStringLiteral("</del>");
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *u) {
        *static_cast<QString *>(u) += type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral("\n") : QString::fromUtf8(text, qsizetype(size));
        return 0;
    };
    md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &out);
    return out;
}

// Every <del>…</del> of an HTML or githubText() text, in order.
inline QStringList struckParts(const QString &text)
{
    QStringList out;
    for (qsizetype at = text.indexOf(QStringLiteral("<del>")); at >= 0; at = text.indexOf(QStringLiteral("<del>"), at + 1)) {
        const qsizetype end = text.indexOf(QStringLiteral("</del>"), at);
        out << text.mid(at + 5, end < 0 ? -1 : end - at - 5);
    }
    return out;
}

} // namespace TestParsers
