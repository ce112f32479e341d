#include "LoaPanel.h"

#include "loa/AttachmentCopy.h"
#include "models/LoaVersionsModel.h"
#include "loa/LoaCompareDialog.h"
#include "loa/LoaTexts.h"
#include "loa/LoaSigning.h"
#include "core/Secret.h"
#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/AttachmentRules.h"
#include "documents/LoaContent.h"

#include "Dialogs.h"
#include "LoaPrintPreview.h"
#include "LoaSignDialog.h"
#include "MessageLabel.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

namespace {

LoaPanel::UrlOpener &urlOpener()
{
    static LoaPanel::UrlOpener opener;
    return opener;
}

// A row of the attachment list that shows a file deleted from the case.
bool isDeleted(const QTreeWidgetItem *item)
{
    return item && item->data(1, Qt::UserRole).toBool();
}

} // namespace

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
    , m_attachments(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_remove(new QPushButton(tr("De&lete"), this))
    , m_restore(new QPushButton(tr("Restore"), this))
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

    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Size"), tr("Added") });
    m_attachments->setRootIsDecorated(false);
    m_attachments->setAllColumnsShowFocus(true);
    m_attachments->setAccessibleName(tr("Attachments of the case"));
    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    for (const AttachmentKind kind :
        { AttachmentKind::CarrierInvoice, AttachmentKind::CustomerServiceRecord })
        m_kind->addItem(displayName(kind), toString(kind));
    m_add->setObjectName(QStringLiteral("attachmentAdd"));
    m_open->setObjectName(QStringLiteral("attachmentOpen"));
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    m_restore->setObjectName(QStringLiteral("attachmentRestore"));
    m_remove->setToolTip(tr("Deletes the file from the case: the LOA no longer names it. It stays "
                            "in the list, greyed, for Restore."));
    m_restore->setToolTip(tr("Attaches a deleted file to the case again."));
    m_add->setToolTip(tr("A recent carrier invoice or customer service record: PDF, PNG or "
                         "JPEG, at most %1")
                          .arg(LoaTexts::sizeText(AttachmentRules::maxBytes)));

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

    auto *filesLabel = new QLabel(tr("Attachments (named on the LOA):"), this);
    filesLabel->setBuddy(m_attachments);
    auto *kindLabel = new QLabel(tr("Attachment &kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(kindLabel);
    fileButtons->addWidget(m_kind);
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_open);
    fileButtons->addWidget(m_remove);
    fileButtons->addWidget(m_restore);
    fileButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(groupsLabel);
    layout->addWidget(m_groups, 2);
    layout->addLayout(groupButtons);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 2);
    layout->addLayout(versionButtons);
    layout->addWidget(filesLabel);
    layout->addWidget(m_attachments, 2);
    layout->addLayout(fileButtons);
    layout->addWidget(m_message);

    setTabOrder(m_groups, m_sign);
    setTabOrder(m_sign, m_export);
    setTabOrder(m_export, m_print);
    setTabOrder(m_print, m_language);
    setTabOrder(m_language, m_versions);
    setTabOrder(m_versions, m_compare);
    setTabOrder(m_compare, m_attachments);
    setTabOrder(m_attachments, m_kind);
    setTabOrder(m_kind, m_add);
    setTabOrder(m_add, m_open);
    setTabOrder(m_open, m_remove);
    setTabOrder(m_remove, m_restore);

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
    connect(m_attachments, &QTreeWidget::currentItemChanged, this, &LoaPanel::updateActions);
    connect(m_attachments, &QTreeWidget::itemActivated, this, &LoaPanel::openAttachment);
    connect(m_sign, &QPushButton::clicked, this, &LoaPanel::signSelected);
    connect(m_export, &QPushButton::clicked, this, &LoaPanel::exportSelected);
    connect(m_print, &QPushButton::clicked, this, &LoaPanel::printSelected);
    connect(m_compare, &QPushButton::clicked, this, &LoaPanel::compareSelected);
    connect(m_add, &QPushButton::clicked, this, &LoaPanel::addAttachment);
    connect(m_open, &QPushButton::clicked, this, &LoaPanel::openAttachment);
    connect(m_remove, &QPushButton::clicked, this, &LoaPanel::removeAttachment);
    connect(m_restore, &QPushButton::clicked, this, &LoaPanel::restoreAttachment);
    // The Delete key in the list deletes the selected file (Restore undoes it).
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_attachments);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_remove->isVisible() && m_remove->isEnabled())
            removeAttachment();
    });

    reload();
}

