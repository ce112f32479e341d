// SPDX-License-Identifier: Apache-2.0
#include "FieldMessages.h"
#include "gui/ToneWidgets.h"

#include <QLabel>

namespace portdesk {

void FieldMessages::bind(const QString &fieldPath, QLabel *label)
{
    m_labels.append({fieldPath, label});
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void FieldMessages::clear()
{
    for (const auto &entry : m_labels) {
        entry.second->clear();
        entry.second->hide();
    }
}

Violations FieldMessages::show(const Violations &violations)
{
    clear();
    Violations shown;
    for (const Violation &v : violations) {
        QLabel *best = nullptr;
        qsizetype bestLength = -1;
        for (const auto &entry : m_labels) {
            const QString &path = entry.first;
            const bool matches = v.field == path
                || (v.field.startsWith(path)
                    && (v.field.at(path.size()) == QLatin1Char('.')
                        || v.field.at(path.size()) == QLatin1Char('[')));
            if (matches && path.size() > bestLength) {
                best = entry.second;
                bestLength = path.size();
            }
        }
        if (!best)
            continue;
        const QString line = (v.isError() ? QString() : QStringLiteral("⚠ ")) + v.message;
        best->setText(best->text().isEmpty() ? line : best->text() + QLatin1Char('\n') + line);
        tones::apply(best, v.isError() ? tones::Tone::Error : tones::Tone::Warning);
        best->setAccessibleDescription(best->text());
        best->show();
        shown.append(v);
    }
    return shown;
}

QStringList FieldMessages::shownTexts() const
{
    QStringList texts;
    for (const auto &entry : m_labels)
        if (!entry.second->text().isEmpty())
            texts.append(entry.second->text());
    return texts;
}

} // namespace portdesk
