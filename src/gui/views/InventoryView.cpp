#include "InventoryView.h"

#include "core/PhoneNumber.h"
#include "store/PortingService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portdesk {

namespace {
// The view shows the first numbers only until the inventory feature brings
// its lazily loaded model.
constexpr int shownAtMost = 5000;
} // namespace

InventoryView::InventoryView(PortingService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("inventoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Number"), tr("Product type"), tr("Status"), tr("Assigned to"), tr("Case")});
    m_list->setAccessibleName(tr("Phone number inventory"));
    auto *portOut = new QPushButton(tr("Port &out numbers…"), this);
    connect(portOut, &QPushButton::clicked, this, &InventoryView::portOutRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(portOut);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
}

bool InventoryView::refresh(QString *error)
{
    InventoryFilter filter;
    filter.limit = shownAtMost;
    StoreStatus status;
    const QList<InventoryNumber> numbers = m_service.listInventory(filter, &status);
    if (!status.ok()) {
        if (error)
            *error = status.message;
        return false;
    }
    m_list->clear();
    for (const InventoryNumber &n : numbers) {
        const QString shownStatus = n.portedOut ? tr("Ported out: unassign and delete") : toString(n.status);
        auto *item = new QTreeWidgetItem(
            {PhoneNumbers::formatNational(n.e164),
             n.productType == ProductType::VoiceConnector ? tr("Voice Connector") : tr("Business Calling"),
             shownStatus, n.assignedUser.isEmpty() ? n.assignedVoiceConnector : n.assignedUser,
             n.caseId > 0 ? QString::number(n.caseId) : QString()});
        item->setData(0, Qt::UserRole, n.e164);
        m_list->addTopLevelItem(item);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    m_summary->setText(numbers.size() >= shownAtMost
                           ? tr("The first %1 numbers of the inventory.").arg(QLocale().toString(shownAtMost))
                           : tr("%1 numbers in the inventory.").arg(QLocale().toString(numbers.size())));
    return true;
}

} // namespace portdesk
