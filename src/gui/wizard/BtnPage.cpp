// SPDX-License-Identifier: Apache-2.0
#include "BtnPage.h"

#include "ui_BtnPage.h"

#include "PortInWizard.h"

#include "core/PhoneNumber.h"
#include "core/SupportRequestText.h"

#include <QButtonGroup>
#include <QMouseEvent>
#include <QTimer>

namespace portdesk {

BtnPage::BtnPage(PortInWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::BtnPage>())
{
    m_ui->setupUi(this);

    // The seed's exact sentences. They wrap in a label beside each radio
    // button (a radio button's own text cannot wrap); a click on the label
    // picks the option, and screen readers get the sentence as the name.
    const struct {
        QRadioButton *button;
        QLabel *label;
        BtnOption option;
    } options[] = {
        { m_ui->optionReplace, m_ui->optionReplaceText, BtnOption::Replace },
        { m_ui->optionClose, m_ui->optionCloseText, BtnOption::Close },
        { m_ui->optionEachNumberOwnBtn, m_ui->optionEachNumberOwnBtnText,
            BtnOption::EachNumberOwnBtn },
        { m_ui->optionNone, m_ui->optionNoneText, BtnOption::None },
    };
    m_options = new QButtonGroup(this);
    for (const auto &o : options) {
        const QString text = o.option == BtnOption::None ? tr("The BTN is not being ported.")
                                                         : btnOptionSentence(o.option);
        o.label->setText(text);
        o.label->installEventFilter(this);
        o.label->setCursor(Qt::PointingHandCursor);
        o.button->setAccessibleName(text);
        m_options->addButton(o.button, int(o.option));
    }
    connect(m_options, &QButtonGroup::idToggled, this, &BtnPage::optionChosen);
    connect(m_ui->newBtnEdit, &QLineEdit::textEdited, this, &BtnPage::newBtnEdited);
    connect(m_ui->newBtnEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_messagesShown)
            showMessages();
    });

    m_messages.bind(QStringLiteral("btnOption"), m_ui->btnOptionMessage, m_options->buttons().value(0));
    m_messages.bind(QStringLiteral("newBtn"), m_ui->newBtnMessage, m_ui->newBtnEdit);
}

BtnPage::~BtnPage() = default;

void BtnPage::initializePage()
{
    const PortInRequest &request = m_wizard->request();
    const QSet<QString> ported = SupportRequestText::portedNumbers(request);
    QStringList portedBtns;
    QStringList keptBtns;
    for (qsizetype i = 0; i < request.carriers.size(); ++i) {
        const CarrierGroup &g = request.carriers.at(i);
        if (g.btn.trimmed().isEmpty())
            continue;
        const NumberCheck check = PhoneNumbers::check(g.btn);
        const QString shown = check.ok ? PhoneNumbers::formatNational(check.e164) : g.btn.trimmed();
        const QString where = g.carrier.trimmed().isEmpty()
            ? tr("carrier group %1").arg(i + 1)
            : tr("%1, carrier group %2").arg(g.carrier.trimmed()).arg(i + 1);
        const QString entry = tr("%1 (%2)").arg(shown, where);
        (SupportRequestText::isBtnPorted(request, i, ported) ? portedBtns : keptBtns).append(entry);
    }
    m_btnPorted = !portedBtns.isEmpty();
    if (m_btnPorted)
        m_ui->btnStatusLabel->setText(
            tr("The BTN %1 is among the numbers being ported: choose one of the options below.")
                .arg(portedBtns.join(tr(" and "))));
    else if (!keptBtns.isEmpty())
        m_ui->btnStatusLabel->setText(
            tr("The BTN %1 is not among the numbers being ported, so it stays with the current "
               "carrier: \"The BTN is not being ported\" applies.")
                .arg(keptBtns.join(tr(" and "))));
    else
        m_ui->btnStatusLabel->setText(
            tr("No BTN has been given yet: go Back to the carrier accounts to enter it."));

    // An option the admin has not chosen yet stays unchosen while the BTN is
    // ported, so that Next cannot pass on a default nobody picked.
    const BtnOption option = request.btnOption;
    const QSignalBlocker blocker(m_options);
    if (option == BtnOption::None && m_btnPorted) {
        m_options->setExclusive(false);
        for (QAbstractButton *b : m_options->buttons())
            b->setChecked(false);
        m_options->setExclusive(true);
    } else {
        m_options->button(int(option))->setChecked(true);
    }
    // The typed new BTN survives switching options; the request holds it
    // only while "replace" is chosen.
    if (!request.newBtn.isEmpty() || m_ui->newBtnEdit->text().isEmpty())
        m_ui->newBtnEdit->setText(request.newBtn);
    updateNewBtnVisibility();
    m_messages.clear();
    m_messagesShown = false;
    // The keyboard starts on the options (Space or the arrows choose), or on
    // the new BTN when "replace" is chosen already.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        if (m_wizard->request().btnOption == BtnOption::Replace)
            m_ui->newBtnEdit->setFocus();
        else if (QAbstractButton *checked = m_options->checkedButton())
            checked->setFocus();
        else
            m_options->buttons().constFirst()->setFocus();
    });
}

bool BtnPage::validatePage()
{
    writeNewBtn();
    const Violations violations
        = m_wizard->checkFields({ QStringLiteral("btnOption"), QStringLiteral("newBtn") });
    m_messages.show(violations);
    m_messagesShown = true;
    m_messages.focusFirstError();
    return !hasErrors(violations);
}

bool BtnPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *label = qobject_cast<QLabel *>(watched);
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (label && mouse->button() == Qt::LeftButton
            && label->rect().contains(mouse->position().toPoint())) {
            if (auto *button = qobject_cast<QAbstractButton *>(label->buddy())) {
                button->setFocus(Qt::MouseFocusReason);
                button->click();
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void BtnPage::optionChosen(int id, bool checked)
{
    if (!checked)
        return;
    m_wizard->request().btnOption = BtnOption(id);
    writeNewBtn();
    updateNewBtnVisibility();
    // Chosen from the keyboard: the new BTN is what comes next to type.
    if (BtnOption(id) == BtnOption::Replace && m_options->button(id)->hasFocus())
        m_ui->newBtnEdit->setFocus(Qt::TabFocusReason);
    if (m_messagesShown)
        showMessages();
}

void BtnPage::newBtnEdited(const QString &)
{
    writeNewBtn();
}

void BtnPage::writeNewBtn()
{
    PortInRequest &request = m_wizard->request();
    request.newBtn
        = request.btnOption == BtnOption::Replace ? m_ui->newBtnEdit->text().trimmed() : QString();
}

void BtnPage::updateNewBtnVisibility()
{
    m_ui->newBtnBox->setVisible(m_wizard->request().btnOption == BtnOption::Replace);
}

void BtnPage::showMessages()
{
    m_messages.show(
        m_wizard->checkFields({ QStringLiteral("btnOption"), QStringLiteral("newBtn") }));
}

} // namespace portdesk
