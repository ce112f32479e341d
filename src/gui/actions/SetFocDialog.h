#pragma once

#include "ActionDialog.h"

#include <QDateTime>

class QDateTimeEdit;
class QLabel;

namespace portdesk {

// Support records the FOC the carrier gave: a date and time in the
// customer's offset (the requested port date's). The core's verdict on the
// date (a business day, not past) shows beside the field as it is edited,
// and OK waits until it is acceptable.
class SetFocDialog : public ActionDialog {
    Q_OBJECT

public:
    // offsetSecs: the customer's offset from UTC; suggested: the first value.
    SetFocDialog(const QDateTime &suggested, int offsetSecs, QWidget *parent = nullptr);

    QDateTimeEdit *editor() const { return m_edit; }
    QDateTime focAt() const;
    // What the rules say about the date shown now (empty: acceptable).
    QString verdict() const;

    // A sensible first value: the requested port date when it is still an
    // acceptable FOC, else the next business day at the requested time.
    static QDateTime suggestion(const QDateTime &requestedPortAt, const QDateTime &now);

private:
    void check();

    QDateTimeEdit *m_edit;
    QLabel *m_verdict;
    int m_offset;
};

} // namespace portdesk
