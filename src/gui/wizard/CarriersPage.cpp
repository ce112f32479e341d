// SPDX-License-Identifier: Apache-2.0
#include "CarriersPage.h"

#include "ui_CarriersPage.h"

#include "CarrierGroupForm.h"
#include "PortInWizard.h"

#include "core/PhoneNumber.h"
#include "models/CarrierGroupsModel.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>

#include <algorithm>

namespace portdesk {

namespace {

QString groupPath(int row)
{
    return QStringLiteral("carriers[%1]").arg(row);
}

// The group a field path belongs to ("carriers[2].btn" -> 2), else -1.
int groupOf(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^carriers\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = pattern.match(field);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A single number's rule: the first page judged those already.
bool isNumberRule(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^carriers\\[\\d+\\]\\.numbers\\[\\d+\\]$"));
    return pattern.match(field).hasMatch();
}

} // namespace

CarriersPage::CarriersPage(PortInWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::CarriersPage>())
    , m_groups(new CarrierGroupsModel(&wizard->request().carriers, this))
    , m_numbers(new QStringListModel(this))
    , m_moveMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_ui->groupList->setModel(m_groups);
    m_ui->groupList->setModelColumn(CarrierGroupsModel::TitleColumn);
    m_ui->numberList->setModel(m_numbers);
    m_ui->form->setModel(m_groups);
    m_ui->moveToButton->setMenu(m_moveMenu);

    QFont heading = m_ui->groupHeading->font();
    heading.setBold(true);
    m_ui->groupHeading->setFont(heading);

    setTabOrder(m_ui->groupList, m_ui->form->firstField());
    setTabOrder(m_ui->form->lastField(), m_ui->numberList);
    setTabOrder(m_ui->numberList, m_ui->moveNewButton);
    setTabOrder(m_ui->moveNewButton, m_ui->moveToButton);

    connect(m_ui->groupList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { groupChanged(current.isValid() ? current.row() : -1); });
    connect(m_ui->numberList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CarriersPage::updateMoveButtons);
    connect(m_ui->moveNewButton, &QPushButton::clicked, this, &CarriersPage::moveSelectedToNewGroup);
    connect(m_moveMenu, &QMenu::aboutToShow, this, &CarriersPage::buildMoveMenu);
    connect(m_groups, &CarrierGroupsModel::numbersChanged, this, [this](int row) {
        if (row == m_current)
            showNumbers();
    });
    connect(m_groups, &QAbstractItemModel::dataChanged, this, &CarriersPage::updateHeading);
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this]() { m_current = -1; });

    m_recheck.setSingleShot(true);
    m_recheck.setInterval(300);
    connect(&m_recheck, &QTimer::timeout, this, [this]() { showProblems(false); });
    connect(m_ui->form, &CarrierGroupForm::edited, this, [this]() {
        if (m_checked)
            m_recheck.start();
    });

    // The form is taller than a small window: it scrolls, and whatever takes
    // the focus in it (a Tab, or the first field in error after Next) is
    // scrolled into view with its message.
    // Never narrower than the form: it scrolls up and down only.
    m_ui->formScroll->setMinimumWidth(m_ui->form->minimumSizeHint().width()
        + m_ui->formScroll->verticalScrollBar()->sizeHint().width());
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_ui->form->isAncestorOf(now))
            m_ui->formScroll->ensureWidgetVisible(now, 0, 40);
    });

    updateMoveButtons();
}

CarriersPage::~CarriersPage() = default;

CarrierGroupForm *CarriersPage::form() const
{
    return m_ui->form;
}

void CarriersPage::initializePage()
{
    const int keep = m_current;
    m_checked = false;
    m_messages.clear();
    m_groups->reload();   // the first page may have moved numbers
    setCurrentGroup(qBound(0, keep, m_groups->rowCount() - 1));
    // QWizard gives the focus to the page's first child once this returns.
    QTimer::singleShot(0, this, [this]() { m_ui->form->firstField()->setFocus(); });
}

void CarriersPage::setCurrentGroup(int row)
{
    if (row < 0 || row >= m_groups->rowCount()) {
        groupChanged(-1);
        return;
    }
    const QModelIndex index = m_groups->index(row, CarrierGroupsModel::TitleColumn);
    m_ui->groupList->setCurrentIndex(index);
    if (m_current != row)   // no signal when the list had it already
        groupChanged(row);
}

void CarriersPage::groupChanged(int row)
{
    m_ui->form->submit();
    m_current = row;
    m_ui->form->setCurrentGroup(row);
    bindMessages();
    showNumbers();
    updateHeading();
    if (m_checked)
        showProblems(false);
}

void CarriersPage::bindMessages()
{
    m_messages.clear();
    m_messages = FieldMessages();
    m_messages.bind(QStringLiteral("carriers"), m_ui->pageMessage);
    if (m_current < 0)
        return;
    m_messages.bind(groupPath(m_current) + QStringLiteral(".numbers"), m_ui->numbersMessage);
    m_ui->form->bindMessages(m_messages, groupPath(m_current));
}

