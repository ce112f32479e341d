// SPDX-License-Identifier: Apache-2.0
#include "WindowMemory.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>

namespace portdesk {

namespace {

QString group(const QString &name)
{
    return QStringLiteral("windows/") + name;
}

// The part's place under root: object names where there are some, else the
// class and its rank among its siblings of that class.
QString pathOf(const QWidget *part, const QWidget *root)
{
    QStringList steps;
    for (const QObject *o = part; o && o != root; o = o->parent()) {
        QString step = o->objectName();
        if (step.isEmpty()) {
            int rank = 0;
            if (o->parent()) {
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (sibling->metaObject() == o->metaObject() && sibling->objectName().isEmpty())
                        ++rank;
                }
            }
            step = QString::fromLatin1(o->metaObject()->className()) + QLatin1Char('.')
                + QString::number(rank);
        }
        steps.prepend(step);
    }
    return steps.join(QLatin1Char('.'));
}

QList<QHeaderView *> headersOf(const QWidget *root)
{
    QList<QHeaderView *> out;
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (header->orientation() == Qt::Horizontal)
            out << header;
    }
    return out;
}

} // namespace

bool WindowMemory::restoreWindow(QMainWindow *window, const QString &name)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(group(name) + QStringLiteral("/geometry")).toByteArray();
    const QByteArray state = settings.value(group(name) + QStringLiteral("/state")).toByteArray();
    const bool placed = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (!state.isEmpty())
        window->restoreState(state);
    return placed;
}

void WindowMemory::saveWindow(const QMainWindow *window, const QString &name)
{
    QSettings settings;
    settings.setValue(group(name) + QStringLiteral("/geometry"), window->saveGeometry());
    settings.setValue(group(name) + QStringLiteral("/state"), window->saveState());
}

void WindowMemory::restoreParts(QWidget *part, const QWidget *root, const QString &name)
{
    const QSettings settings;
    const QString base = group(name);
    for (QSplitter *splitter : part->findChildren<QSplitter *>()) {
        const QByteArray state
            = settings.value(base + QStringLiteral("/splitters/") + pathOf(splitter, root)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    for (QHeaderView *header : headersOf(part)) {
        const QString key = base + QStringLiteral("/headers/") + pathOf(header, root);
        const QByteArray state = settings.value(key).toByteArray();
        // A header of another column count (another version) is left as it is.
        if (state.isEmpty() || settings.value(key + QStringLiteral("Columns")).toInt() != header->count())
            continue;
        // The sort stays the view's own: the saved one would show an order
        // that the model does not have.
        const int sortColumn = header->sortIndicatorSection();
        const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
        if (!header->restoreState(state))
            continue;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(sortColumn, sortOrder);
    }
}

void WindowMemory::saveParts(const QWidget *root, const QString &name)
{
    QSettings settings;
    const QString base = group(name);
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        settings.setValue(base + QStringLiteral("/splitters/") + pathOf(splitter, root),
            splitter->saveState());
    for (const QHeaderView *header : headersOf(root)) {
        if (header->count() == 0)
            continue; // no model yet: nothing worth keeping
        const QString key = base + QStringLiteral("/headers/") + pathOf(header, root);
        settings.setValue(key, header->saveState());
        settings.setValue(key + QStringLiteral("Columns"), header->count());
    }
}

int WindowMemory::value(const QString &name, const QString &key, int fallback)
{
    bool ok = false;
    const int v = QSettings().value(group(name) + QLatin1Char('/') + key).toInt(&ok);
    return ok ? v : fallback;
}

void WindowMemory::setValue(const QString &name, const QString &key, int value)
{
    QSettings().setValue(group(name) + QLatin1Char('/') + key, value);
}

} // namespace portdesk
