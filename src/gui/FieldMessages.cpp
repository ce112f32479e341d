// SPDX-License-Identifier: Apache-2.0
#include "FieldMessages.h"
#include "gui/ToneWidgets.h"

#include <QLabel>
#include <QWidget>

namespace portdesk {

void FieldMessages::bind(const QString &fieldPath, QLabel *label, QWidget *field)
{
    m_labels.append({fieldPath, label, field, false});
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void FieldMessages::clear()
{
    for (Binding &entry : m_labels) {
        entry.label->clear();
        entry.label->hide();
        entry.error = false;
    }
}

Violations FieldMessages::show(const Violations &violations)
{
    clear();
    Violations shown;
    for (const Violation &v : violations) {
        Binding *best = nullptr;
        qsizetype bestLength = -1;
        for (Binding &entry : m_labels) {
            const QString &path = entry.path;
            const bool matches = v.field == path
                || (v.field.startsWith(path)
                    && (v.field.at(path.size()) == QLatin1Char('.')
                        || v.field.at(path.size()) == QLatin1Char('[')));
            if (matches && path.size() > bestLength) {
                best = &entry;
                bestLength = path.size();
            }
        }
        if (!best)
            continue;
        QLabel *label = best->label;
        best->error = best->error || v.isError();
        const QString line = (v.isError() ? QString() : QStringLiteral("⚠ ")) + v.message;
        label->setText(label->text().isEmpty() ? line : label->text() + QLatin1Char('\n') + line);
        tones::apply(label, best->error ? tones::Tone::Error : tones::Tone::Warning);
        label->setAccessibleDescription(label->text());
        label->show();
        shown.append(v);
    }
    return shown;
}

QStringList FieldMessages::shownTexts() const
{
    QStringList texts;
    for (const Binding &entry : m_labels)
        if (!entry.label->text().isEmpty())
            texts.append(entry.label->text());
    return texts;
}

QWidget *FieldMessages::firstFieldInError() const
{
    QList<QWidget *> fields;
    for (const Binding &entry : m_labels)
        if (entry.error && entry.field && entry.field->isVisibleTo(entry.field->window())
            && entry.field->isEnabled() && entry.field->focusPolicy() != Qt::NoFocus)
            fields.append(entry.field);
    if (fields.isEmpty())
        return nullptr;
    // In the order Tab walks, which is the order the admin reads the form.
    QWidget *window = fields.first()->window();
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
        if (fields.contains(w))
            return w;
    return fields.first();
}

bool FieldMessages::focusFirstError() const
{
    QWidget *field = firstFieldInError();
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace portdesk
