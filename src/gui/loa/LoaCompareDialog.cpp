// SPDX-License-Identifier: Apache-2.0
#include "LoaCompareDialog.h"

#include "LoaTexts.h"
#include "core/PhoneNumber.h"
#include "core/Secret.h"
#include "documents/LoaContent.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

LoaCompareDialog::LoaCompareDialog(qint64 caseId, int group, const QString &from, const QString &to,
    const QList<LoaFieldChange> &changes, Role role, const RevealHook &reveal_, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loaCompareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Compare LOA versions: case %1, carrier group %2").arg(caseId).arg(group + 1));
    QDialog *dialog = this;
    auto *intro = new QLabel(changes.isEmpty()
            ? tr("No field of the LOA differs between %1 and %2.").arg(from, to)
            : tr("%n field(s) of the LOA differ from %1 to %2:", nullptr, int(changes.size()))
                  .arg(from, to),
        dialog);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(changes.size()), 3, dialog);
    table->setObjectName(QStringLiteral("loaCompareTable"));
    table->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *reveal = new QCheckBox(tr("&Reveal the account number and PIN"), dialog);
    reveal->setObjectName(QStringLiteral("loaCompareReveal"));
    bool anySecret = false;
    for (const LoaFieldChange &c : std::as_const(changes))
        anySecret = anySecret || c.secret;
    reveal->setVisible(anySecret);
    // The secrets the role may reveal (named as the case's, by field and
    // group) and why it may not reveal the others.
    const auto fieldOf = [](const LoaFieldChange &c) {
        return c.field == QLatin1String("pin") ? CaseSecret::Field::Pin
                                               : CaseSecret::Field::AccountNumber;
    };
    QList<CaseSecret> revealable;
    QStringList whyNot;
    for (const LoaFieldChange &c : std::as_const(changes)) {
        if (!c.secret)
            continue;
        CaseSecret s;
        s.field = fieldOf(c);
        s.group = group + 1;
        const QString why = CaseSecrets::whyNot(role, s);
        if (!why.isEmpty() && !whyNot.contains(why))
            whyNot << why;
        const bool listed = std::any_of(revealable.cbegin(), revealable.cend(),
            [&s](const CaseSecret &r) { return r.sameAs(s); });
        if (why.isEmpty() && !listed)
            revealable << s;
    }
    reveal->setEnabled(!revealable.isEmpty());
    reveal->setToolTip(whyNot.join(QLatin1Char('\n')));
    const auto fill = [table, changes, role, fieldOf](bool show) {
        for (int row = 0; row < changes.size(); ++row) {
            const LoaFieldChange &c = changes.at(row);
            const bool shown = show && CaseSecrets::mayReveal(role, fieldOf(c));
            const auto text = [&c, shown](const QString &value) {
                if (c.secret && !shown) {
                    return Secret(c.field == QLatin1String("pin") ? Secret::Kind::Pin
                                                                  : Secret::Kind::AccountNumber,
                        value)
                        .masked();
                }
                if (c.field == QLatin1String("numbers") || c.field == QLatin1String("btn")
                    || c.field == QLatin1String("newBtn"))
                    return PhoneNumbers::formatNational(value);
                return value;
            };
            QString field = c.field;
            if (c.kind == LoaFieldChange::Kind::Added)
                field = tr("%1 (added)").arg(c.field);
            else if (c.kind == LoaFieldChange::Kind::Removed)
                field = tr("%1 (removed)").arg(c.field);
            auto *fieldItem = new QTableWidgetItem(field);
            fieldItem->setData(Qt::UserRole, c.field); // the key alone: the text may say "(added)"
            table->setItem(row, 0, fieldItem);
            table->setItem(row, 1, new QTableWidgetItem(text(c.oldValue)));
            table->setItem(row, 2, new QTableWidgetItem(text(c.newValue)));
        }
        table->resizeColumnsToContents();
    };
    fill(false);
    connect(reveal, &QCheckBox::toggled, dialog, [reveal, revealable, hook = reveal_, fill](bool on) {
        QString why;
        if (on && hook && !hook(revealable, &why)) {
            const QSignalBlocker blocker(reveal); // not recorded: not shown
            reveal->setChecked(false);
            reveal->setToolTip(why);
            return;
        }
        fill(on);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(reveal);
    layout->addWidget(buttons);
    resize(640, 360);
}

LoaCompareDialog *LoaCompareDialog::compare(qint64 caseId, int group, const LoaGroupStatus &g,
    QList<int> picked, Role role, const RevealHook &reveal, QWidget *parent)
{
    std::sort(picked.begin(), picked.end());
    const auto versionOf = [&g](int number) {
        const auto it = std::find_if(g.versions.cbegin(), g.versions.cend(),
            [number](const LoaVersion &v) { return v.version == number; });
        return it == g.versions.cend() ? LoaVersion() : *it;
    };
    const auto describe = [](const LoaVersion &v) {
        return tr("version %1 (signed %2 by %3)")
            .arg(v.version)
            .arg(LoaTexts::shortTime(v.signedAt), v.signer.name);
    };
    QJsonObject older, newer;
    QString from, to;
    if (picked.size() == 2) {
        const LoaVersion a = versionOf(picked.at(0));
        const LoaVersion b = versionOf(picked.at(1));
        older = a.content;
        newer = b.content;
        from = describe(a);
        to = describe(b);
    } else {
        const LoaVersion a = picked.isEmpty() ? g.versions.constLast() : versionOf(picked.first());
        older = a.content;
        newer = g.content;
        from = describe(a);
        to = tr("the request as it stands now");
    }
    auto *dialog = new LoaCompareDialog(
        caseId, group, from, to, LoaContent::diff(older, newer), role, reveal, parent);
    dialog->open();
    return dialog;
}

} // namespace portdesk
