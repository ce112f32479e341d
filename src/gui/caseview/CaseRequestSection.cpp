// SPDX-License-Identifier: Apache-2.0
#include "CaseRequestSection.h"

#include "core/CustomerTime.h"
#include "core/UsTimeZones.h"

#include "models/CaseTerms.h"

#include "core/PhoneNumber.h"
#include "core/PortNumberStatus.h"
#include "core/Secret.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

namespace {

QString number(const QString &e164)
{
    const QString shown = PhoneNumbers::formatNational(e164);
    return shown.isEmpty() ? e164 : shown;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The numbers, each marked with its status when it does not follow the
// case (rejected: struck through, the reason in its tooltip).
QListWidget *numbersList(
    const QStringList &numbers, const QHash<QString, PortNumber> &rejected, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const QString &n : numbers) {
        auto *item = new QListWidgetItem(number(n), list);
        item->setData(Qt::UserRole, n);
        const auto it = rejected.constFind(n);
        if (it == rejected.cend())
            continue;
        item->setData(Qt::UserRole + 1, toString(PortNumberState::Rejected));
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
        const QString why = CaseRequestSection::tr("%1 — rejected: %2: %3")
                                .arg(number(n), NumberRejectionReasons::displayName(it->reasonCode),
                                    it->reason);
        item->setToolTip(why);
        item->setData(Qt::AccessibleTextRole, why);
    }
    const int lines = std::min<int>(6, std::max<int>(1, int(numbers.size() + 3) / 4));
    list->setMaximumHeight(list->fontMetrics().height() * (lines + 1) + 2 * list->frameWidth()
        + list->fontMetrics().height() / 2);
    list->setAccessibleName(CaseRequestSection::tr("%n numbers", nullptr, int(numbers.size())));
    return list;
}

} // namespace

CaseRequestSection::CaseRequestSection(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("caseRequest"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void CaseRequestSection::startOver()
{
    m_revealed.clear();
    m_signature.clear();
}

void CaseRequestSection::clear()
{
    m_signature.clear();
    delete takeWidget();
}

void CaseRequestSection::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    // What the other role revealed stays hidden; the toggles are built anew.
    m_revealed.clear();
    m_signature.clear();
}

QWidget *CaseRequestSection::secretField(
    const QString &key, const QList<CaseSecret> &held, const QString &what)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto it = std::find_if(
        held.cbegin(), held.cend(), [&key](const CaseSecret &s) { return s.key() == key; });
    if (it == held.cend()) {
        row->addWidget(valueLabel(tr("not given"), box));
        return box;
    }
    const CaseSecret caseSecret = *it;
    const Secret secret = caseSecret.secret();
    const QString whyNot = CaseSecrets::whyNot(m_role, caseSecret);
    const bool shown = whyNot.isEmpty() && m_revealed.contains(key);
    auto *label = valueLabel(secret.shown(shown), box);
    label->setObjectName(key);
    label->setAccessibleName(shown ? what : tr("%1 (hidden)").arg(what));
    auto *reveal = new QToolButton(box);
    reveal->setObjectName(key + QStringLiteral(".reveal"));
    reveal->setCheckable(true);
    reveal->setChecked(shown);
    reveal->setText(shown ? tr("Hide") : tr("Reveal"));
    reveal->setAccessibleName(tr("Reveal the %1").arg(what));
    reveal->setToolTip(whyNot.isEmpty()
            ? tr("Show or hide the %1 (showing it is recorded in the case's history)").arg(what)
            : whyNot);
    reveal->setEnabled(whyNot.isEmpty());
    reveal->setFocusPolicy(Qt::StrongFocus);
    connect(reveal, &QToolButton::toggled, this,
        [this, key, caseSecret, secret, what, label, reveal](bool on) {
            QString why;
            if (on && m_revealHook && !m_revealHook(caseSecret, &why)) {
                // Not recorded: not shown.
                const QSignalBlocker blocker(reveal);
                reveal->setChecked(false);
                reveal->setToolTip(why);
                return;
            }
            if (on)
                m_revealed.insert(key);
            else
                m_revealed.remove(key);
            label->setText(secret.shown(on));
            label->setAccessibleName(on ? what : tr("%1 (hidden)").arg(what));
            reveal->setText(on ? tr("Hide") : tr("Reveal"));
        });
    row->addWidget(label);
    row->addWidget(reveal);
    row->addStretch();
    return box;
}

void CaseRequestSection::showCase(const CaseRecord &r)
{
    const QString signature = QStringLiteral("%1/%2/%3")
                                  .arg(r.id)
                                  .arg(r.events.isEmpty() ? 0 : r.events.last().seq)
                                  .arg(r.updatedAt.toMSecsSinceEpoch());
    if (signature == m_signature && widget())
        return;
    m_signature = signature;

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    if (r.kind == CaseKind::PortIn)
        addPortIn(r, layout);
    else
        addPortOut(r, layout);
    layout->addStretch();
    delete takeWidget();
    setWidget(content);
}

