// SPDX-License-Identifier: Apache-2.0
#include "GainingProviderSettings.h"

#include <QSettings>

namespace portdesk {

namespace {

const QString kName = QStringLiteral("loa/gainingProvider/name");
const QString kProviderId = QStringLiteral("loa/gainingProvider/providerId");
const QString kContact = QStringLiteral("loa/gainingProvider/contact");

} // namespace

GainingProvider GainingProviderSettings::load()
{
    const QSettings settings;
    GainingProvider provider = GainingProvider::defaults();
    const QString name = settings.value(kName).toString().trimmed();
    if (!name.isEmpty())
        provider.name = name;
    provider.providerId = settings.value(kProviderId, provider.providerId).toString().trimmed();
    provider.contact = settings.value(kContact, provider.contact).toString().trimmed();
    return provider;
}

void GainingProviderSettings::save(const GainingProvider &provider)
{
    QSettings settings;
    const auto put = [&settings](const QString &key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    put(kName, provider.name);
    put(kProviderId, provider.providerId);
    put(kContact, provider.contact);
    settings.sync();
}

void GainingProviderSettings::reset()
{
    QSettings settings;
    settings.remove(QStringLiteral("loa/gainingProvider"));
    settings.sync();
}

} // namespace portdesk
