// SPDX-License-Identifier: Apache-2.0
#pragma once

// A GUI test's hand on a modal dialog that exec() opens: `act` runs on the
// next modal dialog of type D once it is open (*ran set first, if given).

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace portdesk::testsupport {

template<class D> void whenModal(std::function<void(D *)> act, bool *ran = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, ran] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (ran)
            *ran = true;
        act(dialog);
    });
    timer->start();
}

} // namespace portdesk::testsupport
