// SPDX-License-Identifier: Apache-2.0
#include "LoaPanel.h"

#include "documents/GainingProviderSettings.h"
#include "documents/LoaContent.h"
#include "loa/LoaCompareDialog.h"
#include "loa/LoaSigning.h"
#include "loa/LoaTexts.h"
#include "models/LoaVersionsModel.h"

#include "Dialogs.h"
#include "LoaPrintPreview.h"
#include "LoaSignDialog.h"
#include "MessageLabel.h"

#include "core/Clock.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portdesk {

LoaPanel::LoaPanel(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel(this))
    , m_groups(new QTreeWidget(this))
    , m_sign(new QPushButton(tr("Si&gn…"), this))
    , m_export(new QPushButton(tr("E&xport PDF…"), this))
    , m_print(new QPushButton(tr("Pr&int…"), this))
    , m_language(new QComboBox(this))
    , m_versions(new QTreeView(this))
    , m_versionsModel(new LoaVersionsModel(this))
    , m_compare(new QPushButton(tr("Co&mpare…"), this))
    , m_files(new LoaAttachments(service, this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("loaPanel"));
    m_summary->setWordWrap(true);

    m_groups->setObjectName(QStringLiteral("loaGroups"));
    m_groups->setHeaderLabels(
        { tr("Carrier group"), tr("LOA"), tr("Signed by"), tr("Valid until") });
    m_groups->setRootIsDecorated(false);
    m_groups->setAllColumnsShowFocus(true);
    m_groups->setAccessibleName(tr("Letters of Authorization, one per carrier group"));
    m_groups->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_groups->header()->setStretchLastSection(false);
    m_sign->setObjectName(QStringLiteral("loaSign"));
    m_export->setObjectName(QStringLiteral("loaExport"));
    m_print->setObjectName(QStringLiteral("loaPrint"));
    m_language->setObjectName(QStringLiteral("loaLanguage"));
    m_language->addItem(tr("English"), toString(LoaLanguage::English));
    m_language->addItem(tr("Spanish"), toString(LoaLanguage::Spanish));
    m_language->setToolTip(tr("The language the LOA is written in"));
    m_sign->setToolTip(tr("The authorizing person signs this carrier group's LOA"));

    m_versions->setObjectName(QStringLiteral("loaVersions"));
    m_versions->setModel(m_versionsModel);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setRootIsDecorated(false);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setAccessibleName(tr("Signed versions of the selected LOA"));
    m_compare->setObjectName(QStringLiteral("loaCompare"));
    m_compare->setToolTip(tr("Two versions selected: what changed between them. One: what "
                             "changed since it was signed. None: since the last version."));

    m_message->setObjectName(QStringLiteral("loaMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *groupsLabel = new QLabel(tr("Letters of Authorization, &by carrier group:"), this);
    groupsLabel->setBuddy(m_groups);
    auto *languageLabel = new QLabel(tr("Lang&uage:"), this);
    languageLabel->setBuddy(m_language);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_sign);
    groupButtons->addWidget(m_export);
    groupButtons->addWidget(m_print);
    groupButtons->addStretch();
    groupButtons->addWidget(languageLabel);
    groupButtons->addWidget(m_language);

    auto *versionsLabel
        = new QLabel(tr("Signed versions of the selected LOA, newest first:"), this);
    versionsLabel->setBuddy(m_versions);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_compare);
    versionButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(groupsLabel);
    layout->addWidget(m_groups, 2);
    layout->addLayout(groupButtons);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 2);
    layout->addLayout(versionButtons);
    layout->addWidget(m_files, 2);
    layout->addWidget(m_message);

    setTabOrder(m_groups, m_sign);
    setTabOrder(m_sign, m_export);
    setTabOrder(m_export, m_print);
    setTabOrder(m_print, m_language);
    setTabOrder(m_language, m_versions);
    setTabOrder(m_versions, m_compare);
    // The attachments part's own order follows (it is made after Compare…).

    connect(m_groups, &QTreeWidget::currentItemChanged, this, [this] {
        fillVersions();
        updateActions();
    });
    connect(m_groups, &QTreeWidget::itemActivated, this, [this] {
        if (m_sign->isVisible() && m_sign->isEnabled())
            signSelected();
    });
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LoaPanel::updateActions);
    connect(m_versions, &QAbstractItemView::activated, this, &LoaPanel::compareSelected);
    connect(m_sign, &QPushButton::clicked, this, &LoaPanel::signSelected);
    connect(m_export, &QPushButton::clicked, this, &LoaPanel::exportSelected);
    connect(m_print, &QPushButton::clicked, this, &LoaPanel::printSelected);
    connect(m_compare, &QPushButton::clicked, this, &LoaPanel::compareSelected);
    connect(m_files, &LoaAttachments::message, this, &LoaPanel::showMessage);
    connect(m_files, &LoaAttachments::reloadWanted, this, &LoaPanel::reload);
    connect(m_files, &LoaAttachments::caseChanged, this, &LoaPanel::caseChanged);

    reload();
}