void CaseRequestSection::addPortIn(const CaseRecord &r, QVBoxLayout *layout)
{
    QWidget *content = layout->parentWidget();
    const PortInRequest &p = r.portIn;
    const QTimeZone zone = customerTimeZone(p);
    QHash<QString, PortNumber> rejected;
    for (const PortNumber &n : r.numberStatus) {
        if (n.state == PortNumberState::Rejected)
            rejected.insert(n.e164, n);
    }
    const PortNumberState settled = settledState(r.state);
    const QList<CaseSecret> held = CaseSecrets::of(r);
    auto *general = new QGroupBox(tr("Port-in request"), content);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Admin email:"), valueLabel(p.adminEmail, general));
    form->addRow(
        tr("Product type:"), valueLabel(CaseTerms::productTypeLabel(p.productType), general));
    if (p.productType == ProductType::VoiceConnector)
        form->addRow(tr("Voice Connector:"), valueLabel(p.voiceConnector, general));
    form->addRow(tr("Requested date:"),
        valueLabel(CaseTerms::customerTime(p.requestedPortAt, zone), general));
    QString btn = CaseTerms::btnOptionLabel(p.btnOption);
    if (p.btnOption == BtnOption::Replace)
        btn = tr("%1: new BTN %2").arg(btn, number(p.newBtn));
    form->addRow(tr("Time zone:"),
        valueLabel(UsTimeZones::displayName(customerTimeZoneId(p)).isEmpty()
                ? CaseTerms::offsetText(p.requestedPortAt.offsetFromUtc())
                : UsTimeZones::displayName(customerTimeZoneId(p)),
            general));
    form->addRow(tr("BTN option:"), valueLabel(btn, general));
    if (r.focAt.isValid())
        form->addRow(tr("FOC:"), valueLabel(CaseTerms::customerTime(r.focAt, zone), general));
    layout->addWidget(general);

    for (int i = 0; i < p.carriers.size(); ++i) {
        const CarrierGroup &g = p.carriers.at(i);
        const QString title
            = tr("Carrier group %1 — %2 (%n numbers)", nullptr, int(g.numbers.size()))
                  .arg(i + 1)
                  .arg(g.carrier.isEmpty() ? tr("carrier not given") : g.carrier);
        auto *box = new QGroupBox(title, content);
        auto *groupForm = new QFormLayout(box);
        const QString path = QStringLiteral("carriers[%1].").arg(i);
        groupForm->addRow(
            tr("Carrier:"), valueLabel(g.carrier.isEmpty() ? tr("not given") : g.carrier, box));
        groupForm->addRow(tr("Customer name:"), valueLabel(g.customerName, box));
        const ServiceAddress &a = g.serviceAddress;
        groupForm->addRow(tr("Service address:"),
            valueLabel(tr("%1, %2, %3 %4").arg(a.street, a.city, a.state, a.zip), box));
        groupForm->addRow(tr("BTN:"), valueLabel(number(g.btn), box));
        groupForm->addRow(tr("Authorizing person:"),
            valueLabel(g.authorizingTitle.isEmpty()
                    ? g.authorizingPerson
                    : tr("%1, %2").arg(g.authorizingPerson, g.authorizingTitle),
                box));
        groupForm->addRow(tr("Their phone and email:"), valueLabel(CaseTerms::contactText(g), box));
        groupForm->addRow(
            tr("Account type:"), valueLabel(CaseTerms::customerTypeLabel(g.customerType), box));
        groupForm->addRow(tr("Port:"), valueLabel(CaseTerms::portScopeText(g), box));
        if (g.isTollFree())
            groupForm->addRow(tr("RespOrg change:"), valueLabel(CaseTerms::respOrgText(g), box));
        groupForm->addRow(tr("Account number:"),
            secretField(path + QStringLiteral("accountNumber"), held, tr("account number")));
        groupForm->addRow(tr("PIN:"), secretField(path + QStringLiteral("pin"), held, tr("PIN")));
        // Each number's status: those that follow the case, then each
        // rejected one with why.
        int rejectedCount = 0;
        QStringList rejectedLines;
        for (const QString &n : g.numbers) {
            const auto it = rejected.constFind(n);
            if (it == rejected.cend())
                continue;
            ++rejectedCount;
            rejectedLines << tr("%1 — %2: %3")
                                 .arg(number(n), NumberRejectionReasons::displayName(it->reasonCode),
                                     it->reason);
        }
        const int following = int(g.numbers.size()) - rejectedCount;
        QString statusText = tr("%1: %2").arg(displayName(settled)).arg(following);
        if (rejectedCount > 0)
            statusText = tr("%1 · Rejected: %2").arg(statusText).arg(rejectedCount);
        auto *statusLabel = valueLabel(statusText, box);
        statusLabel->setObjectName(path + QStringLiteral("numberStatus"));
        groupForm->addRow(tr("Number status:"), statusLabel);
        if (rejectedCount > 0) {
            auto *rejectedLabel = valueLabel(rejectedLines.join(QLatin1Char('\n')), box);
            rejectedLabel->setObjectName(path + QStringLiteral("rejected"));
            groupForm->addRow(tr("Rejected:"), rejectedLabel);
        }
        groupForm->addRow(tr("Numbers:"), numbersList(g.numbers, rejected, content));
        layout->addWidget(box);
    }
}

void CaseRequestSection::addPortOut(const CaseRecord &r, QVBoxLayout *layout)
{
    const PortOutRequest &p = r.portOut;
    auto *general = new QGroupBox(tr("Port-out request"), layout->parentWidget());
    auto *form = new QFormLayout(general);
    form->addRow(tr("Admin email:"), valueLabel(p.adminEmail, general));
    form->addRow(
        tr("Product type:"), valueLabel(CaseTerms::productTypeLabel(p.productType), general));
    // The account ID is an account number: it masks as one.
    form->addRow(tr("Account ID:"),
        r.portOutAccountId.isEmpty()
            ? static_cast<QWidget *>(valueLabel(tr("not issued yet"), general))
            : secretField(QStringLiteral("portOut.accountId"), CaseSecrets::of(r), tr("account ID")));
    form->addRow(tr("PIN:"),
        r.portOutPin.isEmpty()
            ? static_cast<QWidget *>(valueLabel(tr("not issued yet"), general))
            : secretField(QStringLiteral("portOut.pin"), CaseSecrets::of(r), tr("PIN")));
    form->addRow(tr("Numbers:"), numbersList(r.numbers, {}, layout->parentWidget()));
    layout->addWidget(general);
}

} // namespace portdesk
