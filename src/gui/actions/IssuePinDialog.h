#pragma once

#include "ActionDialog.h"

class QLineEdit;
class QToolButton;

namespace portdesk {

// Support gives a port-out its account ID and PIN, which the admin hands to
// the new carrier. The PIN is masked until shown; "Generate" makes one.
class IssuePinDialog : public ActionDialog {
    Q_OBJECT

public:
    explicit IssuePinDialog(QWidget *parent = nullptr);

    QLineEdit *accountIdEdit() const { return m_accountId; }
    QLineEdit *pinEdit() const { return m_pin; }
    QToolButton *revealButton() const { return m_reveal; }
    QString accountId() const;
    QString pin() const;

    // Six random digits (not guessable from the case).
    static QString generatePin();

private:
    void updateReady();

    QLineEdit *m_accountId;
    QLineEdit *m_pin;
    QToolButton *m_reveal;
};

} // namespace portdesk