void CarriersPage::showNumbers()
{
    m_shownNumbers = m_current >= 0 ? m_groups->group(m_current).numbers : QStringList();
    QStringList shown;
    shown.reserve(m_shownNumbers.size());
    for (const QString &n : std::as_const(m_shownNumbers))
        shown.append(PhoneNumbers::formatNational(n));
    m_numbers->setStringList(shown);
    updateMoveButtons();
}

void CarriersPage::updateHeading()
{
    if (m_current < 0 || m_current >= m_groups->rowCount()) {
        m_ui->groupHeading->setText(tr("No numbers yet: go back and add the numbers to port."));
        return;
    }
    QString text = m_groups->title(m_current);
    if (m_groups->isTollFree(m_current))
        text += QLatin1Char('\n') + tr("Toll-free numbers go on an LOA of their own.");
    m_ui->groupHeading->setText(text);
}

void CarriersPage::updateMoveButtons()
{
    const bool any = m_ui->numberList->selectionModel()->hasSelection();
    m_ui->moveNewButton->setEnabled(any);
    m_ui->moveToButton->setEnabled(any && m_groups->rowCount() > 1);
}

QStringList CarriersPage::selectedNumbers() const
{
    QStringList out;
    QModelIndexList rows = m_ui->numberList->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : std::as_const(rows))
        if (i.row() < m_shownNumbers.size())
            out.append(m_shownNumbers.at(i.row()));
    return out;
}

void CarriersPage::buildMoveMenu()
{
    m_moveMenu->clear();
    if (m_current < 0)
        return;
    // Toll-free and local numbers never share a group (one LOA each).
    const bool tollFree = m_groups->isTollFree(m_current);
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (row == m_current || m_groups->isTollFree(row) != tollFree)
            continue;
        QAction *action = m_moveMenu->addAction(m_groups->title(row));
        connect(action, &QAction::triggered, this, [this, row]() { moveSelectedToGroup(row); });
    }
    if (m_moveMenu->isEmpty())
        m_moveMenu->addAction(tr("No other group of this kind"))->setEnabled(false);
}

void CarriersPage::moveSelectedToNewGroup()
{
    moveSelectedToGroup(-1);
}

void CarriersPage::moveSelectedToGroup(int target)
{
    const QStringList numbers = selectedNumbers();
    if (numbers.isEmpty() || m_current < 0)
        return;
    if (target >= 0 && m_groups->isTollFree(target) != m_groups->isTollFree(m_current))
        return;
    m_ui->form->submit();
    const int to = m_groups->moveNumbers(m_current, numbers, target);
    if (to < 0)
        return;
    m_current = -1;   // the rows may have shifted: select afresh
    setCurrentGroup(to);
    if (target < 0)
        m_ui->form->firstField()->setFocus();
}

bool CarriersPage::showProblems(bool selectFailing)
{
    m_ui->form->submit();
    Violations found;
    for (const Violation &v : m_wizard->checkFields({QStringLiteral("carriers")}))
        if (!isNumberRule(v.field))
            found.append(v);

    if (selectFailing && !hasErrors(found)) {
        m_messages.clear();
        return true;
    }
    // The group to show: the current one if it has errors, else the first
    // that has.
    int show = m_current;
    bool currentHasErrors = false;
    int firstFailing = -1;
    for (const Violation &v : std::as_const(found)) {
        if (!v.isError())
            continue;
        const int g = groupOf(v.field);
        if (g == m_current)
            currentHasErrors = true;
        if (g >= 0 && firstFailing < 0)
            firstFailing = g;
    }
    if (selectFailing && !currentHasErrors && firstFailing >= 0) {
        show = firstFailing;
        setCurrentGroup(show);
    }

    Violations shown;
    QStringList others;
    for (const Violation &v : std::as_const(found)) {
        const int g = groupOf(v.field);
        if (g < 0 || g == show)
            shown.append(v);
        else if (v.isError() && !others.contains(m_groups->title(g)))
            others.append(m_groups->title(g));
    }
    if (show >= 0 && hasErrors(shown) && selectFailing)
        shown.prepend({QStringLiteral("carriers"), QStringLiteral("carriers.group"),
                       tr("%1: complete or correct the fields marked below.").arg(m_groups->title(show))});
    for (const QString &other : std::as_const(others))
        shown.append({QStringLiteral("carriers"), QStringLiteral("carriers.other-group"),
                      tr("%1 also needs attention.").arg(other)});
    m_messages.show(shown);
    return !hasErrors(found);
}

bool CarriersPage::validatePage()
{
    m_recheck.stop();
    m_checked = true;
    if (!showProblems(true)) {
        // The page shows the failing group: its first field in error takes
        // the keyboard, scrolled into view with its message.
        m_messages.focusFirstError();
        return false;
    }
    m_checked = false;
    return true;
}

} // namespace portdesk
