// SPDX-License-Identifier: Apache-2.0
#pragma once

// GUI tests find widgets by objectName, as a user finds them by their label,
// instead of widening a widget's public API for the tests (KeePassXC's
// TestGui does the same).

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace portdesk::testsupport {

// The child of `parent` of type T named `name`; the test stops at once,
// naming what is missing, when there is none.
template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("No %s named \"%s\" in %s", T::staticMetaObject.className(), name,
            parent->metaObject()->className());
    }
    return found;
}

} // namespace portdesk::testsupport
