// SPDX-License-Identifier: Apache-2.0
#include "StoreSettingsPage.h"

#include "Dialogs.h"

#include "core/AppSettings.h"
#include "service/StoreProbe.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace portdesk {

namespace {

bool isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql:"));
}

} // namespace

StoreSettingsPage::StoreSettingsPage(const PasswordKeyring &keyring, QWidget *parent)
    : QWidget(parent)
    , m_keyring(keyring)
{
    setObjectName(QStringLiteral("storePage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The store PortDesk opens at start when neither --db nor "
                                "PORTDESK_DB names one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_sqlite = new QRadioButton(tr("SQLite &file"), this);
    m_sqlite->setObjectName(QStringLiteral("storeSqlite"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("storePath"));
    m_path->setPlaceholderText(tr("PortDesk's own file (%1)").arg(AppSettings::defaultStorePath()));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("storeBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addWidget(m_sqlite);
    layout->addLayout(fileRow);

    m_postgres = new QRadioButton(tr("&PostgreSQL server (a team store)"), this);
    m_postgres->setObjectName(QStringLiteral("storePostgres"));
    layout->addWidget(m_postgres);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("storeUrl"));
    m_url->setPlaceholderText(tr("postgresql://alice@db.example.com:5432/portdesk", "example URL"));
    form->addRow(tr("URL:"), m_url);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("storePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("storeKeyringNote"));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setText(m_keyring.available()
            ? tr("The password is kept in %1, never in the settings file.").arg(m_keyring.name)
            : tr("No keyring is available on this desktop: the password is not saved at all. "
                 "It serves Test connection only; keep it in ~/.pgpass for PortDesk to use."));
    layout->addWidget(m_keyringNote);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("storeTest"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("storeTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_sqlite, &QRadioButton::toggled, this, &StoreSettingsPage::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Choose the store file"),
            m_path->text(), tr("PortDesk stores (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_test, &QPushButton::clicked, this, &StoreSettingsPage::testConnection);
    load();
}

StoreSettingsPage::~StoreSettingsPage()
{
    // A test still running ends before the page does (the server's
    // connect timeout at most).
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

void StoreSettingsPage::load()
{
    m_savedUrl = AppSettings::storeUrl();
    const bool postgres = isPostgresUrl(m_savedUrl);
    (postgres ? m_postgres : m_sqlite)->setChecked(true);
    if (postgres) {
        m_url->setText(m_savedUrl);
        QString password;
        if (m_keyring.available() && m_keyring.read(storePasswordEntry(m_savedUrl), &password))
            m_password->setText(password);
    } else {
        m_path->setText(m_savedUrl.startsWith(QLatin1String("sqlite:"))
                ? m_savedUrl.mid(int(qstrlen("sqlite:")))
                : m_savedUrl);
    }
    updateEnabled();
}

void StoreSettingsPage::updateEnabled()
{
    const bool sqlite = m_sqlite->isChecked();
    m_path->setEnabled(sqlite);
    m_browse->setEnabled(sqlite);
    m_url->setEnabled(!sqlite);
    m_password->setEnabled(!sqlite);
}

QString StoreSettingsPage::typedUrl() const
{
    QUrl url(m_url->text().trimmed());
    url.setPassword(QString());
    return url.toString();
}

QString StoreSettingsPage::url() const
{
    if (m_sqlite->isChecked())
        return m_path->text().trimmed();
    return typedUrl();
}

QString StoreSettingsPage::problem()
{
    if (m_sqlite->isChecked())
        return {};
    const QString typed = m_url->text().trimmed();
    QString problem;
    if (typed.isEmpty())
        problem = tr("Store URL: give the PostgreSQL server's URL, such as "
                     "postgresql://alice@db.example.com:5432/portdesk.");
    else if (!isPostgresUrl(typed))
        problem = tr("Store URL: \"%1\" is not a postgresql:// URL.").arg(typedUrl());
    else
        problem = StoreProbe::addressProblem(typed);
    if (!problem.isEmpty())
        m_url->setFocus();
    return problem;
}

void StoreSettingsPage::testConnection()
{
    if (m_testing)
        return;
    QString target = url();
    if (m_postgres->isChecked()) {
        const QString typed = m_url->text().trimmed();
        const QString password = QUrl(typed).password();
        // A password typed into the URL goes where passwords go.
        if (!password.isEmpty()) {
            m_password->setText(password);
            m_url->setText(typedUrl());
        }
        target = storeUrlWithPassword(typedUrl(), m_password->text());
    } else if (target.isEmpty()) {
        target = AppSettings::defaultStorePath();
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    auto result = std::make_shared<StoreProbe>();
    QThread *thread = QThread::create([target, result] { *result = StoreProbe::run(target); });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        m_testing = false;
        m_test->setEnabled(true);
        m_result->setText(result->message);
        Q_EMIT tested(result->ok, result->message);
    });
    thread->start();
}

bool StoreSettingsPage::save(QString *note)
{
    const QString chosen = url();
    if (m_postgres->isChecked()) {
        const QString typedPassword = QUrl(m_url->text().trimmed()).password();
        const QString password
            = typedPassword.isEmpty() ? m_password->text() : typedPassword;
        if (m_keyring.available()) {
            if (!m_keyring.write(storePasswordEntry(chosen), password))
                *note = tr("The password could not be kept in %1: it is not saved.")
                            .arg(m_keyring.name);
        } else if (!password.isEmpty()) {
            *note = tr("No keyring is available: the store's password is not saved.");
        }
        m_url->setText(chosen);
    }
    AppSettings::setStoreUrl(chosen);
    const bool changed = chosen != m_savedUrl;
    m_savedUrl = chosen;
    return changed;
}

} // namespace portdesk