LoaPanel::~LoaPanel() = default;

void LoaPanel::setUrlOpener(UrlOpener opener)
{
    LoaAttachments::setUrlOpener(std::move(opener));
}

void LoaPanel::setRole(Role role)
{
    m_role = role;
    m_files->setRole(role);
    updateActions();
}

void LoaPanel::showCase(qint64 caseId)
{
    forgetIfOther(caseId);
    m_caseId = caseId;
    reload();
}

void LoaPanel::showCase(const CaseRecord &record)
{
    forgetIfOther(record.id);
    m_caseId = record.id;
    fill(&record);
}

void LoaPanel::forgetIfOther(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_message->clear();
        m_message->hide();
        if (m_compareDialog)
            m_compareDialog->close();
    }
}

void LoaPanel::reload()
{
    fill(nullptr);
}

void LoaPanel::fill(const CaseRecord *record)
{
    const int group = currentGroup();
    m_haveCase = false;
    m_status.clear();
    QList<CaseAttachment> files;
    StoreStatus status;
    if (record)
        m_case = *record; // read by the case view already: not read twice
    if (m_caseId > 0 && (record || m_service.cases.loadCase(m_caseId, &m_case, &status))) {
        m_haveCase = true;
        if (m_case.kind == CaseKind::PortIn)
            m_status = m_service.loas.loaStatus(m_caseId, &status);
        if (status.ok()) // one read for the attached and the deleted files
            files = m_service.loas.listAttachments(m_caseId, &status, AttachmentScope::All);
    }
    if (!status.ok())
        showMessage(status.message, true);
    m_summary->setText(
        LoaTexts::caseSummary(m_caseId, m_haveCase ? &m_case : nullptr, status.ok(), m_status));

    fillGroups();
    selectGroup(group >= 0 && group < m_status.size() ? group : 0);
    m_files->setCase(
        m_haveCase ? m_caseId : 0, m_haveCase && !CaseStateMachine::isTerminal(m_case.state));
    m_files->setFiles(files);
    updateActions();
}

