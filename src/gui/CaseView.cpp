#include "CaseView.h"

#include "store/PortingService.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace portdesk {

CaseView::CaseView(PortingService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_sections(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
}

CaseView::~CaseView() = default;

void CaseView::setRole(Role role)
{
    m_role = role;
    reload();
}

void CaseView::showCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void CaseView::reload() { }

} // namespace portdesk
