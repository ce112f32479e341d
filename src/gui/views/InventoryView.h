#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace portdesk {

class PortingService;

// The phone-number inventory, read-only for now (assigning numbers is the
// inventory feature's work): what arrived, what is assigned, what is leaving.
class InventoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryView(PortingService &service, QWidget *parent = nullptr);
    bool refresh(QString *error = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void portOutRequested();

private:
    PortingService &m_service;
    QTreeWidget *m_list;
    QLabel *m_summary;
};

} // namespace portdesk
