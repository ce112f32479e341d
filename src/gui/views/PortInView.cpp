// SPDX-License-Identifier: Apache-2.0
#include "PortInView.h"
#include "models/Tones.h"

#include "gui/Dialogs.h"
#include "service/Services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk {

PortInView::PortInView(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_drafts(new QListWidget(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("D&iscard"), this))
{
    auto *intro = new QLabel(
        tr("<h2>Port numbers in</h2>"
           "<p>Bring existing United States numbers from your current carrier to Business "
           "Calling or to a Voice Connector. Porting usually takes 2–4 weeks: support checks "
           "that the numbers can be ported, you sign a Letter of Authorization for each "
           "carrier, the carrier gives a Firm Order Commit (FOC) date, and one day before "
           "it the numbers appear in your inventory.</p>"
           "<p>Have ready: the numbers, and for each carrier account the Billing Telephone "
           "Number (BTN), the authorizing person, and the customer name and service "
           "address exactly as on the carrier contract.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *start = new QPushButton(tr("&New port-in request…"), this);
    start->setObjectName(QStringLiteral("newPortIn"));
    start->setDefault(true);
    auto *portOut = new QPushButton(tr("Port &out numbers…"), this);
    portOut->setObjectName(QStringLiteral("portOutNumbers"));
    connect(start, &QPushButton::clicked, this, &PortInView::newPortInRequested);
    connect(portOut, &QPushButton::clicked, this, &PortInView::portOutRequested);

    m_drafts->setObjectName(QStringLiteral("draftList"));
    m_drafts->setAccessibleName(tr("Drafts"));
    auto *draftsLabel = new QLabel(tr("&Drafts not yet submitted (kept for 30 days):"), this);
    draftsLabel->setBuddy(m_drafts);
    connect(m_drafts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT resumeDraftRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_drafts->currentItem())
            Q_EMIT resumeDraftRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_drafts->currentItem();
        if (!item)
            return;
        if (Dialogs::question(this, tr("Discard draft"),
                              tr("Discard the draft \"%1\"? It cannot be recovered.").arg(item->text()),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
            return;
        const ChangeResult result = m_service.drafts.discardDraft(item->data(Qt::UserRole).toLongLong());
        if (!result.ok())
            Dialogs::warning(this, tr("Discard draft"), result.status.ok() ? result.violations.value(0).message
                                                                           : result.status.message);
        refresh();
    });
    connect(m_drafts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_resume->setEnabled(current);
        m_discard->setEnabled(current);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(start);
    buttons->addWidget(portOut);
    buttons->addStretch();
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addStretch();
    draftButtons->addWidget(m_resume);
    draftButtons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(draftsLabel);
    layout->addWidget(m_drafts, 1);
    layout->addLayout(draftButtons);
    m_resume->setEnabled(false);
    m_discard->setEnabled(false);
}

bool PortInView::refresh(QString *error)
{
    StoreStatus status;
    const QList<Draft> drafts = m_service.drafts.listDrafts(QStringLiteral("port-in"), &status);
    if (!status.ok()) {
        if (error)
            *error = status.message;
        return false;
    }
    const qint64 selected = m_drafts->currentItem() ? m_drafts->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_drafts->clear();
    const QLocale locale;
    for (const Draft &d : drafts) {
        QString text = d.title.isEmpty() ? tr("Port-in request") : d.title;
        text += QStringLiteral(" — ") + tr("last changed %1").arg(locale.toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_drafts);
        item->setData(Qt::UserRole, d.id);
        if (d.expiresSoon) {
            item->setText(text + QStringLiteral(" — ")
                          + tr("will be deleted on %1").arg(locale.toString(d.expiresAt.toLocalTime().date(), QLocale::ShortFormat)));
            item->setForeground(tones::text(tones::Tone::Warning, m_drafts->palette(), QPalette::Base));
        }
        if (d.id == selected)
            m_drafts->setCurrentItem(item);
    }
    return true;
}

} // namespace portdesk
