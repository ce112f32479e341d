// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace portdesk {

// An account number, a PIN or a port-out account ID: a value that is shown
// masked unless someone reveals it. The one place that decides what a mask
// looks like, so that the GUI, the CLI, the history and the events all hide
// the same things: never the length, never a character, except the last two
// characters of an account number or account ID longer than four (what
// people check a bill against; a PIN shows nothing).
class Secret {
    Q_DECLARE_TR_FUNCTIONS(Secret)

public:
    enum class Kind { AccountNumber, Pin };

    Secret() = default;
    Secret(Kind kind, const QString &value) : m_kind(kind), m_value(value) { }
    static Secret accountNumber(const QString &value) { return { Kind::AccountNumber, value }; }
    static Secret pin(const QString &value) { return { Kind::Pin, value }; }

    bool isEmpty() const { return m_value.trimmed().isEmpty(); }
    // The value itself: for what needs it (the LOA, a reveal the user asked for).
    const QString &revealed() const { return m_value; }
    // Empty for an empty secret; else a fixed row of dots, plus the last two
    // characters of a long enough account number.
    QString masked() const;
    // masked() or revealed(); for a value that stays sealed, what says so.
    QString shown(bool reveal) const;
    // False for a value that stays sealed (the store's key is missing or
    // another: see SecretBox): its mask is dots only, and it can be neither
    // shown nor put on an LOA.
    bool isReadable() const { return !isSealed(m_value); }

    // A value as the store keeps it at rest: "pdsealed1:" and base64.
    static QString sealedPrefix() { return QStringLiteral("pdsealed1:"); }
    static bool isSealed(const QString &text) { return text.startsWith(QLatin1String("pdsealed1:")); }
    // What is shown for a sealed value asked to be revealed.
    static QString unreadableText();

    // The dots every mask is made of.
    static QString dots();

private:
    Kind m_kind = Kind::Pin;
    QString m_value;
};

} // namespace portdesk
