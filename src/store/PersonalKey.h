// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace portdesk {

// The person's own key: 32 random bytes that never enter a store. A store
// keeps its data key sealed to the public key this key gives (SecretBox), so
// whoever holds it reads that store's secrets.
//
// Found in this order:
//   1. PORTDESK_STORE_KEY: the key as base64 (a server, a script, CI);
//   2. the desktop's keyring (Secret Service, KWallet), when the program
//      installed one with setKeyring() (the app and portdesk-cli do, when a
//      session bus is there);
//   3. the key file, $XDG_CONFIG_HOME/portdesk/store.key (mode 0600).
// When none has a key, obtain() makes one and keeps it in the keyring, else
// in the key file.
class PersonalKey {
    Q_DECLARE_TR_FUNCTIONS(PersonalKey)

public:
    QByteArray bytes;  // 32 bytes; empty when none was found
    QString where;     // translated: "PORTDESK_STORE_KEY", "the keyring", the file's path
    QString problem;   // translated, when a source holds something that is not a key

    bool isValid() const { return bytes.size() == 32; }

    // The key as found, without making one.
    static PersonalKey find();
    // find(), or a new key kept in the keyring or the key file.
    static PersonalKey obtain();
    static QString keyFilePath();
    static QString environmentVariable() { return QStringLiteral("PORTDESK_STORE_KEY"); }
    // The text form of a key (base64), as the environment variable and the
    // key file hold it.
    static QString toText(const QByteArray &key);
    static QByteArray fromText(const QString &text);

    // A keyring: read gives the stored text (empty: none) and false when the
    // keyring cannot be used; write stores text and says whether it could.
    struct Keyring {
        QString name; // translated, "the keyring"
        std::function<bool(QString *text)> read;
        std::function<bool(const QString &text)> write;
    };
    static void setKeyring(const Keyring &keyring);
};

} // namespace portdesk