void LoaPanel::fillGroups()
{
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    const QDateTime now = Clock::now();
    for (const LoaGroupStatus &g : std::as_const(m_status)) {
        auto *item = new QTreeWidgetItem(m_groups);
        item->setText(0, LoaTexts::groupName(g));
        item->setText(1, LoaTexts::stateText(g));
        item->setData(0, Qt::UserRole, g.carrierIndex);
        if (g.state != LoaState::Unsigned) {
            item->setText(2,
                g.version.signer.title.isEmpty()
                    ? g.version.signer.name
                    : tr("%1, %2").arg(g.version.signer.name, g.version.signer.title));
        }
        if (g.state == LoaState::Signed) {
            item->setText(3, LoaTexts::shortDate(g.version.expiresAt()));
            if (g.version.expiresAt() < now.addDays(14))
                item->setToolTip(3,
                    tr("Expires soon: sign again if the LOAs are not submitted "
                       "before then."));
        }
        if (g.state != LoaState::Signed) {
            // What still needs doing stands out (in bold, not by colour alone).
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        item->setToolTip(1, LoaTexts::stateText(g));
    }
    for (int c = 0; c < m_groups->columnCount(); ++c)
        m_groups->resizeColumnToContents(c);
}

int LoaPanel::currentGroup() const
{
    const QTreeWidgetItem *item = m_groups->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void LoaPanel::selectGroup(int index)
{
    if (index >= 0 && index < m_groups->topLevelItemCount())
        m_groups->setCurrentItem(m_groups->topLevelItem(index));
    fillVersions();
    updateActions();
}

void LoaPanel::fillVersions()
{
    const QSignalBlocker block(m_versions->selectionModel());
    const int group = currentGroup();
    if (group < 0 || group >= m_status.size())
        m_versionsModel->clear();
    else
        m_versionsModel->setGroup(m_status.at(group), Clock::now());
    for (int c = 0; c < LoaVersionsModel::ColumnCount; ++c)
        m_versions->resizeColumnToContents(c);
}

void LoaPanel::updateActions()
{
    const bool admin = m_role == Role::Admin;
    const bool portIn = m_haveCase && m_case.kind == CaseKind::PortIn;
    const bool open = m_haveCase && !CaseStateMachine::isTerminal(m_case.state);
    const bool group = portIn && currentGroup() >= 0;

    m_groups->setEnabled(portIn);
    m_versions->setEnabled(portIn);
    m_sign->setVisible(admin);
    m_sign->setEnabled(group && open);
    m_export->setEnabled(group);
    m_print->setEnabled(group);
    m_language->setEnabled(portIn);
    m_compare->setEnabled(group && !m_status.value(currentGroup()).versions.isEmpty()
        && m_versions->selectionModel()->selectedRows().size() <= 2);
}

void LoaPanel::showMessage(const QString &text, bool refused)
{
    m_message->setText(text);
    m_message->setProperty("refused", refused);
    m_message->setVisible(!text.isEmpty());
}

// ---------------------------------------------------------------------------
// Signing, export, print

void LoaPanel::signSelected()
{
    const int group = currentGroup();
    if (m_role != Role::Admin || !m_haveCase || group < 0 || m_signDialog)
        return;
    auto *dialog = new LoaSignDialog(m_case.loaRequest(), group, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 caseId = m_caseId;
    // What the dialog shows is what gets signed: a change made meanwhile by
    // another program is refused, not signed unseen.
    const QJsonObject shown = LoaContent::forGroup(m_case.loaRequest(), group);
    dialog->setSubmitter([this, dialog, caseId, group, shown](const LoaSigner &signer) {
        const ChangeResult result
            = m_service.loas.signLoa(caseId, group, signer, m_role, nullptr, &shown);
        const Violations violations = LoaSigning::outcome(result);
        if (result.ok()) {
            QStringList lines {
                tr("Carrier group %1's LOA is signed: version %2.").arg(group + 1).arg(result.id)
            };
            for (const Violation &v : std::as_const(violations))
                lines << v.message; // warnings
            showMessage(lines.join(QLatin1Char('\n')), false);
            reload();
            Q_EMIT caseChanged(caseId);
        }
        for (const Violation &v : std::as_const(violations)) {
            if (v.rule != QLatin1String("loa.changed-while-signing"))
                continue;
            // This dialog shows a request that is no more: it closes, the
            // panel shows the case as it is now, and Sign opens the new LOA.
            showMessage(v.message + QLatin1Char(' ')
                    + tr("Press Sign… to see the LOA as the request stands now."),
                true);
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
            reload();
            break;
        }
        return violations;
    });
    m_signDialog = dialog;
    dialog->open();
}

bool LoaPanel::signCorrection(
    Services &service, qint64 caseId, const PortInRequest &corrected, QWidget *parent)
{
    return LoaSigning::signCorrection(service, caseId, corrected, parent);
}

LoaOptions LoaPanel::documentOptions(const LoaGroupStatus &g, bool *signedLetter) const
{
    LoaOptions options;
    options.provider = GainingProviderSettings::load();
    loaLanguageFromString(m_language->currentData().toString(), &options.language);
    options.attachmentNames = m_service.loas.attachmentNames(m_caseId);
    // Only a signature that shows the request as it is now goes on the
    // document; otherwise it has blank lines to sign by hand.
    const bool fits = LoaContent::signatureFits(g, m_case.loaRequest());
    if (fits) {
        options.signature = LoaTexts::signatureOf(g.version);
        options.version = g.version.version;
    }
    if (signedLetter)
        *signedLetter = fits;
    return options;
}

void LoaPanel::exportSelected()
{
    const int group = currentGroup();
    if (!m_haveCase || group < 0 || group >= m_status.size())
        return;
    const LoaGroupStatus &g = m_status.at(group);
    const QString path = Dialogs::saveFileName(this, tr("Export the LOA as PDF"),
        LoaDocument::fileName(m_caseId, group), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    bool signedLetter = false;
    const LoaOptions options = documentOptions(g, &signedLetter);
    QString error;
    if (!LoaDocument::writePdf(m_case.loaRequest(), group, m_caseId, options, path, &error)) {
        showMessage(error, true);
        Dialogs::warning(this, tr("Export the LOA"), error);
        return;
    }
    showMessage(signedLetter ? tr("Carrier group %1's LOA, version %2, signed, is in %3.")
                                   .arg(group + 1)
                                   .arg(g.version.version)
                                   .arg(QDir::toNativeSeparators(path))
                             : tr("Carrier group %1's LOA, unsigned (%2), is in %3.")
                                   .arg(group + 1)
                                   .arg(LoaTexts::stateText(g), QDir::toNativeSeparators(path)),
        false);
}

void LoaPanel::printSelected()
{
    const int group = currentGroup();
    if (!m_haveCase || group < 0 || group >= m_status.size())
        return;
    const LoaGroupStatus &g = m_status.at(group);
    const LoaOptions options = documentOptions(g);
    LoaPrintPreview::open(this, m_case.loaRequest(), group, m_caseId, options);
}

// ---------------------------------------------------------------------------
// Comparing versions

void LoaPanel::compareSelected()
{
    const int group = currentGroup();
    if (group < 0 || group >= m_status.size())
        return;
    const LoaGroupStatus &g = m_status.at(group);
    if (g.versions.isEmpty()) {
        showMessage(
            tr("Carrier group %1's LOA has no signed version to compare.").arg(group + 1), true);
        return;
    }
    QList<int> picked;
    const QModelIndexList selected = m_versions->selectionModel()->selectedRows();
    for (const QModelIndex &row : selected)
        picked << m_versionsModel->versionAt(row.row());
    if (picked.size() > 2) {
        showMessage(tr("Select one or two versions to compare."), true);
        return;
    }
    if (m_compareDialog)
        m_compareDialog->close();
    // A reveal of the LOA's account number or PIN is recorded like the
    // request section's; the history learns of it once the click is handled.
    const qint64 caseId = m_caseId;
    m_compareDialog = LoaCompareDialog::compare(m_caseId, group, g, picked, m_role,
        [this, caseId](const QList<CaseSecret> &secrets, QString *why) {
            const ChangeResult result = m_service.secrets.reveal(caseId, m_role, secrets);
            if (!result.ok()) {
                QStringList reasons;
                for (const Violation &v : result.violations)
                    reasons << v.message;
                *why = result.status.ok() ? reasons.join(QLatin1Char('\n')) : result.status.message;
                return false;
            }
            QMetaObject::invokeMethod(
                this, [this, caseId]() { Q_EMIT caseChanged(caseId); }, Qt::QueuedConnection);
            return true;
        },
        this);
}

} // namespace portdesk
