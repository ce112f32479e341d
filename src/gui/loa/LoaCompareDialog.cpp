#include "LoaCompareDialog.h"

#include "core/PhoneNumber.h"
#include "core/Secret.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portdesk {

LoaCompareDialog::LoaCompareDialog(qint64 caseId, int group, const QString &from,
    const QString &to, const QList<LoaFieldChange> &changes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loaCompareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Compare LOA versions: case %1, carrier group %2").arg(caseId).arg(group + 1));
    QDialog *dialog = this;
    auto *intro = new QLabel(changes.isEmpty()
            ? tr("No field of the LOA differs between %1 and %2.").arg(from, to)
            : tr("%n field(s) of the LOA differ from %1 to %2:", nullptr,
                int(changes.size()))
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
    const auto fill = [table, changes](bool show) {
        for (int row = 0; row < changes.size(); ++row) {
            const LoaFieldChange &c = changes.at(row);
            const auto text = [&c, show](const QString &value) {
                if (c.secret && !show) {
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
            table->setItem(row, 0, new QTableWidgetItem(field));
            table->setItem(row, 1, new QTableWidgetItem(text(c.oldValue)));
            table->setItem(row, 2, new QTableWidgetItem(text(c.newValue)));
        }
        table->resizeColumnsToContents();
    };
    fill(false);
    connect(reveal, &QCheckBox::toggled, dialog, fill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(reveal);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace portdesk
