// libFuzzer target: checkSyncFile (fuzzchecks.h) on every input; a broken promise aborts like a crash.
#include "fuzzchecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString broken = Paperboy::Fuzz::checkSyncFile(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", broken.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
