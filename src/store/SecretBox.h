// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portdesk {

// The store's data key and what it does: seals a secret (an account number,
// a PIN, a port-out account ID) before it is written and opens it when it is
// read (libsodium's XChaCha20-Poly1305: each value with its own random nonce,
// so two equal PINs are two different texts, and a changed byte is found).
//
// A sealed value is text, "pdsealed1:" and the base64 of nonce and cipher
// text (Secret::isSealed knows the prefix), so it goes where the plain value
// went: a column, a member of a request's JSON, an event's payload.
//
// Without the data key (no key for this user, or a different one) the box is
// locked: a sealed value stays sealed when read (shown as "cannot be read"),
// and is written back unchanged, so a change that does not touch a secret
// still works and nothing sealed is overwritten; a new secret cannot be
// sealed, and its change is refused (StoreSecrets says why).
class SecretBox {
    Q_DECLARE_TR_FUNCTIONS(SecretBox)

public:
    static constexpr int keyBytes = 32;

    SecretBox() = default;
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    // A fresh random data key.
    static QByteArray newKey();
    void setKey(const QByteArray &dataKey);
    bool isOpen() const { return m_key.size() == keyBytes; }
    // The data key itself: only for wrapping it for another person's key.
    const QByteArray &key() const { return m_key; }

    // Sealed text for plain; plain as it is when empty or already sealed.
    // False (and *out untouched) when the box is locked and plain is a new
    // secret.
    bool seal(const QString &plain, QString *out) const;
    // The plain value of a sealed text; text as it is when it is not sealed
    // (an old store's value, an empty one) or the box cannot open it (locked,
    // or sealed under another key: it stays sealed).
    QString open(const QString &text) const;
    // Whether text was sealed under this box's key and opens.
    bool opens(const QString &text) const;

    // Personal keys: each person's 32-byte key gives a key pair; the store
    // keeps the data key sealed to each public key that may read it.
    static bool keyPairFromSeed(const QByteArray &seed, QByteArray *publicKey, QByteArray *secretKey);
    static QByteArray wrapKey(const QByteArray &dataKey, const QByteArray &publicKey);
    static bool unwrapKey(const QByteArray &wrapped, const QByteArray &publicKey,
        const QByteArray &secretKey, QByteArray *dataKey);

private:
    QByteArray m_key;
};

} // namespace portdesk
