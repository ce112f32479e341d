// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

namespace portdesk {

class CaseHistoryModel;

// The history table: a CaseHistoryModel's lines, the details wrapped and
// the rows as tall as their text at the width they get.
class CaseHistoryView : public QTableView {
    Q_OBJECT

public:
    explicit CaseHistoryView(CaseHistoryModel *model, QWidget *parent = nullptr);

protected:
    bool viewportEvent(QEvent *event) override;
};

} // namespace portdesk
