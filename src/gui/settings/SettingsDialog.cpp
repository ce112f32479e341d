// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"

#include "StoreSettingsPage.h"

#include "core/AppSettings.h"
#include "core/CalendarSettings.h"
#include "core/UsTimeZones.h"
#include "documents/GainingProviderSettings.h"
#include "notify/NotifySettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace portdesk {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(const PasswordKeyring &keyring, QWidget *parent)
    : QDialog(parent)
    , m_keyring(keyring)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_storePage = new StoreSettingsPage(m_keyring, m_pages);
    m_pages->addTab(m_storePage, tr("&Store"));
    m_pages->addTab(buildGeneralPage(), tr("&General"));
    m_pages->addTab(buildLoaPage(), tr("&LOA"));
    m_pages->addTab(buildEmailPage(), tr("E&mail"));
    layout->addWidget(m_pages);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true); // no colour of its own: readable on every palette
    m_problem->setFont(bold);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System"), QString());
    // Each language by its own name, as a reader of it looks for it.
    for (const QLocale &locale : { QLocale(QLocale::English), QLocale(QLocale::Spanish) }) {
        QString name = locale.nativeLanguageName();
        name[0] = name.at(0).toUpper(); // "español" in a list: "Español"
        m_language->addItem(name, locale.name().left(2));
    }
    form->addRow(buddyLabel(tr("L&anguage:"), m_language), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies at the next start."), page));

    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("defaultTimeZone"));
    m_timeZone->addItem(
        tr("This computer's (%1)").arg(QString::fromLatin1(QTimeZone::systemTimeZoneId())),
        QByteArray());
    for (const UsTimeZones::Zone &zone : UsTimeZones::all())
        m_timeZone->addItem(UsTimeZones::displayName(zone.ianaId), zone.ianaId);
    form->addRow(buddyLabel(tr("Default time &zone:"), m_timeZone), m_timeZone);
    form->addRow(QString(),
        new QLabel(tr("The customer's time zone when a request's address does not tell it."),
            page));

    m_extraDays = new QPlainTextEdit(page);
    m_extraDays->setObjectName(QStringLiteral("extraNonBusinessDays"));
    m_extraDays->setTabChangesFocus(true);
    m_extraDays->setPlaceholderText(tr("2026-12-24\n2026-12-31", "example dates"));
    form->addRow(buddyLabel(tr("Extra non-business &days:"), m_extraDays), m_extraDays);
    form->addRow(QString(),
        new QLabel(tr("Your carrier's own holidays, one date (YYYY-MM-DD) a line: no FOC or "
                      "port date falls on them, as on the US federal holidays."),
            page));
    m_extraDaysProblems = new QLabel(page);
    m_extraDaysProblems->setObjectName(QStringLiteral("extraDaysProblems"));
    m_extraDaysProblems->setWordWrap(true);
    form->addRow(QString(), m_extraDaysProblems);
    for (QLabel *label : page->findChildren<QLabel *>())
        label->setWordWrap(true);
    return page;
}

QWidget *SettingsDialog::buildLoaPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("loaPage"));
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("The gaining provider every LOA names (as portdesk-cli loa "
                                "provider). Empty fields take the defaults."),
        page);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_providerName = lineEdit(page, "providerName");
    form->addRow(buddyLabel(tr("Provider &name:"), m_providerName), m_providerName);
    m_providerId = lineEdit(page, "providerId");
    form->addRow(buddyLabel(tr("Provider &ID (SPID, OCN):"), m_providerId), m_providerId);
    m_providerContact = lineEdit(page, "providerContact");
    form->addRow(buddyLabel(tr("Porting &contact:"), m_providerContact), m_providerContact);
    return page;
}

