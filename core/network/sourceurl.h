// Checks and normalises the URL a user gives for a source.
#pragma once

#include "common/status.h"
#include "library/library.h"

namespace Paperboy::Core {

// "example.org/d/{date}.md"            -> "https://example.org/d/{date}.md" (https unless typed)
// "http://127.0.0.1:8080/{date}.md"   -> kept: the user typed http
// "ftp://…", "https://user:pw@host/…" -> refused (only http(s); secrets go to the keychain)
// "example.org/{yyyy}/{mm}.md"        -> refused: a digest template must pass UrlTemplate::check
// A Hugging Face source takes the API base ("https://huggingface.co") and no placeholder.
class SourceUrl
{
public:
    static Status normalize(Source::Kind kind, QString *url);
};

} // namespace Paperboy::Core
