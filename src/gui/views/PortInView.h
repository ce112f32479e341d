// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace portdesk {

class Services;

// Where an admin starts: what porting takes, a new request, and the drafts
// of requests not yet submitted.
class PortInView : public QWidget
{
    Q_OBJECT

public:
    explicit PortInView(Services &service, QWidget *parent = nullptr);
    bool refresh(QString *error = nullptr);
    QListWidget *drafts() const { return m_drafts; }

Q_SIGNALS:
    void newPortInRequested();
    void resumeDraftRequested(qint64 draftId);
    void portOutRequested();

private:
    Services &m_service;
    QListWidget *m_drafts;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace portdesk
