// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

// Where the secrets sit in the JSON a store keeps (a request, an event's
// payload, a draft, an LOA version): every member named accountNumber, pin
// or accountId, at any depth. Internal to src/store.
namespace portdesk {

class SecretBox;
class Store;
struct StoreStatus;

namespace secretfields {

bool isSecretMember(QStringView name);
// Seals every secret member of *json. False when one is new and the box is
// locked (nothing is changed then).
bool seal(const SecretBox &box, QJsonObject *json);
// Opens every sealed member the box can open.
void open(const SecretBox &box, QJsonObject *json);
// The JSON text of a stored value, parsed, its secrets opened.
QJsonObject openedFrom(const SecretBox &box, const QString &text);
// A JSON value as the store keeps it: its text, secrets sealed; false, with
// *status, when the box is locked and it brings a new secret.
bool sealedJsonText(const Store &store, const QJsonObject &json, QString *out, StoreStatus *status);
// One column's value: sealed, or false when the box is locked.
bool sealText(const SecretBox &box, const QString &plain, QString *out);
// The status of a change refused because a secret could not be sealed.
StoreStatus lockedStatus(const Store &store);

} // namespace secretfields
} // namespace portdesk
