// SourceUrl: https by default, no credentials in URLs.
#include "sourceurl.h"

#include "network/urltemplate.h"

#include <QCoreApplication>
#include <QUrl>

namespace Paperboy::Core {

Status SourceUrl::normalize(Source::Kind kind, QString *url)
{
    QString u = url->trimmed();
    if (u.isEmpty())
        return Status::failure(QCoreApplication::translate("SourceUrl", "the source needs a URL"));
    if (!u.contains(QLatin1StringView("://")))
        u.prepend(QStringLiteral("https://"));
    if (kind == Source::Kind::Digest)
        if (const Status s = UrlTemplate::check(u); !s)
            return s;
    // A placeholder is not valid in a URL as QUrl reads it; check a day's URL instead.
    const QUrl probe = UrlTemplate::expand(u, QDate(2000, 1, 1));
    const QString scheme = probe.scheme().toLower();
    if (!probe.isValid() || probe.host().isEmpty())
        return Status::failure(QCoreApplication::translate("SourceUrl", "not a URL: %1").arg(*url));
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return Status::failure(QCoreApplication::translate("SourceUrl", "only http and https sources are supported, not %1").arg(scheme));
    if (!probe.userInfo().isEmpty())
        return Status::failure(QCoreApplication::translate("SourceUrl",
                                                           "a URL must not carry a user name or password; "
                                                           "give the secret with --token-from-stdin"));
    if (kind == Source::Kind::HuggingFace && UrlTemplate::isTemplate(u))
        return Status::failure(QCoreApplication::translate("SourceUrl",
                                                           "a Hugging Face source takes the API base "
                                                           "(e.g. https://huggingface.co), not a {date} template"));
    *url = u;
    return Status::success();
}

} // namespace Paperboy::Core
