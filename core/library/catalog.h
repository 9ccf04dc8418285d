// What the library holds, as the reader walks it: days, their papers in order, a paper in full.
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"

#include <QHash>
#include <QVariantList>

namespace Paperboy::Core {

class Catalog : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    Catalog(Library &library, Database &db)
        : Store(library, db)
    {
    }

    bool isEmpty() const;
    QList<DayInfo> days() const;
    // Newest first, a window of them: what the day list loads as it scrolls.
    QList<DayInfo> days(int offset, int limit) const;
    int dayCount() const;
    bool hasDay(const QDate &day) const;
    // The reader's days: those with a digest and those only a daily-papers listing has, newest
    // first, with withoutDigest counted; limit -1 = all.
    QList<DayInfo> readerDays(int offset, int limit) const;
    int readerDayCount() const;

    // The days that list any of the papers, with their counts (as readerDays gives them).
    QList<DayInfo> readerDaysOf(const QStringList &arxivIds) const;
    // How many of the papers some digest lists (stars and read state count only those).
    int countListed(const QStringList &arxivIds) const;

    QList<PaperListing> papersOfDay(const QDate &day) const;
    // Only those of the papers the day lists, in their order: one query for any number.
    QList<PaperListing> papersOfDay(const QDate &day, const QStringList &arxivIds) const;
    // The papers named, each as its newest day lists it, in the order given (those no digest lists
    // are left out): one query for any number.
    QList<PaperListing> papersNamed(const QStringList &arxivIds) const;
    // The section headings of every paper of a day, by arXiv id: one query for the whole day.
    QHash<QString, QList<SectionHeading>> sectionsOfDay(const QDate &day) const;
    // The paper as it appears on day (its latest day when day is null): the summary of publisherId
    // when the day has one, else the one the day shows.
    std::optional<PaperDetail> paper(const QString &arxivId, const QDate &day = {}, qint64 publisherId = 0) const;
    // The first unread paper after (day, position) in reading order: the rest of that day, then the
    // older days, then from the newest day down to where it started. Nothing when all are read.
    // Muted papers and papers an earlier day listed with the same summary are not counted (as the
    // days' unread counts do not count them).
    std::optional<PaperListing> nextUnread(const QDate &day, int position) const;
    // Papers listed on a day in [from, to] in reading order (newest day first, then by position);
    // a null date leaves that end open. A paper on several days comes once, at its newest day.
    QList<PaperListing> papersBetween(const QDate &from, const QDate &to) const;
    // The days a paper is listed on, newest first.
    QList<QDate> daysOf(const QString &arxivId) const;

private:
    QList<PaperListing> listings(const QString &where, const QVariantList &binds) const;
};

} // namespace Paperboy::Core
