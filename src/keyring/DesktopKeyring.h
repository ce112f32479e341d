// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

namespace portdesk {

// A place for passwords (a store's, the SMTP server's): the desktop keyring,
// or, in tests, one of their own. Without read/write there is none: such a
// password is then not kept at all.
struct PasswordKeyring {
    QString name; // translated, "the desktop keyring"
    // The password of entry (empty: none kept); false when the keyring failed.
    std::function<bool(const QString &entry, QString *password)> read;
    // Keeps password under entry (an empty one removes the entry).
    std::function<bool(const QString &entry, const QString &password)> write;

    bool available() const { return bool(read) && bool(write); }
};

// Installs the desktop keyring as a place for the person's store key
// (PersonalKey::setKeyring), when this session has one: a D-Bus session bus
// and PORTDESK_KEYRING not "off". Without it, the key lives in the key file
// or PORTDESK_STORE_KEY. Call once, before the first store is opened, on the
// main thread of a Q(Core)Application.
void installDesktopKeyring();

// The desktop keyring for passwords, when this session has one (the same
// conditions as installDesktopKeyring); else a keyring that is not available().
PasswordKeyring desktopPasswordKeyring();

} // namespace portdesk
