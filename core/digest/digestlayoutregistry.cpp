// DigestLayoutRegistry: a new layout is one more line here (docs/FORMAT.md, "Adding a layout").
#include "digestlayoutregistry.h"

#include "hfdigestlayout.h"
#include "paperloglayout.h"

#include <memory>
#include <vector>

namespace Paperboy::Core {

namespace {

struct Registry {
    std::vector<std::unique_ptr<const DigestLayout>> owned;
    QList<const DigestLayout *> list;

    Registry()
    {
        add(std::make_unique<HfDigestLayout>());
        add(std::make_unique<PaperLogLayout>());
    }

    void add(std::unique_ptr<const DigestLayout> layout)
    {
        list.append(layout.get());
        owned.push_back(std::move(layout));
    }
};

// Made on first use (thread-safe), never changed after.
const Registry &registry()
{
    static const Registry r;
    return r;
}

// The structure shows in a file's first lines: its day heading and first papers.
constexpr qsizetype kHeadBytes = 64 * 1024;

const DigestLayout *best(QByteArrayView text)
{
    const DigestLayout *winner = nullptr;
    int top = 0;
    for (const DigestLayout *layout : registry().list) {
        const int score = layout->recognitionScore(text);
        if (score > top) {
            top = score;
            winner = layout;
        }
    }
    return winner;
}

} // namespace

const QList<const DigestLayout *> &DigestLayoutRegistry::layouts()
{
    return registry().list;
}

const DigestLayout *DigestLayoutRegistry::find(QStringView name)
{
    for (const DigestLayout *layout : registry().list)
        if (layout->name() == name)
            return layout;
    return nullptr;
}

const DigestLayout *DigestLayoutRegistry::recognise(const QByteArray &text)
{
    QByteArrayView head(text);
    if (head.size() > kHeadBytes) {
        const qsizetype lastLineEnd = head.first(kHeadBytes).lastIndexOf('\n');
        head = head.first(lastLineEnd < 0 ? kHeadBytes : lastLineEnd + 1);
    }
    if (const DigestLayout *layout = best(head))
        return layout;
    return head.size() < text.size() ? best(text) : nullptr;
}

} // namespace Paperboy::Core