LoaPanel::~LoaPanel() = default;

void LoaPanel::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void LoaPanel::setRole(Role role)
{
    m_role = role;
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
        m_lastComparison.clear();
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
    const QString file = m_attachments->currentItem()
        ? m_attachments->currentItem()->data(0, Qt::UserRole).toString()
        : QString();
    m_haveCase = false;
    m_status.clear();
    m_files.clear();
    m_removedFiles.clear();
    StoreStatus status;
    if (record)
        m_case = *record; // read by the case view already: not read twice
    if (m_caseId > 0 && (record || m_service.cases.loadCase(m_caseId, &m_case, &status))) {
        m_haveCase = true;
        if (m_case.kind == CaseKind::PortIn)
            m_status = m_service.loas.loaStatus(m_caseId, &status);
        if (status.ok()) {
            // One read; the deleted files listed after the attached ones.
            for (const CaseAttachment &a : m_service.loas.listAttachments(m_caseId, &status, AttachmentScope::All))
                (a.removedAt.isValid() ? m_removedFiles : m_files).append(a);
        }
    }
    if (!status.ok())
        showMessage(status.message, true);

    if (!m_haveCase) {
        m_summary->setText(m_caseId > 0 && status.ok() ? tr("There is no case %1.").arg(m_caseId)
                                                       : tr("No case selected."));
    } else if (m_case.kind != CaseKind::PortIn) {
        m_summary->setText(tr("Case %1 is a port-out: it has no LOA. Files about it can still be "
                              "attached.")
                               .arg(m_caseId));
    } else {
        const int ready = int(std::count_if(m_status.cbegin(), m_status.cend(),
            [](const LoaGroupStatus &g) { return g.state == LoaState::Signed; }));
        QString text
            = tr("%1 of %n LOA(s) signed and current.", nullptr, int(m_status.size())).arg(ready);
        if (ready < m_status.size())
            text += QLatin1Char(' ')
                + tr("Every carrier group's LOA must be signed, within %1 days and as the request "
                     "stands now, before the LOAs are submitted.")
                      .arg(LoaVersion::validityDays);
        if (CaseStateMachine::isTerminal(m_case.state))
            text += QLatin1Char(' ')
                + tr("The case is %1: nothing more is signed or attached.")
                      .arg(displayName(m_case.state));
        m_summary->setText(text);
    }

    fillGroups();
    selectGroup(group >= 0 && group < m_status.size() ? group : 0);
    fillAttachments();
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i) {
        if (m_attachments->topLevelItem(i)->data(0, Qt::UserRole).toString() == file)
            m_attachments->setCurrentItem(m_attachments->topLevelItem(i));
    }
    if (!m_attachments->currentItem() && m_attachments->topLevelItemCount() > 0)
        m_attachments->setCurrentItem(m_attachments->topLevelItem(0));
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

