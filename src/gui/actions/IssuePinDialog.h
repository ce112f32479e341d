// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActionDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace portdesk {

// Support gives a port-out its account ID and PIN, which the admin hands to
// the new carrier. The dialog opens with a PIN that PortDesk generated
// (PortOutPin: random digits), shown so that support can read or copy it
// once: after Issue it is masked everywhere. Support may type a PIN of their
// own instead; a weak one is refused beside the field before anything is
// sent (and by the service, whichever way a PIN comes).
class IssuePinDialog : public ActionDialog {
    Q_OBJECT

public:
    explicit IssuePinDialog(QWidget *parent = nullptr);

    QLineEdit *accountIdEdit() const { return m_accountId; }
    QLineEdit *pinEdit() const { return m_pin; }
    QToolButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *generateButton() const { return m_generate; }
    QString accountId() const;
    QString pin() const;
    // True while the PIN is the one PortDesk generated (support has not
    // typed over it).
    bool pinGenerated() const;

    // A new PIN from PortOutPin::generate().
    static QString generatePin();

public Q_SLOTS:
    void accept() override;

private:
    void generate();
    void copyPin();
    void updateReady();
    void updateHint();

    QLineEdit *m_accountId;
    QLineEdit *m_pin;
    QToolButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_generate;
    QLabel *m_hint;
    QLabel *m_pinMessage;
    QString m_generated; // the last PIN generated here
    bool m_copied = false;
};

} // namespace portdesk
