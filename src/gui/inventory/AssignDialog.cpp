// SPDX-License-Identifier: Apache-2.0
#include "AssignDialog.h"
#include "gui/ToneWidgets.h"

#include "UserDialog.h"

#include "MessageLabel.h"
#include "service/Services.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portdesk {

AssignDialog::AssignDialog(Services &service, const Selection &selection, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_selection(selection)
    , m_toUser(new QRadioButton(tr("Business Calling &user:"), this))
    , m_toConnector(new QRadioButton(tr("&Voice Connector:"), this))
    , m_users(new QComboBox(this))
    , m_connectors(new QComboBox(this))
    , m_newUser(new QPushButton(tr("&New user…"), this))
    , m_explanation(new MessageLabel(this))
    , m_message(new MessageLabel(this))
{
    setWindowTitle(tr("Assign numbers"));
    m_toUser->setObjectName(QStringLiteral("toUser"));
    m_toConnector->setObjectName(QStringLiteral("toVoiceConnector"));
    m_users->setObjectName(QStringLiteral("userCombo"));
    m_connectors->setObjectName(QStringLiteral("voiceConnectorCombo"));
    m_newUser->setObjectName(QStringLiteral("newUserButton"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_message->setWordWrap(true);
    tones::apply(m_message, tones::Tone::Error);
    m_message->hide();
    m_users->setAccessibleName(tr("User"));
    m_connectors->setAccessibleName(tr("Voice Connector"));
    m_users->setMinimumContentsLength(30);
    m_connectors->setMinimumContentsLength(30);

    auto *group = new QButtonGroup(this);
    group->addButton(m_toUser);
    group->addButton(m_toConnector);

    const QLocale locale;
    auto *intro = new QLabel(selection.count == 1
            ? tr("Assign the selected number to:")
            : tr("Assign the %1 selected numbers to:").arg(locale.toString(selection.count)),
        this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(m_toUser, 0, 0);
    grid->addWidget(m_users, 0, 1);
    grid->addWidget(m_newUser, 0, 2);
    grid->addWidget(m_toConnector, 1, 0);
    grid->addWidget(m_connectors, 1, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    connect(m_newUser, &QPushButton::clicked, this, &AssignDialog::addUser);
    connect(m_toUser, &QRadioButton::toggled, this, &AssignDialog::updateState);
    connect(m_toConnector, &QRadioButton::toggled, this, &AssignDialog::updateState);
    connect(m_users, &QComboBox::currentIndexChanged, this, &AssignDialog::updateState);
    connect(m_connectors, &QComboBox::currentIndexChanged, this, &AssignDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_explanation);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    reloadUsers();
    reloadVoiceConnectors();

    // What the selection allows: toll-free and Voice Connector numbers never
    // go to a user; Business Calling numbers never to a Voice Connector.
    QStringList why;
    const bool userPossible = selection.tollFree == 0 && selection.businessCalling > 0;
    const bool connectorPossible = selection.voiceConnector > 0;
    if (selection.tollFree > 0) {
        why << (selection.tollFree == selection.count
                ? tr("Toll-free numbers are assigned to a Voice Connector only, never to a user.")
                : tr("%1 of the selected numbers are toll-free: toll-free numbers go to a Voice "
                     "Connector only, so the selection cannot go to a user.")
                      .arg(locale.toString(selection.tollFree)));
    } else if (!userPossible) {
        why << tr("These are Voice Connector numbers: they are assigned to a Voice Connector.");
    }
    if (!connectorPossible)
        why << tr("These are Business Calling numbers: they are assigned to users.");
    if (userPossible && connectorPossible) {
        why << tr("The selection mixes Business Calling (%1) and Voice Connector (%2) numbers: the "
                  "ones of the other kind will be refused and listed.")
                   .arg(locale.toString(selection.businessCalling),
                       locale.toString(selection.voiceConnector));
    }
    if (connectorPossible && m_connectors->count() == 0)
        why << tr("There is no Voice Connector yet: create one in the Voice Connectors tab.");
    m_explanation->setText(why.join(QLatin1Char(' ')));
    m_explanation->setVisible(!why.isEmpty());

    m_toUser->setEnabled(userPossible);
    m_users->setEnabled(userPossible);
    m_newUser->setEnabled(userPossible);
    m_toConnector->setEnabled(connectorPossible);
    m_connectors->setEnabled(connectorPossible);
    if (userPossible
        && (!connectorPossible || selection.businessCalling >= selection.voiceConnector))
        m_toUser->setChecked(true);
    else if (connectorPossible)
        m_toConnector->setChecked(true);
    updateState();
    (m_toUser->isChecked() ? m_users : m_connectors)->setFocus();
}

void AssignDialog::reloadUsers(const QString &select)
{
    const QString keep = select.isEmpty() ? m_users->currentData().toString() : select;
    m_users->clear();
    StoreStatus status;
    const QList<User> users = m_service.directory.listUsers(QString(), &status);
    for (const User &u : users)
        m_users->addItem(u.name.isEmpty() ? u.email : tr("%1 <%2>").arg(u.name, u.email), u.email);
    if (!status.ok()) {
        m_message->setText(status.message);
        m_message->show();
    }
    const int at = m_users->findData(keep.toLower());
    if (at >= 0)
        m_users->setCurrentIndex(at);
}

void AssignDialog::reloadVoiceConnectors()
{
    m_connectors->clear();
    StoreStatus status;
    const QList<VoiceConnector> connectors = m_service.directory.listVoiceConnectors(&status);
    for (const VoiceConnector &vc : connectors)
        m_connectors->addItem(tr("%1 (%2)").arg(vc.name, vc.region), vc.name);
    if (!status.ok()) {
        m_message->setText(status.message);
        m_message->show();
    }
}

void AssignDialog::updateState()
{
    const bool ready = (m_toUser->isChecked() && m_users->currentIndex() >= 0)
        || (m_toConnector->isChecked() && m_connectors->currentIndex() >= 0);
    m_ok->setEnabled(ready);
}

AssignDialog::Target AssignDialog::target() const
{
    return m_toConnector->isChecked() ? Target::VoiceConnector : Target::User;
}

QString AssignDialog::userEmail() const
{
    return m_users->currentData().toString();
}

QString AssignDialog::voiceConnectorName() const
{
    return m_connectors->currentData().toString();
}

bool AssignDialog::chooseUser(const QString &email)
{
    const int at = m_users->findData(email.trimmed().toLower());
    if (at < 0 || !m_toUser->isEnabled())
        return false;
    m_toUser->setChecked(true);
    m_users->setCurrentIndex(at);
    return true;
}

bool AssignDialog::chooseVoiceConnector(const QString &name)
{
    const int at = m_connectors->findData(name);
    if (at < 0 || !m_toConnector->isEnabled())
        return false;
    m_toConnector->setChecked(true);
    m_connectors->setCurrentIndex(at);
    return true;
}

bool AssignDialog::isUserChoiceEnabled() const
{
    return m_toUser->isEnabled();
}

bool AssignDialog::isVoiceConnectorChoiceEnabled() const
{
    return m_toConnector->isEnabled();
}

QString AssignDialog::explanation() const
{
    return m_explanation->text();
}

void AssignDialog::addUser()
{
    UserDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadUsers(dialog.email());
    m_toUser->setChecked(true);
    m_users->setFocus();
}

void AssignDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QDialog::accept();
}

} // namespace portdesk