void LoaPanel::fillAttachments()
{
    const QSignalBlocker block(m_attachments);
    m_attachments->clear();
    const auto add = [this](const CaseAttachment &a, bool removed) {
        auto *item = new QTreeWidgetItem(m_attachments);
        item->setText(0, a.fileName);
        item->setData(0, Qt::UserRole, QString::number(a.id));
        item->setText(1, displayName(a.kind));
        item->setData(1, Qt::UserRole, removed);
        item->setText(2, LoaTexts::sizeText(a.sizeBytes));
        item->setData(2, Qt::UserRole, a.sizeBytes);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, removed ? tr("deleted %1").arg(LoaTexts::shortTime(a.removedAt)) : LoaTexts::shortTime(a.addedAt));
        if (removed) {
            // Greyed and in italics (not by colour alone); Restore brings it back.
            const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
            for (int c = 0; c < m_attachments->columnCount(); ++c) {
                QFont italic = item->font(c);
                italic.setItalic(true);
                item->setFont(c, italic);
                item->setForeground(c, grey);
                item->setToolTip(c,
                    tr("Deleted from the case on %1 (added on %2): not named on the LOA. Restore "
                       "attaches it again until %3; then it goes for good.")
                        .arg(LoaTexts::shortTime(a.removedAt), LoaTexts::shortTime(a.addedAt),
                            LoaTexts::shortTime(a.removedAt.addDays(InventoryService::deletionQueueDays))));
            }
        }
    };
    for (const CaseAttachment &a : std::as_const(m_files))
        add(a, false);
    for (const CaseAttachment &a : std::as_const(m_removedFiles))
        add(a, true);
    for (int c = 0; c < m_attachments->columnCount(); ++c)
        m_attachments->resizeColumnToContents(c);
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

    m_kind->setVisible(admin);
    m_add->setVisible(admin);
    m_remove->setVisible(admin);
    m_restore->setVisible(admin);
    m_add->setEnabled(open);
    m_kind->setEnabled(open);
    const QTreeWidgetItem *file = m_attachments->currentItem();
    const bool removed = isDeleted(file);
    m_open->setEnabled(file && !removed);
    m_remove->setEnabled(file && !removed);
    m_restore->setEnabled(removed && open);
}

QString LoaPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoaPanel::showMessage(const QString &text, bool refused)
{
    m_message->setText(text);
    m_message->setProperty("refused", refused);
    m_message->setVisible(!text.isEmpty());
}

void LoaPanel::showViolations(const Violations &violations, const QString &title)
{
    QStringList lines;
    for (const Violation &v : violations) {
        if (v.isError())
            lines << v.message;
    }
    if (lines.isEmpty())
        return;
    const QString text = lines.join(QLatin1Char('\n'));
    showMessage(text, true);
    Dialogs::warning(this, title, text);
}

// ---------------------------------------------------------------------------
// Signing, export, print

