#pragma once

#include <QWidget>

class QTreeWidget;

namespace portdesk {

class PortingService;

// The Voice Connectors: a Voice Connector port needs one first.
class VoiceConnectorsView : public QWidget
{
    Q_OBJECT

public:
    explicit VoiceConnectorsView(PortingService &service, QWidget *parent = nullptr);
    bool refresh(QString *error = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void createRequested();

private:
    PortingService &m_service;
    QTreeWidget *m_list;
};

} // namespace portdesk
