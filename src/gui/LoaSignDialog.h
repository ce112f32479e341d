// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/LoaVersion.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portdesk {

class SignaturePad;

// The authorizing person signs one carrier group's LOA: name and title
// (prefilled from the request), and a drawn signature if they like. The
// typed name alone signs, so the dialog works from the keyboard: type, Tab,
// type, Enter. Sign runs the submitter (which stores the signature with
// Services::signLoa); the dialog closes only when it was done, so that
// a refusal can be read and the input corrected.
class LoaSignDialog : public QDialog {
    Q_OBJECT

public:
    LoaSignDialog(
        const PortInRequest &request, int carrierIndex, qint64 caseId, QWidget *parent = nullptr);
    ~LoaSignDialog() override;

    int carrierIndex() const { return m_carrierIndex; }
    // The name and title as typed (trimmed), the drawing as PNG if any.
    LoaSigner signer() const;

    // Stores the signature; returns the refusals and warnings (errors keep
    // the dialog open). Without a submitter Sign just closes the dialog.
    using Submitter = std::function<Violations(const LoaSigner &)>;
    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    // The messages of the last refusal, as shown.
    QString message() const;

public Q_SLOTS:
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    SignaturePad *pad() const { return m_pad; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *clearButton() const { return m_clear; }

private:
    void updateState();

    int m_carrierIndex;
    QLineEdit *m_name;
    QLineEdit *m_title;
    SignaturePad *m_pad;
    QPushButton *m_clear;
    QPushButton *m_sign;
    QLabel *m_hint;
    QLabel *m_message;
    Submitter m_submitter;
};

} // namespace portdesk
