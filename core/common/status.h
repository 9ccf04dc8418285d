// Errors as values: a Status is success or a message meant for the user.
#pragma once

#include <QString>

namespace Paperboy::Core {

class Status
{
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(const QString &message) { return Status(message.isEmpty() ? QStringLiteral("unknown error") : message); }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }

private:
    explicit Status(const QString &message)
        : m_message(message)
    {
    }
    QString m_message;
};

} // namespace Paperboy::Core
