#include "VoiceConnectorsView.h"

#include "store/PortingService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portdesk {

VoiceConnectorsView::VoiceConnectorsView(PortingService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("voiceConnectorList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Region"), tr("Encryption"), tr("Created")});
    m_list->setAccessibleName(tr("Voice Connectors"));
    auto *create = new QPushButton(tr("&New Voice Connector…"), this);
    connect(create, &QPushButton::clicked, this, &VoiceConnectorsView::createRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Numbers ported for Voice Connector are assigned to one of these."), this), 1);
    top->addWidget(create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
}

bool VoiceConnectorsView::refresh(QString *error)
{
    StoreStatus status;
    const QList<VoiceConnector> connectors = m_service.listVoiceConnectors(&status);
    if (!status.ok()) {
        if (error)
            *error = status.message;
        return false;
    }
    m_list->clear();
    for (const VoiceConnector &vc : connectors)
        m_list->addTopLevelItem(new QTreeWidgetItem(
            {vc.name, vc.region, vc.encryption ? tr("On") : tr("Off"),
             QLocale().toString(vc.createdAt.toLocalTime(), QLocale::ShortFormat)}));
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    return true;
}

} // namespace portdesk
