#pragma once

#include <QWidget>

class QTableView;
class QTextBrowser;

namespace portdesk {

class CaseListModel;
class PortingService;

// The case list with the selected case's details beside it (read-only).
class CasesView : public QWidget
{
    Q_OBJECT

public:
    explicit CasesView(PortingService &service, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reloads; false with the reason when the store failed.
    bool refresh(QString *error = nullptr);
    // Selects the case and shows its details.
    void showCase(qint64 caseId);
    QString detailsText() const;

private:
    void showDetails(qint64 caseId);

    PortingService &m_service;
    CaseListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace portdesk
