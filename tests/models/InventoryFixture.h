// SPDX-License-Identifier: Apache-2.0
#pragma once

// The inventory the model and view tests share, built through the service
// (an import of a ListPhoneNumbers file, then a port-out), never by SQL.

#include "../store/StoreTestSupport.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/PhoneNumber.h"
#include "service/InventoryExchange.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace storetest {

inline QString apiTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QJsonObject apiRow(const QString &e164, const QString &product, const QString &status,
    const QString &assocName, const QString &assocValue, const QDateTime &created,
    const QDateTime &updated)
{
    QJsonObject o;
    o.insert(QStringLiteral("E164PhoneNumber"), e164);
    o.insert(QStringLiteral("Country"), QStringLiteral("US"));
    o.insert(QStringLiteral("Type"),
        PhoneNumbers::checkAll({ e164 }).constFirst().tollFree ? QStringLiteral("TollFree")
                                                               : QStringLiteral("Local"));
    o.insert(QStringLiteral("ProductType"), product);
    o.insert(QStringLiteral("Status"), status);
    QJsonArray associations;
    if (!assocName.isEmpty())
        associations.append(QJsonObject { { QStringLiteral("Name"), assocName },
            { QStringLiteral("Value"), assocValue },
            { QStringLiteral("AssociatedTimestamp"), apiTime(updated) } });
    o.insert(QStringLiteral("Associations"), associations);
    o.insert(QStringLiteral("CreatedTimestamp"), apiTime(created));
    o.insert(QStringLiteral("UpdatedTimestamp"), apiTime(updated));
    if (status == QLatin1String("DeleteInProgress"))
        o.insert(QStringLiteral("DeletionTimestamp"), apiTime(updated));
    return o;
}

// 172 numbers: Seattle Business Calling numbers in every importable status
// (assigned to three users), Redmond Voice Connector numbers (half on
// pbx-east), toll-free Voice Connector numbers, and two ported out. Created
// and updated times repeat, so that the sorts have ties to break.
inline void buildInventory(Services &service, Store &store)
{
    VERIFY_OK(service.directory.createVoiceConnector(
        QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), true));
    VERIFY_OK(service.directory.addUser(QStringLiteral("sam@example.com"), QStringLiteral("Sam Doe")));
    const QStringList users = { QStringLiteral("pat@example.com"),
        QStringLiteral("sam@example.com"), QStringLiteral("lee@example.com") };
    const QDateTime base = startTime().addDays(-20);
    QJsonArray rows;
    for (int i = 0; i < 120; ++i) {
        const QDateTime created = base.addDays(i % 5);
        const QDateTime updated = created.addSecs(3600 * (i % 3));
        const QString e164 = seattle(1000 + i);
        if (i % 7 == 3)
            rows.append(
                apiRow(e164, QStringLiteral("BusinessCalling"), QStringLiteral("DeleteInProgress"),
                    {}, {}, created, startTime().addDays(-(i % 6))));
        else if (i % 3 == 1)
            rows.append(apiRow(e164, QStringLiteral("BusinessCalling"), QStringLiteral("Assigned"),
                QStringLiteral("UserId"), users.at((i / 3) % 3), created, updated));
        else
            rows.append(apiRow(e164, QStringLiteral("BusinessCalling"),
                QStringLiteral("Unassigned"), {}, {}, created, updated));
    }
    for (int i = 0; i < 40; ++i) {
        const QDateTime created = base.addDays(i % 4);
        const QString e164 = QStringLiteral("+1425444%1").arg(2000 + i);
        if (i % 2 == 0)
            rows.append(apiRow(e164, QStringLiteral("VoiceConnector"), QStringLiteral("Assigned"),
                QStringLiteral("VoiceConnectorId"), QStringLiteral("pbx-east"), created, created));
        else
            rows.append(apiRow(e164, QStringLiteral("VoiceConnector"), QStringLiteral("Unassigned"),
                {}, {}, created, created));
    }
    for (int i = 0; i < 12; ++i)
        rows.append(apiRow(tollFree(3000 + i), QStringLiteral("VoiceConnector"),
            QStringLiteral("Unassigned"), {}, {}, base, base));
    QBuffer buffer;
    buffer.setData(
        QJsonDocument(QJsonObject { { QStringLiteral("PhoneNumbers"), rows } }).toJson());
    buffer.open(QIODevice::ReadOnly);
    const ImportResult imported = InventoryExchange(store).importJson(&buffer);
    QVERIFY2(imported.ok(),
        qPrintable(imported.refused.isEmpty() ? imported.status.message
                                              : imported.refused.constFirst().reason));
    QCOMPARE(imported.imported, 172);

    // Two numbers leave with a port-out.
    const ChangeResult out = service.cases.submitPortOut(portOut({ seattle(1000), seattle(1001) }));
    VERIFY_OK(out);
    EventArgs pin;
    pin.accountId = QStringLiteral("ACC-9");
    pin.pin = secretPortOutPin();
    VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
    VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
}

} // namespace storetest
