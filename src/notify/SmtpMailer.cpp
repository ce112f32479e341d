// SPDX-License-Identifier: Apache-2.0
#include "SmtpMailer.h"

#include <QLocale>
#include <QTimeZone>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace portdesk {

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// A header's value on one line: no CR or LF from the data can start a header of its own.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

// RFC 2047 for a header with other than ASCII.
QByteArray encodedHeader(const QString &text)
{
    const QByteArray utf8 = oneLine(text).toUtf8();
    bool ascii = true;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
    }
    if (ascii)
        return utf8;
    return QByteArrayLiteral("=?UTF-8?B?") + utf8.toBase64() + QByteArrayLiteral("?=");
}

struct Upload {
    QByteArray data;
    qsizetype at = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->at);
    const size_t n = left < room ? left : room;
    if (n > 0) {
        std::memcpy(buffer, upload->data.constData() + upload->at, n);
        upload->at += qsizetype(n);
    }
    return n;
}

QByteArray angle(const QString &address)
{
    return QByteArrayLiteral("<") + oneLine(address).trimmed().toUtf8() + QByteArrayLiteral(">");
}

} // namespace

SmtpMailer::SmtpMailer(const NotifySettings &settings, const QString &password)
    : m_settings(settings), m_password(password)
{
    initCurl();
}

QByteArray SmtpMailer::messageId(qint64 outboxId, const QString &sender)
{
    QString domain = sender.section(QLatin1Char('@'), -1).trimmed();
    if (domain.isEmpty() || !sender.contains(QLatin1Char('@')))
        domain = QStringLiteral("portdesk.invalid");
    return QByteArrayLiteral("<portdesk.outbox.") + QByteArray::number(outboxId) + '@'
        + oneLine(domain).toUtf8() + '>';
}

QByteArray SmtpMailer::messageText(const OutgoingMail &mail, const QString &sender)
{
    const QDateTime date = (mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc())
                               .toTimeZone(QTimeZone::utc());
    QByteArray text;
    const auto header = [&text](const char *name, const QByteArray &value) {
        text += name;
        text += ": ";
        text += value;
        text += "\r\n";
    };
    header("Date",
        QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
            + " +0000");
    header("From", QByteArrayLiteral("PortDesk ") + angle(sender));
    header("To", angle(mail.recipient));
    header("Subject", encodedHeader(mail.subject));
    header("Message-ID", messageId(mail.outboxId, sender));
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "8bit");
    header("Auto-Submitted", "auto-generated");
    text += "\r\n";
    QString body = mail.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text += body.toUtf8().replace('\n', "\r\n");
    if (!text.endsWith("\r\n"))
        text += "\r\n";
    return text;
}

bool SmtpMailer::send(const OutgoingMail &mail, QString *error)
{
    CURL *curl = curl_easy_init();
    if (!curl) {
        *error = tr("libcurl could not start.");
        return false;
    }
    Upload upload { messageText(mail, m_settings.sender), 0 };
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = angle(m_settings.sender);
    const QByteArray to = angle(mail.recipient);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds) * 2);
    long useSsl = CURLUSESSL_ALL;
    if (m_settings.startTls == NotifySettings::StartTls::Optional)
        useSsl = CURLUSESSL_TRY;
    else if (m_settings.startTls == NotifySettings::StartTls::Off
        && !m_settings.url.startsWith(QLatin1String("smtps:")))
        useSsl = CURLUSESSL_NONE;
    curl_easy_setopt(curl, CURLOPT_USE_SSL, useSsl);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return true;
    // libcurl's words name the server and the step, never the password.
    QString why = QString::fromUtf8(errorBuffer).trimmed();
    if (why.isEmpty())
        why = QString::fromUtf8(curl_easy_strerror(code));
    if (!m_password.isEmpty())
        why.replace(m_password, QStringLiteral("***"));
    *error = tr("SMTP %1: %2").arg(m_settings.url, why);
    return false;
}

} // namespace portdesk
