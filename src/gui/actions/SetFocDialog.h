// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActionDialog.h"

#include <QDateTime>
#include <QTimeZone>

class QDateTimeEdit;
class QLabel;

namespace portdesk {

// Support records the FOC the carrier gave: a date and time in the
// customer's time zone (the request's). The core's verdict on the
// date (a business day, not past) shows beside the field as it is edited,
// and OK waits until it is acceptable.
class SetFocDialog : public ActionDialog {
    Q_OBJECT

public:
    // zone: the customer's (customerTimeZone()); suggested: the first value.
    SetFocDialog(const QDateTime &suggested, const QTimeZone &zone, QWidget *parent = nullptr);

    QDateTimeEdit *editor() const { return m_edit; }
    QDateTime focAt() const;
    // What the rules say about the date shown now (empty: acceptable).
    QString verdict() const;

    // A sensible first value: the requested port date when it is still an
    // acceptable FOC, else the next business day at the requested time.
    static QDateTime suggestion(
        const QDateTime &requestedPortAt, const QTimeZone &zone, const QDateTime &now);

private:
    void check();

    QDateTimeEdit *m_edit;
    QLabel *m_verdict;
    QTimeZone m_zone;
};

} // namespace portdesk
