// SPDX-License-Identifier: Apache-2.0
#include "SecretFields.h"

#include "SecretBox.h"
#include "SqlSupport.h"
#include "Store.h"
#include "core/Secret.h"

#include <QJsonArray>

namespace portdesk::secretfields {

namespace {

using Transform = bool (*)(const SecretBox &, const QString &, QString *);

bool sealOne(const SecretBox &box, const QString &in, QString *out)
{
    return box.seal(in, out);
}

bool openOne(const SecretBox &box, const QString &in, QString *out)
{
    *out = box.open(in);
    return true;
}

bool walk(const SecretBox &box, QJsonObject *json, Transform transform);

// Arrays are walked only where they hold objects: a port's 20,000 numbers
// are one look at the first element.
bool walkArray(const SecretBox &box, QJsonArray *array, Transform transform)
{
    if (array->isEmpty() || !(array->first().isObject() || array->first().isArray()))
        return true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        if (value.isObject()) {
            QJsonObject inner = value.toObject();
            if (!walk(box, &inner, transform))
                return false;
            array->replace(i, inner);
        } else if (value.isArray()) {
            QJsonArray inner = value.toArray();
            if (!walkArray(box, &inner, transform))
                return false;
            array->replace(i, inner);
        }
    }
    return true;
}

bool walk(const SecretBox &box, QJsonObject *json, Transform transform)
{
    for (auto it = json->begin(); it != json->end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString()) {
            if (!isSecretMember(it.key()))
                continue;
            QString out;
            if (!transform(box, value.toString(), &out))
                return false;
            if (out != value.toString())
                it.value() = out;
        } else if (value.isObject()) {
            QJsonObject inner = value.toObject();
            if (!walk(box, &inner, transform))
                return false;
            it.value() = inner;
        } else if (value.isArray()) {
            QJsonArray inner = value.toArray();
            if (!walkArray(box, &inner, transform))
                return false;
            it.value() = inner;
        }
    }
    return true;
}

} // namespace

bool isSecretMember(QStringView name)
{
    return name == QLatin1String("accountNumber") || name == QLatin1String("pin")
        || name == QLatin1String("accountId");
}

bool seal(const SecretBox &box, QJsonObject *json)
{
    QJsonObject copy = *json;
    if (!walk(box, &copy, sealOne))
        return false;
    *json = copy;
    return true;
}

void open(const SecretBox &box, QJsonObject *json)
{
    walk(box, json, openOne);
}

QJsonObject openedFrom(const SecretBox &box, const QString &text)
{
    QJsonObject json = sql::jsonObjectFrom(text);
    if (box.isOpen() && text.contains(Secret::sealedPrefix()))
        open(box, &json);
    return json;
}

bool sealedJsonText(const Store &store, const QJsonObject &json, QString *out, StoreStatus *status)
{
    QJsonObject sealed = json;
    if (!seal(store.secretBox(), &sealed)) {
        if (status)
            *status = lockedStatus(store);
        return false;
    }
    *out = sql::jsonText(sealed);
    return true;
}

bool sealText(const SecretBox &box, const QString &plain, QString *out)
{
    return box.seal(plain, out);
}

StoreStatus lockedStatus(const Store &store)
{
    StoreStatus status;
    status.code = StoreStatus::Code::Failed;
    status.message = Store::tr("The change holds an account number, PIN or account ID, and the "
                               "store %1 cannot seal it: %2")
                         .arg(store.displayName(), store.secretsProblem());
    return status;
}

} // namespace portdesk::secretfields
