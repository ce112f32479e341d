// SPDX-License-Identifier: Apache-2.0
#include "RequestChangeDialog.h"

#include "models/CaseTerms.h"

#include "gui/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace portdesk {

RequestChangeDialog::RequestChangeDialog(const PortInRequest &request, QWidget *parent)
    : ActionDialog(parent), m_reasonCombo(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Request a change"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The carrier's records differ from the LOA. Tick the fields that differ: "
                      "the admin can correct exactly these and resubmit."));
    body()->addWidget(intro);

    auto *fieldsBox = new QGroupBox(tr("Fields that differ"), this);
    auto *grid = new QGridLayout(fieldsBox);
    m_fieldOrder = CaseTerms::pickableFields(request);
    const int perColumn = int((m_fieldOrder.size() + 1) / 2);
    for (int i = 0; i < m_fieldOrder.size(); ++i) {
        const QString &field = m_fieldOrder.at(i);
        auto *box = new QCheckBox(CaseTerms::fieldLabel(field), fieldsBox);
        box->setObjectName(field);
        m_boxes.insert(field, box);
        grid->addWidget(box, i % perColumn, i / perColumn);
        connect(box, &QCheckBox::toggled, this, &RequestChangeDialog::updateReady);
        // A box the person ticks or unticks is theirs: picking another
        // reason no longer unticks it.
        connect(box, &QCheckBox::clicked, this, [this, field] {
            if (m_autoTicked == field)
                m_autoTicked.clear();
        });
    }
    body()->addWidget(fieldsBox);

    auto *form = new QFormLayout;
    m_reasonCombo->addItem(tr("Choose a reason…"), QString());
    const QList<CaseTerms::ReasonCode> codes = CaseTerms::reasonCodes();
    for (const CaseTerms::ReasonCode &code : codes)
        m_reasonCombo->addItem(code.label, code.code);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonCombo);
    form->addRow(reasonLabel, m_reasonCombo);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("What the carrier has on file, if it helps the admin"));
    m_note->setMaxLength(500);
    form->addRow(noteLabel, m_note);
    auto *message = new MessageLabel(this);
    form->addRow(QString(), message);
    fieldMessages().bind(QStringLiteral("reason"), message, m_reasonCombo);
    body()->addLayout(form);

    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, [this, codes](int index) {
        const int at = index - 1;
        // The field the previous reason ticked goes when the reason changes
        // (arrowing through the list must not tick every field on the way).
        if (QCheckBox *previous = m_boxes.value(m_autoTicked))
            previous->setChecked(false);
        m_autoTicked.clear();
        if (at >= 0 && at < codes.size()) {
            QCheckBox *box = m_boxes.value(codes.at(at).field);
            if (box && !box->isChecked()) {
                box->setChecked(true);
                m_autoTicked = codes.at(at).field;
            }
            m_note->setPlaceholderText(codes.at(at).code == QLatin1String("other")
                    ? tr("Required: say what differs")
                    : tr("What the carrier has on file, if it helps the admin"));
        }
        updateReady();
    });
    connect(m_note, &QLineEdit::textChanged, this, &RequestChangeDialog::updateReady);

    // Keyboard order: the fields, then reason and note, then the buttons.
    QWidget *previous = nullptr;
    for (const QString &field : std::as_const(m_fieldOrder)) {
        if (previous)
            setTabOrder(previous, m_boxes.value(field));
        previous = m_boxes.value(field);
    }
    if (previous)
        setTabOrder(previous, m_reasonCombo);
    setTabOrder(m_reasonCombo, m_note);

    setOkText(tr("Request &change"));
    updateReady();
}

QStringList RequestChangeDialog::fields() const
{
    QStringList out;
    for (const QString &field : m_fieldOrder) {
        if (m_boxes.value(field)->isChecked())
            out << field;
    }
    return out;
}

QString RequestChangeDialog::reason() const
{
    return CaseTerms::composeReason(m_reasonCombo->currentData().toString(), m_note->text());
}

void RequestChangeDialog::updateReady()
{
    const QString code = m_reasonCombo->currentData().toString();
    const bool noteOk = code != QLatin1String("other") || !m_note->text().trimmed().isEmpty();
    setReady(!fields().isEmpty() && !code.isEmpty() && noteOk);
}

} // namespace portdesk
