// SPDX-License-Identifier: Apache-2.0
#include "NumberDetailsPanel.h"
#include "gui/ToneWidgets.h"

#include "MessageLabel.h"

#include "core/PortRequest.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "models/InventoryModel.h"
#include "service/Services.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

NumberDetailsPanel::NumberDetailsPanel(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("Select a number to see its details and history."), this))
    , m_fields(new QWidget(this))
    , m_status(valueLabel(m_fields))
    , m_product(valueLabel(m_fields))
    , m_assigned(valueLabel(m_fields))
    , m_cases(valueLabel(m_fields))
    , m_times(valueLabel(m_fields))
    , m_portedOut(new QWidget(this))
    , m_portedOutText(new MessageLabel(m_portedOut))
    , m_finishNumber(new QPushButton(tr("Unassign and de&lete this number"), m_portedOut))
    , m_finishCase(new QPushButton(m_portedOut))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("numberDetails"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Product type:"), m_product);
    form->addRow(tr("Assigned to:"), m_assigned);
    form->addRow(tr("Cases:"), m_cases);
    form->addRow(tr("Times:"), m_times);

    m_portedOut->setObjectName(QStringLiteral("portedOutBox"));
    // A warm bar, its colours from the palette (light or dark).
    tones::applyBar(m_portedOut, tones::Tone::Warning);
    m_portedOutText->setWordWrap(true);
    m_finishNumber->setObjectName(QStringLiteral("finishNumberButton"));
    m_finishCase->setObjectName(QStringLiteral("finishCaseButton"));
    auto *portedLayout = new QVBoxLayout(m_portedOut);
    portedLayout->addWidget(m_portedOutText);
    portedLayout->addWidget(m_finishNumber);
    portedLayout->addWidget(m_finishCase);
    connect(m_finishNumber, &QPushButton::clicked, this,
        [this] { Q_EMIT unassignAndDeleteRequested(m_e164); });
    connect(m_finishCase, &QPushButton::clicked, this,
        [this] { Q_EMIT finishPortOutRequested(m_number.portOutCaseId); });

    m_history->setObjectName(QStringLiteral("numberHistory"));
    m_history->setAccessibleName(tr("Number history"));
    // Newest first, each step on its own lines, wrapped to the panel's width.
    m_history->setWordWrap(true);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setAlternatingRowColors(true);
    auto *historyLabel = new QLabel(tr("Histor&y:"), this);
    historyLabel->setBuddy(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);
    layout->addWidget(m_portedOut);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    showNumber(QString());
}

void NumberDetailsPanel::showNumber(const QString &e164)
{
    m_e164 = e164;
    m_number = InventoryNumber();
    m_history->clear();
    StoreStatus status;
    const bool found = !e164.isEmpty() && m_service.inventory.findNumber(e164, &m_number, &status);
    const QLocale locale;
    if (!e164.isEmpty()) {
        // The history outlives the number (a purged number keeps it).
        const QList<InventoryEvent> events = m_service.inventory.numberHistory(e164, &status);
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            auto *item = new QListWidgetItem(
                InventoryService::describe(*it) + QLatin1Char('\n') + when(it->at));
            item->setToolTip(item->text());
            m_history->addItem(item);
        }
    }
    m_title->setText(
        e164.isEmpty() ? tr("No number selected") : PhoneNumbers::formatNational(e164));
    m_title->setToolTip(e164);
    m_empty->setVisible(!found);
    if (!e164.isEmpty() && !found)
        m_empty->setText(
            status.ok() ? tr("%1 is no longer in the inventory.").arg(e164) : status.message);
    else if (e164.isEmpty())
        m_empty->setText(tr("Select a number to see its details and history."));
    m_fields->setVisible(found);
    const bool portedOut
        = found && m_number.portedOut && m_number.status != NumberStatus::DeleteInProgress;
    m_portedOut->setVisible(portedOut);
    if (!found)
        return;

    const InventoryNumber &n = m_number;
    QString statusText = toString(n.status);
    if (n.status == NumberStatus::DeleteInProgress) {
        const int days = InventoryModel::daysLeft(n, Clock::now());
        statusText = tr(
            "%1 (in the deletion queue since %2; restorable for %n more day(s))", nullptr, days)
                         .arg(toString(n.status), when(n.deletedAt));
    } else if (n.status == NumberStatus::PortinInProgress) {
        statusText = tr("%1 (arrived before its FOC date: assignable now, live on the FOC date)")
                         .arg(toString(n.status));
    } else if (portedOut) {
        statusText = tr("%1 (ported out)").arg(toString(n.status));
    }
    m_status->setText(statusText);
    const QString type = n.productType == ProductType::VoiceConnector ? tr("Voice Connector")
                                                                      : tr("Business Calling");
    m_product->setText(n.tollFree ? tr("%1, toll-free").arg(type) : type);
    if (!n.assignedUser.isEmpty())
        m_assigned->setText(tr("User %1, since %2").arg(n.assignedUser, when(n.assignedAt)));
    else if (!n.assignedVoiceConnector.isEmpty())
        m_assigned->setText(
            tr("Voice Connector %1, since %2").arg(n.assignedVoiceConnector, when(n.assignedAt)));
    else
        m_assigned->setText(tr("Nobody"));
    QStringList cases;
    if (n.caseId > 0)
        cases << tr("port-in %1").arg(n.caseId);
    if (n.portOutCaseId > 0)
        cases << tr("port-out %1").arg(n.portOutCaseId);
    m_cases->setText(cases.isEmpty() ? tr("None") : cases.join(QStringLiteral(", ")));
    m_times->setText(tr("created %1, updated %2").arg(when(n.createdAt), when(n.updatedAt)));
    if (portedOut) {
        m_portedOutText->setText(
            tr("<b>Ported out: unassign and delete.</b> This number left for another carrier with "
               "port-out "
               "case %1. Unassign and delete it; the case closes once all its numbers are deleted.")
                .arg(n.portOutCaseId));
        m_finishCase->setText(tr("Finish port-out %1 (ever&y number)").arg(n.portOutCaseId));
        m_finishCase->setToolTip(
            tr("Unassign and delete every number of port-out case %1 still in the inventory")
                .arg(n.portOutCaseId));
    }
}

} // namespace portdesk
