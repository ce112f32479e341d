// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

namespace portdesk {

// The numbers page's text box. A paste or drop of thousands of lines goes
// in a part at a time from the event loop (one undo step all the same):
// QPlainTextEdit takes about 7 µs a line, so 20,000 pasted lines at once
// would hold the window for 140 ms.
class PasteEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit PasteEdit(QWidget *parent = nullptr);

    // True while a large paste is still going in.
    bool isInserting() const { return m_pos < m_pending.size(); }
    // The rest of a large paste, now.
    void finishInsertion();

    static constexpr int linesPerPart = 2000;

Q_SIGNALS:
    void insertionFinished();

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    void insertNextPart();

    QTextCursor m_cursor; // where the paste goes on; moves with edits around it
    QString m_pending;
    qsizetype m_pos = 0;
    QTimer m_step;
};

} // namespace portdesk
