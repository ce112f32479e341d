// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace portdesk {

// An account number, a PIN or a port-out account ID: a value that is shown
// masked unless someone reveals it. The one place that decides what a mask
// looks like, so that the GUI, the CLI, the history and the events all hide
// the same things: never the length, never a character, except the last two
// characters of an account number or account ID longer than four (what
// people check a bill against; a PIN shows nothing).
class Secret {
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
    // masked() or revealed().
    QString shown(bool reveal) const { return reveal ? m_value : masked(); }

    // The dots every mask is made of.
    static QString dots();

private:
    Kind m_kind = Kind::Pin;
    QString m_value;
};

} // namespace portdesk
