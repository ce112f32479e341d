// SPDX-License-Identifier: Apache-2.0
#include "SecretBox.h"

#include "core/Secret.h"

#include <sodium.h>

namespace portdesk {

namespace {

// What every sealed value is bound to, besides its key: a value of another
// program or format does not open as ours.
const unsigned char kAssociated[] = "portdesk-secret-v1";
constexpr unsigned long long kAssociatedBytes = sizeof(kAssociated) - 1;

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

SecretBox::~SecretBox()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QByteArray SecretBox::newKey()
{
    if (!ready())
        return {};
    QByteArray key(keyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

void SecretBox::setKey(const QByteArray &dataKey)
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    m_key = dataKey.size() == keyBytes && ready() ? dataKey : QByteArray();
}

bool SecretBox::seal(const QString &plain, QString *out) const
{
    // A sealed value read back is written back as it is; a typed value that
    // only looks sealed (it does not open with this key) is sealed.
    if (plain.isEmpty() || (Secret::isSealed(plain) && (!isOpen() || opens(plain)))) {
        *out = plain;
        return true;
    }
    if (!isOpen())
        return false;
    const QByteArray message = plain.toUtf8();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray sealed(nonceBytes + message.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
        Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, &written,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()), kAssociated, kAssociatedBytes, nullptr,
        nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    sealed.truncate(nonceBytes + int(written));
    *out = Secret::sealedPrefix() + QString::fromLatin1(sealed.toBase64());
    return true;
}

QString SecretBox::open(const QString &text) const
{
    if (!isOpen() || !Secret::isSealed(text))
        return text;
    const QByteArray sealed = QByteArray::fromBase64(
        QStringView(text).mid(Secret::sealedPrefix().size()).toLatin1());
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < nonceBytes + tagBytes)
        return text;
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long read = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
            &read, nullptr, nonce + nonceBytes,
            static_cast<unsigned long long>(sealed.size() - nonceBytes), kAssociated,
            kAssociatedBytes, nonce, reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return text;
    plain.truncate(int(read));
    const QString value = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return value;
}

bool SecretBox::opens(const QString &text) const
{
    return Secret::isSealed(text) && open(text) != text;
}

bool SecretBox::keyPairFromSeed(const QByteArray &seed, QByteArray *publicKey, QByteArray *secretKey)
{
    if (!ready() || seed.size() != crypto_box_SEEDBYTES)
        return false;
    publicKey->resize(crypto_box_PUBLICKEYBYTES);
    secretKey->resize(crypto_box_SECRETKEYBYTES);
    return crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(publicKey->data()),
               reinterpret_cast<unsigned char *>(secretKey->data()),
               reinterpret_cast<const unsigned char *>(seed.constData()))
        == 0;
}

QByteArray SecretBox::wrapKey(const QByteArray &dataKey, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray wrapped(dataKey.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(wrapped.data()),
            reinterpret_cast<const unsigned char *>(dataKey.constData()),
            static_cast<unsigned long long>(dataKey.size()),
            reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0)
        return {};
    return wrapped;
}

bool SecretBox::unwrapKey(const QByteArray &wrapped, const QByteArray &publicKey,
    const QByteArray &secretKey, QByteArray *dataKey)
{
    if (!ready() || wrapped.size() != keyBytes + crypto_box_SEALBYTES
        || publicKey.size() != crypto_box_PUBLICKEYBYTES
        || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return false;
    dataKey->resize(keyBytes);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(dataKey->data()),
            reinterpret_cast<const unsigned char *>(wrapped.constData()),
            static_cast<unsigned long long>(wrapped.size()),
            reinterpret_cast<const unsigned char *>(publicKey.constData()),
            reinterpret_cast<const unsigned char *>(secretKey.constData()))
        != 0) {
        dataKey->clear();
        return false;
    }
    return true;
}

} // namespace portdesk
