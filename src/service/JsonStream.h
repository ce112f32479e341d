// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "InventoryExchange.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

// Internal to src/service: the inventory import's reader.
namespace portdesk::service {

// ---------------------------------------------------------------------------
// A JSON reader that hands out one array element at a time, so that a file
// of a million numbers is never held as one document.

class JsonStream {
public:
    explicit JsonStream(QIODevice *in) : m_in(in) { }

    qint64 offset() const { return m_consumed + m_pos; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The next character that is not white space (0 at the end), not consumed.
    char peek()
    {
        for (;;) {
            if (m_pos >= m_buf.size() && !fill())
                return 0;
            const char c = m_buf.at(m_pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
                continue;
            }
            return c;
        }
    }

    // After a member or an element: true when a comma says another follows
    // (consumed), false at the closing `close` (consumed, or a failure).
    bool another(char close)
    {
        if (peek() == ',') {
            expect(',');
            return true;
        }
        expect(close);
        return false;
    }

    bool expect(char c)
    {
        if (peek() == c) {
            ++m_pos;
            return true;
        }
        fail(InventoryExchange::tr("expected \"%1\"").arg(QLatin1Char(c)));
        return false;
    }

    // One JSON value, as its raw text.
    bool capture(QByteArray *raw)
    {
        raw->clear();
        const char first = peek();
        if (first == 0) {
            fail(InventoryExchange::tr("the file ends too early"));
            return false;
        }
        if (first == '"')
            return captureString(raw);
        if (first == '{' || first == '[') {
            int depth = 0;
            for (;;) {
                if (m_pos >= m_buf.size() && !fill()) {
                    fail(InventoryExchange::tr("the file ends too early"));
                    return false;
                }
                const char c = m_buf.at(m_pos);
                if (c == '"') {
                    QByteArray text;
                    if (!captureString(&text))
                        return false;
                    raw->append(text);
                    continue;
                }
                raw->append(c);
                ++m_pos;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
        }
        // A number, true, false or null: up to the next delimiter.
        for (;;) {
            if (m_pos >= m_buf.size() && !fill())
                return !raw->isEmpty();
            const char c = m_buf.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                return true;
            raw->append(c);
            ++m_pos;
        }
    }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = InventoryExchange::tr("at byte %1: %2").arg(offset()).arg(why);
    }

private:
    bool fill()
    {
        // Keeps the buffer small: what was consumed goes.
        if (m_pos > 0) {
            m_consumed += m_pos;
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        const QByteArray more = m_in->read(1 << 16);
        if (more.isEmpty())
            return false;
        m_buf.append(more);
        return true;
    }

    bool captureString(QByteArray *raw)
    {
        // At the opening quote.
        raw->append('"');
        ++m_pos;
        bool escaped = false;
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                fail(InventoryExchange::tr("a text never ends"));
                return false;
            }
            const char c = m_buf.at(m_pos++);
            raw->append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                return true;
        }
    }

    QIODevice *m_in;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    QString m_error;
};

inline QString keyText(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]");
    return doc.array().at(0).toString();
}

} // namespace portdesk::service