void LoaPanel::signSelected()
{
    const int group = currentGroup();
    if (m_role != Role::Admin || !m_haveCase || group < 0 || m_signDialog)
        return;
    auto *dialog = new LoaSignDialog(m_case.portIn, group, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 caseId = m_caseId;
    // What the dialog shows is what gets signed: a change made meanwhile by
    // another program is refused, not signed unseen.
    const QJsonObject shown = LoaContent::forGroup(m_case.portIn, group);
    dialog->setSubmitter([this, dialog, caseId, group, shown](const LoaSigner &signer) {
        const ChangeResult result = m_service.loas.signLoa(caseId, group, signer, m_role, nullptr, &shown);
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
    loaLanguageFromString(m_language->currentData().toString(), &options.language);
    options.attachmentNames = m_service.loas.attachmentNames(m_caseId);
    // Only a signature that shows the request as it is now goes on the
    // document; otherwise it has blank lines to sign by hand.
    const bool fits = LoaContent::signatureFits(g, m_case.portIn);
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
    if (!LoaDocument::writePdf(m_case.portIn, group, m_caseId, options, path, &error)) {
        showMessage(error, true);
        Dialogs::warning(this, tr("Export the LOA"), error);
        return;
    }
    showMessage(signedLetter
            ? tr("Carrier group %1's LOA, version %2, signed, is in %3.")
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
    LoaPrintPreview::open(this, m_case.portIn, group, m_caseId, options);
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
    std::sort(picked.begin(), picked.end());
    if (picked.size() > 2) {
        showMessage(tr("Select one or two versions to compare."), true);
        return;
    }
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
    m_lastComparison = LoaContent::diff(older, newer);

    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new LoaCompareDialog(m_caseId, group, from, to, m_lastComparison, this);
    m_compareDialog = dialog;
    dialog->open();
}

// ---------------------------------------------------------------------------
// Attachments

void LoaPanel::addAttachment()
{
    if (m_role != Role::Admin || !m_haveCase)
        return;
    const QString path
        = Dialogs::openFileName(this, tr("Attach a carrier invoice or customer service record"),
            tr("PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    attachmentKindFromString(m_kind->currentData().toString(), &kind);
    const ChangeResult result = m_service.loas.addAttachmentFile(m_caseId, kind, path, m_role);
    if (!result.status.ok()) {
        showMessage(result.status.message, true);
        Dialogs::warning(this, tr("Attach a file"), result.status.message);
        return;
    }
    if (result.refused()) {
        showViolations(result.violations, tr("Attach a file"));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    showMessage(tr("%1 is attached as a %2.").arg(name, displayName(kind).toLower()), false);
    reload();
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i) {
        if (m_attachments->topLevelItem(i)->data(0, Qt::UserRole).toString()
            == QString::number(result.id))
            m_attachments->setCurrentItem(m_attachments->topLevelItem(i));
    }
    Q_EMIT caseChanged(m_caseId);
}

void LoaPanel::openAttachment()
{
    const QTreeWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    if (isDeleted(item)) {
        showMessage(tr("%1 is deleted from the case: Restore attaches it again, then it opens.")
                        .arg(item->text(0)),
            true);
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toString().toLongLong();
    CaseAttachment meta;
    QByteArray bytes;
    StoreStatus status;
    if (!m_service.loas.loadAttachment(id, &meta, &bytes, &status)) {
        showMessage(
            status.ok() ? tr("%1 is no longer attached.").arg(item->text(0)) : status.message,
            true);
        reload();
        return;
    }
    QString path;
    QString error;
    if (!AttachmentCopy::write(meta, bytes, &path, &error)) {
        showMessage(error, true);
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    if (opened) {
        showMessage(tr("%1 is open in its viewer.").arg(meta.fileName), false);
    } else {
        showMessage(tr("No program opened %1; a copy is in %2.")
                        .arg(meta.fileName, QDir::toNativeSeparators(path)),
            true);
    }
}

void LoaPanel::removeAttachment()
{
    const QTreeWidgetItem *item = m_attachments->currentItem();
    if (m_role != Role::Admin || !item || isDeleted(item))
        return;
    changeAttachment(item->data(0, Qt::UserRole).toString().toLongLong(), item->text(0), false);
}

void LoaPanel::restoreAttachment()
{
    const QTreeWidgetItem *item = m_attachments->currentItem();
    if (m_role != Role::Admin || !isDeleted(item))
        return;
    changeAttachment(item->data(0, Qt::UserRole).toString().toLongLong(), item->text(0), true);
}

void LoaPanel::changeAttachment(qint64 id, const QString &name, bool restore)
{
    // No question first: a deleted file stays in the list, and Restore undoes it.
    const ChangeResult result = restore ? m_service.loas.restoreAttachment(m_caseId, id, m_role)
                                        : m_service.loas.removeAttachment(m_caseId, id, m_role);
    const QString title = restore ? tr("Restore the attachment") : tr("Delete the attachment");
    if (!result.status.ok()) {
        showMessage(result.status.message, true);
        return;
    }
    if (result.refused()) {
        showViolations(result.violations, title);
        reload();
        return;
    }
    showMessage(restore ? tr("%1 is attached again; the LOA names it.").arg(name)
                        : tr("%1 is deleted from the case; the LOA no longer names it. Select it "
                             "and press Restore to attach it again within %2 days.")
                              .arg(name)
                              .arg(InventoryService::deletionQueueDays),
        false);
    reload(); // keeps the file selected, for Restore (or Delete) straight away
    Q_EMIT caseChanged(m_caseId);
}

} // namespace portdesk
