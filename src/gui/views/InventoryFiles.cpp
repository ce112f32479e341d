// SPDX-License-Identifier: Apache-2.0
#include "InventoryView.h"

#include "Dialogs.h"
#include "inventory/BulkAction.h"
#include "inventory/ImportReport.h"
#include "inventory/UsersDialog.h"

#include "models/InventoryModel.h"
#include "service/InventoryExchange.h"
#include "service/Services.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

// The inventory view's file work: export, import (with the Voice Connectors
// a file names), and the users behind File > Users.

namespace portdesk {

void InventoryView::manageUsers()
{
    UsersDialog dialog(m_service, this);
    dialog.exec();
    refresh();
}

void InventoryView::exportInventory()
{
    const QString path
        = Dialogs::saveFileName(this, tr("Export inventory"), QStringLiteral("inventory.json"),
            tr("ListPhoneNumbers JSON (*.json);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    const auto format
        = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? InventoryExchange::Format::Csv
        : InventoryExchange::Format::Json;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Dialogs::warning(this, tr("Export inventory"),
            tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    StoreStatus status;
    bool ok = false;
    setBusy(true);
    InventoryExchange &exchange = m_service.exchange;
    BulkAction::runWithProgress(this, tr("Exporting…"), [&](const BulkProgress &p) {
        ok = exchange.exportTo(&file, format, m_model->storeFilter(), &status, p);
    });
    setBusy(false);
    if (!ok || !file.commit()) {
        file.cancelWriting();
        m_lastSummary = status.ok() ? tr("%1 could not be written: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())
                                    : status.message;
        Dialogs::warning(this, tr("Export inventory"), m_lastSummary);
        return;
    }
    m_lastSummary = tr("Exported %n number(s) to %1.", nullptr, m_model->rowCount())
                        .arg(QDir::toNativeSeparators(path));
    showMessage(m_lastSummary);
}

void InventoryView::importInventory()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import inventory"), tr("ListPhoneNumbers JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    InventoryExchange &exchange = m_service.exchange;
    InventoryExchange::ImportOptions options;
    ImportResult result;
    const auto runImport = [&] {
        setBusy(true);
        BulkAction::runWithProgress(this, tr("Importing…"), [&](const BulkProgress &p) {
            options.progress = p;
            result = exchange.importJsonFile(path, options);
        });
        setBusy(false);
    };
    runImport();
    // Voice Connectors named in the file but missing here can be created with it.
    const bool onlyMissingConnectors = !result.refused.isEmpty()
        && std::all_of(result.refused.cbegin(), result.refused.cend(), [](const ImportRefusal &r) {
               return r.rule == QLatin1String("import.voice-connector-missing");
           });
    if (onlyMissingConnectors
        && Dialogs::question(this, tr("Import inventory"),
               tr("%n row(s) name a Voice Connector that does not exist here. Create the missing "
                  "Voice Connectors (default region, no encryption) and import?",
                   nullptr, int(result.refused.size())),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            == QMessageBox::Yes) {
        options.createMissingVoiceConnectors = true;
        runImport();
    }
    const QStringList lines = ImportReport::lines(result);
    m_lastSummary = lines.join(QLatin1Char('\n'));
    if (!result.ok())
        Dialogs::warning(this, tr("Import inventory"), m_lastSummary);
    showMessage(lines.constFirst());
    if (result.ok()) {
        refresh();
        Q_EMIT changed();
    }
}

} // namespace portdesk
