#include "CasesView.h"

#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "models/CaseListModel.h"
#include "store/PortingService.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace portdesk {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("–");
}

QString masked(const QString &secret)
{
    return secret.isEmpty() ? QStringLiteral("–") : QString(secret.size(), QChar(0x2022));
}

} // namespace

CasesView::CasesView(PortingService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new CaseListModel(service, this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Cases"));
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setAccessibleName(tr("Case details"));
    m_details->setPlaceholderText(tr("Select a case to see its request, history and timeline."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetails(m_model->caseAt(current.row()).id);
            });
}

bool CasesView::refresh(QString *error)
{
    const qint64 selected = m_table->currentIndex().isValid()
        ? m_model->caseAt(m_table->currentIndex().row()).id : 0;
    StoreStatus status;
    if (!m_model->reload(&status)) {
        if (error)
            *error = status.message;
        return false;
    }
    m_table->resizeColumnsToContents();
    if (selected)
        showCase(selected);
    return true;
}

void CasesView::showCase(qint64 caseId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseAt(row).id == caseId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
            showDetails(caseId);
            return;
        }
    }
}

QString CasesView::detailsText() const
{
    return m_details->toPlainText();
}

void CasesView::showDetails(qint64 caseId)
{
    CaseRecord c;
    StoreStatus status;
    if (!m_service.loadCase(caseId, &c, &status)) {
        m_details->setPlainText(status.ok() ? tr("Case %1 no longer exists.").arg(caseId) : status.message);
        return;
    }
    QString html;
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("Case %1 · %2 · %3")
                         .arg(c.id)
                         .arg(c.kind == CaseKind::PortIn ? tr("Port in") : tr("Port out"), displayName(c.state))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    row(tr("Product type"), c.productType == ProductType::VoiceConnector ? tr("Voice Connector") : tr("Business Calling"));
    row(tr("Admin email"), c.adminEmail);
    row(tr("Order status"), orderStatus(c.state));
    if (c.kind == CaseKind::PortIn) {
        if (!c.portIn.voiceConnector.isEmpty())
            row(tr("Voice Connector"), c.portIn.voiceConnector);
        row(tr("Requested port"), when(c.portIn.requestedPortAt));
    }
    row(tr("FOC"), when(c.focAt));
    html += QStringLiteral("</table>");
    if (c.kind == CaseKind::PortIn) {
        for (qsizetype i = 0; i < c.portIn.carriers.size(); ++i) {
            const CarrierGroup &g = c.portIn.carriers.at(i);
            html += QStringLiteral("<h4>%1</h4><table cellspacing='4'>")
                        .arg(tr("Carrier group %1: %2").arg(i + 1).arg(g.carrier.isEmpty() ? tr("carrier not known") : g.carrier).toHtmlEscaped());
            row(tr("Customer"), g.customerName);
            row(tr("Service address"), g.serviceAddress.street + QStringLiteral(", ") + g.serviceAddress.city
                                           + QStringLiteral(", ") + g.serviceAddress.state + QLatin1Char(' ') + g.serviceAddress.zip);
            row(tr("BTN"), PhoneNumbers::formatNational(PhoneNumbers::check(g.btn).e164));
            row(tr("Account number"), masked(g.accountNumber));
            row(tr("PIN"), masked(g.pin));
            row(tr("Authorizing person"), g.authorizingPerson);
            QStringList numbers;
            for (const QString &n : g.numbers)
                numbers << PhoneNumbers::formatNational(PhoneNumbers::check(n).e164);
            row(tr("Numbers (%1)").arg(numbers.size()), numbers.join(QStringLiteral(", ")));
            html += QStringLiteral("</table>");
        }
    } else {
        QStringList numbers;
        for (const QString &n : c.numbers)
            numbers << PhoneNumbers::formatNational(n);
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Numbers (%1):").arg(numbers.size()).toHtmlEscaped(),
                                                          numbers.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    QList<RecordedEvent> history;
    html += QStringLiteral("<h4>%1</h4><table cellspacing='4'>").arg(tr("History").toHtmlEscaped());
    for (const CaseEventRecord &e : c.events) {
        history.append(e.event);
        QString detail = e.event.args.reason;
        if (!e.event.args.fields.isEmpty())
            detail = tr("fields: %1").arg(e.event.args.fields.join(QStringLiteral(", ")))
                + (detail.isEmpty() ? QString() : QStringLiteral(" · ") + detail);
        if (e.event.args.focAt.isValid())
            detail = tr("FOC %1").arg(when(e.event.args.focAt));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(when(e.event.at).toHtmlEscaped(), toString(e.event.actor).toHtmlEscaped(),
                         displayName(e.event.event).toHtmlEscaped(), detail.toHtmlEscaped());
    }
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='4'>").arg(tr("Timeline").toHtmlEscaped());
    const QDateTime requested = c.portIn.requestedPortAt.isValid() ? c.portIn.requestedPortAt : c.requestedPortAt;
    for (const Milestone &m : CaseTimeline::build(c.kind, history, requested, Clock::now())) {
        const QString state = m.projected ? (m.overdue ? tr("overdue") : tr("projected")) : tr("done");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(state.toHtmlEscaped(), when(m.at).toHtmlEscaped(), m.label.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace portdesk
