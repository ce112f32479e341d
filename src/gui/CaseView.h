#pragma once

#include "core/CaseStateMachine.h"

#include <QWidget>

class QTabWidget;

namespace portdesk {

class PortingService;

// One case: its request (secrets masked until revealed), carrier groups and
// numbers, the painted timeline, the event history, comments, and the
// actions the current role may take now.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(PortingService &service, QWidget *parent = nullptr);
    ~CaseView() override;

    // Admin or Support: which actions show, and whether internal notes do.
    void setRole(Role role);
    Role role() const { return m_role; }

    // Shows this case (0: none).
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // Reads the shown case again (the store changed).
    void reload();

    // The sections of the case view; more can be added (the LOA panel).
    QTabWidget *sections() const { return m_sections; }

Q_SIGNALS:
    // An action here changed the case in the store.
    void caseChanged(qint64 caseId);

private:
    PortingService &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    QTabWidget *m_sections = nullptr;
};

} // namespace portdesk
