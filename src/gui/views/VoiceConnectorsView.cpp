// SPDX-License-Identifier: Apache-2.0
#include "VoiceConnectorsView.h"

#include "Dialogs.h"
#include "VoiceConnectorDialog.h"

#include "models/VoiceConnectorsModel.h"
#include "service/Services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portdesk {

VoiceConnectorsView::VoiceConnectorsView(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new VoiceConnectorsModel(service, this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("voiceConnectorsView"));
    m_table->setObjectName(QStringLiteral("voiceConnectorTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Voice Connectors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *create = new QPushButton(tr("&New Voice Connector…"), this);
    create->setObjectName(QStringLiteral("newVoiceConnectorButton"));
    m_edit->setObjectName(QStringLiteral("editVoiceConnectorButton"));
    m_delete->setObjectName(QStringLiteral("deleteVoiceConnectorButton"));
    m_delete->setToolTip(
        tr("A Voice Connector with numbers assigned cannot be deleted: unassign them first."));
    connect(create, &QPushButton::clicked, this, &VoiceConnectorsView::createConnector);
    connect(m_edit, &QPushButton::clicked, this, &VoiceConnectorsView::editCurrentConnector);
    connect(m_delete, &QPushButton::clicked, this, &VoiceConnectorsView::deleteCurrentConnector);
    connect(m_table, &QTableView::activated, this, &VoiceConnectorsView::editCurrentConnector);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &VoiceConnectorsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VoiceConnectorsView::updateButtons);

    auto *intro
        = new QLabel(tr("Numbers ported for Voice Connector are assigned to one of these."), this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(create);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    updateButtons();
}

bool VoiceConnectorsView::refresh(QString *error)
{
    const QString current = m_table->currentIndex().isValid()
        ? m_model->connectorAt(m_table->currentIndex().row()).name
        : QString();
    StoreStatus status;
    if (!m_model->reload(&status)) {
        if (error)
            *error = status.message;
        return false;
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 24);
    if (!current.isEmpty())
        selectConnector(current);
    updateButtons();
    return true;
}

bool VoiceConnectorsView::selectConnector(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void VoiceConnectorsView::updateButtons()
{
    const bool current = m_table->currentIndex().isValid();
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}

void VoiceConnectorsView::createConnector()
{
    VoiceConnectorDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectConnector(dialog.createdName());
    Q_EMIT changed();
}

void VoiceConnectorsView::editCurrentConnector()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    VoiceConnectorDialog dialog(m_service, m_model->connectorAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectConnector(dialog.createdName());
    Q_EMIT changed();
}

void VoiceConnectorsView::deleteCurrentConnector()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const VoiceConnector vc = m_model->connectorAt(current.row());
    if (Dialogs::question(this, tr("Delete Voice Connector"),
            tr("Delete the Voice Connector %1? This cannot be undone.").arg(vc.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const ChangeResult result = m_service.directory.deleteVoiceConnector(vc.id);
    if (!result.ok()) {
        QStringList lines;
        if (!result.status.ok())
            lines << result.status.message;
        for (const Violation &v : result.violations)
            lines << v.message;
        Dialogs::warning(this, tr("Delete Voice Connector"), lines.join(QLatin1Char('\n')));
        return;
    }
    refresh();
    Q_EMIT changed();
}

} // namespace portdesk