QWidget *SettingsDialog::buildEmailPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emailPage"));
    auto *form = new QFormLayout(page);
    m_smtpUrl = lineEdit(page, "smtpUrl");
    m_smtpUrl->setPlaceholderText(tr("smtp://mail.example.com:587", "example URL"));
    form->addRow(buddyLabel(tr("SMTP ser&ver:"), m_smtpUrl), m_smtpUrl);
    m_smtpSender = lineEdit(page, "smtpSender");
    form->addRow(buddyLabel(tr("Sende&r:"), m_smtpSender), m_smtpSender);
    m_smtpUser = lineEdit(page, "smtpUser");
    form->addRow(buddyLabel(tr("SMTP &user:"), m_smtpUser), m_smtpUser);
    m_smtpPassword = lineEdit(page, "smtpPassword");
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    form->addRow(buddyLabel(tr("SMTP password (&keyring):"), m_smtpPassword), m_smtpPassword);
    auto *keyringNote = new QLabel(m_keyring.available()
            ? tr("The password is kept in %1, never in the settings file.").arg(m_keyring.name)
            : tr("No keyring is available: the password cannot be kept here. Give it in a "
                 "file (portdesk-cli notify settings --password-file) or in %1.")
                  .arg(QLatin1String(NotifySettings::passwordVariable)),
        page);
    keyringNote->setObjectName(QStringLiteral("smtpKeyringNote"));
    keyringNote->setWordWrap(true);
    form->addRow(QString(), keyringNote);
    m_smtpPassword->setEnabled(m_keyring.available());
    m_startTls = new QComboBox(page);
    m_startTls->setObjectName(QStringLiteral("smtpStartTls"));
    m_startTls->addItem(tr("STARTTLS required"), QStringLiteral("required"));
    m_startTls->addItem(tr("STARTTLS when offered"), QStringLiteral("optional"));
    m_startTls->addItem(tr("No STARTTLS"), QStringLiteral("off"));
    form->addRow(buddyLabel(tr("Encr&yption:"), m_startTls), m_startTls);
    m_supportAddress = lineEdit(page, "supportAddress");
    form->addRow(buddyLabel(tr("Supp&ort address:"), m_supportAddress), m_supportAddress);
    auto *optOuts = new QPushButton(tr("Emails you r&eceive…"), page);
    optOuts->setObjectName(QStringLiteral("emailNotifications"));
    connect(optOuts, &QPushButton::clicked, this, &SettingsDialog::emailNotificationsRequested);
    form->addRow(QString(), optOuts);
    return page;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(AppSettings::defaultTimeZone())));
    const CalendarSettings::Read days = CalendarSettings::load();
    QStringList lines;
    for (const QDate &day : days.days)
        lines << day.toString(Qt::ISODate);
    m_extraDays->setPlainText(lines.join(QLatin1Char('\n')));
    m_extraDaysProblems->setText(days.problems.isEmpty()
            ? QString()
            : tr("In the settings file: %1").arg(days.problems.join(QLatin1Char(' '))));

    const GainingProvider provider = GainingProviderSettings::load();
    m_providerName->setText(provider.name);
    m_providerId->setText(provider.providerId);
    m_providerContact->setText(provider.contact);

    const NotifySettings notify = NotifySettings::load();
    m_smtpUrl->setText(notify.url);
    m_smtpSender->setText(notify.sender);
    m_smtpUser->setText(notify.user);
    m_startTls->setCurrentIndex(
        qMax(0, m_startTls->findData(NotifySettings::toString(notify.startTls))));
    m_supportAddress->setText(notify.supportAddress);
    QString password;
    if (m_keyring.available() && !notify.user.isEmpty()
        && m_keyring.read(notify.passwordEntry(), &password))
        m_smtpPassword->setText(password);
}

bool SettingsDialog::showProblem()
{
    const auto refuse = [this](QWidget *page, QWidget *field, const QString &text) {
        m_pages->setCurrentWidget(page);
        if (field)
            field->setFocus();
        m_problem->setText(text);
        m_problem->show();
        return true;
    };
    const QString store = m_storePage->problem();
    if (!store.isEmpty())
        return refuse(m_storePage, m_storePage->focusWidget(), store);
    const CalendarSettings::Read days = CalendarSettings::parseText(m_extraDays->toPlainText());
    if (!days.problems.isEmpty())
        return refuse(m_extraDays->parentWidget(), m_extraDays, days.problems.join(QLatin1Char('\n')));
    const QString smtp = m_smtpUrl->text().trimmed();
    const QString smtpProblem = smtp.isEmpty() ? QString() : NotifySettings::checkUrl(smtp);
    if (!smtpProblem.isEmpty())
        return refuse(m_smtpUrl->parentWidget(), m_smtpUrl, tr("SMTP server: %1").arg(smtpProblem));
    m_problem->hide();
    return false;
}

void SettingsDialog::accept()
{
    if (showProblem())
        return; // stays open, everything typed kept
    m_note.clear();
    m_storeChanged = m_storePage->save(&m_note);
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != AppSettings::language();
    AppSettings::setLanguage(language);
    AppSettings::setDefaultTimeZone(m_timeZone->currentData().toByteArray());

    const CalendarSettings::Read days = CalendarSettings::parseText(m_extraDays->toPlainText());
    CalendarSettings::save(days.days);
    CalendarSettings::install(); // this window's calendar at once

    GainingProvider provider;
    provider.name = m_providerName->text();
    provider.providerId = m_providerId->text();
    provider.contact = m_providerContact->text();
    GainingProviderSettings::save(provider);

    NotifySettings notify = NotifySettings::load(); // keeps the password file and timeout
    notify.url = m_smtpUrl->text().trimmed();
    notify.sender = m_smtpSender->text().trimmed();
    notify.user = m_smtpUser->text().trimmed();
    NotifySettings::startTlsFromString(m_startTls->currentData().toString(), &notify.startTls);
    notify.supportAddress = m_supportAddress->text().trimmed();
    notify.save();
    if (m_keyring.available() && !notify.user.isEmpty()
        && !m_keyring.write(notify.passwordEntry(), m_smtpPassword->text()))
        m_note = tr("The SMTP password could not be kept in %1: it is not saved.")
                     .arg(m_keyring.name);
    QDialog::accept();
}

} // namespace portdesk
